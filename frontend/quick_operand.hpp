// A fast path for the operand shapes that make up nearly all compiler output.
//
// The X3 grammar (parser_x3.cpp) defines AT&T operands and parses every one it is given; but compiler output is
// dominated by a few shapes — `%reg`, `$number`, `$symbol`, `disp(%base,%index,scale)`, `symbol(%rip)`, a bare
// branch target — for which walking eight precedence levels of the expression grammar is most of the
// assembler's run time. quick_operand recognizes exactly those shapes, with the same results and the same side
// effects on the symbol table as the grammar, and declines everything else (including anything that could be
// an error), which then goes to the grammar.
#pragma once
#include <string_view>

#include "directives/state.hpp"
#include "emit/x86/insn.hpp"

namespace gasket::frontend {

/// Parses one operand at the front of `text` if it has one of the simple shapes; on success fills `op`,
/// advances `text` to the `,` or end after it and returns true. Returns false, with `text`, `op` and the
/// assembly untouched, for every other operand.
bool quick_operand(directives::State& st, std::string_view& text, x86::Operand& op);

}  // namespace gasket::frontend

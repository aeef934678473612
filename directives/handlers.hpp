// Directive handlers, grouped by file (sections.cpp, data.cpp, symbols.cpp). Each takes the state, the operand
// cursor and the integer argument of its table row, as gas's pseudo-op table does.
#pragma once
#include "directives/state.hpp"

namespace gasket::directives {

void d_text(State& st, Args& a, int arg);
void d_section(State& st, Args& a, int arg);
void d_pushsection(State& st, Args& a, int arg);
void d_pushsection_table(State& st, Args& a, int arg);
void d_popsection(State& st, Args& a, int arg);
void d_previous(State& st, Args& a, int arg);
void d_subsection(State& st, Args& a, int arg);
void d_table_map(State& st, Args& a, int arg);

void d_cons(State& st, Args& a, int size);
/// One operand of d_cons, read into `e` (`text` is its source, for messages; nodes from `mark` on were made for
/// it and are dropped when it folds to a constant).
void cons_value(State& st, ExprId e, unsigned size, size_t mark, std::string_view text);
/// One operand of d_leb128, read into `e`, as above.
void leb128_value(State& st, ExprId e, bool is_signed, size_t mark);
void d_ascii(State& st, Args& a, int nul);
void d_leb128(State& st, Args& a, int is_signed);
void d_space(State& st, Args& a, int arg);
void d_fill(State& st, Args& a, int arg);
void d_align(State& st, Args& a, int mode);
void d_org(State& st, Args& a, int arg);

void d_globl(State& st, Args& a, int arg);
void d_local(State& st, Args& a, int arg);
void d_weak(State& st, Args& a, int arg);
void d_visibility(State& st, Args& a, int vis);
void d_type(State& st, Args& a, int arg);
void d_size(State& st, Args& a, int arg);
void d_comm(State& st, Args& a, int local);
void d_set(State& st, Args& a, int mode);
void d_file(State& st, Args& a, int arg);
void d_ident(State& st, Args& a, int arg);
void d_ignore(State& st, Args& a, int arg);

/// `.cfi_*` (cfi.cpp). d_cfi's argument says which operation; d_cfi_pointer's is 1 for `.cfi_lsda`.
enum CfiKind : int {
  kCfiDefCfa, kCfiDefCfaRegister, kCfiDefCfaOffset, kCfiAdjustCfaOffset, kCfiOffset, kCfiValOffset, kCfiRelOffset,
  kCfiRegister, kCfiRestore, kCfiUndefined, kCfiSameValue, kCfiReturnColumn, kCfiRememberState, kCfiRestoreState,
  kCfiWindowSave, kCfiSignalFrame,
};
void d_cfi(State& st, Args& a, int kind);
void d_cfi_startproc(State& st, Args& a, int arg);
void d_cfi_endproc(State& st, Args& a, int arg);
void d_cfi_sections(State& st, Args& a, int arg);
void d_cfi_escape(State& st, Args& a, int arg);
void d_cfi_pointer(State& st, Args& a, int lsda);
void d_cfi_val_encoded_addr(State& st, Args& a, int arg);
void d_cfi_label(State& st, Args& a, int arg);
/// `.cfi_fde_data` (0), `.cfi_inline_lsda` (1), `.cfi_personality_id` (2): rejected on x86-64.
void d_cfi_unsupported(State& st, Args& a, int which);

void d_loc(State& st, Args& a, int arg);
void d_loc_mark_labels(State& st, Args& a, int arg);
/// `.file N ...`: a slot of the DWARF line table's file table (the operands after `.file`).
void dwarf_file(State& st, Args& a);

void d_nops(State& st, Args& a, int arg);
void d_reloc(State& st, Args& a, int arg);

/// True if `name` (lower case, with its dot) is in the directive table.
bool has_directive(std::string_view name);

/// The value of a conditional directive, see eval_condition.
enum class CondResult : uint8_t { False, True, Invalid };
/// Evaluates the condition of `.if`, `.ifdef`, `.ifc`, ... (`name` lower case with its dot; `.elseif` passes
/// ".if"). Invalid: gas reported an error and opens no block.
CondResult eval_condition(State& st, std::string_view name, Args& a);
/// Which message d_message prints.
enum MessageKind : int { kMsgError = 0, kMsgWarning = 1, kMsgPrint = 2 };
void d_message(State& st, Args& a, int kind);
void d_err(State& st, Args& a, int arg);
void d_fail(State& st, Args& a, int arg);
void d_abort(State& st, Args& a, int arg);

/// `NAME = EXPR` statements (mode as for d_set).
void assign_symbol(State& st, std::string_view name, Args& a, int mode);

/// Modes of d_set.
enum SetMode : int { kSet = 0, kEquiv = 1, kEqv = 2 };

/// Modes of d_align: how the first operand is read and how many bytes one fill unit has.
enum AlignMode : int { kAlignBytes = 0x10, kAlignPow = 0x20 };

}  // namespace gasket::directives

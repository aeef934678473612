// Why the reader remembers whole instruction statements.
//
// Compiler output repeats the same instruction text over and over (`movq %rsp, %rbp`, `ret`, `addq $8, %rsp`,
// `movl 8(%rsp), %eax`): in g++ -O2 output about 80% of the instructions that name no symbol repeat one of a
// few thousand distinct statements. Splitting prefixes, parsing operands and matching them against the
// instruction table is most of what an instruction costs, and when the operands name no symbol the result
// depends on the text alone: gasket has no code-size, syntax or ISA state that would encode the same text
// differently. So the reader keeps the bytes of each such statement that encoded cleanly (no fixup, no
// relaxation, no message) and appends them again when the same text comes back.
#pragma once
#include <cctype>
#include <cstdint>
#include <string_view>
#include <vector>

#include "directives/state.hpp"
#include "emit/name_index.hpp"
#include "emit/x86/insn.hpp"

namespace gasket::frontend {

/// Instruction statements already encoded, by their exact text (from the first prefix or mnemonic to the end).
class InsnMemo {
 public:
  /// Statements remembered at most; past this the memo stops growing (input with few repeats).
  static constexpr size_t kMaxEntries = size_t{1} << 16;

  /// An encoded statement.
  struct Entry {
    uint32_t key_at = 0;
    uint16_t key_len = 0;
    uint8_t size = 0;
    uint8_t bytes[15] = {};
  };

  InsnMemo() : index_(KeyOf{this}) {}
  InsnMemo(const InsnMemo&) = delete;
  InsnMemo& operator=(const InsnMemo&) = delete;

  /// The bytes remembered for `text`, or nullptr.
  const Entry* find(std::string_view text) const {
    const uint32_t id = index_.find(text);
    return id == Index::kEmpty ? nullptr : &entries_[id];
  }

  /// Remembers `size` (at most 15) bytes as the encoding of `text`; ignored past kMaxEntries, for texts
  /// longer than 255 bytes, and for a text already remembered.
  void remember(std::string_view text, const uint8_t* bytes, uint8_t size) {
    if (entries_.size() >= kMaxEntries || text.size() > 255 || size > sizeof(Entry::bytes)) return;
    index_.find_or_insert(text, [&] {
      Entry e;
      e.key_at = static_cast<uint32_t>(keys_.size());
      e.key_len = static_cast<uint16_t>(text.size());
      e.size = size;
      for (uint8_t i = 0; i < size; ++i) e.bytes[i] = bytes[i];
      keys_.insert(keys_.end(), text.begin(), text.end());
      entries_.push_back(e);
      return static_cast<uint32_t>(entries_.size() - 1);
    });
  }

  /// True when nothing in an instruction's operand text can refer to a symbol or to assembler state, so its
  /// encoding depends on the text alone: registers, plain decimal and hex numbers (not `1b`/`1f`), `$` and
  /// punctuation. Names, `.`, quotes, character constants, braces, and a `%` not followed by a register name
  /// (the modulo operator: `$10%k`) make it false.
  static bool symbol_free(std::string_view operands) {
    const size_t n = operands.size();
    for (size_t i = 0; i < n;) {
      const char c = operands[i];
      if (c == '%') {
        const size_t name = ++i;
        while (i < n && std::isalnum(static_cast<unsigned char>(operands[i]))) ++i;
        if (!x86::register_by_name(operands.substr(name, i - name)).valid()) return false;
      } else if (c >= '0' && c <= '9') {
        if (c == '0' && i + 1 < n && (operands[i + 1] == 'x' || operands[i + 1] == 'X')) {
          i += 2;
          while (i < n && std::isxdigit(static_cast<unsigned char>(operands[i]))) ++i;
        } else {
          while (i < n && operands[i] >= '0' && operands[i] <= '9') ++i;
        }
        if (i < n && directives::is_name_char(operands[i])) return false;
      } else if (c == ' ' || c == '\t' || c == '$' || c == ',' || c == '(' || c == ')' || c == ':' || c == '*' ||
                 c == '+' || c == '-') {
        ++i;
      } else {
        return false;
      }
    }
    return true;
  }

  /// Statements remembered so far.
  size_t size() const { return entries_.size(); }

 private:
  struct KeyOf {
    const InsnMemo* memo;
    std::string_view operator()(uint32_t id) const {
      const Entry& e = memo->entries_[id];
      return {memo->keys_.data() + e.key_at, e.key_len};
    }
  };
  using Index = NameIndex<KeyOf>;

  std::vector<Entry> entries_;
  std::vector<char> keys_;
  Index index_;
};

}  // namespace gasket::frontend

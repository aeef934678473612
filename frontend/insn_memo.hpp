// Why the reader remembers whole instruction statements.
//
// Compiler output repeats the same instruction text over and over (`movq %rsp, %rbp`, `ret`, `addq $8, %rsp`,
// `movl 8(%rsp), %eax`): in g++ -O2 output about 80% of the instructions that name no symbol repeat one of a
// few thousand distinct statements. Splitting prefixes, parsing operands and matching them against the
// instruction table is most of what an instruction costs, and when the operands name no symbol the result
// depends on the text alone: gasket has no code-size, syntax or ISA state that would encode the same text
// differently. So the reader keeps the bytes of each such statement that encoded cleanly (no fixup, no
// relaxation, no message) and appends them again when the same text comes back.
//
// Most of the rest name one symbol: `call foo`, `jne .L5`, `leaq .LC0(%rip), %rdi`, `call bar@PLT`. Their
// texts rarely repeat, but their shapes do: with the name cut out, a few hundred texts cover them. The
// encoder never looks at a symbol, only at whether an operand's value is known now and at its relocation
// specifier; a name that is neither equated nor absolute gives every symbol the same answer (unknown, the
// specifier written). So for a shape whose one name was such a symbol, and whose fixups and relaxable jump
// all refer to exactly that symbol, the encoding is a template: a repeat refers to its own name the way the
// operand parser does and points the template's fixups and jump at it (ShapeMemo). What the shape scanner
// does not know for certain to be one plain name (`.`, `1f`, quotes, two names, `@` other than `@PLT`) is
// not a shape; what the full path did not handle as exactly that is never remembered.
#pragma once
#include <cctype>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "directives/state.hpp"
#include "emit/name_index.hpp"
#include "emit/x86/insn.hpp"

namespace gasket::frontend {

/// An ASCII letter or digit (std::isalnum without the locale call, for the per-instruction scans).
inline bool ascii_alnum(char c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }

/// Values of type `V` stored under short texts; grows to at most `kMax` entries.
template <class V, size_t kMax>
class TextMemo {
 public:
  TextMemo() : index_(KeyOf{this}) {}
  TextMemo(const TextMemo&) = delete;
  TextMemo& operator=(const TextMemo&) = delete;

  /// The value stored under `text`, or nullptr.
  const V* find(std::string_view text) const {
    const uint32_t id = index_.find(text);
    return id == Index::kEmpty ? nullptr : &values_[id];
  }

  /// Stores `value` under `text`; ignored past kMax entries, for texts longer than 255 bytes, and for a text
  /// already present.
  void remember(std::string_view text, const V& value) {
    if (values_.size() >= kMax || text.size() > 255) return;
    index_.find_or_insert(text, [&] {
      keys_.push_back({static_cast<uint32_t>(chars_.size()), static_cast<uint32_t>(text.size())});
      chars_.insert(chars_.end(), text.begin(), text.end());
      values_.push_back(value);
      return static_cast<uint32_t>(values_.size() - 1);
    });
  }

  /// Entries so far.
  size_t size() const { return values_.size(); }

 private:
  struct Key {
    uint32_t at;
    uint32_t len;
  };
  struct KeyOf {
    const TextMemo* memo;
    std::string_view operator()(uint32_t id) const {
      const Key k = memo->keys_[id];
      return {memo->chars_.data() + k.at, k.len};
    }
  };
  using Index = NameIndex<KeyOf>;

  std::vector<V> values_;
  std::vector<Key> keys_;
  std::vector<char> chars_;
  Index index_;
};

/// Instruction statements already encoded, by their exact text (from the first prefix or mnemonic to the end).
class InsnMemo {
 public:
  /// Statements remembered at most; past this the memo stops growing (input with few repeats).
  static constexpr size_t kMaxEntries = size_t{1} << 16;

  /// An encoded statement.
  struct Entry {
    uint8_t size = 0;
    uint8_t bytes[15] = {};
    InsnPieces pieces;
  };

  /// The bytes remembered for `text`, or nullptr.
  const Entry* find(std::string_view text) const { return memo_.find(text); }

  /// Remembers `size` (at most 15) bytes, taken by gas in the requests `pieces`, as the encoding of `text`;
  /// ignored past kMaxEntries, for texts longer than 255 bytes, and for a text already remembered.
  void remember(std::string_view text, const uint8_t* bytes, uint8_t size, InsnPieces pieces) {
    if (size > sizeof(Entry::bytes)) return;
    Entry e;
    e.size = size;
    e.pieces = pieces;
    for (uint8_t i = 0; i < size; ++i) e.bytes[i] = bytes[i];
    memo_.remember(text, e);
  }

  /// True when nothing in an instruction's operand text can refer to a symbol or to assembler state, so its
  /// encoding depends on the text alone: registers, plain decimal and hex numbers (not `1b`/`1f`), `$` and
  /// punctuation. Names, `.`, quotes, character constants, braces, and a `%` not followed by a register name
  /// (the modulo operator: `$10%k`) make it false.
  static bool symbol_free(std::string_view operands) {
    size_t name_at = 0, name_len = 0;
    RelocSpec spec = RelocSpec::None;
    return scan_operands(operands, name_at, name_len, spec) && name_len == 0;
  }

  /// Scans operand text for symbol_free() and ShapeMemo: true when it holds only registers, plain numbers,
  /// punctuation and at most one name other than `.` (not quoted, not next to a number, with no `@` after it
  /// but `@PLT`). The name, if any, is at [name_at, name_at + name_len), and `spec` is Plt when `@PLT` follows.
  static bool scan_operands(std::string_view operands, size_t& name_at, size_t& name_len, RelocSpec& spec) {
    const size_t n = operands.size();
    name_len = 0;
    spec = RelocSpec::None;
    for (size_t i = 0; i < n;) {
      const char c = operands[i];
      if (c == '%') {
        const size_t name = ++i;
        while (i < n && ascii_alnum(operands[i])) ++i;
        if (!x86::register_by_name(operands.substr(name, i - name)).valid()) return false;
      } else if (c >= '0' && c <= '9') {
        if (c == '0' && i + 1 < n && (operands[i + 1] == 'x' || operands[i + 1] == 'X')) {
          i += 2;
          while (i < n && directives::kHexDigit[static_cast<uint8_t>(operands[i])] < 16) ++i;
        } else {
          while (i < n && operands[i] >= '0' && operands[i] <= '9') ++i;
        }
        if (i < n && directives::is_name_char(operands[i])) return false;
      } else if (c == ' ' || c == '\t' || c == '$' || c == ',' || c == '(' || c == ')' || c == ':' || c == '*' ||
                 c == '+' || c == '-') {
        ++i;
      } else if (directives::is_name_start(c) && name_len == 0) {
        const size_t start = i;
        while (i < n && directives::is_name_char(operands[i])) ++i;
        if (i - start == 1 && c == '.') return false;
        name_at = start;
        name_len = i - start;
        if (i < n && operands[i] == '@') {
          if (operands.substr(i, 4) != "@PLT" || (i + 4 < n && directives::is_name_char(operands[i + 4])))
            return false;
          spec = RelocSpec::Plt;
          i += 4;
        }
        if (i < n && operands[i] == '"') return false;
      } else {
        return false;
      }
    }
    return true;
  }

  /// Statements remembered so far.
  size_t size() const { return memo_.size(); }

 private:
  TextMemo<Entry, kMaxEntries> memo_;
};

/// Instruction statements that name one symbol, by their text with the name replaced by kHole.
class ShapeMemo {
 public:
  /// Shapes remembered at most.
  static constexpr size_t kMaxEntries = size_t{1} << 14;
  /// Stands for the name in a shape; never part of an instruction the scanner accepts.
  static constexpr char kHole = '\x01';

  /// The encoding of an instruction of one shape, for State::emit_insn_template.
  struct Entry {
    x86::Encoding tmpl;
    bool mov64 = false;
  };

  /// The shape of `text` (a statement from its mnemonic on, `operands_at` where its operands begin) into
  /// `shape`, with the name's place and specifier; false when the operands are not a shape (see
  /// InsnMemo::scan_operands) or name nothing.
  static bool shape_of(std::string_view text, size_t operands_at, std::string& shape, std::string_view& name,
                       RelocSpec& spec) {
    size_t at = 0, len = 0;
    if (!InsnMemo::scan_operands(text.substr(operands_at), at, len, spec) || len == 0) return false;
    at += operands_at;
    name = text.substr(at, len);
    shape.assign(text.substr(0, at));
    shape.push_back(kHole);
    shape.append(text.substr(at + len));
    return true;
  }

  /// The entry for `shape`, or nullptr.
  const Entry* find(std::string_view shape) const { return memo_.find(shape); }
  /// Remembers `e` for `shape` (ignored when full or already there).
  void remember(std::string_view shape, const Entry& e) { memo_.remember(shape, e); }
  /// Shapes remembered so far.
  size_t size() const { return memo_.size(); }

 private:
  TextMemo<Entry, kMaxEntries> memo_;
};

}  // namespace gasket::frontend

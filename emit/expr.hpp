// Expressions as gas keeps them: a tree whose leaves are constants and symbols.
//
// The parser appends nodes to an ExprPool owned by the Assembly; an expression is named by the index of its
// root node. Nothing is allocated per node beyond the pool's amortized growth. Values that can be folded at
// parse time (constants, differences of labels at a fixed distance) are folded into an ExprRef so encoders can
// pick short forms exactly when gas would; the rest is kept by id and evaluated after layout.
#pragma once
#include <cstdint>

#include "emit/mapped_vector.hpp"

namespace gasket {

using SymbolId = uint32_t;
inline constexpr SymbolId kNoSymbol = UINT32_MAX;
using ExprId = uint32_t;
inline constexpr ExprId kNoExpr = UINT32_MAX;

/// Relocation specifiers written after a symbol: `foo@PLT`, `foo@GOTPCREL`, ...
enum class RelocSpec : uint8_t {
  None, Plt, GotPcRel, Got, GotOff, GotPlt, PltOff, TpOff, NtpOff, GotTpOff, TlsGd, TlsLd, DtpOff, Size,
  GotPcRelX,  // internal: set by the encoder for relaxable GOT loads
};

/// Operators with gas's meaning (comparisons yield -1 for true, 0 for false).
enum class ExprOp : uint8_t {
  Const, Sym,
  Neg, BitNot, LogNot,
  Mul, Div, Mod, Shl, Shr,
  BitOr, BitOrNot, BitAnd, BitXor,
  Add, Sub,
  Eq, Ne, Lt, Le, Gt, Ge,
  LogAnd, LogOr,
};

/// One node of an expression tree (24 bytes: compiler output with -g makes about a million of them).
struct ExprNode {
  int64_t value = 0;     ///< Const value
  ExprId lhs = kNoExpr;
  ExprId rhs = kNoExpr;
  SymbolId sym = kNoSymbol;  ///< Sym target
  ExprOp op = ExprOp::Const;
  RelocSpec spec = RelocSpec::None;  ///< on Sym nodes
  bool bignum = false;       ///< Const: a literal wider than 64 bits; `value` holds its low 64 bits
};
static_assert(sizeof(ExprNode) == 24);

/// Contiguous storage for every expression of an assembly.
class ExprPool {
 public:
  /// Appends a node and returns its id.
  ExprId add(const ExprNode& n) {
    nodes_.push_back(n);
    return static_cast<ExprId>(nodes_.size() - 1);
  }
  ExprId constant(int64_t v) { return add(ExprNode{v, kNoExpr, kNoExpr, kNoSymbol, ExprOp::Const, RelocSpec::None}); }
  ExprId symbol(SymbolId s, RelocSpec spec = RelocSpec::None) {
    return add(ExprNode{0, kNoExpr, kNoExpr, s, ExprOp::Sym, spec});
  }
  ExprId binary(ExprOp op, ExprId a, ExprId b) { return add(ExprNode{0, a, b, kNoSymbol, op, RelocSpec::None}); }
  ExprId unary(ExprOp op, ExprId a) { return add(ExprNode{0, a, kNoExpr, kNoSymbol, op, RelocSpec::None}); }
  const ExprNode& operator[](ExprId id) const { return nodes_[id]; }
  ExprNode& operator[](ExprId id) { return nodes_[id]; }
  size_t size() const { return nodes_.size(); }
  /// Drops the nodes made since size() was `mark`; only for nodes nothing refers to.
  void truncate(size_t mark) {
    if (mark < nodes_.size()) nodes_.resize(mark);
  }
  /// Reserves room for `n` nodes (address space only until they are made).
  void reserve(size_t n) { nodes_.reserve(n); }

 private:
  MappedVector<ExprNode> nodes_;
};

/// An operand value as the encoder sees it: the expression plus, when gas would know it at parse time, its
/// constant value. `spec` is the relocation specifier of the expression's symbol, if any.
struct ExprRef {
  ExprId id = kNoExpr;
  bool known = false;
  int64_t value = 0;
  RelocSpec spec = RelocSpec::None;
  /// A constant known now.
  static ExprRef constant(int64_t v) { return ExprRef{kNoExpr, true, v, RelocSpec::None}; }
};

}  // namespace gasket

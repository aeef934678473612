// The X3 grammar for gas expressions and AT&T operands.
//
// Precedence follows gas's operator ranks (expr.c): unary - ~ ! + bind tightest; then * / % << >>; then
// | & ^ ! (or-not); then + -; then the comparisons == != <> < <= > >=; then &&; then ||. Semantic actions
// append nodes straight into the assembly's ExprPool (reached through x3::with), so a parse allocates nothing
// per token. Leaves that need assembler state — symbol names, `.`, numeric local labels `1b`/`1f` — go through
// directives::State. The skipper is blanks only: statements never span lines.
#include "frontend/parser.hpp"
#include "frontend/quick_operand.hpp"

#include <boost/spirit/home/x3.hpp>
#include <cstring>

namespace gasket::frontend {
namespace x3 = boost::spirit::x3;
namespace {

/// What semantic actions reach through the context.
struct Builder {
  directives::State& st;
  ExprPool& pool;
  x86::Operand* op = nullptr;  ///< operand being filled
  bool bad_register = false;
  bool bad_scale = false;
  std::string_view bad_register_name;
  const char* operand_start = nullptr;  ///< where an operand's value text begins (after `*`, `$`)
};
struct builder_tag;

Builder& builder(auto const& ctx) { return x3::get<builder_tag>(ctx).get(); }

using It = std::string_view::const_iterator;

// ---- leaves --------------------------------------------------------------------------------------------------

bool is_digit(char c) { return c >= '0' && c <= '9'; }
int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return 99;
}

/// An integer literal (0x.., 0b.., 0.., decimal, 'c) or a numeric local label reference (1b, 1f).
struct NumberParser : x3::parser<NumberParser> {
  using attribute_type = ExprId;
  static bool const has_attribute = true;
  template <class Ctx, class RCtx, class Attr>
  bool parse(It& first, It last, Ctx const& ctx, RCtx&, Attr& attr) const {
    x3::skip_over(first, last, ctx);
    It p = first;
    if (p == last) return false;
    Builder& b = builder(ctx);
    if (*p == '\'') {
      ++p;
      if (p == last) return false;
      std::string tmp;
      if (*p == '\\') {
        std::string_view rest(&*p, static_cast<size_t>(last - p));
        size_t i = 1;
        directives::decode_escape(rest, i, tmp);
        p += static_cast<long>(i);
      } else {
        tmp.push_back(*p++);
      }
      attr = b.pool.constant(static_cast<unsigned char>(tmp.empty() ? 0 : tmp[0]));
      first = p;
      return true;
    }
    if (!is_digit(*p)) return false;
    // Local label reference: digits followed by b or f, not followed by a name character.
    It q = p;
    uint64_t n = 0;
    while (q != last && is_digit(*q)) n = n * 10 + static_cast<uint64_t>(*q++ - '0');
    if (q != last && (*q == 'b' || *q == 'f' || *q == 'B' || *q == 'F') &&
        (q + 1 == last || !directives::is_name_char(*(q + 1)))) {
      bool binary_literal = (*p == '0' && q == p + 1 && (*q == 'b' || *q == 'B') && q + 1 != last &&
                             (*(q + 1) == '0' || *(q + 1) == '1'));
      if (!binary_literal) {
        attr = b.pool.symbol(b.st.local_label_ref(n, *q == 'f' || *q == 'F'));
        first = q + 1;
        return true;
      }
    }
    uint64_t v = 0;
    int base = 10;
    if (*p == '0' && p + 1 != last && (*(p + 1) == 'x' || *(p + 1) == 'X')) {
      base = 16;
      p += 2;
    } else if (*p == '0' && p + 1 != last && (*(p + 1) == 'b' || *(p + 1) == 'B')) {
      base = 2;
      p += 2;
    } else if (*p == '0') {
      base = 8;
    }
    It start = p;
    bool big = false;
    while (p != last && digit_value(*p) < base) {
      uint64_t d = static_cast<uint64_t>(digit_value(*p++));
      uint64_t b64 = static_cast<uint64_t>(base);
      if (v > (UINT64_MAX - d) / b64) big = true;
      v = v * b64 + d;
    }
    if (p == start && base == 16) {
      // `0x` alone: gas warns and takes zero.
      b.st.diag.warning(b.st.loc, "zero assumed for missing expression");
      attr = b.pool.constant(0);
      first = p;
      return true;
    }
    if (p == start && base != 8) return false;
    if (big) {
      attr = b.pool.constant(static_cast<int64_t>(v));
      b.pool[attr].bignum = true;
      first = p;
      return true;
    }
    if (p != last && directives::is_name_char(*p) && !(base == 10 && false)) {
      // gas reads 123abc as 123 followed by junk; leave the rest to the caller.
    }
    attr = b.pool.constant(static_cast<int64_t>(v));
    first = p;
    return true;
  }
};

struct SpecName {
  std::string_view name;
  RelocSpec spec;
  bool needs_got;
};
constexpr SpecName kSpecs[] = {
    {"PLT", RelocSpec::Plt, false},        {"GOTPCREL", RelocSpec::GotPcRel, true},
    {"GOT", RelocSpec::Got, true},         {"GOTOFF", RelocSpec::GotOff, true},
    {"GOTPLT", RelocSpec::GotPlt, true},   {"PLTOFF", RelocSpec::PltOff, true},
    {"TPOFF", RelocSpec::TpOff, true},     {"NTPOFF", RelocSpec::NtpOff, false},
    {"GOTTPOFF", RelocSpec::GotTpOff, true}, {"TLSGD", RelocSpec::TlsGd, true},
    {"TLSLD", RelocSpec::TlsLd, true},     {"DTPOFF", RelocSpec::DtpOff, true},
    {"SIZE", RelocSpec::Size, false},
};

/// A symbol name (plain or "quoted"), or `.` alone, with an optional @SPEC.
struct SymbolParser : x3::parser<SymbolParser> {
  using attribute_type = ExprId;
  static bool const has_attribute = true;
  template <class Ctx, class RCtx, class Attr>
  bool parse(It& first, It last, Ctx const& ctx, RCtx&, Attr& attr) const {
    x3::skip_over(first, last, ctx);
    It p = first;
    if (p == last) return false;
    Builder& b = builder(ctx);
    std::string quoted;
    std::string_view name;
    if (*p == '"') {
      ++p;
      while (p != last && *p != '"') {
        if (*p == '\\' && p + 1 != last) {
          ++p;
        }
        quoted.push_back(*p++);
      }
      if (p == last) return false;
      ++p;
      name = quoted;
    } else {
      if (!directives::is_name_start(*p)) return false;
      It s = p;
      while (p != last && directives::is_name_char(*p)) ++p;
      name = std::string_view(&*s, static_cast<size_t>(p - s));
    }
    RelocSpec spec = RelocSpec::None;
    if (p != last && *p == '@' && b.st.allow_reloc_spec) {
      It s = p + 1;
      It e = s;
      while (e != last && directives::is_name_char(*e)) ++e;
      std::string_view sn(&*s, static_cast<size_t>(e - s));
      for (const SpecName& k : kSpecs) {
        if (sn.size() == k.name.size() && std::equal(sn.begin(), sn.end(), k.name.begin(), [](char a, char c) {
              return (a & ~0x20) == c || a == c;
            })) {
          spec = k.spec;
          if (k.needs_got) b.st.symbol_ref("_GLOBAL_OFFSET_TABLE_");
          p = e;
          break;
        }
      }
    }
    if (name == "." && quoted.empty()) {
      attr = b.pool.symbol(b.st.dot(), spec);
    } else {
      SymbolId id = b.st.symbol_ref(name, &*first == b.operand_start);
      // A TLS relocation specifier makes the symbol a thread-local one (gas's S_SET_THREAD_LOCAL).
      if (spec == RelocSpec::TpOff || spec == RelocSpec::DtpOff || spec == RelocSpec::GotTpOff ||
          spec == RelocSpec::TlsGd || spec == RelocSpec::TlsLd)
        b.st.as.symbol(id).tls = true;
      attr = b.pool.symbol(id, spec);
    }
    first = p;
    return true;
  }
};

/// `%name` (or `%st(N)`) as an x86 register.
struct RegisterParser : x3::parser<RegisterParser> {
  using attribute_type = x86::Reg;
  static bool const has_attribute = true;
  template <class Ctx, class RCtx, class Attr>
  bool parse(It& first, It last, Ctx const& ctx, RCtx&, Attr& attr) const {
    x3::skip_over(first, last, ctx);
    It p = first;
    if (p == last || *p != '%') return false;
    ++p;
    It s = p;
    while (p != last && (std::isalnum(static_cast<unsigned char>(*p)) || *p == '_' || *p == '.')) ++p;
    std::string_view name(&*s, static_cast<size_t>(p - s));
    char buf[16];
    if (name.size() >= sizeof buf - 4) return false;
    size_t n = 0;
    for (char c : name) buf[n++] = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (std::string_view(buf, n) == "st") {
      It q = p;
      while (q != last && (*q == ' ' || *q == '\t')) ++q;
      if (q != last && *q == '(') {
        It r = q + 1;
        while (r != last && (*r == ' ' || *r == '\t')) ++r;
        if (r != last && is_digit(*r)) {
          char d = *r++;
          while (r != last && (*r == ' ' || *r == '\t')) ++r;
          if (r != last && *r == ')') {
            buf[n++] = '(';
            buf[n++] = d;
            buf[n++] = ')';
            p = r + 1;
          }
        }
      }
    }
    x86::Reg r = x86::register_by_name(std::string_view(buf, n));
    if (!r.valid()) {
      Builder& b = builder(ctx);
      b.bad_register = true;
      b.bad_register_name = std::string_view(&*first, static_cast<size_t>(p - first));
      return false;
    }
    attr = r;
    first = p;
    return true;
  }
};

NumberParser const number{};
SymbolParser const symbol{};
RegisterParser const reg{};

// ---- expressions -----------------------------------------------------------------------------------------------

auto const assign = [](auto& ctx) { x3::_val(ctx) = x3::_attr(ctx); };
template <ExprOp Op> auto const binary = [](auto& ctx) {
  x3::_val(ctx) = builder(ctx).pool.binary(Op, x3::_val(ctx), x3::_attr(ctx));
};
template <ExprOp Op> auto const unary_op = [](auto& ctx) {
  x3::_val(ctx) = builder(ctx).pool.unary(Op, x3::_attr(ctx));
};

auto const missing_operand = [](auto& ctx) {
  Builder& b = builder(ctx);
  b.st.diag.warning(b.st.loc, "missing operand; zero assumed");
  x3::_val(ctx) = b.pool.constant(0);
};

// Where an operand should start, gas reports a character that cannot begin one as "bad expression" and
// skips just that character; only at the end of the operand is the operand "missing".
struct BadOperandChar : x3::parser<BadOperandChar> {
  using attribute_type = ExprId;
  template <class Ctx, class RCtx>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, ExprId& attr) const {
    x3::skip_over(first, last, ctx);
    if (first == last || std::string_view(")]}@=%?:`\\").find(*first) == std::string_view::npos) return false;
    Builder& b = builder(ctx);
    b.st.diag.error(b.st.loc, "bad expression");
    attr = b.pool.constant(0);
    ++first;
    return true;
  }
};
BadOperandChar const bad_operand_char{};

x3::rule<class expr_r, ExprId> const expr = "expression";
x3::rule<class primary_r, ExprId> const primary = "primary";
x3::rule<class unary_r, ExprId> const unary = "unary";
x3::rule<class mul_r, ExprId> const mul = "mul";
x3::rule<class bit_r, ExprId> const bit = "bit";
x3::rule<class add_r, ExprId> const add = "add";
x3::rule<class cmp_r, ExprId> const cmp = "cmp";
x3::rule<class land_r, ExprId> const land = "land";
// Right operands of binary operators: gas assumes 0 (with a warning) when one is missing.
x3::rule<class unary_rhs_r, ExprId> const unary_rhs = "unary";
x3::rule<class mul_rhs_r, ExprId> const mul_rhs = "mul";
x3::rule<class bit_rhs_r, ExprId> const bit_rhs = "bit";
x3::rule<class add_rhs_r, ExprId> const add_rhs = "add";
x3::rule<class cmp_rhs_r, ExprId> const cmp_rhs = "cmp";
x3::rule<class land_rhs_r, ExprId> const land_rhs = "land";

auto const primary_def = number[assign] | symbol[assign] | ('(' >> expr[assign] > ')');
auto const unary_def = ('-' >> unary)[unary_op<ExprOp::Neg>] | ('~' >> unary)[unary_op<ExprOp::BitNot>] |
                       ('!' >> unary)[unary_op<ExprOp::LogNot>] | ('+' >> unary)[assign] | primary[assign];
auto const mul_def = unary[assign] >> *(("<<" >> unary_rhs)[binary<ExprOp::Shl>] |
                                        (">>" >> unary_rhs)[binary<ExprOp::Shr>] |
                                        ('*' >> unary_rhs)[binary<ExprOp::Mul>] |
                                        ('/' >> unary_rhs)[binary<ExprOp::Div>] |
                                        ('%' >> unary_rhs)[binary<ExprOp::Mod>]);
auto const bit_def = mul[assign] >> *((x3::lit('|') >> !x3::lit('|') >> mul_rhs)[binary<ExprOp::BitOr>] |
                                      (x3::lit('&') >> !x3::lit('&') >> mul_rhs)[binary<ExprOp::BitAnd>] |
                                      ('^' >> mul_rhs)[binary<ExprOp::BitXor>] |
                                      (x3::lit('!') >> !x3::lit('=') >> mul_rhs)[binary<ExprOp::BitOrNot>]);
auto const add_def = bit[assign] >> *(('+' >> bit_rhs)[binary<ExprOp::Add>] | ('-' >> bit_rhs)[binary<ExprOp::Sub>]);
auto const cmp_def = add[assign] >> *(("==" >> add_rhs)[binary<ExprOp::Eq>] | ("!=" >> add_rhs)[binary<ExprOp::Ne>] |
                                      ("<>" >> add_rhs)[binary<ExprOp::Ne>] | ("<=" >> add_rhs)[binary<ExprOp::Le>] |
                                      (">=" >> add_rhs)[binary<ExprOp::Ge>] | ('<' >> add_rhs)[binary<ExprOp::Lt>] |
                                      ('>' >> add_rhs)[binary<ExprOp::Gt>]);
auto const land_def = cmp[assign] >> *(("&&" >> cmp_rhs)[binary<ExprOp::LogAnd>]);
auto const expr_def = land[assign] >> *(("||" >> land_rhs)[binary<ExprOp::LogOr>]);
auto const unary_rhs_def = unary[assign] | bad_operand_char[assign] | x3::eps[missing_operand];
auto const mul_rhs_def = mul[assign] | bad_operand_char[assign] | x3::eps[missing_operand];
auto const bit_rhs_def = bit[assign] | bad_operand_char[assign] | x3::eps[missing_operand];
auto const add_rhs_def = add[assign] | bad_operand_char[assign] | x3::eps[missing_operand];
auto const cmp_rhs_def = cmp[assign] | bad_operand_char[assign] | x3::eps[missing_operand];
auto const land_rhs_def = land[assign] | bad_operand_char[assign] | x3::eps[missing_operand];

BOOST_SPIRIT_DEFINE(expr, primary, unary, mul, bit, add, cmp, land, unary_rhs, mul_rhs, bit_rhs, add_rhs, cmp_rhs,
                    land_rhs)

// ---- operands --------------------------------------------------------------------------------------------------

x86::Operand& cur_op(auto const& ctx) { return *builder(ctx).op; }

auto const set_reg = [](auto& ctx) {
  auto& o = cur_op(ctx);
  o.kind = x86::OperandKind::Reg;
  o.reg = x3::_attr(ctx);
};
auto const set_imm = [](auto& ctx) {
  auto& o = cur_op(ctx);
  o.kind = x86::OperandKind::Imm;
  o.imm = builder(ctx).st.make_ref(x3::_attr(ctx));
};
auto const set_seg = [](auto& ctx) { cur_op(ctx).mem.seg = x3::_attr(ctx); };
auto const set_disp = [](auto& ctx) {
  auto& o = cur_op(ctx);
  o.kind = x86::OperandKind::Mem;
  o.mem.has_disp = true;
  o.mem.disp = builder(ctx).st.make_ref(x3::_attr(ctx));
};
auto const set_base = [](auto& ctx) { cur_op(ctx).mem.base = x3::_attr(ctx); };
auto const check_index = [](auto& ctx) {
  if (!cur_op(ctx).mem.index.valid()) builder(ctx).bad_scale = true;
};
auto const set_index = [](auto& ctx) { cur_op(ctx).mem.index = x3::_attr(ctx); };
auto const set_scale = [](auto& ctx) {
  Value v = builder(ctx).st.as.fold(x3::_attr(ctx));
  cur_op(ctx).mem.scale = static_cast<uint8_t>(v.is_const() ? v.offset : 0);
  if (!v.is_const() || (v.offset != 1 && v.offset != 2 && v.offset != 4 && v.offset != 8)) {
    cur_op(ctx).mem.scale = 0;
    builder(ctx).bad_scale = true;
  }
};
auto const no_scale = [](auto& ctx) { builder(ctx).bad_scale = true; };
auto const set_mem = [](auto& ctx) { cur_op(ctx).kind = x86::OperandKind::Mem; };
auto const set_indirect = [](auto& ctx) { cur_op(ctx).indirect = true; };

auto const base_index = x3::lit('(') >> x3::omit[-reg[set_base]] >>
                        -(',' >> x3::omit[-reg[set_index]] >> -(',' >> (x3::omit[expr[set_scale]][check_index] | x3::eps[no_scale]))) >>
                        x3::lit(')');
auto const memory = -(x3::omit[reg[set_seg]] >> ':') >>
                    (x3::omit[base_index[set_mem]] | (x3::omit[expr[set_disp]] >> -base_index));
auto const operand = -x3::omit[x3::lit('*')[set_indirect]] >>
                     (('$' >> x3::omit[expr[set_imm]]) | (x3::omit[reg[set_reg]] >> !x3::lit(':')) |
                      x3::omit[memory[set_mem]]);

/// gas's i386_index_check for 64-bit code: 64- or 32-bit general registers of one size, no %rsp/%esp index,
/// and %rip only alone.
bool valid_base_index(const x86::Mem& m) {
  using x86::RegClass;
  auto wide = [](x86::Reg r) { return r.cls == RegClass::Gpr64 || (r.cls == RegClass::Rip && r.num == 0) ||
                                      (r.cls == RegClass::Iz && r.num == 0); };
  auto narrow = [](x86::Reg r) { return r.cls == RegClass::Gpr32 || (r.cls == RegClass::Rip && r.num == 1) ||
                                        (r.cls == RegClass::Iz && r.num == 1); };
  const x86::Reg b = m.base, i = m.index;
  // `(%dx)` alone is the port operand of in/out/ins/outs; the encoder decides where it may appear.
  if (b.cls == RegClass::Gpr16 && b.num == 2 && !i.valid() && !m.has_disp) return true;
  if (b.valid() && !wide(b) && !narrow(b)) return false;
  if (b.valid() && b.cls == RegClass::Iz) return false;
  if (i.valid() && (!(wide(i) || narrow(i)) || i.cls == RegClass::Rip)) return false;
  if (i.valid() && i.cls != RegClass::Iz && i.num == 4) return false;
  if (b.cls == RegClass::Rip && i.valid()) return false;
  if (b.valid() && i.valid() && wide(b) != wide(i)) return false;
  return true;
}

}  // namespace

ExprId Parser::read_expr(std::string_view& text) {
  Builder b{st_, st_.as.exprs(), nullptr, false, false, {}, nullptr};
  It first = text.begin(), last = text.end();
  ExprId out = kNoExpr;
  auto const g = x3::with<builder_tag>(std::ref(b))[expr];
  try {
    if (!x3::phrase_parse(first, last, g, x3::blank, out)) return kNoExpr;
  } catch (const x3::expectation_failure<It>& e) {
    char found = e.where() == last ? '\n' : *e.where();
    st_.diag.errorf(st_.loc, "found '{}', expected: ')'", found);
    text = {};
    return st_.as.exprs().constant(0);
  }
  text = std::string_view(&*text.begin() + (first - text.begin()), static_cast<size_t>(last - first));
  return out;
}

bool Parser::parse_operands(std::string_view text, x86::Insn& insn, std::string& error) {
  insn.nops = 0;
  It first = text.begin(), last = text.end();
  while (first != last && (*first == ' ' || *first == '\t')) ++first;
  if (first == last) return true;
  for (;;) {
    if (insn.nops == insn.ops.size()) {
      error = "too many operands";
      return false;
    }
    {
      // gas checks the characters of each operand (`=`, `?`, `` ` `` and `\` have no place in one outside a
      // string or character constant), then its parenthesis balance, before parsing it.
      int depth = 0;
      bool in_str = false, char_const = false, closed_too_many = false;
      char invalid = 0;
      for (It q = first; q != last && !(depth == 0 && *q == ',' && !in_str); ++q) {
        if (*q == '"') in_str = !in_str;
        if (in_str) continue;
        if (!char_const && !invalid && (*q == '=' || *q == '?' || *q == '`' || *q == '\\')) invalid = *q;
        char_const = *q == '\'' && !char_const;
        if (*q == '(') ++depth;
        if (*q == ')' && --depth < 0) closed_too_many = true;
      }
      if (invalid) {
        error = fmt::format("invalid character '{}' in operand {}", invalid, insn.nops + 1);
        return false;
      }
      if (depth != 0 || closed_too_many) {
        error = fmt::format("unbalanced parenthesis in operand {}.", insn.nops + 1);
        return false;
      }
    }
    x86::Operand& op = insn.ops[insn.nops];
    op = x86::Operand{};
    {
      std::string_view rest(&*first, static_cast<size_t>(last - first));
      if (quick_operand(st_, rest, op)) {
        first = last - static_cast<long>(rest.size());
        ++insn.nops;
        if (first == last) return true;
        ++first;  // the comma
        continue;
      }
    }
    const It op_start = first;
    Builder b{st_, st_.as.exprs(), &op, false, false, {}, nullptr};
    {
      It s = first;
      while (s != last && (*s == ' ' || *s == '\t' || *s == '*' || *s == '$')) ++s;
      if (s != last) b.operand_start = &*s;
    }
    auto const g = x3::with<builder_tag>(std::ref(b))[operand];
    bool ok = false;
    try {
      ok = x3::phrase_parse(first, last, g, x3::blank);
    } catch (const x3::expectation_failure<It>& e) {
      char found = e.where() == last ? '\n' : *e.where();
      error = fmt::format("found '{}', expected: ')'", found);
      return false;
    }
    if (b.bad_scale) {
      std::string_view optext(&*op_start, static_cast<size_t>(last - op_start));
      size_t open = optext.find('(');
      size_t close = optext.find(')', open);
      std::string_view inner = optext.substr(open + 1, close - open - 1);
      size_t c2 = inner.find(',', inner.find(',') + 1);
      std::string_view got = c2 == std::string_view::npos ? std::string_view{} : inner.substr(c2 + 1);
      if (!op.mem.index.valid() && inner.find(',') != std::string_view::npos &&
          inner.find(',') + 1 < inner.size() && inner[inner.find(',') + 1] == ',')
        got = {};
      while (!got.empty() && got.front() == ' ') got.remove_prefix(1);
      while (!got.empty() && got.back() == ' ') got.remove_suffix(1);
      error = fmt::format("expecting scale factor of 1, 2, 4, or 8: got `{}'", got);
      return false;
    }
    if (!ok) {
      if (b.bad_register) {
        std::string_view rest(&*b.bad_register_name.begin(), static_cast<size_t>(&*(last - 1) + 1 - &*b.bad_register_name.begin()));
        size_t comma = rest.find(',');
        if (rest.find('(') == std::string_view::npos || rest.find('(') > comma) rest = rest.substr(0, comma);
        else rest = rest.substr(0, rest.find(')') + 1);
        error = fmt::format("bad register name `{}'", rest);
      }
      else
        error = fmt::format("bad expression");
      return false;
    }
    if (op.kind == x86::OperandKind::Mem && !valid_base_index(op.mem)) {
      std::string_view optext(&*op_start, static_cast<size_t>(first - op_start));
      size_t open = optext.find('(');
      size_t close = optext.rfind(')');
      error = fmt::format("`{}' is not a valid base/index expression",
                          open == std::string_view::npos ? optext : optext.substr(open, close - open + 1));
      return false;
    }
    ++insn.nops;
    while (first != last && (*first == ' ' || *first == '\t')) ++first;
    if (first == last) return true;
    if (*first != ',') {
      error = fmt::format("junk `{}' after expression", std::string_view(&*first, static_cast<size_t>(last - first)));
      return false;
    }
    ++first;
  }
}

}  // namespace gasket::frontend

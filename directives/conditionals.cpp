// Conditions of `.if` and its relatives, and the directives that print messages (`.error`, `.print`, ...).
//
// The frontend owns the conditional stack, because skipping is textual; it asks eval_condition for the value
// of a condition. gas's flavours: `.if EXPR` and the `.ifeq/.ifne/.ifge/.ifgt/.ifle/.iflt` comparisons with
// zero need an absolute expression; `.ifdef SYM` asks whether a symbol is defined (a label or an equate);
// `.ifb TEXT` whether any text follows; `.ifc S1,S2` compares raw text (quotes are part of it);
// `.ifeqs "S1","S2"` compares two string literals.
#include <cstdio>

#include <fmt/format.h>

#include "directives/handlers.hpp"

namespace gasket::directives {
namespace {

std::string_view trim_blanks(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

/// Removes blanks next to a comma, as gas's scrubber does in an operand field.
std::string_view compare_text(std::string_view s, std::string& buf) {
  buf.clear();
  s = trim_blanks(s);
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == ' ' || c == '\t') {
      size_t j = i;
      while (j < s.size() && (s[j] == ' ' || s[j] == '\t')) ++j;
      if (!buf.empty() && is_name_char(buf.back()) && is_name_char(s[j])) buf.push_back(' ');
      i = j - 1;
      continue;
    }
    buf.push_back(c);
  }
  return buf;
}

bool symbol_defined(State& st, std::string_view name) {
  SymbolId id = st.as.find_symbol(name);
  if (id == kNoSymbol) return false;
  const Symbol& s = st.as.symbol(id);
  return s.defined || s.equated != kNoExpr;
}

}  // namespace

CondResult eval_condition(State& st, std::string_view name, Args& a) {
  std::string_view kind = name.substr(3);  // after ".if"
  if (kind == "def" || kind == "ndef" || kind == "notdef") {
    a.skip_ws();
    std::string_view rest = a.rest();
    if (rest.empty() || !(is_name_start(rest.front()) || rest.front() == '"')) {
      st.diag.error(st.loc, "invalid identifier for \".ifdef\"");
      return CondResult::Invalid;
    }
    bool d = symbol_defined(st, a.name());
    return (kind == "def") == d ? CondResult::True : CondResult::False;
  }
  if (kind == "b" || kind == "nb") {
    bool blank = trim_blanks(a.rest()).empty();
    return (kind == "b") == blank ? CondResult::True : CondResult::False;
  }
  if (kind == "c" || kind == "nc") {
    std::string_view rest = a.rest();
    size_t comma = rest.find(',');
    bool equal = false;
    if (comma == std::string_view::npos) {
      st.diag.error(st.loc, "bad format for ifc or ifnc");
    } else {
      std::string b1, b2;
      equal = compare_text(rest.substr(0, comma), b1) == compare_text(rest.substr(comma + 1), b2);
    }
    return (kind == "c") == equal ? CondResult::True : CondResult::False;
  }
  if (kind == "eqs" || kind == "nes") {
    std::string s1, s2;
    auto quoted = [&] {
      a.skip_ws();
      if (!a.rest().empty() && a.rest().front() == '"') return true;
      st.diag.error(st.loc, "missing string");
      return false;
    };
    if (!quoted() || !a.string(s1)) {
      st.diag.error(st.loc, ".ifeqs syntax error");
      return CondResult::Invalid;
    }
    if (!a.eat(',')) {
      st.diag.error(st.loc, ".ifeqs syntax error");
      return CondResult::Invalid;
    }
    if (!quoted() || !a.string(s2)) {
      st.diag.error(st.loc, ".ifeqs syntax error");
      return CondResult::Invalid;
    }
    a.end();
    return (kind == "eqs") == (s1 == s2) ? CondResult::True : CondResult::False;
  }
  // An absolute expression compared with zero.
  int64_t v = 0;
  a.skip_ws();
  std::string_view before = a.rest();
  ExprId e = before.empty() ? kNoExpr : st.reader->read_expr(before);
  if (e == kNoExpr) {
    st.diag.error(st.loc, "non-constant expression in \".if\" statement");
  } else {
    a.set_rest(before);
    Value val = st.as.fold(e);
    if (!val.is_const())
      st.diag.error(st.loc, "non-constant expression in \".if\" statement");
    else
      v = val.offset;
    a.end();
  }
  bool r = false;
  if (kind.empty() || kind == "ne") r = v != 0;
  else if (kind == "eq") r = v == 0;
  else if (kind == "ge") r = v >= 0;
  else if (kind == "gt") r = v > 0;
  else if (kind == "le") r = v <= 0;
  else if (kind == "lt") r = v < 0;
  return r ? CondResult::True : CondResult::False;
}

void d_message(State& st, Args& a, int kind) {
  a.skip_ws();
  if (a.rest().empty()) {
    if (kind == kMsgPrint) {
      st.diag.error(st.loc, "missing string");
    } else if (kind == kMsgError) {
      st.diag.error(st.loc, ".error directive invoked in source file");
    } else {
      st.diag.warning(st.loc, ".warning directive invoked in source file");
    }
    return;
  }
  if (a.rest().front() != '"') {
    if (kind == kMsgPrint) {
      st.diag.error(st.loc, "missing string");
    } else {
      st.diag.errorf(st.loc, "{} argument must be a string", kind == kMsgError ? ".error" : ".warning");
    }
    return;
  }
  std::string text;
  if (!a.string(text)) return;
  if (kind == kMsgPrint) {
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
  } else if (kind == kMsgError) {
    st.diag.error(st.loc, text);
  } else {
    st.diag.warning(st.loc, text);
  }
  a.end();
}

void d_err(State& st, Args& a, int) {
  st.diag.error(st.loc, ".err encountered");
  a.end();
}

void d_fail(State& st, Args& a, int) {
  int64_t n = 0;
  if (!a.absolute(n)) return;
  if (n >= 500)
    st.diag.warningf(st.loc, ".fail {} encountered", n);
  else
    st.diag.errorf(st.loc, ".fail {} encountered", n);
  a.end();
}

void d_abort(State& st, Args&, int) { st.diag.fatal(st.loc, ".abort detected.  Abandoning ship."); }

}  // namespace gasket::directives

// The textual directives: macros, repetitions, conditionals, `.include`, `.incbin` and `.end`.
//
// These act on the input rather than on the object: they collect bodies, push expansions and files onto the
// input stack, or decide that lines are skipped. A body is collected statement by statement, after comments
// are scrubbed (as gas stores them); statements of one source line stay on one body line, so messages from an
// expansion name the line of the body they came from. Nested `.macro`/`.endm` (or `.rept`/`.irp`/`.irpc` and
// `.endr`) pairs are counted so the first `.endm` of an inner definition does not end the outer one.
#include <cstdio>

#include <fmt/format.h>

#include "directives/handlers.hpp"
#include "frontend/assembler.hpp"
#include "frontend/source.hpp"

namespace gasket::frontend {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r'; }

std::string_view trim_view(std::string_view s) {
  while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_blank(s.back())) s.remove_suffix(1);
  return s;
}

constexpr std::string_view kIfNames[] = {".if",   ".ifb",  ".ifc",  ".ifdef", ".ifeq",  ".ifeqs",
                                         ".ifge", ".ifgt", ".ifle", ".iflt",  ".ifnb",  ".ifnc",
                                         ".ifndef", ".ifne", ".ifnes", ".ifnotdef"};

bool is_if_name(std::string_view name) {
  for (std::string_view n : kIfNames)
    if (n == name) return true;
  return false;
}

/// Lower-cased directive name of a statement (labels already skipped), or empty.
std::string_view directive_name(std::string_view text, std::string& buf) {
  if (text.empty() || text.front() != '.') return {};
  size_t i = 1;
  while (i < text.size() && directives::is_name_char(text[i])) ++i;
  to_lower(text.substr(0, i), buf);
  return buf;
}

constexpr uint32_t kMaxMacroNest = 100;

}  // namespace

bool StatementReader::textual_directive(std::string_view name, std::string_view args) {
  // Every textual directive starts with one of these letters; most statements are not textual.
  const char c = name.size() > 1 ? name[1] : 0;
  if (c != 'i' && c != 'e' && c != 'm' && c != 'p' && c != 'r' && c != 'a' && c != 'n') return false;
  if (conditional_directive(name, args)) return true;
  if (name == ".altmacro") {
    altmacro_ = true;
  } else if (name == ".noaltmacro") {
    altmacro_ = false;
  } else if (name == ".macro") {
    d_macro(args);
  } else if (name == ".endm") {
    st_.diag.warning(st_.loc, ".endm encountered without preceding .macro");
  } else if (name == ".exitm") {
    d_exitm();
  } else if (name == ".purgem") {
    d_purgem(args);
  } else if (name == ".rept") {
    d_rept(args, CollectKind::Rept);
  } else if (name == ".irp") {
    d_rept(args, CollectKind::Irp);
  } else if (name == ".irpc") {
    d_rept(args, CollectKind::Irpc);
  } else if (name == ".endr") {
    st_.diag.warning(st_.loc, ".endr encountered without preceding .rept, .irp, or .irpc");
  } else if (name == ".include") {
    d_include(args);
  } else if (name == ".incbin") {
    d_incbin(args);
  } else if (name == ".end") {
    ended_ = true;
    stop_line_ = true;
    while (!input_.empty()) input_.pop();
  } else {
    return false;
  }
  return true;
}

bool StatementReader::conditional_directive(std::string_view name, std::string_view args) {
  const char c = name.size() > 1 ? name[1] : 0;
  if (c != 'i' && c != 'e') return false;
  if (name == ".endif") {
    if (!conds_.close()) st_.diag.error(st_.loc, "\".endif\" without \".if\"");
    return true;
  }
  if (name == ".else") {
    bool duplicate = false;
    if (!conds_.else_(input_.file_location(), duplicate)) {
      st_.diag.error(st_.loc, "\".else\" without matching \".if\"");
    } else if (duplicate) {
      st_.diag.error(st_.loc, "duplicate \".else\"");
      error_no_context(conds_.top().else_loc, "here is the previous \".else\"");
      error_no_context(conds_.top().if_loc, "here is the previous \".if\"");
    }
    return true;
  }
  if (name == ".elseif") {
    if (conds_.depth() == 0) {
      st_.diag.error(st_.loc, "\".elseif\" without matching \".if\"");
      return true;
    }
    if (conds_.top().else_seen) {
      st_.diag.error(st_.loc, "\".elseif\" after \".else\"");
      error_no_context(conds_.top().else_loc, "here is the previous \".else\"");
      error_no_context(conds_.top().if_loc, "here is the previous \".if\"");
      return true;
    }
    conds_.else_if([&] {
      directives::Args a(st_, args);
      return directives::eval_condition(st_, ".if", a) == directives::CondResult::True;
    });
    return true;
  }
  if (!is_if_name(name)) return false;
  d_if(name, args);
  return true;
}

void StatementReader::d_if(std::string_view name, std::string_view args) {
  SourceLoc where = input_.file_location();
  if (conds_.ignoring()) {
    conds_.open(false, where);
    return;
  }
  directives::Args a(st_, args);
  directives::CondResult r = directives::eval_condition(st_, name, a);
  if (r == directives::CondResult::Invalid) return;
  conds_.open(r == directives::CondResult::True, where);
}

void StatementReader::collect(std::string_view text) {
  std::string_view name = directive_name(skip_labels(text), lower_);
  if (!name.empty()) {
    bool open = collect_ == CollectKind::Macro ? name == ".macro"
                                               : name == ".rept" || name == ".irp" || name == ".irpc";
    bool close = collect_ == CollectKind::Macro ? name == ".endm" : name == ".endr";
    if (open) ++collect_nest_;
    if (close && collect_nest_-- == 0) {
      finish_collect();
      return;
    }
  }
  if (collect_lines_ == 0 || collect_seq_ != line_seq_) {
    if (collect_lines_ == 0) collect_first_line_ = st_.loc.line;
    else collect_body_.push_back('\n');
    ++collect_lines_;
    collect_seq_ = line_seq_;
  } else {
    collect_body_.push_back(';');
  }
  collect_body_.append(text);
}

void StatementReader::finish_collect() {
  CollectKind kind = collect_;
  collect_ = CollectKind::None;
  if (collect_lines_ > 0) collect_body_.push_back('\n');
  if (kind == CollectKind::Macro) {
    if (collect_macro_.name.empty()) return;
    collect_macro_.body = collect_body_;
    collect_macro_.first_line = collect_first_line_;
    collect_macro_.body_lines = collect_lines_;
    macros_.add(std::move(collect_macro_));
    return;
  }
  expand_repeat(kind);
}

void StatementReader::d_macro(std::string_view args) {
  args = trim_view(args);
  collect_macro_ = Macro{};
  size_t i = 0;
  while (i < args.size() && directives::is_name_char(args[i])) ++i;
  std::string_view name = args.substr(0, i);
  collect_ = CollectKind::Macro;
  collect_nest_ = 0;
  collect_lines_ = 0;
  collect_body_.clear();
  collect_loc_ = st_.loc;
  collect_frame_ = input_.depth();
  if (name.empty() || std::isdigit(static_cast<unsigned char>(name.front()))) {
    st_.diag.error(st_.loc, "Missing macro name");
    return;
  }
  Macro m;
  m.name.assign(name);
  std::string_view rest = trim_view(args.substr(i));
  if (!rest.empty() && rest.front() == ',') rest.remove_prefix(1);
  std::string error;
  if (!parse_macro_params(rest, m, error, alt_eval())) {
    st_.diag.error(st_.loc, error);
    return;
  }
  if (name.front() == '.') {
    to_lower(name, lower_);
    if (directives::has_directive(lower_)) {
      st_.diag.warningf(st_.loc, "attempt to redefine pseudo-op `{}' ignored", lower_);
      return;
    }
  }
  if (macros_.find(name)) {
    st_.diag.errorf(st_.loc, "Macro `{}' was already defined", name);
    return;
  }
  collect_macro_ = std::move(m);
}

const MacroEval* StatementReader::alt_eval() {
  if (!altmacro_) return nullptr;
  if (!alt_eval_) {
    alt_eval_ = [this](std::string_view text, int64_t& value) -> size_t {
      const size_t mark = st_.as.exprs().size();
      directives::Args a(st_, text);
      ExprId e = a.expr();
      Value v = st_.as.fold(e);
      st_.as.exprs().truncate(mark);
      value = 0;
      if (e != kNoExpr) {
        if (v.is_const()) value = v.offset;
        else st_.diag.error(st_.loc, "% operator needs absolute expression");
      }
      return text.size() - a.rest().size();
    };
  }
  return &alt_eval_;
}

void StatementReader::substitute_body(std::string_view body, int64_t counter, bool locals, uint32_t first_line,
                                      std::string& out) {
  if (!altmacro_) {
    substitute(body, names_, values_, counter, out);
    return;
  }
  subst_errors_.clear();
  substitute_alt(body, names_, values_, counter, locals, local_count_, out, subst_errors_);
  for (const SubstError& e : subst_errors_) error_no_context(SourceLoc{st_.loc.file, first_line + e.line}, e.text);
}

void StatementReader::d_purgem(std::string_view args) {
  args = trim_view(args);
  size_t i = 0;
  while (i < args.size() && directives::is_name_char(args[i])) ++i;
  std::string_view name = args.substr(0, i);
  if (name.empty()) return;
  if (!macros_.purge(name)) {
    to_lower(name, lower_);
    st_.diag.warningf(st_.loc, "Attempt to purge non-existing macro `{}'", lower_);
  }
}

void StatementReader::invoke_macro(const Macro& m, std::string_view args) {
  if (input_.expansion_depth() > kMaxMacroNest) st_.diag.fatal(st_.loc, "macros nested too deeply");
  arg_errors_.clear();
  bool ok = bind_macro_args(m, args, arg_values_, arg_errors_, alt_eval());
  for (const std::string& e : arg_errors_) st_.diag.error(st_.loc, e);
  if (!ok) return;
  names_.clear();
  values_.clear();
  for (size_t i = 0; i < m.params.size(); ++i) {
    names_.push_back(m.params[i].name);
    values_.push_back(arg_values_[i]);
  }
  int buf = input_.take_buffer();
  substitute_body(m.body, macro_count_++, true, m.first_line, input_.buffer(buf));
  input_.push_expansion(FrameKind::Macro, buf, st_.loc.file, m.first_line, 0, st_.loc, conds_.depth());
}

void StatementReader::d_rept(std::string_view args, CollectKind kind) {
  collect_nest_ = 0;
  collect_lines_ = 0;
  collect_body_.clear();
  collect_loc_ = st_.loc;
  collect_frame_ = input_.depth();
  rept_count_ = 0;
  irp_param_.clear();
  irp_args_.clear();
  if (kind == CollectKind::Rept) {
    directives::Args a(st_, args);
    int64_t n = 0;
    if (a.absolute(n) && a.end()) {
      if (n < 0)
        st_.diag.error(st_.loc, "negative count for REPT - ignored");
      else
        rept_count_ = n;
    }
  } else {
    args = trim_view(args);
    size_t i = 0;
    while (i < args.size() && directives::is_name_char(args[i])) ++i;
    if (i == 0) {
      st_.diag.error(st_.loc, "missing model parameter");
    } else {
      irp_param_.assign(args.substr(0, i));
      std::string_view rest = trim_view(args.substr(i));
      if (!rest.empty() && rest.front() == ',') rest.remove_prefix(1);
      irp_args_.assign(rest);
      rept_count_ = 1;
    }
  }
  collect_ = kind;
}

void StatementReader::expand_repeat(CollectKind kind) {
  if (rept_count_ <= 0 || collect_body_.empty()) return;
  if (input_.expansion_depth() > kMaxMacroNest) st_.diag.fatal(st_.loc, "macros nested too deeply");
  int buf = input_.take_buffer();
  std::string& out = input_.buffer(buf);
  if (irp_param_.empty()) {
    for (int64_t i = 0; i < rept_count_; ++i) out.append(collect_body_);
  } else {
    // In .irp/.irpc bodies `\@` is the number of macro expansions so far, which they do not advance.
    names_.assign(1, irp_param_);
    values_.assign(1, std::string_view{});
    compact_blanks(irp_args_, arg_buf_);
    std::string_view list = arg_buf_;
    std::string value;
    if (kind == CollectKind::Irpc) {
      // No list runs the body once with an empty value; an empty string "" runs it no times.
      const bool quoted = list.size() >= 2 && list.front() == '"' && list.back() == '"';
      if (quoted) list = list.substr(1, list.size() - 2);
      if (list.empty() && !quoted) substitute_body(collect_body_, macro_count_, false, collect_first_line_, out);
      for (size_t i = 0; i < list.size(); ++i) {
        if (!quoted && (list[i] == ' ' || list[i] == '\t')) continue;  // gas drops blanks of a bare list
        values_[0] = list.substr(i, 1);
        substitute_body(collect_body_, macro_count_, false, collect_first_line_, out);
      }
    } else {
      size_t pos = 0;
      do {
        read_macro_arg(list, pos, value, alt_eval());
        values_[0] = value;
        substitute_body(collect_body_, macro_count_, false, collect_first_line_, out);
      } while (pos < list.size());
    }
  }
  input_.push_expansion(FrameKind::Repeat, buf, st_.loc.file, collect_first_line_, collect_lines_, st_.loc,
                        conds_.depth());
}

void StatementReader::d_exitm() {
  if (input_.expansion_depth() == 0) {
    st_.diag.warning(st_.loc, "ignoring macro exit outside a macro definition.");
    return;
  }
  for (;;) {
    FrameKind k = input_.top().kind;
    if (k == FrameKind::Macro || k == FrameKind::Repeat) {
      conds_.truncate(std::min(conds_.depth(), input_.top().cond_depth));
      input_.pop();
      break;
    }
    input_.pop();
  }
  stop_line_ = true;
}

bool StatementReader::open_file(std::string_view name, std::string& path, std::string& text, std::string& error) {
  path.assign(name);
  if (read_source(path, text, error)) return true;
  std::string first_error = error;
  if (name.empty() || name.front() != '/') {
    for (const std::string& dir : include_dirs_) {
      path = dir;
      if (!path.empty() && path.back() != '/') path.push_back('/');
      path.append(name);
      if (read_source(path, text, error)) return true;
    }
  }
  error = first_error;
  return false;
}

bool StatementReader::file_name(directives::Args& a, std::string& name) {
  a.skip_ws();
  if (a.rest().empty() || a.rest().front() != '"') {
    st_.diag.error(st_.loc, "missing string");
    return false;
  }
  return a.string(name);
}

void StatementReader::d_include(std::string_view args) {
  directives::Args a(st_, args);
  std::string name;
  if (!file_name(a, name)) return;
  std::string path, error;
  std::string& text = sources_.emplace_back();
  if (!open_file(name, path, text, error)) {
    sources_.pop_back();
    st_.diag.errorf(input_.physical_location(), "can't open {} for reading: {}", name, error);
    return;
  }
  input_.push_file(st_.as.intern(path), text, conds_.depth());
}

void StatementReader::d_incbin(std::string_view args) {
  directives::Args a(st_, args);
  std::string name;
  if (!file_name(a, name)) return;
  int64_t skip = 0, count = -1;
  if (a.eat(',')) {
    if (!a.absolute(skip)) return;
    if (a.eat(',')) {
      if (!a.absolute(count)) return;
    }
  }
  if (!a.end()) return;
  std::string path, error, data;
  if (!open_file(name, path, data, error)) {
    st_.diag.errorf(st_.loc, "file not found: {}", name);
    return;
  }
  int64_t size = static_cast<int64_t>(data.size());
  if (count < 0) count = size - skip;
  if (skip < 0 || count < 0 || skip + count > size) {
    st_.diag.errorf(st_.loc, "skip ({}) or count ({}) invalid for file size ({})", skip, count, size);
    return;
  }
  st_.emit_bytes(reinterpret_cast<const uint8_t*>(data.data()) + skip, static_cast<size_t>(count));
}

}  // namespace gasket::frontend

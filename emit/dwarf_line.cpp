#include "emit/dwarf_line.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cassert>
#include <cstdlib>
#include <cstring>

#include <fmt/format.h>

namespace gasket {
namespace {

// Line-program parameters gas uses on x86-64.
constexpr int kLineBase = -5;
constexpr unsigned kLineRange = 14;
constexpr unsigned kOpcodeBase = 13;
constexpr uint64_t kMaxSpecialAddrDelta = (255 - kOpcodeBase) / kLineRange;  // 17

// Standard and extended opcodes.
constexpr uint8_t DW_LNS_copy = 1, DW_LNS_advance_pc = 2, DW_LNS_advance_line = 3, DW_LNS_set_file = 4,
                  DW_LNS_set_column = 5, DW_LNS_negate_stmt = 6, DW_LNS_set_basic_block = 7,
                  DW_LNS_const_add_pc = 8, DW_LNS_set_prologue_end = 10, DW_LNS_set_epilogue_begin = 11,
                  DW_LNS_set_isa = 12;
constexpr uint8_t DW_LNE_end_sequence = 1, DW_LNE_set_address = 2, DW_LNE_set_discriminator = 4;
constexpr uint8_t DW_LNCT_path = 1, DW_LNCT_directory_index = 2, DW_LNCT_MD5 = 5;
constexpr uint8_t DW_FORM_udata = 0x0f, DW_FORM_line_strp = 0x1f, DW_FORM_data16 = 0x1e;

constexpr uint32_t SHT_PROGBITS = 1, SHT_NOBITS = 8;
constexpr uint64_t SHF_ALLOC = 2, SHF_EXECINSTR = 4, SHF_MERGE = 0x10, SHF_STRINGS = 0x20;

bool is_dir_separator(char c) { return c == '/'; }

/// gas's get_basename: the part after the last '/', but never empty for "/x".
size_t basename_offset(std::string_view path) {
  size_t slash = path.rfind('/');
  size_t off = slash == std::string_view::npos ? 0 : slash + 1;
  if (off == 1) off = 0;
  return off;
}

}  // namespace

size_t line_advance_size(int64_t line_delta, uint64_t addr_delta) {
  if (line_delta == kLineEndSequence) {
    size_t len = 0;
    if (addr_delta == kMaxSpecialAddrDelta) len = 1;
    else if (addr_delta) len = 1 + uleb128_size(addr_delta);
    return len + 3;
  }
  int32_t ld = static_cast<int32_t>(line_delta);
  size_t len = 0;
  uint32_t tmp = static_cast<uint32_t>(ld - kLineBase);
  if (tmp >= kLineRange) {
    len = 1 + sleb128_size(ld);
    tmp = static_cast<uint32_t>(-kLineBase);
  }
  tmp += kOpcodeBase;
  if (addr_delta < 256 + kMaxSpecialAddrDelta) {
    if (tmp + addr_delta * kLineRange <= 255) return len + 1;
    uint32_t opcode = static_cast<uint32_t>(tmp + (addr_delta - kMaxSpecialAddrDelta) * kLineRange);
    if (opcode <= 255) return len + 2;
  }
  return len + 1 + uleb128_size(addr_delta) + 1;
}

void write_line_advance(int64_t line_delta, uint64_t addr_delta, uint8_t* p) {
  if (line_delta == kLineEndSequence) {
    if (addr_delta == kMaxSpecialAddrDelta) {
      *p++ = DW_LNS_const_add_pc;
    } else if (addr_delta) {
      *p++ = DW_LNS_advance_pc;
      p += write_uleb128(addr_delta, p);
    }
    *p++ = 0;
    *p++ = 1;
    *p++ = DW_LNE_end_sequence;
    return;
  }
  int32_t ld = static_cast<int32_t>(line_delta);
  uint32_t tmp = static_cast<uint32_t>(ld - kLineBase);
  bool need_copy = false;
  if (tmp >= kLineRange) {
    *p++ = DW_LNS_advance_line;
    p += write_sleb128(ld, p);
    ld = 0;
    tmp = static_cast<uint32_t>(-kLineBase);
    need_copy = true;
  }
  if (ld == 0 && addr_delta == 0) {
    *p++ = DW_LNS_copy;
    return;
  }
  tmp += kOpcodeBase;
  if (addr_delta < 256 + kMaxSpecialAddrDelta) {
    uint64_t opcode = tmp + addr_delta * kLineRange;
    if (opcode <= 255) {
      *p++ = static_cast<uint8_t>(opcode);
      return;
    }
    uint32_t op2 = static_cast<uint32_t>(tmp + (addr_delta - kMaxSpecialAddrDelta) * kLineRange);
    if (op2 <= 255) {
      *p++ = DW_LNS_const_add_pc;
      *p++ = static_cast<uint8_t>(op2);
      return;
    }
  }
  *p++ = DW_LNS_advance_pc;
  p += write_uleb128(addr_delta, p);
  *p++ = need_copy ? DW_LNS_copy : static_cast<uint8_t>(tmp);
}

// ---------------------------------------------------------------- SectionOut

SectionId new_debug_section(Assembly& as, std::string_view name, uint64_t flags) {
  SectionId id = as.add_section(name, SHT_PROGBITS, flags);
  as.symbol(as.section(id).section_symbol).list_order = UINT32_MAX;
  return id;
}

SymbolId use_section_symbol(Assembly& as, SectionId sec) {
  SymbolId id = as.section(sec).section_symbol;
  as.enter_list(id);
  return id;
}

SectionOut::SectionOut(Assembly& as, SectionId sec) : as_(as), sec_(sec) {
  if (as_.section(sec).frags.back().subsection != 0) as_.new_frag(sec, 0);
}

void SectionOut::u32(uint32_t v) {
  uint8_t b[4] = {uint8_t(v), uint8_t(v >> 8), uint8_t(v >> 16), uint8_t(v >> 24)};
  bytes(b, 4);
}

void SectionOut::uleb(uint64_t v) {
  uint8_t b[10];
  bytes(b, write_uleb128(v, b));
}

void SectionOut::sleb(int64_t v) {
  uint8_t b[10];
  bytes(b, write_sleb128(v, b));
}

void SectionOut::value(ExprId e, uint8_t size) {
  Value v = as_.fold(e);
  uint8_t buf[8] = {};
  if (v.is_const() && v.spec == RelocSpec::None) {
    for (unsigned i = 0; i < size; ++i) buf[i] = static_cast<uint8_t>(static_cast<uint64_t>(v.offset) >> (8 * i));
    bytes(buf, size);
    return;
  }
  uint32_t at = as_.append(sec_, buf, size);
  Fixup fx;
  fx.frag = as_.cur_frag(sec_);
  fx.where = at;
  fx.size = size;
  fx.expr = e;
  as_.section(sec_).fixups.push_back(fx);
}

void SectionOut::encoded(ValueEncoding enc, ExprId e, int64_t param) {
  Value v = as_.fold(e);
  if (v.is_const()) {
    uint8_t buf[32];
    size_t n = encoded_size(enc, v.offset, param);
    encode_value(enc, v.offset, param, buf);
    bytes(buf, n);
    return;
  }
  Fragment tail;
  tail.kind = FragKind::Encoded;
  tail.encoding = enc;
  tail.param = param;
  tail.expr = e;
  as_.close_frag(sec_, tail);
}

SymbolId SectionOut::label() {
  SymbolId id = as_.make_temp_symbol(".L.dwarf");
  Symbol& s = as_.symbol(id);
  s.defined = true;
  s.section = sec_;
  s.frag = as_.cur_frag(sec_);
  s.offset = as_.cur_offset(sec_);
  return id;
}

// ---------------------------------------------------------------- file table

std::string DwarfLines::remap(std::string_view path) const {
  for (auto it = opts.prefix_maps.rbegin(); it != opts.prefix_maps.rend(); ++it)
    if (path.substr(0, it->first.size()) == it->first) return it->second + std::string(path.substr(it->first.size()));
  return std::string(path);
}

std::string DwarfLines::pwd() const {
  // libiberty's getpwd: $PWD when it names the current directory (it may go through symlinks), else getcwd.
  const char* env = std::getenv("PWD");
  struct stat a, b;
  if (env && env[0] == '/' && ::stat(env, &a) == 0 && ::stat(".", &b) == 0 && a.st_ino == b.st_ino &&
      a.st_dev == b.st_dev)
    return env;
  char buf[4096];
  if (::getcwd(buf, sizeof buf)) return buf;
  return ".";
}

uint32_t DwarfLines::directory_entry(std::string_view dirname, std::string_view file0_dir, bool can_use_zero) {
  if (dirname.empty()) return 0;
  if (is_dir_separator(dirname.back())) {
    dirname.remove_suffix(1);
    if (dirname.empty()) return 0;
  }
  uint32_t d = 0;
  for (; d < dirs_.size(); ++d)
    if (dir_set_[d] && dirs_[d] == dirname) return d;
  if (can_use_zero) {
    if (dirs_.empty() || !dir_set_[0]) {
      std::string here = file0_dir.data() ? std::string(file0_dir) : pwd();
      if (line_version() >= 5 && dirname != here) {
        // DWARF 5's directory 0 is the compilation directory: claim it first.
        std::string_view h = as_.intern(here);
        directory_entry(h, file0_dir, true);
        d = 1;
      } else {
        d = 0;
      }
    }
  } else if (d == 0) {
    d = 1;
  }
  if (d >= dirs_.size()) {
    dirs_.resize(d + 1);
    dir_set_.resize(d + 1, false);
  }
  dirs_[d] = as_.intern(dirname);
  dir_set_[d] = true;
  return d;
}

bool DwarfLines::assign_file(SourceLoc loc, std::string_view dirname, bool has_dir, std::string_view filename,
                             uint32_t num, const uint8_t* md5) {
  if (num < files_.size() && !files_[num].name.empty()) {
    LineFile& f = files_[num];
    bool dir_known = f.dir < dirs_.size() && dir_set_[f.dir];
    std::string_view dir = dir_known ? dirs_[f.dir] : std::string_view{};
    bool ok = true;
    if (md5 && std::memcmp(md5, f.md5.data(), 16) != 0) {
      ok = false;
    } else if (has_dir) {
      if ((dir_known && dir != dirname) || filename != f.name) {
        ok = false;
      } else if (!dir_known) {
        if (f.dir >= dirs_.size()) { dirs_.resize(f.dir + 1); dir_set_.resize(f.dir + 1, false); }
        dirs_[f.dir] = as_.intern(dirname);
        dir_set_[f.dir] = true;
      }
    } else if (dir_known) {
      size_t n = dir.size();
      ok = filename.substr(0, n) == dir && filename.size() > n && is_dir_separator(filename[n]) &&
           filename.substr(n + 1) == f.name;
    } else {
      size_t b = basename_offset(filename);
      if (filename.substr(b) != f.name) {
        ok = false;
      } else if (b > 0) {
        if (f.dir >= dirs_.size()) { dirs_.resize(f.dir + 1); dir_set_.resize(f.dir + 1, false); }
        dirs_[f.dir] = as_.intern(filename.substr(0, b));
        dir_set_[f.dir] = true;
      }
    }
    if (ok) return true;
    as_.diag().errorf(loc, "file table slot {} is already occupied by a different file ({}{}{} vs {}{}{})", num,
                      dir_known ? dir : "", dir_known ? "/" : "", f.name, has_dir ? dirname : "",
                      has_dir ? "/" : "", filename);
    return false;
  }
  std::string_view file, dir;
  std::string_view file0_dir;
  if (num == 0) {
    file0_dir = has_dir ? dirname : std::string_view{};
    size_t b = basename_offset(filename);
    file = filename.substr(b);
    if (has_dir && b == 0) {
      dir = dirname;
    } else {
      dir = filename.substr(0, b);
    }
  } else if (!has_dir) {
    size_t b = basename_offset(filename);
    file = filename.substr(b);
    dir = filename.substr(0, b);
  } else {
    dir = dirname;
    file = filename;
  }
  if (has_dir && num == 0 && file0_dir.data() == nullptr) file0_dir = std::string_view("", 0);
  uint32_t d = directory_entry(dir, file0_dir, num == 0);
  if (num >= files_.size()) files_.resize(num + 1);
  files_[num].name = file.empty() ? as_.intern(" ").substr(0, 0) : as_.intern(file);
  files_[num].dir = d;
  files_[num].md5 = {};
  if (md5) std::memcpy(files_[num].md5.data(), md5, 16);
  return true;
}

uint32_t DwarfLines::allocate_filenum(std::string_view pathname) {
  if (last_used_ >= 0) {
    const LineFile& f = files_[last_used_];
    bool has_dir = f.dir < dirs_.size() && dir_set_[f.dir];
    if (!has_dir) {
      if (pathname == f.name) return static_cast<uint32_t>(last_used_);
    } else if (last_used_dir_len_ > 0 && pathname.size() >= last_used_dir_len_ &&
               pathname.substr(0, last_used_dir_len_ - 1) == dirs_[f.dir].substr(0, last_used_dir_len_ - 1) &&
               is_dir_separator(pathname[last_used_dir_len_ - 1]) &&
               pathname.substr(last_used_dir_len_) == f.name) {
      return static_cast<uint32_t>(last_used_);
    }
  }
  size_t b = basename_offset(pathname);
  std::string_view file = pathname.substr(b);
  uint32_t dir = directory_entry(pathname.substr(0, b), {}, false);
  uint32_t i = 1;
  for (; i < files_.size(); ++i)
    if (files_[i].dir == dir && !files_[i].name.empty() && files_[i].name == file) {
      last_used_ = static_cast<int>(i);
      last_used_dir_len_ = b;
      return i;
    }
  if (i >= files_.size()) files_.resize(i + 1);
  files_[i].name = as_.intern(file);
  files_[i].dir = dir;
  files_[i].md5 = {};
  last_used_ = static_cast<int>(i);
  last_used_dir_len_ = b;
  return i;
}

void DwarfLines::purge_generated() {
  for (SegRows& s : segs_)
    for (SubsegRows& ss : s.subsegs) ss.rows.clear();
}

// ---------------------------------------------------------------- rows

SymbolId DwarfLines::label_here(SectionId sec) {
  SymbolId id = as_.make_temp_symbol_static(".L.line");
  Symbol& s = as_.symbol(id);
  s.defined = true;
  s.section = sec;
  s.frag = as_.cur_frag(sec);
  s.offset = as_.cur_offset(sec);
  return id;
}

void DwarfLines::consume() {
  loc_seen = false;
  current.flags &= static_cast<uint8_t>(~(kLineBasicBlock | kLinePrologueEnd | kLineEpilogueBegin));
  current.discriminator = 0;
  current.view = kNoSymbol;
}

int DwarfLines::known_order(const LineEntry& e, const LineEntry& p) {
  const Symbol& se = as_.symbol(e.label);
  const Symbol& sp = as_.symbol(p.label);
  if (se.section != sp.section) return -1;
  const Section& sec = as_.section(se.section);
  int64_t delta = 0;
  if (as_.fixed_distance(se.section, sp.frag, se.frag, delta)) {
    delta += static_cast<int64_t>(se.offset) - static_cast<int64_t>(sp.offset);
    return delta > 0 ? 1 : 0;
  }
  // gas's frag_gtoffset_p: some fixed bytes between the two labels put E after P whatever the tails become.
  if (se.frag == sp.frag || sp.offset > sec.frags[sp.frag].fixed) return -1;
  uint32_t sub = sec.frags[sp.frag].subsection;
  int64_t d = static_cast<int64_t>(se.offset) - static_cast<int64_t>(sp.offset);
  for (uint32_t f = sp.frag; f < se.frag; ++f) {
    if (sec.frags[f].subsection != sub) continue;
    d += sec.frags[f].fixed;
  }
  return d == 0 ? -1 : 1;
}

void DwarfLines::set_view(LineEntry& e, LineEntry* p, SourceLoc where) {
  ExprPool& x = as_.exprs();
  int viewx;  // 0: reset, 1: previous view + 1, -1: decided after layout by `cond`
  ExprId cond = kNoExpr;
  if (!p || (force_reset_view != kNoSymbol && e.loc.view == force_reset_view)) {
    viewx = 0;
  } else {
    int order = known_order(e, *p);
    if (order >= 0) {
      viewx = order == 1 ? 0 : 1;
    } else {
      viewx = -1;
      ExprId gt = x.binary(ExprOp::Gt, x.binary(ExprOp::Sub, x.symbol(e.label), x.symbol(p->label)), x.constant(0));
      cond = x.unary(ExprOp::LogNot, gt);
    }
  }
  Symbol& v = as_.symbol(e.loc.view);
  if (v.defined && v.section == kAbsSection && v.equated == kNoExpr) {
    if (viewx >= 0) {
      if ((v.offset == 0) != (viewx == 0)) as_.diag().error(where, "view number mismatch");
    } else if (v.offset == 0) {
      deferred_view_checks_.push_back(cond);
    }
  }
  ExprId result = kNoExpr;
  int64_t constant = 0;
  bool is_const = true;
  if (viewx != 0) {
    if (p->loc.view == kNoSymbol) p->loc.view = as_.make_temp_symbol_static(".L.view");
    const Symbol& pv = as_.symbol(p->loc.view);
    ExprId incv;
    bool inc_const = false;
    int64_t inc_value = 0;
    // gas folds the increment with the previous view's value as it stands now: a view not defined yet (a
    // fresh one, or a subsection head's, set only at the end) counts as 0.
    if (!pv.defined && pv.equated == kNoExpr) {
      inc_const = true;
      inc_value = 1;
      incv = x.constant(inc_value);
    } else if (pv.defined && pv.section == kAbsSection && pv.equated == kNoExpr) {
      inc_const = true;
      inc_value = static_cast<int64_t>(pv.offset) + 1;
      incv = x.constant(inc_value);
    } else {
      incv = x.binary(ExprOp::Add, x.symbol(p->loc.view), x.constant(1));
    }
    if (viewx == 1 && inc_const) {
      constant = inc_value;
    } else {
      is_const = false;
      result = viewx == 1 ? incv : x.binary(ExprOp::Mul, cond, incv);
    }
  }
  Symbol& ve = as_.symbol(e.loc.view);
  if (!ve.defined && ve.equated == kNoExpr) {
    if (is_const) {
      ve.defined = true;
      ve.section = kAbsSection;
      ve.offset = static_cast<uint64_t>(constant);
    } else {
      Value fv = as_.fold(result);
      if (fv.is_const()) {
        ve.defined = true;
        ve.section = kAbsSection;
        ve.offset = static_cast<uint64_t>(fv.offset);
      } else {
        ve.equated = result;
      }
    }
    ve.assigned = true;
  }
}

void DwarfLines::add_row(SectionId sec, uint32_t subsection, SymbolId label, const LineLoc& loc) {
  const Section& s = as_.section(sec);
  if (s.type == SHT_NOBITS || (s.flags & (SHF_ALLOC | SHF_EXECINSTR)) != (SHF_ALLOC | SHF_EXECINSTR)) {
    if (!opts.generate) as_.diag().warningf(as_.loc, "dwarf line number information for {} ignored", s.name);
    return;
  }
  if (last_rows_.sec != sec || last_rows_.subsection != subsection || last_rows_.seg == 0) {
    if (seg_index_.size() <= sec) seg_index_.resize(sec + 1, 0);
    if (seg_index_[sec] == 0) {
      segs_.push_back(SegRows{sec, {}});
      seg_index_[sec] = static_cast<uint32_t>(segs_.size());
    }
    SegRows& seg = segs_[seg_index_[sec] - 1];
    auto it = std::lower_bound(seg.subsegs.begin(), seg.subsegs.end(), subsection,
                               [](const SubsegRows& r, uint32_t n) { return r.subsection < n; });
    if (it == seg.subsegs.end() || it->subsection != subsection)
      it = seg.subsegs.insert(it, SubsegRows{subsection, {}});
    last_rows_ = RowsCache{sec, subsection, seg_index_[sec], static_cast<uint32_t>(it - seg.subsegs.begin())};
  }
  MappedVector<LineEntry>& rows = segs_[last_rows_.seg - 1].subsegs[last_rows_.subseg].rows;
  LineEntry e{label, loc};
  if (loc.filenum != kLineGeneratedFile && loc.view != kNoSymbol && !rows.empty()) {
    set_view(e, &rows.back(), as_.loc);
    // Earlier rows that had no view of their own get one now, back to the first row of the subsection.
    for (size_t j = rows.size() - 1; j > 0; --j) {
      if (rows[j].loc.view == kNoSymbol) break;
      const Symbol& v = as_.symbol(rows[j].loc.view);
      if (v.defined || v.equated != kNoExpr) break;
      set_view(rows[j], &rows[j - 1], as_.loc);
    }
  }
  rows.push_back(e);
}

void DwarfLines::gen_line_info(SectionId sec, uint32_t subsection, const LineLoc& loc, SourceLoc where) {
  (void)where;
  if (loc.line == 0) return;
  if (loc.filenum == 0) {
    if (opts.level < 5) opts.level = 5;
  }
  if (opts.generate) {
    if (have_dw2_ && dw2_line_ == loc.line && dw2_filename_ == loc.filename) return;
    have_dw2_ = true;
    dw2_line_ = loc.line;
    dw2_filename_ = loc.filename;
  }
  add_row(sec, subsection, label_here(sec), loc);
}

LineLoc DwarfLines::generated_loc(SourceLoc where) const {
  LineLoc loc;
  const SourceLoc at = macro_call.file.empty() ? where : macro_call;
  loc.filenum = kLineGeneratedFile;
  loc.filename = at.file;
  loc.line = at.line;
  loc.isa = current.isa;
  loc.discriminator = current.discriminator;
  return loc;
}

void DwarfLines::emit_insn(SectionId sec, uint32_t subsection, SourceLoc where) {
  if (!opts.generate) {
    if (!loc_seen) return;
    gen_line_info(sec, subsection, current, where);
    consume();
    return;
  }
  gen_line_info(sec, subsection, generated_loc(where), where);
  consume();
}

void DwarfLines::emit_label(SymbolId label, SectionId sec, uint32_t subsection, SourceLoc where) {
  if (!mark_labels) return;
  const Section& s = as_.section(sec);
  if (!(s.flags & SHF_EXECINSTR)) return;
  if (files_.empty() && !opts.generate) return;
  LineLoc loc = opts.generate ? generated_loc(where) : current;
  loc.flags |= kLineBasicBlock;
  add_row(sec, subsection, label, loc);
  consume();
}

// ---------------------------------------------------------------- .debug_line

SymbolId DwarfLines::end_of_section(SectionId sec) {
  const Section& s = as_.section(sec);
  uint32_t best = 0;
  for (uint32_t i = 0; i < s.frags.size(); ++i)
    if (s.frags[i].subsection >= s.frags[best].subsection) best = i;
  SymbolId id = as_.make_temp_symbol(".L.end");
  Symbol& sym = as_.symbol(id);
  sym.defined = true;
  sym.section = sec;
  sym.frag = best;
  sym.offset = as_.section(sec).frags[best].fixed;
  return id;
}

namespace {

bool section_empty(const Section& s) {
  for (const Fragment& f : s.frags)
    if (f.fixed != 0 || f.kind != FragKind::Fixed) return false;
  return true;
}

void define_here(Assembly& as, SymbolId id, SectionId sec) {
  Symbol& s = as.symbol(id);
  s.defined = true;
  s.section = sec;
  s.frag = as.cur_frag(sec);
  s.offset = as.cur_offset(sec);
}

}  // namespace

void DwarfLines::process_entries(SectionId line_sec, SegRows& seg) {
  SectionOut o(as_, line_sec);
  ExprPool& x = as_.exprs();
  uint32_t filenum = 1, line = 1, column = 0, isa = 0;
  uint8_t flags = kLineIsStmt;
  const LineEntry* last = nullptr;
  auto advance = [&](SymbolId from, SymbolId to, int64_t line_delta) {
    const Symbol& a = as_.symbol(from);
    const Symbol& b = as_.symbol(to);
    int64_t delta = 0;
    if (as_.fixed_distance(seg.sec, a.frag, b.frag, delta)) {
      uint64_t addr = static_cast<uint64_t>(delta + static_cast<int64_t>(b.offset) - static_cast<int64_t>(a.offset));
      uint8_t buf[32];
      size_t n = line_advance_size(line_delta, addr);
      write_line_advance(line_delta, addr, buf);
      o.bytes(buf, n);
    } else {
      o.encoded(ValueEncoding::DwarfLine, x.binary(ExprOp::Sub, x.symbol(to), x.symbol(from)), line_delta);
    }
  };
  for (SubsegRows& ss : seg.subsegs) {
    for (const LineEntry& e : ss.rows) {
      if (filenum != e.loc.filenum) {
        filenum = e.loc.filenum;
        o.byte(DW_LNS_set_file);
        o.uleb(filenum);
      }
      if (column != e.loc.column) {
        column = e.loc.column;
        o.byte(DW_LNS_set_column);
        o.uleb(column);
      }
      if (e.loc.discriminator != 0) {
        o.byte(0);
        o.sleb(static_cast<int64_t>(1 + uleb128_size(e.loc.discriminator)));
        o.byte(DW_LNE_set_discriminator);
        o.uleb(e.loc.discriminator);
      }
      if (isa != e.loc.isa) {
        isa = e.loc.isa;
        o.byte(DW_LNS_set_isa);
        o.uleb(isa);
      }
      if ((e.loc.flags ^ flags) & kLineIsStmt) {
        flags = e.loc.flags;
        o.byte(DW_LNS_negate_stmt);
      }
      if (e.loc.flags & kLineBasicBlock) o.byte(DW_LNS_set_basic_block);
      if (e.loc.flags & kLinePrologueEnd) o.byte(DW_LNS_set_prologue_end);
      if (e.loc.flags & kLineEpilogueBegin) o.byte(DW_LNS_set_epilogue_begin);
      int64_t line_delta = static_cast<int32_t>(e.loc.line - line);
      const Symbol& lab = as_.symbol(e.label);
      bool set_address = last == nullptr;
      if (!set_address && force_reset_view != kNoSymbol && e.loc.view == force_reset_view) {
        // gas restarts the address for a forced view reset when the row may be at the previous row's address:
        // the same offset in the same frag, or the start of a frag after a row at the end of its frag's fixed
        // part. Its frags are gasket's fragments cut further where gas's obstack cut them (GasBreak).
        const Symbol& pl = as_.symbol(last->label);
        uint32_t p_start = 0, p_end = 0, e_start = 0, e_end = 0;
        as_.gas_frag_of(seg.sec, pl.frag, static_cast<uint32_t>(pl.offset), p_start, p_end);
        as_.gas_frag_of(seg.sec, lab.frag, static_cast<uint32_t>(lab.offset), e_start, e_end);
        set_address = lab.frag == pl.frag && e_start == p_start ? pl.offset == lab.offset
                                                                : lab.offset == e_start && pl.offset >= p_end;
      }
      if (set_address) {
        o.byte(0);
        o.uleb(9);
        o.byte(DW_LNE_set_address);
        o.value(x.symbol(e.label), 8);
        uint8_t buf[16];
        size_t n = line_advance_size(line_delta, 0);
        write_line_advance(line_delta, 0, buf);
        o.bytes(buf, n);
      } else {
        advance(last->label, e.label, line_delta);
      }
      line = e.loc.line;
      last = &e;
    }
  }
  if (last) advance(last->label, end_of_section(seg.sec), kLineEndSequence);
}

void DwarfLines::out_file_tables(SectionId line_sec) {
  const int version = line_version();
  ExprPool& x = as_.exprs();
  auto line_strp = [&](std::string_view s) {
    SectionOut str(as_, line_str_);
    SymbolId at = str.label();
    str.string(s);
    return at;
  };
  if (version >= 5) {
    SectionOut o(as_, line_sec);
    o.byte(1);
    o.uleb(DW_LNCT_path);
    o.uleb(DW_FORM_line_strp);
    o.uleb(dirs_.empty() && !files_.empty() ? 1 : dirs_.size());
    if (!dirs_.empty() || !files_.empty()) {
      line_str_ = as_.find_section(".debug_line_str");
      if (line_str_ == kNoSection) line_str_ = new_debug_section(as_, ".debug_line_str", SHF_MERGE | SHF_STRINGS);
      as_.section(line_str_).flags = SHF_MERGE | SHF_STRINGS;
      as_.section(line_str_).entsize = 1;
      std::string dir0 = remap(!dirs_.empty() && dir_set_[0] ? std::string(dirs_[0]) : pwd());
      SymbolId s = line_strp(dir0);
      SectionOut(as_, line_sec).value(x.symbol(s), 4);
    }
  }
  for (size_t i = 1; i < dirs_.size(); ++i) {
    std::string dir = remap(dirs_[i]);
    if (version < 5) {
      SectionOut(as_, line_sec).string(dir);
    } else {
      SymbolId s = line_strp(dir);
      SectionOut(as_, line_sec).value(x.symbol(s), 4);
    }
  }
  SectionOut o(as_, line_sec);
  if (version < 5) o.byte(0);
  bool emit_md5 = false;
  if (version >= 5) {
    for (const LineFile& f : files_)
      if (f.md5[0] != 0) { emit_md5 = true; break; }
    o.byte(emit_md5 ? 3 : 2);
    o.uleb(DW_LNCT_path);
    o.uleb(DW_FORM_line_strp);
    o.uleb(DW_LNCT_directory_index);
    o.uleb(DW_FORM_udata);
    if (emit_md5) {
      o.uleb(DW_LNCT_MD5);
      o.uleb(DW_FORM_data16);
    }
    o.uleb(files_.size());
  }
  bool file0_copied = false;
  SymbolId file0_strp = kNoSymbol;
  for (size_t i = version >= 5 ? 0 : 1; i < files_.size(); ++i) {
    if (files_[i].name.empty()) {
      if (version < 5 || i != 0) {
        as_.diag().errorf(SourceLoc{}, "unassigned file number {}", i);
        continue;
      }
      if (files_.size() > 1 && !files_[1].name.empty()) {
        files_[0].name = files_[1].name;
        files_[0].dir = files_[1].dir;
        if (emit_md5) files_[0].md5 = files_[1].md5;
        file0_copied = true;
      }
    }
    std::string_view name = files_[i].name;
    if (version < 5) {
      o.string(name);
    } else {
      SymbolId s = file0_strp != kNoSymbol ? file0_strp : line_strp(name);
      o.value(x.symbol(s), 4);
      file0_strp = (i == 0 && file0_copied) ? s : kNoSymbol;
    }
    o.uleb(files_[i].dir);
    if (version < 5) {
      o.uleb(0);
      o.uleb(0);
    }
    if (emit_md5) o.bytes(files_[i].md5.data(), 16);
  }
  if (version < 5) o.byte(0);
}

void DwarfLines::out_debug_line(SectionId line_sec) {
  ExprPool& x = as_.exprs();
  SectionOut o(as_, line_sec);
  SymbolId start = o.label();
  SymbolId end = as_.make_temp_symbol(".L.line_end");
  o.value(x.binary(ExprOp::Add, x.binary(ExprOp::Sub, x.symbol(end), x.symbol(start)), x.constant(-4)), 4);
  const int version = line_version();
  o.u16(static_cast<uint16_t>(version));
  if (version >= 5) {
    o.byte(8);
    o.byte(0);
  }
  SymbolId prologue_start = as_.make_temp_symbol(".L.prologue");
  SymbolId prologue_end = as_.make_temp_symbol(".L.prologue_end");
  o.value(x.binary(ExprOp::Sub, x.symbol(prologue_end), x.symbol(prologue_start)), 4);
  define_here(as_, prologue_start, line_sec);
  o.byte(1);
  if (version >= 4) o.byte(1);
  o.byte(1);
  o.byte(static_cast<uint8_t>(kLineBase));
  o.byte(kLineRange);
  o.byte(kOpcodeBase);
  static constexpr uint8_t kLengths[] = {0, 1, 1, 1, 1, 0, 0, 0, 1, 0, 0, 1};
  o.bytes(kLengths, sizeof kLengths);
  out_file_tables(line_sec);
  define_here(as_, prologue_end, line_sec);
  for (SegRows& s : segs_)
    if (!s.subsegs.empty() && !s.subsegs.front().rows.empty()) process_entries(line_sec, s);
  define_here(as_, end, line_sec);
}

void DwarfLines::finish() {
  SectionId info = as_.find_section(".debug_info");
  bool emit_other = info == kNoSection || section_empty(as_.section(info));
  SectionId line_sec = as_.find_section(".debug_line");
  bool empty_line = line_sec == kNoSection || section_empty(as_.section(line_sec));
  // Rows purged by `.file N` leave empty subsections behind; gas frees those sections' records.
  for (SegRows& s : segs_)
    s.subsegs.erase(std::remove_if(s.subsegs.begin(), s.subsegs.end(),
                                   [](const SubsegRows& r) { return r.rows.empty(); }),
                    s.subsegs.end());
  segs_.erase(std::remove_if(segs_.begin(), segs_.end(), [](const SegRows& s) { return s.subsegs.empty(); }),
              segs_.end());
  last_rows_ = RowsCache{};
  if (!segs_.empty() && !empty_line && any_loc_seen) as_.diag().fatal(SourceLoc{}, "duplicate .debug_line sections");
  if ((segs_.empty() && emit_other) || (!emit_other && !empty_line)) return;
  if (line_sec == kNoSection) line_sec = new_debug_section(as_, ".debug_line", 0);
  for (SegRows& s : segs_)
    for (SubsegRows& ss : s.subsegs)
      for (LineEntry& e : ss.rows)
        if (e.loc.filenum == kLineGeneratedFile) {
          e.loc.filenum = allocate_filenum(e.loc.filename);
          e.loc.view = kNoSymbol;
        }
  // The first view of a section starts at 0; each later subsection continues from the one before it.
  for (SegRows& s : segs_) {
    LineEntry* prev = nullptr;
    for (SubsegRows& ss : s.subsegs) {
      LineEntry& head = ss.rows.front();
      if (head.loc.view != kNoSymbol) set_view(head, prev, SourceLoc{});
      prev = &ss.rows.back();
    }
  }
  if (empty_line) out_debug_line(line_sec);
  if (emit_other) DwarfInfoWriter{*this, line_sec}.write();
}

void DwarfLines::final_check() {
  for (ExprId e : deferred_view_checks_) {
    Value v = as_.resolve(e);
    if (!v.is_const() || v.offset != 0) {
      as_.diag().error(SourceLoc{}, "view number mismatch");
      break;
    }
  }
}

}  // namespace gasket

// The debug sections gas writes beside .debug_line when the input has no .debug_info of its own (assembler
// source under -g, or `.file`/`.loc` without compiler-written DWARF): one compilation unit whose name is the
// first file, whose directory is the current one, produced by "GNU AS 2.40", covering every section that
// received line rows (low/high pc for one section, a range list for several), and one DW_TAG_subprogram per
// function symbol that has a size. The abbreviations and forms depend on the DWARF level exactly as gas's
// out_debug_abbrev/out_debug_info choose them.
#include <algorithm>

#include "emit/dwarf_line.hpp"

namespace gasket {
namespace {

constexpr uint64_t SHF_MERGE = 0x10, SHF_STRINGS = 0x20;
constexpr uint8_t STT_FUNC = 2;

constexpr uint8_t DW_TAG_compile_unit = 0x11, DW_TAG_subprogram = 0x2e, DW_TAG_unspecified_type = 0x3b;
constexpr uint8_t DW_AT_name = 0x03, DW_AT_stmt_list = 0x10, DW_AT_low_pc = 0x11, DW_AT_high_pc = 0x12,
                  DW_AT_language = 0x13, DW_AT_comp_dir = 0x1b, DW_AT_producer = 0x25, DW_AT_external = 0x3f,
                  DW_AT_type = 0x49, DW_AT_ranges = 0x55;
constexpr uint8_t DW_FORM_addr = 0x01, DW_FORM_data2 = 0x05, DW_FORM_data4 = 0x06, DW_FORM_block = 0x09,
                  DW_FORM_flag = 0x0c, DW_FORM_strp = 0x0e, DW_FORM_udata = 0x0f, DW_FORM_ref_udata = 0x15,
                  DW_FORM_sec_offset = 0x17, DW_FORM_flag_present = 0x19;
constexpr uint8_t DW_UT_compile = 1, DW_RLE_end_of_list = 0, DW_RLE_start_length = 7;
constexpr uint16_t DW_LANG_Mips_Assembler = 0x8001;

/// A function symbol that gets a DW_TAG_subprogram.
struct Function {
  SymbolId sym;
  bool external;
  bool const_size;
  int64_t size;
  ExprId size_expr;
};

}  // namespace

void DwarfInfoWriter::write() {
  Assembly& as = lines.as_;
  ExprPool& x = as.exprs();
  const int version = lines.opts.level;
  auto make = [&](std::string_view name) {
    SectionId id = as.find_section(name);
    if (id == kNoSection) id = new_debug_section(as, name, 0);
    return id;
  };
  SectionId info = make(".debug_info");
  SectionId abbrev = make(".debug_abbrev");
  SectionId aranges = make(".debug_aranges");
  SectionId str = make(".debug_str");
  as.section(str).flags = SHF_MERGE | SHF_STRINGS;
  as.section(str).entsize = 1;
  if (as.section(aranges).align_pow < 4) as.section(aranges).align_pow = 4;
  const bool one_section = lines.segs_.size() == 1;

  // Section bounds: the start of the first fragment and the end of the last one.
  for (DwarfLines::SegRows& s : lines.segs_) {
    SymbolId beg = as.make_temp_symbol(".L.text_start");
    Symbol& b = as.symbol(beg);
    b.defined = true;
    b.section = s.sec;
    b.frag = 0;
    b.offset = 0;
    s.text_start = beg;
    s.text_end = lines.end_of_section(s.sec);
  }
  auto sym = [&](SymbolId id) { return x.symbol(id); };
  auto length = [&](const DwarfLines::SegRows& s) { return x.binary(ExprOp::Sub, sym(s.text_end), sym(s.text_start)); };

  SymbolId ranges_sym = kNoSymbol;
  if (!one_section) {
    if (version < 5) {
      SectionId ranges = make(".debug_ranges");
      if (as.section(ranges).align_pow < 4) as.section(ranges).align_pow = 4;
      SectionOut o(as, ranges);
      ranges_sym = o.label();
      for (int i = 0; i < 8; ++i) o.byte(0xff);
      for (int i = 0; i < 8; ++i) o.byte(0);
      for (const DwarfLines::SegRows& s : lines.segs_) {
        o.value(sym(s.text_start), 8);
        o.value(sym(s.text_end), 8);
      }
      for (int i = 0; i < 16; ++i) o.byte(0);
    } else {
      SectionId rng = make(".debug_rnglists");
      SectionOut o(as, rng);
      SymbolId start = o.label();
      SymbolId end = as.make_temp_symbol(".L.rnglists_end");
      o.value(x.binary(ExprOp::Add, x.binary(ExprOp::Sub, sym(end), sym(start)), x.constant(-4)), 4);
      o.u16(5);
      o.byte(8);
      o.byte(0);
      o.u32(0);
      ranges_sym = o.label();
      for (const DwarfLines::SegRows& s : lines.segs_) {
        o.byte(DW_RLE_start_length);
        o.value(sym(s.text_start), 8);
        o.encoded(ValueEncoding::Uleb128, length(s), 0);
      }
      o.byte(DW_RLE_end_of_list);
      SymbolId here = o.label();
      Symbol& e = as.symbol(end);
      e = as.symbol(here);
    }
  }

  {  // .debug_aranges
    SectionOut o(as, aranges);
    SymbolId start = o.label();
    SymbolId end = as.make_temp_symbol(".L.aranges_end");
    o.value(x.binary(ExprOp::Add, x.binary(ExprOp::Sub, sym(end), sym(start)), x.constant(-4)), 4);
    o.u16(2);
    o.value(sym(use_section_symbol(as, info)), 4);
    o.byte(8);
    o.byte(0);
    for (int i = 0; i < 4; ++i) o.byte(0);
    for (const DwarfLines::SegRows& s : lines.segs_) {
      o.value(sym(s.text_start), 8);
      o.value(length(s), 8);
    }
    for (int i = 0; i < 16; ++i) o.byte(0);
    SymbolId here = o.label();
    as.symbol(end) = as.symbol(here);
  }

  // Functions with a size, in symbol-list order.
  std::vector<SymbolId> listed;
  for (SymbolId i = 0; i < as.symbols().size(); ++i)
    if (as.symbol(i).list_order != UINT32_MAX) listed.push_back(i);
  std::sort(listed.begin(), listed.end(),
            [&](SymbolId a, SymbolId b) { return as.symbol(a).list_order < as.symbol(b).list_order; });
  std::vector<Function> funcs;
  bool have_efunc = false, have_lfunc = false;
  for (SymbolId id : listed) {
    const Symbol& s = as.symbol(id);
    if (!s.defined || s.type != STT_FUNC || s.size_expr == kNoExpr) continue;
    Value v = as.fold(s.size_expr);
    Function f{id, s.bind == SymBind::Global, v.is_const(), v.is_const() ? v.offset : 0, s.size_expr};
    if (f.const_size && f.size == 0) continue;
    (f.external ? have_efunc : have_lfunc) = true;
    funcs.push_back(f);
  }

  uint8_t func_form = 0;
  {  // .debug_abbrev
    SectionOut o(as, abbrev);
    auto pair = [&](uint8_t at, uint8_t form) { o.uleb(at); o.uleb(form); };
    const uint8_t secoff = version < 4 ? DW_FORM_data4 : DW_FORM_sec_offset;
    o.uleb(1);
    o.uleb(DW_TAG_compile_unit);
    o.byte(funcs.empty() ? 0 : 1);
    pair(DW_AT_stmt_list, secoff);
    if (one_section) {
      pair(DW_AT_low_pc, DW_FORM_addr);
      pair(DW_AT_high_pc, version < 4 ? DW_FORM_addr : DW_FORM_udata);
    } else {
      pair(DW_AT_ranges, secoff);
    }
    pair(DW_AT_name, DW_FORM_strp);
    pair(DW_AT_comp_dir, DW_FORM_strp);
    pair(DW_AT_producer, DW_FORM_strp);
    pair(DW_AT_language, DW_FORM_data2);
    pair(0, 0);
    if (!funcs.empty()) {
      o.uleb(2);
      o.uleb(DW_TAG_subprogram);
      o.byte(0);
      pair(DW_AT_name, DW_FORM_strp);
      if (have_efunc) {
        func_form = (have_lfunc || version < 4) ? DW_FORM_flag : DW_FORM_flag_present;
        pair(DW_AT_external, func_form);
      } else {
        func_form = DW_FORM_block;
      }
      if (version > 2) pair(DW_AT_type, DW_FORM_ref_udata);
      pair(DW_AT_low_pc, DW_FORM_addr);
      pair(DW_AT_high_pc, version < 4 ? DW_FORM_addr : DW_FORM_udata);
      pair(0, 0);
      if (version > 2) {
        o.uleb(3);
        o.uleb(DW_TAG_unspecified_type);
        o.byte(0);
        pair(0, 0);
      }
    }
    o.byte(0);
  }

  SymbolId name_sym, comp_dir_sym, producer_sym;
  {  // .debug_str
    SectionOut o(as, str);
    const size_t first = lines.line_version() > 4 ? 0 : 1;
    name_sym = o.label();
    const LineFile& f = lines.files_[first];
    std::string name;
    if (f.dir != 0) name = lines.remap(lines.dirs_[f.dir]) + "/";
    name += f.name;
    o.string(name);
    comp_dir_sym = o.label();
    o.string(lines.remap(lines.pwd()));
    producer_sym = o.label();
    o.string("GNU AS 2.40");
  }

  {  // .debug_info
    SectionOut o(as, info);
    SymbolId start = o.label();
    SymbolId end = as.make_temp_symbol(".L.info_end");
    o.value(x.binary(ExprOp::Add, x.binary(ExprOp::Sub, sym(end), sym(start)), x.constant(-4)), 4);
    o.u16(static_cast<uint16_t>(version));
    if (version < 5) {
      o.value(sym(use_section_symbol(as, abbrev)), 4);
    } else {
      o.byte(DW_UT_compile);
    }
    o.byte(8);
    if (version >= 5) o.value(sym(use_section_symbol(as, abbrev)), 4);
    o.uleb(1);
    o.value(sym(use_section_symbol(as, line_sec)), 4);
    if (one_section) {
      const DwarfLines::SegRows& s = lines.segs_.front();
      o.value(sym(s.text_start), 8);
      if (version < 4)
        o.value(sym(s.text_end), 8);
      else
        o.encoded(ValueEncoding::Uleb128, length(s), 0);
    } else {
      o.value(sym(ranges_sym), 4);
    }
    o.value(sym(name_sym), 4);
    o.value(sym(comp_dir_sym), 4);
    o.value(sym(producer_sym), 4);
    o.u16(DW_LANG_Mips_Assembler);
    if (func_form != 0) {
      SymbolId no_type_tag = version > 2 ? as.make_temp_symbol(".Ldebug_no_type_tag") : kNoSymbol;
      for (const Function& f : funcs) {
        SectionOut so(as, str);
        SymbolId fname = so.label();
        so.string(as.symbol(f.sym).name);
        SectionOut io(as, info);
        io.uleb(2);
        io.value(sym(fname), 4);
        if (func_form == DW_FORM_flag) io.byte(f.external ? 1 : 0);
        if (version > 2) io.encoded(ValueEncoding::Uleb128, x.binary(ExprOp::Sub, sym(no_type_tag), sym(start)), 0);
        io.value(sym(f.sym), 8);
        if (version < 4) {
          io.value(x.binary(ExprOp::Add, sym(f.sym), f.const_size ? x.constant(f.size) : f.size_expr), 8);
        } else if (f.const_size) {
          io.uleb(static_cast<uint64_t>(f.size));
        } else {
          io.encoded(ValueEncoding::Uleb128, f.size_expr, 0);
        }
      }
      SectionOut io(as, info);
      if (version > 2) {
        SymbolId here = io.label();
        as.symbol(no_type_tag) = as.symbol(here);
        io.uleb(3);
      }
      io.sleb(0);
    }
    SymbolId here = SectionOut(as, info).label();
    as.symbol(end) = as.symbol(here);
  }
}

}  // namespace gasket

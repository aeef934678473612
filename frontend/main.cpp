// gasket: a GNU-as-compatible x86-64 assembler. The driver lists the passes in order.
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include <fmt/core.h>

#include "directives/state.hpp"
#include "emit/elf/compress.hpp"
#include "emit/elf/writer.hpp"
#include "emit/layout.hpp"
#include "frontend/assembler.hpp"
#include "frontend/gas_options.hpp"
#include "frontend/parser.hpp"
#include "frontend/source.hpp"

namespace {

/// The `.note.GNU-stack` marker requested on the command line.
enum class StackNote : uint8_t { None, NoExec, Exec };

struct CommandLine {
  std::string output = "a.out";
  std::vector<std::string> inputs;
  gasket::directives::Options opts;
  std::vector<std::string> defsyms;
  std::vector<std::string> include_dirs;  ///< -I, searched by .include and .incbin
  bool no_warn = false;
  bool fatal_warnings = false;
  gasket::DwarfOptions dwarf;             ///< -g, --gdwarf-N, --debug-prefix-map
  StackNote stack_note = StackNote::None; ///< --noexecstack/--execstack, the last one wins
  /// --compress-debug-sections: zlib (gabi), zlib-gnu or zstd
  gasket::elf::DebugCompression compress_debug = gasket::elf::DebugCompression::None;
  bool relax_relocations = true;          ///< -mrelax-relocations=: GOTPCRELX/REX_GOTPCRELX for GOT loads
  uint8_t cie_version = 1;                ///< --gdwarf-cie-version=: 1, 3 or 4
  bool keep_locals = false;               ///< -L, --keep-locals: .L symbols go to the symbol table
  bool stt_common = false;                ///< --elf-stt-common=yes: common symbols are STT_COMMON
  bool size_check_warns = false;          ///< --size-check=warning: a non-constant .size warns instead of failing
};

// Build systems read the last word of the first line as gas's version (the Linux kernel's scripts/as-version.sh,
// gcc's and binutils' configure): it must stay "GNU assembler ... 2.40".
constexpr std::string_view kVersion = "GNU assembler (gasket 0.1) 2.40\n";
constexpr std::string_view kVersionTail =
    "gasket is an x86-64 assembler compatible with GNU as 2.40 (AT&T syntax, ELF64 objects).\n"
    "This assembler was configured for a target of `x86_64-linux-gnu'.\n";

void usage(std::FILE* f) {
  fmt::print(f,
             "Usage: gasket [option...] [asmfile...]\n"
             "Options:\n"
             "  --64                    generate 64-bit x86-64 code (the only mode; --32 and --x32 are refused)\n"
             "  -                       read the source from standard input (also when no file is named)\n"
             "  -o OBJFILE              name the object-file output OBJFILE (default a.out)\n"
             "  -I DIR                  add DIR to search list for .include directives\n"
             "  --defsym SYM=VAL        define symbol SYM to given value\n"
             "  -W, --no-warn           suppress warnings\n"
             "  --warn                  don't suppress warnings\n"
             "  --fatal-warnings        treat warnings as errors\n"
             "  -g, --gen-debug         generate DWARF line info for the assembler source (DWARF 2)\n"
             "  --gdwarf-N              the same as DWARF version N (2..5; also -gdwarf-N, --gdwarf2)\n"
             "  --compress-debug-sections[={{none|zlib|zlib-gnu|zlib-gabi|zstd}}]\n"
             "                          compress DWARF debug sections (zlib = zlib-gabi)\n"
             "  --nocompress-debug-sections\n"
             "                          don't compress DWARF debug sections (the default)\n"
             "  --gdwarf-cie-version=N  generate version N (1, 3 or 4) CIEs in .eh_frame and .debug_frame\n"
             "  -L, --keep-locals       keep local symbols (.L...) in the symbol table\n"
             "  --elf-stt-common=[no|yes]\n"
             "                          generate ELF common symbols with STT_COMMON type (default no)\n"
             "  --size-check=[error|warning]\n"
             "                          ELF .size directive check (default error)\n"
             "  -march=CPU[+EXTENSION...]\n"
             "                          checked as by GNU as (64-bit CPUs only); gasket does not restrict\n"
             "                          instructions to the ISA\n"
             "  -mtune=CPU              checked as by GNU as; CPUs with other NOP padding are refused\n"
             "  --noexecstack           add an empty .note.GNU-stack: the object needs no executable stack\n"
             "  --execstack             mark .note.GNU-stack executable (SHF_EXECINSTR)\n"
             "  -mrelax-relocations=[no|yes]\n"
             "                          relaxable GOT loads get R_X86_64_(REX_)GOTPCRELX (yes, the default)\n"
             "                          or R_X86_64_GOTPCREL (no)\n"
             "  -Qy, -Qn, -Z            ignored, as by GNU as\n"
             "  -w, -X, -k, -s, -nocpp, -n, -O0, -mamd64, --hash-size=N, --divide, --reduce-memory-overheads\n"
             "                          accepted without effect, as by GNU as on x86-64\n"
             "  -mx86-used-note=no, -msyntax=att, -mmnemonic=att, -msse-check=none, -moperand-check=warning,\n"
             "  -momit-lock-prefix=no, -mfence-as-lock-add=no, -mlfence-*=no|none, -malign-branch-boundary=0,\n"
             "  -mavxscalar=128, -mvexwig=0, -mevexlig=128, -mevexwig=0, -mevexrcig=rne,\n"
             "  --generate-missing-build-notes=no, --multibyte-handling=allow\n"
             "                          GNU as's defaults, accepted; other values are refused (see README)\n"
             "  --debug-prefix-map OLD=NEW\n"
             "                          map OLD to NEW in the directory names of debug info\n"
             "  --table-map PATTERN=PREFIX\n"
             "                          .pushsection_table from sections matching PATTERN uses PREFIX\n"
             "  --no-default-table-map  drop the built-in .init./.exit. table rules\n"
             "  --table-mode=MODE       prefix (default) or link-order: .pushsection_table also links\n"
             "                          each table section to its code section (SHF_LINK_ORDER)\n"
             "  --sectname-subst        substitute %S in section names\n"
             "  -v, -V                  print the version on standard error and continue\n"
             "  --version               print the version and exit\n"
             "  --help                  print this message\n");
}

/// Returns -1 to continue, else an exit status.
int parse_args(int argc, char** argv, CommandLine& cl) {
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    auto value = [&](std::string_view opt) -> const char* {
      if (a.size() > opt.size() && a.substr(0, opt.size()) == opt && a[opt.size()] == '=') return argv[i] + opt.size() + 1;
      if (i + 1 >= argc) {
        fmt::print(stderr, "gasket: option `{}' requires an argument\n", opt);
        return nullptr;
      }
      return argv[++i];
    };
    if (a == "--64" || a == "-Qy" || a == "-Qn" || a == "-Z") continue;
    if (a == "--noexecstack") { cl.stack_note = StackNote::NoExec; continue; }
    if (a == "--execstack") { cl.stack_note = StackNote::Exec; continue; }
    // Options taking one of a few words, with gas's message for any other: -1 when `a` is not `name`VALUE.
    auto choice = [&](std::string_view name, std::initializer_list<std::string_view> words,
                      std::string_view message) -> int {
      if (!a.starts_with(name)) return -1;
      std::string_view v = a.substr(name.size());
      for (size_t k = 0; k < words.size(); ++k)
        if (words.begin()[k] == v) return static_cast<int>(k);
      fmt::print(stderr, "Assembler messages:\nFatal error: {}`{}'\n", message, v);
      return -2;
    };
    int pick = choice("-mrelax-relocations=", {"no", "yes"}, "invalid -mrelax-relocations= option: ");
    if (pick >= 0) cl.relax_relocations = pick == 1;
    if (pick == -1 && (pick = choice("--gdwarf-cie-version=", {"1", "3", "4"}, "Invalid --gdwarf-cie-version ")) >= 0)
      cl.cie_version = static_cast<uint8_t>(a.back() - '0');
    if (pick == -1 && (pick = choice("--elf-stt-common=", {"no", "yes"}, "Invalid --elf-stt-common= option: ")) >= 0)
      cl.stt_common = pick == 1;
    if (pick == -1 && (pick = choice("--size-check=", {"error", "warning"}, "Invalid --size-check= option: ")) >= 0)
      cl.size_check_warns = pick == 1;
    if (pick == -2) return 1;
    if (pick >= 0) continue;
    if (a == "-L" || a == "--keep-locals") { cl.keep_locals = true; continue; }
    if (a == "--nocompress-debug-sections" || a == "--compress-debug-sections" ||
        a.starts_with("--compress-debug-sections=")) {
      std::string_view v = a == "--compress-debug-sections" ? "zlib" : a.starts_with("--c") ? a.substr(26) : "none";
      if (v != "none" && v != "zlib" && v != "zlib-gnu" && v != "zlib-gabi" && v != "zstd") {
        fmt::print(stderr, "Assembler messages:\nFatal error: Invalid --compress-debug-sections option: `{}'\n", v);
        return 1;
      }
      using gasket::elf::DebugCompression;
      cl.compress_debug = v == "zlib" || v == "zlib-gabi" ? DebugCompression::ZlibGabi
                          : v == "zlib-gnu"                ? DebugCompression::ZlibGnu
                          : v == "zstd"                    ? DebugCompression::ZstdGabi
                                                           : DebugCompression::None;
      continue;
    }
    if (a == "-o" || a.starts_with("-o")) {
      if (a == "-o") {
        if (i + 1 >= argc) { fmt::print(stderr, "gasket: option requires an argument -- 'o'\n"); return 1; }
        cl.output = argv[++i];
      } else {
        cl.output = std::string(a.substr(2));
      }
      continue;
    }
    if (a == "-g" || a == "--gen-debug") { cl.dwarf.generate = true; cl.dwarf.level = 2; continue; }
    // gas reads long options with getopt_long_only: -gdwarf-5 is --gdwarf-5; gcc passes --gdwarf2 for -gdwarf-2.
    if (std::string_view g = a.substr(a.starts_with("--") ? 2 : 1);
        g == "gdwarf2" || (g.size() == 8 && g.starts_with("gdwarf-") && g[7] >= '2' && g[7] <= '5')) {
      cl.dwarf.generate = true;
      cl.dwarf.level = g.back() - '0';
      continue;
    }
    if (a == "--debug-prefix-map" || a.starts_with("--debug-prefix-map=")) {
      const char* v = value("--debug-prefix-map");
      if (!v) return 1;
      std::string_view m = v;
      size_t eq = m.find('=');
      if (eq == std::string_view::npos) {
        fmt::print(stderr, "gasket: invalid argument '{}' to --debug-prefix-map\n", m);
        return 1;
      }
      cl.dwarf.prefix_maps.emplace_back(std::string(m.substr(0, eq)), std::string(m.substr(eq + 1)));
      continue;
    }
    if (a == "-I" || (a.starts_with("-I") && a.size() > 2)) {
      if (a == "-I") {
        if (i + 1 >= argc) { fmt::print(stderr, "gasket: option requires an argument -- 'I'\n"); return 1; }
        cl.include_dirs.emplace_back(argv[++i]);
      } else {
        cl.include_dirs.emplace_back(a.substr(2));
      }
      continue;
    }
    if (a == "--defsym" || a.starts_with("--defsym=")) {
      const char* v = value("--defsym");
      if (!v) return 1;
      cl.defsyms.emplace_back(v);
      continue;
    }
    if (a == "-W" || a == "--no-warn") { cl.no_warn = true; continue; }
    if (a == "--warn") { cl.no_warn = false; continue; }
    if (a == "--fatal-warnings") { cl.fatal_warnings = true; continue; }
    if (a == "--sectname-subst") { cl.opts.sectname_subst = true; continue; }
    if (a == "--no-default-table-map") { cl.opts.default_table_map = false; continue; }
    if (a == "--table-map" || a.starts_with("--table-map=")) {
      const char* v = value("--table-map");
      if (!v) return 1;
      std::string_view m = v;
      size_t eq = m.find('=');
      if (eq == std::string_view::npos || eq == 0) {
        fmt::print(stderr, "gasket: --table-map wants PATTERN=PREFIX, got `{}'\n", m);
        return 1;
      }
      cl.opts.table_maps.emplace_back(std::string(m.substr(0, eq)), std::string(m.substr(eq + 1)));
      continue;
    }
    if (a == "--table-mode" || a.starts_with("--table-mode=")) {
      const char* v = value("--table-mode");
      if (!v) return 1;
      std::string_view m = v;
      if (m == "prefix") {
        cl.opts.table_mode = gasket::directives::TableMode::Prefix;
      } else if (m == "link-order") {
        cl.opts.table_mode = gasket::directives::TableMode::LinkOrder;
      } else {
        fmt::print(stderr, "gasket: --table-mode wants prefix or link-order, got `{}'\n", m);
        return 1;
      }
      continue;
    }
    if (a == "--version") { fmt::print("{}{}", kVersion, kVersionTail); return 0; }
    if (a == "-v" || a == "-V") { fmt::print(stderr, "{}", kVersion); continue; }
    if (a == "--help") { usage(stdout); return 0; }
    if (a == "-" || (a[0] != '-' && a[0] != '@')) { cl.inputs.emplace_back(a); continue; }
    if (std::optional<int> rc = gasket::frontend::compat_option(argc, argv, i)) {
      if (*rc >= 0) return *rc;
      continue;
    }
    fmt::print(stderr, "{}: unrecognized option '{}'\n", argv[0], a);
    return 1;
  }
  return -1;
}

/// Writes `path` through a temporary file in the same directory, filled by `fill` and renamed when it returns
/// true. An existing regular file is removed just before the rename: renaming over it makes ext4 flush the new
/// file's data first (its auto_da_alloc guard), which stalled the run for tens of milliseconds. A path that
/// is not a regular file (`-o /dev/null`, a symbolic link) is written in place, as gas does, never replaced.
template <class Fill>
bool write_file_atomically(const std::string& path, Fill fill) {
  struct stat st;
  const bool exists = ::lstat(path.c_str(), &st) == 0;
  const bool in_place = exists && !S_ISREG(st.st_mode);
  const std::string target = in_place ? path : path + ".gasket-tmp-" + std::to_string(::getpid());
  std::FILE* f = std::fopen(target.c_str(), "wb");
  if (!f) return false;
  bool ok = fill(f);
  ok = std::fclose(f) == 0 && ok;
  if (in_place) return ok;
  if (ok && exists) ::unlink(path.c_str());
  if (ok) ok = std::rename(target.c_str(), path.c_str()) == 0;
  if (!ok) std::remove(target.c_str());
  return ok;
}

/// Gets or creates `.note.GNU-stack` (PROGBITS, no flags when new; an existing one keeps its type and flags),
/// adding SHF_EXECINSTR for --execstack.
void add_stack_note(gasket::directives::State& st, StackNote note) {
  if (note == StackNote::None) return;
  constexpr uint32_t kProgbits = 1;
  constexpr uint64_t kExecInstr = 0x4;
  gasket::SectionId id = st.get_section(".note.GNU-stack", false, 0, kProgbits, false, 0, "", false, "", true);
  if (note == StackNote::Exec) st.as.section(id).flags |= kExecInstr;
}

/// Turns R_X86_64_GOTPCRELX (41) and R_X86_64_REX_GOTPCRELX (42) chosen by the encoder into R_X86_64_GOTPCREL (9),
/// as gas does with -mrelax-relocations=no; `.reloc` keeps the type it names.
void use_plain_gotpcrel(gasket::Assembly& as) {
  constexpr uint16_t kGotPcRel = 9, kGotPcRelX = 41, kRexGotPcRelX = 42;
  for (gasket::Section& sec : as.sections())
    for (gasket::Fixup& fx : sec.fixups)
      if (!fx.verbatim && (fx.reloc == kGotPcRelX || fx.reloc == kRexGotPcRelX)) fx.reloc = kGotPcRel;
}

/// --elf-stt-common=yes: common symbols still common at the end take STT_COMMON instead of STT_OBJECT.
void use_stt_common(gasket::Assembly& as) {
  constexpr uint8_t kSttCommon = 5;
  for (gasket::Symbol& s : as.symbols())
    if (s.is_common && !s.defined) s.type = kSttCommon;
}

/// A `.size` that does not come to a constant is an error, or a warning with --size-check=warning (gas's
/// elf_frob_symbol).
void check_sizes(gasket::Assembly& as, bool warn) {
  for (const gasket::Symbol& s : as.symbols()) {
    if (s.is_temp || s.size_expr == gasket::kNoExpr || as.resolve(s.size_expr).is_const()) continue;
    if (warn)
      as.diag().warningf(gasket::SourceLoc{}, ".size expression for {} does not evaluate to a constant", s.name);
    else
      as.diag().errorf(gasket::SourceLoc{}, ".size expression for {} does not evaluate to a constant", s.name);
  }
}

}  // namespace

int main(int argc, char** argv) {
  CommandLine cl;
  if (int rc = parse_args(argc, argv, cl); rc >= 0) return rc;
  if (cl.inputs.empty()) cl.inputs.emplace_back("-");
  std::string main_name = cl.inputs.front() == "-" ? "{standard input}" : cl.inputs.front();

  gasket::Diag diag(main_name);
  diag.set_no_warn(cl.no_warn);
  diag.set_fatal_warnings(cl.fatal_warnings);
  gasket::Assembly as(diag);
  as.set_keep_locals(cl.keep_locals);
  gasket::directives::State st(as, cl.opts);
  st.lines.opts = cl.dwarf;
  st.cfi.frames.cie_version = cl.cie_version;
  gasket::frontend::Parser parser(st);
  st.reader = &parser;
  gasket::frontend::StatementReader reader(st, parser);
  reader.set_include_dirs(cl.include_dirs);

  // --defsym: symbols assigned before the first line.
  for (const std::string& d : cl.defsyms) {
    size_t eq = d.find('=');
    if (eq == std::string::npos) {
      fmt::print(stderr, "gasket: bad defsym; format is --defsym name=value\n");
      return 1;
    }
    std::string stmt = d.substr(0, eq) + "=" + d.substr(eq + 1);
    reader.assemble("", stmt);
  }

  // Pass 1: read every statement, emitting fragments, fixups and symbols.
  std::vector<gasket::frontend::SourceText> texts(cl.inputs.size());
  try {
  for (size_t i = 0; i < cl.inputs.size(); ++i) {
    std::string err;
    if (!texts[i].open(cl.inputs[i], err)) {
      fmt::print(stderr, "{}: Assembler messages:\n{}: Fatal error: can't open {} for reading: {}\n", main_name,
                 main_name, cl.inputs[i], err);
      return 1;
    }
    std::string_view file = cl.inputs[i] == "-" ? std::string_view("{standard input}") : std::string_view(cl.inputs[i]);
    as.reserve_for_input(texts[i].text().size());
    reader.assemble(file, texts[i].text());
  }
  // Conditionals still open at the end of the input.
  reader.finish();
  // --noexecstack/--execstack: .note.GNU-stack, made by gas's main after the input and before the DWARF sections.
  add_stack_note(st, cl.stack_note);
  // .debug_line from the rows of `.loc` or -g (and, without the input's own .debug_info, the other DWARF
  // sections), as gas's dwarf2_finish does before cfi_finish.
  st.lines.finish();
  // .eh_frame/.debug_frame from the `.cfi_*` records (gas's cfi_finish), after every other section.
  gasket::directives::cfi_finish(st);
  } catch (const gasket::FatalError&) {
    return 1;
  }
  // Numeric local labels referenced forward must exist by now.
  st.check_local_labels();
  // -mrelax-relocations=no: the encoder's relaxable GOT loads take plain GOTPCREL.
  if (!cl.relax_relocations) use_plain_gotpcrel(as);
  // Pass 2: addresses for every fragment; relaxable jumps take their final form.
  gasket::layout(as);
  // View assertions (`.loc ... view 0`) that only addresses can check (gas's dwarf2dbg_final_check).
  st.lines.final_check();
  // Pass 3: each fixup becomes patched bytes or a relocation.
  gasket::resolve_fixups(as);
  check_sizes(as, cl.size_check_warns);
  if (cl.stt_common) use_stt_common(as);
  diag.finish();
  if (diag.error_count() > 0) return 1;
  // Pass 4: the object file, streamed to a temporary file and renamed into place.
  bool built = true;
  bool written = write_file_atomically(cl.output, [&](std::FILE* f) {
    gasket::elf::FileSink sink(f);
    built = gasket::elf::write_object(as, sink, cl.compress_debug);
    return built && sink.ok();
  });
  if (!built) return 1;
  if (!written) {
    fmt::print(stderr, "gasket: can't write {}\n", cl.output);
    return 1;
  }
  // The object is written: leave without running destructors. Freeing hundreds of megabytes of arrays piece
  // by piece only repeats what the kernel does at exit anyway.
  std::fflush(nullptr);
  _exit(0);
}

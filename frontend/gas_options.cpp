// GNU as 2.40 options that gasket accepts without any effect on the object, checks only, or refuses with a
// "not supported" message. The CPU, tuning and extension names are the ones `as --help` lists for x86-64.
#include "frontend/gas_options.hpp"

#include <algorithm>
#include <array>
#include <span>
#include <string_view>

#include <fmt/core.h>

namespace gasket::frontend {

namespace {

using Names = std::span<const std::string_view>;

constexpr std::string_view kCpus64[] = {"generic64", "nocona", "core2",  "corei7", "opteron", "k8",
                                        "amdfam10",  "bdver1", "bdver2", "bdver3", "bdver4",  "znver1",
                                        "znver2",    "znver3", "znver4", "btver1", "btver2"};
constexpr std::string_view kCpus32[] = {"generic32",  "i386",     "i486",     "i586", "i686",  "pentium",
                                        "pentiumpro", "pentiumii", "pentiumiii", "pentium4", "prescott", "core",
                                        "iamcu",      "k6",        "k6_2",     "athlon"};
/// -mtune= CPUs for which gas pads code with the old 32-bit NOP forms (lea, jmp over the gap), or, for the
/// 16-bit ones, stops with an internal error.
constexpr std::string_view kTunesOtherNops[] = {"generic32", "i386",    "i486",       "i586",      "i686",
                                                "pentium",   "pentiumpro", "pentiumii", "pentiumiii", "iamcu",
                                                "i8086",     "i186",    "i286"};
constexpr std::string_view kExtensions[] = {
    "8087", "287", "387", "687", "cmov", "fxsr", "mmx", "sse", "sse2", "sse3", "sse4a", "ssse3", "sse4.1", "sse4.2",
    "sse4", "avx", "avx2", "avx512f", "avx512cd", "avx512er", "avx512pf", "avx512dq", "avx512bw", "avx512vl", "vmx",
    "vmfunc", "smx", "xsave", "xsaveopt", "xsavec", "xsaves", "aes", "pclmul", "fsgsbase", "rdrnd", "f16c", "bmi2",
    "fma", "fma4", "xop", "lwp", "movbe", "cx16", "ept", "lzcnt", "popcnt", "hle", "rtm", "tsx", "invpcid", "clflush",
    "nop", "syscall", "rdtscp", "3dnow", "3dnowa", "padlock", "svme", "abm", "bmi", "tbm", "adx", "rdseed", "prfchw",
    "smap", "mpx", "sha", "clflushopt", "prefetchwt1", "se1", "clwb", "avx512ifma", "avx512vbmi", "avx512_4fmaps",
    "avx512_4vnniw", "avx512_vpopcntdq", "avx512_vbmi2", "avx512_vnni", "avx512_bitalg", "avx_vnni", "clzero",
    "mwaitx", "ospke", "rdpid", "ptwrite", "ibt", "shstk", "gfni", "vaes", "vpclmulqdq", "wbnoinvd", "pconfig",
    "waitpkg", "cldemote", "amx_int8", "amx_bf16", "amx_fp16", "amx_tile", "movdiri", "movdir64b", "avx512_bf16",
    "avx512_vp2intersect", "tdx", "enqcmd", "serialize", "rdpru", "mcommit", "sev_es", "tsxldtrk", "kl", "widekl",
    "uintr", "hreset", "avx512_fp16", "prefetchi", "avx_ifma", "avx_vnni_int8", "cmpccxadd", "wrmsrns", "msrlist",
    "avx_ne_convert", "rao_int", "rmpquery", "no87"};

bool among(Names names, std::string_view v) { return std::find(names.begin(), names.end(), v) != names.end(); }

/// An option with a value where gasket accepts only gas's default, the one that leaves the object as it is.
struct DefaultOnly {
  std::string_view name;     ///< with the trailing '='
  std::string_view accepted;
  std::array<std::string_view, 4> others;  ///< the other values gas accepts
  std::string_view invalid;  ///< gas's fatal message for any other value, {} standing for it
};

constexpr DefaultOnly kDefaultOnly[] = {
    {"-mx86-used-note=", "no", {"yes"}, "invalid -mx86-used-note= option: `{}'"},
    {"--generate-missing-build-notes=", "no", {"yes"}, "Invalid --generate-missing-build-notes option: `{}'"},
    {"-momit-lock-prefix=", "no", {"yes"}, "invalid -momit-lock-prefix= option: `{}'"},
    {"-mfence-as-lock-add=", "no", {"yes"}, "invalid -mfence-as-lock-add= option: `{}'"},
    {"-msyntax=", "att", {"intel"}, "invalid -msyntax= option: `{}'"},
    {"-mmnemonic=", "att", {"intel"}, "invalid -mmnemonic= option: `{}'"},
    {"-msse-check=", "none", {"warning", "error"}, "invalid -msse-check= option: `{}'"},
    {"-moperand-check=", "warning", {"none", "error"}, "invalid -moperand-check= option: `{}'"},
    {"-mavxscalar=", "128", {"256"}, "invalid -mavxscalar= option: `{}'"},
    {"-mvexwig=", "0", {"1"}, "invalid -mvexwig= option: `{}'"},
    {"-mevexlig=", "128", {"256", "512"}, "invalid -mevexlig= option: `{}'"},
    {"-mevexwig=", "0", {"1"}, "invalid -mevexwig= option: `{}'"},
    {"-mevexrcig=", "rne", {"rd", "ru", "rz"}, "invalid -mevexrcig= option: `{}'"},
    {"-mlfence-after-load=", "no", {"yes"}, "invalid -mlfence-after-load= option: `{}'"},
    {"-mlfence-before-indirect-branch=", "none", {"all", "register", "memory"},
     "invalid -mlfence-before-indirect-branch= option: `{}'"},
    {"-mlfence-before-ret=", "none", {"or", "not", "shl", "yes"}, "invalid -mlfence-before-ret= option: `{}'"},
    {"--multibyte-handling=", "allow", {"warn", "warn-sym-only"},
     "unexpected argument to --multibyte-input-option: '{}'"},
};

/// Options gas ignores, or whose effect on x86-64 ELF output is none.
constexpr std::string_view kIgnored[] = {"-w",     "-X",       "-k",      "-s",  "-nocpp", "--reduce-memory-overheads",
                                         "--divide", "-mamd64", "-n", "-O0", "--hash-size"};

/// Options gasket refuses whatever their value, with the reason given.
struct Unsupported {
  std::string_view name;  ///< the whole option, or its start when it ends in '=' or is "-a", "-O", "--listing-"
  std::string_view reason;
};

constexpr std::string_view kNotImplemented = "gasket does not implement it (README: Limitations)";
constexpr Unsupported kUnsupported[] = {
    {"--32", "gasket assembles x86-64 only"},
    {"--x32", "gasket assembles x86-64 only"},
    {"--gdwarf-sections", kNotImplemented},
    {"-mshared", kNotImplemented},
    {"-madd-bnd-prefix", kNotImplemented},
    {"-mnaked-reg", kNotImplemented},
    {"-mindex-reg", kNotImplemented},
    {"-msse2avx", kNotImplemented},
    {"-muse-unaligned-vector-move", kNotImplemented},
    {"-mintel64", kNotImplemented},
    {"-mbranches-within-32B-boundaries", kNotImplemented},
    {"-malign-branch=", kNotImplemented},
    {"-malign-branch-prefix-size=", kNotImplemented},
    {"--alternate", kNotImplemented},
    {"--gsframe", kNotImplemented},
    {"--gstabs", kNotImplemented},
    {"--gstabs+", kNotImplemented},
    {"--strip-local-absolute", kNotImplemented},
    {"--traditional-format", kNotImplemented},
    {"-no-pad-sections", kNotImplemented},
    {"--statistics", kNotImplemented},
    {"--dump-config", kNotImplemented},
    {"--MD", kNotImplemented},
    {"-M", kNotImplemented},
    {"--mri", kNotImplemented},
    {"-R", kNotImplemented},
    {"-f", kNotImplemented},
    {"-D", kNotImplemented},
    {"-J", kNotImplemented},
    {"-q", kNotImplemented},
    {"-O", "gasket does not optimize instruction encodings (only -O0 is accepted)"},
    {"-a", "gasket writes no listings"},
    {"--listing-", "gasket writes no listings"},
};

bool matches(const Unsupported& u, std::string_view a) {
  if (u.name == "-a" || u.name == "-O" || u.name == "--listing-") return a.starts_with(u.name) && a.size() > 1;
  if (u.name.ends_with('=')) return a.starts_with(u.name) || a == u.name.substr(0, u.name.size() - 1);
  return a == u.name;
}

int fatal(std::string_view message) {
  fmt::print(stderr, "Assembler messages:\nFatal error: {}\n", message);
  return 1;
}

int not_supported(std::string_view option, std::string_view reason) {
  fmt::print(stderr, "gasket: {} is not supported: {}\n", option, reason);
  return 1;
}

int check_march(std::string_view v) {
  std::string_view cpu = v.substr(0, v.find('+'));
  bool ok = cpu.empty() || among(kCpus64, cpu) || among(kCpus32, cpu);
  for (std::string_view rest = v.substr(cpu.size()); ok && !rest.empty();) {
    rest.remove_prefix(1);
    std::string_view ext = rest.substr(0, rest.find('+'));
    ok = among(kExtensions, ext) || (ext.starts_with("no") && ext != "nono87" && among(kExtensions, ext.substr(2)));
    rest.remove_prefix(ext.size());
  }
  if (!ok) return fatal(fmt::format("invalid -march= option: `{}'", v));
  if (cpu.empty())
    return not_supported(fmt::format("-march={}", v),
                         "without a CPU gas pads code with 32-bit NOP forms, which gasket does not implement");
  if (among(kCpus32, cpu)) return fatal(fmt::format("64bit mode not supported on `{}'.", cpu));
  return -1;
}

int check_mtune(std::string_view v) {
  if (among(kTunesOtherNops, v))
    return not_supported(fmt::format("-mtune={}", v),
                         "gas pads code for this CPU with NOP forms gasket does not implement");
  if (!among(kCpus64, v) && !among(kCpus32, v))
    return fatal(fmt::format("invalid -mtune= option: `{}'", v));
  return -1;
}

}  // namespace

std::optional<int> compat_option(int argc, char** argv, int& i) {
  std::string_view a = argv[i];
  // The option's value, after '=' or (as gas's getopt takes it) in the next argument.
  auto value = [&](std::string_view name) -> std::optional<std::string_view> {
    if (a.starts_with(name)) return a.substr(name.size());
    if (i + 1 >= argc) return std::nullopt;
    return std::string_view(argv[++i]);
  };
  auto missing = [&](std::string_view name) {
    fmt::print(stderr, "{}: option '{}' requires an argument\n", argv[0], name.substr(0, name.size() - 1));
    return 1;
  };
  for (std::string_view name : {std::string_view("-march="), std::string_view("-mtune=")}) {
    if (!a.starts_with(name) && a != name.substr(0, name.size() - 1)) continue;
    std::optional<std::string_view> v = value(name);
    if (!v) return missing(name);
    return name == "-march=" ? check_march(*v) : check_mtune(*v);
  }
  for (const DefaultOnly& d : kDefaultOnly) {
    if (!a.starts_with(d.name) && a != d.name.substr(0, d.name.size() - 1)) continue;
    std::optional<std::string_view> v = value(d.name);
    if (!v) return missing(d.name);
    if (*v == d.accepted) return -1;
    if (!v->empty() && among(d.others, *v)) return not_supported(fmt::format("{}{}", d.name, *v), kNotImplemented);
    return fatal(fmt::format(fmt::runtime(d.invalid), *v));
  }
  if (a.starts_with("-malign-branch-boundary=")) {
    std::string_view v = a.substr(24);
    if (v == "0") return -1;
    if (v.empty() || !std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; }))
      return fatal(fmt::format("invalid -malign-branch-boundary= value: {}", v));
    return not_supported(a, kNotImplemented);
  }
  if (among(kIgnored, a) || a.starts_with("--hash-size=")) return -1;
  if (a.starts_with('@')) return not_supported(a, "gasket reads no option files");
  for (const Unsupported& u : kUnsupported)
    if (matches(u, a)) return not_supported(a, u.reason);
  return std::nullopt;
}

}  // namespace gasket::frontend

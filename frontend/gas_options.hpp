#pragma once
#include <optional>

namespace gasket::frontend {

/// Handles argv[i] when it is one of GNU as 2.40's options that change nothing gasket writes, or that gasket
/// does not implement: -march=/-mtune= (checked against gas's CPU and extension names), options accepted only
/// with their default value (-msyntax=att, -mx86-used-note=no, ...), options gas ignores (-w, -X, -k, ...),
/// --32/--x32 and the options listed as not supported in README. Returns std::nullopt when argv[i] is none of
/// these, -1 to go on (i may have moved past a separate value), or the exit status 1 after printing gas's
/// message for a bad value or gasket's "not supported" one.
std::optional<int> compat_option(int argc, char** argv, int& i);

}  // namespace gasket::frontend

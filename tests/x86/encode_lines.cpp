// Scratch differential driver: encodes each stdin line with gasket's encoder and prints it in the format of
// check_against_as.sh (`line<TAB>hex | relocs [WARN: ...]` or `line<TAB>ERR: ...`), so the two can be diffed.
// Build: g++ -std=c++20 -I. tests/x86/encode_lines.cpp build-x86/libgasket_emit.a -lfmt -o /tmp/encode_lines
#include <iostream>
#include <string>

#include "tests/x86/encoder_support.hpp"

int main() {
  std::string line;
  while (std::getline(std::cin, line)) {
    if (line.empty()) continue;
    std::string warning;
    std::string result = gasket::x86::test::assemble(line, &warning);
    std::cout << line << '\t' << result << (warning.empty() ? "" : " WARN: " + warning) << '\n';
  }
}

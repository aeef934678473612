// frontend/line_scan: line ends and the scrub test, against a byte-by-byte reading, at every length and
// position, and at the end of a page followed by an unmapped one.
#include <doctest/doctest.h>


#include <cstring>
#include <string>
#include <string_view>

#include "frontend/line_scan.hpp"
#include "tests/unit/guard_page.hpp"

using gasket::frontend::LineScan;
using gasket::frontend::needs_scrub;
using gasket::frontend::scan_line;

namespace {

LineScan slow_scan(std::string_view text) {
  LineScan s;
  while (s.length < text.size() && text[s.length] != '\n') {
    const char c = text[s.length++];
    s.needs_scrub = s.needs_scrub || c == '#' || c == '/' || c == ';' || c == '"' || c == '\'';
  }
  return s;
}

void check_same(std::string_view text) {
  CAPTURE(text);
  const LineScan fast = scan_line(text);
  const LineScan slow = slow_scan(text);
  CHECK(fast.length == slow.length);
  CHECK(fast.needs_scrub == slow.needs_scrub);
  CHECK(needs_scrub(text.substr(0, slow.length)) == slow.needs_scrub);
}

}  // namespace

TEST_CASE("line scan: every length, with the newline and a scrub character anywhere") {
  for (size_t len = 0; len <= 40; ++len) {
    std::string base(len, 'a');
    check_same(base);
    check_same(base + "\n#");
    for (size_t at = 0; at < len; ++at) {
      std::string nl = base;
      nl[at] = '\n';
      check_same(nl);
      for (char c : {'#', '/', ';', '"', '\''}) {
        std::string both = nl;
        if (at > 0) {
          both[at - 1] = c;
          check_same(both);
        }
        both = base;
        both[at] = c;
        check_same(both);
        if (at + 1 < len) {
          both[at + 1] = '\n';
          check_same(both);
        }
      }
    }
  }
}

TEST_CASE("line scan: text ending at a page followed by an unmapped page") {
  gasket::test::GuardPage guard;
  REQUIRE(guard.ok());
  for (size_t len = 0; len <= 20; ++len) {
    char* text = guard.end() - len;
    std::memset(text, 'x', len);
    if (len > 3) text[len / 2] = ';';
    check_same(std::string_view(text, len));
  }
}

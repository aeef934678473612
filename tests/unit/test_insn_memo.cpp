// frontend/insn_memo: which operand texts may be remembered, and what is remembered under a text.
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "frontend/insn_memo.hpp"

using gasket::frontend::InsnMemo;

TEST_CASE("insn memo: registers, numbers and punctuation are symbol-free") {
  for (std::string_view ops : {"", "%rsp, %rbp", "$-8, %rsp", "$0x1F, 8(%rsp,%rax,4)", "%fs:0x28, %eax", "*%rax",
                               "%st(1), %st", "$1+2-3, %eax"}) {
    CAPTURE(ops);
    CHECK(InsnMemo::symbol_free(ops));
  }
}

TEST_CASE("insn memo: names, labels and state are not symbol-free") {
  for (std::string_view ops : {"$k, %eax", "foo(%rip), %eax", "1f", "$1b-2b, %eax", "$.-8, %eax", "$_x, %eax",
                               "$'a, %al", "$\"a\", %al", "%zmm1, %zmm2{%k1}", "$8/2, %eax", "$0b101, %eax",
                               "$10$, %eax", "$10%k, %eax", "$10%3, %eax", "%foo"}) {
    CAPTURE(ops);
    CHECK_FALSE(InsnMemo::symbol_free(ops));
  }
}

TEST_CASE("insn memo: a remembered text gives back its bytes, others nothing") {
  InsnMemo memo;
  const uint8_t ret[] = {0xc3};
  const uint8_t mov[] = {0x48, 0x89, 0xe5};
  CHECK(memo.find("ret") == nullptr);
  memo.remember("ret", ret, 1, {});
  memo.remember("movq\t%rsp, %rbp", mov, 3, {});
  const InsnMemo::Entry* e = memo.find("movq\t%rsp, %rbp");
  REQUIRE(e != nullptr);
  CHECK(e->size == 3);
  CHECK(e->bytes[0] == 0x48);
  CHECK(e->bytes[2] == 0xe5);
  REQUIRE(memo.find("ret") != nullptr);
  CHECK(memo.find("ret")->bytes[0] == 0xc3);
  CHECK(memo.find("movq %rsp, %rbp") == nullptr);
  memo.remember("ret", mov, 3, {});
  CHECK(memo.find("ret")->size == 1);
  CHECK(memo.size() == 2);
  memo.remember(std::string(256, 'x'), ret, 1, {});
  CHECK(memo.size() == 2);
}

TEST_CASE("insn memo: growth past the first index keeps every entry") {
  InsnMemo memo;
  for (int i = 0; i < 5000; ++i) {
    const uint8_t b = static_cast<uint8_t>(i);
    memo.remember("movl $" + std::to_string(i) + ", %eax", &b, 1, {});
  }
  CHECK(memo.size() == 5000);
  for (int i = 0; i < 5000; i += 37) {
    const InsnMemo::Entry* e = memo.find("movl $" + std::to_string(i) + ", %eax");
    REQUIRE(e != nullptr);
    CHECK(e->bytes[0] == static_cast<uint8_t>(i));
  }
}

TEST_CASE("shape memo: one plain name is cut out of the operands") {
  using gasket::frontend::ShapeMemo;
  using gasket::RelocSpec;
  struct Case {
    std::string_view text;
    size_t operands_at;
    std::string_view shape, name;
    RelocSpec spec;
  };
  const Case cases[] = {
      {"call\tfoo", 4, "call\t\x01", "foo", RelocSpec::None},
      {"jne\t.L5", 3, "jne\t\x01", ".L5", RelocSpec::None},
      {"call\tbar@PLT", 4, "call\t\x01@PLT", "bar", RelocSpec::Plt},
      {"leaq\t.LC0(%rip), %rdi", 4, "leaq\t\x01(%rip), %rdi", ".LC0", RelocSpec::None},
      {"movl\t$a$b, %eax", 4, "movl\t$\x01, %eax", "a$b", RelocSpec::None},
      {"jmp\t*tab(,%rax,8)", 3, "jmp\t*\x01(,%rax,8)", "tab", RelocSpec::None},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    std::string shape;
    std::string_view name;
    RelocSpec spec = RelocSpec::Got;
    REQUIRE(ShapeMemo::shape_of(c.text, c.operands_at, shape, name, spec));
    CHECK(shape == c.shape);
    CHECK(name == c.name);
    CHECK(spec == c.spec);
  }
}

TEST_CASE("shape memo: no name, two names, `.`, numeric labels, quotes and other specifiers are no shape") {
  using gasket::frontend::ShapeMemo;
  for (std::string_view text : {"ret", "movq\t%rsp, %rbp", "movl\t$a+b, %eax", "jmp\t.", "movl\t$.-f, %eax",
                                "jmp\t1f", "jmp\t1b", "call\tfoo@plt", "call\tfoo@PLTOFF", "movq\tx@GOTPCREL(%rip), %rax",
                                "call\t\"foo\"", "movl\t$'a, %eax", "movl\t$10%k, %eax", "call\tfoo@PLT@PLT"}) {
    CAPTURE(text);
    const size_t at = text.find_first_of(" \t");
    std::string shape;
    std::string_view name;
    gasket::RelocSpec spec{};
    CHECK_FALSE(ShapeMemo::shape_of(text, at == std::string_view::npos ? text.size() : at, shape, name, spec));
  }
}

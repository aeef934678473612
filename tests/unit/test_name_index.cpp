// emit/name_index: the hashed name index and the per-kind arrays of gcc's numbered `.L` labels.
#include <doctest/doctest.h>

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "emit/name_index.hpp"

using gasket::NumberedLabels;

namespace {

/// Gives `name` the id `id` through slot(); the slot must be fresh.
void define(NumberedLabels& labels, std::string_view name, uint32_t id) {
  uint32_t* s = labels.slot(name);
  REQUIRE(s != nullptr);
  CHECK(*s == NumberedLabels::kEmpty);
  *s = id;
}

uint32_t found(const NumberedLabels& labels, std::string_view name) {
  uint32_t id = 0;
  REQUIRE(labels.find(name, id));
  return id;
}

}  // namespace

TEST_CASE("numbered labels: only `.L<prefix><n>` names take a slot") {
  NumberedLabels labels;
  for (std::string_view name : {"foo", ".L", ".LVL", "L12", ".LVL012", ".LVL1234567", ".x12"}) {
    CAPTURE(name);
    CHECK(labels.slot(name) == nullptr);
  }
  CHECK(labels.slot(".LVL0") != nullptr);
  CHECK(labels.slot(".L42") != nullptr);
}

/// Defines each name with its position as id, then checks every one and the names never defined.
void check_distinct(std::initializer_list<std::string_view> names, std::initializer_list<std::string_view> absent) {
  NumberedLabels labels;
  uint32_t id = 0;
  for (std::string_view name : names) define(labels, name, id++);
  id = 0;
  for (std::string_view name : names) {
    CAPTURE(name);
    CHECK(found(labels, name) == id++);
  }
  for (std::string_view name : absent) {
    CAPTURE(name);
    CHECK(found(labels, name) == NumberedLabels::kEmpty);
  }
}

TEST_CASE("numbered labels: kinds and numbers are told apart") {
  check_distinct({".LVL12", ".LVU12", ".LVL13", ".L12", ".LV12"}, {".LVL14", ".LBB1"});
}

TEST_CASE("numbered labels: prefixes longer than the packed bytes differ past them") {
  check_distinct({".Lverylongprefix7", ".Lverylongprefiy7", ".Lverylong7", ".Lverylongp7"}, {".Lverylongprefiz7"});
}

TEST_CASE("numbered labels: a prefix with a NUL byte is not the shorter prefix") {
  NumberedLabels labels;
  using namespace std::string_view_literals;
  define(labels, ".LA5"sv, 20);
  define(labels, ".LA\0" "5"sv, 21);
  CHECK(found(labels, ".LA5"sv) == 20);
  CHECK(found(labels, ".LA\0" "5"sv) == 21);
}

TEST_CASE("numbered labels: past kMaxKinds new kinds are left to the hash index") {
  NumberedLabels labels;
  for (size_t k = 0; k < NumberedLabels::kMaxKinds; ++k)
    define(labels, ".Lk" + std::string(k + 1, 'a') + "1", static_cast<uint32_t>(k));
  CHECK(labels.slot(".Lzz1") == nullptr);
  uint32_t id = 0;
  CHECK_FALSE(labels.find(".Lzz1", id));
  CHECK(found(labels, ".Lkaaa1") == 2);
}

TEST_CASE("numbered labels: gcc's forty-odd kinds all get arrays, the late busy ones too") {
  NumberedLabels labels;
  uint32_t id = 0;
  for (size_t k = 0; k < 40; ++k) define(labels, ".Lrare" + std::string(k + 1, 'x') + "1", id++);
  for (std::string_view name : {".LASF5", ".LLST7", ".LVUS7", ".LLRL3"}) {
    CAPTURE(name);
    define(labels, name, id++);
  }
  CHECK(found(labels, ".LLST7") == 41);
}

TEST_CASE("numbered labels: a kind refused a page by the budget keeps hashing its names outside its pages") {
  constexpr uint32_t kPage = NumberedLabels::kPageIds;
  NumberedLabels labels(3 * kPage);
  auto name = [](std::string_view kind, uint32_t n) { return std::string(kind) + std::to_string(n); };
  define(labels, name(".LA", 5), 1);              // .LA's first page
  define(labels, name(".LA", 4 * kPage + 2), 2);  // a page far off; nothing in between is made
  define(labels, name(".LB", 7), 3);              // the third page: the budget is spent
  CHECK(labels.slot(name(".LA", 2 * kPage)) == nullptr);  // a fourth page would pass it: .LA stops growing
  uint32_t id = 0;
  CHECK_FALSE(labels.find(name(".LA", 2 * kPage), id));
  CHECK(labels.slot(name(".LB", kPage + 1)) == nullptr);
  // The pages .LA has still hold its names, and fresh numbers in them still take slots.
  CHECK(found(labels, name(".LA", 5)) == 1);
  CHECK(found(labels, name(".LA", 4 * kPage + 2)) == 2);
  define(labels, name(".LA", kPage - 1), 4);
  CHECK(found(labels, name(".LA", kPage - 1)) == 4);
  CHECK(found(labels, name(".LB", 7)) == 3);
  // Numbers never used in a kind with room read as absent without taking a page.
  NumberedLabels fresh(kPage);
  define(fresh, ".LC3", 9);
  CHECK(fresh.find(name(".LC", 5 * kPage), id));
  CHECK(id == NumberedLabels::kEmpty);
}

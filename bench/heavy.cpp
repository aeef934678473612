// Benchmark input generator: a translation unit whose only purpose is to make g++ emit a
// large, realistic assembly file (`g++ -std=c++17 -O2 [-g] -S`).  It pulls in heavy headers
// and instantiates the same families of templates for many distinct types, so the output has
// the mix an assembler meets in practice: long mangled names, many sections and COMDAT
// groups, jump tables, and (with -g) large DWARF with .loc/.uleb128/.section juggling.
//
// HEAVY_N (default 48) is the number of distinct Shape<N> types every family is stamped for.

#define FMT_HEADER_ONLY
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <boost/fusion/include/std_pair.hpp>
#include <boost/spirit/home/x3.hpp>

#include <algorithm>
#include <cstdint>
#include <map>
#include <numeric>
#include <regex>
#include <sstream>
#include <string>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

#ifndef HEAVY_N
#define HEAVY_N 48
#endif

namespace heavy {

namespace x3 = boost::spirit::x3;

// A family of distinct record types; N changes field types so that instantiations differ.
template <int N>
struct Shape {
  using Key = std::conditional_t<N % 3 == 0, std::string, std::conditional_t<N % 3 == 1, long, double>>;
  Key key{};
  std::vector<int> values;
  std::map<std::string, double> attrs;

  bool operator<(const Shape& other) const {
    return std::tie(key, values) < std::tie(other.key, other.values);
  }
};

template <int N>
typename Shape<N>::Key make_key(int i) {
  if constexpr (N % 3 == 0)
    return fmt::format("k{}_{}", N, i);
  else if constexpr (N % 3 == 1)
    return static_cast<long>(i) * (N + 1);
  else
    return i / static_cast<double>(N + 2);
}

// Spirit X3: a comma-separated list of "name=number" pairs; the rule's id type makes each N distinct.
template <int N>
struct name_id;
template <int N>
struct pair_id;

template <int N, typename Iterator>
bool parse_pairs(Iterator first, Iterator last, std::vector<std::pair<std::string, double>>& out) {
  auto const name = x3::rule<name_id<N>, std::string>{"name"} = x3::lexeme[x3::alpha >> *(x3::alnum | x3::char_('_'))];
  auto const pair = x3::rule<pair_id<N>, std::pair<std::string, double>>{"pair"} =
      name >> '=' >> x3::double_;
  bool ok = x3::phrase_parse(first, last, pair % ',', x3::space, out);
  return ok && first == last;
}

// Spirit X3: integer arithmetic with + - * / and parentheses, evaluated with semantic actions.
template <int N, typename Iterator>
bool parse_sum(Iterator first, Iterator last, long& result) {
  long acc = 0;
  auto add = [&](auto& ctx) { acc += x3::_attr(ctx) * (N + 1); };
  auto sub = [&](auto& ctx) { acc -= x3::_attr(ctx); };
  auto const term = x3::long_ >> *(('*' >> x3::long_) | ('/' >> x3::long_));
  auto const expr = x3::long_[add] >> *(('+' >> x3::long_[add]) | ('-' >> x3::long_[sub])) >> -('#' >> term);
  bool ok = x3::phrase_parse(first, last, expr, x3::space);
  result = acc;
  return ok && first == last;
}

template <int N>
std::string describe(const Shape<N>& s) {
  std::string out = fmt::format("Shape<{}>{{key={}, values={}, attrs={}}}", N, s.key, s.values, s.attrs);
  out += fmt::format(" sum={:>12} mean={:.4f} hex={:#x}", std::accumulate(s.values.begin(), s.values.end(), 0L),
                     s.values.empty() ? 0.0 : double(s.values.front()) / double(s.values.size()),
                     static_cast<unsigned>(s.values.size() * (N + 7)));
  return out;
}

template <int N>
std::vector<std::string> grep(const std::vector<std::string>& lines) {
  static const std::regex re(fmt::format(R"(^(\w+)_{}\s*[:=]\s*(-?\d+(?:\.\d+)?)$)", N), std::regex::ECMAScript);
  std::vector<std::string> hits;
  std::smatch m;
  for (const auto& line : lines)
    if (std::regex_match(line, m, re))
      hits.push_back(m[1].str() + "=" + std::regex_replace(m[2].str(), std::regex("0+$"), ""));
  return hits;
}

template <int N>
std::string roundtrip(const Shape<N>& s) {
  std::ostringstream os;
  os << N << ' ' << s.values.size();
  for (int v : s.values)
    os << ' ' << v;
  std::istringstream is(os.str());
  int n = 0;
  std::size_t count = 0;
  is >> n >> count;
  std::vector<int> back(count);
  for (auto& v : back)
    is >> v;
  return back == s.values ? os.str() : std::string("mismatch");
}

template <int N>
long work(int seed) {
  std::vector<Shape<N>> shapes(static_cast<std::size_t>(8 + seed % 5));
  int i = 0;
  for (auto& s : shapes) {
    s.key = make_key<N>(seed * 31 + i);
    for (int j = 0; j < 6 + (i + N) % 4; ++j)
      s.values.push_back((seed + i * 17 + j * N) % 97);
    s.attrs[fmt::format("a{}", i)] = i * 0.5;
    ++i;
  }
  std::sort(shapes.begin(), shapes.end());
  std::stable_sort(shapes.begin(), shapes.end(), [](const auto& a, const auto& b) {
    return a.values.size() > b.values.size();
  });

  std::map<typename Shape<N>::Key, Shape<N>> by_key;
  std::unordered_map<std::string, std::size_t> by_text;
  std::vector<std::string> lines;
  for (const auto& s : shapes) {
    by_key.emplace(s.key, s);
    std::string text = describe(s);
    by_text[text] = text.size();
    lines.push_back(fmt::format("v{}_{} = {}", seed, N, s.values.front()));
  }

  long total = static_cast<long>(by_key.size() + by_text.size() + grep<N>(lines).size());
  std::vector<std::pair<std::string, double>> pairs;
  std::string input = fmt::format("alpha={}, beta_{}={}.5", N, N, seed);
  if (parse_pairs<N>(input.cbegin(), input.cend(), pairs))
    total += static_cast<long>(pairs.size());
  const char* text = "1 + 2 - 3 + 40 # 2 * 3";
  long sum = 0;
  if (parse_sum<N>(text, text + std::char_traits<char>::length(text), sum))
    total += sum;
  for (const auto& s : shapes)
    total += static_cast<long>(roundtrip(s).size());
  auto it = std::max_element(by_text.begin(), by_text.end(),
                             [](const auto& a, const auto& b) { return a.second < b.second; });
  return total + (it == by_text.end() ? 0 : static_cast<long>(it->second));
}

template <std::size_t... Ns>
long run_all(int seed, std::index_sequence<Ns...>) {
  return (work<static_cast<int>(Ns)>(seed) + ...);
}

}  // namespace heavy

int main(int argc, char**) {
  long total = heavy::run_all(argc, std::make_index_sequence<HEAVY_N>{});
  fmt::print("{}\n", total);
  return total == 0;
}

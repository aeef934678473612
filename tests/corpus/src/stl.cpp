// Standard library containers and algorithms: vector, map, string, sort, accumulate, streams.
#include <algorithm>
#include <iostream>
#include <map>
#include <numeric>
#include <set>
#include <sstream>
#include <string>
#include <vector>

int main() {
  std::vector<int> v;
  for (int i = 0; i < 50; ++i) v.push_back((i * 37) % 101);
  std::sort(v.begin(), v.end(), std::greater<>());
  std::cout << "top " << v[0] << " " << v[1] << " sum " << std::accumulate(v.begin(), v.end(), 0) << "\n";
  std::map<std::string, int> freq;
  std::istringstream text("the cat and the dog and the bird saw the cat");
  for (std::string w; text >> w;) ++freq[w];
  for (const auto& [word, n] : freq) std::cout << word << "=" << n << " ";
  std::cout << "\n";
  std::set<int> s(v.begin(), v.end());
  auto it = s.lower_bound(50);
  std::cout << "set " << s.size() << " lb " << *it << "\n";
  std::string str = "Hello, World";
  std::transform(str.begin(), str.end(), str.begin(), [](unsigned char c) { return std::toupper(c); });
  std::reverse(str.begin(), str.end());
  std::ostringstream os;
  os.precision(4);
  os << str << " " << 3.14159265 << " " << std::hex << 255;
  std::cout << os.str() << std::endl;
  return 0;
}

#include "emit/elf/strtab.hpp"

#include <algorithm>

namespace gasket::elf {

uint32_t StrTab::add(std::string_view s) {
  auto it = index_.find(s);
  if (it != index_.end()) return it->second;
  entries_.push_back(Entry{s});
  uint32_t h = static_cast<uint32_t>(entries_.size() - 1);
  index_.emplace(s, h);
  return h;
}

void StrTab::finalize() {
  std::vector<uint32_t> order(entries_.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  auto revcmp = [&](uint32_t a, uint32_t b) {
    std::string_view x = entries_[a].text, y = entries_[b].text;
    size_t n = std::min(x.size(), y.size());
    for (size_t i = 1; i <= n; ++i) {
      unsigned char cx = static_cast<unsigned char>(x[x.size() - i]);
      unsigned char cy = static_cast<unsigned char>(y[y.size() - i]);
      if (cx != cy) return cx < cy;
    }
    return x.size() < y.size();
  };
  std::sort(order.begin(), order.end(), revcmp);
  if (!order.empty()) {
    uint32_t e = order.back();
    for (size_t k = order.size() - 1; k-- > 0;) {
      uint32_t cmp = order[k];
      std::string_view ce = entries_[cmp].text, ee = entries_[e].text;
      if (ce.size() <= ee.size() && ee.substr(ee.size() - ce.size()) == ce)
        entries_[cmp].suffix_of = static_cast<int32_t>(e);
      else
        e = cmp;
    }
  }
  data_.assign(1, '\0');
  for (Entry& en : entries_) {
    if (en.suffix_of >= 0) continue;
    en.offset = static_cast<uint32_t>(data_.size());
    data_.append(en.text);
    data_.push_back('\0');
  }
  for (Entry& en : entries_) {
    if (en.suffix_of < 0) continue;
    const Entry& parent = entries_[static_cast<size_t>(en.suffix_of)];
    en.offset = parent.offset + static_cast<uint32_t>(parent.text.size() - en.text.size());
  }
}

}  // namespace gasket::elf

#include "vil/near_duplicate.hpp"

#include <algorithm>

#include "vil/utf8.hpp"

namespace vil {

namespace {

bool starts_with(const std::string& s, const std::string& prefix) {
  return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

// The weight of the stems of x that have an alike stem in y: equal, or one starting
// the other and three letters or more ("ung" and "ungdom", "klima" and "klimaplan").
// Binary search: the stems that s starts come right after it in y's order, and the
// stems that start s come before it, among stems sharing s's first three letters.
double weight_alike(const StemProfile& x, const StemProfile& y) {
  double w = 0;
  for (std::size_t i = 0; i < x.stems.size(); ++i) {
    const std::string& s = x.stems[i];
    const auto at = std::lower_bound(y.stems.begin(), y.stems.end(), s);
    const std::size_t head = x.head[i];
    bool found = at != y.stems.end() && (*at == s || (head > 0 && starts_with(*at, s)));
    if (!found && head > 0) {
      for (auto j = at; j != y.stems.begin() && !found;) {
        --j;
        if (j->compare(0, head, s, 0, head) != 0) break;  // past the stems sharing s's first letters
        found = y.head[static_cast<std::size_t>(j - y.stems.begin())] > 0 && starts_with(s, *j);
      }
    }
    if (found) w += x.weights[i];
  }
  return w;
}

}  // namespace

StemProfile stem_profile(const std::vector<std::string>& stems, const StemWeight& weight) {
  StemProfile p;
  p.stems = stems;
  std::sort(p.stems.begin(), p.stems.end());
  p.stems.erase(std::unique(p.stems.begin(), p.stems.end()), p.stems.end());
  for (const std::string& s : p.stems) {
    p.weights.push_back(weight ? weight(s) : 1.0);
    std::size_t three = 0;
    for (int letters = 0; letters < 3 && three < s.size(); ++letters) next_code_point(s, three);
    p.head.push_back(count_code_points(s) >= 3 ? three : 0);
    p.total += p.weights.back();
  }
  return p;
}

double near_duplicate_score(const StemProfile& x, const StemProfile& y) {
  if (x.stems.empty() || y.stems.empty()) return x.stems.empty() && y.stems.empty() ? 1.0 : 0.0;
  if (x.total <= 0 || y.total <= 0) return 0.0;
  const double shared = std::min(weight_alike(x, y), weight_alike(y, x));
  const double containment = shared / std::min(x.total, y.total);
  const double dice = 2.0 * shared / (x.total + y.total);
  return std::min(1.0, (containment + dice) / 2.0);
}

double near_duplicate_score(const std::vector<std::string>& a, const std::vector<std::string>& b,
                            const StemWeight& weight) {
  return near_duplicate_score(stem_profile(a, weight), stem_profile(b, weight));
}

std::vector<std::vector<std::uint32_t>> alike_stems(const std::vector<std::string>& sorted) {
  std::vector<std::vector<std::uint32_t>> alike(sorted.size());
  for (std::size_t i = 0; i < sorted.size(); ++i) {
    alike[i].push_back(static_cast<std::uint32_t>(i));
    if (count_code_points(sorted[i]) < 3) continue;
    // The stems that a stem starts come right after it in sorted order.
    for (std::size_t j = i + 1; j < sorted.size() && starts_with(sorted[j], sorted[i]); ++j) {
      alike[i].push_back(static_cast<std::uint32_t>(j));
      alike[j].push_back(static_cast<std::uint32_t>(i));
    }
  }
  for (auto& list : alike) std::sort(list.begin(), list.end());
  return alike;
}

}  // namespace vil

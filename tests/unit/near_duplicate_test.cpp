#include "vil/near_duplicate.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "vil/utf8.hpp"

namespace {

using Strings = std::vector<std::string>;

// The score as its definition reads, every stem against every stem: the reference the
// binary-search version must equal.
double reference_score(const Strings& a, const Strings& b, const vil::StemWeight& weight) {
  Strings x = a;
  Strings y = b;
  for (Strings* v : {&x, &y}) {
    std::sort(v->begin(), v->end());
    v->erase(std::unique(v->begin(), v->end()), v->end());
  }
  if (x.empty() || y.empty()) return x.empty() && y.empty() ? 1.0 : 0.0;
  const auto alike = [](const std::string& s, const std::string& t) {
    const std::string& shorter = s.size() <= t.size() ? s : t;
    const std::string& longer = s.size() <= t.size() ? t : s;
    return shorter == longer ||
           (vil::count_code_points(shorter) >= 3 && longer.compare(0, shorter.size(), shorter) == 0);
  };
  const auto alike_weight = [&](const Strings& p, const Strings& q) {
    double w = 0;
    for (const std::string& s : p)
      if (std::any_of(q.begin(), q.end(), [&](const std::string& t) { return alike(s, t); })) w += weight(s);
    return w;
  };
  double wx = 0;
  double wy = 0;
  for (const std::string& s : x) wx += weight(s);
  for (const std::string& s : y) wy += weight(s);
  const double shared = std::min(alike_weight(x, y), alike_weight(y, x));
  return std::min(1.0, (shared / std::min(wx, wy) + 2.0 * shared / (wx + wy)) / 2.0);
}

}  // namespace

TEST_CASE("vil::near_duplicate_score") {
  SUBCASE("equal lists score 1, lists with nothing alike 0") {
    CHECK(vil::near_duplicate_score(Strings{"bolig", "ung"}, Strings{"ung", "bolig", "bolig"}) == 1.0);
    CHECK(vil::near_duplicate_score(Strings{"bolig"}, Strings{"skol"}) == 0.0);
    CHECK(vil::near_duplicate_score(Strings{}, Strings{}) == 1.0);
    CHECK(vil::near_duplicate_score(Strings{}, Strings{"a"}) == 0.0);
  }
  SUBCASE("a stem of three letters or more is alike the stems it starts") {
    CHECK(vil::near_duplicate_score(Strings{"ung"}, Strings{"ungdom"}) == 1.0);
    CHECK(vil::near_duplicate_score(Strings{"klimaplan"}, Strings{"klima"}) == 1.0);
    CHECK(vil::near_duplicate_score(Strings{"æøå"}, Strings{"æøåx"}) == 1.0);  // letters, not bytes
    CHECK(vil::near_duplicate_score(Strings{"un"}, Strings{"ungdom"}) == 0.0);
    CHECK(vil::near_duplicate_score(Strings{"kl"}, Strings{"kli", "klima"}) == 0.0);
  }
  SUBCASE("a prefix found past stems that sort between it and the stem") {
    // "kli" < "klia" < "klima": "kli" starts "klima" though "klia" sorts between.
    // Shared 1 of 1 and of 2: containment 1, Dice 2/3.
    CHECK(vil::near_duplicate_score(Strings{"klima"}, Strings{"kli", "klia"}) == doctest::Approx(5.0 / 6.0));
  }
  SUBCASE("the same as comparing every stem with every stem, on random lists") {
    // Stems from a small alphabet with æ and ø, so that prefixes and near misses abound.
    const Strings letters = {"a", "b", "k", "l", "æ", "ø"};
    std::uint32_t state = 12345;
    const auto next = [&] {
      state = state * 1664525U + 1013904223U;
      return state >> 8;
    };
    const auto stems = [&] {
      Strings out;
      const std::size_t n = next() % 8;
      for (std::size_t i = 0; i < n; ++i) {
        std::string s;
        const std::size_t len = 1 + next() % 5;
        for (std::size_t j = 0; j < len; ++j) s += letters[next() % letters.size()];
        out.push_back(s);
      }
      return out;
    };
    const vil::StemWeight weight = [](const std::string& s) {
      return 1.0 + static_cast<double>(s.size() % 3);
    };
    std::size_t differ = 0;
    std::size_t partial = 0;
    for (int round = 0; round < 20000; ++round) {
      const Strings a = stems();
      const Strings b = stems();
      const double want = reference_score(a, b, weight);
      if (want > 0 && want < 1) ++partial;
      if (vil::near_duplicate_score(a, b, weight) != doctest::Approx(want)) ++differ;
    }
    CHECK(differ == 0);
    CHECK(partial > 1000);  // the lists were not all trivially equal or apart
  }
}

TEST_CASE("vil::alike_stems lists the pairs near_duplicate_score counts as alike") {
  const Strings sorted = {"bo",        "bol", "bolig", "boligpolitikk", "bom", "ung", "ungdom",
                          "ungdommen", "ur",  "øya"};
  const std::vector<std::vector<std::uint32_t>> alike = vil::alike_stems(sorted);
  REQUIRE(alike.size() == sorted.size());
  // Every pair against the score of the two one-stem lists: alike stems score 1.
  std::size_t pairs = 0;
  for (std::size_t i = 0; i < sorted.size(); ++i) {
    for (std::size_t j = 0; j < sorted.size(); ++j) {
      const bool listed = std::binary_search(alike[i].begin(), alike[i].end(), static_cast<std::uint32_t>(j));
      const bool scored = vil::near_duplicate_score(Strings{sorted[i]}, Strings{sorted[j]}) == 1.0;
      CHECK_MESSAGE(listed == scored, sorted[i], " / ", sorted[j]);
      pairs += listed && i != j;
    }
  }
  // bol-bolig, bol-boligpolitikk, bolig-boligpolitikk, ung-ungdom, ung-ungdommen,
  // ungdom-ungdommen, each both ways; "bo" is too short to start anything.
  CHECK(pairs == 12);
}

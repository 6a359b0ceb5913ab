#include "vil/index.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <unordered_map>
#include <vector>

namespace {

using Features = std::unordered_map<std::string, double>;

// Each result as (doc, score rounded to 3 decimals) for comparing.
std::vector<std::pair<std::size_t, long>> rounded(const std::vector<vil::Scored>& scored) {
  std::vector<std::pair<std::size_t, long>> out;
  for (const vil::Scored& s : scored) out.emplace_back(s.doc, std::lround(s.score * 1000));
  return out;
}

}  // namespace

TEST_CASE("vil::Index::top") {
  // Documents 0-3 are the left side; 4 is the query.
  vil::TfIdf tfidf;
  tfidf.add(Features{{"bolig", 1}, {"asker", 1}});
  tfidf.add(Features{{"bolig", 2}});
  tfidf.add(Features{{"vei", 1}});
  tfidf.add(Features{{"bolig", 1}, {"klima", 1}});
  tfidf.add(Features{{"bolig", 1}, {"klima", 1}});
  tfidf.finish();
  vil::Index index(tfidf, {0, 1, 2, 3});
  const vil::SparseVector& query = tfidf.vector(4);
  std::vector<vil::Scored> fast;
  std::vector<vil::Scored> slow;
  SUBCASE("the best k, best first, the same as scoring every document") {
    index.top(query, 2, 0.0, fast);
    index.top_exhaustive(query, 2, 0.0, slow);
    REQUIRE(fast.size() == 2);
    CHECK(fast[0].doc == 3);
    CHECK(fast[0].score == doctest::Approx(1.0));
    CHECK(rounded(fast) == rounded(slow));
  }
  SUBCASE("documents sharing no term are left out; a least score cuts") {
    index.top(query, 10, 0.0, fast);
    CHECK(fast.size() == 3);
    index.top(query, 10, 0.99, fast);
    CHECK(rounded(fast) == std::vector<std::pair<std::size_t, long>>{{3, 1000}});
    index.top(tfidf.vector(0), 0, 0.0, fast);
    CHECK(fast.empty());
  }
}

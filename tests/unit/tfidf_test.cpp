#include "vil/tfidf.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <string>
#include <unordered_map>

namespace {

using Features = std::unordered_map<std::string, double>;

double length(const vil::SparseVector& v) {
  double sum = 0;
  for (float w : v.weights) sum += static_cast<double>(w) * static_cast<double>(w);
  return std::sqrt(sum);
}

}  // namespace

TEST_CASE("vil::TfIdf") {
  vil::TfIdf tfidf;
  CHECK(tfidf.add(Features{{"a", 1}, {"b", 1}}) == 0);
  CHECK(tfidf.add(Features{{"a", 1}, {"b", 1}}) == 1);
  CHECK(tfidf.add(Features{{"c", 3}}) == 2);
  tfidf.finish();
  REQUIRE(tfidf.size() == 3);
  SUBCASE("unit vectors, terms ascending") {
    for (std::size_t d = 0; d < 3; ++d) CHECK(length(tfidf.vector(d)) == doctest::Approx(1.0));
    const vil::SparseVector& v = tfidf.vector(0);
    REQUIRE(v.terms.size() == 2);
    CHECK(v.terms[0] < v.terms[1]);
  }
  SUBCASE("the cosine of two texts is their dot product") {
    CHECK(vil::dot(tfidf.vector(0), tfidf.vector(1)) == doctest::Approx(1.0));
    CHECK(vil::dot(tfidf.vector(0), tfidf.vector(2)) == 0.0);
  }
  SUBCASE("terms by id") {
    REQUIRE(tfidf.id("c") >= 0);
    CHECK(tfidf.term(static_cast<std::uint32_t>(tfidf.id("c"))) == "c");
    CHECK(tfidf.id("missing") == -1);
  }
}

TEST_CASE("vil::TfIdf::finish") {
  // With a reference, a term's idf is the reference's: a term common there weighs
  // less than one it lacks, whatever the documents of the run are.
  vil::Reference reference;
  reference.documents = 100;
  reference.df = {{"common", 90}};
  vil::TfIdf tfidf;
  tfidf.add(Features{{"common", 1}, {"rare", 1}});
  tfidf.finish(&reference);
  const vil::SparseVector& v = tfidf.vector(0);
  REQUIRE(v.terms.size() == 2);
  const std::size_t common = v.terms[0] == static_cast<std::uint32_t>(tfidf.id("common")) ? 0 : 1;
  CHECK(v.weights[common] < v.weights[1 - common]);
}

TEST_CASE("vil::TfIdf::add_ids") {
  // Features by interned id give the vectors that features by name give.
  vil::TfIdf by_name, by_id;
  by_name.add(Features{{"sykkel", 2}, {"vei", 1}});
  by_name.add(Features{{"vei", 1}, {"bolig", 3}});
  const std::uint32_t sykkel = by_id.intern("sykkel"), vei = by_id.intern("vei"),
                      bolig = by_id.intern("bolig");
  CHECK(by_id.intern("vei") == vei);  // interning again gives the same id
  CHECK(sykkel == 0);
  CHECK(bolig == 2);
  by_id.add_ids({{sykkel, 2}, {vei, 1}});
  by_id.add_ids({{vei, 1}, {bolig, 3}});
  by_name.finish();
  by_id.finish();
  for (std::size_t d = 0; d < 2; ++d)
    for (const char* term : {"sykkel", "vei", "bolig"}) {
      const auto weight = [&](const vil::TfIdf& t) {
        const vil::SparseVector& v = t.vector(d);
        for (std::size_t i = 0; i < v.terms.size(); ++i)
          if (t.term(v.terms[i]) == term) return static_cast<double>(v.weights[i]);
        return 0.0;
      };
      CHECK(weight(by_name) == weight(by_id));
    }
  CHECK(vil::dot(by_id.vector(0), by_id.vector(1)) ==
        doctest::Approx(vil::dot(by_name.vector(0), by_name.vector(1))));
}

#include "vil/align.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace {

// A bullet whose stems are the shared ones and one of its own.
vil::AlignItem item(const std::string& doc, std::size_t i, const std::vector<std::string>& shared) {
  vil::AlignItem it;
  it.kind = "bullet";
  it.id = doc + std::to_string(i);
  it.key = doc + " " + std::to_string(i);
  it.stems = shared;
  it.stems.push_back(doc + "own" + std::to_string(i));
  it.doc = doc;
  return it;
}

std::size_t count(const std::vector<vil::Alignment>& a, vil::AlignOp op) {
  std::size_t n = 0;
  for (const vil::Alignment& x : a) n += x.op == op;
  return n;
}

}  // namespace

TEST_CASE("vil::align pairs the best total, not the first match") {
  // l0 fits r0 and r1; l1 fits only r0. Greedy-first would give l0-r0 and leave l1.
  std::vector<vil::AlignItem> left = {item("a", 0, {"x", "y", "z"}), item("a", 1, {"x", "y", "w"})};
  std::vector<vil::AlignItem> right = {item("b", 0, {"x", "y", "z", "w"}), item("b", 1, {"x", "y", "z"})};
  const std::vector<vil::Alignment> a = vil::align(left, right, 0.3);
  REQUIRE(count(a, vil::AlignOp::changed) == 2);
  for (const vil::Alignment& x : a) {
    if (x.op != vil::AlignOp::changed) continue;
    CHECK(x.right == (x.left == 0 ? 1u : 0u));  // l0-r1 and l1-r0: both paired
  }
  CHECK(count(a, vil::AlignOp::removed) == 0);
}

TEST_CASE("vil::align pairs a group larger than k_max_exact_group greedily, and fully") {
  // Near-duplicates all alike: one connected group of more records than the
  // Hungarian algorithm is given. Every record still finds a partner.
  const std::vector<std::string> shared = {"skole", "barn", "lærer", "bygg", "vei", "buss", "helse", "park"};
  std::vector<vil::AlignItem> left;
  std::vector<vil::AlignItem> right;
  const std::size_t n = vil::k_max_exact_group + 100;
  for (std::size_t i = 0; i < n; ++i) {
    left.push_back(item("a", i, shared));
    right.push_back(item("b", i, shared));
  }
  const std::vector<vil::Alignment> a = vil::align(left, right, 0.3);
  CHECK(count(a, vil::AlignOp::changed) == n);
  CHECK(count(a, vil::AlignOp::removed) == 0);
  CHECK(count(a, vil::AlignOp::added) == 0);
}

TEST_CASE("vil::treat_as_one_document") {
  const auto items = [](const std::string& doc, std::size_t n) {
    std::vector<vil::AlignItem> out;
    for (std::size_t i = 0; i < n; ++i) out.push_back(item(doc, i, {"x"}));
    return out;
  };
  SUBCASE("versions whose ids differ in digits and separators: one document") {
    std::vector<vil::AlignItem> right = items("program-2023", 2);
    CHECK(vil::treat_as_one_document(items("program-2019", 3), right));
    CHECK(right[0].doc == "program-2019");
    CHECK(right[1].doc == "program-2019");
    std::vector<vil::AlignItem> v2 = items("plan_v2", 1);
    CHECK(vil::treat_as_one_document(items("plan_v1", 1), v2));
  }
  SUBCASE("two programs, a side with two documents, or one document already: unchanged") {
    std::vector<vil::AlignItem> baerum = items("ps-baerum", 2);
    CHECK_FALSE(vil::treat_as_one_document(items("ps-asker", 2), baerum));
    CHECK(baerum[0].doc == "ps-baerum");
    std::vector<vil::AlignItem> mixed = items("program-2023", 1);
    mixed.push_back(item("other", 9, {"x"}));
    CHECK_FALSE(vil::treat_as_one_document(items("program-2019", 2), mixed));
    CHECK(mixed[0].doc == "program-2023");
    std::vector<vil::AlignItem> same = items("a", 1);
    CHECK_FALSE(vil::treat_as_one_document(items("a", 1), same));
    std::vector<vil::AlignItem> none;
    CHECK_FALSE(vil::treat_as_one_document(items("a", 1), none));
  }
}

TEST_CASE("vil::align: a changed pair scores below 1") {
  // Equal content stems, different keys (a function word): changed, at most 0.999.
  std::vector<vil::AlignItem> left = {item("a", 0, {"kutt", "utslipp"})};
  std::vector<vil::AlignItem> right = {left[0]};
  left[0].stems = {"kutt", "utslipp"};
  right[0].stems = {"kutt", "utslipp"};
  right[0].id = "other";
  right[0].key = left[0].key + " nå";
  const std::vector<vil::Alignment> a = vil::align(left, right, 0.5);
  REQUIRE(a.size() == 1);
  CHECK(a[0].op == vil::AlignOp::changed);
  CHECK(a[0].score == vil::k_max_changed_score);
}

TEST_CASE("vil::align: the index finds the same alignments as scoring every pair") {
  // Random records over a small vocabulary with prefixes ("bol", "bolig"), shared
  // common stems and repeated texts, on both sides, of two kinds; some equal ids.
  const std::vector<std::string> vocabulary = {"bol",    "bolig", "boligpolitikk", "ung", "ungdom", "skol",
                                               "skolen", "klima", "kommun",        "by",  "vei",    "tur"};
  std::uint32_t state = 2026;
  const auto next = [&] {
    state = state * 1664525U + 1013904223U;
    return state >> 8;
  };
  const auto record = [&](const std::string& side, std::size_t i) {
    vil::AlignItem it;
    it.kind = next() % 4 == 0 ? "strategy" : "bullet";
    it.id = next() % 10 == 0 ? "same" + std::to_string(i) : side + std::to_string(i);
    const std::size_t n = 1 + next() % 6;
    for (std::size_t k = 0; k < n; ++k) it.stems.push_back(vocabulary[next() % vocabulary.size()]);
    for (const std::string& s : it.stems) it.key += s + " ";
    it.doc = side;
    return it;
  };
  std::size_t changed = 0;
  for (int round = 0; round < 40; ++round) {
    std::vector<vil::AlignItem> left;
    std::vector<vil::AlignItem> right;
    for (std::size_t i = 0; i < 30; ++i) left.push_back(record("a", i));
    for (std::size_t i = 0; i < 30; ++i) right.push_back(record("b", i));
    for (double threshold : {0.1, 0.3, 0.5, 0.8}) {
      const std::vector<vil::Alignment> indexed = vil::align(left, right, threshold);
      const std::vector<vil::Alignment> every = vil::align(left, right, threshold, true);
      REQUIRE(indexed.size() == every.size());
      for (std::size_t i = 0; i < indexed.size(); ++i) {
        CHECK(indexed[i].op == every[i].op);
        CHECK(indexed[i].left == every[i].left);
        CHECK(indexed[i].right == every[i].right);
        CHECK(indexed[i].score == every[i].score);
        changed += indexed[i].op == vil::AlignOp::changed;
      }
    }
  }
  CHECK(changed > 1000);  // near duplicates were paired, not only equal texts
}

TEST_CASE("vil::align: records of different kinds are never one class, whatever the kind's name") {
  // A kind name holding the separator of a naive key ("bullet\x1fbolig" with stem x,
  // "bullet" with stems bolig and x) must not merge the two right records.
  vil::AlignItem l0{"bullet", "l0", "l0", {"bolig", "x", "y"}, "a"};
  vil::AlignItem r0{
      "bullet\x1f"
      "bolig",
      "r0",
      "r0",
      {"x"},
      "b"};
  vil::AlignItem r1{"bullet", "r1", "r1", {"bolig", "x"}, "b"};
  const std::vector<vil::Alignment> a = vil::align({l0}, {r0, r1}, 0.3);
  REQUIRE(count(a, vil::AlignOp::changed) == 1);
  for (const vil::Alignment& x : a)
    if (x.op == vil::AlignOp::changed) CHECK(x.right == 1u);
}

#include "vil/agreement.hpp"

#include <doctest/doctest.h>

#include <string>

namespace {

const char* const k_gold =
    "pledge\tstrong\tacceptable\ttext\n"
    "a:1\tplan:10\tplan:11,plan:12\tfirst pledge\n"
    "a:2\t\tplan:20\tsecond\n"
    "a:3\t\t\taddresses nothing\n"
    "b:1\tplan:30\t\tthird\n";

vil::LinkSets links() {
  vil::LinkSets l;
  l["a:1"] = {{"plan:11", true}, {"plan:99", true}, {"plan:10", false}};   // best accepted
  l["a:2"] = {{"plan:98", true}, {"plan:97", false}, {"plan:20", false}};  // accepted third
  l["a:3"] = {{"plan:10", false}};                                         // none, not counted
  // b:1 got no link at all
  return l;
}

}  // namespace

TEST_CASE("vil::parse_coding by pledge") {
  vil::Coding c;
  std::string err;
  REQUIRE(vil::parse_coding(k_gold, "gold.tsv", c, err));
  REQUIRE(c.pledges.size() == 4);
  CHECK(c.pledges.at("a:1").strong == std::set<std::string>{"plan:10"});
  CHECK(c.pledges.at("a:1").acceptable == std::set<std::string>{"plan:11", "plan:12"});
  CHECK(c.pledges.at("a:3").complete);
  CHECK(c.pledges.at("a:3").strong.empty());
}

TEST_CASE("vil::parse_coding sheet") {
  vil::Coding c;
  std::string err;
  SUBCASE("TSV, comments first") {
    REQUIRE(vil::parse_coding(
        "# coded by hand\nright\trank\tleft\tcode\na:1\t1\tplan:10\tStrong\na:1\t2\tplan:11\tno\n"
        "a:2\t1\tplan:20\t\n",
        "s.tsv", c, err));
    CHECK(c.pledges.at("a:1").strong == std::set<std::string>{"plan:10"});
    CHECK(c.pledges.at("a:1").rejected == std::set<std::string>{"plan:11"});
    CHECK_FALSE(c.pledges.at("a:1").complete);
    CHECK(c.pledges.at("a:2").strong.empty());  // not coded yet
  }
  SUBCASE("CSV with quotes") {
    REQUIRE(vil::parse_coding("right,left,code,right_text\na:1,plan:10,yes,\"a, \"\"quoted\"\" text\"\n",
                              "s.csv", c, err));
    CHECK(c.pledges.at("a:1").acceptable == std::set<std::string>{"plan:10"});
  }
  SUBCASE("contradictions are merged and said") {
    REQUIRE(vil::parse_coding("right\tleft\tcode\na:1\tplan:10\tyes\na:1\tplan:11\tno\n", "one.tsv", c, err));
    CHECK(c.warnings.empty());
    REQUIRE(vil::parse_coding("right\tleft\tcode\na:1\tplan:10\tno\na:1\tplan:11\tno\n", "two.tsv", c, err));
    REQUIRE(c.warnings.size() == 1);
    CHECK(c.warnings[0] ==
          "two.tsv:2: a:1 -> plan:10 is coded both accepted and no (here or in another coding); counted as "
          "accepted");
    REQUIRE(
        vil::parse_coding("pledge\tstrong\tacceptable\nb:1\tplan:1\t\nb:2\t\t\nb:1\t\t\n", "p.tsv", c, err));
    REQUIRE(c.warnings.size() == 2);
    CHECK(c.warnings[1] == "p.tsv:4: pledge b:1 is coded again (first on line 2); the two are merged");
    CHECK(c.pledges.at("b:1").strong == std::set<std::string>{"plan:1"});
  }
  SUBCASE("errors") {
    CHECK_FALSE(vil::parse_coding("right\tleft\tcode\na:1\tplan:1\tmaybe\n", "s.tsv", c, err));
    CHECK(err == "s.tsv:2: code 'maybe': expected strong, acceptable, yes, no or nothing");
    CHECK_FALSE(vil::parse_coding("id\ttext\n", "s.tsv", c, err));
    CHECK(err ==
          "s.tsv:1: expected a header with pledge, strong and acceptable (a coding by pledge) or right, left "
          "and "
          "code (a coding sheet)");
    CHECK_FALSE(vil::parse_coding("# only a comment\n", "s.tsv", c, err));
    CHECK(err == "s.tsv: no header line: not a coding");
  }
}

TEST_CASE("vil::agreement") {
  vil::Coding c;
  std::string err;
  REQUIRE(vil::parse_coding(k_gold, "gold.tsv", c, err));
  const std::vector<vil::Agreement> rows = vil::agreement(c, links());
  REQUIRE(rows.size() == 3);
  CHECK(rows[0].group == "a");
  CHECK(rows[1].group == "b");
  const vil::Agreement& all = rows[2];
  CHECK(all.group == "all");
  CHECK(all.pledges == 4);
  CHECK(all.with_rows == 3);    // a:1, a:2, b:1
  CHECK(all.hits_at_1 == 1);    // a:1
  CHECK(all.hits_at_3 == 2);    // a:1, a:2
  CHECK(all.best_judged == 3);  // a:1, a:2, a:3 (b:1 has no link)
  CHECK(all.best_right == 1);
  CHECK(all.counted == 3);  // a:1's first two, a:2's first
  CHECK(all.counted_right == 1);
  CHECK(all.coded_none == 1);
  CHECK(all.none_unlinked == 1);  // a:3's one link is not counted
  CHECK(vil::format_agreement(rows, vil::TableFormat::tsv)
            .find("all\t4\t1/3 (33%)\t2/3 (67%)\t1/3 (33%)\t1/3 (33%)\t1/1 (100%)\n") != std::string::npos);
  CHECK(
      vil::format_agreement({all}, vil::TableFormat::json) ==
      "{\"group\":\"all\",\"pledges\":4,\"recall_at_1\":0.3333,\"recall_at_3\":0.6667,\"precision_at_1\":0."
      "3333,"
      "\"counted_precision\":0.3333,\"none_unlinked\":1.0000,\"with_rows\":3,\"hits_at_1\":1,\"hits_at_3\":2,"
      "\"best_judged\":3,\"best_right\":1,\"counted\":3,\"counted_right\":1,\"coded_none\":1,\"none_unlinked_"
      "count\":1}\n");
}

TEST_CASE("vil::disagreements") {
  vil::Coding c;
  std::string err;
  REQUIRE(vil::parse_coding(k_gold, "gold.tsv", c, err));
  const std::vector<vil::Disagreement> d = vil::disagreements(c, links());
  REQUIRE(d.size() == 2);
  CHECK(d[0].pledge == "a:2");
  CHECK(d[0].problem == "best-wrong");
  CHECK(d[0].links == std::vector<std::string>{"plan:98*", "plan:97", "plan:20"});
  CHECK(d[1].pledge == "b:1");
  CHECK(d[1].problem == "missed");
}

TEST_CASE("vil::calibration") {
  vil::Coding c;
  std::string err;
  REQUIRE(vil::parse_coding(k_gold, "gold.tsv", c, err));
  vil::LinkSets l = links();
  l["a:1"][0].score = 0.55;  // right, best
  l["a:1"][1].score = 0.31;  // wrong (not listed), lower
  l["a:1"][2].score = 0.30;  // right, lower
  l["a:2"][0].score = 0.35;  // wrong, best
  l["a:2"][1].score = 0.2;
  l["a:2"][2].score = 0.1;  // right, lower
  l["a:3"][0].score = 1.0;  // wrong (coded none), best: the top band
  const std::vector<vil::Calibration> rows = vil::calibration(c, l);
  REQUIRE(rows.size() == 6);
  CHECK(vil::format_calibration(rows, vil::TableFormat::tsv) ==
        "score\trank\tlinks judged\tright\n"
        "0.3-0.4\t1\t1\t0/1 (0%)\n"
        "0.5-0.6\t1\t1\t1/1 (100%)\n"
        "0.9-1.0\t1\t1\t0/1 (0%)\n"
        "0.1-0.2\t2+\t1\t1/1 (100%)\n"
        "0.2-0.3\t2+\t1\t0/1 (0%)\n"
        "0.3-0.4\t2+\t2\t1/2 (50%)\n");
}

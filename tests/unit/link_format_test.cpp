#include "vil/link_format.hpp"

#include <doctest/doctest.h>

#include <cstdio>
#include <random>
#include <string>

namespace {

vil::Link sample(const vil::Concepts&) {
  vil::Link l;
  l.rank = 1;
  l.score = 0.53049;
  l.cosine = 0.4;
  l.addresses = true;
  l.why.words = {"matsvinn"};
  l.why.concepts = {0};
  l.why.context = {"klima"};
  l.why.tags = {"sdg:12"};
  return l;
}

}  // namespace

TEST_CASE("vil::append_link_json") {
  vil::Concepts c;
  std::string err;
  REQUIRE(c.add_lexicon("waste\tmatsvinn\tfood waste\n", "lexicon/concepts.tsv", err));
  std::string out;
  vil::append_link_json(out, sample(c), c, {R"({"id":"l"})", "plan:94", "Plan."}, {R"({"id":"r"})", "a:1", "Pledge."});
  CHECK(out ==
        R"({"rank":1,"score":0.5305,"cosine":0.4000,"addresses":true,"shared":{"words":["matsvinn"],)"
        R"("concepts":[{"concept":"waste","rule":"lexicon/concepts.tsv:1"}],"context":["klima"],"tags":["sdg:12"]},)"
        R"("left":{"id":"l"},"right":{"id":"r"}})"
        "\n");
}

TEST_CASE("vil::append_link_json writes scores as printf's %.4f does") {
  // Scores are written with std::to_chars: the same text as "%.4f", ties and all.
  vil::Concepts c;
  std::mt19937_64 rng(12);
  std::uniform_real_distribution<double> any(0, 1);
  int checked = 0;
  for (int i = 0; i < 30000; ++i) {
    // Every step of 0.0001, those halfway between steps, then any score.
    const double x = i <= 10000 ? i / 10000.0 : i <= 20000 ? (i - 10000) / 10000.0 - 0.00005 : any(rng);
    vil::Link l;
    l.score = x;
    std::string out;
    vil::append_link_json(out, l, c, {"{}", "", ""}, {"{}", "", ""});
    char want[32];
    std::snprintf(want, sizeof want, "%.4f", x);
    const std::size_t at = out.find("\"score\":") + 8;
    REQUIRE(out.compare(at, std::string(want).size() + 1, std::string(want) + ",") == 0);
    ++checked;
  }
  CHECK(checked == 30000);
}

TEST_CASE("vil::append_link_sheet_row") {
  vil::Concepts c;
  std::string err;
  REQUIRE(c.add_lexicon("waste\tmatsvinn\tfood waste\n", "c.tsv", err));
  CHECK(vil::link_sheet_header(vil::TableFormat::tsv) ==
        "right\trank\tscore\taddresses\tleft\tcode\tright_text\tleft_text\tshared\n");
  std::string out;
  vil::append_link_sheet_row(out, sample(c), c, {"{}", "plan:94", "Plan, with a comma."}, {"{}", "a:1", "=HYPERLINK(x)"},
                             vil::TableFormat::csv);
  CHECK(out == "a:1,1,0.5305,yes,plan:94,,'=HYPERLINK(x),\"Plan, with a comma.\",matsvinn concept:waste context:klima tag:sdg:12\n");
}

TEST_CASE("vil::append_unmatched_json") {
  std::string out;
  vil::append_unmatched_json(out, "right", R"({"text":"x"})");
  vil::append_unmatched_json(out, "left", "{}");
  CHECK(out == "{\"unmatched\":\"right\",\"right\":{\"text\":\"x\"}}\n{\"unmatched\":\"left\",\"left\":{}}\n");
}

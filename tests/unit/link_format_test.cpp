#include "vil/link_format.hpp"

#include <doctest/doctest.h>

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

#include "vil/tagger.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "vil/json_writer.hpp"

namespace {

using Strings = std::vector<std::string>;

// A rule set of one file, compiled; the test stops on a problem.
void load(vil::RuleSet& rules, std::string_view text) {
  vil::Diagnostic d;
  REQUIRE_MESSAGE(rules.add_file("r.tsv", text, d), vil::format_diagnostic(d));
  std::string err;
  REQUIRE_MESSAGE(rules.compile(err), err);
}

// Tags one JSON record; the parser keeps the record alive for the result.
struct Run {
  simdjson::dom::parser parser;
  vil::Tagging tagging;
  std::string problem;
  bool ok = false;

  Run(const vil::RuleSet& rules, std::string_view json) {
    simdjson::dom::element root;
    REQUIRE(parser.parse(std::string(json)).get(root) == simdjson::SUCCESS);
    vil::Tagger tagger(rules);
    ok = tagger.tag(root, tagging, problem);
  }

  // Each why entry, old as read and new as "TAG RULE FIELD".
  Strings why() const {
    Strings out;
    for (simdjson::dom::element w : tagging.old_why) out.push_back(vil::json_value(w));
    for (const vil::TagHit& h : tagging.new_why) out.push_back(h.tag + " " + h.rule + " " + h.field);
    return out;
  }
};

}  // namespace

TEST_CASE("vil::Tagger::tag") {
  vil::RuleSet rules;
  load(rules, "topic:climate\tklima\ntopic:housing\tbolig\n");
  SUBCASE("the tags of the rules that fired, sorted, with why") {
    const Run run(rules, R"({"text":"bolig og klima"})");
    REQUIRE(run.ok);
    CHECK(run.tagging.tags == Strings{"topic:climate", "topic:housing"});
    CHECK(run.why() == Strings{"topic:climate r.tsv:1 text", "topic:housing r.tsv:2 text"});
    CHECK(run.tagging.warnings.empty());
  }
  SUBCASE("old tags and why entries are kept; a reason already given is not given twice") {
    const Run run(rules, R"({"text":"klima","tags":["mine"],)"
                         R"("why":[{"tag":"topic:climate","rule":"r.tsv:1","field":"text","words":["x"]}]})");
    REQUIRE(run.ok);
    CHECK(run.tagging.tags == Strings{"mine", "topic:climate"});
    CHECK(run.why() == Strings{R"({"tag":"topic:climate","rule":"r.tsv:1","field":"text","words":["x"]})"});
  }
  SUBCASE("a plan row's own SDGs; a value that is no SDG is warned about") {
    const Run run(rules, R"({"kind":"goal","text":"x","refs":{"raw":"FN 3, 18","sdg":[3,18]}})");
    REQUIRE(run.ok);
    CHECK(run.tagging.tags == Strings{"sdg:3"});
    CHECK(run.tagging.warnings == Strings{"refs.sdg value 18 is not an SDG (1 to 17): no tag"});
  }
  SUBCASE("a record that cannot take tags") {
    CHECK(Run(rules, R"({"text":"klima","tags":"x"})").problem ==
          "record's \"tags\" is not an array of strings");
    CHECK(Run(rules, R"({"text":"klima","tags":[1]})").problem ==
          "record's \"tags\" is not an array of strings");
    const Run bad_why(rules, R"({"text":"klima","why":{}})");
    CHECK_FALSE(bad_why.ok);
    CHECK(bad_why.problem == "record's \"why\" is not an array");
  }
}

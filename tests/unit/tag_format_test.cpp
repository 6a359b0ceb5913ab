#include "vil/tag_format.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "parsed_record.hpp"

TEST_CASE("vil::append_why_json") {
  vil::TagHit hit;
  hit.tag = "topic:climate";
  hit.rule = "tags/topics.tsv:3";
  hit.field = "path.0";
  hit.words = {"klima", "\"CO2\""};
  std::string out;
  vil::append_why_json(out, hit);
  CHECK(out ==
        R"({"tag":"topic:climate","rule":"tags/topics.tsv:3","field":"path.0","words":["klima","\"CO2\""]})");
}

TEST_CASE("vil::append_tagged_record") {
  vil::RuleSet rules;
  vil::Diagnostic d;
  REQUIRE(rules.add_file("r.tsv", "topic:climate\tklima\n", d));
  std::string err;
  REQUIRE(rules.compile(err));
  // The record as it came, its tags and why replaced: old why entries first.
  const std::string_view line =
      R"({"text":"klima", "tags":["mine"],"why":[{"tag":"mine","rule":"hand"}],"n":1})";
  const vil::test::ParsedRecord record(line);
  vil::Tagger tagger(rules);
  vil::Tagging tagging;
  REQUIRE(tagger.tag(record.root, tagging, err));
  std::string out;
  vil::append_tagged_record(out, record.raw, record.object, tagging);
  CHECK(out == R"({"text":"klima", "tags":["mine","topic:climate"],"why":[{"tag":"mine","rule":"hand"},)"
               R"({"tag":"topic:climate","rule":"r.tsv:1","field":"text","words":["klima"]}],"n":1})"
               "\n");
}

#include "vil/record_parser.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "vil/json_writer.hpp"
#include "vil/line_batcher.hpp"

namespace {

using Strings = std::vector<std::string>;

// Parses a record the way the readers do, from a buffer with simdjson's padding.
struct ParseResult {
  bool ok = false;
  std::string err;
};

ParseResult parse_record(vil::RecordParser& parser, std::string_view json) {
  const simdjson::padded_string padded(json);
  simdjson::dom::element root;
  simdjson::dom::object object;
  ParseResult r;
  r.ok = parser.parse(std::string_view(padded.data(), padded.size()), root, object, r.err);
  return r;
}

std::string parse_error(std::string_view json) {
  vil::RecordParser parser;
  const ParseResult r = parse_record(parser, json);
  CHECK_FALSE(r.ok);
  return r.err;
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// What one line of a batch came out as: "INDEX [RAW] " and the problem or the record
// written back as JSON.
std::string describe(const vil::ParsedLine& line) {
  return std::to_string(line.index) + " [" + std::string(line.raw) + "] " +
         (line.problem.empty() ? vil::json_value(line.root) : "problem: " + line.problem);
}

// parse_batch over a batch, and whether it had to restart line by line.
Strings parse_batch(std::string_view batch, bool& restarted) {
  const simdjson::padded_string padded(batch);
  vil::RecordParser parser;
  Strings out;
  restarted = false;
  parser.parse_batch(
      padded.data(), batch.size(), static_cast<std::size_t>(std::count(batch.begin(), batch.end(), '\n')),
      [&](const vil::ParsedLine& line) { out.push_back(describe(line)); },
      [&] {
        restarted = true;
        out.clear();
      });
  return out;
}

// The same lines parsed one at a time with parse, as the reference.
Strings parse_each(std::string_view batch) {
  vil::RecordParser parser;
  Strings out;
  std::size_t pos = 0;
  const simdjson::padded_string padded(batch);
  for (std::size_t index = 0; pos < batch.size(); ++index) {
    const std::string_view raw = vil::next_line(padded.data(), batch.size(), pos);
    if (vil::is_blank_line(raw)) continue;
    vil::ParsedLine line;
    line.index = index;
    line.raw = raw;
    parser.parse(raw, line.root, line.object, line.problem);
    out.push_back(describe(line));
  }
  return out;
}

}  // namespace

TEST_CASE("vil::RecordParser::parse_batch") {
  SUBCASE("records in one pass: the same as line by line") {
    std::string batch;
    for (int i = 0; i < 300; ++i) {
      batch += "{\"doc\":\"d\",\"n\":" + std::to_string(i) + ",\"text\":\"t\\u00e6 " + std::to_string(i) +
               "\",\"meta\":{\"a\":[1,{\"b\":null}]}}";
      batch += i % 5 == 0 ? "\r\n" : i % 7 == 0 ? "  \n\n \t\n" : "\n";
    }
    bool restarted = true;
    const Strings got = parse_batch(batch, restarted);
    CHECK_FALSE(restarted);
    CHECK(got.size() == 300);
    CHECK(got == parse_each(batch));
  }
  SUBCASE("spaces around a record, and no newline at the end") {
    const std::string batch = "  {\"text\":\"a\"}  \n\t{\"text\":\"b\"}\r\n{\"text\":\"c\"}";
    bool restarted = true;
    const Strings got = parse_batch(batch, restarted);
    CHECK_FALSE(restarted);
    REQUIRE(got.size() == 3);
    CHECK(got[0] == "0 [  {\"text\":\"a\"}  ] {\"text\":\"a\"}");
    CHECK(got[1] == "1 [\t{\"text\":\"b\"}] {\"text\":\"b\"}");
    CHECK(got[2] == "2 [{\"text\":\"c\"}] {\"text\":\"c\"}");
    CHECK(got == parse_each(batch));
  }
  SUBCASE("records with problems the one pass tells as parse does") {
    const std::string batch =
        "{\"text\":\"a\",\"text\":\"b\"}\n{\"doc\":\"x\"}\n{\"text\":5}\n{\"text\":\"ok\"}\n";
    bool restarted = true;
    const Strings got = parse_batch(batch, restarted);
    CHECK_FALSE(restarted);
    CHECK(got == parse_each(batch));
    REQUIRE(got.size() == 4);
    CHECK(got[0] == "0 [{\"text\":\"a\",\"text\":\"b\"}] problem: duplicate key \"text\"");
  }
  SUBCASE("lines only the line-by-line parse reports as it does: restart, same result") {
    const std::string ok = "{\"text\":\"a\"}\n";
    for (const std::string bad : {"{\"text\":\"b\"} {\"text\":\"c\"}\n", "{\"text\":\n\"b\"}\n", "[1,2]\n",
                                  "\"text\"\n", "17\n", "not json\n", "{\"text\":\"b\"\n",
                                  "{\"text\":\"b\"}x\n", "{\"text\":\"\xFF\"}\n", "{\"text\":\"b\"}{}\n"}) {
      CAPTURE(bad);
      const std::string batch = ok + bad + ok;
      bool restarted = false;
      const Strings got = parse_batch(batch, restarted);
      CHECK(restarted);
      CHECK(got == parse_each(batch));
    }
  }
  SUBCASE("a truncated record at the end") {
    const std::string batch = "{\"text\":\"a\"}\n{\"text\":";
    bool restarted = false;
    const Strings got = parse_batch(batch, restarted);
    CHECK(restarted);
    CHECK(got == parse_each(batch));
    REQUIRE(got.size() == 2);
    CHECK(got[1].find("] problem: not valid JSON") != std::string::npos);
  }
}

TEST_CASE("vil::RecordParser::parse") {
  const std::string k_not_object = "not a JSON object (a record is one object per line)";

  SUBCASE("a valid record: root and object are the record") {
    vil::RecordParser parser;
    const simdjson::padded_string padded(std::string_view(R"({"id":"a1","text":"Hei","n":3})"));
    simdjson::dom::element root;
    simdjson::dom::object object;
    std::string err;
    REQUIRE(parser.parse(std::string_view(padded.data(), padded.size()), root, object, err));
    CHECK(root.type() == simdjson::dom::element_type::OBJECT);
    CHECK(object.size() == 3);
    std::string_view text;
    REQUIRE(object["text"].get(text) == simdjson::SUCCESS);
    CHECK(text == "Hei");
    std::int64_t n = 0;
    REQUIRE(root["n"].get(n) == simdjson::SUCCESS);
    CHECK(n == 3);
  }
  SUBCASE("not JSON") {
    for (const char* line :
         {"hei", "{\"text\":", "{\"text\":\"a\"} x", "", "{'text':'a'}", "{\"text\":\"\xff\"}"}) {
      CAPTURE(line);
      const std::string err = parse_error(line);
      CHECK(starts_with(err, "not valid JSON: "));
      CHECK(err.size() > std::string_view("not valid JSON: ").size());
      CHECK(err.find('\n') == std::string::npos);
    }
  }
  SUBCASE("JSON that is not an object") {
    CHECK(parse_error(R"(["text"])") == k_not_object);
    CHECK(parse_error("42") == k_not_object);
    CHECK(parse_error(R"("text")") == k_not_object);
    CHECK(parse_error("null") == k_not_object);
    CHECK(parse_error("true") == k_not_object);
  }
  SUBCASE("no text") {
    CHECK(parse_error(R"({"id":"a"})") == "record has no \"text\" field");
    CHECK(parse_error("{}") == "record has no \"text\" field");
    CHECK(parse_error(R"({"meta":{"text":"nested does not count"}})") == "record has no \"text\" field");
  }
  SUBCASE("text that is not a string") {
    CHECK(parse_error(R"({"text":3})") == "record's \"text\" is not a string");
    CHECK(parse_error(R"({"text":null})") == "record's \"text\" is not a string");
    CHECK(parse_error(R"({"text":["a"]})") == "record's \"text\" is not a string");
    CHECK(parse_error(R"({"text":{"a":"b"}})") == "record's \"text\" is not a string");
  }
  SUBCASE("a duplicate key at the top") {
    CHECK(parse_error(R"({"k":1,"text":"a","k":2})") == "duplicate key \"k\"");
    CHECK(parse_error(R"({"text":"a","text":"b"})") == "duplicate key \"text\"");
  }
  SUBCASE("a duplicate key is found before a missing text") {
    CHECK(parse_error(R"({"k":1,"k":1})") == "duplicate key \"k\"");
  }
  SUBCASE("a duplicate key written with an escape") {
    CHECK(parse_error(R"({"text":"a","k":1,"\u006b":2})") == "duplicate key \"k\"");
  }
  SUBCASE("a duplicate key in a nested object") {
    CHECK(parse_error(R"({"text":"a","meta":{"k":1,"x":{},"k":2}})") == "duplicate key \"k\"");
    CHECK(parse_error(R"({"text":"a","m":{"n":{"o":{"k":1,"k":2}}}})") == "duplicate key \"k\"");
  }
  SUBCASE("a duplicate key in an object inside an array") {
    CHECK(parse_error(R"({"text":"a","rows":[1,{"k":1},{"k":1,"k":2}]})") == "duplicate key \"k\"");
    CHECK(parse_error(R"({"text":"a","rows":[[[{"k":1,"k":2}]]]})") == "duplicate key \"k\"");
  }
  SUBCASE("more than 64 keys, the duplicate last") {
    std::string line = R"({"k":0,"text":"a")";
    for (int i = 0; i < 80; ++i) line += ",\"k" + std::to_string(i) + "\":" + std::to_string(i);
    CHECK(parse_error(line + R"(,"k":1})") == "duplicate key \"k\"");
    CHECK(parse_error(line + R"(,"k70":1})") == "duplicate key \"k70\"");  // both past the 64th
    vil::RecordParser parser;
    CHECK(parse_record(parser, line + "}").ok);
  }
  SUBCASE("more than 64 nested objects, the duplicate in the last") {
    std::string line = R"({"text":"a")";
    for (int i = 0; i < 70; ++i) line += ",\"o" + std::to_string(i) + "\":{\"k\":1}";
    CHECK(parse_error(line + R"(,"last":{"k":1,"k":2}})") == "duplicate key \"k\"");
    vil::RecordParser parser;
    CHECK(parse_record(parser, line + "}").ok);
  }
  SUBCASE("the same key in different objects, and keys that differ only inside, are fine") {
    vil::RecordParser parser;
    const ParseResult r =
        parse_record(parser, R"({"text":"a","k":0,"a":{"k":1},"b":[{"k":2},{"k":3}],"axb":1,"ayb":2,"":1})");
    CHECK_MESSAGE(r.ok, r.err);
  }
  SUBCASE("RecordParser(false) takes records without text, but still only objects") {
    vil::RecordParser parser(false);
    CHECK(parse_record(parser, R"({"id":"a"})").ok);
    CHECK(parse_record(parser, R"({"text":3})").ok);
    CHECK(parse_record(parser, "{}").ok);
    const ParseResult array = parse_record(parser, "[1]");
    CHECK_FALSE(array.ok);
    CHECK(array.err == k_not_object);
    const ParseResult duplicate = parse_record(parser, R"({"k":1,"k":2})");
    CHECK_FALSE(duplicate.ok);
    CHECK(duplicate.err == "duplicate key \"k\"");
  }
  SUBCASE("nesting deeper than simdjson's limit of 1024 is an error, not a crash") {
    const std::size_t depth = 5000;
    const std::string arrays = std::string(depth, '[') + std::string(depth, ']');
    CHECK(starts_with(parse_error(arrays), "not valid JSON: "));
    std::string objects = R"({"text":"a","x":)";
    for (std::size_t i = 0; i < depth; ++i) objects += "{\"k\":";
    objects += "1" + std::string(depth + 1, '}');
    CHECK(starts_with(parse_error(objects), "not valid JSON: "));
  }
  SUBCASE("one parser for many lines: a failure does not spoil the next parse") {
    vil::RecordParser parser;
    CHECK_FALSE(parse_record(parser, "{").ok);
    CHECK_FALSE(parse_record(parser, R"({"k":1,"k":2})").ok);
    const ParseResult r = parse_record(parser, R"({"text":"b"})");
    CHECK_MESSAGE(r.ok, r.err);
  }
}

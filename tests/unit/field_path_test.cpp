#include "vil/field_path.hpp"

#include <doctest/doctest.h>

#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

// (text, where) for every value a path reaches.
using Reached = std::vector<std::pair<std::string, std::string>>;

const char* const k_record = R"({
  "text": "Hei \"der\"",
  "refs": {"raw": "FN-T 11.7 3.4", "sdg": [11, 3]},
  "path": ["Del 1", "Kapittel 2"],
  "meta": {"municipality": "Asker", "type": null, "0": "zero"},
  "none": null,
  "empty": [],
  "grid": [[1, 2], [3], []],
  "rows": [{"a": "x"}, {"a": "y", "b": 1}, {"b": 2}, null, {"a": null}],
  "holes": [null, "b", {}, []],
  "n": -7, "d": 2.5, "yes": true, "no": false
})";

vil::FieldPath path(std::string_view spec) {
  vil::FieldPath p;
  std::string err;
  REQUIRE_MESSAGE(vil::FieldPath::parse(spec, p, err), err);
  return p;
}

Reached visit(std::string_view spec, const char* json = k_record) {
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  REQUIRE(parser.parse(json, std::strlen(json)).get(root) == simdjson::SUCCESS);
  Reached out;
  path(spec).visit(root, [&](simdjson::dom::element value, std::string_view where) {
    std::string scratch;
    std::string_view text;
    CHECK(vil::scalar_text(value, scratch, text));
    out.emplace_back(std::string(text), std::string(where));
  });
  return out;
}

std::string parse_error(std::string_view spec) {
  vil::FieldPath p;
  std::string err;
  CHECK_FALSE(vil::FieldPath::parse(spec, p, err));
  return err;
}

std::string scalar(std::string_view json) {
  simdjson::dom::parser parser;
  simdjson::dom::element value;
  REQUIRE(parser.parse(json.data(), json.size()).get(value) == simdjson::SUCCESS);
  std::string scratch;
  std::string_view out;
  REQUIRE(vil::scalar_text(value, scratch, out));
  return std::string(out);
}

bool has_scalar(std::string_view json) {
  simdjson::dom::parser parser;
  simdjson::dom::element value;
  REQUIRE(parser.parse(json.data(), json.size()).get(value) == simdjson::SUCCESS);
  std::string scratch;
  std::string_view out;
  return vil::scalar_text(value, scratch, out);
}

}  // namespace

TEST_CASE("vil::FieldPath::parse") {
  SUBCASE("errors name the path") {
    CHECK(parse_error("") == "empty field name");
    CHECK(parse_error("a..b") == "empty part in field name 'a..b'");
    CHECK(parse_error("a.") == "empty part in field name 'a.'");
    CHECK(parse_error(".a") == "empty part in field name '.a'");
    CHECK(parse_error(".") == "empty part in field name '.'");
    // Found by the CLI fuzz target: `stats --by` echoed such a name into a table header.
    CHECK(parse_error("ki\x92\x9b") == "field name is not valid UTF-8 (at byte 2)");
    CHECK(path("m\xC3\xA5l").spec() == "m\xC3\xA5l");  // "mål" is fine
  }
  SUBCASE("spec() is the path as written") {
    CHECK(path("text").spec() == "text");
    CHECK(path("refs.sdg.0").spec() == "refs.sdg.0");
  }
  SUBCASE("parsing again replaces the old path") {
    vil::FieldPath p = path("meta.municipality");
    std::string err;
    REQUIRE(vil::FieldPath::parse("text", p, err));
    CHECK(p.spec() == "text");
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    REQUIRE(parser.parse(k_record, std::strlen(k_record)).get(root) == simdjson::SUCCESS);
    int calls = 0;
    p.visit(root, [&](simdjson::dom::element, std::string_view where) {
      ++calls;
      CHECK(where == "text");
    });
    CHECK(calls == 1);
  }
}

TEST_CASE("vil::FieldPath::visit") {
  SUBCASE("a top-level string, unescaped") { CHECK(visit("text") == Reached{{"Hei \"der\"", "text"}}); }
  SUBCASE("numbers in an array come out as their JSON text, one per element") {
    CHECK(visit("refs.sdg") == Reached{{"11", "refs.sdg.0"}, {"3", "refs.sdg.1"}});
  }
  SUBCASE("an array of strings: each element, with its index in where") {
    CHECK(visit("path") == Reached{{"Del 1", "path.0"}, {"Kapittel 2", "path.1"}});
  }
  SUBCASE("a number part indexes an array") {
    CHECK(visit("path.1") == Reached{{"Kapittel 2", "path.1"}});
    CHECK(visit("refs.sdg.0") == Reached{{"11", "refs.sdg.0"}});
    CHECK(visit("path.2").empty());
  }
  SUBCASE("a nested field") { CHECK(visit("meta.municipality") == Reached{{"Asker", "meta.municipality"}}); }
  SUBCASE("a number part names an object's key") { CHECK(visit("meta.0") == Reached{{"zero", "meta.0"}}); }
  SUBCASE("a missing field reaches nothing") {
    CHECK(visit("missing").empty());
    CHECK(visit("meta.missing").empty());
    CHECK(visit("text.inner").empty());  // a string has no fields
  }
  SUBCASE("null, objects and empty arrays reach nothing") {
    CHECK(visit("none").empty());
    CHECK(visit("meta.type").empty());
    CHECK(visit("meta").empty());
    CHECK(visit("empty").empty());
  }
  SUBCASE("arrays of arrays are entered all the way") {
    CHECK(visit("grid") == Reached{{"1", "grid.0.0"}, {"2", "grid.0.1"}, {"3", "grid.1.0"}});
    CHECK(visit("grid.1") == Reached{{"3", "grid.1.0"}});
    CHECK(visit("grid.0.1") == Reached{{"2", "grid.0.1"}});
  }
  SUBCASE("a field of the objects in an array") {
    CHECK(visit("rows.a") == Reached{{"x", "rows.0.a"}, {"y", "rows.1.a"}});
    CHECK(visit("rows.b") == Reached{{"1", "rows.1.b"}, {"2", "rows.2.b"}});
    CHECK(visit("rows.1.b") == Reached{{"1", "rows.1.b"}});
  }
  SUBCASE("nulls, objects and arrays inside an array are skipped") {
    CHECK(visit("holes") == Reached{{"b", "holes.1"}});
  }
  SUBCASE("numbers and booleans at the top") {
    CHECK(visit("n") == Reached{{"-7", "n"}});
    CHECK(visit("d") == Reached{{"2.5", "d"}});
    CHECK(visit("yes") == Reached{{"true", "yes"}});
    CHECK(visit("no") == Reached{{"false", "no"}});
  }
  SUBCASE("a root that is an array is entered too") {
    CHECK(visit("a", R"([{"a":1},{"a":2}])") == Reached{{"1", "0.a"}, {"2", "1.a"}});
  }
}

TEST_CASE("vil::scalar_text") {
  SUBCASE("a string is unescaped") {
    CHECK(scalar(R"("a\"b\\c \u00e6\n")") == "a\"b\\c æ\n");
    CHECK(scalar(R"("")") == "");
  }
  SUBCASE("numbers and booleans are their JSON") {
    CHECK(scalar("42") == "42");
    CHECK(scalar("-7") == "-7");
    CHECK(scalar("18446744073709551615") == "18446744073709551615");
    CHECK(scalar("2.5") == "2.5");
    CHECK(scalar("true") == "true");
    CHECK(scalar("false") == "false");
  }
  SUBCASE("null, objects and arrays have no text") {
    CHECK_FALSE(has_scalar("null"));
    CHECK_FALSE(has_scalar(R"({"a":1})"));
    CHECK_FALSE(has_scalar("[1]"));
  }
  SUBCASE("a number replaces what scratch held; a string is read in place") {
    simdjson::dom::parser parser;
    simdjson::dom::element value;
    REQUIRE(parser.parse("12", 2).get(value) == simdjson::SUCCESS);
    std::string scratch = "old text";
    std::string_view out;
    REQUIRE(vil::scalar_text(value, scratch, out));
    CHECK(out == "12");
    CHECK(out.data() == scratch.data());
    REQUIRE(parser.parse(R"("abc")", 5).get(value) == simdjson::SUCCESS);
    REQUIRE(vil::scalar_text(value, scratch, out));
    CHECK(out == "abc");
    CHECK(out.data() != scratch.data());
  }
}

TEST_CASE("vil::FieldPath::reaches_object") {
  simdjson::dom::parser parser;
  simdjson::dom::element record;
  const std::string json = R"({"meta":{"party":"PS"},"path":["A"],"refs":[{"x":{}},{"x":1}]})";
  REQUIRE(parser.parse(json).get(record) == simdjson::SUCCESS);
  const auto reaches = [&](const char* spec) {
    vil::FieldPath path;
    std::string err;
    REQUIRE(vil::FieldPath::parse(spec, path, err));
    return path.reaches_object(record);
  };
  CHECK(reaches("meta"));
  CHECK_FALSE(reaches("meta.party"));
  CHECK_FALSE(reaches("path"));
  CHECK_FALSE(reaches("nosuch"));
  CHECK(reaches("refs.x"));  // through an array, one element's x is an object
  CHECK_FALSE(reaches("refs.1.x"));
}

#include "vil/field_splice.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "vil/record_parser.hpp"

namespace {

using Fields = std::vector<std::pair<std::string_view, std::string>>;

// append_with_fields on one line, parsed as RecordParser parses it.
std::string with_fields(std::string_view line, const Fields& fields) {
  const simdjson::padded_string padded(line);
  vil::RecordParser parser(false);
  simdjson::dom::element root;
  simdjson::dom::object object;
  std::string err;
  const std::string_view view(padded.data(), padded.size());
  REQUIRE_MESSAGE(parser.parse(view, root, object, err), err);
  std::string out;
  vil::append_with_fields(out, view, object, fields);
  return out;
}

}  // namespace

TEST_CASE("vil::append_with_fields") {
  SUBCASE("new fields go before the closing brace; the rest stays byte for byte") {
    CHECK(with_fields(R"({"text":"a  b",  "id" : 1 ,"x":{ "y" : [ 1,2 ] } })", {{"tags", R"(["t"])"}}) ==
          R"({"text":"a  b",  "id" : 1 ,"x":{ "y" : [ 1,2 ] } ,"tags":["t"]})"
          "\n");
  }
  SUBCASE("escapes in the line are kept as written") {
    CHECK(with_fields(R"({"text":"\u00e6 \"q\" \/"})", {{"n", "1"}}) == R"({"text":"\u00e6 \"q\" \/","n":1})"
                                                                        "\n");
  }
  SUBCASE("several new fields, in the order given") {
    CHECK(with_fields(R"({"text":"a"})", {{"tags", "[]"}, {"why", R"({"x":1})"}}) ==
          R"({"text":"a","tags":[],"why":{"x":1}})"
          "\n");
  }
  SUBCASE("an empty object gets no leading comma") {
    CHECK(with_fields("{}", {{"tags", "[]"}}) == "{\"tags\":[]}\n");
    CHECK(with_fields("{ }", {{"tags", "[]"}, {"n", "2"}}) == "{ \"tags\":[],\"n\":2}\n");
  }
  SUBCASE("spaces after the closing brace are dropped; the output ends with one newline") {
    CHECK(with_fields("{\"a\":1}  \t", {{"b", "2"}}) == "{\"a\":1,\"b\":2}\n");
  }
  SUBCASE("no fields: the line and a newline") { CHECK(with_fields(R"({"a" : 1})", {}) == "{\"a\" : 1}\n"); }
  SUBCASE("replacing a field keeps its place; the rest of the line is kept byte for byte") {
    CHECK(with_fields(R"({"text":"x", "tags" : [ "old" ], "id":2})", {{"tags", R"(["new"])"}}) ==
          R"({"text":"x", "tags" : ["new"], "id":2})"
          "\n");
  }
  SUBCASE("replacing one field and adding another") {
    CHECK(with_fields(R"({"id":1, "text":"a", "m":{"k" : [1, 2.5, null, false]}})",
                      {{"id", "3"}, {"z", "true"}}) ==
          R"({"id":3, "text":"a", "m":{"k" : [1, 2.5, null, false]},"z":true})"
          "\n");
  }
  SUBCASE("escapes elsewhere in the record are kept as written") {
    CHECK(with_fields(R"({"a\"b":1,"c\\d":"e\u00e6\n","text":"t"})", {{"text", R"("T")"}}) ==
          R"({"a\"b":1,"c\\d":"e\u00e6\n","text":"T"})"
          "\n");
  }
  SUBCASE("output is appended to what is already there") {
    const simdjson::padded_string padded(std::string_view("{\"a\":1}"));
    vil::RecordParser parser(false);
    simdjson::dom::element root;
    simdjson::dom::object object;
    std::string err;
    const std::string_view view(padded.data(), padded.size());
    REQUIRE(parser.parse(view, root, object, err));
    std::string out = "{\"before\":0}\n";
    vil::append_with_fields(out, view, object, {{"b", "2"}});
    vil::append_with_fields(out, view, object, {{"a", "5"}});
    CHECK(out == "{\"before\":0}\n{\"a\":1,\"b\":2}\n{\"a\":5}\n");
  }
}

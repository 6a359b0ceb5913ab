#include "vil/json_writer.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>

namespace {

std::string json_string(std::string_view s) {
  std::string out;
  vil::append_json_string(out, s);
  return out;
}

}  // namespace

TEST_CASE("vil::append_json_string") {
  SUBCASE("plain text is quoted") {
    CHECK(json_string("") == R"("")");
    CHECK(json_string("abc") == R"("abc")");
  }
  SUBCASE("quote and backslash") {
    CHECK(json_string(R"(a"b)") == R"("a\"b")");
    CHECK(json_string(R"(a\b)") == R"("a\\b")");
  }
  SUBCASE("newline, carriage return and tab have short escapes") {
    CHECK(json_string("a\nb") == R"("a\nb")");
    CHECK(json_string("a\rb") == R"("a\rb")");
    CHECK(json_string("a\tb") == R"("a\tb")");
  }
  SUBCASE("other control characters are \\u00XX, lower-case hex") {
    CHECK(json_string(std::string_view("\0", 1)) == R"("\u0000")");
    CHECK(json_string("\x01") == R"("\u0001")");
    CHECK(json_string("a\x1f"
                      "b") == R"("a\u001fb")");
    CHECK(json_string("\x0b\x0c\x08") == R"("\u000b\u000c\u0008")");
  }
  SUBCASE("each byte that needs an escape is found at every place in a run of plain ones") {
    // The writer skips eight plain bytes at a time: a byte to escape (or one just
    // above a limit) at each offset of a long run, among UTF-8 bytes, must be escaped
    // exactly as alone.
    // Plain bytes: ASCII (some next to the bytes to escape: ' ', '!', '#', '[', ']'),
    // UTF-8 and DEL; 24 of them, so that every offset of three words is tried.
    std::string text;
    while (text.size() < 24) text += "a[å]b!ø#c æ~\x7f\xe2\x80\xa6";
    text.resize(24);
    for (const auto& [byte, escaped] : std::initializer_list<std::pair<std::string_view, std::string_view>>{
             {std::string_view("\0", 1), "\\u0000"},
             {"\x1f", "\\u001f"},
             {"\n", "\\n"},
             {"\"", "\\\""},
             {"\\", "\\\\"}}) {
      for (std::size_t at = 0; at <= text.size(); ++at) {
        const std::string before = text.substr(0, at);
        const std::string after = text.substr(at);
        std::string want = json_string(before);
        want.pop_back();
        want += escaped;
        want += json_string(after).substr(1);
        CHECK(json_string(before + std::string(byte) + after) == want);
      }
    }
  }
  SUBCASE("UTF-8 and DEL are written as they are") {
    CHECK(json_string("blåbær «ÆØÅ» … \xF0\x9F\x98\x80") == "\"blåbær «ÆØÅ» … \xF0\x9F\x98\x80\"");
    CHECK(json_string("\x7f") == "\"\x7f\"");
  }
  SUBCASE("appends to what is already there") {
    std::string out = "[";
    vil::append_json_string(out, "a");
    out += ',';
    vil::append_json_string(out, "\"");
    CHECK(out == R"(["a","\"")");
  }
}

TEST_CASE("vil::append_json_value") {
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  const std::string json = R"({ "a" : [ 1 , "x\"y" , { "b" : null } ] , "c" : true })";
  REQUIRE(parser.parse(json).get(doc) == simdjson::SUCCESS);
  std::string out = "=";
  vil::append_json_value(out, doc);
  CHECK(out == R"(={"a":[1,"x\"y",{"b":null}],"c":true})");
}

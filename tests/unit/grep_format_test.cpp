#include "vil/grep_format.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "parsed_record.hpp"

namespace {

// The record `line` as grep writes it, after grepping it for pattern in text and path.
std::string written(std::string_view line, const std::string& pattern, bool invert = false, int kwic = -1) {
  vil::GrepQuery q;
  q.patterns = {pattern};
  q.invert = invert;
  for (const char* spec : {"text", "path"}) {
    vil::FieldPath path;
    std::string err;
    REQUIRE(vil::FieldPath::parse(spec, path, err));
    q.fields.push_back(path);
  }
  vil::Grepper grepper(q);
  std::string err;
  REQUIRE_MESSAGE(grepper.compile(err), err);
  const vil::test::ParsedRecord record(line);
  std::string out;
  vil::append_grep_record(out, record.raw, record.object, grepper.grep(record.root), invert, kwic);
  return out;
}

}  // namespace

TEST_CASE("vil::append_grep_record") {
  const std::string_view record = R"({"doc":"a", "text":"klima og mer klima","path":["Klima"]})";
  SUBCASE("the record as it came, with the spans of each matching field") {
    CHECK(
        written(record, "(?i)klima") ==
        R"({"doc":"a", "text":"klima og mer klima","path":["Klima"],"match":{"text":[[0,5],[13,18]],"path.0":[[0,5]]}})"
        "\n");
  }
  SUBCASE("with kwic, each match in context") {
    CHECK(written(record, "mer", false, 1) ==
          R"({"doc":"a", "text":"klima og mer klima","path":["Klima"],"match":{"text":[[9,12]]},)"
          R"("kwic":[{"field":"text","left":"og ","match":"mer","right":" klima"}]})"
          "\n");
  }
  SUBCASE("inverted: the record unchanged") {
    CHECK(written(record, "bolig", true) == std::string(record) + "\n");
  }
  SUBCASE("a match field already there is replaced") {
    CHECK(written(R"({"text":"ja","match":1})", "ja") == R"({"text":"ja","match":{"text":[[0,2]]}})"
                                                         "\n");
  }
}

TEST_CASE("vil::append_grep_count") {
  std::string out;
  vil::append_grep_count(out, "asker-ap", 3);
  vil::append_grep_count(out, "", 1);
  CHECK(out == "{\"doc\":\"asker-ap\",\"count\":3}\n{\"doc\":null,\"count\":1}\n");
}

TEST_CASE("vil::append_grep_doc") {
  std::string out;
  vil::append_grep_doc(out, "asker-ap");
  vil::append_grep_doc(out, "");
  CHECK(out == "{\"doc\":\"asker-ap\"}\n{\"doc\":null}\n");
}

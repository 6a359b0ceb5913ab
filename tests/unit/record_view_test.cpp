#include "vil/record_view.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

namespace {

// A parsed record that stays alive with its view.
struct Parsed {
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  explicit Parsed(std::string_view json) {
    REQUIRE(parser.parse(std::string(json)).get(root) == simdjson::SUCCESS);
  }
  vil::RecordView view() const { return vil::RecordView(root); }
};

}  // namespace

TEST_CASE("vil::RecordView") {
  const Parsed full(R"({"doc":"ps-asker","kind":"bullet","text":"Flere boliger","lines":[12,13],)"
                    R"("tags":["topic:housing",3,"sdg:11"],"path":"not an array","empty":""})");
  const vil::RecordView r = full.view();
  CHECK(r.doc() == "ps-asker");
  CHECK(r.kind() == "bullet");
  CHECK(r.text() == "Flere boliger");
  CHECK(r.first_line() == std::optional<std::size_t>(12));
  std::vector<std::string> tags;
  r.for_each_string("tags", [&](std::string_view t) { tags.emplace_back(t); });
  CHECK(tags == std::vector<std::string>{"topic:housing", "sdg:11"});
  std::size_t path_items = 0;
  r.for_each_string("path", [&](std::string_view) { ++path_items; });
  CHECK(path_items == 0);
  CHECK(r.find_string("empty") == std::optional<std::string_view>(""));
  CHECK_FALSE(r.find_string("missing").has_value());

  const Parsed bare(R"({"text":"x","doc":7,"lines":[-1]})");
  CHECK(bare.view().doc().empty());
  CHECK_FALSE(bare.view().find_string("doc").has_value());
  CHECK_FALSE(bare.view().first_line().has_value());
  CHECK_FALSE(Parsed(R"({"lines":[]})").view().first_line().has_value());
}

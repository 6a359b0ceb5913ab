#include "vil/grep.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

// A query of patterns over fields (dotted paths), with the rest as given.
vil::GrepQuery query(std::vector<std::string> patterns, const std::vector<std::string>& fields = {"text"}) {
  vil::GrepQuery q;
  q.patterns = std::move(patterns);
  for (const std::string& spec : fields) {
    vil::FieldPath path;
    std::string err;
    REQUIRE_MESSAGE(vil::FieldPath::parse(spec, path, err), err);
    q.fields.push_back(std::move(path));
  }
  return q;
}

// Each match as "where:begin-end,...".
std::vector<std::string> matches(const vil::GrepResult& result) {
  std::vector<std::string> out;
  for (const vil::FieldMatch& m : result.matches) {
    std::string s = m.where + ":";
    for (const vil::Span& span : m.spans) {
      if (s.back() != ':') s += ',';
      s += std::to_string(span.begin) + "-" + std::to_string(span.end);
    }
    out.push_back(s);
  }
  return out;
}

// Greps one JSON record; the parser keeps the record alive for the result.
struct Run {
  simdjson::dom::parser parser;
  vil::GrepResult result;

  Run(const vil::GrepQuery& q, std::string_view json) {
    vil::Grepper grepper(q);
    std::string err;
    REQUIRE_MESSAGE(grepper.compile(err), err);
    simdjson::dom::element root;
    REQUIRE(parser.parse(std::string(json)).get(root) == simdjson::SUCCESS);
    result = grepper.grep(root);
  }
};

}  // namespace

TEST_CASE("vil::Grepper::grep") {
  SUBCASE("every span of every matching field, in the order of the fields") {
    const vil::GrepQuery q = query({"kl"}, {"path", "text"});
    Run run(q, R"({"doc":"a","text":"klima og klokke","path":["Del 1","Klær"]})");
    CHECK(run.result.wanted);
    CHECK(run.result.selected);
    CHECK(run.result.doc == "a");
    CHECK(run.result.reached == 3u);
    CHECK(matches(run.result) == std::vector<std::string>{"text:0-2,9-11"});
    CHECK(run.result.matches[0].value == "klima og klokke");
  }
  SUBCASE("any of several patterns; numbers match as their JSON") {
    const vil::GrepQuery q = query({"^11$", "Del"}, {"refs.sdg", "path"});
    Run run(q, R"({"text":"x","refs":{"sdg":[3,11]},"path":["Del 1"]})");
    CHECK(matches(run.result) == std::vector<std::string>{"refs.sdg.1:0-2", "path.0:0-3"});
    CHECK(run.result.doc.empty());
  }
  SUBCASE("a field no record has is not reached") {
    const vil::GrepQuery q = query({"x"}, {"text", "actor"});
    Run run(q, R"({"text":"y"})");
    CHECK(run.result.reached == 1u);
    CHECK_FALSE(run.result.selected);
  }
  SUBCASE("invert selects the records that do not match") {
    vil::GrepQuery q = query({"klima"});
    q.invert = true;
    q.spans_needed = false;
    CHECK(Run(q, R"({"text":"bolig"})").result.selected);
    CHECK_FALSE(Run(q, R"({"text":"klima"})").result.selected);
  }
  SUBCASE("without spans, the first match only") {
    vil::GrepQuery q = query({"a"}, {"text", "actor"});
    q.spans_needed = false;
    Run run(q, R"({"text":"a a","actor":"a"})");
    CHECK(matches(run.result) == std::vector<std::string>{"text:"});
  }
  SUBCASE("kinds and documents not asked for are not wanted, and not searched") {
    vil::GrepQuery q = query({"x"});
    q.kinds = {vil::Kind::bullet};
    q.docs = {"a"};
    CHECK(Run(q, R"({"doc":"a","kind":"bullet","text":"x"})").result.selected);
    const Run other_kind(q, R"({"doc":"a","kind":"heading","text":"x"})");
    CHECK_FALSE(other_kind.result.wanted);
    CHECK_FALSE(other_kind.result.selected);
    CHECK(other_kind.result.matches.empty());
    CHECK_FALSE(Run(q, R"({"doc":"b","kind":"bullet","text":"x"})").result.wanted);
    CHECK_FALSE(Run(q, R"({"kind":"bullet","text":"x"})").result.wanted);
  }
}

TEST_CASE("vil::Grepper::compile") {
  const vil::GrepQuery q = query({"ok", "("});
  vil::Grepper grepper(q);
  std::string err;
  CHECK_FALSE(grepper.compile(err));
  CHECK(err.find("invalid pattern '('") == 0);
}

TEST_CASE("vil::keyword_in_context") {
  const std::string text = "Vi vil bygge flere boliger – og raskt. Det haster.";
  const std::size_t at = text.find("boliger");
  const vil::Span span{at, at + 7};
  SUBCASE("words either side; a lone dash does not count as a word") {
    const vil::Kwic k = vil::keyword_in_context(text, span, 2);
    CHECK(k.left == "bygge flere ");
    CHECK(k.match == "boliger");
    CHECK(k.right == " – og raskt.");
  }
  SUBCASE("no words: the match alone") {
    const vil::Kwic k = vil::keyword_in_context(text, span, 0);
    CHECK(k.left.empty());
    CHECK(k.right.empty());
  }
  SUBCASE("more words than the text has: to its ends") {
    const vil::Kwic k = vil::keyword_in_context(text, span, 50);
    CHECK(k.left == "Vi vil bygge flere ");
    CHECK(k.right == " – og raskt. Det haster.");
  }
}

#include "vil/matcher.hpp"

#include <doctest/doctest.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

using Spans = std::vector<std::pair<std::size_t, std::size_t>>;
using Strings = std::vector<std::string>;

vil::MatchOptions options(vil::CaseMode case_mode, bool word = false, bool fixed = false, bool stem = false) {
  vil::MatchOptions o;
  o.case_mode = case_mode;
  o.word = word;
  o.fixed = fixed;
  o.stem = stem;
  return o;
}

const vil::MatchOptions k_plain = options(vil::CaseMode::sensitive);
const vil::MatchOptions k_insensitive = options(vil::CaseMode::insensitive);
const vil::MatchOptions k_smart = options(vil::CaseMode::smart);
const vil::MatchOptions k_word = options(vil::CaseMode::sensitive, true);
const vil::MatchOptions k_fixed = options(vil::CaseMode::sensitive, false, true);
const vil::MatchOptions k_stem = options(vil::CaseMode::sensitive, false, false, true);
const vil::MatchOptions k_stem_word = options(vil::CaseMode::sensitive, true, false, true);

Spans find(std::string_view pattern, std::string_view text, const vil::MatchOptions& o = k_plain) {
  vil::Matcher m;
  std::string err;
  REQUIRE_MESSAGE(m.compile(pattern, o, err), err);
  std::vector<vil::Span> spans;
  m.find_all(text, spans);
  Spans out;
  for (const vil::Span& s : spans) out.emplace_back(s.begin, s.end);
  return out;
}

// The matched text of each span.
Strings found(std::string_view pattern, std::string_view text, const vil::MatchOptions& o = k_plain) {
  Strings out;
  for (const auto& [begin, end] : find(pattern, text, o)) out.emplace_back(text.substr(begin, end - begin));
  return out;
}

std::string compile_error(std::string_view pattern, const vil::MatchOptions& o = k_plain) {
  vil::Matcher m;
  std::string err;
  CHECK_FALSE(m.compile(pattern, o, err));
  return err;
}

std::string effective(std::string_view pattern, const vil::MatchOptions& o) {
  vil::Matcher m;
  std::string err;
  REQUIRE_MESSAGE(m.compile(pattern, o, err), err);
  return m.effective_pattern();
}

}  // namespace

TEST_CASE("vil::Matcher") {
  SUBCASE("spans are byte offsets, counting æøå as two bytes") {
    // "på" is 3 bytes, "før" 4.
    CHECK(find("før", "på før og FØR") == Spans{{4, 8}});
    CHECK(find("[æøå]+", "blåbærsyltetøy") == Spans{{2, 4}, {5, 7}, {14, 16}});
    CHECK(find("bolig", "ingen treff").empty());
  }
  SUBCASE("matches do not overlap and run left to right") {
    CHECK(find("aa", "aaaaa") == Spans{{0, 2}, {2, 4}});
    CHECK(found("b.", "bab bob") == Strings{"ba", "b ", "bo"});
  }
  SUBCASE("spans are appended to what the vector holds") {
    vil::Matcher m;
    std::string err;
    REQUIRE(m.compile("a", k_plain, err));
    std::vector<vil::Span> spans{{7, 9}};
    m.find_all("ba", spans);
    m.find_all("a", spans);
    REQUIRE(spans.size() == 3);
    CHECK(spans[0].begin == 7);
    CHECK(spans[1].begin == 1);
    CHECK(spans[2].begin == 0);
  }
  SUBCASE("case sensitive is the default") {
    CHECK(find("bolig", "BOLIG Bolig").empty());
    CHECK(find("Bolig", "BOLIG Bolig") == Spans{{6, 11}});
    CHECK(find("ære", "ÆRE").empty());
  }
  SUBCASE("case insensitive folds æøå and ÆØÅ both ways") {
    CHECK(find("ære", "ÆRE og Ære", k_insensitive) == Spans{{0, 4}, {8, 12}});
    CHECK(find("ØST", "øst", k_insensitive) == Spans{{0, 4}});
    CHECK(find("å", "Å", k_insensitive) == Spans{{0, 2}});
    CHECK(find("bolig", "BOLIG", k_insensitive) == Spans{{0, 5}});
  }
  SUBCASE("smart case: insensitive unless the pattern has an upper-case letter") {
    CHECK(find("bolig", "BOLIG bolig", k_smart) == Spans{{0, 5}, {6, 11}});
    CHECK(find("Bolig", "BOLIG Bolig bolig", k_smart) == Spans{{6, 11}});
    CHECK(find("øst", "ØST", k_smart) == Spans{{0, 4}});
    CHECK(find("Øst", "øst ØST", k_smart).empty());
    CHECK(find("Øst", "Øst", k_smart) == Spans{{0, 4}});
  }
  SUBCASE("fixed strings: metacharacters are plain characters") {
    CHECK(find("a.b(", "axb( a.b(", k_fixed) == Spans{{5, 9}});
    CHECK(find("[x]*", "x [x]*", k_fixed) == Spans{{2, 6}});
    CHECK(find("a.b", "axb", k_fixed).empty());
    CHECK(find("\\d", "1 \\d", k_fixed) == Spans{{2, 4}});
  }
  SUBCASE("fixed strings and case folding") {
    CHECK(find("Å.", "å. Å.", options(vil::CaseMode::insensitive, false, true)) == Spans{{0, 3}, {4, 7}});
  }
  SUBCASE("word: a Norwegian letter next to the match makes it part of a longer word") {
    CHECK(find("bolig", "boliger", k_word).empty());
    CHECK(find("bolig", "bolig.", k_word) == Spans{{0, 5}});
    CHECK(find("bolig", "æbolig", k_word).empty());
    CHECK(find("bolig", "boligø", k_word).empty());
    CHECK(find("bolig", "bolig_x x_bolig bolig2", k_word).empty());  // '_' and digits are word characters
    CHECK(find("bolig", "(bolig)", k_word) == Spans{{1, 6}});
    CHECK(find("bolig", "«bolig»", k_word) == Spans{{2, 7}});  // « is two bytes
    CHECK(find("bolig", "bolig", k_word) == Spans{{0, 5}});
  }
  SUBCASE("word: a pattern that starts or ends with a Norwegian letter") {
    CHECK(find("blåbær", "blåbær!", k_word) == Spans{{0, 8}});
    CHECK(find("blåbær", "blåbærene", k_word).empty());
    CHECK(find("øy", "ei øy", k_word) == Spans{{3, 6}});
    CHECK(find("øy", "ei bøy", k_word).empty());
  }
  SUBCASE("word: adjacent words share the space between them") {
    CHECK(find("bolig", "bolig bolig", k_word) == Spans{{0, 5}, {6, 11}});
    CHECK(find("bolig", "bolig,bolig.bolig", k_word) == Spans{{0, 5}, {6, 11}, {12, 17}});
  }
  SUBCASE("word: an alternation is grouped as a whole") {
    CHECK(found("hus|bolig", "hus bolig husbolig", k_word) == Strings{"hus", "bolig"});
  }
  SUBCASE("word: with case folding") {
    CHECK(find("bolig", "BOLIG Boliger", options(vil::CaseMode::insensitive, true)) == Spans{{0, 5}});
  }
  SUBCASE("effective_pattern shows what RE2 runs") {
    CHECK(effective("a.b", k_plain) == "a.b");
    CHECK(effective("a.b", k_fixed) == "a\\.b");
    CHECK(effective("bolig", k_word) == "(?:^|[^\\pL\\pN\\pM_])((?:bolig))(?:[^\\pL\\pN\\pM_]|$)");
    CHECK(effective("boliger|skoler", k_stem) == "(?:^|[^\\pL\\pN\\pM_])((?:bol|skol))");
  }
  SUBCASE("patterns that match the empty string step on and end, and keep one empty span at most") {
    CHECK(find("a*", "bbb") == Spans{{0, 0}});   // only empty matches: the first
    CHECK(find("a*", "baab") == Spans{{1, 3}});  // a real match: the empty ones go
    CHECK(find("", "abc") == Spans{{0, 0}});     // vil grep '': every record, one span
    CHECK(find("a*", "æ") == Spans{{0, 0}});     // never inside a character
    CHECK(find("", "") == Spans{{0, 0}});
    // '' and -F '' take a short cut past the search; "(?:)" means the same and does not.
    CHECK(find("(?:)", "æøå og mer") == Spans{{0, 0}});
    CHECK(find("", "æøå og mer") == Spans{{0, 0}});
    CHECK(find("", "æøå og mer", k_fixed) == Spans{{0, 0}});
    CHECK(find("", "ÆØÅ", k_insensitive) == Spans{{0, 0}});
    CHECK(find("x*", "", k_word) == Spans{{0, 0}});
  }
  SUBCASE("an invalid pattern: its text and RE2's reason") {
    CHECK(compile_error("a(") == "invalid pattern 'a(': missing ): a(");
    CHECK(compile_error("[b") == "invalid pattern '[b': missing ]: [b");
    CHECK(compile_error("x{2,1}") == "invalid pattern 'x{2,1}': invalid repetition size: {2,1}");
  }
  SUBCASE("a matcher can be moved") {
    vil::Matcher m;
    std::string err;
    REQUIRE(m.compile("b", k_plain, err));
    vil::Matcher moved(std::move(m));
    std::vector<vil::Span> spans;
    moved.find_all("abc", spans);
    REQUIRE(spans.size() == 1);
    CHECK(spans[0].begin == 1);
    CHECK(spans[0].end == 2);
  }
  SUBCASE("stem: the forms of a word all match, and spans cover the original words") {
    const std::string text = "Bolig, boligen og boligene. Boliger!";
    CHECK(find("boliger", text, k_stem) == Spans{{0, 5}, {7, 14}, {18, 26}, {28, 35}});
    CHECK(found("boliger", text, k_stem) == Strings{"Bolig", "boligen", "boligene", "Boliger"});
    CHECK(found("bolig", text, k_stem) == Strings{"Bolig", "boligen", "boligene", "Boliger"});
  }
  SUBCASE("stem: stems are case folded, whatever the case mode") {
    CHECK(found("BOLIGER", "boligen", k_stem) == Strings{"boligen"});
  }
  SUBCASE("stem: spans are byte offsets of the original words, with æøå") {
    CHECK(find("løsninger", "Gode løsningene", k_stem) == Spans{{5, 16}});
  }
  SUBCASE("stem: several words: the span runs from the first word to the last") {
    CHECK(find("nye boliger", "Mange nye boliger, ikke nye hus.", k_stem) == Spans{{6, 17}});
    CHECK(find("gamle skoler", "De gamle  skolene", k_stem) == Spans{{3, 17}});
  }
  SUBCASE("stem: an alternation of words") {
    CHECK(found("skoler|barnehager", "Skolen og barnehagene", k_stem) == Strings{"Skolen", "barnehagene"});
  }
  SUBCASE("stem: with word, the stem must be a whole stem") {
    CHECK(found("boliger", "symbol boliger", k_stem_word) == Strings{"boliger"});
  }
  SUBCASE("stem: text without words has nothing to match") {
    CHECK(find("boliger", "", k_stem).empty());
    CHECK(find("boliger", " ... ", k_stem).empty());
  }
}

TEST_CASE("vil::has_uppercase") {
  CHECK_FALSE(vil::has_uppercase(""));
  CHECK_FALSE(vil::has_uppercase("bolig"));
  CHECK_FALSE(vil::has_uppercase("æøå 123 _-.*"));
  CHECK(vil::has_uppercase("boLig"));
  CHECK(vil::has_uppercase("Æ"));
  CHECK(vil::has_uppercase("øst Øst"));
  CHECK(vil::has_uppercase("\xC3\x85"));  // Å
}

TEST_CASE("vil::uses_any_byte") {
  CHECK(vil::uses_any_byte("a\\C"));
  CHECK(vil::uses_any_byte("[\\C]"));
  CHECK_FALSE(vil::uses_any_byte("a\\\\C"));
  CHECK(vil::uses_any_byte("\\Cx"));
  CHECK_FALSE(vil::uses_any_byte("Cabc\\d"));
}

TEST_CASE("vil::Matcher::matches agrees with find_all") {
  const std::vector<std::pair<std::string, vil::MatchOptions>> patterns = {
      {"klima", k_plain}, {"KLIMA", k_insensitive}, {"lima", k_word}, {"klima", k_word},
      {"a.b", k_fixed},   {"bolig", k_stem},        {"", k_plain},    {"x*", k_plain}};
  const std::vector<std::string> texts = {"",
                                          "klima",
                                          "Klimaet er viktig",
                                          "a.b og axb",
                                          "boliger for alle",
                                          "ingen treff her",
                                          "klimatilpasning"};
  for (const auto& [pattern, opts] : patterns) {
    vil::Matcher m;
    std::string err;
    REQUIRE(m.compile(pattern, opts, err));
    for (const std::string& text : texts) {
      INFO("pattern '", pattern, "', text '", text, "'");
      std::vector<vil::Span> spans;
      m.find_all(text, spans);
      CHECK(m.matches(text) == !spans.empty());
    }
  }
}

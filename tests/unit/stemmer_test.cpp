#include "vil/stemmer.hpp"

#include <doctest/doctest.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace {

using Strings = std::vector<std::string>;
using Sizes = std::vector<std::size_t>;

Strings words(std::string_view text) {
  std::vector<vil::Word> out;
  vil::split_words(text, out);
  Strings s;
  for (const vil::Word& w : out) s.emplace_back(text.substr(w.begin, w.end - w.begin));
  return s;
}

Sizes begins(const std::vector<vil::Word>& ws) {
  Sizes out;
  for (const vil::Word& w : ws) out.push_back(w.begin);
  return out;
}

Sizes ends(const std::vector<vil::Word>& ws) {
  Sizes out;
  for (const vil::Word& w : ws) out.push_back(w.end);
  return out;
}

}  // namespace

TEST_CASE("vil::split_words") {
  SUBCASE("byte offsets of runs of letters and digits") {
    std::vector<vil::Word> ws;
    vil::split_words("Hei, verden!", ws);
    CHECK(begins(ws) == Sizes{0, 5});
    CHECK(ends(ws) == Sizes{3, 11});
  }
  SUBCASE("Norwegian letters are letters, counted in bytes") {
    std::vector<vil::Word> ws;
    vil::split_words("blåbær på øy", ws);
    CHECK(begins(ws) == Sizes{0, 9, 13});
    CHECK(ends(ws) == Sizes{8, 12, 16});
    CHECK(words("ÆØÅ æøå") == Strings{"ÆØÅ", "æøå"});
  }
  SUBCASE("punctuation, hyphens and underscores split words") {
    CHECK(words("by-utvikling") == Strings{"by", "utvikling"});
    CHECK(words("2024-plan") == Strings{"2024", "plan"});
    CHECK(words("a_b a'b a.b") == Strings{"a", "b", "a", "b", "a", "b"});
    CHECK(words("«Sitat» (parentes) [x]") == Strings{"Sitat", "parentes", "x"});
  }
  SUBCASE("other spaces split words") {
    CHECK(words("a\tb\nc\u00A0d\u2009e") == Strings{"a", "b", "c", "d", "e"});
  }
  SUBCASE("letters and digits of other scripts") {
    CHECK(words("αβγ δ") == Strings{"αβγ", "δ"});
    CHECK(words("x\u0661\u0662y") == Strings{"x\u0661\u0662y"});  // Arabic-Indic digits
  }
  SUBCASE("a combining mark belongs to its word") {
    CHECK(words("kafe\u0301en er") == Strings{"kafe\u0301en", "er"});
    CHECK(words("e\u0301") == Strings{"e\u0301"});
  }
  SUBCASE("symbols and emoji are not words") {
    CHECK(words("50 % → 🙂 ok") == Strings{"50", "ok"});
  }
  SUBCASE("no words") {
    CHECK(words("").empty());
    CHECK(words(" ... -- ").empty());
  }
  SUBCASE("out is replaced, not appended to") {
    std::vector<vil::Word> ws{{1, 2}, {3, 4}, {5, 6}};
    vil::split_words("ord", ws);
    CHECK(begins(ws) == Sizes{0});
    CHECK(ends(ws) == Sizes{3});
  }
}

TEST_CASE("vil::Stemmer::stem") {
  vil::Stemmer stemmer;

  // Snowball's Norwegian stemmer removes "-ig" as a derivational suffix, so "bolig"
  // itself stems to "bol" (as "lykkelig" loses "-lig").
  SUBCASE("the forms of a noun share a stem") {
    CHECK(stemmer.stem("bolig") == "bol");
    CHECK(stemmer.stem("boliger") == "bol");
    CHECK(stemmer.stem("boligen") == "bol");
    CHECK(stemmer.stem("boligene") == "bol");
    CHECK(stemmer.stem("skoler") == "skol");
    CHECK(stemmer.stem("skolen") == "skol");
    CHECK(stemmer.stem("skolene") == "skol");
    CHECK(stemmer.stem("kommunen") == "kommun");
    CHECK(stemmer.stem("kommunene") == "kommun");
    CHECK(stemmer.stem("barnehager") == "barnehag");
    CHECK(stemmer.stem("husene") == "hus");
    CHECK(stemmer.stem("planen") == "plan");
  }
  SUBCASE("æøå inside a word") {
    CHECK(stemmer.stem("løsninger") == "løsning");
    CHECK(stemmer.stem("løsningene") == "løsning");
    CHECK(stemmer.stem("bygdene") == "bygd");
  }
  SUBCASE("verbs and adjectives") {
    CHECK(stemmer.stem("arbeidet") == "arbeid");
    CHECK(stemmer.stem("gamle") == "gaml");
    CHECK(stemmer.stem("store") == "stor");
  }
  SUBCASE("short words and words without a suffix stay as they are") {
    CHECK(stemmer.stem("hus") == "hus");
    CHECK(stemmer.stem("nye") == "nye");
    CHECK(stemmer.stem("byen") == "byen");  // too short for Snowball's R1
    CHECK(stemmer.stem("utvikling") == "utvikling");
    CHECK(stemmer.stem("") == "");
  }
  SUBCASE("words are case folded first") {
    CHECK(stemmer.stem("BOLIGER") == "bol");
    CHECK(stemmer.stem("Æbler") == "æbl");
    CHECK(stemmer.stem("ÅRET") == "året");
  }
}

TEST_CASE("vil::Stemmer::stem_text") {
  vil::Stemmer stemmer;
  std::vector<vil::Word> where;
  Sizes starts;

  SUBCASE("stems joined by single spaces, each mapped to its word") {
    const std::string_view text = "Nye  boliger, og SKOLER.";
    CHECK(stemmer.stem_text(text, where, starts) == "nye bol og skol");
    CHECK(begins(where) == Sizes{0, 5, 14, 17});
    CHECK(ends(where) == Sizes{3, 12, 16, 23});
    CHECK(starts == Sizes{0, 4, 8, 11});
  }
  SUBCASE("byte offsets with æøå on both sides") {
    const std::string_view text = "Løsningene på øya";
    CHECK(stemmer.stem_text(text, where, starts) == "løsning på øya");
    CHECK(begins(where) == Sizes{0, 12, 16});
    CHECK(ends(where) == Sizes{11, 15, 20});
    CHECK(starts == Sizes{0, 9, 13});
  }
  SUBCASE("no words: empty text and empty maps, replacing old contents") {
    where = {{1, 2}};
    starts = {7};
    CHECK(stemmer.stem_text(" - ", where, starts).empty());
    CHECK(where.empty());
    CHECK(starts.empty());
  }
}

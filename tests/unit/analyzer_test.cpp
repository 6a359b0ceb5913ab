#include "vil/analyzer.hpp"

#include <doctest/doctest.h>

#include <string>
#include <unordered_map>
#include <vector>

namespace {

using Strings = std::vector<std::string>;

vil::AnalyzerOptions options(bool stop_words = true, std::size_t ngram = 4) {
  vil::AnalyzerOptions o;
  o.stop_words = stop_words;
  o.ngram = ngram;
  return o;
}

}  // namespace

TEST_CASE("vil::Analyzer::stems") {
  vil::Analyzer analyzer(options());
  Strings out;
  SUBCASE("folded, stop words dropped, stemmed, in order with repeats") {
    analyzer.stems("Flere BOLIGER og boliger i Asker", out);
    CHECK(out == Strings{"fler", "bol", "bol", "ask"});
  }
  SUBCASE("words split at anything but letters and digits") {
    analyzer.stems("gang- og sykkelveier, 2025", out);
    CHECK(out == Strings{"gang", "sykkelvei", "2025"});
  }
  SUBCASE("with stop words kept") {
    vil::Analyzer keep(options(false));
    keep.stems("og i", out);
    CHECK(out == Strings{"og", "i"});
  }
}

TEST_CASE("vil::Analyzer::key") {
  vil::AnalyzerOptions o = options();
  o.equate = {{"Asker", "Bærum"}};
  vil::Analyzer analyzer(o);
  // Folded, equated, stop words kept, words joined by single spaces.
  CHECK(analyzer.key("  Bærum og  ASKER!") == "asker og asker");
  CHECK(analyzer.key("") == "");
}

TEST_CASE("vil::Analyzer: a word's forms, kept after its first text, are those of a fresh analyzer") {
  vil::AnalyzerOptions o = options();
  o.equate = {{"Asker", "Bærum"}};
  vil::Analyzer warm(o);
  Strings first;
  Strings again;
  // The same words in other cases and orders, through key and stems in turn.
  CHECK(warm.key("Bærum og BOLIGER") == "asker og boliger");
  warm.stems("Bærum og BOLIGER", first);
  warm.stems("boliger OG bærum", again);
  CHECK(first == Strings{"ask", "bol"});
  CHECK(again == Strings{"bol", "ask"});
  CHECK(warm.key("BÆRUM Og Boliger") == "asker og boliger");
  vil::Analyzer fresh(o);
  Strings cold;
  fresh.stems("boliger OG bærum", cold);
  CHECK(cold == again);
}

TEST_CASE("vil::Analyzer::features") {
  std::unordered_map<std::string, double> out;
  SUBCASE("stems, and the character n-grams of long words, weighted") {
    vil::Analyzer analyzer(options());
    analyzer.features("klima og klima", out);
    CHECK(out ==
          std::unordered_map<std::string, double>{{"s:klim", 2.0}, {"g:klim", 16.0}, {"g:lima", 16.0}});
  }
  SUBCASE("no n-grams: stems only") {
    vil::Analyzer analyzer(options(true, 0));
    analyzer.features("klimabudsjett for klima", out);
    CHECK(out == std::unordered_map<std::string, double>{{"s:klimabudsjett", 1.0}, {"s:klim", 1.0}});
  }
}

TEST_CASE("vil::Analyzer::is_stop_word") {
  CHECK(vil::Analyzer::is_stop_word("og"));
  CHECK(vil::Analyzer::is_stop_word("skal"));
  CHECK_FALSE(vil::Analyzer::is_stop_word("bolig"));
}

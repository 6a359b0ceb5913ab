#include "vil/lemmatizer.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

namespace {

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("vil::Lemmatizer") {
  REQUIRE_MESSAGE(std::filesystem::exists(vil::k_default_analyser),
                  "apertium-nno-nob is not installed (scripts/setup installs it)");
  vil::Lemmatizer lemmatizer(vil::k_default_analyser);
  CHECK(lemmatizer.has_lexicon());

  SUBCASE("inflected forms come to their dictionary form") {
    CHECK(lemmatizer.analyse("ladestasjoner").lemma == "ladestasjon");
    CHECK(lemmatizer.analyse("frivilligheten").lemma == "frivillighet");
    CHECK(lemmatizer.analyse("skolen").lemma == "skole");
    CHECK(lemmatizer.analyse("skolen").known);
  }
  SUBCASE("the analyser splits compounds it does not list") {
    const vil::WordAnalysis& a = lemmatizer.analyse("nullutslippsteknologi");
    CHECK(a.parts == Strings{"null", "utslipp", "teknologi"});
    CHECK(lemmatizer.analyse("heltidskultur").parts == Strings{"heltid", "kultur"});
    CHECK(lemmatizer.analyse("rusmiddelproblemer").parts == Strings{"rusmiddel", "problem"});
  }
  SUBCASE("listed compounds are split where both sides are words, a linking -s- allowed") {
    CHECK(lemmatizer.analyse("jordbruksområder").lemma == "jordbruksområde");
    CHECK(lemmatizer.analyse("jordbruksområder").parts == Strings{"jordbruk", "område"});
    CHECK(lemmatizer.analyse("grøntområder").parts == Strings{"grønt", "område"});
    CHECK(lemmatizer.analyse("ladestasjoner").parts == Strings{"lade", "stasjon"});
  }
  SUBCASE("a word that is no compound keeps no parts") {
    CHECK(lemmatizer.analyse("barnehage").parts.empty() == false);  // barn + hage: listed, and split
    CHECK(lemmatizer.analyse("skole").parts.empty());
    CHECK(lemmatizer.analyse("forurensning").parts.empty());
  }
  SUBCASE("unknown words get their Snowball stem") {
    const vil::WordAnalysis& a = lemmatizer.analyse("gloppenmodellen");
    CHECK_FALSE(a.known);
    CHECK(a.lemma == "gloppenmodell");
  }
  SUBCASE("prepare analyses many words at once, the same as one by one") {
    vil::Lemmatizer batch(vil::k_default_analyser);
    const Strings words = {"boliger", "utslippene", "solkraft", "2023", "eus"};
    batch.prepare(words);
    for (const std::string& w : words) {
      CHECK(batch.analyse(w).lemma == lemmatizer.analyse(w).lemma);
      CHECK(batch.analyse(w).parts == lemmatizer.analyse(w).parts);
    }
  }
}

TEST_CASE("vil::Lemmatizer translating nynorsk") {
  const std::filesystem::path folder = std::filesystem::path(vil::k_default_analyser).parent_path();
  const std::string nn = (folder / vil::k_nynorsk_analyser_name).string();
  const std::string bil = (folder / vil::k_nynorsk_bilingual_name).string();
  REQUIRE_MESSAGE(std::filesystem::exists(bil),
                  "apertium-nno-nob is not installed (scripts/setup installs it)");
  vil::Lemmatizer bokmaal(vil::k_default_analyser);
  vil::Lemmatizer nynorsk(nn, bil, &bokmaal);
  CHECK(nynorsk.analyser_id() != bokmaal.analyser_id());

  SUBCASE("a nynorsk word has its bokmål lemma") {
    CHECK(nynorsk.analyse("bustader").lemma == "bolig");
    CHECK(nynorsk.analyse("skulen").lemma == "skole");
    CHECK(nynorsk.analyse("tenester").lemma == "tjeneste");
    CHECK(nynorsk.analyse("berekraftig").lemma == "bærekraftig");
    CHECK(nynorsk.analyse("heilskapleg").lemma == "helhetlig");
    CHECK(nynorsk.analyse("ikkje").lemma == "ikke");  // a stop word again, as in bokmål
    CHECK(nynorsk.analyse("bustader").known);
  }
  SUBCASE("a compound's parts are translated one by one") {
    CHECK(nynorsk.analyse("klimautslepp").parts == Strings{"klima", "utslipp"});
    CHECK(nynorsk.analyse("skulehelsetenesta").lemma == "skolehelsetjeneste");
  }
  SUBCASE("a bokmål lemma the bokmål lexicon lists gets its analysis (a listed compound split)") {
    const vil::WordAnalysis& a = nynorsk.analyse("jordbruksområda");
    CHECK(a.lemma == "jordbruksområde");
    CHECK(a.parts == Strings{"jordbruk", "område"});
  }
  SUBCASE("a word neither lexicon has keeps its Snowball stem") {
    CHECK_FALSE(nynorsk.analyse("gloppenmodellen").known);
  }
}

TEST_CASE("vil::Lemmatizer without a lexicon") {
  vil::Lemmatizer stems("");
  CHECK_FALSE(stems.has_lexicon());
  CHECK(stems.analyse("boligen").lemma == "bol");  // Snowball takes "-ig" for a suffix
  CHECK(stems.analyse("boligen").parts.empty());
  CHECK_THROWS_WITH(vil::Lemmatizer("/nonexistent/analyser.bin"),
                    "/nonexistent/analyser.bin: cannot read the bokmål analyser");
  CHECK(stems.analyser_id().empty());
}

TEST_CASE("vil::Lemmatizer: analyses kept from a run stand for the analyser's") {
  REQUIRE(std::filesystem::exists(vil::k_default_analyser));
  vil::Lemmatizer lemmatizer(vil::k_default_analyser);
  // The id is a hash of the analyser's bytes: sixteen hex digits, the same each time.
  CHECK(lemmatizer.analyser_id().size() == 16);
  CHECK(lemmatizer.analyser_id() == vil::Lemmatizer(vil::k_default_analyser).analyser_id());
  CHECK(lemmatizer.analyses().empty());
  // A seeded word is never asked of the analyser: a made-up analysis comes back as it is.
  lemmatizer.seed({{"skolen", vil::WordAnalysis{"made-up", {"made", "up"}, true, true}}});
  CHECK(lemmatizer.analyse("skolen").lemma == "made-up");
  CHECK(lemmatizer.analyse("skolen").parts == Strings{"made", "up"});
  // Other words are analysed as before; analyses() lists both, by word.
  CHECK(lemmatizer.analyse("ladestasjoner").lemma == "ladestasjon");
  const auto all = lemmatizer.analyses();
  REQUIRE(all.size() == 2);
  CHECK(all[0].first == "ladestasjoner");
  CHECK(all[1].first == "skolen");
  // A file that is no transducer is refused before anything is loaded.
  const std::string text_file = std::string(VIL_SOURCE_DIR) + "/README.md";
  const std::string want = text_file + ": not an lttoolbox transducer: no LTTB header";
  CHECK_THROWS_WITH(vil::Lemmatizer{text_file}, want.c_str());
}

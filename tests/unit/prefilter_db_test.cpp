// The rules' prefilters in Hyperscan (RuleSet::prefilter_database and
// use_prefilter_database): the same hits as RE2's sets, on texts made to tell them
// apart and on every record of the shipped corpus.

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "hyperscan.hpp"
#include "vil/rules.hpp"

namespace {

using Hits = std::vector<std::string>;

// Whether this build and machine can run Hyperscan. A build that made the shipped
// database must (VIL_EXPECT_HYPERSCAN): there the tests below fail rather than skip.
bool hyperscan_here() {
  std::string why;
  const bool ok = vil::HsDatabase::available(why);
#ifdef VIL_EXPECT_HYPERSCAN
  REQUIRE_MESSAGE(ok, why);
#else
  if (!ok) MESSAGE("Hyperscan tests skipped: " << why);
#endif
  return ok;
}

void compile_rules(vil::RuleSet& rules, const std::vector<std::pair<std::string, std::string>>& files) {
  for (const auto& [name, text] : files) {
    vil::Diagnostic d;
    REQUIRE_MESSAGE(rules.add_file(name, text, d), vil::format_diagnostic(d));
  }
  std::string err;
  REQUIRE_MESSAGE(rules.compile(err), err);
}

// Each hit of a record as "TAG RULE FIELD WORD|WORD..."; the test stops on bad JSON.
Hits hits_of(const vil::RuleSet& rules, std::string_view json) {
  simdjson::dom::parser parser;
  simdjson::dom::element record;
  REQUIRE(parser.parse(json.data(), json.size()).get(record) == simdjson::SUCCESS);
  std::vector<vil::TagHit> hits;
  std::string err;
  CHECK_MESSAGE(rules.tag(record, hits, err), err);
  Hits out;
  for (const vil::TagHit& h : hits) {
    std::string s = h.tag + " " + h.rule + " " + h.field + " ";
    for (std::size_t i = 0; i < h.words.size(); ++i) s += (i > 0 ? "|" : "") + h.words[i];
    out.push_back(s);
  }
  return out;
}

std::string read_whole(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream all;
  all << in.rdbuf();
  return all.str();
}

}  // namespace

TEST_CASE("vil::RuleSet::use_prefilter_database: the hits of RE2's sets, case folded above ASCII too") {
  if (!hyperscan_here()) return;
  // Lower- and upper-case letters of Latin-1 in literals, classes, ranges and negated
  // classes; \pL inside a class (written as \x{..} ranges); a rule that matches the
  // empty string; a prefilter Hyperscan may refuse (an anchor inside a group).
  const std::string rule_file =
      "a\tbønder|gårdsbruk\n"
      "b\tÆRLIG|Østre\n"
      "c\t[a-qs-zæøå]+lag\n"
      "d\t[ÆØÅ]r(\\PL|$)\n"
      "e\t[^æøå ]+sk\n"
      "f\t[\\pL]+bolig\n"
      "g\t(x|^y)z\n"
      "h\t\\pL*\n"
      "i\t(^|\\PL)å(\\PL|$)\n"
      "j\t[À-Þ]x\n"
      "k\t[ß-ÿ]x\n"
      "l\tKLIMA\\pL*\n"
      "m\t[×-ß]\n"
      "n\t[a-zÆØÅ-]st\n"
      "o\tx\\Sy|p[^\\s]q\n"
      "p\t[^×-ß]rk\n";
  const std::vector<std::string> texts = {
      R"({"text":"BØNDER og Gårdsbruk, ærlig ØSTRE"})",
      R"({"text":"Bønder, GÅRDSBRUK og ÆRLIG østre"})",
      R"({"text":"idrettslag, ÆRESLAG, fotballag, ØSTLAG"})",
      R"({"text":"ÅR og år, ÆR, ør, Ørsta"})",
      R"({"text":"Norsk, DANSK, ÆSK, æsk, Øsk"})",
      R"({"text":"Sosialbolig, SOSIALBOLIG, ÆØÅBOLIG"})",
      R"({"text":"yz xz Åx àx ÞX þx ßx ÿx Ÿx"})",
      R"({"text":"yz"})",
      R"({"text":"å Å ÅÅ, KLIMAET og klimaplan"})",
      R"({"text":"日本 K ẞx ſtr Å"})",
      R"({"text":""})",
      // A range from × takes in Ø..Þ without naming them; a class ending in "-";
      // the vertical tab, which PCRE's \s takes in and RE2's does not.
      R"({"text":"Øy þ ×"})",
      R"({"text":"ØST æst -st Åst"})",
      "{\"text\":\"x\\u000by p\\u000bq\"}",
      R"({"text":"ørk ØRK ×rk ark"})",
  };
  vil::RuleSet re2_only;
  vil::RuleSet hyperscan;
  compile_rules(re2_only, {{"r.tsv", rule_file}});
  compile_rules(hyperscan, {{"r.tsv", rule_file}});
  std::string database;
  std::string err;
  REQUIRE_MESSAGE(hyperscan.prefilter_database(database, err), err);
  REQUIRE_MESSAGE(hyperscan.use_prefilter_database(database, err), err);
  for (const std::string& text : texts) {
    CAPTURE(text);
    CHECK(hits_of(hyperscan, text) == hits_of(re2_only, text));
  }
  // Read from the texts: upper case in the text and in the rule both fold.
  CHECK(hits_of(hyperscan, texts[0]) == Hits{"a r.tsv:1 text BØNDER|Gårdsbruk", "b r.tsv:2 text ærlig|ØSTRE",
                                             "h r.tsv:8 text BØNDER|og|Gårdsbruk|ærlig|ØSTRE",
                                             "m r.tsv:13 text BØNDER|ØSTRE", "n r.tsv:14 text ØSTRE"});
  CHECK(hits_of(hyperscan, texts[3]) == Hits{"d r.tsv:4 text ÅR|år|ÆR|ør",
                                             "h r.tsv:8 text ÅR|og|år|ÆR|ør|Ørsta",
                                             "m r.tsv:13 text ør|Ørsta", "n r.tsv:14 text Ørsta"});
  CHECK(hits_of(hyperscan, texts[11]) == Hits{"h r.tsv:8 text Øy|þ", "m r.tsv:13 text Øy|þ|×"});
  CHECK(hits_of(hyperscan, texts[12]) ==
        Hits{"h r.tsv:8 text ØST|æst|st|Åst", "m r.tsv:13 text ØST", "n r.tsv:14 text ØST|æst|st|Åst"});
  CHECK(hits_of(hyperscan, texts[13]).size() == 2);  // h, and o across the vertical tab
  CHECK(hits_of(hyperscan, texts[13]).back().rfind("o r.tsv:15 text x", 0) == 0);
  CHECK(hits_of(hyperscan, texts[14]) ==
        Hits{"h r.tsv:8 text ørk|ØRK|rk|ark", "m r.tsv:13 text ørk|ØRK|×", "p r.tsv:16 text ark"});
  // A NUL byte in a pattern is one Hyperscan reads too (not the end of the pattern).
  vil::RuleSet nul_re2;
  vil::RuleSet nul_hs;
  const std::string nul_rules("r\tzq\0|ja\n", 9);
  compile_rules(nul_re2, {{"n.tsv", nul_rules}});
  compile_rules(nul_hs, {{"n.tsv", nul_rules}});
  REQUIRE_MESSAGE(nul_hs.prefilter_database(database, err), err);
  REQUIRE_MESSAGE(nul_hs.use_prefilter_database(database, err), err);
  CHECK(hits_of(nul_hs, R"({"text":"ja"})") == Hits{"r n.tsv:1 text ja"});
  CHECK(hits_of(nul_hs, R"({"text":"ja"})") == hits_of(nul_re2, R"({"text":"ja"})"));
}

TEST_CASE("vil::RuleSet::use_prefilter_database: a database for other rules, or damaged, is not used") {
  if (!hyperscan_here()) return;
  vil::RuleSet mine;
  vil::RuleSet other;
  compile_rules(mine, {{"r.tsv", "housing\tbolig\n"}});
  compile_rules(other, {{"r.tsv", "housing\tboliger\n"}});
  std::string database;
  std::string why;
  REQUIRE(other.prefilter_database(database, why));
  CHECK_FALSE(mine.use_prefilter_database(database, why));
  CHECK(why == "made for other rules");
  REQUIRE(mine.prefilter_database(database, why));
  CHECK_FALSE(mine.use_prefilter_database(database.substr(0, database.size() - 1), why));
  CHECK(why == "truncated or damaged");
  CHECK_FALSE(mine.use_prefilter_database(database + "x", why));
  CHECK(why == "has bytes after its last database");
  CHECK_FALSE(mine.use_prefilter_database("vil prefilter database 0\n", why));
  CHECK(why == "not a vil prefilter database (of this version)");
  // Its own database is used; the rules tag as before either way.
  CHECK(hits_of(mine, R"({"text":"Boligpolitikk"})") == Hits{"housing r.tsv:1 text Boligpolitikk"});
  REQUIRE(mine.use_prefilter_database(database, why));
  CHECK(hits_of(mine, R"({"text":"Boligpolitikk"})") == Hits{"housing r.tsv:1 text Boligpolitikk"});
  CHECK(hits_of(mine, R"({"text":"Skole"})").empty());
  // Before compile() nothing is used.
  vil::RuleSet uncompiled;
  vil::Diagnostic d;
  REQUIRE(uncompiled.add_file("r.tsv", "housing\tbolig\n", d));
  CHECK_FALSE(uncompiled.use_prefilter_database(database, why));
}

TEST_CASE("vil::RuleSet::use_prefilter_database: the built database, on every record of the corpus") {
  const std::string built = VIL_BUILT_PREFILTER_DB;
  if (built.empty()) {
    MESSAGE("no prefilter database in this build (no Hyperscan)");
    return;
  }
  REQUIRE(hyperscan_here());
  // The shipped rules as vil tag reads them without -r: topics, then sdg.
  const std::vector<std::pair<std::string, std::string>> files = {
      {"tags/topics.tsv", read_whole(std::string(VIL_SOURCE_DIR) + "/corpus/tags/topics.tsv")},
      {"tags/sdg.tsv", read_whole(std::string(VIL_SOURCE_DIR) + "/corpus/tags/sdg.tsv")}};
  vil::RuleSet re2_only;
  vil::RuleSet hyperscan;
  compile_rules(re2_only, files);
  compile_rules(hyperscan, files);
  std::string why;
  REQUIRE_MESSAGE(hyperscan.use_prefilter_database(read_whole(built), why), why);
  std::size_t records = 0;
  std::size_t hits = 0;
  for (const char* doc :
       {"handlingsprogram-medvirkning", "kommuneplan-asker", "ps-asker", "ps-baerum", "venstre-asker"}) {
    std::istringstream lines(read_whole(std::string(VIL_SOURCE_DIR) + "/tests/golden/" + doc + ".jsonl"));
    for (std::string line; std::getline(lines, line);) {
      const Hits expected = hits_of(re2_only, line);
      CHECK_MESSAGE(hits_of(hyperscan, line) == expected, line);
      ++records;
      hits += expected.size();
    }
  }
  // The counts of tests/cli/corpus_counts.sh and tag_corpus.sh: 699 records; the rules
  // fire thousands of times, so the comparison above is not of empty lists.
  CHECK(records == 699);
  CHECK(hits > 2000);
}

#include "vil/rules.hpp"

#include <doctest/doctest.h>
#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "vil/utf8.hpp"

namespace {

using Strings = std::vector<std::string>;

const std::string k_kinds = "heading, paragraph, toc, lead, bullet, pledge, goal, subgoal, strategy";

// Adds one rule file and compiles; the test stops on a problem.
void load(vil::RuleSet& rules, std::string_view text, std::string_view name = "r.tsv") {
  vil::Diagnostic d;
  REQUIRE_MESSAGE(rules.add_file(name, text, d), vil::format_diagnostic(d));
  std::string err;
  REQUIRE_MESSAGE(rules.compile(err), err);
}

// The problem with a rule file.
vil::Diagnostic add_error(std::string_view text, std::string_view name = "r.tsv") {
  vil::RuleSet rules;
  vil::Diagnostic d;
  CHECK_FALSE(rules.add_file(name, text, d));
  return d;
}

// Each hit as "TAG RULE FIELD [WORD|WORD...]", so a list compares in one line.
Strings tag(vil::RuleSet& rules, std::string_view json) {
  simdjson::dom::parser parser;
  simdjson::dom::element record;
  REQUIRE(parser.parse(json.data(), json.size()).get(record) == simdjson::SUCCESS);
  std::vector<vil::TagHit> hits;
  std::string err;
  CHECK(rules.tag(record, hits, err));
  Strings out;
  for (const vil::TagHit& h : hits) {
    std::string s = h.tag + " " + h.rule + " " + h.field + " [";
    for (std::size_t i = 0; i < h.words.size(); ++i) s += (i > 0 ? "|" : "") + h.words[i];
    out.push_back(s + "]");
  }
  return out;
}

// A file of the shipped corpus (corpus/PATH), whole; false when it cannot be read.
bool read_corpus_file(const std::string& path, std::string& text) {
  std::ifstream in(std::string(VIL_SOURCE_DIR) + "/corpus/" + path, std::ios::binary);
  std::ostringstream all;
  all << in.rdbuf();
  text = all.str();
  return in.good() && !text.empty();
}

Strings tag_with(std::string_view rule_file, std::string_view json) {
  vil::RuleSet rules;
  load(rules, rule_file);
  return tag(rules, json);
}

}  // namespace

TEST_CASE("vil::is_valid_tag") {
  CHECK(vil::is_valid_tag("sdg:11"));
  CHECK(vil::is_valid_tag("topic:housing"));
  CHECK(vil::is_valid_tag("a"));
  CHECK(vil::is_valid_tag("7"));
  CHECK(vil::is_valid_tag("a-b_c.d:e9"));
  CHECK_FALSE(vil::is_valid_tag(""));
  CHECK_FALSE(vil::is_valid_tag("Topic"));
  CHECK_FALSE(vil::is_valid_tag("topic:Housing"));
  CHECK_FALSE(vil::is_valid_tag(":a"));
  CHECK_FALSE(vil::is_valid_tag("-a"));
  CHECK_FALSE(vil::is_valid_tag("_a"));
  CHECK_FALSE(vil::is_valid_tag(".a"));
  CHECK_FALSE(vil::is_valid_tag("a b"));
  CHECK_FALSE(vil::is_valid_tag("a/b"));
  CHECK_FALSE(vil::is_valid_tag("bærekraft"));
}

TEST_CASE("vil::RuleSet::add_file") {
  SUBCASE("fewer than two cells") {
    const vil::Diagnostic d = add_error("topic:housing bolig\n");
    CHECK(d.file == "r.tsv");
    CHECK(d.line == 1);
    CHECK(d.message == "expected TAG<TAB>PATTERN[<TAB>FIELD[<TAB>KINDS]]");
  }
  SUBCASE("more than four cells, with the line counted past comments and blank lines") {
    const vil::Diagnostic d = add_error("# topics\n\n   \nt\tx\n\nt\tx\ttext\tbullet\textra\n", "topics.tsv");
    CHECK(d.file == "topics.tsv");
    CHECK(d.line == 6);
    CHECK(d.message == "too many tab-separated cells (5; at most 4)");
    CHECK(vil::format_diagnostic(d) == "topics.tsv:6: too many tab-separated cells (5; at most 4)");
  }
  SUBCASE("an invalid tag") {
    const vil::Diagnostic d = add_error("Topic:housing\tbolig");
    CHECK(d.line == 1);
    CHECK(d.message == "invalid tag 'Topic:housing' (use a-z, 0-9, ':', '.', '_', '-')");
    CHECK(add_error("\tbolig").message == "invalid tag '' (use a-z, 0-9, ':', '.', '_', '-')");
  }
  SUBCASE("an empty pattern") {
    CHECK(add_error("t\t").message == "empty pattern");
    const vil::Diagnostic d = add_error("t\tx\nt\t\ttext");
    CHECK(d.line == 2);
    CHECK(d.message == "empty pattern");
  }
  SUBCASE("a bad field path") {
    const vil::Diagnostic d = add_error("t\tx\ta..b");
    CHECK(d.line == 1);
    CHECK(d.message == "empty part in field name 'a..b'");
    CHECK(add_error("t\tx\tmeta.").message == "empty part in field name 'meta.'");
  }
  SUBCASE("an unknown kind") {
    const vil::Diagnostic d = add_error("t\tx\ttext\tbullet, para");
    CHECK(d.line == 1);
    CHECK(d.message == "unknown kind 'para' (" + k_kinds + ")");
    CHECK(add_error("t\tx\ttext\tBullet").message == "unknown kind 'Bullet' (" + k_kinds + ")");
  }
  SUBCASE("an invalid RE2 pattern") {
    const vil::Diagnostic d = add_error("ok\tfine\nt\ta(\n");
    CHECK(d.file == "r.tsv");
    CHECK(d.line == 2);
    CHECK(d.message == "invalid pattern 'a(': missing ): a(");
    CHECK(vil::format_diagnostic(d) == "r.tsv:2: invalid pattern 'a(': missing ): a(");
  }
  SUBCASE("a guard that a quantifier repeats after a flag group: valid, and it tags") {
    vil::RuleSet rules;
    load(rules, "t\t(^|\\PL)(?i)+foo\nu\t(^|\\PL)\\Q\\E*bar\n");
    CHECK(tag(rules, R"({"text":"a foo, bar"})") == Strings{"t r.tsv:1 text [foo]", "u r.tsv:2 text [bar]"});
  }
  SUBCASE("comments, blank lines, a byte order mark and CRLF line ends") {
    vil::RuleSet rules;
    vil::Diagnostic d;
    CHECK(rules.add_file("r.tsv", "\xEF\xBB\xBF# comment\r\n\r\n \t \r\nt:a\tx\r\nt:b\ty\r\n", d));
    CHECK(rules.size() == 2);
  }
  SUBCASE("a byte order mark before the first rule") {
    vil::RuleSet rules;
    vil::Diagnostic d;
    REQUIRE(rules.add_file("r.tsv", "\xEF\xBB\xBFt\tx", d));
    CHECK(rules.size() == 1);
  }
  SUBCASE("CRLF counts lines like LF") {
    const vil::Diagnostic d = add_error("a\tx\r\n# c\r\nbad\r\n");
    CHECK(d.line == 3);
    CHECK(d.message == "expected TAG<TAB>PATTERN[<TAB>FIELD[<TAB>KINDS]]");
  }
  SUBCASE("rules accumulate over files") {
    vil::RuleSet rules;
    vil::Diagnostic d;
    REQUIRE(rules.add_file("a.tsv", "t\tx\n", d));
    REQUIRE(rules.add_file("b.tsv", "u\ty\nv\tz\n", d));
    CHECK(rules.size() == 3);
  }
  SUBCASE("an empty file has no rules") {
    vil::RuleSet rules;
    vil::Diagnostic d;
    CHECK(rules.add_file("r.tsv", "", d));
    CHECK(rules.add_file("r.tsv", "\n# only a comment\n", d));
    CHECK(rules.size() == 0);
  }
}

TEST_CASE("vil::RuleSet::compile") {
  SUBCASE("no rules: compiles, and only plan rows get tags") {
    vil::RuleSet rules;
    std::string err;
    CHECK(rules.compile(err));
    CHECK(err.empty());
    CHECK(tag(rules, R"({"kind":"paragraph","text":"bolig"})").empty());
    CHECK(tag(rules, R"({"kind":"goal","text":"x","refs":{"raw":"FN 11.1","sdg":[11]}})") ==
          Strings{"sdg:11 refs refs.sdg [FN 11.1]"});
  }
  SUBCASE("rules on several fields") {
    vil::RuleSet rules;
    vil::Diagnostic d;
    REQUIRE(rules.add_file("r.tsv", "a\tx\nb\ty\tpath\nc\tz\ttext\n", d));
    std::string err;
    CHECK(rules.compile(err));
    CHECK(tag(rules, R"({"text":"x z","path":["y"]})") ==
          Strings{"a r.tsv:1 text [x]", "b r.tsv:2 path.0 [y]", "c r.tsv:3 text [z]"});
  }
  SUBCASE("once: a second call gives the first one's answer, and no rule joins after it") {
    vil::RuleSet rules;
    vil::Diagnostic d;
    REQUIRE(rules.add_file("r.tsv", "a\tx\n", d));
    std::string err;
    CHECK(rules.compile(err));
    CHECK(rules.compile(err));
    CHECK(err.empty());
    CHECK_FALSE(rules.add_file("s.tsv", "b\ty\n", d));
    CHECK(vil::format_diagnostic(d) == "s.tsv: rules added after the set was compiled");
    CHECK(rules.size() == 1);
    CHECK(tag(rules, R"({"text":"x y"})") == Strings{"a r.tsv:1 text [x]"});
  }
}

TEST_CASE("vil::RuleSet::set_compile_threads: the same hits, in the same order, for any count") {
  // Rules on two fields, some of a kind only, one whose prefilter passes where the rule
  // does not fire (bo\PL), several rules of one tag, matches in more than one place.
  const char* rule_file =
      "a\t(^|\\PL)klima\\pL*\n"
      "b\tbolig|(^|\\PL)bo(\\PL|$)\n"
      "c\tskole|barnehage\tpath\n"
      "a\tutslipp\n"
      "d\thelse\ttext\tbullet\n"
      "e\tnatur\\pL*|(^|\\PL)skog\n"
      "f\t(^|\\PL)vei(\\PL|$)|sykkel\n"
      "g\tjord(bruk|vern)\n"
      "h\tkultur\n"
      "i\t(^|\\PL)idrett\\pL*\tpath\n";
  const std::vector<std::string> records = {
      R"({"kind":"bullet","text":"Klimatiltak, bolig og helse: mindre utslipp, mer natur og skog, sykkelvei, jordvern og kultur. Bo!","path":["Skole og idrett","Barnehage"]})",
      R"({"kind":"paragraph","text":"boligklima og helse i naturen, vei og jordbruk","path":["Idrettslag"]})",
      R"({"kind":"bullet","text":"bolk og bod","path":[]})"};
  for (unsigned threads : {2u, 3u, 16u}) {
    CAPTURE(threads);
    vil::RuleSet one;
    vil::RuleSet many;
    load(one, rule_file);
    load(many, rule_file);
    many.set_compile_threads(threads);
    for (const std::string& record : records) {
      CAPTURE(record);
      const Strings want = tag(one, record);
      CHECK(tag(many, record) == want);
      CHECK(tag(many, record) == want);  // compiled by now: the calling thread alone
    }
  }
  vil::RuleSet rules;
  load(rules, rule_file);
  rules.set_compile_threads(2);
  CHECK(tag(rules, records[0]) ==
        Strings{"a r.tsv:1 text [Klimatiltak]", "a r.tsv:4 text [utslipp]", "b r.tsv:2 text [bolig|Bo]",
                "c r.tsv:3 path.0 [Skole]", "c r.tsv:3 path.1 [Barnehage]", "d r.tsv:5 text [helse]",
                "e r.tsv:6 text [natur|skog]", "f r.tsv:7 text [sykkelvei]", "g r.tsv:8 text [jordvern]",
                "h r.tsv:9 text [kultur]", "i r.tsv:10 path.0 [idrett]"});
}

TEST_CASE("vil::widen_letter_classes") {
  CHECK(vil::widen_letter_classes("(^|\\PL)klima") == "(^|(?s:.))klima");
  CHECK(vil::widen_letter_classes("\\pL+\\p{L}\\P{L}") == "(?s:.)+(?s:.)(?s:.)");
  // Inside a class, a letter class stays: widening it there would narrow the class's
  // complement ([^\pL]) or make "." literal.
  CHECK(vil::widen_letter_classes("[^\\pL\\d]x[\\PL]") == "[^\\pL\\d]x[\\PL]");
  CHECK(vil::widen_letter_classes("[]\\pL]\\PL") == "[]\\pL](?s:.)");
  CHECK(vil::widen_letter_classes("[[:alpha:]\\pL]\\pL") == "[[:alpha:]\\pL](?s:.)");
  // Other escapes keep their letters; \Q...\E is literal; an escaped backslash is not
  // the start of \PL.
  CHECK(vil::widen_letter_classes("\\p{Lu}\\PN") == "\\p{Lu}\\PN");
  CHECK(vil::widen_letter_classes("\\Q\\PL\\E\\PL") == "\\Q\\PL\\E(?s:.)");
  CHECK(vil::widen_letter_classes("\\\\PL") == "\\\\PL");
  CHECK(vil::widen_letter_classes("bolig|skole") == "bolig|skole");
}

TEST_CASE("vil::prefilter_pattern") {
  // Guards at the edges of top-level alternatives go; letter classes are widened.
  CHECK(vil::prefilter_pattern("(^|\\PL)sult|(^|\\PL)(bonde|bønder)(\\PL|$)|gårdsbruk") ==
        "sult|(bonde|bønder)|gårdsbruk");
  CHECK(vil::prefilter_pattern("(^|\\P{L})by\\pL*(\\P{L}|$)") == "by(?s:.)*");
  CHECK(vil::prefilter_pattern("(^|\\PL)") == "");
  CHECK(vil::prefilter_pattern("(^|\\PL)[a|b](\\PL|$)|x") == "[a|b]|x");
  // Guards elsewhere are widened and kept: inside an alternative, inside a group, or
  // repeated; so are look-alikes (an escaped paren, \Q...\E).
  CHECK(vil::prefilter_pattern("a(^|\\PL)b") == "a(^|(?s:.))b");
  CHECK(vil::prefilter_pattern("((^|\\PL)a|b)") == "((^|(?s:.))a|b)");
  CHECK(vil::prefilter_pattern("(^|\\PL)*x") == "(^|(?s:.))*x");
  CHECK(vil::prefilter_pattern("(^|\\PL){2}x") == "(^|(?s:.)){2}x");
  CHECK(vil::prefilter_pattern("\\((^|\\PL)a") == "\\((^|(?s:.))a");
  CHECK(vil::prefilter_pattern("\\Q(^|\\PL)\\Ea") == "\\Q(^|\\PL)\\Ea");
  CHECK(vil::prefilter_pattern("a(\\PL|$)+") == "a((?s:.)|$)+");
  // Classes are read as RE2 reads them: "[:" is a POSIX class only where an item starts
  // (here "!-[" is a range, and the class runs to the last "]").
  CHECK(vil::prefilter_pattern("[!-[:x:][]|(^|\\PL)foo]") == "[!-[:x:][]|(^|\\PL)foo]");
  CHECK(vil::prefilter_pattern("[\\p{L}-[:alpha:]]|(^|\\PL)a") == "[\\p{L}-[:alpha:]]|a");
  CHECK(vil::prefilter_pattern("[]|(^|\\PL)]|(^|\\PL)a") == "[]|(^|\\PL)]|a");
  // Groups that do not balance: only widened, so that RE2 reports the error.
  CHECK(vil::prefilter_pattern("(^|\\PL)a)") == "(^|(?s:.))a)");
  CHECK(vil::prefilter_pattern("((^|\\PL)a") == "((^|(?s:.))a");
}

TEST_CASE("vil::prefilter_pattern matches wherever the pattern does, and keeps its errors") {
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingUTF8);
  options.set_case_sensitive(false);
  const std::vector<std::string> patterns = {
      "(^|\\PL)sult|(^|\\PL)(bonde|bønder|bøndene)(\\PL|$)|gårdsbruk",
      "(^|\\PL)by\\pL*",
      "(^|\\PL)bo(\\PL|$)|bolig",
      "^Klima|klima$",
      "(^|\\PL)BUP(\\PL|$)",
      "a(^|\\PL)b|(^|\\PL)c(\\PL|$)d",
      "((^|\\PL)øy|ærlig)(\\PL|$)",
      "(^|\\PL)x*",
      "[!-[:x:][]|(^|\\PL)foo]",
      "[\\p{L}-[:alpha:]]|(^|\\PL)a(\\PL|$)",
  };
  const std::vector<std::string> texts = {
      "sult",     "konsultasjon", "Bøndene!", "bonde-gård", "byen", "Oslo by", "bo i byen", "bolk", "Klimaet",
      "om klima", "BUP.",         "a-b",      "ab",         "c d",  "cd",      "øya ærlig", "Øy.",  "",
      "xx yy",    "ærligøy",      "a !( b",   "!]",         "-a-",  "x:"};
  for (const std::string& pattern : patterns) {
    CAPTURE(pattern);
    const RE2 full(pattern, options);
    const RE2 prefilter(vil::prefilter_pattern(pattern), options);
    REQUIRE(full.ok());
    REQUIRE(prefilter.ok());
    for (const std::string& text : texts) {
      CAPTURE(text);
      if (RE2::PartialMatch(text, full)) CHECK(RE2::PartialMatch(text, prefilter));
    }
  }
  for (const char* bad : {"(^|\\PL){2,1}x", "(^|\\PL)a(", "(^|\\PL)a)", "(^|\\PL)[a", "(^|\\PL)x**"}) {
    CAPTURE(bad);
    CHECK_FALSE(RE2(bad, options).ok());
    CHECK_FALSE(RE2(vil::prefilter_pattern(bad), options).ok());
  }
}

TEST_CASE("vil::uncased_letter_classes") {
  CHECK(vil::uncased_letter_classes("(^|\\PL)klima(\\P{L}|$)") ==
        "(^|(?-i:[^\\pL\\x{345}]))klima((?-i:[^\\pL\\x{345}])|$)");
  CHECK(vil::uncased_letter_classes("by\\pL*|\\p{L}") == "by(?-i:[\\pL\\x{345}])*|(?-i:[\\pL\\x{345}])");
  // Classes, \Q...\E, other escapes and an escaped backslash stay as they are.
  CHECK(vil::uncased_letter_classes("[^\\pL\\d]\\Q\\PL\\E\\p{Lu}\\\\PL") ==
        "[^\\pL\\d]\\Q\\PL\\E\\p{Lu}\\\\PL");
  // A \PL that RE2 reads inside a class stays, after a range that ends in "[".
  CHECK(vil::uncased_letter_classes("[!-[:x:][]\\PL]") == "[!-[:x:][]\\PL]");
  // A pattern with flags of its own is left whole; groups (?: and (?P< are no flags.
  CHECK(vil::uncased_letter_classes("(?-i:Klima)\\PL") == "(?-i:Klima)\\PL");
  CHECK(vil::uncased_letter_classes("(?i)\\PL") == "(?i)\\PL");
  CHECK(vil::uncased_letter_classes("(?:a|b)\\PL") == "(?:a|b)(?-i:[^\\pL\\x{345}])");
  CHECK(vil::uncased_letter_classes("(?P<n>a)\\pL") == "(?P<n>a)(?-i:[\\pL\\x{345}])");
}

TEST_CASE("vil::uncased_letter_classes: the same code points as the case-folded classes, all of them") {
  // Every code point, as RE2 matches rules: case-insensitive, UTF-8. Bytes that are not
  // UTF-8 too.
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingUTF8);
  options.set_case_sensitive(false);
  for (const char* pattern : {"\\PL", "\\pL", "\\P{L}x"}) {
    CAPTURE(pattern);
    const RE2 folded(pattern, options);
    const RE2 uncased(vil::uncased_letter_classes(pattern), options);
    REQUIRE(folded.ok());
    REQUIRE(uncased.ok());
    const bool x = std::string_view(pattern).back() == 'x';
    std::size_t differ = 0;
    std::string text;
    for (char32_t cp = 0; cp <= 0x10FFFF; ++cp) {
      if (cp >= 0xD800 && cp <= 0xDFFF) continue;
      text.clear();
      vil::append_utf8(text, cp);
      if (x) text += 'X';
      differ += RE2::FullMatch(text, folded) != RE2::FullMatch(text, uncased);
    }
    CHECK(differ == 0);
    for (const std::string bad : {"\xFF", "\xC3", "\xED\xA0\x80", "\x80"})
      CHECK(RE2::FullMatch(bad, folded) == RE2::FullMatch(bad, uncased));
  }
}

TEST_CASE("vil::latin1_pattern") {
  std::string out;
  // Letters of Latin-1 become their byte; letter classes, escapes and groups stay.
  // \pL is written as its members up to U+00FF, \PL as the others.
  const std::string letters = "A-Za-z\\x{aa}\\x{b5}\\x{ba}\\x{c0}-\\x{d6}\\x{d8}-\\x{f6}\\x{f8}-\\x{ff}";
  CHECK(vil::latin1_pattern("(^|\\PL)(bonde|bønder)(\\P{L}|$)", out));
  CHECK(out == "(^|[^" + letters + "])(bonde|b\xF8nder)([^" + letters + "]|$)");
  CHECK(vil::latin1_pattern("[a-qs-zæøå]\\pL*|[.,;]\\.\\-(?:x|y)(?s:.)\\d\\s\\w", out));
  CHECK(out == "[a-qs-z\xE6\xF8\xE5][" + letters + "]*|[.,;]\\.\\-(?:x|y)(?s:.)\\d\\s\\w");
  CHECK(vil::latin1_pattern("[^\\pL\\d][\\PLø]", out));
  CHECK(out == "[^" + letters + "\\d][\\PL\xF8]");
  CHECK(vil::latin1_pattern("[^à-þ]×«»", out));
  CHECK(out == "[^\xE0-\xFE]\xD7\xAB\xBB");
  // Kept as UTF-8: a character above U+00FF, a stand-in, a range across them, flags,
  // escapes that name other characters or classes, [:classes:].
  for (const char* p :
       {"–",     "klima–",  "[–]",         "ª",       "[ª]",   "\xC2\x81", "[ -ÿ]",   "[a-ÿ]",
        "(?i)a", "(?-i:a)", "(?P<n>a)",    "\\x{e6}", "\\x41", "\\pN",     "\\p{Lu}", "\\Qæ\\E",
        "\\b",   "\\C",     "[[:alpha:]]", "[\\d-z]", "\\1",   "😀"}) {
    const std::string_view shown = p;
    CAPTURE(shown);
    CHECK_FALSE(vil::latin1_pattern(p, out));
  }
  // Every shipped rule is rewritten.
  for (const char* file : {"sdg.tsv", "topics.tsv"}) {
    CAPTURE(file);
    std::string text;
    REQUIRE(read_corpus_file(std::string("tags/") + file, text));
    std::size_t rules = 0;
    std::size_t kept = 0;
    for (std::string_view rest = text; !rest.empty();) {
      const std::string_view line = rest.substr(0, rest.find('\n'));
      rest.remove_prefix(std::min(rest.size(), line.size() + 1));
      if (line.empty() || line[0] == '#') continue;
      const std::size_t tab = line.find('\t');
      std::string_view pattern = line.substr(tab + 1);
      pattern = pattern.substr(0, pattern.find('\t'));
      ++rules;
      kept += vil::latin1_pattern(pattern, out) ? 0 : 1;
    }
    CHECK(rules > 50);
    CHECK(kept == 0);
  }
}

TEST_CASE("vil::latin1_text: each code point one byte, and where it was") {
  std::string out;
  std::vector<std::uint32_t> offsets;
  vil::latin1_text("Bø – K\xE2\x84\xAA\xF0\x9F\x98\x80\xE6\x97\xA5", out, offsets);
  // B ø space – space K Kelvin 😀 日: Kelvin is k, the emoji is no letter, 日 is one.
  CHECK(out == "B\xF8 \x81 Kk\x81\xAA");
  CHECK(offsets == std::vector<std::uint32_t>{0, 1, 3, 4, 7, 8, 9, 12, 16, 19});
  vil::latin1_text("", out, offsets);
  CHECK(out.empty());
  CHECK(offsets == std::vector<std::uint32_t>{0});
}

TEST_CASE("vil::latin1_pattern: on latin1_text's bytes, the same code points as in UTF-8, all of them") {
  // Each pattern against every code point, as RE2 matches rules (case-insensitive):
  // UTF-8 on the code point, Latin-1 on its byte. All the patterns at once, as one
  // anchored RE2::Set a side; a Latin-1 byte's answers are worked out once (a million
  // code points of 32 searches each took minutes under the sanitizers).
  RE2::Options utf8;
  utf8.set_encoding(RE2::Options::EncodingUTF8);
  utf8.set_case_sensitive(false);
  RE2::Options latin1 = utf8;
  latin1.set_encoding(RE2::Options::EncodingLatin1);
  const std::vector<std::string_view> patterns = {
      "\\pL",  "\\PL",   "\\p{L}", "\\P{L}",      "k",      "S",          "Å",       "µ",
      "ÿ",     "ß",      "æ",      "[a-qs-zæøå]", "[^a-z]", "[^\\pL]",    "[\\PL]",  "[.,;]",
      ".",     "(?s:.)", "\\w",    "\\W",         "\\d",    "\\D",        "\\s",     "\\S",
      "[à-þ]", "[^À-Þ]", "×",      "\\-",         "[!-~]",  "[^\\pL\\d]", "[\\PLø]", "[x\\p{L}]"};
  RE2::Set as_utf8(utf8, RE2::ANCHOR_BOTH);
  RE2::Set as_latin1(latin1, RE2::ANCHOR_BOTH);
  for (std::string_view pattern : patterns) {
    CAPTURE(pattern);
    std::string rewritten;
    REQUIRE(vil::latin1_pattern(pattern, rewritten));
    std::string problem;
    REQUIRE(as_utf8.Add(pattern, &problem) >= 0);
    REQUIRE(as_latin1.Add(rewritten, &problem) >= 0);
  }
  REQUIRE(as_utf8.Compile());
  REQUIRE(as_latin1.Compile());
  // The patterns that match each one-byte Latin-1 text, as a bit set.
  const auto bits = [](const std::vector<int>& matched) {
    std::uint64_t b = 0;
    for (int m : matched) b |= std::uint64_t{1} << m;
    return b;
  };
  std::array<std::uint64_t, 256> latin1_matches{};
  std::vector<int> matched;
  for (int b = 0; b < 256; ++b) {
    matched.clear();
    as_latin1.Match(std::string(1, static_cast<char>(b)), &matched);
    latin1_matches[static_cast<std::size_t>(b)] = bits(matched);
  }
  std::vector<std::size_t> differ(patterns.size(), 0);
  std::size_t not_one_byte = 0;
  std::string text;
  std::string bytes;
  std::vector<std::uint32_t> offsets;
  for (char32_t cp = 0; cp <= 0x10FFFF; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    text.clear();
    vil::append_utf8(text, cp);
    vil::latin1_text(text, bytes, offsets);
    if (bytes.size() != 1) {
      ++not_one_byte;
      continue;
    }
    matched.clear();
    as_utf8.Match(text, &matched);
    const std::uint64_t diff = bits(matched) ^ latin1_matches[static_cast<unsigned char>(bytes[0])];
    for (std::size_t i = 0; i < patterns.size(); ++i) differ[i] += (diff >> i) & 1;
  }
  CHECK(not_one_byte == 0);
  for (std::size_t i = 0; i < patterns.size(); ++i) {
    CAPTURE(patterns[i]);
    CHECK(differ[i] == 0);
  }
}

TEST_CASE("vil::RuleSet::tag: rules compiled for Latin-1 give the hits of rules compiled for UTF-8") {
  // Letters that fold with Latin-1 ones from above it (Kelvin sign, long s, Ångström sign,
  // mu, Ÿ, capital sharp s), U+0345, letters and marks beyond, at word edges and inside.
  const char* rule_file =
      "a\t(^|\\PL)kl\\pL*(\\PL|$)\n"
      "b\tstr\\pL+|(^|\\PL)å(\\PL|$)\n"
      "c\t[^a-z ]+\n"
      "d\tµ|ÿ|ß|æ\\PL\n"
      "e\tx(\\pL|\\d)*|[.,;]\n"
      "f\t(?i)only-utf8|–\n"
      "g\tzz|\n"
      "h\t^|x\n";
  const std::vector<std::string> texts = {
      "{\"text\":\"\xE2\x84\xAAlima \xC5\xBFtr\xC3\xB8m \xE2\x84\xAB i \xCE\xBC \xC5\xB8 \xE1\xBA\x9E.\"}",
      "{\"text\":\"klima\xCD\x85 kl\xE6\x97\xA5 x\xF0\x9F\x98\x80x1 \xC3\xA6\xE2\x80\x93 \xC3\xA6\xCD\x85 "
      "\xC3\xA6!\"}",
      R"({"text":"Ærlig: ÅSTRØM, ß og µ; ÿ, «klima» – x2y"})",
      R"({"text":"only-UTF8 og — kl"})",
      R"({"text":"Å μ 日 x – ø"})",
      R"({"text":""})",
  };
  vil::RuleSet utf8;
  vil::RuleSet latin1;
  utf8.set_latin1(false);
  load(utf8, rule_file);
  load(latin1, rule_file);
  for (const std::string& text : texts) {
    CAPTURE(text);
    CHECK(tag(latin1, text) == tag(utf8, text));
  }
  // What the rules found, read from the texts: the Kelvin sign is k, long s is s, the
  // Ångström sign is å; mu, Ÿ and ẞ are µ, ÿ and ß.
  CHECK(
      tag(latin1, texts[0]) ==
      Strings{
          "a r.tsv:1 text [\xE2\x84\xAAlima]", "b r.tsv:2 text [\xC5\xBFtr\xC3\xB8m|\xE2\x84\xAB]",
          "c r.tsv:3 text [\xC5\xBFtr\xC3\xB8m|\xE2\x84\xAB|\xCE\xBC|\xC5\xB8|\xE1\xBA\x9E]",
          "d r.tsv:4 text [\xCE\xBC|\xC5\xB8|\xE1\xBA\x9E]", "e r.tsv:5 text [.]",
          "g r.tsv:7 text [\xE2\x84\xAAlima|\xC5\xBFtr\xC3\xB8m|\xE2\x84\xAB|\xCE\xBC|\xC5\xB8|\xE1\xBA\x9E]",
          "h r.tsv:8 text []"});
  // A rule that matches the empty string finds a word of one letter above ASCII from inside
  // it, as it does in UTF-8 (the search goes on a byte further after an empty match).
  CHECK(tag(latin1, texts[4]) == Strings{"b r.tsv:2 text [Å]", "c r.tsv:3 text [Å|μ|日|–|ø]",
                                         "d r.tsv:4 text [μ]", "e r.tsv:5 text [x]", "f r.tsv:6 text [–]",
                                         "g r.tsv:7 text [Å|μ|日|ø]", "h r.tsv:8 text [x]"});
}

TEST_CASE("vil::RuleSet::set_latin1: rules keep the encoding they were added with") {
  // Turned off or on between files, or after all of them: each rule still reads the bytes
  // its prefilter and its own RE2 were made for.
  const auto add = [](vil::RuleSet& rules, std::string_view text, std::string_view name) {
    vil::Diagnostic d;
    REQUIRE_MESSAGE(rules.add_file(name, text, d), vil::format_diagnostic(d));
  };
  const auto run = [&](bool first_latin1, bool second_latin1, bool after) {
    vil::RuleSet rules;
    rules.set_latin1(first_latin1);
    add(rules, "a\tbønder\n", "a.tsv");
    rules.set_latin1(second_latin1);
    add(rules, "b\t(^|\\PL)fjør(\\PL|$)\n", "b.tsv");
    rules.set_latin1(after);
    std::string err;
    REQUIRE_MESSAGE(rules.compile(err), err);
    return tag(rules, R"({"text":"Bønder i fjør"})");
  };
  const Strings want = {"a a.tsv:1 text [Bønder]", "b b.tsv:1 text [fjør]"};
  for (int flags = 0; flags < 8; ++flags) {
    CAPTURE(flags);
    CHECK(run((flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0) == want);
  }
}

TEST_CASE("vil::RuleSet::tag: matches found by probing starts are those of the reverse program") {
  // Spans where the choice matters: alternatives that differ in length, word guards that
  // take a character, ^ and $, patterns that match the empty string, letters outside
  // ASCII, several matches in one field, a match at the very end.
  const char* rule_file =
      "a\t(^|\\PL)bo(\\PL|$)|bolig|boligpolitikk\n"
      "b\tby|byen|(^|\\PL)by\\pL*\n"
      "c\tx*\n"
      "d\t^Klima|klima$\n"
      "e\tæ|ærlig|(^|\\PL)øy\\pL*\n"
      "f\t(s|st)(ø|ør)rre\n";
  const std::vector<std::string> texts = {
      R"({"text":"bo i byen, boligpolitikk og bolig. Bo! by"})",
      R"({"text":"Klima er klima"})",
      R"({"text":"Ærlig talt: øya, øyer og en større og størrre bys"})",
      R"({"text":"xx y xxx"})",
      R"({"text":""})",
      R"({"text":"Byens byer by"})",
  };
  for (unsigned probe : {1u, 2u, 1000u}) {
    vil::RuleSet reverse, probing;
    load(reverse, rule_file);
    load(probing, rule_file);
    reverse.set_probe_searches(0);
    probing.set_probe_searches(probe);
    for (const std::string& text : texts) {
      CAPTURE(probe);
      CAPTURE(text);
      CHECK(tag(probing, text) == tag(reverse, text));
    }
  }
  vil::RuleSet rules;
  load(rules, rule_file);
  rules.set_probe_searches(1000);
  CHECK(tag(rules, texts[0]) == Strings{"a r.tsv:1 text [bo|boligpolitikk|bolig|Bo]",
                                        "b r.tsv:2 text [byen|by]",
                                        "c r.tsv:3 text [bo|byen|boligpolitikk|og|bolig|Bo|by]"});
  CHECK(tag(rules, texts[1]) == Strings{"c r.tsv:3 text [Klima|er|klima]", "d r.tsv:4 text [Klima|klima]"});
  CHECK(tag(rules, texts[2]) ==
        Strings{"b r.tsv:2 text [bys]", "c r.tsv:3 text [Ærlig|talt|øya|øyer|og|en|større|størrre|bys]",
                "e r.tsv:5 text [Ærlig|øya|øyer]", "f r.tsv:6 text [større|størrre]"});
}

TEST_CASE("vil::RuleSet::tag") {
  SUBCASE("hits sorted by tag, naming the rule as FILE:LINE, the field and the words") {
    const char* rules =
        "# rules\n"
        "topic:housing\tbolig\n"
        "sdg:11\tbolig|\\bby\n"
        "topic:none\tsjiraff\n";
    CHECK(tag_with(rules, R"({"kind":"paragraph","text":"Boligpolitikk for nye boliger i byen."})") ==
          Strings{"sdg:11 r.tsv:3 text [Boligpolitikk|boliger|byen]",
                  "topic:housing r.tsv:2 text [Boligpolitikk|boliger]"});
  }
  SUBCASE("no match, no hits") { CHECK(tag_with("t\tbolig\n", R"({"text":"skole"})").empty()); }
  SUBCASE("a rule fires where its own pattern matches, not where its prefilter does") {
    // The set matches "(^|(?s:.))klima" in "arbeidsklima"; the rule itself does not.
    const char* rules = "topic:climate\t(^|\\PL)klima\nt:letter\t\\pLby\\PL\n";
    CHECK(tag_with(rules, R"({"text":"Et godt arbeidsklima i Oslo."})").empty());
    CHECK(tag_with(rules, R"({"text":"Arbeidsklima og klima i byen."})") ==
          Strings{"topic:climate r.tsv:1 text [klima]"});
    CHECK(tag_with(rules, R"({"text":"En storby, 3by ."})") == Strings{"t:letter r.tsv:2 text [storby]"});
    CHECK(tag_with(rules, R"({"text":"klima\nog mer"})") == Strings{"topic:climate r.tsv:1 text [klima]"});
  }
  SUBCASE("matching ignores case, with Unicode folding") {
    CHECK(tag_with("t\tBOLIG\nu\tærlig\n", R"({"text":"bolig ÆRLIG"})") ==
          Strings{"t r.tsv:1 text [bolig]", "u r.tsv:2 text [ÆRLIG]"});
  }
  SUBCASE("a match inside a compound gives the whole word") {
    CHECK(tag_with("t\tbolig\n", R"({"text":"Kommunens utleieboliger og boligpolitikk."})") ==
          Strings{"t r.tsv:1 text [utleieboliger|boligpolitikk]"});
  }
  SUBCASE("words are unique, in order of appearance") {
    CHECK(tag_with("t\tbolig\n", R"({"text":"bolig, bolig og Bolig; bolig"})") ==
          Strings{"t r.tsv:1 text [bolig|Bolig]"});
  }
  SUBCASE("words are unique, in order of appearance, also past sixteen of them") {
    std::string text;
    Strings words;
    for (int i = 0; i < 20; ++i) words.push_back("bolig" + std::string(1, static_cast<char>('a' + i)));
    for (int round = 0; round < 2; ++round)
      for (const std::string& w : words) text += w + " ";
    std::string expected = "t r.tsv:1 text [";
    for (std::size_t i = 0; i < words.size(); ++i) expected += (i > 0 ? "|" : "") + words[i];
    CHECK(tag_with("t\tbolig\n", R"({"text":")" + text + R"("})") == Strings{expected + "]"});
  }
  SUBCASE("a match over two words gives both, spaces folded") {
    CHECK(tag_with("t\tnye\\s+bol\n", R"({"text":"Mange nye   boliger"})") ==
          Strings{"t r.tsv:1 text [nye boliger]"});
  }
  SUBCASE("a match of punctuation gives itself") {
    CHECK(tag_with("t\t%\n", R"({"text":"50 % av"})") == Strings{"t r.tsv:1 text [%]"});
  }
  SUBCASE("the words of Norwegian text keep æøå whole") {
    CHECK(tag_with("t\tbær\n", R"({"text":"Blåbærene på øya"})") == Strings{"t r.tsv:1 text [Blåbærene]"});
  }
  SUBCASE("rules of one tag keep their file order") {
    CHECK(tag_with("t\tx\nt\ty\nt\tz\n", R"({"text":"z y x"})") ==
          Strings{"t r.tsv:1 text [x]", "t r.tsv:2 text [y]", "t r.tsv:3 text [z]"});
  }
  SUBCASE("each file names its own rules") {
    vil::RuleSet rules;
    vil::Diagnostic d;
    REQUIRE(rules.add_file("topics.tsv", "# t\ntopic:a\tx\n", d));
    REQUIRE(rules.add_file("sdg.tsv", "sdg:1\tx\n", d));
    std::string err;
    REQUIRE(rules.compile(err));
    CHECK(tag(rules, R"({"text":"x"})") ==
          Strings{"sdg:1 sdg.tsv:1 text [x]", "topic:a topics.tsv:2 text [x]"});
  }
  SUBCASE("KINDS limits a rule to some kinds") {
    const char* rules =
        "topic:school\tskole\t-\tbullet, lead\n"
        "topic:any\tskole\n";
    CHECK(tag_with(rules, R"({"kind":"bullet","text":"Ny skole"})") ==
          Strings{"topic:any r.tsv:2 text [skole]", "topic:school r.tsv:1 text [skole]"});
    CHECK(tag_with(rules, R"({"kind":"lead","text":"Ny skole"})") ==
          Strings{"topic:any r.tsv:2 text [skole]", "topic:school r.tsv:1 text [skole]"});
    CHECK(tag_with(rules, R"({"kind":"paragraph","text":"Ny skole"})") ==
          Strings{"topic:any r.tsv:2 text [skole]"});
  }
  SUBCASE("KINDS: a record with no kind, or one that is not a kind, gets only unrestricted rules") {
    const char* rules =
        "topic:school\tskole\ttext\tbullet\n"
        "topic:any\tskole\n";
    CHECK(tag_with(rules, R"({"text":"skole"})") == Strings{"topic:any r.tsv:2 text [skole]"});
    CHECK(tag_with(rules, R"({"kind":"pledge","text":"skole"})") ==
          Strings{"topic:any r.tsv:2 text [skole]"});
    CHECK(tag_with(rules, R"({"kind":3,"text":"skole"})") == Strings{"topic:any r.tsv:2 text [skole]"});
  }
  SUBCASE("'-' and empty cells mean the defaults") {
    CHECK(tag_with("t\tx\t-\t-\n", R"({"kind":"toc","text":"x"})") == Strings{"t r.tsv:1 text [x]"});
    CHECK(tag_with("t\tx\t\t\n", R"({"kind":"toc","text":"x"})") == Strings{"t r.tsv:1 text [x]"});
  }
  SUBCASE("FIELD on path elements names the element") {
    CHECK(tag_with("topic:plan\tplan\tpath\n",
                   R"({"text":"","path":["Del 1","Kommuneplanens samfunnsdel"]})") ==
          Strings{"topic:plan r.tsv:1 path.1 [Kommuneplanens]"});
    CHECK(
        tag_with("topic:plan\tdel\tpath\n", R"({"text":"","path":["Del 1","Kommuneplanens samfunnsdel"]})") ==
        Strings{"topic:plan r.tsv:1 path.0 [Del]", "topic:plan r.tsv:1 path.1 [samfunnsdel]"});
  }
  SUBCASE("FIELD: a nested field, a number, a missing field") {
    CHECK(
        tag_with("place:asker\task\tmeta.municipality\n", R"({"text":"","meta":{"municipality":"Asker"}})") ==
        Strings{"place:asker r.tsv:1 meta.municipality [Asker]"});
    CHECK(tag_with("year\t^20\\d\\d$\tn\n", R"({"text":"","n":2024})") == Strings{"year r.tsv:1 n [2024]"});
    CHECK(tag_with("t\tx\tmeta.title\n", R"({"text":"x"})").empty());
    CHECK(tag_with("t\tx\tmeta.title\n", R"({"text":"x","meta":{"title":null}})").empty());
  }
  SUBCASE("plan rows get sdg:N from refs.sdg, rule \"refs\", words [refs.raw]") {
    const char* row =
        R"({"kind":"strategy","text":"Gode boliger","refs":{"raw":"FN-T 11.7 3.4","bases":["FN-T"],"targets":["11.7","3.4"],"sdg":[3,11]}})";
    CHECK(tag_with("topic:housing\tbolig\n", row) == Strings{"sdg:11 refs refs.sdg [FN-T 11.7 3.4]",
                                                             "sdg:3 refs refs.sdg [FN-T 11.7 3.4]",
                                                             "topic:housing r.tsv:1 text [boliger]"});
    CHECK(tag_with("t\tx\n", R"({"kind":"goal","text":"","refs":{"raw":"FN 1.1","sdg":[1]}})") ==
          Strings{"sdg:1 refs refs.sdg [FN 1.1]"});
    CHECK(tag_with("t\tx\n", R"({"kind":"subgoal","text":"","refs":{"raw":"FN 1.1","sdg":[1]}})") ==
          Strings{"sdg:1 refs refs.sdg [FN 1.1]"});
  }
  SUBCASE("a plan row's own code comes before a rule's hit for the same tag") {
    CHECK(tag_with("sdg:11\tbolig\n",
                   R"({"kind":"goal","text":"boliger","refs":{"raw":"FN 11.1","sdg":[11]}})") ==
          Strings{"sdg:11 refs refs.sdg [FN 11.1]", "sdg:11 r.tsv:1 text [boliger]"});
  }
  SUBCASE("refs count only on plan rows, and only whole numbers in refs.sdg") {
    vil::RuleSet rules;
    load(rules, "");
    CHECK(tag(rules, R"({"kind":"paragraph","text":"","refs":{"raw":"FN 11.1","sdg":[11]}})").empty());
    CHECK(tag(rules, R"({"text":"","refs":{"raw":"FN 11.1","sdg":[11]}})").empty());
    CHECK(tag(rules, R"({"kind":"goal","text":""})").empty());
    CHECK(tag(rules, R"({"kind":"goal","text":"","refs":{"raw":"FN 11.1","sdg":["11",2.5,null,7]}})") ==
          Strings{"sdg:7 refs refs.sdg [FN 11.1]"});
  }
  SUBCASE("hits replace what the vector held") {
    vil::RuleSet rules;
    load(rules, "t\tx\n");
    simdjson::dom::parser parser;
    simdjson::dom::element record;
    REQUIRE(parser.parse(R"({"text":"x"})", 12).get(record) == simdjson::SUCCESS);
    std::vector<vil::TagHit> hits(3);
    std::string err;
    CHECK(rules.tag(record, hits, err));
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].tag == "t");
  }
}

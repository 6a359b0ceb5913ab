#include "vil/text.hpp"

#include <doctest/doctest.h>

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "vil/utf8.hpp"

TEST_CASE("vil::is_space") {
  CHECK(vil::is_space(U' '));
  CHECK(vil::is_space(U'\t'));
  CHECK(vil::is_space(U'\n'));
  CHECK(vil::is_space(U'\r'));
  CHECK(vil::is_space(U'\u00A0'));  // no-break space
  CHECK(vil::is_space(U'\u202F'));  // narrow no-break space
  CHECK(vil::is_space(U'\u2009'));  // thin space
  CHECK(vil::is_space(U'\u2000'));
  CHECK(vil::is_space(U'\u200A'));
  CHECK(vil::is_space(U'\u3000'));  // ideographic space
  CHECK(vil::is_space(U'\uFEFF'));  // zero width no-break space (BOM)
  CHECK_FALSE(vil::is_space(U'a'));
  CHECK_FALSE(vil::is_space(U'_'));
  CHECK_FALSE(vil::is_space(U'\u200B'));  // zero width space is not a separator
  CHECK_FALSE(vil::is_space(0));
}

TEST_CASE("vil::clean_text") {
  SUBCASE("bold markers are removed") {
    CHECK(vil::clean_text("**Fet** tekst") == "Fet tekst");
    CHECK(vil::clean_text("ikke**fet**") == "ikkefet");
    CHECK(vil::clean_text("a ** b") == "a b");
    CHECK(vil::clean_text("****") == "");
    CHECK(vil::clean_text("***") == "*");  // one pair removed, the odd star kept
    CHECK(vil::clean_text("* punkt") == "* punkt");
  }
  SUBCASE("tabs, no-break spaces and runs of spaces fold to one space") {
    CHECK(vil::clean_text("a\t\tb") == "a b");
    CHECK(vil::clean_text("a\u00A0b") == "a b");
    CHECK(vil::clean_text("10\u202F000 kr") == "10 000 kr");
    CHECK(vil::clean_text("a    b") == "a b");
    CHECK(vil::clean_text("a \t\u00A0\u2009 b") == "a b");
  }
  SUBCASE("no space at either end") {
    CHECK(vil::clean_text("  a  ") == "a");
    CHECK(vil::clean_text("\u00A0\tøl\u3000") == "øl");
    CHECK(vil::clean_text("   ") == "");
    CHECK(vil::clean_text("") == "");
    CHECK(vil::clean_text("** Fet **") == "Fet");
  }
  SUBCASE("other text is kept byte for byte") {
    CHECK(vil::clean_text("Blåbær, ÆØÅ – «sitat» … 😀") == "Blåbær, ÆØÅ – «sitat» … 😀");
  }
}

TEST_CASE("vil::append_clean") {
  SUBCASE("wrapped lines are joined with exactly one space") {
    std::string out;
    vil::append_clean(out, "Dette er en lang setning som");
    vil::append_clean(out, "  fortsetter her  ");
    vil::append_clean(out, "\tog slutter her.");
    CHECK(out == "Dette er en lang setning som fortsetter her og slutter her.");
  }
  SUBCASE("soft hyphens go but at the end; ligatures are spelled out") {
    CHECK(vil::clean_text("funk\u00ADsjons\u00ADevne") == "funksjonsevne");
    CHECK(vil::clean_text("funk\u00AD") == "funk\u00AD");  // a wrap's: append_wrapped joins the next line
    CHECK(vil::clean_text("\uFB02eksible kvali\uFB01sering, e\uFB00ekt") ==
          "fleksible kvalifisering, effekt");
  }
  SUBCASE("appending to an empty string adds no leading space") {
    std::string out;
    vil::append_clean(out, "   a");
    CHECK(out == "a");
  }
  SUBCASE("a blank or empty line adds nothing, not even a space") {
    std::string out = "a";
    vil::append_clean(out, "   ");
    vil::append_clean(out, "");
    vil::append_clean(out, "****");
    CHECK(out == "a");
    vil::append_clean(out, "b");
    CHECK(out == "a b");
  }
  SUBCASE("a line that starts with bold markup is still separated") {
    std::string out = "Les";
    vil::append_clean(out, "**dette**");
    CHECK(out == "Les dette");
  }
  SUBCASE("no doubled space when out already ends with one") {
    std::string out = "a ";
    vil::append_clean(out, " b");
    CHECK(out == "a b");
  }
}

TEST_CASE("vil::append_clean: as a plain reading of its rule, at every offset of an eight-byte word") {
  // The rule read one code point at a time: "**" goes, a run of spaces is one space
  // between two texts, and none at either end (out starts with text: one joins them); a
  // soft hyphen goes but at the very end, a ligature is spelled out.
  const auto reference = [](std::string out, std::string_view s) {
    bool pending = !out.empty();
    std::size_t i = 0;
    while (i < s.size()) {
      if (s.substr(i, 2) == "**") {
        i += 2;
        continue;
      }
      const std::size_t at = i;
      const char32_t cp = vil::next_code_point(s, i);
      if (vil::is_space(cp)) {
        pending = true;
        continue;
      }
      if (cp == 0xAD && i < s.size()) continue;  // a soft hyphen, but at the very end
      std::string_view text = s.substr(at, i - at);
      if (cp >= 0xFB00 && cp <= 0xFB06)
        text = std::array<std::string_view, 7>{"ff", "fi", "fl", "ffi", "ffl", "st", "st"}[cp - 0xFB00];
      if (pending && !out.empty() && out.back() != ' ') out.push_back(' ');
      pending = false;
      out.append(text);
    }
    return out;
  };
  const std::vector<std::string> pieces = {"a",    "bc", "defghijk", " ",      "  ",     "\t",     "\n",
                                           "*",    "**", "\u00A0",   "æ",      "–",      "\u2009", "\u3000",
                                           "\x01", "😀",  "\u00AD",   "\uFB01", "\uFB03", "\uFB06", "\uFB07"};
  std::uint32_t seed = 12345;  // a fixed sequence: the same strings every run
  const auto next = [&seed] {
    seed = seed * 1664525u + 1013904223u;
    return seed >> 8;
  };
  for (int n = 0; n < 20000; ++n) {
    std::string s;
    const std::uint32_t parts = next() % 12;
    for (std::uint32_t k = 0; k < parts; ++k) s += pieces[next() % pieces.size()];
    const std::string before = n % 3 == 0 ? "" : n % 3 == 1 ? "ord" : "ord ";
    std::string out = before;
    vil::append_clean(out, s);
    CAPTURE(s);
    CAPTURE(before);
    REQUIRE(out == reference(before, s));
  }
}

TEST_CASE("vil::append_fold_case") {
  std::string out = "Før: ";
  vil::append_fold_case(out, "ABC Æ");
  CHECK(out == "Før: abc æ");
  vil::append_fold_case(out, " Straße");  // utf8proc's full folding: what was there stays
  CHECK(out == "Før: abc æ strasse");
  vil::append_fold_case(out, "");
  CHECK(out == "Før: abc æ strasse");
}

TEST_CASE("vil::normalize_key") {
  SUBCASE("case folded") {
    CHECK(vil::normalize_key("ÆØÅ") == "æøå");
    CHECK(vil::normalize_key("ÆØÅ") == vil::normalize_key("æøå"));
    CHECK(vil::normalize_key("Hello World") == "hello world");
    CHECK(vil::normalize_key("Straße") == "strasse");  // full case folding
  }
  SUBCASE("NFC: a decomposed letter equals the precomposed one") {
    CHECK(vil::normalize_key("a\u030A") == "\u00E5");
    CHECK(vil::normalize_key("a\u030A") == vil::normalize_key("å"));
    CHECK(vil::normalize_key("BA\u030At") == "båt");
  }
  SUBCASE("spaces and bold markers folded as clean_text does") {
    CHECK(vil::normalize_key("PS  vil") == "ps vil");
    CHECK(vil::normalize_key("  **Fet**\u00A0Tekst ") == "fet tekst");
  }
}

TEST_CASE("vil::fold_case") {
  CHECK(vil::fold_case("ABC def") == "abc def");
  CHECK(vil::fold_case("Bærum ÆØÅ") == "bærum æøå");
  CHECK(vil::fold_case("A  B") == "a  b");  // spaces are not folded here
  CHECK(vil::fold_case("") == "");
  SUBCASE("every ASCII byte, at every offset of an eight-byte word, as tolower does") {
    std::string all;
    for (int c = 1; c < 0x80; ++c) all.push_back(static_cast<char>(c));
    std::string want;
    for (const char c : all) want.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
    for (std::size_t skip = 0; skip < 9; ++skip) {
      CHECK(vil::fold_case(all.substr(skip)) == want.substr(skip));
      CHECK(vil::fold_case(all.substr(skip) + "ÆØÅ ABC") == want.substr(skip) + "æøå abc");
      CHECK(vil::fold_case("Ø" + all.substr(skip)) == "ø" + want.substr(skip));
    }
  }
  SUBCASE("invalid UTF-8 comes back as it is, wherever it sits in an eight-byte word") {
    for (const std::string bad : {"x\xC3",
                                  "\xC3"
                                  "ABCDEFGHIJ",
                                  "ABCDEFG\xC3"
                                  "ABCDEFGH",
                                  "\xC2"
                                  "A",
                                  "\xE2\x80"
                                  "ABCDEFGH",
                                  "ABC\xA5"
                                  "DEF",
                                  "Å\xC3"}) {
      CHECK(vil::fold_case(bad) == bad);
    }
  }
}

TEST_CASE("vil::starts_lowercase") {
  SUBCASE("the first letter decides") {
    CHECK(vil::starts_lowercase("klasse"));
    CHECK(vil::starts_lowercase("ærlig"));
    CHECK_FALSE(vil::starts_lowercase("Klasse"));
    CHECK_FALSE(vil::starts_lowercase("Ærlig"));
  }
  SUBCASE("digits, punctuation and spaces before the first letter are skipped") {
    CHECK(vil::starts_lowercase("1. klasse"));
    CHECK(vil::starts_lowercase("«sitat»"));
    CHECK(vil::starts_lowercase("– og så"));
    CHECK(vil::starts_lowercase("(a)"));
    CHECK(vil::starts_lowercase("\xF0\x9F\x98\x80 bygge"));  // an emoji is not a letter
    CHECK_FALSE(vil::starts_lowercase("2023 Asker"));
  }
  SUBCASE("false without a letter") {
    CHECK_FALSE(vil::starts_lowercase(""));
    CHECK_FALSE(vil::starts_lowercase("2023"));
    CHECK_FALSE(vil::starts_lowercase("... !"));
  }
}

TEST_CASE("vil::ends_with_stop") {
  SUBCASE("sentence and clause stops") {
    CHECK(vil::ends_with_stop("Slutt."));
    CHECK(vil::ends_with_stop("PS vil:"));
    CHECK(vil::ends_with_stop("Hvorfor?"));
    CHECK(vil::ends_with_stop("Nå!"));
    CHECK(vil::ends_with_stop("a;"));
    CHECK(vil::ends_with_stop("a,"));
    CHECK(vil::ends_with_stop("og så videre\u2026"));  // … ellipsis
    CHECK(vil::ends_with_stop("og så videre..."));
  }
  SUBCASE("closing quotes, brackets and bold markers are looked past") {
    CHECK(vil::ends_with_stop("Han sa «slutt.»"));
    CHECK(vil::ends_with_stop("\u201CSlutt.\u201D"));
    CHECK(vil::ends_with_stop("(se over.)"));
    CHECK(vil::ends_with_stop("**Fet setning.**"));
    CHECK(vil::ends_with_stop("'slutt.'"));
    CHECK(vil::ends_with_stop("[slutt.]"));
  }
  SUBCASE("trailing spaces are ignored") { CHECK(vil::ends_with_stop("Slutt.  \t")); }
  SUBCASE("no stop") {
    CHECK_FALSE(vil::ends_with_stop("x)"));
    CHECK_FALSE(vil::ends_with_stop("Tittel"));
    CHECK_FALSE(vil::ends_with_stop("Dette er særlig"));
    CHECK_FALSE(vil::ends_with_stop("«sitat»"));
    CHECK_FALSE(vil::ends_with_stop("-"));
    CHECK_FALSE(vil::ends_with_stop(""));
    CHECK_FALSE(vil::ends_with_stop(")"));
    CHECK_FALSE(vil::ends_with_stop("   "));
  }
}

TEST_CASE("vil::has_letter") {
  CHECK(vil::has_letter("a"));
  CHECK(vil::has_letter("2023 Å"));
  CHECK(vil::has_letter("Ø"));
  CHECK_FALSE(vil::has_letter(""));
  CHECK_FALSE(vil::has_letter("2023 → 2027"));
  CHECK_FALSE(vil::has_letter("11.7 - 12"));
}

TEST_CASE("vil::trim") {
  // std::string, so that a failure prints the value (doctest 2.4.9 cannot print a string_view).
  const auto trimmed = [](std::string_view s) { return std::string(vil::trim(s)); };
  CHECK(trimmed("  a b  ") == "a b");
  CHECK(trimmed("a  b") == "a  b");  // inner spaces are kept
  CHECK(trimmed("\t\u00A0ærlig\u202F\u3000") == "ærlig");
  CHECK(trimmed("\r\n") == "");
  CHECK(trimmed("") == "");
  CHECK(trimmed("æ") == "æ");
  CHECK(trimmed("\u00A0") == "");
  CHECK(trimmed(" ø ") == "ø");
  // ASCII spaces around a non-ASCII space, each way round; other ASCII controls, and
  // non-ASCII letters at both ends, stay.
  CHECK(trimmed(" \v\u2003 x \u00A0\f") == "x");
  CHECK(trimmed("\u2009\ta\u00A0") == "a");
  CHECK(trimmed("\x1c a \x1f") == "\x1c a \x1f");
  CHECK(trimmed(" \u00C2 \u00E2 ") == "\u00C2 \u00E2");
}

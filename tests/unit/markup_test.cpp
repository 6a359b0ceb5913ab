#include "vil/markup.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>

TEST_CASE("vil::strip_inline_markup") {
  using vil::strip_inline_markup;
  CHECK(strip_inline_markup("ingen markup her") == "ingen markup her");
  CHECK(strip_inline_markup("et _kort_ og *viktig* ord") == "et kort og viktig ord");
  CHECK(strip_inline_markup("__sterk__ og **sterk**") == "sterk og sterk");
  CHECK(strip_inline_markup("*yttre _indre_ ord*") == "yttre indre ord");
  // Intraword and spaced markers are no emphasis.
  CHECK(strip_inline_markup("snake_case_navn og 2 * 3 * 4") == "snake_case_navn og 2 * 3 * 4");
  CHECK(strip_inline_markup("bø_r_ ikke") == "bø_r_ ikke");
  CHECK(strip_inline_markup("*uten slutt") == "*uten slutt");
  // Links, images, spans, footnotes, tags, comments, autolinks, escapes.
  CHECK(strip_inline_markup("se [planen](https://a.no/p \"tittel\") her") == "se planen her");
  CHECK(strip_inline_markup("før ![alt](bilde.png){width=50%} etter") == "før etter");
  CHECK(strip_inline_markup("[uthevet]{.mark} tekst") == "uthevet tekst");
  CHECK(strip_inline_markup("fotnote[^3] her") == "fotnote her");
  CHECK(strip_inline_markup("a <span class=\"x\">b</span> c<br/>d") == "a b c d");  // a break parts words
  CHECK(strip_inline_markup("fet<b>t</b> og<br>linje") == "fett og linje");
  // HTML entities are their characters; an unknown one, or a lone '&', is text.
  CHECK(strip_inline_markup("mat&nbsp;hver dag, &laquo;grønn&raquo; &amp; ren") == "mat hver dag, «grønn» & ren");
  CHECK(strip_inline_markup("Bygg & Anlegg &foo; &#") == "Bygg & Anlegg &foo; &#");
  CHECK(strip_inline_markup("a <!-- skjult --> b") == "a b");
  CHECK(strip_inline_markup("se <https://a.no/x>") == "se https://a.no/x");
  CHECK(strip_inline_markup("en \\*stjerne\\* og C:\\\\sti") == "en *stjerne* og C:\\\\sti");
  // Not markup: brackets without targets, comparisons, an unclosed comment.
  CHECK(strip_inline_markup("[merk] a < b > c") == "[merk] a < b > c");
  CHECK(strip_inline_markup("a <!-- b") == "a <!-- b");
}

TEST_CASE("vil::strip_inline_markup stays linear on hostile input") {
  std::string s;
  for (int i = 0; i < 200000; ++i) s += "[<!--*_";
  CHECK(vil::strip_inline_markup(s).size() <= s.size());  // returns at all: quadratic would not
}

TEST_CASE("vil::may_have_inline_markup") {
  for (const char* marked : {"a\\*b", "<br>", "[lenke](x)", "*a*", "snake_case", "**"}) CHECK(vil::may_have_inline_markup(marked));
  for (const char* plain : {"", "Bærum skal ha flere «grønne» tak (2025).", "a ~ b {#id} | c ` ! ] > ^ ( )"}) {
    CHECK_FALSE(vil::may_have_inline_markup(plain));
    CHECK(vil::strip_inline_markup(plain) == plain);  // what the test spares
  }
}

TEST_CASE("vil::strip_heading_attributes") {
  CHECK(vil::strip_heading_attributes("Tittel {#anker .klasse}") == "Tittel");
  CHECK(vil::strip_heading_attributes("Tittel {-}") == "Tittel");
  CHECK(vil::strip_heading_attributes("Tittel {.unnumbered}") == "Tittel");
  CHECK(vil::strip_heading_attributes("Mengde {x}") == "Mengde {x}");
  CHECK(vil::strip_heading_attributes("Tittel{#a}") == "Tittel{#a}");
}

TEST_CASE("vil::is_latex_line") {
  CHECK(vil::is_latex_line("\\newpage"));
  CHECK(vil::is_latex_line("  \\usepackage[utf8]{inputenc}"));
  CHECK(vil::is_latex_line("\\setlength{\\parindent}{0pt} \\linenumbers"));
  CHECK_FALSE(vil::is_latex_line("\\newpage og tekst"));
  CHECK_FALSE(vil::is_latex_line("\\usepackage{uten slutt"));
  CHECK_FALSE(vil::is_latex_line("C:\\sti"));
  CHECK_FALSE(vil::is_latex_line("\\\\"));
}

TEST_CASE("vil::parse_link_line") {
  std::string_view text;
  std::string_view target;
  REQUIRE(vil::parse_link_line(" [Helse og omsorg](fil.html#35) ", text, target));
  CHECK(text == "Helse og omsorg");
  CHECK(target == "fil.html#35");
  CHECK_FALSE(vil::parse_link_line("[Helse](#helse) og mer", text, target));
  CHECK_FALSE(vil::parse_link_line("[](#tom)", text, target));
  CHECK_FALSE(vil::parse_link_line("[a](b c)", text, target));
}

TEST_CASE("vil::is_caption") {
  CHECK(vil::is_caption("Foto: Kari Nordmann"));
  CHECK(vil::is_caption("Foto/ill.: Nordby kommune"));
  CHECK(vil::is_caption("Foto og tekst: Per"));
  CHECK(vil::is_caption("Illustrasjon: Nordby"));
  CHECK_FALSE(vil::is_caption("Skole: vi vil mer"));
  CHECK_FALSE(vil::is_caption("Foto"));
  CHECK_FALSE(vil::is_caption("Bolig: Rom for alle"));
}

TEST_CASE("vil::is_web_debris") {
  CHECK(vil::is_web_debris("Meny"));
  CHECK(vil::is_web_debris("  Les mer ›"));
  CHECK(vil::is_web_debris("Hopp til hovedinnhold"));
  CHECK(vil::is_web_debris("Del på Facebook"));
  CHECK_FALSE(vil::is_web_debris("Les mer om skolen her"));
  CHECK_FALSE(vil::is_web_debris("Skole"));
  CHECK_FALSE(vil::is_web_debris("Del"
                                 "tagelse i lokalsamfunnet"));
}

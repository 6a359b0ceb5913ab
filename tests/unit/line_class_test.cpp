#include "vil/line_class.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>

namespace doctest {
template <>
struct StringMaker<vil::LineType> {
  static String convert(vil::LineType t) {
    switch (t) {
      case vil::LineType::blank: return "blank";
      case vil::LineType::atx_heading: return "atx_heading";
      case vil::LineType::setext_underline: return "setext_underline";
      case vil::LineType::bullet: return "bullet";
      case vil::LineType::numbered: return "numbered";
      case vil::LineType::bold: return "bold";
      case vil::LineType::toc_row: return "toc_row";
      case vil::LineType::toc_link: return "toc_link";
      case vil::LineType::page_number: return "page_number";
      case vil::LineType::latex: return "latex";
      case vil::LineType::table_row: return "table_row";
      case vil::LineType::text: return "text";
    }
    return "?";
  }
};
}  // namespace doctest

namespace {

using vil::LineType;

// Checks every field of classify_line(line).
void check_line(std::string_view line, LineType type, int level, int number, std::string_view body) {
  INFO("line: \"", std::string(line), "\"");
  const vil::LineClass c = vil::classify_line(line);
  CHECK(c.type == type);
  CHECK(c.level == level);
  CHECK(c.number == number);
  CHECK(std::string(c.body) == std::string(body));
}

}  // namespace

TEST_CASE("vil::classify_line") {
  SUBCASE("blank") {
    check_line("", LineType::blank, 0, 0, "");
    check_line("   ", LineType::blank, 0, 0, "");
    check_line("\t \u00A0", LineType::blank, 0, 0, "");
  }
  SUBCASE("atx heading: level is the number of '#', closing '#'s are markup") {
    check_line("# Tittel", LineType::atx_heading, 1, 0, "Tittel");
    check_line("## Tittel ##", LineType::atx_heading, 2, 0, "Tittel");
    check_line("  ###   Tre  ", LineType::atx_heading, 3, 0, "Tre");
    check_line("###### Seks", LineType::atx_heading, 6, 0, "Seks");
    check_line("# C#", LineType::atx_heading, 1, 0, "C#");  // a closing "#" needs a space before it
  }
  SUBCASE("'#' without a space, or more than six, is text") {
    check_line("#no-space", LineType::text, 0, 0, "#no-space");
    check_line("####### Sju", LineType::text, 0, 0, "####### Sju");
  }
  SUBCASE("setext underline: 1 for '=', 2 for '-'") {
    check_line("=====", LineType::setext_underline, 1, 0, "");
    check_line("---", LineType::setext_underline, 2, 0, "");
    check_line("  ------  ", LineType::setext_underline, 2, 0, "");
    check_line("--", LineType::text, 0, 0, "--");       // fewer than three
    check_line("==-", LineType::text, 0, 0, "==-");     // mixed
  }
  SUBCASE("bullets: the marker and the space after it are not body") {
    check_line("- punkt", LineType::bullet, 0, 0, "punkt");
    check_line("* punkt", LineType::bullet, 0, 0, "punkt");
    check_line("+ punkt", LineType::bullet, 0, 0, "punkt");
    check_line("• punkt", LineType::bullet, 0, 0, "punkt");
    check_line("– punkt", LineType::bullet, 0, 0, "punkt");  // en dash
    check_line("— punkt", LineType::bullet, 0, 0, "punkt");  // em dash
    check_line("· punkt", LineType::bullet, 0, 0, "punkt");  // middle dot
    check_line("● punkt", LineType::bullet, 0, 0, "punkt");
    check_line("▪ punkt", LineType::bullet, 0, 0, "punkt");
    check_line(" • Sikre god svømmeundervisning. ", LineType::bullet, 0, 0, "Sikre god svømmeundervisning.");
    check_line("•\u00A0punkt", LineType::bullet, 0, 0, "punkt");
  }
  SUBCASE("a dash, star or plus without a space after it, or a marker without a body, is text") {
    check_line("-5 grader", LineType::text, 0, 0, "-5 grader");
    check_line("-punkt", LineType::text, 0, 0, "-punkt");
    check_line("*viktig", LineType::text, 0, 0, "*viktig");
    check_line("•5", LineType::text, 0, 0, "•5");
    check_line("-", LineType::text, 0, 0, "-");
    check_line("•", LineType::text, 0, 0, "•");
  }
  SUBCASE("a bullet symbol may stand right before its text (pdftotext)") {
    check_line("•punkt", LineType::bullet, 0, 0, "punkt");
    check_line("✅Ny hall", LineType::bullet, 0, 0, "Ny hall");
    check_line("✔\uFE0F punkt", LineType::bullet, 0, 0, "punkt");  // with an emoji's variation selector
  }
  SUBCASE("a web page's HTML blocks, one a line") {
    check_line("<h2>Skole</h2>", LineType::atx_heading, 2, 0, "Skole");
    check_line("<H1 class=\"x\">Tittel</H1>", LineType::atx_heading, 1, 0, "Tittel");
    check_line("<li>bygge ny skole</li>", LineType::bullet, 0, 0, "bygge ny skole");
    check_line("<p>Vi vil mer.</p>", LineType::text, 0, 0, "Vi vil mer.");
    check_line("<ul>", LineType::latex, 0, 0, "");
    check_line("</ol>", LineType::latex, 0, 0, "");
    check_line("<b>fet</b> og mer", LineType::text, 0, 0, "<b>fet</b> og mer");  // inline: text
    check_line("<h2>Skole</h3>", LineType::text, 0, 0, "<h2>Skole</h3>");
  }
  SUBCASE("lettered and Roman-numbered items are bullets without a number") {
    check_line("a) punkt", LineType::bullet, 0, 0, "punkt");
    check_line("a. punkt", LineType::bullet, 0, 0, "punkt");
    check_line("(b) punkt", LineType::bullet, 0, 0, "punkt");
    check_line("iv. punkt", LineType::bullet, 0, 0, "punkt");
    check_line("(ii) punkt", LineType::bullet, 0, 0, "punkt");
    check_line("f.eks. dette", LineType::text, 0, 0, "f.eks. dette");
    check_line("K. Olsen", LineType::text, 0, 0, "K. Olsen");
    check_line("ikke. dette", LineType::text, 0, 0, "ikke. dette");
  }
  SUBCASE("numbered: '.' or ')' after up to three digits") {
    check_line("1. punkt", LineType::numbered, 0, 1, "punkt");
    check_line("12) punkt", LineType::numbered, 0, 12, "punkt");
    check_line("100. punkt", LineType::numbered, 0, 100, "punkt");
    check_line("1.5 millioner", LineType::text, 0, 0, "1.5 millioner");
    check_line("1.", LineType::text, 0, 0, "1.");
  }
  SUBCASE("a year is not an item number") {
    check_line("2023 →", LineType::text, 0, 0, "2023 →");
    check_line("2023. Året", LineType::text, 0, 0, "2023. Året");
  }
  SUBCASE("bold: a whole line in one pair of '**'") {
    check_line("**Fet linje**", LineType::bold, 0, 0, "Fet linje");
    check_line("  ** Fet linje **  ", LineType::bold, 0, 0, "Fet linje");
    check_line("**OBS! Denne artikkelen ble første gang publisert for 5 år siden.**", LineType::bold, 0, 0,
               "OBS! Denne artikkelen ble første gang publisert for 5 år siden.");
  }
  SUBCASE("two bold runs on one line are text, not bold") {
    check_line("**a** og **b**", LineType::text, 0, 0, "**a** og **b**");
    check_line("** **", LineType::setext_underline, 0, 0, "");  // a thematic break
  }
  SUBCASE("toc row: a title, tabs, a page number") {
    check_line("Tittel\t12", LineType::toc_row, 0, 12, "Tittel");
    check_line("INNHold\t0", LineType::toc_row, 0, 0, "INNHold");
    check_line("Bolig: Rom for alle\t\t11 ", LineType::toc_row, 0, 11, "Bolig: Rom for alle");
    check_line(" Kapittel 1 \t5", LineType::toc_row, 0, 5, "Kapittel 1");
  }
  SUBCASE("table row: any other line with a tab inside it; body is the raw line") {
    check_line("\t\tAK\tTekst", LineType::table_row, 0, 0, "\t\tAK\tTekst");
    check_line("FN-T 17\tTekst", LineType::table_row, 0, 0, "FN-T 17\tTekst");
    check_line("Tittel\t12345", LineType::table_row, 0, 0, "Tittel\t12345");  // page over four digits
    check_line("2023\t12", LineType::table_row, 0, 0, "2023\t12");            // title without a letter
  }
  SUBCASE("a list marker followed by a tab is a list item, not a table row") {
    check_line("•\tpunkt", LineType::bullet, 0, 0, "punkt");
    check_line("-\tpunkt", LineType::bullet, 0, 0, "punkt");
    check_line("1.\tpunkt", LineType::numbered, 0, 1, "punkt");
    check_line("-\tceller\tmed tab", LineType::table_row, 0, 0, "-\tceller\tmed tab");  // more tabs: a table
  }
  SUBCASE("tabs at either end only are spaces") {
    check_line("Tittel\t", LineType::text, 0, 0, "Tittel");
    check_line("\t- punkt", LineType::bullet, 0, 0, "punkt");
  }
  SUBCASE("text: anything else, trimmed") {
    check_line("Bolig: Rom for alle", LineType::text, 0, 0, "Bolig: Rom for alle");
    check_line("  Vanlig tekst.  ", LineType::text, 0, 0, "Vanlig tekst.");
    check_line("***", LineType::setext_underline, 0, 0, "");  // a thematic break
  }
}

TEST_CASE("vil::classify_line page numbers, LaTeX and linked contents") {
  check_line("12", LineType::page_number, 0, 0, "");
  check_line("  - 12 -", LineType::page_number, 0, 0, "");
  check_line("\u2013 3 \u2013", LineType::page_number, 0, 0, "");
  check_line("Side 3 av 40", LineType::page_number, 0, 0, "");
  check_line("side 3/40", LineType::page_number, 0, 0, "");
  check_line("Page 7", LineType::page_number, 0, 0, "");
  check_line("2027", LineType::text, 0, 0, "2027");
  check_line("- 12", LineType::bullet, 0, 0, "12");
  check_line("Side 3 er lang", LineType::text, 0, 0, "Side 3 er lang");
  check_line("\\newpage", LineType::latex, 0, 0, "");
  check_line("[Helse](fil.html#35)", LineType::toc_link, 0, 35, "Helse");
  check_line("- [Skole](#skole)", LineType::toc_link, 0, 0, "Skole");
  check_line("1. [Klima](#page=20)", LineType::toc_link, 0, 20, "Klima");
  check_line("- [Les mer](https://example.org)", LineType::bullet, 0, 0, "[Les mer](https://example.org)");
}


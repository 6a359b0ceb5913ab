#include "vil/manifest.hpp"

#include <doctest/doctest.h>

#include <cstddef>
#include <string>
#include <string_view>

namespace {

// A copy of corpus/manifest.tsv as it was when this test was written.
const std::string k_corpus_manifest =
    "# vil corpus manifest: one row per document, tab-separated, UTF-8.\n"
    "# Columns: id, file (in this folder), title, author (party or body), municipality,\n"
    "# type (program | plan | action-plan), period (blank when the text does not say),\n"
    "# source (the file name the text was received under). Lines starting with # are comments.\n"
    "id\tfile\ttitle\tauthor\tmunicipality\ttype\tperiod\tsource\n"
    "ps-asker\tps-asker.txt\tPartiprogram 2023-2027\tPartiet Sentrum Asker\tAsker\tprogram\t2023-2027\t"
    "000_286f0ec413dae6a2.txt\n"
    "ps-baerum\tps-baerum.txt\tPartiprogram 2023-2027\tPartiet Sentrum Bærum\tBærum\tprogram\t2023-2027\t"
    "001_bbfcc798c50ce3fd.txt\n"
    "venstre-asker\tvenstre-asker.txt\tBekjempe utenforskap – muligheter for alle\tAsker Venstre\tAsker\tprogram\t\t"
    "002_778b7c97459fdbc6.txt\n"
    "kommuneplan-asker\tkommuneplan-asker.txt\tKommuneplanens samfunnsdel 2020-2032 (forslag): mål og strategier\t"
    "Asker kommune\tAsker\tplan\t2020-2032\t003_c27f03c64dbe58cc.txt\n"
    "handlingsprogram-medvirkning\thandlingsprogram-medvirkning.txt\tHandlingsprogram: Satsingsområder - "
    "Medvirkning\tAsker kommune\tAsker\taction-plan\t\t004_112617da5b714802.txt\n";

const std::string k_known_columns = " (known: id, file, title, author, municipality, type, period, source)";

struct Parsed {
  bool ok = false;
  vil::Manifest manifest;
  std::size_t err_line = 0;
  std::string err;
};

Parsed parse(std::string_view text) {
  Parsed p;
  p.ok = vil::parse_manifest(text, p.manifest, p.err_line, p.err);
  return p;
}

std::string crlf(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\n') out += '\r';
    out += c;
  }
  return out;
}

}  // namespace

TEST_CASE("vil::parse_manifest") {
  SUBCASE("the corpus manifest: five documents in file order") {
    const Parsed p = parse(k_corpus_manifest);
    REQUIRE(p.ok);
    REQUIRE(p.manifest.docs.size() == 5);
    CHECK(p.manifest.docs[0].id == "ps-asker");
    CHECK(p.manifest.docs[1].id == "ps-baerum");
    CHECK(p.manifest.docs[2].id == "venstre-asker");
    CHECK(p.manifest.docs[3].id == "kommuneplan-asker");
    CHECK(p.manifest.docs[4].id == "handlingsprogram-medvirkning");

    const vil::DocMeta& baerum = p.manifest.docs[1];
    CHECK(baerum.file == "ps-baerum.txt");
    CHECK(baerum.title == "Partiprogram 2023-2027");
    CHECK(baerum.author == "Partiet Sentrum Bærum");
    CHECK(baerum.municipality == "Bærum");
    CHECK(baerum.type == "program");
    CHECK(baerum.period == "2023-2027");
    CHECK(baerum.source == "001_bbfcc798c50ce3fd.txt");

    const vil::DocMeta& venstre = p.manifest.docs[2];
    CHECK(venstre.title == "Bekjempe utenforskap – muligheter for alle");
    CHECK(venstre.period == "");  // a blank cell is unknown
    CHECK(p.manifest.docs[3].type == "plan");
    CHECK(p.manifest.docs[4].type == "action-plan");
  }
  SUBCASE("find_file") {
    const Parsed p = parse(k_corpus_manifest);
    REQUIRE(p.ok);
    const vil::DocMeta* d = p.manifest.find_file("venstre-asker.txt");
    REQUIRE(d != nullptr);
    CHECK(d->id == "venstre-asker");
    CHECK(p.manifest.find_file("venstre-asker") == nullptr);
    CHECK(p.manifest.find_file("missing.txt") == nullptr);
  }
  SUBCASE("CRLF line ends parse the same, with no '\\r' left in the last cell") {
    const Parsed p = parse(crlf(k_corpus_manifest));
    REQUIRE(p.ok);
    REQUIRE(p.manifest.docs.size() == 5);
    CHECK(p.manifest.docs[0].source == "000_286f0ec413dae6a2.txt");
    CHECK(p.manifest.docs[4].source == "004_112617da5b714802.txt");
  }
  SUBCASE("a UTF-8 byte order mark is skipped") {
    const Parsed p = parse("\xEF\xBB\xBFid\tfile\nd\td.txt\n");
    REQUIRE(p.ok);
    REQUIRE(p.manifest.docs.size() == 1);
    CHECK(p.manifest.docs[0].id == "d");
  }
  SUBCASE("comment and empty lines are skipped anywhere; no final newline needed") {
    const Parsed p = parse("# one\n\n#two\nfile\tid\n# three\n\nb.txt\tb\n#\nc.txt\tc");
    REQUIRE(p.ok);
    REQUIRE(p.manifest.docs.size() == 2);
    CHECK(p.manifest.docs[0].id == "b");
    CHECK(p.manifest.docs[0].file == "b.txt");
    CHECK(p.manifest.docs[1].id == "c");
  }
  SUBCASE("columns in any order, optional ones absent, cells cleaned") {
    const Parsed p = parse("author\tfile\tid\n  Asker\u00A0 kommune \tk.txt\tk\n");
    REQUIRE(p.ok);
    REQUIRE(p.manifest.docs.size() == 1);
    CHECK(p.manifest.docs[0].author == "Asker kommune");
    CHECK(p.manifest.docs[0].file == "k.txt");
    CHECK(p.manifest.docs[0].title == "");
    CHECK(p.manifest.docs[0].type == "");
  }
  SUBCASE("a header with no rows is an empty manifest") {
    const Parsed p = parse("id\tfile\n");
    REQUIRE(p.ok);
    CHECK(p.manifest.docs.empty());
  }
  SUBCASE("a previous result is cleared") {
    vil::Manifest m;
    std::size_t line = 0;
    std::string err;
    REQUIRE(vil::parse_manifest(k_corpus_manifest, m, line, err));
    REQUIRE(vil::parse_manifest("id\tfile\nx\tx.txt\n", m, line, err));
    REQUIRE(m.docs.size() == 1);
    CHECK(m.docs[0].id == "x");
  }

  SUBCASE("error: no header row") {
    Parsed p = parse("");
    CHECK_FALSE(p.ok);
    CHECK(p.err == "manifest has no header row");
    CHECK(p.err_line == 0);
    p = parse("# only\n# comments\n");
    CHECK_FALSE(p.ok);
    CHECK(p.err == "manifest has no header row");
    CHECK(p.err_line == 2);
  }
  SUBCASE("error: the id or file column is missing") {
    Parsed p = parse("# c\nfile\ttitle\na.txt\tA\n");
    CHECK_FALSE(p.ok);
    CHECK(p.err == "manifest header must name the columns 'id' and 'file'");
    CHECK(p.err_line == 2);
    p = parse("id\ttitle\n");
    CHECK_FALSE(p.ok);
    CHECK(p.err == "manifest header must name the columns 'id' and 'file'");
    CHECK(p.err_line == 1);
  }
  SUBCASE("error: unknown column") {
    const Parsed p = parse("id\tfile\tcolour\n");
    CHECK_FALSE(p.ok);
    CHECK(p.err == "unknown manifest column 'colour'" + k_known_columns);
    CHECK(p.err_line == 1);
  }
  SUBCASE("error: a column named twice") {
    const Parsed p = parse("id\tfile\tid\n");
    CHECK_FALSE(p.ok);
    CHECK(p.err == "manifest column 'id' appears twice");
    CHECK(p.err_line == 1);
  }
  SUBCASE("error: wrong cell count, with the line number counting comments and blank lines") {
    Parsed p = parse("# c\nid\tfile\ttitle\n\na\ta.txt\tA\nb\tb.txt\n");
    CHECK_FALSE(p.ok);
    CHECK(p.err == "expected 3 tab-separated cells, found 2");
    CHECK(p.err_line == 5);
    p = parse("id\tfile\na\ta.txt\textra\n");
    CHECK_FALSE(p.ok);
    CHECK(p.err == "expected 2 tab-separated cells, found 3");
    CHECK(p.err_line == 2);
  }
  SUBCASE("error: duplicate id") {
    const Parsed p = parse("id\tfile\na\ta.txt\nb\tb.txt\na\tc.txt\n");
    CHECK_FALSE(p.ok);
    CHECK(p.err == "duplicate document id 'a'");
    CHECK(p.err_line == 4);
  }
  SUBCASE("error: duplicate file") {
    const Parsed p = parse("id\tfile\na\ta.txt\nb\ta.txt\n");
    CHECK_FALSE(p.ok);
    CHECK(p.err == "duplicate file 'a.txt'");
    CHECK(p.err_line == 3);
  }
  SUBCASE("error: invalid type") {
    const Parsed p = parse("id\tfile\ttype\na\ta.txt\tmanifesto\n");
    CHECK_FALSE(p.ok);
    CHECK(p.err == "invalid type 'manifesto' (program, plan or action-plan)");
    CHECK(p.err_line == 2);
  }
  SUBCASE("error: invalid document id") {
    Parsed p = parse("id\tfile\nps asker\ta.txt\n");
    CHECK_FALSE(p.ok);
    CHECK(p.err == "invalid document id 'ps asker' (use letters, digits, '.', '_', '-')");
    CHECK(p.err_line == 2);
    p = parse("id\tfile\n\ta.txt\n");
    CHECK_FALSE(p.ok);
    CHECK(p.err == "invalid document id '' (use letters, digits, '.', '_', '-')");
  }
  SUBCASE("error: invalid file name") {
    Parsed p = parse("id\tfile\na\tsub/a.txt\n");
    CHECK_FALSE(p.ok);
    CHECK(p.err == "invalid file name 'sub/a.txt' (a file in the manifest's folder)");
    CHECK(p.err_line == 2);
    p = parse("id\tfile\na\t \n");
    CHECK_FALSE(p.ok);
    CHECK(p.err == "invalid file name '' (a file in the manifest's folder)");
  }
}

TEST_CASE("vil::is_valid_doc_id") {
  CHECK(vil::is_valid_doc_id("ps-asker"));
  CHECK(vil::is_valid_doc_id("Doc_2.v1-final"));
  CHECK(vil::is_valid_doc_id("0"));
  CHECK_FALSE(vil::is_valid_doc_id(""));
  CHECK_FALSE(vil::is_valid_doc_id("ps asker"));
  CHECK_FALSE(vil::is_valid_doc_id("ps/asker"));
  CHECK_FALSE(vil::is_valid_doc_id("bærum"));
  CHECK_FALSE(vil::is_valid_doc_id("a:b"));
  CHECK_FALSE(vil::is_valid_doc_id("#a"));
}

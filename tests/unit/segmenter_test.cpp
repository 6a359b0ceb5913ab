#include "vil/segmenter.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "vil/manifest.hpp"
#include "vil/record.hpp"
#include "vil/record_id.hpp"
#include "vil/text.hpp"

namespace doctest {
template <>
struct StringMaker<vil::SegmentStatus> {
  static String convert(vil::SegmentStatus s) {
    switch (s) {
      case vil::SegmentStatus::ok: return "ok";
      case vil::SegmentStatus::binary: return "binary";
      case vil::SegmentStatus::error: return "error";
    }
    return "?";
  }
};
}  // namespace doctest

namespace {

struct Segmented {
  vil::SegmentResult result;
  std::vector<vil::Record> records;
};

Segmented run(std::string_view bytes, bool lossy = false, const vil::DocMeta* meta = nullptr) {
  vil::Document doc;
  doc.id = "doc";
  doc.path = "doc.txt";
  doc.bytes = bytes;
  doc.meta = meta;
  vil::SegmentOptions options;
  options.lossy = lossy;
  Segmented s;
  s.result = vil::segment(doc, options, s.records);
  return s;
}

// One record on one line, parent as the index of the record it names:
//   kind[ Llevel][ #number][ pPage] "text" path=[a > b] parent=N|- [actor=X|null] [refs=raw]
//   lines=F-L[ bytes=B-E]
std::string describe(const std::vector<vil::Record>& records, const vil::Record& r, bool with_bytes = true) {
  std::string s(vil::kind_name(r.kind));
  if (r.kind == vil::Kind::heading) s += " L" + std::to_string(r.level);
  if (r.number) s += " #" + std::to_string(*r.number);
  if (r.page) s += " p" + std::to_string(*r.page);
  s += " \"" + r.text + "\" path=[";
  for (std::size_t i = 0; i < r.path.size(); ++i) s += (i > 0 ? " > " : "") + r.path[i];
  s += "] parent=";
  if (r.parent.empty()) {
    s += "-";
  } else {
    std::string at = "?";
    for (std::size_t i = 0; i < records.size(); ++i)
      if (records[i].id == r.parent) at = std::to_string(i);
    s += at;
  }
  if (vil::has_actor_field(r.kind)) s += " actor=" + r.actor.value_or("null");
  if (r.refs) s += " refs=" + r.refs->raw;
  s += " lines=" + std::to_string(r.first_line) + "-" + std::to_string(r.last_line);
  if (with_bytes) s += " bytes=" + std::to_string(r.byte_begin) + "-" + std::to_string(r.byte_end);
  return s;
}

std::vector<std::string> describe_all(const std::vector<vil::Record>& records, bool with_bytes = true) {
  std::vector<std::string> out;
  for (const vil::Record& r : records) out.push_back(describe(records, r, with_bytes));
  return out;
}

void check_records(const Segmented& s, const std::vector<std::string>& expected) {
  CHECK(s.result.status == vil::SegmentStatus::ok);
  CHECK(s.result.warnings.empty());
  const std::vector<std::string> got = describe_all(s.records);
  CHECK(got.size() == expected.size());
  for (std::size_t i = 0; i < got.size() || i < expected.size(); ++i) {
    INFO("record ", i);
    CHECK((i < got.size() ? got[i] : "(none)") == (i < expected.size() ? expected[i] : "(none)"));
  }
}

}  // namespace

TEST_CASE("vil::segment shares a heading path among the records under it") {
  // One copy of a path, however many records it covers: a long heading over many
  // paragraphs must not be held once per paragraph.
  const Segmented s = run("# Bolig\n\nEn.\n\nTo.\n\n## Utleie\n\nTre.\n\n# Skole\n\nFire.\n");
  REQUIRE(s.records.size() == 7);
  CHECK(s.records[0].path.empty());                                   // # Bolig
  CHECK(s.records[1].path == vil::HeadingPath{"Bolig"});              // En.
  CHECK(&s.records[1].path.headings() == &s.records[2].path.headings());  // To.: the same copy
  CHECK(&s.records[3].path.headings() == &s.records[1].path.headings());  // ## Utleie: under Bolig
  CHECK(s.records[4].path == vil::HeadingPath{"Bolig", "Utleie"});    // Tre.
  CHECK(s.records[5].path.empty());                                   // # Skole
  CHECK(s.records[6].path == vil::HeadingPath{"Skole"});              // Fire.
}

TEST_CASE("vil::segment") {
  SUBCASE("an empty document, or one of blank lines, has no records") {
    check_records(run(""), {});
    check_records(run("\n\n   \n\t\n"), {});
    check_records(run("\xEF\xBB\xBF"), {});
  }

  SUBCASE("lone short lines between blank lines are headings") {
    check_records(run("Innledning\n\nDette er en tekst.\n\nBolig\n\nMer tekst her.\n"),
                  {
                      R"(heading L1 "Innledning" path=[] parent=- lines=1-1 bytes=0-10)",
                      R"(paragraph "Dette er en tekst." path=[Innledning] parent=0 lines=3-3 bytes=12-30)",
                      R"(heading L1 "Bolig" path=[] parent=- lines=5-5 bytes=32-37)",
                      R"(paragraph "Mer tekst her." path=[Bolig] parent=2 lines=7-7 bytes=39-53)",
                  });
  }

  SUBCASE("lone lines that are not headings") {
    std::string at_limit;
    for (int i = 0; i < 120; ++i) at_limit += "Æ";  // 120 code points, 240 bytes
    const std::string over_limit = at_limit + "Æ";
    const std::string text = "Slutt.\n\nliten bokstav\n\n2023\n\n" + at_limit + "\n\n" + over_limit + "\n";
    const Segmented s = run(text);
    REQUIRE(s.records.size() == 5);
    CHECK(describe(s.records, s.records[0]) == R"(paragraph "Slutt." path=[] parent=- lines=1-1 bytes=0-6)");
    CHECK(describe(s.records, s.records[1]) ==
          R"(paragraph "liten bokstav" path=[] parent=- lines=3-3 bytes=8-21)");
    CHECK(describe(s.records, s.records[2]) == R"(paragraph "2023" path=[] parent=- lines=5-5 bytes=23-27)");
    CHECK(s.records[3].kind == vil::Kind::heading);  // at k_max_plain_heading code points
    CHECK(s.records[3].level == 1);
    CHECK(s.records[4].kind == vil::Kind::paragraph);  // one over
    CHECK(s.records[4].path == std::vector<std::string>{at_limit});
  }

  SUBCASE("an empty '#' heading titles nothing: no record, no empty path entry") {
    check_records(run("#\n\nTekst.\n\n## ##\n\nMer.\n"),
                  {
                      R"(paragraph "Tekst." path=[] parent=- lines=3-3 bytes=3-9)",
                      R"(paragraph "Mer." path=[] parent=- lines=7-7 bytes=18-22)",
                  });
  }

  SUBCASE("a bullet whose marker a word processor followed with a tab") {
    check_records(run("PS vil:\n•\tbygge boliger\n"),
                  {
                      R"(lead "PS vil:" path=[] parent=- actor=PS lines=1-1 bytes=0-7)",
                      R"(bullet "bygge boliger" path=[] parent=0 actor=PS lines=2-2 bytes=8-25)",
                  });
  }

  SUBCASE("a hard-wrapped paragraph is joined with one space") {
    check_records(run("Dette er en lang setning som\n  fortsetter her\nog slutter her.\n"),
                  {
                      R"(paragraph "Dette er en lang setning som fortsetter her og slutter her." path=[] parent=- )"
                      R"(lines=1-3 bytes=0-61)",
                  });
  }

  SUBCASE("a paragraph split by a page break is joined") {
    check_records(run("Dette er særlig\n\nutfordrende for mange.\n"),
                  {
                      R"(paragraph "Dette er særlig utfordrende for mange." path=[] parent=- lines=1-3 bytes=0-40)",
                  });
  }

  SUBCASE("no page-break join after a stop or before a capital") {
    check_records(run("Første setning.\n\nandre setning.\n\nTredje uten punktum\n\nFjerde setning.\n"),
                  {
                      R"(paragraph "Første setning." path=[] parent=- lines=1-1 bytes=0-16)",
                      R"(paragraph "andre setning." path=[] parent=- lines=3-3 bytes=18-32)",
                      R"(heading L1 "Tredje uten punktum" path=[] parent=- lines=5-5 bytes=34-53)",
                      R"(paragraph "Fjerde setning." path=[Tredje uten punktum] parent=2 lines=7-7 bytes=55-70)",
                  });
  }

  SUBCASE("a lead-in naming its actor, then bullets") {
    check_records(run("Bolig\n\nPS vil:\n- bygge flere\nboliger i sentrum\n• sikre utleie\n\nSå en ny tekst.\n"),
                  {
                      R"(heading L1 "Bolig" path=[] parent=- lines=1-1 bytes=0-5)",
                      R"(lead "PS vil:" path=[Bolig] parent=0 actor=PS lines=3-3 bytes=7-14)",
                      R"(bullet "bygge flere boliger i sentrum" path=[Bolig] parent=1 actor=PS lines=4-5 bytes=15-46)",
                      R"(bullet "sikre utleie" path=[Bolig] parent=1 actor=PS lines=6-6 bytes=47-63)",
                      R"(paragraph "Så en ny tekst." path=[Bolig] parent=0 lines=8-8 bytes=65-81)",
                  });
  }

  SUBCASE("a blank line between the lead-in and its bullets") {
    check_records(run("Asker Venstre vil:\n\n - praksisplasser\n - lærlinger\n"),
                  {
                      R"(lead "Asker Venstre vil:" path=[] parent=- actor=Asker Venstre lines=1-1 bytes=0-18)",
                      R"(bullet "praksisplasser" path=[] parent=0 actor=Asker Venstre lines=3-3 bytes=20-37)",
                      R"(bullet "lærlinger" path=[] parent=0 actor=Asker Venstre lines=4-4 bytes=38-51)",
                  });
  }

  SUBCASE("a lead-in naming nobody takes the document's author; so does a bullet without a lead-in") {
    vil::DocMeta meta;
    meta.id = "doc";
    meta.file = "doc.txt";
    meta.author = "Partiet Sentrum Asker";
    check_records(run("Vi vil:\n- en\n\nLøs tekst.\n\n- to\n", false, &meta),
                  {
                      R"(lead "Vi vil:" path=[] parent=- actor=Partiet Sentrum Asker lines=1-1 bytes=0-7)",
                      R"(bullet "en" path=[] parent=0 actor=Partiet Sentrum Asker lines=2-2 bytes=8-12)",
                      R"(paragraph "Løs tekst." path=[] parent=- lines=4-4 bytes=14-25)",
                      R"(bullet "to" path=[] parent=- actor=Partiet Sentrum Asker lines=6-6 bytes=27-31)",
                  });
  }

  SUBCASE("without an author or a lead-in the actor is null") {
    check_records(run("- en\n"), {R"(bullet "en" path=[] parent=- actor=null lines=1-1 bytes=0-4)"});
  }

  SUBCASE("numbered items keep their number") {
    check_records(run("1. en\n12) tolv\n"),
                  {
                      R"(bullet #1 "en" path=[] parent=- actor=null lines=1-1 bytes=0-5)",
                      R"(bullet #12 "tolv" path=[] parent=- actor=null lines=2-2 bytes=6-14)",
                  });
  }

  SUBCASE("a bold OBS line right after a bullet is not glued into it") {
    check_records(run("PS vil:\n- bygge\n**OBS! Denne artikkelen er gammel.**\n"),
                  {
                      R"(lead "PS vil:" path=[] parent=- actor=PS lines=1-1 bytes=0-7)",
                      R"(bullet "bygge" path=[] parent=0 actor=PS lines=2-2 bytes=8-15)",
                      R"(paragraph "OBS! Denne artikkelen er gammel." path=[] parent=- lines=3-3 bytes=16-52)",
                  });
  }

  SUBCASE("markdown headings: atx and setext levels, bold lines nest below") {
    check_records(run("Tittel\n======\n\n## Under ##\n\n**Fet**\n\nLinje\n\nBolig\n-----\n"),
                  {
                      R"(heading L1 "Tittel" path=[] parent=- lines=1-2 bytes=0-13)",
                      R"(heading L2 "Under" path=[Tittel] parent=0 lines=4-4 bytes=15-26)",
                      R"(heading L3 "Fet" path=[Tittel > Under] parent=1 lines=6-6 bytes=28-35)",
                      R"(paragraph "Linje" path=[Tittel > Under > Fet] parent=2 lines=8-8 bytes=37-42)",
                      R"(heading L2 "Bolig" path=[Tittel] parent=0 lines=10-11 bytes=44-55)",
                  });
  }

  SUBCASE("a table of contents: its titles are level 1, other lone lines level 2; a pledge in prose") {
    check_records(run("PROGRAM\n\nInnhold\t0\nBolig\t2\nSkole\t3\n\nBolig\n\nVi vil bygge.\n\nUtleie\n\n"
                      "Tekst om utleie.\n\nSkole\n\nTekst om skole.\n"),
                  {
                      R"(paragraph "PROGRAM" path=[] parent=- lines=1-1 bytes=0-7)",
                      R"(paragraph "Innhold" path=[] parent=- lines=3-3 bytes=9-18)",
                      R"(toc p2 "Bolig" path=[] parent=1 lines=4-4 bytes=19-26)",
                      R"(toc p3 "Skole" path=[] parent=1 lines=5-5 bytes=27-34)",
                      R"(heading L1 "Bolig" path=[] parent=- lines=7-7 bytes=36-41)",
                      R"(paragraph "Vi vil bygge." path=[Bolig] parent=4 lines=9-9 bytes=43-56)",
                      R"(pledge "Vi vil bygge." path=[Bolig] parent=5 actor=null lines=9-9 bytes=43-56)",
                      R"(heading L2 "Utleie" path=[Bolig] parent=4 lines=11-11 bytes=58-64)",
                      R"(paragraph "Tekst om utleie." path=[Bolig > Utleie] parent=7 lines=13-13 bytes=66-82)",
                      R"(heading L1 "Skole" path=[] parent=- lines=15-15 bytes=84-89)",
                      R"(paragraph "Tekst om skole." path=[Skole] parent=9 lines=17-17 bytes=91-106)",
                  });
  }

  SUBCASE("a kommuneplan table: header row, goals and strategies with parsed refs") {
    const Segmented s = run("Referanse\tDELMÅL\tReferanse\tSTRATEGIER TIL DELMÅL\n"
                            "FN-T 11.7\tGrønne byrom\tAK\tPlanlegge parker\n"
                            "\t\tFN 11.4 12.2\tBevare kulturminner\n");
    check_records(s, {
                         R"(subgoal "Grønne byrom" path=[] parent=- refs=FN-T 11.7 lines=2-2 bytes=51-94)",
                         R"(strategy "Planlegge parker" path=[] parent=0 refs=AK lines=2-2 bytes=51-94)",
                         R"(strategy "Bevare kulturminner" path=[] parent=0 refs=FN 11.4 12.2 lines=3-3 bytes=95-129)",
                     });
    REQUIRE(s.records.size() == 3);
    CHECK(s.records[2].refs->targets == std::vector<std::string>{"11.4", "12.2"});
    CHECK(s.records[2].refs->sdg == std::vector<int>{11, 12});
  }

  SUBCASE("a bad reference code is a warning with its line; the record is kept") {
    const Segmented s = run("Referanse\tHOVEDMÅL\nFN-T 18.1\tEt mål\n");
    CHECK(s.result.status == vil::SegmentStatus::ok);
    REQUIRE(s.result.warnings.size() == 1);
    CHECK(s.result.warnings[0].file == "doc.txt");
    CHECK(s.result.warnings[0].line == 2);
    CHECK(s.result.warnings[0].message ==
          "unknown reference code part '18.1' (expected AK, FN-T, FN or an SDG target such as 11.7)");
    REQUIRE(s.records.size() == 1);
    CHECK(describe(s.records, s.records[0]) ==
          R"(goal "Et mål" path=[] parent=- refs=FN-T 18.1 lines=2-2 bytes=20-37)");
  }

  SUBCASE("a tab row outside a known table is a paragraph of its cells") {
    check_records(run("Tekst\tmed\ttab\n"), {R"(paragraph "Tekst med tab" path=[] parent=- lines=1-1 bytes=0-13)"});
  }

  SUBCASE("CRLF and CR-only line ends give the same records as LF, except bytes") {
    const std::string lf = "Bolig\n\nPS vil:\n- bygge\nmer\n\nEn tekst som\ngår over to linjer.\n";
    std::string crlf;
    std::string cr;
    for (char c : lf) {
      crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
      cr += c == '\n' ? '\r' : c;
    }
    const Segmented a = run(lf);
    const Segmented b = run(crlf);
    const Segmented c = run(cr);
    REQUIRE(a.records.size() == 4);
    CHECK(describe_all(b.records, false) == describe_all(a.records, false));
    CHECK(describe_all(c.records, false) == describe_all(a.records, false));
    for (std::size_t i = 0; i < a.records.size(); ++i) {
      INFO("record ", i);
      CHECK(b.records[i].id == a.records[i].id);
      CHECK(c.records[i].id == a.records[i].id);
    }
    // LF and CR-only files have the same offsets; CRLF shifts by one per line end.
    CHECK(describe(a.records, a.records[2]) ==
          R"(bullet "bygge mer" path=[Bolig] parent=1 actor=PS lines=4-5 bytes=15-26)");
    CHECK(describe(c.records, c.records[2]) == describe(a.records, a.records[2]));
    CHECK(describe(b.records, b.records[2]) ==
          R"(bullet "bygge mer" path=[Bolig] parent=1 actor=PS lines=4-5 bytes=18-30)");
    CHECK(describe(b.records, b.records[3]) ==
          R"(paragraph "En tekst som går over to linjer." path=[Bolig] parent=0 lines=7-8 bytes=34-68)");
  }

  SUBCASE("a UTF-8 byte order mark is not text, but byte offsets count it") {
    check_records(run("\xEF\xBB\xBF"
                      "Bolig\n\nTekst her.\n"),
                  {
                      R"(heading L1 "Bolig" path=[] parent=- lines=1-1 bytes=3-8)",
                      R"(paragraph "Tekst her." path=[Bolig] parent=0 lines=3-3 bytes=10-20)",
                  });
  }

  SUBCASE("ids are record_id over doc, kind, normalized text and occurrence") {
    const Segmented s = run("Punkt\n\n- Bygge  ÆØÅ\n- bygge æøå\n\nPunkt\n");
    REQUIRE(s.records.size() == 4);
    CHECK(s.records[0].id == vil::record_id("doc", vil::Kind::heading, "punkt", 0));
    CHECK(s.records[1].id == vil::record_id("doc", vil::Kind::bullet, "bygge æøå", 0));
    CHECK(s.records[2].id == vil::record_id("doc", vil::Kind::bullet, "bygge æøå", 1));
    CHECK(s.records[3].id == vil::record_id("doc", vil::Kind::heading, "punkt", 1));
    CHECK(s.records[1].text == "Bygge ÆØÅ");
  }

  SUBCASE("a NUL byte: binary, nothing produced") {
    const std::string bytes("Linje\nto\0tre\n", 13);
    const Segmented s = run(bytes);
    CHECK(s.result.status == vil::SegmentStatus::binary);
    CHECK(s.result.error.file == "doc.txt");
    CHECK(s.result.error.line == 2);
    CHECK(s.result.error.message == "binary file (NUL byte at byte 8), skipped");
    CHECK(s.records.empty());
  }

  SUBCASE("UTF-16 and UTF-32, with a byte order mark or without, are errors naming the encoding") {
    const auto message = [](std::string_view bytes) { return run(bytes).result.error.message; };
    CHECK(message(std::string_view("\xFE\xFF\0H\0i", 6)) ==
          "UTF-16 text is not supported; convert it to UTF-8 first (iconv -f UTF-16BE -t UTF-8)");
    CHECK(message(std::string_view("H\0e\0i\0\n\0", 8)) ==
          "UTF-16 text is not supported; convert it to UTF-8 first (iconv -f UTF-16LE -t UTF-8)");
    CHECK(message(std::string_view("\0H\0e\0i\0\n", 8)) ==
          "UTF-16 text is not supported; convert it to UTF-8 first (iconv -f UTF-16BE -t UTF-8)");
    CHECK(message(std::string_view("\xFF\xFE\0\0H\0\0\0", 8)) ==
          "UTF-32 text is not supported; convert it to UTF-8 first (iconv -f UTF-32LE -t UTF-8)");
    CHECK(message(std::string_view("\0\0\xFE\xFF\0\0\0H", 8)) ==
          "UTF-32 text is not supported; convert it to UTF-8 first (iconv -f UTF-32BE -t UTF-8)");
    CHECK(run(std::string_view("ab\0cdefgh", 9)).result.status == vil::SegmentStatus::binary);
  }

  SUBCASE("UTF-16 is an error that says how to convert it") {
    const std::string bytes("\xFF\xFEH\0i\0", 6);
    const Segmented s = run(bytes);
    CHECK(s.result.status == vil::SegmentStatus::error);
    CHECK(s.result.error.line == 1);
    CHECK(s.result.error.message ==
          "UTF-16 text is not supported; convert it to UTF-8 first (iconv -f UTF-16LE -t UTF-8)");
    CHECK(s.records.empty());
  }

  SUBCASE("invalid UTF-8: an error with its line and byte") {
    const Segmented s = run("Linje en.\n\nto \xC3 tre.\n");
    CHECK(s.result.status == vil::SegmentStatus::error);
    CHECK(s.result.error.file == "doc.txt");
    CHECK(s.result.error.line == 3);
    CHECK(s.result.error.message == "invalid UTF-8 at byte 14 (the file looks like Latin-1 or Windows-1252 text; convert it first: iconv -f WINDOWS-1252 -t UTF-8)");
    CHECK(s.records.empty());
  }

  SUBCASE("invalid UTF-8, lossy: a warning, U+FFFD in the text, offsets from the file") {
    const Segmented s = run("Linje en.\n\nto \xC3 tre.\n", true);
    CHECK(s.result.status == vil::SegmentStatus::ok);
    REQUIRE(s.result.warnings.size() == 1);
    CHECK(s.result.warnings[0].file == "doc.txt");
    CHECK(s.result.warnings[0].line == 3);
    CHECK(s.result.warnings[0].message == "invalid UTF-8 at byte 14 (the file looks like Latin-1 or Windows-1252 text; convert it first: iconv -f WINDOWS-1252 -t UTF-8); replaced with U+FFFD");
    REQUIRE(s.records.size() == 2);
    CHECK(describe(s.records, s.records[0]) == R"(paragraph "Linje en." path=[] parent=- lines=1-1 bytes=0-9)");
    CHECK(describe(s.records, s.records[1]) ==
          "paragraph \"to \xEF\xBF\xBD tre.\" path=[] parent=- lines=3-3 bytes=11-20");
  }

  SUBCASE("every id in a document is unique") {
    const Segmented s = run("A\n\n- x\n- x\n- x\n\nA\n\nX.\n\nX.\n");
    std::unordered_set<std::string> ids;
    for (const vil::Record& r : s.records) ids.insert(r.id);
    CHECK(s.records.size() == 7);
    CHECK(ids.size() == s.records.size());
  }
}

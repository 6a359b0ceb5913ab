#include "vil/record_json.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "vil/manifest.hpp"
#include "vil/record.hpp"
#include "vil/refs.hpp"

TEST_CASE("vil::RecordWriter::append") {
  vil::DocMeta meta;
  meta.id = "ps-asker";
  meta.file = "ps-asker.txt";
  meta.title = "Partiprogram 2023-2027";
  meta.author = "Partiet Sentrum Asker";
  meta.municipality = "Asker";
  meta.type = "program";
  meta.period = "";  // unknown: written as null
  meta.source = "000_286f0ec413dae6a2.txt";

  SUBCASE("every optional key of a bullet, in the contract's order, with meta") {
    vil::Record r;
    r.kind = vil::Kind::bullet;
    r.id = "0123456789abcdef";
    r.number = 3;
    r.page = 7;  // the writer writes what it is given
    r.text = "Bygge \"flere\" boliger";
    r.path = {"Bolig", "Utleie"};
    r.parent = "fedcba9876543210";
    r.actor = "PS";
    vil::Refs refs;
    refs.raw = "FN-T 11.a AK";
    refs.bases = {"FN-T", "AK"};
    refs.targets = {"11.a", "11.1"};
    refs.sdg = {11};
    r.refs = refs;
    r.first_line = 12;
    r.last_line = 13;
    r.byte_begin = 345;
    r.byte_end = 400;
    std::string out;
    vil::RecordWriter(meta.id, &meta).append(out, r);
    CHECK(out ==
          R"({"doc":"ps-asker","id":"0123456789abcdef","kind":"bullet","number":3,"page":7,)"
          R"("text":"Bygge \"flere\" boliger","path":["Bolig","Utleie"],"parent":"fedcba9876543210",)"
          R"("actor":"PS","refs":{"raw":"FN-T 11.a AK","bases":["FN-T","AK"],"targets":["11.a","11.1"],"sdg":[11]},)"
          R"("lines":[12,13],"bytes":[345,400],)"
          R"("meta":{"title":"Partiprogram 2023-2027","author":"Partiet Sentrum Asker","municipality":"Asker",)"
          R"("type":"program","period":null,"source":"000_286f0ec413dae6a2.txt"}})"
          "\n");
  }
  SUBCASE("a heading has level; no parent is null; no meta key for a loose file") {
    vil::Record r;
    r.kind = vil::Kind::heading;
    r.id = "aaaaaaaaaaaaaaaa";
    r.level = 2;
    r.text = "Bolig";
    r.path = {"Program"};
    r.first_line = 1;
    r.last_line = 2;
    r.byte_begin = 0;
    r.byte_end = 13;
    std::string out;
    vil::RecordWriter("loose", nullptr).append(out, r);
    CHECK(out == R"({"doc":"loose","id":"aaaaaaaaaaaaaaaa","kind":"heading","level":2,"text":"Bolig",)"
                 R"("path":["Program"],"parent":null,"lines":[1,2],"bytes":[0,13]})"
                 "\n");
  }
  SUBCASE("a bullet with an unknown actor has \"actor\":null") {
    vil::Record r;
    r.kind = vil::Kind::bullet;
    r.id = "bbbbbbbbbbbbbbbb";
    r.text = "punkt";
    r.first_line = r.last_line = 4;
    r.byte_begin = 20;
    r.byte_end = 27;
    std::string out;
    vil::RecordWriter("d", nullptr).append(out, r);
    CHECK(out == R"({"doc":"d","id":"bbbbbbbbbbbbbbbb","kind":"bullet","text":"punkt","path":[],"parent":null,)"
                 R"("actor":null,"lines":[4,4],"bytes":[20,27]})"
                 "\n");
  }
  SUBCASE("a paragraph has neither level nor actor, even when set") {
    vil::Record r;
    r.kind = vil::Kind::paragraph;
    r.id = "cccccccccccccccc";
    r.level = 3;
    r.actor = "PS";
    r.text = "Linje\tmed tab";
    r.first_line = r.last_line = 1;
    r.byte_end = 5;
    std::string out;
    vil::RecordWriter("d", nullptr).append(out, r);
    CHECK(out == R"({"doc":"d","id":"cccccccccccccccc","kind":"paragraph","text":"Linje\tmed tab","path":[],)"
                 R"("parent":null,"lines":[1,1],"bytes":[0,5]})"
                 "\n");
  }
  SUBCASE("a goal with empty refs lists; meta with every value unknown") {
    vil::DocMeta empty_meta;
    empty_meta.id = "k";
    empty_meta.file = "k.txt";
    vil::Record r;
    r.kind = vil::Kind::goal;
    r.id = "dddddddddddddddd";
    r.text = "Mål";
    vil::Refs refs;
    refs.raw = "AK";
    refs.bases = {"AK"};
    r.refs = refs;
    r.first_line = r.last_line = 9;
    r.byte_begin = 100;
    r.byte_end = 110;
    std::string out;
    vil::RecordWriter("k", &empty_meta).append(out, r);
    CHECK(out == R"({"doc":"k","id":"dddddddddddddddd","kind":"goal","text":"Mål","path":[],"parent":null,)"
                 R"("refs":{"raw":"AK","bases":["AK"],"targets":[],"sdg":[]},"lines":[9,9],"bytes":[100,110],)"
                 R"("meta":{"title":null,"author":null,"municipality":null,"type":null,"period":null,"source":null}})"
                 "\n");
  }
  SUBCASE("the doc id is escaped; records append one line each") {
    vil::Record r;
    r.kind = vil::Kind::toc;
    r.id = "eeeeeeeeeeeeeeee";
    r.page = 0;
    r.text = "Innhold";
    r.first_line = r.last_line = 1;
    r.byte_end = 7;
    std::string out;
    const vil::RecordWriter writer("a\"b", nullptr);
    writer.append(out, r);
    writer.append(out, r);
    const std::string line = R"({"doc":"a\"b","id":"eeeeeeeeeeeeeeee","kind":"toc","page":0,"text":"Innhold",)"
                             R"("path":[],"parent":null,"lines":[1,1],"bytes":[0,7]})"
                             "\n";
    CHECK(out == line + line);
  }
}

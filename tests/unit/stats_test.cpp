#include "vil/stats.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace {

using Strings = std::vector<std::string>;

std::vector<vil::FieldPath> paths(const Strings& specs) {
  std::vector<vil::FieldPath> out;
  for (const std::string& spec : specs) {
    vil::FieldPath p;
    std::string err;
    REQUIRE_MESSAGE(vil::FieldPath::parse(spec, p, err), err);
    out.push_back(p);
  }
  return out;
}

void add(vil::GroupCounter& counter, std::string_view json) {
  simdjson::dom::parser parser;
  simdjson::dom::element record;
  REQUIRE(parser.parse(json.data(), json.size()).get(record) == simdjson::SUCCESS);
  std::string err;
  REQUIRE(counter.add(record, err));
  REQUIRE(err.empty());
}

bool add_group(vil::GroupCounter& counter, std::string_view json, std::string& err) {
  simdjson::dom::parser parser;
  simdjson::dom::object group;
  REQUIRE(parser.parse(json.data(), json.size()).get(group) == simdjson::SUCCESS);
  return counter.add_group(group, err);
}

// Each group as "JSON,JSON...=COUNT", so a list compares in one line.
Strings describe(const std::vector<vil::Group>& groups) {
  Strings out;
  for (const vil::Group& g : groups) {
    std::string s;
    for (std::size_t i = 0; i < g.key.size(); ++i) s += (i > 0 ? "," : "") + g.key[i].json;
    out.push_back(s + "=" + std::to_string(g.count));
  }
  return out;
}

Strings by_count(const vil::GroupCounter& counter) { return describe(counter.groups(vil::GroupOrder::by_count)); }
Strings by_key(const vil::GroupCounter& counter) { return describe(counter.groups(vil::GroupOrder::by_key)); }

vil::GroupValue value(std::string json, std::string text) { return vil::GroupValue{std::move(json), std::move(text)}; }
// A string value whose text needs no JSON escapes.
vil::GroupValue str(const std::string& text) { return value("\"" + text + "\"", text); }
const vil::GroupValue k_null = value("null", "");

vil::Group group(std::vector<vil::GroupValue> key, std::uint64_t count) { return vil::Group{std::move(key), count}; }

}  // namespace

TEST_CASE("vil::GroupCounter::add") {
  SUBCASE("one field") {
    vil::GroupCounter counter(paths({"kind"}));
    add(counter, R"({"kind":"paragraph"})");
    add(counter, R"({"kind":"bullet"})");
    add(counter, R"({"kind":"paragraph"})");
    CHECK(counter.records() == 3);
    CHECK(by_count(counter) == Strings{R"("paragraph"=2)", R"("bullet"=1)"});
    const std::vector<vil::Group> groups = counter.groups(vil::GroupOrder::by_count);
    REQUIRE(groups.size() == 2);
    REQUIRE(groups[0].key.size() == 1);
    CHECK(groups[0].key[0].text == "paragraph");
    CHECK_FALSE(groups[0].key[0].is_null());
  }
  SUBCASE("two fields, one of them nested") {
    vil::GroupCounter counter(paths({"kind", "meta.municipality"}));
    add(counter, R"({"kind":"bullet","meta":{"municipality":"Asker"}})");
    add(counter, R"({"kind":"bullet","meta":{"municipality":"Oslo"}})");
    add(counter, R"({"kind":"bullet","meta":{"municipality":"Asker"}})");
    add(counter, R"({"kind":"lead","meta":{"municipality":"Asker"}})");
    CHECK(by_count(counter) == Strings{R"("bullet","Asker"=2)", R"("bullet","Oslo"=1)", R"("lead","Asker"=1)"});
  }
  SUBCASE("an array counts the record once per element") {
    vil::GroupCounter counter(paths({"refs.sdg"}));
    add(counter, R"({"refs":{"sdg":[3,11]}})");
    add(counter, R"({"refs":{"sdg":[11]}})");
    CHECK(counter.records() == 2);
    CHECK(by_count(counter) == Strings{"11=2", "3=1"});
    const std::vector<vil::Group> groups = counter.groups(vil::GroupOrder::by_count);
    CHECK(groups[0].key[0].text == "11");  // a number's text is its JSON
  }
  SUBCASE("arrays in two fields: every combination") {
    vil::GroupCounter counter(paths({"a", "b"}));
    add(counter, R"({"a":[1,2],"b":["x","y"]})");
    CHECK(counter.records() == 1);
    CHECK(by_key(counter) == Strings{R"(1,"x"=1)", R"(1,"y"=1)", R"(2,"x"=1)", R"(2,"y"=1)"});
  }
  SUBCASE("the same value twice in an array counts twice") {
    vil::GroupCounter counter(paths({"tags"}));
    add(counter, R"({"tags":["a","a"]})");
    CHECK(by_key(counter) == Strings{R"("a"=2)"});
  }
  SUBCASE("missing, null and an empty array count under null") {
    vil::GroupCounter counter(paths({"meta.type"}));
    add(counter, R"({})");
    add(counter, R"({"meta":{"type":null}})");
    add(counter, R"({"meta":{"type":[]}})");
    add(counter, R"({"meta":null})");
    add(counter, R"({"meta":{"type":"plan"}})");
    CHECK(by_count(counter) == Strings{"null=4", R"("plan"=1)"});
    const std::vector<vil::Group> groups = counter.groups(vil::GroupOrder::by_count);
    CHECK(groups[0].key[0].is_null());
    CHECK(groups[0].key[0].text == "");
  }
  SUBCASE("null in one field, values in the other") {
    vil::GroupCounter counter(paths({"a", "b"}));
    add(counter, R"({"a":[],"b":[1,2]})");
    CHECK(by_key(counter) == Strings{"null,1=1", "null,2=1"});
  }
  SUBCASE("values are told apart by their JSON: 1 and \"1\" are two groups") {
    vil::GroupCounter counter(paths({"v"}));
    add(counter, R"({"v":1})");
    add(counter, R"({"v":"1"})");
    add(counter, R"({"v":true})");
    CHECK(by_key(counter) == Strings{"1=1", R"("1"=1)", "true=1"});
  }
  SUBCASE("a string's text is unescaped") {
    vil::GroupCounter counter(paths({"v"}));
    add(counter, R"({"v":"a\"b\u00e6"})");
    const std::vector<vil::Group> groups = counter.groups(vil::GroupOrder::by_key);
    REQUIRE(groups.size() == 1);
    CHECK(groups[0].key[0].json == R"("a\"bæ")");
    CHECK(groups[0].key[0].text == "a\"bæ");
  }
  SUBCASE("no fields: one group that counts every record") {
    vil::GroupCounter counter(paths({}));
    add(counter, R"({"a":1})");
    add(counter, R"({})");
    add(counter, R"({"a":[1,2]})");
    const std::vector<vil::Group> groups = counter.groups(vil::GroupOrder::by_count);
    REQUIRE(groups.size() == 1);
    CHECK(groups[0].key.empty());
    CHECK(groups[0].count == 3);
    CHECK(vil::format_groups({}, groups, vil::TableFormat::json) == "{\"count\":3}\n");
    CHECK(vil::format_groups({}, groups, vil::TableFormat::tsv) == "count\n3\n");
    CHECK(vil::format_groups({}, groups, vil::TableFormat::md) == "| count |\n|---:|\n| 3 |\n");
  }
  SUBCASE("more groups from one record than k_max_groups_per_record: refused, nothing counted") {
    vil::GroupCounter counter(paths({"a", "b"}));
    std::string many = "[";
    for (int i = 0; i < 400; ++i) many += (i ? "," : "") + std::to_string(i);
    many += "]";
    simdjson::dom::parser parser;
    simdjson::dom::element record;
    const std::string json = R"({"a":)" + many + R"(,"b":)" + many + "}";  // 160,000 groups
    REQUIRE(parser.parse(json).get(record) == simdjson::SUCCESS);
    std::string err;
    CHECK(!counter.add(record, err));
    CHECK(err == "the --by fields hold 400 x 400 values: more than 100000 groups from one record "
                 "(count its array fields one at a time)");
    CHECK(counter.records() == 0);
    add(counter, R"({"a":[1,2],"b":[3]})");  // still counting the next
    CHECK(by_key(counter) == Strings{"1,3=1", "2,3=1"});
  }
  SUBCASE("by() gives the fields back") {
    vil::GroupCounter counter(paths({"kind", "meta.type"}));
    REQUIRE(counter.by().size() == 2);
    CHECK(counter.by()[1].spec() == "meta.type");
  }
}

TEST_CASE("vil::GroupCounter::add_group") {
  std::string err;

  SUBCASE("groups merge with counted records and with each other") {
    vil::GroupCounter counter(paths({"kind"}));
    add(counter, R"({"kind":"bullet"})");
    REQUIRE(add_group(counter, R"({"kind":"bullet","count":5})", err));
    REQUIRE(add_group(counter, R"({"kind":"lead","count":2})", err));
    REQUIRE(add_group(counter, R"({"count":1,"kind":"lead"})", err));
    REQUIRE(add_group(counter, R"({"kind":null,"count":4})", err));
    CHECK(counter.records() == 13);
    CHECK(by_count(counter) == Strings{R"("bullet"=6)", "null=4", R"("lead"=3)"});
  }
  SUBCASE("a nested --by field is named by its path") {
    vil::GroupCounter counter(paths({"meta.municipality", "refs.sdg"}));
    add(counter, R"({"meta":{"municipality":"Asker"},"refs":{"sdg":[11]}})");
    REQUIRE(add_group(counter, R"({"meta.municipality":"Asker","refs.sdg":11,"count":2})", err));
    CHECK(by_count(counter) == Strings{R"("Asker",11=3)"});
  }
  SUBCASE("no fields: just a count") {
    vil::GroupCounter counter(paths({}));
    REQUIRE(add_group(counter, R"({"count":7})", err));
    REQUIRE(add_group(counter, R"({"count":0})", err));
    CHECK(by_count(counter) == Strings{"=7"});
    CHECK(counter.records() == 7);
  }
  SUBCASE("other fields than --by") {
    vil::GroupCounter counter(paths({"kind"}));
    CHECK_FALSE(add_group(counter, R"({"kind":"a","doc":"b","count":1})", err));
    CHECK(err == "not a stats group for the same --by fields (it has 2 besides count)");
    CHECK_FALSE(add_group(counter, R"({"count":1})", err));
    CHECK(err == "not a stats group for the same --by fields (it has 0 besides count)");
    CHECK_FALSE(add_group(counter, R"({"doc":"b","count":1})", err));
    CHECK(err == "not a stats group for --by kind: the field is missing");
    CHECK(counter.records() == 0);
    CHECK(counter.groups(vil::GroupOrder::by_key).empty());
  }
  SUBCASE("a count that is not a whole number") {
    vil::GroupCounter counter(paths({"kind"}));
    const std::string message = "not a stats group: no \"count\" that is a whole number";
    for (const char* json : {R"({"kind":"a","count":2.5})", R"({"kind":"a","count":-1})", R"({"kind":"a","count":"3"})",
                             R"({"kind":"a","count":null})", R"({"kind":"a"})"}) {
      CAPTURE(json);
      err.clear();
      CHECK_FALSE(add_group(counter, json, err));
      CHECK(err == message);
    }
    CHECK(counter.records() == 0);
  }
}

TEST_CASE("vil::GroupCounter::groups") {
  vil::GroupCounter counter(paths({"v"}));
  for (const char* json : {R"({"v":"b"})", R"({"v":"b"})", R"({"v":"b"})", R"({"v":"a"})", R"({"v":"a"})",
                           R"({"v":"a"})", R"({"v":10})", R"({"v":2})", R"({"v":2.5})", R"({"v":-1})",
                           R"({})", R"({"v":"B"})"})
    add(counter, json);

  SUBCASE("by count, most first, ties by key") {
    CHECK(by_count(counter) == Strings{R"("a"=3)", R"("b"=3)", "null=1", "-1=1", "2=1", "2.5=1", "10=1", R"("B"=1)"});
  }
  SUBCASE("by key: null first, numbers in numeric order, then strings by bytes") {
    CHECK(by_key(counter) == Strings{"null=1", "-1=1", "2=1", "2.5=1", "10=1", R"("B"=1)", R"("a"=3)", R"("b"=3)"});
  }
}

TEST_CASE("vil::key_less") {
  CHECK(vil::key_less({k_null}, {value("2", "2")}));
  CHECK(vil::key_less({value("2", "2")}, {value("10", "10")}));
  CHECK_FALSE(vil::key_less({value("10", "10")}, {value("2", "2")}));
  CHECK(vil::key_less({value("10", "10")}, {str("1")}));
  CHECK(vil::key_less({str("a")}, {str("b")}));
  CHECK_FALSE(vil::key_less({str("a")}, {str("a")}));
  CHECK(vil::key_less({str("a"), str("z")}, {str("b"), str("a")}));  // the first field decides
  CHECK(vil::key_less({str("a"), k_null}, {str("a"), str("a")}));
}

TEST_CASE("vil::format_groups") {
  const std::vector<vil::Group> groups = {
      group({str("paragraph"), value("11", "11")}, 12),
      group({value(R"("a,b \"q\"")", "a,b \"q\""), k_null}, 3),
      group({value(R"("tab\there|pipe")", "tab\there|pipe"), value("true", "true")}, 1),
  };
  const Strings names = {"kind", "refs.sdg"};

  SUBCASE("json: one object per group, values as JSON, then count") {
    CHECK(vil::format_groups(names, groups, vil::TableFormat::json) ==
          "{\"kind\":\"paragraph\",\"refs.sdg\":11,\"count\":12}\n"
          "{\"kind\":\"a,b \\\"q\\\"\",\"refs.sdg\":null,\"count\":3}\n"
          "{\"kind\":\"tab\\there|pipe\",\"refs.sdg\":true,\"count\":1}\n");
  }
  SUBCASE("tsv: a header, tabs in values become spaces, null is empty") {
    CHECK(vil::format_groups(names, groups, vil::TableFormat::tsv) ==
          "kind\trefs.sdg\tcount\n"
          "paragraph\t11\t12\n"
          "a,b \"q\"\t\t3\n"
          "tab here|pipe\ttrue\t1\n");
  }
  SUBCASE("csv: cells with commas or quotes are quoted, quotes doubled") {
    CHECK(vil::format_groups(names, groups, vil::TableFormat::csv) ==
          "kind,refs.sdg,count\n"
          "paragraph,11,12\n"
          "\"a,b \"\"q\"\"\",,3\n"
          "tab\there|pipe,true,1\n");
  }
  SUBCASE("csv: newlines are quoted, headers too") {
    const std::vector<vil::Group> lines = {group({value(R"("two\nlines")", "two\nlines")}, 1)};
    CHECK(vil::format_groups({"a,b"}, lines, vil::TableFormat::csv) == "\"a,b\",count\n\"two\nlines\",1\n");
  }
  SUBCASE("md: a table, counts right-aligned, null as (none), pipes escaped") {
    CHECK(vil::format_groups(names, groups, vil::TableFormat::md) ==
          "| kind | refs.sdg | count |\n"
          "|---|---|---:|\n"
          "| paragraph | 11 | 12 |\n"
          "| a,b \"q\" | (none) | 3 |\n"
          "| tab\there\\|pipe | true | 1 |\n");
  }
  SUBCASE("md: newlines become spaces") {
    const std::vector<vil::Group> lines = {group({value(R"("two\nlines")", "two\nlines")}, 1)};
    CHECK(vil::format_groups({"v"}, lines, vil::TableFormat::md) == "| v | count |\n|---|---:|\n| two lines | 1 |\n");
  }
  SUBCASE("no groups: only the header, or nothing in json") {
    CHECK(vil::format_groups(names, {}, vil::TableFormat::json) == "");
    CHECK(vil::format_groups(names, {}, vil::TableFormat::tsv) == "kind\trefs.sdg\tcount\n");
    CHECK(vil::format_groups(names, {}, vil::TableFormat::md) == "| kind | refs.sdg | count |\n|---|---|---:|\n");
  }
}

TEST_CASE("vil::matrix_too_large") {
  vil::GroupCounter counter(paths({"a", "b"}));
  for (int i = 0; i < 2001; ++i) add(counter, R"({"a":)" + std::to_string(i) + R"(,"b":)" + std::to_string(i) + "}");
  CHECK(vil::matrix_too_large(counter.groups(vil::GroupOrder::by_key)) ==
        "--matrix: 2001 rows x 2001 columns = 4004001 cells, more than 4000000 "
        "(without --matrix, stats lists only the pairs that occur)");
  vil::GroupCounter small(paths({"a", "b"}));
  for (int i = 0; i < 2000; ++i) add(small, R"({"a":)" + std::to_string(i) + R"(,"b":)" + std::to_string(i) + "}");
  CHECK(vil::matrix_too_large(small.groups(vil::GroupOrder::by_key)).empty());
}

TEST_CASE("vil::format_matrix") {
  // kind x municipality: bullet/Oslo 1, bullet/null 1, paragraph/Oslo 2, paragraph/Asker 1.
  vil::GroupCounter counter(paths({"kind", "meta.municipality"}));
  add(counter, R"({"kind":"paragraph","meta":{"municipality":"Oslo"}})");
  add(counter, R"({"kind":"paragraph","meta":{"municipality":"Oslo"}})");
  add(counter, R"({"kind":"paragraph","meta":{"municipality":"Asker"}})");
  add(counter, R"({"kind":"bullet","meta":{"municipality":"Oslo"}})");
  add(counter, R"({"kind":"bullet"})");
  const Strings names = {"kind", "municipality"};

  SUBCASE("json by count: rows and columns by their totals, ties by key") {
    const std::vector<vil::Group> groups = counter.groups(vil::GroupOrder::by_count);
    CHECK(vil::format_matrix(names, groups, vil::TableFormat::json, vil::GroupOrder::by_count) ==
          R"({"rows_by":"kind","columns_by":"municipality","rows":["paragraph","bullet"],"columns":["Oslo",null,"Asker"],)"
          R"("counts":[[2,0,1],[1,1,0]],"row_totals":[3,2],"column_totals":[3,1,1],"total":5})"
          "\n");
  }
  SUBCASE("json by key") {
    const std::vector<vil::Group> groups = counter.groups(vil::GroupOrder::by_key);
    CHECK(vil::format_matrix(names, groups, vil::TableFormat::json, vil::GroupOrder::by_key) ==
          R"({"rows_by":"kind","columns_by":"municipality","rows":["bullet","paragraph"],"columns":[null,"Asker","Oslo"],)"
          R"("counts":[[1,0,1],[0,1,2]],"row_totals":[2,3],"column_totals":[1,1,3],"total":5})"
          "\n");
  }
  SUBCASE("md by key, with a total row and column") {
    const std::vector<vil::Group> groups = counter.groups(vil::GroupOrder::by_key);
    CHECK(vil::format_matrix(names, groups, vil::TableFormat::md, vil::GroupOrder::by_key) ==
          "| kind \\ municipality | (none) | Asker | Oslo | total |\n"
          "|---|---:|---:|---:|---:|\n"
          "| bullet | 1 | 0 | 1 | 2 |\n"
          "| paragraph | 0 | 1 | 2 | 3 |\n"
          "| total | 1 | 1 | 3 | 5 |\n");
  }
  SUBCASE("tsv by count") {
    const std::vector<vil::Group> groups = counter.groups(vil::GroupOrder::by_count);
    CHECK(vil::format_matrix(names, groups, vil::TableFormat::tsv, vil::GroupOrder::by_count) ==
          "kind \\ municipality\tOslo\t(none)\tAsker\ttotal\n"
          "paragraph\t2\t0\t1\t3\n"
          "bullet\t1\t1\t0\t2\n"
          "total\t3\t1\t1\t5\n");
  }
  SUBCASE("numbers as rows are ordered numerically by key") {
    const std::vector<vil::Group> groups = {group({value("10", "10"), str("x")}, 1),
                                            group({value("2", "2"), str("x")}, 1)};
    CHECK(vil::format_matrix({"sdg", "v"}, groups, vil::TableFormat::json, vil::GroupOrder::by_key) ==
          R"({"rows_by":"sdg","columns_by":"v","rows":[2,10],"columns":["x"],"counts":[[1],[1]],)"
          R"("row_totals":[1,1],"column_totals":[2],"total":2})"
          "\n");
  }
}

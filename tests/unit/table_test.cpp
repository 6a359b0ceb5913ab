#include "vil/table.hpp"

#include <doctest/doctest.h>

TEST_CASE("vil::csv_cell") {
  CHECK(vil::csv_cell("plain") == "plain");
  CHECK(vil::csv_cell("a, b") == "\"a, b\"");
  CHECK(vil::csv_cell("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(vil::csv_cell("=SUM(A1)") == "=SUM(A1)");  // as it is, unless asked to neutralise
  CHECK(vil::csv_cell("=SUM(A1)", true) == "'=SUM(A1)");
  CHECK(vil::csv_cell("+47 22", true) == "'+47 22");
  CHECK(vil::csv_cell("-1", true) == "'-1");
  CHECK(vil::csv_cell("@cmd", true) == "'@cmd");
  CHECK(vil::csv_cell("=a,b", true) == "\"'=a,b\"");
  CHECK(vil::csv_cell("ok=fine", true) == "ok=fine");
}

TEST_CASE("vil::tsv_cell") {
  CHECK(vil::tsv_cell("a\tb\nc\r") == "a b c ");
}

TEST_CASE("vil::md_cell") {
  CHECK(vil::md_cell("a|b\nc", false) == "a\\|b c");
  CHECK(vil::md_cell("", true) == "(none)");
}

TEST_CASE("vil::table_cell") {
  CHECK(vil::table_cell("=1+1", vil::TableFormat::csv) == "'=1+1");
  CHECK(vil::table_cell("=1+1", vil::TableFormat::tsv) == "=1+1");
}

TEST_CASE("vil::write_rows") {
  const std::vector<std::vector<std::string>> rows = {{"a", "n"}, {"x", "1"}};
  CHECK(vil::write_rows(rows, vil::TableFormat::tsv, 1) == "a\tn\nx\t1\n");
  CHECK(vil::write_rows(rows, vil::TableFormat::csv, 1) == "a,n\nx,1\n");
  CHECK(vil::write_rows(rows, vil::TableFormat::md, 1) == "| a | n |\n|---|---:|\n| x | 1 |\n");
}

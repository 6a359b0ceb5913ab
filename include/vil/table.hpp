#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace vil {

// The shapes a table can be written in: JSON Lines (by each table's own writer), TSV,
// CSV, or a Markdown table.
enum class TableFormat { json, tsv, csv, md };

// The format a --format value names ("tsv", "csv", "md"); anything else is json.
TableFormat table_format(std::string_view name);

// One cell in CSV: quoted when it holds a comma, a quote or a line end. With
// `neutralise`, a text that a spreadsheet would run as a formula (it starts with =, +,
// -, @, a tab or a carriage return) gets a leading apostrophe, as spreadsheet-bound CSV
// should (OWASP's advice on CSV injection).
std::string csv_cell(std::string_view s, bool neutralise = false);
// One cell in TSV: tabs and line ends become spaces.
std::string tsv_cell(std::string_view s);
// One cell in a Markdown table: | escaped, line ends as spaces; null is "(none)".
std::string md_cell(std::string_view s, bool is_null);
// The cell in the given text format (csv neutralised).
std::string table_cell(std::string_view s, TableFormat format);

// Rows of cells (already made cells) in a text format; the first row is the header.
// Markdown right-aligns the columns from first_number on.
std::string write_rows(const std::vector<std::vector<std::string>>& rows, TableFormat format,
                       std::size_t first_number);

}  // namespace vil

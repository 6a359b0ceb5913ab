#include "vil/table.hpp"

namespace vil {

std::string csv_cell(std::string_view s, bool neutralise) {
  const bool formula = neutralise && !s.empty() && std::string_view("=+-@\t\r").find(s[0]) != std::string_view::npos;
  if (formula) return csv_cell("'" + std::string(s), false);
  if (s.find_first_of(",\"\n\r") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

// TSV cells cannot hold tabs or newlines: they become spaces.
std::string tsv_cell(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return out;
}

std::string md_cell(std::string_view s, bool is_null) {
  if (is_null) return "(none)";
  std::string out;
  for (char c : s) {
    if (c == '|') out += '\\';
    out += (c == '\n' || c == '\r') ? ' ' : c;
  }
  return out;
}

std::string write_rows(const std::vector<std::vector<std::string>>& rows, TableFormat format, std::size_t first_number) {
  std::string out;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    if (format == TableFormat::md) out += "|";
    for (std::size_t c = 0; c < rows[r].size(); ++c) {
      if (format == TableFormat::md) out += " " + rows[r][c] + " |";
      else {
        if (c > 0) out += format == TableFormat::csv ? "," : "\t";
        out += rows[r][c];
      }
    }
    out += '\n';
    if (r == 0 && format == TableFormat::md) {
      out += "|";
      for (std::size_t c = 0; c < rows[r].size(); ++c) out += c >= first_number ? "---:|" : "---|";
      out += '\n';
    }
  }
  return out;
}

TableFormat table_format(std::string_view name) {
  return name == "tsv" ? TableFormat::tsv : name == "csv" ? TableFormat::csv : name == "md" ? TableFormat::md : TableFormat::json;
}

std::string table_cell(std::string_view s, TableFormat format) {
  switch (format) {
    case TableFormat::csv: return csv_cell(s, true);
    case TableFormat::md: return md_cell(s, false);
    default: return tsv_cell(s);
  }
}

}  // namespace vil

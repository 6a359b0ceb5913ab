#include "vil/manifest.hpp"

#include <algorithm>
#include <array>

#include "vil/text.hpp"
#include "vil/utf8.hpp"

namespace vil {
namespace {

// The DocMeta member each column name fills.
std::string DocMeta::*column_member(std::string_view name) {
  static const std::array<std::pair<std::string_view, std::string DocMeta::*>, 8> k_columns = {{
      {"id", &DocMeta::id},
      {"file", &DocMeta::file},
      {"title", &DocMeta::title},
      {"author", &DocMeta::author},
      {"municipality", &DocMeta::municipality},
      {"type", &DocMeta::type},
      {"period", &DocMeta::period},
      {"source", &DocMeta::source},
  }};
  for (const auto& [n, member] : k_columns)
    if (n == name) return member;
  return nullptr;
}

}  // namespace

bool is_valid_doc_id(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
           c == '_' || c == '-';
  });
}

const DocMeta* Manifest::find_file(std::string_view file) const {
  for (const DocMeta& d : docs)
    if (d.file == file) return &d;
  return nullptr;
}

bool parse_manifest(std::string_view text, Manifest& out, std::size_t& err_line, std::string& err) {
  out = Manifest{};
  if (const std::size_t bad = find_invalid_utf8(text); bad != std::string_view::npos) {
    err_line = line_of(text, bad);
    err = "invalid UTF-8 at byte " + std::to_string(bad);
    return false;
  }
  std::vector<std::string DocMeta::*> columns;
  std::size_t lines = 0;
  const bool ok = for_each_line(text, [&](std::string_view line, std::size_t line_no) {
    lines = line_no;
    const auto fail = [&](std::string message) {
      err_line = line_no;
      err = std::move(message);
      return false;
    };
    if (line.empty() || line[0] == '#') return true;
    const std::vector<std::string_view> cells = split_tabs(line);
    if (columns.empty()) {
      for (std::string_view name : cells) {
        if (trim(name).empty()) return fail("empty column name in the manifest header (a stray tab?)");
        std::string DocMeta::*member = column_member(trim(name));
        if (member == nullptr)
          return fail("unknown manifest column '" + std::string(name) +
                      "' (known: id, file, title, author, municipality, type, period, source)");
        if (std::find(columns.begin(), columns.end(), member) != columns.end())
          return fail("manifest column '" + std::string(name) + "' appears twice");
        columns.push_back(member);
      }
      if (std::find(columns.begin(), columns.end(), &DocMeta::id) == columns.end() ||
          std::find(columns.begin(), columns.end(), &DocMeta::file) == columns.end())
        return fail("manifest header must name the columns 'id' and 'file'");
      return true;
    }
    if (cells.size() != columns.size())
      return fail("expected " + std::to_string(columns.size()) + " tab-separated cells, found " +
                  std::to_string(cells.size()));
    DocMeta meta;
    for (std::size_t i = 0; i < cells.size(); ++i) meta.*columns[i] = clean_text(cells[i]);
    if (!is_valid_doc_id(meta.id))
      return fail("invalid document id '" + meta.id + "' (use letters, digits, '.', '_', '-')");
    if (meta.file.empty() || meta.file.find('/') != std::string::npos)
      return fail("invalid file name '" + meta.file + "' (a file in the manifest's folder)");
    if (!meta.type.empty() && meta.type != "program" && meta.type != "plan" && meta.type != "action-plan")
      return fail("invalid type '" + meta.type + "' (program, plan or action-plan)");
    for (const DocMeta& other : out.docs) {
      if (other.id == meta.id) return fail("duplicate document id '" + meta.id + "'");
      if (other.file == meta.file) return fail("duplicate file '" + meta.file + "'");
    }
    out.docs.push_back(std::move(meta));
    return true;
  });
  if (!ok) return false;
  if (columns.empty()) {
    err_line = lines;
    err = "manifest has no header row";
    return false;
  }
  return true;
}

}  // namespace vil

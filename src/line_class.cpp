#include "vil/line_class.hpp"

#include "vil/text.hpp"
#include "vil/utf8.hpp"

namespace vil {
namespace {

bool is_bullet_marker(char32_t cp) {
  switch (cp) {
    case '-': case '*': case '+':
    case 0x2022:  // • bullet
    case 0x2013:  // – en dash
    case 0x2014:  // — em dash
    case 0x00B7:  // · middle dot
    case 0x25CF:  // ● black circle
    case 0x25E6:  // ◦ white bullet
    case 0x25AA:  // ▪ small black square
    case 0x2043:  // ⁃ hyphen bullet
    case 0x2023:  // ‣ triangular bullet
      return true;
    default:
      return false;
  }
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// "===", "---" (at least three, nothing else): a heading underline, level 1 or 2.
// "***", "___", "* * *", "- - -": a thematic break only, level 0.
bool setext_underline(std::string_view t, int& level) {
  if (t.size() < 3 || (t[0] != '=' && t[0] != '-' && t[0] != '*' && t[0] != '_')) return false;
  std::size_t marks = 0;
  bool spaced = false;
  for (char c : t) {
    if (c == t[0]) ++marks;
    else if (c == ' ' || c == '\t') spaced = true;
    else return false;
  }
  if (marks < 3 || (t[0] == '=' && spaced)) return false;
  level = (t[0] == '*' || t[0] == '_' || spaced) ? 0 : t[0] == '=' ? 1 : 2;
  return true;
}

bool atx_heading(std::string_view t, LineClass& out) {
  std::size_t n = 0;
  while (n < t.size() && t[n] == '#') ++n;
  if (n == 0 || n > 6) return false;
  if (n < t.size() && t[n] != ' ' && t[n] != '\t') return false;
  std::string_view body = trim(t.substr(n));
  // A closing sequence of '#' (preceded by a space) is markup too.
  std::size_t end = body.size();
  while (end > 0 && body[end - 1] == '#') --end;
  if (end < body.size() && (end == 0 || body[end - 1] == ' ')) body = trim(body.substr(0, end));
  out.type = LineType::atx_heading;
  out.level = static_cast<int>(n);
  out.body = body;
  return true;
}

bool toc_row(std::string_view line, LineClass& out) {
  // "Title<TAB>page": one title cell, then tabs, then the page number.
  const std::size_t tab = line.find('\t');
  if (tab == 0 || tab == std::string_view::npos) return false;
  std::size_t i = tab;
  while (i < line.size() && line[i] == '\t') ++i;
  const std::string_view page = trim(line.substr(i));
  if (page.empty() || page.size() > 4) return false;
  for (char c : page)
    if (!is_digit(c)) return false;
  const std::string_view title = trim(line.substr(0, tab));
  if (!has_letter(title)) return false;
  out.type = LineType::toc_row;
  out.body = title;
  out.number = std::stoi(std::string(page));
  return true;
}

bool list_item(std::string_view t, LineClass& out) {
  std::size_t i = 0;
  const char32_t cp = next_code_point(t, i);
  if (is_bullet_marker(cp)) {
    if (i >= t.size()) return false;
    std::size_t j = i;
    if (!is_space(next_code_point(t, j))) return false;
    const std::string_view body = trim(t.substr(i));
    if (body.empty()) return false;
    out.type = LineType::bullet;
    out.body = body;
    return true;
  }
  std::size_t n = 0;
  while (n < t.size() && n < 4 && is_digit(t[n])) ++n;
  if (n == 0 || n > 3 || n + 1 >= t.size() || (t[n] != '.' && t[n] != ')')) return false;
  std::size_t j = n + 1;
  if (!is_space(next_code_point(t, j))) return false;
  const std::string_view body = trim(t.substr(n + 1));
  if (body.empty()) return false;
  out.type = LineType::numbered;
  out.number = std::stoi(std::string(t.substr(0, n)));
  out.body = body;
  return true;
}

bool bold_line(std::string_view t, LineClass& out) {
  if (t.size() < 5 || t.substr(0, 2) != "**" || t.substr(t.size() - 2) != "**") return false;
  const std::string_view inner = t.substr(2, t.size() - 4);
  if (inner.find("**") != std::string_view::npos || trim(inner).empty()) return false;
  out.type = LineType::bold;
  out.body = trim(inner);
  return true;
}

}  // namespace

LineClass classify_line(std::string_view line) {
  LineClass out;
  const std::string_view t = trim(line);
  if (t.empty()) {
    out.type = LineType::blank;
    return out;
  }
  // Tabs carry table structure, so tab rows are told apart on the raw line: a tab
  // inside the text, or two at its start (a row whose first cells are empty).
  const bool leading_tabs = line.size() >= 2 && line[0] == '\t' && line[1] == '\t';
  if (line.find('\t') != std::string_view::npos && (t.find('\t') != std::string_view::npos || leading_tabs)) {
    if (toc_row(line, out)) return out;
    // "•<TAB>text", "#<TAB>Title": markup that a word processor followed with a tab.
    if (!leading_tabs && (list_item(t, out) || atx_heading(t, out)) && out.body.find('\t') == std::string_view::npos)
      return out;
    out = LineClass{};
    out.type = LineType::table_row;
    out.body = line;
    return out;
  }
  if (setext_underline(t, out.level)) {
    out.type = LineType::setext_underline;
    return out;
  }
  if (atx_heading(t, out)) return out;
  if (bold_line(t, out)) return out;
  if (list_item(t, out)) return out;
  out.type = LineType::text;
  out.body = t;
  return out;
}

}  // namespace vil

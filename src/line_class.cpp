#include "vil/line_class.hpp"

#include <algorithm>

#include "vil/markup.hpp"
#include "vil/text.hpp"
#include "vil/utf8.hpp"

namespace vil {
namespace {

bool is_bullet_marker(char32_t cp) {
  switch (cp) {
    case '-':
    case '*':
    case '+':
    case 0x2022:   // • bullet
    case 0x2013:   // – en dash
    case 0x2014:   // — em dash
    case 0x00B7:   // · middle dot
    case 0x25CF:   // ● black circle
    case 0x25E6:   // ◦ white bullet
    case 0x25AA:   // ▪ small black square
    case 0x2043:   // ⁃ hyphen bullet
    case 0x2023:   // ‣ triangular bullet
    case 0xF0B7:   // the Symbol font's bullet, as PDF and Word conversions leave it
    case 0x25A0:   // ■ black square
    case 0x25BA:   // ► black right-pointing pointer
    case 0x25B6:   // ▶ black right-pointing triangle
    case 0x27A2:   // ➢ arrowhead
    case 0x27A4:   // ➤ arrowhead
    case 0x2713:   // ✓ check mark
    case 0x2714:   // ✔ heavy check mark
    case 0x25CB:   // ○ white circle
    case 0x2212:   // − minus sign
    case 0x2192:   // → rightwards arrow
    case 0x2219:   // ∙ bullet operator
    case 0x25C6:   // ◆ black diamond
    case 0x2666:   // ♦ black diamond suit
    case 0x2756:   // ❖ black diamond minus white X
    case 0x25B8:   // ▸ small right-pointing triangle
    case 0x25B7:   // ▷ white right-pointing triangle
    case 0x25FC:   // ◼ black medium square
    case 0x25FE:   // ◾ black medium small square
    case 0x2605:   // ★ black star
    case 0x2610:   // ☐ ballot box
    case 0x2611:   // ☑ ballot box with check
    case 0x2612:   // ☒ ballot box with X
    case 0x2705:   // ✅ white heavy check mark
    case 0x2717:   // ✗ ballot X
    case 0x2718:   // ✘ heavy ballot X
    case 0x2794:   // ➔ heavy wide-headed rightwards arrow
    case 0x279C:   // ➜ heavy round-tipped rightwards arrow
    case 0x21D2:   // ⇒ rightwards double arrow
    case 0x2B24:   // ⬤ black large circle
    case 0x2B9A:   // ⮚ three-D top-lighted rightwards arrowhead
    case 0x1F449:  // 👉 backhand index pointing right
    case 0x1F538:  // 🔸 small orange diamond
    case 0x1F539:  // 🔹 small blue diamond
    // Wingdings bullets as PDF and Word conversions leave them, in the private use area:
    case 0xF06E:  // ■
    case 0xF076:  // ❖
    case 0xF0A7:  // ▪
    case 0xF0D8:  // ➢
    case 0xF0FC:  // ✓
      return true;
    default:
      return false;
  }
}

// "===", "---" (at least three, nothing else): a heading underline, level 1 or 2.
// "***", "___", "* * *", "- - -": a thematic break only, level 0.
bool setext_underline(std::string_view t, int& level) {
  if (t.size() < 3 || (t[0] != '=' && t[0] != '-' && t[0] != '*' && t[0] != '_')) return false;
  std::size_t marks = 0;
  bool spaced = false;
  for (char c : t) {
    if (c == t[0])
      ++marks;
    else if (c == ' ' || c == '\t')
      spaced = true;
    else
      return false;
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
    if (!is_ascii_digit(c)) return false;
  const std::string_view title = trim(line.substr(0, tab));
  if (!has_letter(title)) return false;
  out.type = LineType::toc_row;
  out.body = title;
  out.number = std::stoi(std::string(page));
  return true;
}

// "Innledning ........ 3", "Innledning . . . . 3", "Innledning        3": a contents
// entry whose page is set off by dot leaders or a run of spaces (at least four).
bool toc_leader(std::string_view t, LineClass& out) {
  std::size_t end = t.size();
  std::size_t digits = 0;
  while (end > 0 && is_ascii_digit(t[end - 1])) --end, ++digits;
  if (digits == 0 || digits > 3 || end == 0) return false;
  std::size_t i = end;
  std::size_t dots = 0;
  std::size_t spaces = 0;
  while (i > 0) {
    if (t[i - 1] == '.')
      ++dots, --i;
    else if (t[i - 1] == ' ')
      ++spaces, --i;
    else if (i >= 3 && t.substr(i - 3, 3) == "\xE2\x80\xA6")
      dots += 3, i -= 3;  // …
    else
      break;
  }
  if (dots < 3 && !(dots == 0 && spaces >= 4)) return false;
  const std::string_view title = trim(t.substr(0, i));
  if (title.empty() || !has_letter(title)) return false;
  out.type = LineType::toc_row;
  out.body = title;
  out.number = std::stoi(std::string(t.substr(end)));
  return true;
}

// Markup that carries no text: pandoc's fenced divs (":::", "::: {.box}").
bool markup_line(std::string_view t) {
  if (t.substr(0, 3) != ":::") return false;
  const std::size_t after = t.find_first_not_of(':');
  return after == std::string_view::npos || t[after] == ' ' || t[after] == '{';
}

// A bullet symbol that is no letter's or word's part: it may stand right before its
// text ("•bygge ny skole"), as pdftotext leaves it.
bool is_symbol_marker(char32_t cp) {
  return cp != '-' && cp != '*' && cp != '+' && cp != 0x2013 && cp != 0x2014 && cp != 0x00B7 && cp != 0x2212;
}

// The length of a lettered or Roman-numbered item's label and the space after it
// ("a) ", "a. ", "(a) ", "i. ", "(ii) ", "iv) "), or 0. Lower-case letters only: "K. Olsen"
// is a name.
std::size_t letter_label(std::string_view t) {
  std::size_t i = 0;
  const bool open = !t.empty() && t[0] == '(';
  if (open) ++i;
  const std::size_t from = i;
  while (i < t.size() && i - from < 4 && std::string_view("ivx").find(t[i]) != std::string_view::npos) ++i;
  const bool roman = i > from && i - from <= 4;
  if (!roman) {
    if (i >= t.size() || t[i] < 'a' || t[i] > 'z') return 0;
    ++i;
  } else if (i - from > 1 && i < t.size() && t[i] >= 'a' && t[i] <= 'z') {
    return 0;  // a word ("ikke")
  }
  if (i >= t.size()) return 0;
  const char close = t[i];
  if (open ? close != ')' : (close != ')' && close != '.')) return 0;
  // Then a space: "f.eks." is an abbreviation; so are "f. eks." and "t. o. m.", whose
  // next word ends with a stop too.
  ++i;
  if (i >= t.size() || (t[i] != ' ' && t[i] != '\t')) return 0;
  const std::string_view next = t.substr(i + 1, t.find(' ', i + 1) - (i + 1));
  if (!next.empty() && next.back() == '.') return 0;
  return i + 1;
}

bool list_item(std::string_view t, LineClass& out) {
  std::size_t i = 0;
  const char32_t cp = next_code_point(t, i);
  if (is_bullet_marker(cp)) {
    if (i + 3 <= t.size() && t.substr(i, 3) == "\xEF\xB8\x8F") i += 3;  // an emoji's variation selector
    if (i >= t.size()) return false;
    out.marker = cp;
    std::size_t j = i;
    // A symbol may stand right before its text ("•bygge"); a dash, hyphen, star or dot
    // is a word's ("-tiltak", "*viktig").
    const char32_t after = next_code_point(t, j);
    if (!is_space(after) && (!has_letter(t.substr(i, j - i)) || !is_symbol_marker(cp))) return false;
    std::string_view body = trim(t.substr(i));
    // A title between two signs ("★ Skole og oppvekst ★") is no item.
    if (!body.empty() && is_symbol_marker(cp) && last_code_point(body) == cp) return false;
    // A Markdown task list's box ("- [x] Gratis skolemat") is markup.
    if (body.size() > 4 && body[0] == '[' && (body[1] == ' ' || body[1] == 'x' || body[1] == 'X') &&
        body[2] == ']' && body[3] == ' ')
      body = trim(body.substr(4));
    if (body.empty()) return false;
    out.type = LineType::bullet;
    out.body = body;
    return true;
  }
  // Word's second-level bullet, "o" and a tab or a space (no Norwegian word is "o"); a
  // lettered item, "a) ", "a. ", "(a) ", or one numbered in lower-case Roman numerals,
  // "i. ", "(ii) ", "iv) ": bullets without a marker to split a run-on line at.
  const bool word_o = t.size() > 2 && t[0] == 'o' && (t[1] == '\t' || (t[1] == ' ' && t[2] != ' '));
  if (word_o) {
    const std::string_view body = trim(t.substr(1));
    if (body.empty()) return false;
    out.type = LineType::bullet;
    out.body = body;
    return true;
  }
  if (const std::size_t label = letter_label(t); label > 0) {
    const std::string_view body = trim(t.substr(label));
    if (body.empty()) return false;
    out.type = LineType::bullet;
    out.body = body;
    return true;
  }
  std::size_t n = 0;
  while (n < t.size() && n < 4 && is_ascii_digit(t[n])) ++n;
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

// Digits at t[i..]: advances i past them; their count.
std::size_t skip_digits(std::string_view t, std::size_t& i) {
  const std::size_t start = i;
  while (i < t.size() && is_ascii_digit(t[i])) ++i;
  return i - start;
}

void skip_spaces(std::string_view t, std::size_t& i) {
  while (i < t.size() && t[i] == ' ') ++i;
}

// A page number left by a PDF conversion, on a line of its own: "12", "- 12 -",
// "– 12 –", "Side 12", "side 12 av 40", "Page 3 of 9", "12 / 40". One to three digits
// (a four-digit line is more likely a year).
bool page_number(std::string_view t) {
  std::size_t i = 0;
  const auto word = [&](std::string_view w) {
    if (t.size() - i < w.size()) return false;
    for (std::size_t k = 0; k < w.size(); ++k) {
      const char c = t[i + k];
      if ((c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c) != w[k]) return false;
    }
    i += w.size();
    return true;
  };
  const auto dash = [&]() { return word("-") || word("\xE2\x80\x93") || word("\xE2\x80\x94"); };
  const bool dashed = dash();
  skip_spaces(t, i);
  if (word("side ") || word("page ") || word("s. ")) skip_spaces(t, i);
  const std::size_t digits = skip_digits(t, i);
  if (digits == 0 || digits > 3) return false;
  skip_spaces(t, i);
  if (word("av ") || word("of ") || word("/")) {
    skip_spaces(t, i);
    const std::size_t total = skip_digits(t, i);
    if (total == 0 || total > 3) return false;
    skip_spaces(t, i);
  }
  if (dashed && !dash()) return false;
  skip_spaces(t, i);
  return i == t.size();
}

// "[Title](target)" whose target points into a document ("#anchor", "fil.html#35",
// "#page=35"): a contents entry. number is the page when the anchor is one.
bool toc_link(std::string_view body, LineClass& out) {
  std::string_view text;
  std::string_view target;
  if (!parse_link_line(body, text, target)) return false;
  const std::size_t hash = target.find('#');
  if (hash == std::string_view::npos) return false;
  std::string_view anchor = target.substr(hash + 1);
  if (anchor.rfind("page=", 0) == 0) anchor.remove_prefix(5);
  int page = 0;
  if (!anchor.empty() && anchor.size() <= 4) {
    std::size_t i = 0;
    if (skip_digits(anchor, i) == anchor.size()) page = std::stoi(std::string(anchor));
  }
  out = LineClass{};
  out.type = LineType::toc_link;
  out.body = text;
  out.number = page;
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

// A web page saved as HTML, a block element a line: "<h2>Skole</h2>" is a heading,
// "<li>bygge ...</li>" an item, "<p>...</p>" a block of text of its own, and "<ul>",
// "</ol>", "<div class=x>" alone are markup. Inline tags inside are stripped later.
bool html_block(std::string_view t, LineClass& out) {
  const auto lower = [](char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); };
  // The tag's name at t[at] ('<' there), lower case; end: past its '>'.
  const auto tag = [&](std::size_t at, std::size_t& end) {
    std::string name;
    std::size_t i = at + 1;
    if (i < t.size() && t[i] == '/') name.push_back(t[i++]);
    while (i < t.size() && (is_ascii_digit(t[i]) || (lower(t[i]) >= 'a' && lower(t[i]) <= 'z')))
      name.push_back(lower(t[i++]));
    end = t.find('>', i);
    if (end == std::string_view::npos || (i < t.size() && t[i] != '>' && t[i] != ' ' && t[i] != '/'))
      return std::string();
    ++end;
    return name;
  };
  std::size_t open_end = 0;
  const std::string open = tag(0, open_end);
  if (open.empty()) return false;
  static constexpr std::string_view k_markup[] = {"ul",   "ol",    "div",  "section",  "article",  "/ul",
                                                  "/ol",  "/div",  "body", "/section", "/article", "/body",
                                                  "html", "/html", "main", "/main",    "br",       "hr"};
  if (open_end == t.size()) {
    if (std::find(std::begin(k_markup), std::end(k_markup), open) == std::end(k_markup)) return false;
    out.type = LineType::latex;
    return true;
  }
  // "<x ...>text</x>": the element whole on the line.
  const std::string close = "</" + open + ">";
  if (t.size() < open_end + close.size()) return false;
  std::string tail(t.substr(t.size() - close.size()));
  for (char& c : tail) c = lower(c);
  if (tail != close) return false;
  const std::string_view body = trim(t.substr(open_end, t.size() - close.size() - open_end));
  if (body.empty()) return false;
  if (open.size() == 2 && open[0] == 'h' && open[1] >= '1' && open[1] <= '6') {
    out.type = LineType::atx_heading;
    out.level = open[1] - '0';
  } else if (open == "li") {
    out.type = LineType::bullet;
    out.marker = '-';
  } else if (open == "p") {
    out.type = LineType::text;
    out.block = true;
  } else {
    return false;
  }
  out.body = body;
  return true;
}

char32_t lone_marker(std::string_view line) {
  const std::string_view t = trim(line);
  std::size_t i = 0;
  if (t.empty()) return 0;
  const char32_t cp = next_code_point(t, i);
  return i == t.size() && is_bullet_marker(cp) && is_symbol_marker(cp) ? cp : 0;
}

LineClass classify_line(std::string_view line) {
  LineClass out;
  std::string_view t = trim(line);
  // Zero width spaces that word processors leave before a list marker.
  while (t.substr(0, 3) == "\xE2\x80\x8B") t = trim(t.substr(3));
  // A block quote ("> text") and a footnote's text ("[^1]: text") are text of the
  // document: the markers go.
  while (!t.empty() && t[0] == '>' && (t.size() == 1 || t[1] == ' ' || t[1] == '>')) t = trim(t.substr(1));
  if (t.substr(0, 2) == "[^") {
    const std::size_t close = t.find("]:");
    if (close != std::string_view::npos && close < 16) t = trim(t.substr(close + 2));
  }
  // A backslash at the end of a line is Markdown's hard line break.
  if (t.size() >= 2 && t.back() == '\\' && t[t.size() - 2] != '\\') t = trim(t.substr(0, t.size() - 1));
  if (t.empty()) {
    out.type = LineType::blank;
    return out;
  }
  if (t.front() == '<' && html_block(t, out)) return out;
  // Tabs carry table structure, so tab rows are told apart on the raw line: a tab
  // inside the text, or two at its start (a row whose first cells are empty).
  const bool leading_tabs = line.size() >= 2 && line[0] == '\t' && line[1] == '\t';
  // A list item indented with tabs ("\t\t- text") is an item, not a table row.
  if (leading_tabs && t.find('\t') == std::string_view::npos && list_item(t, out)) return out;
  out = LineClass{};
  // A Markdown pipe table: "| a | b |" rows are table rows, "|---|:--|" their markup.
  if (t.size() >= 3 && t.front() == '|' && t.back() == '|') {
    out.type = t.find_first_not_of("|-: ") == std::string_view::npos ? LineType::latex : LineType::table_row;
    out.body = t;
    return out;
  }
  if (line.find('\t') != std::string_view::npos && (t.find('\t') != std::string_view::npos || leading_tabs)) {
    if (toc_row(line, out)) return out;
    // "•<TAB>text", "#<TAB>Title": markup that a word processor followed with a tab.
    if (!leading_tabs && (list_item(t, out) || atx_heading(t, out)) &&
        out.body.find('\t') == std::string_view::npos)
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
  if (page_number(t)) {
    out.type = LineType::page_number;
    return out;
  }
  if (is_latex_line(t) || markup_line(t) || is_web_debris(t)) {
    out.type = LineType::latex;
    return out;
  }
  if (list_item(t, out)) {
    LineClass link;
    if (toc_link(out.body, link)) return link;
    // "1. Skole og oppvekst ........ 2": a numbered contents entry, not an item (dot
    // leaders only: an item may end with spaces and a number).
    if (out.body.find("...") != std::string_view::npos || out.body.find(". . .") != std::string_view::npos ||
        out.body.find("\xE2\x80\xA6") != std::string_view::npos) {
      LineClass row;
      if (toc_leader(t, row)) return row;
    }
    return out;
  }
  if (toc_link(t, out)) return out;
  if (toc_leader(t, out)) return out;
  out.type = LineType::text;
  out.body = t;
  return out;
}

}  // namespace vil

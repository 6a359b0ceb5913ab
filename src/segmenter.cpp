#include "vil/segmenter.hpp"

#include <xxhash.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <deque>
#include <limits>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "vil/line_class.hpp"
#include "vil/markup.hpp"
#include "vil/plan_text.hpp"
#include "vil/pledge.hpp"
#include "vil/record_id.hpp"
#include "vil/refs.hpp"
#include "vil/text.hpp"
#include "vil/utf8.hpp"
#include "word_bytes.hpp"

namespace vil {
namespace {

struct Line {
  std::size_t begin = 0;  // byte offsets in the file, line terminator excluded
  std::size_t end = 0;
  std::string_view text;  // the line's text (repaired under --lossy)
  LineClass cls;
};

// A run of source lines that reads as one thing before context is applied.
struct Unit {
  enum class Type { paragraph, item, heading, bold, toc, table } type = Type::paragraph;
  std::size_t first = 0;  // line indices, inclusive
  std::size_t last = 0;
  bool gap_before = true;  // a blank line or the start of the document precedes it
  bool gap_after = true;   // a blank line or the end of the document follows it
  std::string text;        // cleaned, wrapped lines joined
  int level = 0;           // heading: markup level
  int number = 0;          // item: its number; toc: page
  bool numbered = false;
  bool linked = false;      // toc: a Markdown link, not a "Title<TAB>page" row
  bool after_page = false;  // a page number stood between it and the unit before
  bool broken = false;      // it starts after a line break on purpose, not a blank line
  char32_t marker = 0;      // item: its bullet marker
  std::string_view raw;     // table: the raw line, tabs intact
  std::size_t byte_begin = std::string_view::npos;  // set when the unit starts or ends
  std::size_t byte_end = std::string_view::npos;    // inside a line (a bullet run on)
};

// Splits bytes into lines at \n, \r\n or \r. Offsets are relative to the file.
std::vector<Line> split_lines(std::string_view bytes, std::size_t base) {
  std::vector<Line> lines;
  lines.reserve(static_cast<std::size_t>(std::count(bytes.begin(), bytes.end(), '\n')) + 1);
  std::size_t pos = 0;
  while (pos < bytes.size()) {
    std::size_t end = pos;
    // Eight bytes at a time to the line's end.
    end = word_bytes::skip_unflagged(bytes, end, [](std::uint64_t w) {
      return word_bytes::byte_mask(w, '\n') | word_bytes::byte_mask(w, '\r');
    });
    while (end < bytes.size() && bytes[end] != '\n' && bytes[end] != '\r') ++end;
    Line line;
    line.begin = base + pos;
    line.end = base + end;
    line.text = bytes.substr(pos, end - pos);
    lines.push_back(line);
    if (end < bytes.size() && bytes[end] == '\r' && end + 1 < bytes.size() && bytes[end + 1] == '\n') ++end;
    pos = end + 1;
  }
  return lines;
}

// Blanks out lines that hold no text of the document: a YAML front matter block at the
// start ("---", "key: value" lines, "---" or "..."), HTML comments on lines of their own,
// and raw blocks of other formats (```{=latex} ... ```).
void blank_markup_blocks(std::vector<Line>& lines) {
  const auto trimmed = [&](std::size_t i) { return trim(lines[i].text); };
  const auto blank = [&](std::size_t from, std::size_t to) {
    for (std::size_t k = from; k <= to && k < lines.size(); ++k) lines[k].cls = LineClass{};
  };
  // Front matter: YAML between "---" lines at the start (after blank lines, perhaps).
  std::size_t top = 0;
  while (top < lines.size() && trimmed(top).empty()) ++top;
  if (top < lines.size() && trimmed(top) == "---") {
    constexpr std::size_t k_max_front_matter = 400;
    for (std::size_t i = top + 1; i < lines.size() && i < top + k_max_front_matter; ++i) {
      const std::string_view t = trimmed(i);
      if (t != "---" && t != "...") continue;
      // YAML: the first line with text is "key:" or "key: value".
      std::size_t first = top + 1;
      while (first < i && trimmed(first).empty()) ++first;
      const std::string_view key = trimmed(first);
      const std::size_t colon = key.find(':');
      if (first < i && colon != std::string_view::npos && colon > 0 && key.find(' ') > colon) blank(top, i);
      break;
    }
  }
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string_view t = trimmed(i);
    if (t.rfind("<!--", 0) == 0) {
      std::size_t close = i;
      while (close < lines.size() && lines[close].text.find("-->") == std::string_view::npos) ++close;
      const std::string_view last = close < lines.size() ? trim(lines[close].text) : std::string_view{};
      if (close < lines.size() && last.size() >= 3 && last.substr(last.size() - 3) == "-->") {
        blank(i, close);
        i = close;
      }
    } else if ((t.rfind("```{=", 0) == 0 || t.rfind("~~~{=", 0) == 0) && t.back() == '}') {
      std::size_t close = i + 1;
      while (close < lines.size() && trimmed(close).substr(0, 3) != t.substr(0, 3)) ++close;
      if (close < lines.size()) {
        blank(i, close);
        i = close;
      }
    }
  }
}

// True when s starts with an upper-case letter (not a digit or punctuation).
bool starts_capital(std::string_view s) {
  std::size_t i = 0;
  if (s.empty()) return false;
  next_code_point(s, i);
  return has_letter(s.substr(0, i)) && !starts_lowercase(s.substr(0, i));
}

// Joins a wrapped line to the text before it. A word hyphenated at the line's end is
// joined again ("kommu-" "ne" -> "kommune"; "FN-" "konvensjonen", "30-" "sone" and
// "Nord-" "Norge" keep their hyphens), but not a shortened compound before a
// conjunction ("gang-" "og sykkelveier").
void append_wrapped(std::string& text, std::string_view line) {
  const std::string_view body = trim(line);
  // A soft hyphen where the line broke: the word goes on, without it ("funk\u00AD"
  // "sjonsevne"). A Unicode hyphen (U+2010) is a hyphen.
  const auto ends_with = [&](std::string_view end) {
    return text.size() > end.size() && std::string_view(text).substr(text.size() - end.size()) == end;
  };
  if (ends_with("\u00AD") && starts_lowercase(body)) {
    text.resize(text.size() - 2);
    text += clean_text(body);
    return;
  }
  if (ends_with("\u2010")) text.replace(text.size() - 3, 3, "-");
  if (text.size() >= 2 && text.back() == '-' && (starts_lowercase(body) || starts_capital(body))) {
    std::size_t word_end = body.find_first_of(" ,.");
    if (word_end == std::string_view::npos) word_end = body.size();
    const std::string_view word = body.substr(0, word_end);
    static const std::unordered_set<std::string_view> k_conjunctions = {"og",  "eller", "samt", "til",
                                                                        "som", "enn",   "and",  "or"};
    const std::size_t hyphen = text.size() - 1;
    std::size_t before = hyphen - 1;  // the start of the code point before the hyphen
    while (before > 0 && (static_cast<unsigned char>(text[before]) & 0xC0) == 0x80) --before;
    const std::string_view last = std::string_view(text).substr(before, hyphen - before);
    // Before the hyphen a letter or digit ("FN-" "konvensjonen", "30-" "sone"); a capital
    // after it only after a capital word ("Nord-" "Norge"), not a dash ("... alle -").
    const bool digit = last.size() == 1 && last[0] >= '0' && last[0] <= '9';
    const bool lower = starts_lowercase(body);
    std::size_t word_start = before;
    while (word_start > 0 && text[word_start - 1] != ' ') --word_start;
    const bool name = starts_capital(std::string_view(text).substr(word_start));
    const bool joins = !k_conjunctions.count(word) && (has_letter(last) || digit) && (lower || name);
    // A prefix that keeps its hyphen: one letter ("e-" "helse") or "ikke-" "kommunal".
    const std::string_view prefix = std::string_view(text).substr(word_start, hyphen - word_start);
    const bool kept = prefix == "ikke" || prefix == "Ikke" || prefix == "ikkje" || prefix == "Ikkje" ||
                      count_code_points(prefix) == 1;
    if (joins) {
      if (lower && starts_lowercase(last) && !kept) text.pop_back();  // a word split by the wrap: no hyphen
      text += clean_text(body);
      return;
    }
  }
  append_clean(text, line);
}

// A running page header or footer of a PDF conversion: the same short line on three
// or more pages ("Nordby Venstre – Program 2027–2031"), at least twice next to a page
// number (within two lines) or with its page number in it ("...      Side 12"). Such
// lines become page debris: no text, no break.
void drop_running_lines(std::vector<Line>& lines) {
  constexpr std::size_t k_max_running = 100;  // code points
  // The line without a trailing page number: "Title   Side 12", "Title      12" ->
  // "Title" (numbered), anything else as it is.
  const auto key_of = [](std::string_view t, bool& numbered) {
    numbered = false;
    std::size_t end = t.size();
    while (end > 0 && t[end - 1] >= '0' && t[end - 1] <= '9') --end;
    if (end == t.size() || t.size() - end > 3) return std::string(t);
    std::string_view head = t.substr(0, end);
    const std::string tail = fold_case(head.substr(head.size() >= 5 ? head.size() - 5 : 0));
    if (tail == "side " || tail == "page ")
      head.remove_suffix(5);
    else if (head.size() < 3 || head.substr(head.size() - 3) != "   ")
      return std::string(t);
    numbered = true;
    return std::string(trim(head));
  };
  // The line's text without a page number at its end or start, after or before spaces
  // and perhaps a bar or dash ("Program 2027-2031 12", "12 | Program 2027-2031",
  // "Program 2027-2031      12" -> "Program 2027-2031", 12), or empty; far: three or
  // more spaces or a bar or dash set the number off (a layout's footer). Such a line is
  // only a footer when its text comes back with page numbers that rise (either side, as
  // on facing pages), three times or more (twice when set off far each time), and either
  // next to a page break (a form feed or a page number within two lines) at least twice
  // or with more than words in it (a year, a bar, a dash between words): "Kapittel 1",
  // "Kapittel 2", "Kapittel 3" are headings; so are "FN-mål 3", "FN-mål 4", "FN-mål 11".
  const auto loose_key_of = [](std::string_view t, unsigned& page, bool& far) {
    static constexpr std::string_view k_separators[] = {"|", "\xE2\x80\x93", "-", "\xC2\xB7"};
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    // The number at the line's end (at_end) or start, the spaces and separator by it.
    const auto split = [&](bool at_end) {
      std::string_view rest = t;
      std::size_t n = 0;
      while (n < rest.size() && digit(at_end ? rest[rest.size() - 1 - n] : rest[n])) ++n;
      if (n == 0 || n > 3) return std::string_view{};
      const std::string_view number = at_end ? rest.substr(rest.size() - n) : rest.substr(0, n);
      at_end ? rest.remove_suffix(n) : rest.remove_prefix(n);
      std::size_t spaces = 0;
      const auto strip_spaces = [&]() {
        while (!rest.empty() && (at_end ? rest.back() : rest.front()) == ' ') {
          at_end ? rest.remove_suffix(1) : rest.remove_prefix(1);
          ++spaces;
        }
      };
      strip_spaces();
      if (spaces == 0) return std::string_view{};  // "E18", "2.1"
      bool separated = false;
      for (std::string_view sep : k_separators) {
        if (at_end ? rest.ends_with(sep) : rest.starts_with(sep)) {
          at_end ? rest.remove_suffix(sep.size()) : rest.remove_prefix(sep.size());
          separated = true;
          strip_spaces();
          break;
        }
      }
      if (rest.empty() || !has_letter(rest)) return std::string_view{};
      far = spaces >= 3 || separated;
      page = static_cast<unsigned>(std::stoul(std::string(number)));
      return rest;
    };
    const std::string_view key = split(true);
    return key.empty() ? split(false) : key;
  };
  struct Seen {
    std::vector<std::size_t> at;
    std::size_t near_page = 0;
  };
  std::unordered_map<std::string, Seen> seen;
  std::unordered_map<std::string, Seen> prefixed;  // by the part before " | "
  struct Pages {
    std::vector<std::size_t> at;
    std::vector<unsigned> pages;
    std::size_t near_break = 0;
    bool far = true;  // every one set off far
  };
  // A page number within two lines of line i (form_feed: or a form feed).
  const auto near_break = [&](std::size_t i, bool form_feed) {
    for (std::size_t k = i >= 2 ? i - 2 : 0; k <= i + 2 && k < lines.size(); ++k)
      if (lines[k].cls.type == LineType::page_number ||
          (form_feed && lines[k].text.find('\f') != std::string_view::npos))
        return true;
    return false;
  };
  // Whether a footer's text is words only: no digit (a year), bar or dash between spaces
  // (a hyphen inside a word, "FN-mål", is a word's).
  const auto only_letters = [](std::string_view t) {
    return t.find_first_of("0123456789|") == std::string_view::npos &&
           t.find(" \xE2\x80\x93 ") == std::string_view::npos && t.find(" - ") == std::string_view::npos &&
           t.find(" \xE2\x80\x94 ") == std::string_view::npos;
  };
  std::unordered_map<std::string, Pages> paged;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const LineType type = lines[i].cls.type;
    // (A footer with its page number far to the right reads as a contents row: one
    // alone, not in a table of contents's run of rows.)
    const auto toc_at = [&](std::size_t k) {
      return k < lines.size() && lines[k].cls.type == LineType::toc_row;
    };
    const auto row_near = [&](std::size_t k, int step) {
      for (std::size_t j = k + step; j < lines.size(); j += step) {
        if (lines[j].cls.type != LineType::blank) return toc_at(j);
        if (j == 0) break;
      }
      return false;
    };
    if (type == LineType::toc_row && (row_near(i, 1) || (i > 0 && row_near(i, -1)))) continue;
    if (type != LineType::text && type != LineType::bold && type != LineType::toc_row) continue;
    const std::string_view t = trim(lines[i].text);
    if (t.empty() || count_code_points(t) > k_max_running || t.back() == ':') continue;
    unsigned page = 0;
    bool far = false;
    const std::string_view loose = loose_key_of(t, page, far);
    if (!loose.empty()) {
      Pages& p = paged[std::string(loose)];
      p.at.push_back(i);
      p.pages.push_back(page);
      p.near_break += near_break(i, true);
      p.far = p.far && far;
    }
    bool numbered = false;
    std::string key = key_of(t, numbered);
    if (key.empty()) continue;
    Seen& s = seen[key];
    s.at.push_back(i);
    s.near_page += numbered || near_break(i, false);
    // A header that names the chapter after a bar ("Skarnes Senterparti | Næring", then
    // "... | Kultur"): its part before the bar comes back.
    if (const std::size_t bar = t.find(" | ");
        bar != std::string_view::npos && has_letter(t.substr(0, bar))) {
      Seen& p = prefixed[std::string(t.substr(0, bar))];
      p.at.push_back(i);
      p.near_page += numbered || near_break(i, false);
    }
  }
  for (const auto& [prefix, p] : prefixed) {
    if (p.at.size() < 3 || p.near_page < 2) continue;
    for (std::size_t i : p.at) lines[i].cls.type = LineType::page_number;
  }
  // A line alone between blank lines (or the document's start and end).
  const auto alone = [&](std::size_t i) {
    return (i == 0 || lines[i - 1].cls.type == LineType::blank) &&
           (i + 1 == lines.size() || lines[i + 1].cls.type == LineType::blank);
  };
  for (const auto& [key, s] : seen) {
    if (s.at.size() < 3 || s.near_page < 2) continue;
    // A chapter's title that its pages repeat as their header ("Oppvekst" / ... / "Side
    // 1" / "Oppvekst"): its first time, words alone and far from a page break, is the
    // heading.
    const std::size_t first = s.at.front();
    const bool heading = only_letters(key) && alone(first) && !near_break(first, false);
    for (std::size_t i : s.at)
      if (i != first || !heading) lines[i].cls.type = LineType::page_number;
  }
  for (const auto& [key, p] : paged) {
    if (p.at.size() < (p.far ? 2u : 3u) ||
        !std::is_sorted(p.pages.begin(), p.pages.end(), std::less_equal<>()) ||
        (p.near_break < 2 && only_letters(key)))
      continue;
    for (std::size_t i : p.at) lines[i].cls.type = LineType::page_number;
  }
}

// True when a line's key is the title of a table of contents ("innhold",
// "innholdsfortegnelse", nynorsk "innhald", "contents").
bool names_contents(std::string_view key) {
  return key == "innhold" || key == "innholdsfortegnelse" || key == "innhald" || key == "innhaldsliste" ||
         key == "innhaldsoversikt" || key == "contents" || key == "table of contents";
}

// A table of contents with one space before its page numbers ("Forord 2" / "Skole og
// oppvekst 3" / "Helse og omsorg 5"): a run of lines each a title and a page number
// after one space, the numbers rising, is one when the title of contents stands right
// above it ("Innhold"); a list of numbers ("Hvalstad skole 180") is not. Each line is
// one contents row.
void mark_spaced_contents(std::vector<Line>& lines) {
  constexpr std::size_t k_min_rows = 3;
  constexpr std::size_t k_max_title = 80;  // code points
  // The title and page of "Skole og oppvekst 3", or false.
  const auto row = [&](std::size_t i, std::string_view& title, int& page) {
    if (lines[i].cls.type != LineType::text) return false;
    const std::string_view t = trim(lines[i].text);
    std::size_t end = t.size();
    while (end > 0 && t[end - 1] >= '0' && t[end - 1] <= '9') --end;
    if (end == t.size() || t.size() - end > 3 || end < 2 || t[end - 1] != ' ' || t[end - 2] == ' ')
      return false;
    title = t.substr(0, end - 1);
    if (!has_letter(title) || count_code_points(title) > k_max_title || title.back() == '.' ||
        title.back() == ',')
      return false;
    page = std::stoi(std::string(t.substr(end)));
    return true;
  };
  for (std::size_t i = 0; i < lines.size();) {
    std::string_view title;
    int page = 0;
    std::size_t end = i;
    int last = -1;
    while (end < lines.size() && row(end, title, page) && page >= last) {
      last = page;
      ++end;
    }
    if (end - i < k_min_rows) {
      i = end > i ? end : i + 1;
      continue;
    }
    std::size_t above = i;
    while (above > 0 && lines[above - 1].cls.type == LineType::blank) --above;
    const std::string key = above > 0 ? normalize_key(trim(lines[above - 1].text)) : std::string();
    const bool titled = names_contents(key);
    if (titled)
      for (std::size_t k = i; k < end; ++k) {
        row(k, title, page);
        lines[k].cls.type = LineType::toc_row;
        lines[k].cls.body = title;
        lines[k].cls.number = page;
      }
    i = end;
  }
}

// A table of contents without page numbers ("Innhald" / "1. Oppvekst og skule" / "2. Helse
// og omsorg"), as a Word or Markdown export without page numbers leaves it: a run of
// short lines (numbered, bulleted or plain; blank lines between allowed) right below a
// contents title among the document's first dozen lines is one when each comes back
// later in the document, in the same order, as a line of its own that is no bullet (the
// heading it lists). Each such line is a contents row without a page. Only documents
// with a contents title pay for the search.
void mark_unpaged_contents(std::vector<Line>& lines) {
  constexpr std::size_t k_max_title = 80;  // code points
  constexpr std::size_t k_max_bytes = 200;
  // A line's title: the text of a numbered or bulleted line or a heading, else the
  // trimmed line; empty for a line that cannot be a contents row or a heading.
  const auto title_of = [&](std::size_t i) -> std::string_view {
    const LineClass& c = lines[i].cls;
    const std::string_view t = trim(lines[i].text);
    if (t.size() > k_max_bytes) return {};
    switch (c.type) {
      case LineType::numbered:
      case LineType::bullet:
      case LineType::atx_heading:
      case LineType::bold:
        return trim(c.body);
      case LineType::text:
        return t;
      default:
        return {};
    }
  };
  // A title's key without its section number: "1. Skule", "## 1.2 Skule" are "skule".
  const auto key_of = [](std::string_view title) {
    std::size_t k = 0;
    while (k < title.size() && ((title[k] >= '0' && title[k] <= '9') || title[k] == '.')) ++k;
    if (k > 0 && k < title.size() && title[k] == ' ') title.remove_prefix(k + 1);
    return normalize_key(title);
  };
  // Contents stand at a document's start: the title among its first lines, with only a
  // title block above it (no sentence, no list item).
  constexpr std::size_t k_max_lines_above = 12;
  std::size_t lines_above = 0;
  for (std::size_t t = 0; t < lines.size() && lines_above <= k_max_lines_above; ++t) {
    const LineType above_type = lines[t].cls.type;
    if (above_type == LineType::blank) continue;
    ++lines_above;
    const std::string_view line = trim(lines[t].text);
    if (above_type == LineType::bullet || above_type == LineType::numbered ||
        (!line.empty() && (line.back() == '.' || line.back() == ':')))
      break;
    // The title: a plain line, or a heading or bold line ("## Innhald", "**Innhold**").
    const LineType type = lines[t].cls.type;
    const std::string_view head = type == LineType::text ? trim(lines[t].text)
                                  : type == LineType::atx_heading || type == LineType::bold
                                      ? trim(lines[t].cls.body)
                                      : std::string_view();
    if (head.empty() || head.size() > 30 ||
        std::string_view("IiCcTt").find(head[0]) ==
            std::string_view::npos ||  // every title names_contents knows
        !names_contents(normalize_key(head)))
      continue;
    // The candidate rows, each with the line it comes back at.
    std::vector<std::size_t> rows;
    std::size_t i = t + 1;
    std::size_t search_from = 0;  // past the heading of the row before
    for (;; ++i) {
      while (i < lines.size() && lines[i].cls.type == LineType::blank) ++i;
      if (i >= lines.size()) break;
      const std::string_view title = title_of(i);
      if (title.empty() || !has_letter(title) || count_code_points(title) > k_max_title ||
          title.back() == '.' || title.back() == ',' || title.back() == ':')
        break;
      const std::string key = key_of(title);
      // The heading it lists: a later line with the same title, after the contents' end
      // (at least past this row) and after the heading of the row before.
      std::size_t found = 0;
      for (std::size_t k = std::max(i + 1, search_from); k < lines.size(); ++k) {
        if (lines[k].cls.type == LineType::bullet) continue;  // an item, not the heading it lists
        const std::string_view other = title_of(k);
        if (!other.empty() && other.size() + 8 >= title.size() && other.size() <= title.size() + 8 &&
            key_of(other) == key) {
          found = k;
          break;
        }
      }
      if (found == 0) break;
      rows.push_back(i);
      search_from = found + 1;
    }
    if (rows.size() < 2) continue;
    for (std::size_t r : rows) {
      const bool numbered = lines[r].cls.type == LineType::numbered;
      const std::string_view title = title_of(r);
      lines[r].cls.type = LineType::toc_link;
      // A numbered row keeps its number ("1. Oppvekst og skule"), as a paged one does.
      lines[r].cls.body = numbered ? trim(lines[r].text) : title;
      lines[r].cls.number = 0;
    }
    t = rows.back();
  }
}

// A bullet symbol alone on its line, its item's text on the next ("•" / "bygge gang- og
// sykkelvei ..."), as pdftotext leaves a list: the next line is the item, the symbol's
// line no text.
void join_lone_markers(std::vector<Line>& lines) {
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    if (lines[i].cls.type != LineType::text || lines[i + 1].cls.type != LineType::text) continue;
    const char32_t marker = lone_marker(lines[i].text);
    if (marker == 0) continue;
    lines[i].cls.type = LineType::latex;  // markup: no text, no break
    lines[i + 1].cls.type = LineType::bullet;
    lines[i + 1].cls.marker = marker;
    ++i;
  }
}

// Leading spaces of a raw line, a tab counting four.
std::size_t indentation(std::string_view line) {
  std::size_t n = 0;
  for (char c : line) {
    if (c == ' ')
      ++n;
    else if (c == '\t')
      n += 4;
    else
      break;
  }
  return n;
}

bool says_will(std::string_view text);
bool names_who_will(std::string_view text);
std::string lead_actor(std::string_view text);
bool names_party(std::string_view name);
bool has_lowercase(std::string_view text);
bool ends_mid_phrase(std::string_view line);
bool ends_open(std::string_view text);

// The longest line, in code points, read as an item of an unmarked list: a longer one is
// a paragraph. (The longest pledge of the corpus and tests/data/other-programs has 492;
// 96% have 200 or fewer. An item must read as one too: reads_as_item.)
constexpr std::size_t k_unmarked_item_max = 500;

// True when a line starts with a word that goes on a sentence from the line before: a
// conjunction, a preposition or "som" ("og i distriktene", "som trenger det").
bool starts_continuation(std::string_view line) {
  static const std::unordered_set<std::string_view> k_words = {
      "og", "eller", "samt", "men", "som", "at",  "for", "med", "i",    "på",    "til",  "av",  "fra",
      "om", "der",   "slik", "så",  "enn", "mot", "ved", "hos", "uten", "innen", "utan", "dei", "frå"};
  return k_words.count(line.substr(0, line.find(' '))) > 0;
}

// True when a lead-in says who commits to what follows: a party ("Høyre vil:", "Høyre
// ønsker å:", "Hva vil Høyre gjøre?"; lead_actor), "vil vi" ("Dette vil vi gjøre:"), or
// "Vi"/"Me" and a commitment verb ("Vi vil:", "Vi går til valg på:", "Me ønskjer å:"). A
// question only as "Hva/Kva vil ... gjøre?": "Hvorfor vil SV ...?" asks for reasons. Not a
// body that is no party ("Kommunen vil:" in a plan), and not thanks, reminders,
// invitations, candidates ("går til valg med disse kandidatene:"), partners ("sammen
// med:"), examples or words to the reader ("at du skal").
// Calls fn(word) for each folded word of a text (a name, a line); stops when fn returns true.
template <class Fn>
bool any_word(const std::string& folded, Fn&& fn) {
  std::size_t start = 0;
  while (start < folded.size()) {
    std::size_t end = folded.find(' ', start);
    if (end == std::string::npos) end = folded.size();
    if (end > start && fn(std::string_view(folded).substr(start, end - start))) return true;
    start = end + 1;
  }
  return false;
}

// True when a lead-in announces something other than pledges: thanks, reminders,
// invitations, questions, candidates, partners, examples, words to the reader ("Høyre
// ønsker å takke:", "Venstre vil stille følgende spørsmål:", "Vi går til valg med disse
// kandidatene:", "sammen med:", "Hva vil Høyre at du skal gjøre?").
bool announces_other(std::string_view lead) {
  static const std::unordered_set<std::string_view> k_other_words = {
      "takke",       "minne",    "invitere", "gratulere", "informere", "presisere", "påpeke",
      "understreke", "seie",     "si",       "hilse",     "velkommen", "oppfordre", "presentere",
      "nevne",       "behandle", "spørsmål", "spørje",    "spørre"};
  // Words to the reader ("kan du lese", "høre fra deg", "treffe dere"), but not what is
  // done for them ("Dette vil vi gjøre for deg:").
  static const std::unordered_set<std::string_view> k_reader = {"du", "deg", "dere", "dykk", "dokker"};
  const std::string folded = fold_case(lead);
  std::string_view before;
  const bool other = any_word(folded, [&](std::string_view word) {
    while (!word.empty() && std::string_view(":?,.").find(word.back()) != std::string_view::npos)
      word.remove_suffix(1);
    const bool found = k_other_words.count(word) > 0 || word.find("kandidat") != std::string_view::npos ||
                       word.find("eksempl") != std::string_view::npos ||
                       (k_reader.count(word) > 0 && before != "for");
    before = word;
    return found;
  });
  return other || folded.find("sammen med") != std::string::npos ||
         folded.find("valg med") != std::string::npos || folded.find("val med") != std::string::npos;
}

bool names_who_commits(std::string_view lead) {
  const std::size_t space = lead.find(' ');
  if (space == std::string_view::npos || announces_other(lead)) return false;
  const std::string first = fold_case(lead.substr(0, space));
  const std::string folded = fold_case(lead);
  const bool gjore = folded.find(" gjøre") != std::string::npos || folded.find(" gjere") != std::string::npos;
  // A question only as "Hva vil Høyre gjøre ...?".
  if (lead.back() == '?' && ((first != "hva" && first != "kva") || !gjore)) return false;
  if (folded.find(" vil vi") != std::string::npos || folded.find(" vil me") != std::string::npos) return true;
  if (const std::string actor = lead_actor(lead); !actor.empty()) return names_party(actor);
  static const std::unordered_set<std::string_view> k_verbs = {
      "vil",      "skal",    "ønsker", "går",     "jobber", "arbeider", "kjemper",
      "foreslår", "ønskjer", "jobbar", "kjempar", "lover",  "lovar"};
  std::string_view verb = lead.substr(space + 1);
  verb = verb.substr(0, verb.find_first_of(" :?"));
  return (first == "vi" || first == "me") && k_verbs.count(verb) > 0;
}

// True when a (folded) word reads as the infinitive that opens a pledge ("bygge", "gi",
// "styrke", nynorsk "byggje", "gje"): a word of three letters or more ending in -e that
// is no common adjective, quantifier or pronoun ("flere", "alle", "dette"), or a verb
// whose infinitive has no -e ("gi", "få", "tilby").
bool looks_infinitive(std::string_view word) {
  static const std::unordered_set<std::string_view> k_short = {
      "gi", "ha", "få",  "gå",  "ta",  "la",    "nå",    "se",  "be",  "bli",
      "bo", "by", "dra", "slå", "stå", "tilby", "forby", "snu", "gje", "sjå"};
  static const std::unordered_set<std::string_view> k_not_verbs = {
      "flere",  "fleire", "mange",  "alle",   "andre",  "store", "nye",   "gode",  "bedre", "betre",
      "mindre", "større", "eldre",  "unge",   "hele",   "heile", "egne",  "eigne", "disse", "desse",
      "denne",  "dette",  "ikke",   "ikkje",  "gjerne", "også",  "både",  "ute",   "inne",  "hjemme",
      "heime",  "videre", "vidare", "lenge",  "begge",  "slike", "samme", "same",  "siste", "første",
      "neste",  "gamle",  "kjære",  "hvilke", "kvar",   "fine",  "ingen", "mye",   "meir",  "kanskje"};
  // Nouns in -e that head a section or a list ("Skole og oppvekst", "Helse og omsorg",
  // "Barnehage"), compounds too ("grunnskole", "folkehelse").
  static constexpr std::string_view k_noun_ends[] = {"skole",   "skule",  "helse",    "hage",
                                                     "kirke",   "kyrkje", "tjeneste", "teneste",
                                                     "kommune", "lege",   "sone",     "bane"};
  if (k_short.count(word) > 0 || word.ends_with("dra")) return true;  // "bidra", "inndra"
  for (const std::string_view end : k_noun_ends)
    if (word.ends_with(end)) return false;
  return word.size() >= 3 && word.back() == 'e' && k_not_verbs.count(word) == 0;
}

// The longest line, in code points, in lower case that may be an item of an unmarked
// list without starting with an infinitive: a short noun phrase ("mer skog", "flere
// busser"). Longer, such a line may be a wrapped sentence's ("løsning for gående og
// syklende i hele anleggsperioden ...").
constexpr std::size_t k_unmarked_phrase_max = 30;

// True when a line has a finite verb outside a clause of its own: a sentence ("FrP har
// hele tiden vært imot ...", "Sikre lokaler er det største behovet", "At X, er det ingen
// som ..."), not a pledge ("Flere lærere i skolen", "Gratis SFO for alle som trenger
// det", "Gi elevene det de trenger").
bool has_finite_verb(std::string_view line) {
  static const std::unordered_set<std::string_view> k_verbs = {
      "har",      "hadde",  "er",     "var",    "blir",  "ble",    "vart",   "vert",    "skal",   "må",
      "kan",      "kunne",  "skulle", "ville",  "bør",   "får",    "fikk",   "fekk",    "gir",    "gav",
      "ga",       "tar",    "tok",    "kommer", "kjem",  "kom",    "går",    "gikk",    "står",   "ligger",
      "trenger",  "treng",  "mener",  "meiner", "gjør",  "gjer",   "gjorde", "finnes",  "fins",   "betyr",
      "handler",  "koster", "sliter", "bor",    "heter", "vokser", "skjer",  "gjelder", "sier",   "seier",
      "sa",       "vet",    "veit",   "tror",   "trur",  "ser",    "synes",  "viser",   "bidrar", "sørger",
      "opplever", "føler",  "krever", "kreves", "krev",  "trengs", "bygger"};
  // (Not the verbs that are nouns too: "jobber", "ønsker", "mangler", "bruker".)
  // Words that open a clause inside the line, whose verb is not the line's: "som", "at",
  // a pronoun ("det de trenger").
  static const std::unordered_set<std::string_view> k_clause_openers = {
      "som", "at", "der", "når", "hvis", "viss", "om",  "fordi", "slik", "så", "de", "dei",
      "vi",  "me", "han", "hun", "ho",   "den",  "det", "dem",   "du",   "eg", "jeg"};
  bool inner = false;        // inside such a clause
  bool after_comma = false;  // the word before ended with a comma
  return any_word(fold_case(line), [&](std::string_view word) {
    const bool comma = word.ends_with(',');
    while (!word.empty() && std::string_view(",.;!?").find(word.back()) != std::string_view::npos)
      word.remove_suffix(1);
    // A verb right after a comma starts the main clause after a fronted one ("At X, er det
    // ingen som ...").
    if (k_verbs.count(word) > 0 && (after_comma || !inner)) return true;
    inner = inner || k_clause_openers.count(word) > 0;
    after_comma = comma;
    return false;
  });
}

// True when a line points elsewhere ("Se også kapittel 3", "Les også", "Les mer om ...",
// "Kontakt oss", "Del på Facebook"): a web page's or a document's cross-reference or
// chrome, no item.
bool is_pointer(std::string_view body) {
  const std::string folded = fold_case(body);
  for (const std::string_view pointer :
       {"se også", "se mer", "les også", "les mer", "les meir", "les òg", "sjå også", "sjå òg", "sjå meir",
        "kontakt oss", "del på", "del artikkelen", "følg oss", "til toppen", "tilbake til"})
    if (folded.starts_with(pointer)) return true;
  return false;
}

// True when a line reads as an item of an unmarked list (unmarked_runs): two words or
// more and at most k_unmarked_item_max code points, no ':' at its end (a lead-in of its
// own), no "vil" ("Vi vil ...": a sentence), not going on from the line above
// (starts_continuation), no pointer ("Se også ...", "Les mer"), no finite verb of its
// own (has_finite_verb), and starting with an infinitive, or else a noun phrase: no
// pronoun or opener first, and in lower case at most k_unmarked_phrase_max code points.
// Sentences ("FrP har hele tiden vært imot ...", "Fordi alle barn ...", "Bruke dem bedre
// koster nesten ingenting") are none. at_items: the list's items start with "at" (its
// first does, right below the lead-in: "PS vil:" / "at kommunen ..."), which then goes
// on nothing.
bool reads_as_item(std::string_view body, bool at_items = false) {
  const std::size_t space = body.find(' ');
  if (space == std::string_view::npos || count_code_points(body) > k_unmarked_item_max ||
      body.back() == ':' || says_will(body) ||
      (starts_continuation(body) && !(at_items && body.starts_with("at "))))
    return false;
  std::string first = fold_case(body.substr(0, space));
  while (!first.empty() && (first.back() == ',' || first.back() == '.')) first.pop_back();
  if (is_pointer(body) || has_finite_verb(body)) return false;
  if (looks_infinitive(first) || (at_items && first == "at")) return true;
  static const std::unordered_set<std::string_view> k_openers = {
      "vi",  "me",      "det",    "den",     "de",      "dei",    "han",   "hun",   "ho",       "man",
      "jeg", "eg",      "nå",     "no",      "fordi",   "derfor", "difor", "men",   "da",       "då",
      "her", "der",     "slik",   "så",      "hvis",    "viss",   "når",   "noen",  "nokre",    "hva",
      "kva", "hvorfor", "kvifor", "hvordan", "korleis", "ja",     "nei",   "takk",  "dessuten", "også",
      "et",  "en",      "ei",     "eit",     "ein",     "dette",  "denne", "disse", "desse"};
  // A name first ("Trine Berg Holm", "Gunnar Wilhelmsen, ordførerkandidat") is no item.
  // (A name's second word has lower case and no digit: "Ny E18 ...", "Gratis SFO ..."
  // are items.)
  std::string_view second = body.substr(space + 1);
  second = second.substr(0, second.find(' '));
  if (starts_capital(body) && starts_capital(second) && has_lowercase(second) &&
      second.find_first_of("0123456789") == std::string_view::npos)
    return false;
  return k_openers.count(first) == 0 &&
         (starts_capital(body) || count_code_points(body) <= k_unmarked_phrase_max);
}

// True when a line leaves its phrase open for the next: a comma, a conjunction, an
// article or a preposition at its end ("... boliger for unge i sentrum," / "og ...");
// not a pronoun, which ends an item as often ("... til alle som trenger det").
bool leaves_open(std::string_view body) {
  if (body.empty()) return false;
  const std::string_view last = body.substr(body.find_last_of(' ') + 1);
  if (last == "det" || last == "den" || last == "de" || last == "dei") return false;
  return body.back() == ',' || ends_mid_phrase(body) || ends_open(body);
}

// A run of lines (first and last, inclusive) that may be an unmarked list below a
// lead-in, as a pasted web page or an export that lost its bullets leaves it ("Høyre
// vil:" / "Gi flere lærere i 1.-4. trinn" / "Styrke leksehjelpen"; "Hva vil vi gjøre?" /
// "bygge flere sykehjemsplasser" / "gi eldre valgfrihet"). The lead-in says who commits
// (names_who_commits) and ends with ':' or '?'; the lines right below it that read as
// items (reads_as_item), from the first on, all starting with a capital or all in lower
// case, all ending with a stop or none, none but the block's last leaving its phrase
// open (leaves_open: a wrapped sentence goes on), two or more of them; a line after them
// that reads otherwise is what it was (a comment below the list, a wrapped line of the
// last item, a heading in a document without blank lines). Whether
// the lines could have been wrapped is the layout's to say (build_units).
struct UnmarkedRun {
  std::vector<std::size_t> starts;  // the first line of each item (the lead-in right above the first)
  std::size_t last = 0;             // the last line of the last item
  bool then_breaks = false;         // the line after it, a capital's, starts a block
};

std::vector<UnmarkedRun> unmarked_runs(const std::vector<Line>& lines) {
  std::vector<UnmarkedRun> runs;
  const auto is_text = [&](std::size_t i) {
    return i < lines.size() && lines[i].cls.type == LineType::text && !lines[i].cls.block;
  };
  // A line's text as the classifier read it (no quote marker, no hard break's backslash).
  const auto text = [&](std::size_t i) { return trim(lines[i].cls.body); };
  for (std::size_t i = 0; i + 2 < lines.size(); ++i) {
    if (!is_text(i) || !is_text(i + 1) || !is_text(i + 2)) continue;
    const std::string_view lead = text(i);
    if (lead.empty() || (lead.back() != ':' && lead.back() != '?') || !names_who_commits(lead)) continue;
    std::size_t end = i + 1;
    while (is_text(end)) ++end;
    // The block's lines as items, first and last line, made as far as they are asked
    // for: in a list of capitalised items, a line in lower case, or after a line left
    // open, is a wrapped line of the item above ("Gi familier med barn under tre år" /
    // "kontantstøtte fra kommunen").
    const bool capital = starts_capital(text(i + 1));
    const bool at_items = text(i + 1).starts_with("at ");
    std::vector<std::pair<std::size_t, std::size_t>> items;
    std::size_t made = i + 1;  // the next line to group
    // Whether item j is there, with all its lines (the item after it begun, or the block
    // at its end).
    const auto has = [&](std::size_t j) {
      while (items.size() <= j + 1 && made < end) {
        const std::string_view body = text(made);
        if (capital && !items.empty() && (starts_lowercase(body) || leaves_open(text(made - 1))))
          items.back().second = made;
        else
          items.emplace_back(made, made);
        ++made;
      }
      return j < items.size() && (j + 1 < items.size() || made >= end);
    };
    has(0);
    // The items from the first on that read so, alike in case and stop; in lower case, one
    // line each and none left open but the block's last. Between two such items, after
    // two, a line laid out as they are is one too, whatever it says ("Universell
    // tilgjengelighet skal hensyntas ..." between "Stille krav ..." and "Bidra til ...").
    const auto ends_stop = [&](std::size_t j) { return ends_with_stop(text(items[j].second)); };
    const bool stops = ends_stop(0);
    const auto laid_out = [&](std::size_t j) {
      const auto [first, last] = items[j];
      const std::string_view body = text(first);
      std::size_t length = 0;
      for (std::size_t k = first; k <= last; ++k) length += count_code_points(text(k)) + 1;
      return body.find(' ') != std::string_view::npos && body.back() != ':' && !says_will(body) &&
             !is_pointer(body) && length <= k_unmarked_item_max + 1 && starts_capital(body) == capital &&
             starts_lowercase(body) != capital && ends_stop(j) == stops &&
             (capital || last + 1 >= end || !leaves_open(body));
    };
    const auto reads = [&](std::size_t j) {
      return has(j) && laid_out(j) && reads_as_item(text(items[j].first), at_items);
    };
    std::size_t n = 0;
    while (has(n) && (reads(n) || (n >= 2 && laid_out(n) && reads(n + 1)))) ++n;
    const std::size_t k = n < items.size() ? items[n].first : end;
    // A line after them that goes on a sentence ("og i bydelene rundt"), or one in lower
    // case after lines in lower case, says they were wrapped lines ("gjøre det enklere å
    // bygge" / "boliger for unge i sentrum" / "og i bydelene rundt"): no list.
    const std::string_view after = k < end ? text(k) : std::string_view{};
    const bool wrapped =
        k < end && ((starts_continuation(after) && !(at_items && after.starts_with("at "))) ||
                    (!capital && starts_lowercase(after)));
    // Items without a stop, then a sentence: in a document without blank lines, the last
    // of them is its paragraph's heading ("Bygge nytt sykehjem" / "Helse og omsorg" /
    // "Eldre skal ..."; "Ruste opp stadion" / "Skape flere arbeidsplasser" / "Nordby
    // trenger ..."), as a heading has no blank lines to set it off there; with blank
    // lines, it stays an item ("Ruste opp stadion" / "Dette har idretten ventet ...").
    if (k < end && n > 0 && !stops && ends_with_stop(after) && i > 0 &&
        lines[i - 1].cls.type != LineType::blank && items[n - 1].first == items[n - 1].second)
      --n;
    // The list ends on an item that reads as one, not on a line let in between two.
    while (n > 0 && !reads(n - 1)) --n;
    if (n >= 2 && !wrapped) {
      UnmarkedRun run;
      for (std::size_t j = 0; j < n; ++j) run.starts.push_back(items[j].first);
      run.last = items[n - 1].second;
      run.then_breaks = run.last + 1 < end && starts_capital(text(run.last + 1));
      runs.push_back(std::move(run));
    }
    i = (n > 0 ? items[n - 1].second + 1 : i + 1) - 1;  // a lead-in may stand right below (no blank lines)
  }
  return runs;
}

// The items of unmarked lists set off by blank lines, as some conversions leave every
// line ("Høyre vil:" / "" / "Gi flere lærere på de laveste trinnene" / "" / "Styrke
// leksehjelpen"): below a lead-in that says who commits (names_who_commits), one-line
// blocks that read as items (reads_as_item) and start with an infinitive (a noun phrase
// so set off may be a heading: "Tidlig innsats"), all starting in the same case and
// ending alike, two or more. Their line indices, in order.
std::vector<std::size_t> spaced_unmarked_items(const std::vector<Line>& lines) {
  std::vector<std::size_t> items;
  const auto type = [&](std::size_t i) { return i < lines.size() ? lines[i].cls.type : LineType::blank; };
  const auto is_text = [&](std::size_t i) { return type(i) == LineType::text && !lines[i].cls.block; };
  for (std::size_t i = 0; i + 4 < lines.size(); ++i) {
    if (!is_text(i) || type(i + 1) != LineType::blank) continue;
    const std::string_view lead = trim(lines[i].cls.body);
    if (lead.empty() || (lead.back() != ':' && lead.back() != '?') || !names_who_commits(lead)) continue;
    std::vector<std::size_t> run;
    std::optional<bool> capital;
    std::optional<bool> stops;
    for (std::size_t j = i + 2; is_text(j) && type(j + 1) == LineType::blank; j += 2) {
      const std::string_view body = trim(lines[j].cls.body);
      if (body.empty()) break;
      const std::size_t space = body.find(' ');
      const bool cap = starts_capital(body);
      if (!reads_as_item(body) || cap == starts_lowercase(body) || (capital && *capital != cap) ||
          (stops && *stops != ends_with_stop(body)) ||
          !looks_infinitive(fold_case(body.substr(0, std::min(space, body.size())))))
        break;
      capital = cap;
      stops = ends_with_stop(body);
      run.push_back(j);
    }
    if (run.size() >= 2) items.insert(items.end(), run.begin(), run.end());
    if (!run.empty()) i = run.back();
  }
  return items;
}

// How the document's lines are laid out, measured before grouping them.
struct Layout {
  std::size_t short_line = 0;  // a line this long or shorter cannot have been wrapped:
                               // half the wrap width
  bool unwrapped = false;      // (almost) no hard wraps: every line is a block of its
                               // own (a web page pasted, a word processor's export)
};

Layout measure_layout(const std::vector<Line>& lines, const std::vector<UnmarkedRun>& runs) {
  Layout layout;
  // A line of a possible unmarked list going on in lower case is no wrap, nor is its
  // lead-in: the list would make a document of whole lines look wrapped.
  std::vector<char> in_run(lines.size(), 0);
  for (const UnmarkedRun& r : runs)
    for (const std::size_t k : r.starts) in_run[k - 1] = 1;
  std::vector<std::size_t> lengths;  // of the text and item lines, in code points
  std::size_t blanks = 0;
  std::size_t texts = 0;
  std::size_t wraps = 0;    // a text line going on in lower case on the next
  std::size_t wrapped = 0;  // the longest such line
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const LineType type = lines[i].cls.type;
    if (type == LineType::blank) ++blanks;
    if (type != LineType::text && type != LineType::bullet && type != LineType::numbered) continue;
    ++texts;
    lengths.push_back(count_code_points(trim(lines[i].text)));
    if (i + 1 < lines.size() && lines[i + 1].cls.type == LineType::text && in_run[i] == 0 &&
        starts_lowercase(lines[i + 1].cls.body)) {
      ++wraps;
      wrapped = std::max(wrapped, lengths.back());
    }
  }
  // The wrap width: the longest line seen wrapped (going on in lower case), else the
  // 90th percentile of the line lengths.
  if (wrapped > 0) {
    layout.short_line = wrapped / 2;
  } else if (!lengths.empty()) {
    const std::size_t at = lengths.size() * 9 / 10;
    std::nth_element(lengths.begin(), lengths.begin() + static_cast<std::ptrdiff_t>(at), lengths.end());
    layout.short_line = lengths[at] / 2;
  }
  layout.unwrapped = texts >= 4 && wraps * 20 < texts;
  return layout;
}

// Where a continuation line of a bullet item runs on into the next item, as PDF
// conversions leave it ("... flere sykkelveier - Øke tilskuddet ..."): the byte offset
// in body of the next marker, or npos. Only the item's own marker counts, with a
// space on each side and a capital after it.
std::size_t run_on_bullet(std::string_view body, char32_t marker) {
  if (marker == 0) return std::string_view::npos;
  std::size_t i = 0;
  while (i < body.size()) {
    const std::size_t at = i;
    const char32_t cp = next_code_point(body, i);
    if (cp != marker || at == 0 || body[at - 1] != ' ' || i >= body.size() || body[i] != ' ') continue;
    if (starts_capital(body.substr(i + 1))) return at;
  }
  return std::string_view::npos;
}

bool names_party(std::string_view name);

// Whether a line ends with a word that names a part of a document ("... i kapittel",
// "se punkt"): a number on the next line is a cross-reference, not a section's.
bool ends_with_reference_word(std::string_view line) {
  const std::size_t space = line.find_last_of(" \t");
  const std::string word = fold_case(space == std::string_view::npos ? line : line.substr(space + 1));
  static const std::unordered_set<std::string_view> k_words = {
      "kapittel", "kap.",   "punkt", "pkt.", "avsnitt", "del",      "side",    "s.",
      "vedlegg",  "tabell", "figur", "mål",  "delmål",  "strategi", "tiltak",  "jf.",
      "se",       "i",      "under", "og",   "til",     "fra",      "chapter", "section"};
  return k_words.count(word) > 0;
}

// "1.2 Title", "3.1.4 Title": a section number of two or more levels, a space and a
// capital.
bool starts_section_number(std::string_view body) {
  std::size_t i = 0;
  std::size_t levels = 0;
  while (true) {
    const std::size_t from = i;
    while (i < body.size() && body[i] >= '0' && body[i] <= '9' && i - from < 3) ++i;
    if (i == from) return false;
    ++levels;
    if (i < body.size() && body[i] == '.' && i + 1 < body.size() && body[i + 1] >= '0' &&
        body[i + 1] <= '9') {
      ++i;
      continue;
    }
    break;
  }
  if (levels < 2 || i >= body.size() || body[i] != ' ') return false;
  // A lettered step below it ("1.1 a) Tidlig innsats").
  if (i + 3 < body.size() && body[i + 1] >= 'a' && body[i + 1] <= 'z' && body[i + 2] == ')' &&
      body[i + 3] == ' ')
    i += 3;
  return starts_capital(body.substr(i + 1));
}

// The depth of a section number that starts a title, or 0: "2 Oppvekst" 1, "2.1
// Barnehage" 2, "2.1.3 Leksehjelp" 3 (one or two digits a level, then a space and a
// capital).
int section_depth(std::string_view text) {
  std::size_t i = 0;
  int depth = 0;
  while (true) {
    const std::size_t from = i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9' && i - from < 2) ++i;
    if (i == from || (i < text.size() && text[i] >= '0' && text[i] <= '9')) return 0;
    ++depth;
    if (i + 1 < text.size() && text[i] == '.' && text[i + 1] >= '0' && text[i + 1] <= '9') {
      ++i;
      continue;
    }
    break;
  }
  if (i >= text.size() || text[i] != ' ') return 0;
  // "1.0 Skole" is the chapter "1": a last level of 0 counts for none.
  if (depth > 1 && text[i - 1] == '0' && text[i - 2] == '.') --depth;
  return starts_capital(text.substr(i + 1)) ? depth : 0;
}

// Whether a line's last word is one a sentence, a list item or a heading cannot end
// with: a conjunction, an article or the infinitive mark ("... skoler og").
bool ends_mid_phrase(std::string_view line) {
  const std::size_t space = line.find_last_of(" \t");
  if (space == std::string_view::npos) return false;  // one word alone: a heading, perhaps
  const std::string_view word = line.substr(space + 1);
  // Not the prepositions: Norwegian leaves them at a clause's end ("har lyst til", "står
  // vi for"), and a heading may end with one.
  static const std::unordered_set<std::string_view> k_words = {"og", "eller", "samt", "en", "et",  "ei",
                                                               "å",  "and",   "the",  "a",  "ein", "eit"};
  return k_words.count(word) > 0;
}
// True when a text ends with a word that leaves its phrase open ("... bygge ny skole
// på", "... og idrettshall ved"): a preposition, a conjunction or an article.
bool ends_open(std::string_view text) {
  const std::size_t space = text.find_last_of(' ');
  if (space == std::string_view::npos) return false;
  static const std::unordered_set<std::string_view> k_words = {
      "på",     "i",     "til",   "ved",  "av",   "for",     "med",   "fra",   "om",    "mot", "hos",
      "mellom", "etter", "under", "over", "uten", "gjennom", "blant", "langs", "innen", "og",  "eller",
      "samt",   "men",   "som",   "en",   "et",   "ei",      "den",   "det",   "de",    "å",   "at",
      "frå",    "eit",   "dei",   "ein",  "utan", "medan",   "hjå"};  // the last four nynorsk
  return k_words.count(text.substr(space + 1)) > 0;
}

// True when a line is all a mention of SDGs ("Bærekraftsmål: 3, 10", "(FN-mål 11)").
bool is_sdg_line(std::string_view text) {
  Refs found;
  const auto [begin, end] = find_sdg_mention(text, found);
  if (begin != 0 || end == std::string::npos) return false;
  const std::string_view rest = trim(text.substr(end));
  return rest.empty() || rest == "." || rest == ")";
}

// Groups classified lines into units: wrapped lines join their paragraph or item;
// headings, bold lines and table rows stand alone.
std::vector<Unit> build_units(const std::vector<Line>& lines) {
  const std::vector<UnmarkedRun> runs = unmarked_runs(lines);
  const Layout layout = measure_layout(lines, runs);
  // The lines of the unmarked lists: those of a run whose lines could not have been
  // wrapped: a document of whole lines, or the next line's first word would have fit on
  // each line but the last (the document wraps wider).
  // 1: an item's first line; 2: a wrapped line of an item; 3: the line after a list that
  // reads otherwise, starting a block of its own ("Dette har idretten ventet på ...").
  std::vector<char> unmarked(lines.size(), 0);
  for (const UnmarkedRun& r : runs) {
    bool whole = true;
    for (std::size_t j = 1; j < r.starts.size() && whole && !layout.unwrapped && layout.short_line > 0; ++j) {
      const std::string_view next = trim(lines[r.starts[j]].text);
      const std::string_view before = trim(lines[r.starts[j] - 1].text);
      // A sentence's end, then a capitalised infinitive or "At": prose goes on so with no
      // sentence ("... tjenester." / "Legge til rette ..."), wherever the line broke.
      const std::string first = fold_case(next.substr(0, next.find(' ')));
      if (ends_with_stop(before) && starts_capital(next) && (looks_infinitive(first) || first == "at"))
        continue;
      whole = count_code_points(before) + 1 + count_code_points(next.substr(0, next.find(' '))) <
              2 * layout.short_line;
    }
    if (!whole) continue;
    for (std::size_t k = r.starts.front(); k <= r.last; ++k) unmarked[k] = 2;
    for (const std::size_t k : r.starts) unmarked[k] = 1;
    if (r.then_breaks) unmarked[r.last + 1] = 3;
  }
  for (const std::size_t k : spaced_unmarked_items(lines)) unmarked[k] = 1;
  std::vector<Unit> units;
  bool open = false;  // the last unit may still take continuation lines
  bool blank_before = true;
  bool page_seen = false;  // a page number since the last unit started
  const auto start = [&](Unit::Type type, std::size_t i, std::string_view body) {
    Unit u;
    u.type = type;
    u.first = u.last = i;
    u.gap_before = blank_before;
    u.after_page = page_seen;
    append_clean(u.text, body);
    units.push_back(std::move(u));
    blank_before = false;
    page_seen = false;
  };
  // A line whose text went on from the last unit's line: was it broken on purpose?
  // Yes when it starts with a capital and the line before was too short to have been
  // wrapped, or, in an unwrapped document, ended a sentence.
  // Whether the first word of body would have fit on the line before (the document
  // wraps wider): that line was not wrapped there.
  const auto next_word_fits = [&](std::string_view before, std::string_view body) {
    if (layout.unwrapped || layout.short_line == 0) return true;
    const std::string_view word = body.substr(0, body.find(' '));
    return count_code_points(before) + 1 + count_code_points(word) < 2 * layout.short_line;
  };
  // The longest line of the list above (its items' lines): a list set narrower than
  // the text around it wraps at its own width.
  const auto list_width = [&]() {
    std::size_t width = 0;
    for (auto u = units.rbegin(); u != units.rend() && u->type == Unit::Type::item; ++u)
      for (std::size_t k = u->first; k <= u->last; ++k)
        width = std::max(width, count_code_points(trim(lines[k].text)));
    return width;
  };
  const auto breaks = [&](std::size_t i, std::string_view body) {
    const Unit& last = units.back();
    // A numbered section's title ("1.2 Bredbånd og mobildekning") below a list item.
    if (last.type == Unit::Type::item && starts_section_number(body) &&
        !ends_mid_phrase(trim(lines[last.last].text)) &&
        !ends_with_reference_word(trim(lines[last.last].text)))
      return true;
    if (!starts_capital(body)) return false;
    // Indented under an item: a continuation as Markdown writes it, whatever its case.
    if (last.type == Unit::Type::item && indentation(lines[i].text) > indentation(lines[last.first].text))
      return false;
    const std::string_view before = trim(lines[last.last].text);
    // A line that ends with a conjunction or an article was broken mid-phrase, whatever
    // comes next ("- bygge skoler og" / "Jessheim ungdomsskole"); so was one that ends
    // with an abbreviation that ends no sentence ("..., f.eks." / "Nordby gamle skole").
    if (ends_mid_phrase(before) || ends_with_abbreviation(before)) return false;
    // An item whose line ends a sentence where the next line's first word would have
    // fit (the document wraps wider) was not wrapped there: what follows is a paragraph
    // of its own ("- gi alle elever tilgang til skolebibliotek." / "Skolebyggene i Lier
    // er ...").
    // (Not after an abbreviation, "bl.a.", and not when the line below is no longer
    // than the list's own: a list set narrower than the text.)
    if (last.type == Unit::Type::item && !layout.unwrapped && ends_sentence(before) &&
        !ends_with_abbreviation(before) && next_word_fits(before, body) &&
        count_code_points(trim(lines[i].text)) > list_width())
      return true;
    // A lead-in right after a sentence's end opens a list of its own ("... i Drammen." /
    // "Arbeiderpartiet vil:"): it is not the paragraph's last line.
    if (ends_sentence(before) && body.back() == ':' && says_will(body)) return true;
    // So does one below a labelled goal's line ("Mål 1.1: Trygge boliger (FN-mål 1, 11)" /
    // "Vi skal:"): a goal's row is not a sentence that a lead-in goes on.
    if (body.back() == ':' && (says_will(body) || caption_kind(body) == Kind::strategy) &&
        last.type == Unit::Type::paragraph) {
      const std::optional<PlanPrefix> row = parse_plan_prefix(trim(lines[last.first].text));
      if (row && row->labelled) return true;
    }
    // A labelled goal's line is its own paragraph: a capital below it starts the text
    // under the goal ("Mål 1: Alle har en trygg bolig" / "Vi skal legge til rette ..."),
    // unless the line left its phrase open ("Mål 1: Alle innbyggere i" / "Asker ...").
    if (last.type == Unit::Type::paragraph && last.first == last.last && !ends_open(before) &&
        next_word_fits(before, body)) {
      const std::optional<PlanPrefix> row = parse_plan_prefix(before);
      if (row && row->labelled) return true;
    }
    // A line of SDGs below a labelled goal that wrapped ("Bærekraftsmål: 3, 10") is
    // the goal's, not its text's.
    if (last.type == Unit::Type::paragraph && is_sdg_line(body)) {
      const std::optional<PlanPrefix> row = parse_plan_prefix(trim(lines[last.first].text));
      if (row && row->labelled) return true;
    }
    // A line between two items of one list, with no blank line, that neither it nor the
    // item's line ends a sentence, goes on the item: a heading does not stand inside a
    // list ("- bygge ny ungdomsskole på" / "Jessheim innen 2027" / "- styrke PPT"); a
    // sentence there (an export without wraps) is a paragraph of its own.
    if (last.type == Unit::Type::item && last.marker != 0 && i + 1 < lines.size() &&
        lines[i + 1].cls.type == LineType::bullet && lines[i + 1].cls.marker == last.marker &&
        !ends_with_stop(before) && !ends_with_stop(body))
      return false;
    if (layout.unwrapped) return true;
    if (count_code_points(before) <= layout.short_line) return true;
    // A short line without a stop after a sentence's end: a heading that lost its
    // blank lines ("... ut til kysten." / "Skole og oppvekst").
    return ends_sentence(before) && !ends_with_abbreviation(before) &&
           count_code_points(trim(lines[i].text)) <= layout.short_line && !ends_with_stop(body);
  };
  // A dash or a number at the start of a line inside a hard-wrapped sentence is text,
  // not a list marker ("... i løpet av perioden" / "– uansett hva ..."; "... toget den" /
  // "17. mai ..."): the line above is a paragraph's, long, and ends mid-sentence.
  const auto wraps_into_paragraph = [&](const LineClass& c, std::size_t i) {
    // So inside a list item, when the line's marker is not of the item's list and not
    // indented under it ("- ... også på" / "17. mai og andre helligdager"; "- ... slik de
    // har" / "– med stor suksess – gjort ...").
    if (const Unit& last = units.back(); last.type == Unit::Type::item) {
      const bool dash = c.type == LineType::bullet && (c.marker == 0x2013 || c.marker == 0x2014);
      const bool other =
          (c.type == LineType::numbered && !last.numbered) || (dash && c.marker != last.marker);
      if (!other || indentation(lines[i].text) > indentation(lines[last.first].text)) return false;
      // A run of such lines is a sub-list, not a wrap.
      if (i + 1 < lines.size() && lines[i + 1].cls.type == c.type && lines[i + 1].cls.marker == c.marker)
        return false;
      // The line before was wrapped: it runs to near the wrap width (four fifths of it,
      // and 40 characters at least: a short document's width says little).
      const std::string_view before = trim(lines[last.last].text);
      const std::size_t length = count_code_points(before);
      return !layout.unwrapped && !ends_with_stop(before) && !before.ends_with(":") && length >= 40 &&
             length * 5 >= layout.short_line * 2 * 4;
    }
    if (units.back().type != Unit::Type::paragraph) return false;
    // A run of such lines, numbered one after the other, is a list under a lead-in
    // without a colon ("... derfor vil Høgfjell KrF" / "1. Rehabilitere ..." / "2. Gi
    // ..."); so is a run of dashes. Without "vil" above, or numbers before lower case,
    // they are text ("i hele" / "1. etasje og ..." / "2. etasje, ...").
    if (i + 1 < lines.size() && lines[i + 1].cls.type == c.type && says_will(units.back().text) &&
        (c.type != LineType::numbered || starts_capital(c.body)) &&
        (c.type == LineType::numbered ? lines[i + 1].cls.number == c.number + 1
                                      : lines[i + 1].cls.marker == c.marker))
      return false;
    // (A lettered item or Word's "o" item has no marker: "... tre ting: a) gi lokaler," /
    // "b) øke tilskuddet ...".)
    if (c.type == LineType::bullet && c.marker != 0x2013 && c.marker != 0x2014 && c.marker != 0) return false;
    const std::string_view before = trim(lines[units.back().last].text);
    // A lettered item goes on a sentence that a comma left open, as a dash does not.
    const bool open_sentence =
        c.type == LineType::bullet && c.marker == 0 ? !ends_sentence(before) : !ends_with_stop(before);
    return !before.empty() && open_sentence && count_code_points(before) > layout.short_line;
  };
  // A line that starts a goal or subgoal of a plan ("S.1.2 ...", "Delmål 3: ...").
  const auto starts_plan_row = [](std::string_view body) {
    const std::optional<PlanPrefix> p = parse_plan_prefix(body);
    return p && (p->labelled || p->lettered);
  };
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const LineClass& c = lines[i].cls;
    switch (c.type) {
      case LineType::blank:
        blank_before = true;
        open = false;
        break;
      case LineType::page_number:
        page_seen = true;
        break;  // no text and no break: a paragraph or list goes on across it
      case LineType::latex:
        break;
      case LineType::setext_underline:
        if (c.level > 0 && open && units.back().type == Unit::Type::paragraph && !blank_before) {
          units.back().type = Unit::Type::heading;
          units.back().level = c.level;
          units.back().last = i;
        } else {
          blank_before = true;  // a thematic break separates like a blank line
        }
        open = false;
        break;
      case LineType::atx_heading:
        if (c.body.empty()) {  // "#" alone titles nothing: a separator, no record
          blank_before = true;
          open = false;
          break;
        }
        start(Unit::Type::heading, i, c.body);
        units.back().level = c.level;
        open = false;
        break;
      case LineType::bold:
        start(Unit::Type::bold, i, c.body);
        open = false;
        break;
      case LineType::toc_row:
      case LineType::toc_link:
        start(Unit::Type::toc, i, c.body);
        units.back().number = c.number;
        units.back().linked = c.type == LineType::toc_link;
        open = false;
        break;
      case LineType::table_row:
        start(Unit::Type::table, i, {});
        units.back().raw = lines[i].text;
        open = false;
        break;
      case LineType::bullet:
      case LineType::numbered:
        if (open && !blank_before && wraps_into_paragraph(c, i)) {
          append_wrapped(units.back().text, trim(lines[i].text));
          units.back().last = i;
          break;
        }
        start(Unit::Type::item, i, c.body);
        units.back().numbered = c.type == LineType::numbered;
        units.back().number = c.number;
        units.back().marker = c.marker;
        open = true;
        break;
      case LineType::text:
        // An item of an unmarked list: a unit of its own; its wrapped lines go on it.
        if (unmarked[i] == 1) {
          start(Unit::Type::item, i, c.body);
          open = true;
          break;
        }
        if (unmarked[i] == 2) {
          append_wrapped(units.back().text, c.body);
          units.back().last = i;
          break;
        }
        if (unmarked[i] == 3) blank_before = true;
        // A row right below a table's whose first cell is empty ("<TAB>helse gjennom
        // hele livet."): the table's, a cell's wrapped text perhaps.
        if (!blank_before && !units.empty() && units.back().type == Unit::Type::table &&
            units.back().last + 1 == i && lines[i].text.starts_with('\t')) {
          start(Unit::Type::table, i, {});
          units.back().raw = lines[i].text;
          break;
        }
        bool broken = false;
        if (open && !blank_before &&
            (c.block || lines[units.back().last].cls.block || breaks(i, c.body) || starts_plan_row(c.body) ||
             (starts_section_number(c.body) && !ends_mid_phrase(trim(lines[units.back().last].text)) &&
              !ends_with_reference_word(trim(lines[units.back().last].text))))) {
          blank_before = true;  // a break on purpose separates like a blank line
          broken = true;
        }
        if (open && !blank_before) {
          Unit& item = units.back();
          std::string_view body = c.body;
          const std::size_t next =
              item.type == Unit::Type::item ? run_on_bullet(body, item.marker) : std::string_view::npos;
          append_wrapped(item.text, body.substr(0, next));
          item.last = i;
          if (next != std::string_view::npos) {
            const std::string_view head = trim(body.substr(0, next));
            item.byte_end =
                lines[i].begin + static_cast<std::size_t>(head.data() + head.size() - lines[i].text.data());
            // The rest of the line: one or more items of their own. (units grows: no
            // reference into it lives on.)
            const char32_t marker = item.marker;
            std::string_view rest = body.substr(next);
            while (!rest.empty()) {
              std::size_t j = 0;
              next_code_point(rest, j);
              rest = trim(rest.substr(j));
              const std::size_t more = run_on_bullet(rest, marker);
              Unit u;
              u.type = Unit::Type::item;
              u.first = u.last = i;
              u.gap_before = false;
              u.marker = marker;
              u.byte_begin = lines[i].begin + static_cast<std::size_t>(rest.data() - lines[i].text.data());
              const std::string_view text = trim(rest.substr(0, more));
              append_clean(u.text, text);
              if (more != std::string_view::npos)
                u.byte_end = lines[i].begin +
                             static_cast<std::size_t>(text.data() + text.size() - lines[i].text.data());
              units.push_back(std::move(u));
              rest = more == std::string_view::npos ? std::string_view{} : rest.substr(more);
            }
          }
        } else if (blank_before && !units.empty() && units.back().type == Unit::Type::item &&
                   indentation(lines[i].text) >= 2 &&
                   indentation(lines[i].text) > indentation(lines[units.back().first].text)) {
          // An item's text going on after a blank line, indented under it.
          append_clean(units.back().text, c.body);
          units.back().last = i;
          blank_before = false;
          open = true;
        } else {
          start(Unit::Type::paragraph, i, c.body);
          units.back().broken = broken;
          open = true;
        }
        break;
    }
  }
  for (std::size_t i = 0; i + 1 < units.size(); ++i) units[i].gap_after = units[i + 1].gap_before;
  return units;
}

// True when a unit may be a title: one line without a stop, with a blank line after it.
bool stands_alone(const Unit& u) {
  return u.first == u.last && u.gap_after && !ends_with_stop(u.text) &&
         count_code_points(u.text) <= k_max_plain_heading;
}

// Joins paragraphs that a page break split: one that stops mid-sentence (no stop, or
// a ',' or ';'), a blank line, one that starts in lower case ("Dette er særlig" /
// "utfordrende for ..."), or, with a page number between them, one that starts with a
// capital after a word that leaves the phrase open ("... ny skole på" / "Hvalstad og
// ..."). A list item is joined so too when a page number stood between them.
void join_page_breaks(std::vector<Unit>& units) {
  std::vector<Unit> joined;
  joined.reserve(units.size());
  for (Unit& u : units) {
    if (!joined.empty()) {
      Unit& prev = joined.back();
      if ((prev.type == Unit::Type::paragraph || (prev.type == Unit::Type::item && u.after_page)) &&
          u.type == Unit::Type::paragraph && u.gap_before && !u.broken && !ends_sentence(prev.text) &&
          !prev.text.empty() && prev.text.back() != ':' &&
          (starts_lowercase(u.text) || (u.after_page && ends_open(prev.text) && !stands_alone(u)))) {
        append_wrapped(prev.text, u.text);  // a word hyphenated at the break too ("vel-" / "ge")
        prev.last = u.last;
        prev.gap_after = u.gap_after;
        continue;
      }
    }
    joined.push_back(std::move(u));
  }
  units = std::move(joined);
}

// Removes inline markup from the units' texts, and attribute blocks from headings.
void strip_markup(std::vector<Unit>& units) {
  for (Unit& u : units) {
    if (u.type == Unit::Type::table) continue;  // cells are read from the raw line
    if (u.type == Unit::Type::heading) u.text = std::string(strip_heading_attributes(u.text));
    if (may_have_inline_markup(u.text)) u.text = strip_inline_markup(u.text);
  }
}

// The cells of a table row, trimmed: between tabs, or between the pipes of a Markdown
// pipe table ("| a | b |").
std::vector<std::string_view> split_cells(std::string_view raw) {
  const std::string_view t = trim(raw);
  std::vector<std::string_view> cells;
  if (t.size() >= 2 && t.front() == '|' && t.back() == '|' && raw.find('\t') == std::string_view::npos) {
    for (std::size_t from = 1; from < t.size();) {
      const std::size_t bar = t.find('|', from);
      cells.push_back(trim(t.substr(from, bar - from)));
      from = bar + 1;
    }
    return cells;
  }
  cells = split_tabs(raw);
  for (std::string_view& cell : cells) cell = trim(cell);
  return cells;
}

// Longest header cell, in code points, read as a column name.
constexpr std::size_t k_max_column_name = 40;

// A column of a kommuneplan table, as its header row names it.
struct Column {
  // ref: a reference code (parsed: "FN-T 11.7"); number: the plan's own numbering
  // ("1.1.2", kept as written); sdg: the SDGs a row serves ("8.5, 10.2").
  enum class Role { none, ref, number, text, sdg } role = Role::none;
  Kind kind = Kind::goal;
};

// Longest name of a column the plan's rows are not read from ("Ansvar", "Indikator",
// "Tidsramme"), in code points and words.
constexpr std::size_t k_max_other_column = 30;
constexpr std::size_t k_max_other_column_words = 3;

// True when a header cell may name a column of other things than plan rows: a short
// label starting with a capital, no stop, no digit ("Ansvar", "Ansvarlig enhet").
bool is_other_column_name(std::string_view cell) {
  if (count_code_points(cell) > k_max_other_column || !starts_capital(cell) || ends_with_stop(cell) ||
      cell.find_first_of("0123456789") != std::string_view::npos)
    return false;
  return static_cast<std::size_t>(std::count(cell.begin(), cell.end(), ' ')) < k_max_other_column_words;
}

// Reads a header row ("Referanse<TAB>DELMÅL<TAB>Referanse<TAB>STRATEGIER TIL DELMÅL").
// False unless every cell is empty or a column name (a short label, not a sentence),
// and there is a reference column and a text column. A column of something else
// ("Ansvar", "Indikator") is read from no row.
bool parse_table_header(const std::vector<std::string_view>& cells, std::vector<Column>& layout) {
  std::vector<Column> out;
  bool has_text = false;
  bool has_ref = false;
  // A header's cells are short labels: a row with a longer cell is none (most rows).
  for (std::string_view cell : cells)
    if (count_code_points(cell) > k_max_column_name) return false;
  std::vector<std::string> names;
  names.reserve(cells.size());
  bool has_aim = false;  // a goal or subgoal column: then "Tiltak" or "Hvordan" holds strategies
  for (std::string_view cell : cells) {
    // A name asked as a question ("Hva vil vi oppnå?", "Hvordan?") names its column too;
    // the nynorsk names as their bokmål ones.
    std::string name = fold_case(trim(cell));
    while (!name.empty() && (name.back() == '?' || name.back() == ':')) name.pop_back();
    if (name == "kva vil me oppnå" || name == "kva vil vi oppnå") name = "hva vil vi oppnå";
    if (name == "korleis") name = "hvordan";
    if (name == "mål" || name.rfind("målsetting", 0) == 0 || name.rfind("hovedmål", 0) == 0 ||
        name.rfind("hovudmål", 0) == 0 || name.rfind("delmål", 0) == 0 || name == "hva vil vi oppnå")
      has_aim = true;
    names.push_back(std::move(name));
  }
  for (std::size_t at = 0; at < cells.size(); ++at) {
    const std::string_view cell = cells[at];
    const std::string& name = names[at];
    Column col;
    if (name.empty()) {
      col.role = Column::Role::none;
    } else if (name == "mål" || name.rfind("målsetting", 0) == 0 || name == "hva vil vi oppnå") {
      col = {Column::Role::text, Kind::goal};
    } else if (has_aim && (name == "tiltak" || name == "hvordan")) {
      col = {Column::Role::text, Kind::strategy};
    } else if (name == "referanse" || name == "ref" || name == "ref." || name == "kode" ||
               name == "reference") {
      col.role = Column::Role::ref;
    } else if (name == "nr" || name == "nr." || name == "nummer" || name == "id") {
      col.role = Column::Role::number;
    } else if (name == "bærekraftsmål" || name == "berekraftsmål" || name == "fn-mål" || name == "sdg" ||
               name == "fns bærekraftsmål" || name == "bærekraftsmål (fn)") {
      col.role = Column::Role::sdg;
    } else if (name.rfind("hovedmål", 0) == 0 || name.rfind("hovudmål", 0) == 0 ||
               name.rfind("samfunnsmål", 0) == 0) {
      col = {Column::Role::text, Kind::goal};
    } else if (name.rfind("delmål", 0) == 0) {
      col = {Column::Role::text, Kind::subgoal};
    } else if (name.rfind("strategi", 0) == 0) {
      col = {Column::Role::text, Kind::strategy};
    } else if (is_other_column_name(cell)) {
      col.role = Column::Role::none;
    } else {
      return false;
    }
    if (col.role == Column::Role::text &&
        (count_code_points(cell) > k_max_column_name || (ends_with_stop(cell) && trim(cell).back() != '?')))
      return false;  // "Strategi uten kode." is a row, not a column name (a question may be one)
    has_text = has_text || col.role == Column::Role::text;
    has_ref = has_ref || col.role == Column::Role::ref || col.role == Column::Role::number;
    out.push_back(col);
  }
  // Without a code column, the texts of a goal or subgoal and its strategies ("Delmål<TAB>
  // Tiltak<TAB>Ansvarlig") make a plan's table too.
  const auto texts =
      std::count_if(out.begin(), out.end(), [](const Column& c) { return c.role == Column::Role::text; });
  if (!has_text || (!has_ref && !(has_aim && texts >= 2))) return false;
  layout = std::move(out);
  return true;
}

// True when a caption names one of the table's text columns: "Hovedmål" above
// "Referanse<TAB>HOVEDMÅL", "Delmål og strategier" above a DELMÅL table.
bool names_a_column(std::string_view caption, const std::vector<Column>& layout) {
  const std::string key = normalize_key(caption);
  for (const Column& col : layout) {
    if (col.role != Column::Role::text) continue;
    const std::string_view name = col.kind == Kind::goal      ? "hovedmål"
                                  : col.kind == Kind::subgoal ? "delmål"
                                                              : "strategi";
    if (key.rfind(name, 0) == 0 || (col.kind == Kind::goal && (key == "mål" || key.rfind("mål ", 0) == 0)))
      return true;
  }
  return false;
}

bool is_toc_title(const Unit& u) { return u.number == 0 || names_contents(normalize_key(u.text)); }

// Sentence openers that stand before "vil" without naming anyone ("Derfor vil vi").
bool is_opener(std::string_view word) {
  static const std::unordered_set<std::string> k_openers = {
      "derfor", "dessuten", "også", "hva", "hvordan", "hvorfor", "hvor", "når", "nå", "da", "her", "der",
      "slik", "så", "videre", "samtidig", "konkret", "sammen", "i", "til",
      // nynorsk
      "difor", "dessutan", "òg", "kva", "korleis", "kvifor", "kvar", "no", "vidare", "saman", "framover"};
  return k_openers.count(fold_case(word)) > 0;
}

bool is_pronoun(std::string_view words) {
  static const std::unordered_set<std::string> k_pronouns = {
      "vi",    "jeg",   "de", "den", "det", "han", "hun",  "man",   "du",     "dere",
      "dette", "disse", "me", "eg",  "dei", "ho",  "dykk", "desse", "partiet"};  // "Partiet vil:": whose?
  return k_pronouns.count(fold_case(words)) > 0;
}

// A name: one to six words, each starting with a capital or a digit ("PS",
// "Partiet Sentrum Bærum", "Asker Venstre"), not a pronoun; between two such words, a
// small word that joins names ("Arbeiderpartiet i Solvik", "Industri- og
// Næringspartiet").
bool is_name(std::string_view words) {
  if (words.empty() || is_pronoun(words)) return false;
  static const std::unordered_set<std::string_view> k_joiners = {"i", "og", "for", "på", "av", "til", "frå"};
  std::size_t count = 0;
  std::size_t start = 0;
  bool joined = false;  // the last word was a joiner
  while (start < words.size()) {
    std::size_t end = words.find(' ', start);
    if (end == std::string_view::npos) end = words.size();
    const std::string_view word = words.substr(start, end - start);
    if (word.empty() || !has_letter(word) || ++count > 6) return false;
    const bool joiner = count > 1 && !joined && k_joiners.count(word) > 0;
    if (starts_lowercase(word) && !joiner) return false;
    joined = joiner;
    start = end + 1;
  }
  return !joined;
}

// The words of s from its start that begin with a capital or a digit ("PS gjøre" -> "PS").
std::string_view leading_name(std::string_view s) {
  std::size_t end = 0;
  std::size_t start = 0;
  while (start < s.size()) {
    std::size_t stop = s.find_first_of(" :?!", start);
    if (stop == std::string_view::npos) stop = s.size();
    const std::string_view word = s.substr(start, stop - start);
    if (word.empty() || !has_letter(word) || starts_lowercase(word)) break;
    end = stop;
    if (stop >= s.size() || s[stop] != ' ') break;
    start = stop + 1;
  }
  return s.substr(0, end);
}

// Who a lead-in says pledges: "PS vil:" -> "PS"; "Partiet Sentrum Bærum vil i
// perioden ... for:" -> "Partiet Sentrum Bærum"; with the subject after the verb
// ("I neste periode vil Partiet Sentrum:", "Hva vil PS gjøre:") the name after "vil".
// Other parties say it with other verbs: "Høyre ønsker å:", "KrF går inn for:",
// "MDG jobber for:", "SV skal:"; and "Vi i Senterpartiet vil:" names Senterpartiet. So in
// nynorsk: "Difor vil me:" names nobody, "Me i Senterpartiet vil:" Senterpartiet.
// Empty when it names nobody ("Skole:", "Vi vil:", "Derfor vil vi:").
// True when text has a lower-case letter.
bool has_lowercase(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t at = i;
    next_code_point(text, i);
    if (starts_lowercase(text.substr(at, i - at))) return true;
  }
  return false;
}

std::string lead_actor(std::string_view text) {
  // The first of the verbs, as a word of its own (after a space, before a space, ':' or the end).
  static constexpr std::array<std::string_view, 11> k_verbs = {
      "vil",     "skal",     "ønsker",  "går",    "jobber", "arbeider",
      "kjemper", "foreslår", "ønskjer", "jobbar", "kjempar"};  // the last three nynorsk
  std::size_t at = std::string_view::npos;
  std::size_t verb_size = 0;
  bool will = false;  // the verb is "vil": any name; with the others, only a party's
  // A lead-in in capitals ("STRANDBY HØYRE VIL:") is searched in lower case: its
  // letters keep their lengths (æ ø å as Æ Ø Å).
  std::string lowered;
  std::string_view searched = text;
  if (!has_lowercase(text)) {
    lowered = fold_case(text);
    if (lowered.size() == text.size()) searched = lowered;
  }
  for (const std::string_view verb : k_verbs) {
    for (std::size_t from = 0; (from = searched.find(verb, from)) != std::string_view::npos;
         from += verb.size()) {
      const std::size_t after = from + verb.size();
      if (from == 0 || text[from - 1] != ' ' ||
          (after < text.size() && std::string_view(" :?.").find(text[after]) == std::string_view::npos &&
           !text.substr(after).starts_with("\xE2\x80\xA6")))  // "vil…"
        continue;
      if (from - 1 < at) {
        at = from - 1;
        verb_size = verb.size() + 1;
        will = verb == "vil";
      }
      break;
    }
  }
  if (at == std::string_view::npos) return {};
  // "Skolen skal:", "Framover skal vi:", "Vi i Hamar vil:" name no party.
  // A name starts with no opener ("I Asker vil:", "Samtidig i Asker vil:").
  const auto fits = [&](std::string_view name) {
    const std::string_view first = name.substr(0, name.find(' '));
    const std::string we = fold_case(first);
    return is_name(name) && (will || names_party(name)) && !is_opener(first) && we != "vi" && we != "me";
  };
  if (const std::string_view we = text.substr(0, at);
      (we.rfind("Vi i ", 0) == 0 || we.rfind("Me i ", 0) == 0) && names_party(we.substr(5)) &&
      is_name(trim(we.substr(5))))
    return std::string(trim(we.substr(5)));
  const std::string_view before = trim(text.substr(0, at));
  if (fits(before) && !is_opener(before)) return std::string(before);
  const std::string_view after = trim(text.substr(std::min(text.size(), at + verb_size)));
  const std::string_view name = leading_name(after);
  if (fits(name)) return std::string(name);
  return {};
}

// True when a lead-in says who "vil": "vil vi", "vil me" or a name ("Innen kultur vil
// vi:", "Høyre vil:"), not a relative clause ("ny skole, som vil inneholde:").
bool names_who_will(std::string_view text) {
  const std::string folded = fold_case(text);
  return folded.find(" vil vi") != std::string::npos || folded.find(" vil me") != std::string::npos ||
         !lead_actor(text).empty();
}

// True when text has the word "vil" ("will") in one of its first words.
bool says_will(std::string_view text) {
  constexpr std::size_t k_max_words = 16;
  std::size_t start = 0;
  for (std::size_t n = 0; n < k_max_words && start < text.size(); ++n) {
    std::size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view word = text.substr(start, end - start);
    while (!word.empty() && (word.back() == ':' || word.back() == ',' || word.back() == '.'))
      word.remove_suffix(1);
    if (word.ends_with("\xE2\x80\xA6")) word.remove_suffix(3);  // "vil…"
    if (word == "vil" || word == "Vil" || word == "VIL") return true;
    start = end + 1;
  }
  return false;
}

// A lead-in: the line that opens a list of pledges. Either a line ending in ':' right
// above a list ("Skole:"), or a short line saying who will, in any markup: "PS vil:",
// "**Asker Venstre vil**" above a list, "### Asker Venstre vil:", "Dette vil vi
// gjøre:", and "Venstre vil:" even when headings come between it and the lists.
bool is_lead_in(std::string_view text, bool before_items) {
  if (text.empty()) return false;
  if (text.back() == ':') return before_items || says_will(text);
  // "Hva vil Nordby Venstre gjøre?", "Hva vil vi gjøre?"; not "Hva vil skje med bygget?".
  if (text.back() == '?') return before_items && says_will(text) && names_who_will(text);
  if (text.ends_with("\xE2\x80\xA6") || text.ends_with("..."))
    return before_items && says_will(text);  // "Venstre vil …"
  return before_items && !ends_with_stop(text) && says_will(text);
}

// The first letters of a name's words, case folded: "Partiet Sentrum" -> "ps".
std::string initials(std::string_view name) {
  std::string out;
  std::size_t start = 0;
  while (start < name.size()) {
    std::size_t end = name.find(' ', start);
    if (end == std::string_view::npos) end = name.size();
    if (end > start) {
      std::size_t i = start;
      next_code_point(name, i);
      out += fold_case(name.substr(start, i - start));
    }
    start = end + 1;
  }
  return out;
}

// True for a (folded) word that names a party: "...parti..." or a party's short name
// ("venstre", "høyre", "sentrum", "krf", ...). Place names are not.
bool is_party_word(std::string_view word) {
  static const std::unordered_set<std::string_view> k_parties = {
      "venstre", "høyre", "sentrum", "frp", "krf", "sv",         "rødt",  "mdg",
      "sp",      "ap",    "ps",      "pp",  "inp", "folkelista", "høgre", "raudt"};  // nynorsk
  return word.find("parti") != std::string_view::npos || k_parties.count(word) > 0;
}

bool names_party(std::string_view name) { return any_word(fold_case(name), is_party_word); }

// The national party a name names, as one id, in bokmål or nynorsk, full, definite or
// short ("Senterpartiet", "Vallvik Senterparti", "Sp": "sp"; "Kristeleg Folkeparti",
// "KrF": "krf"; "Høgre": "h"); empty for a name of none of them.
std::string party_id(std::string_view name) {
  std::vector<std::string> w;
  const std::string folded = fold_case(name);
  any_word(folded, [&](std::string_view word) {
    while (!word.empty() && (word.back() == ':' || word.back() == ',')) word.remove_suffix(1);
    w.emplace_back(word);
    return false;
  });
  const auto has = [&](std::string_view prefix) {
    return std::any_of(w.begin(), w.end(), [&](const std::string& x) { return x.starts_with(prefix); });
  };
  const auto is = [&](std::initializer_list<std::string_view> words) {
    return std::any_of(w.begin(), w.end(), [&](const std::string& x) {
      return std::find(words.begin(), words.end(), x) != words.end();
    });
  };
  if (is({"krf"}) || ((is({"kristelig", "kristeleg"})) && has("folkeparti"))) return "krf";
  if (is({"sv"}) || (is({"sosialistisk"}) && has("venstreparti"))) return "sv";
  if (is({"ap"}) || has("arbeiderparti") || has("arbeidarparti")) return "ap";
  if (is({"sp"}) || has("senterparti")) return "sp";
  if (is({"frp"}) || has("fremskrittsparti") || has("framstegsparti")) return "frp";
  if (is({"mdg"}) || has("miljøparti")) return "mdg";
  if (is({"pp"}) || has("pensjonistparti")) return "pp";
  if (is({"inp"}) || has("næringsparti")) return "inp";
  if (is({"ps"}) || (is({"partiet"}) && is({"sentrum"}))) return "ps";
  if (is({"høyre", "høgre"})) return "h";
  if (is({"rødt", "raudt"})) return "r";
  if (is({"venstre"})) return "v";
  return {};
}

// The party a document's title names, as it writes it: the run of capitalised words
// (or abbreviations) of one of its parts (between dashes, colons, bars and commas) that
// names a national party (party_id), without words of "program": "Nordby Høyre –
// valgprogram 2027–2031" and "Valprogram for Nordby Høyre" give "Nordby Høyre"; empty
// when none does.
std::string title_party(std::string_view title) {
  std::vector<std::string_view> words;
  std::string best;
  const auto flush = [&]() {
    if (best.empty() && !words.empty()) {
      const std::string run(
          words.front().data(),
          static_cast<std::size_t>(words.back().data() + words.back().size() - words.front().data()));
      if (!party_id(run).empty()) best = run;
    }
    words.clear();
  };
  std::size_t start = 0;
  while (start <= title.size()) {
    std::size_t end = title.find(' ', start);
    if (end == std::string_view::npos) end = title.size();
    std::string_view word = title.substr(start, end - start);
    const bool part_end =
        !word.empty() && std::string_view(":,|").find(word.back()) != std::string_view::npos;
    while (!word.empty() && std::string_view(":,|").find(word.back()) != std::string_view::npos)
      word.remove_suffix(1);
    const std::string folded = fold_case(word);
    if (starts_capital(word) && folded.find("program") == std::string::npos) {
      words.push_back(word);
    } else {
      flush();
    }
    if (part_end) flush();
    start = end + 1;
  }
  flush();
  return best;
}

// True when two names name the same party: the same national party (party_id: "Vallvik
// Senterparti", "Senterpartiet"), they share a party word ("Sentrum", "Partiet Sentrum
// Asker"; a shared place name does not count), or one is the other's initials ("PS",
// "Partiet Sentrum").
bool same_party(std::string_view a, std::string_view b) {
  const std::string ia = party_id(a);
  const std::string ib = party_id(b);
  if (!ia.empty() && !ib.empty()) return ia == ib;
  const std::string fa = fold_case(a);
  const std::string fb = " " + fold_case(b) + " ";
  if (initials(a) == fold_case(b) || initials(b) == fa) return true;
  return any_word(fa, [&](std::string_view w) {
    return is_party_word(w) && fb.find(" " + std::string(w) + " ") != std::string::npos;
  });
}

// Lets unordered_map<std::string, ...> be searched with a string_view. XXH3: the keys
// are whole record texts, one lookup a record, and it reads them faster than std::hash.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const {
    return static_cast<std::size_t>(XXH3_64bits(s.data(), s.size()));
  }
};

// Lists without markers, as web pages pasted as text give them: a lead-in that says who
// will ("Nordby Venstre vil:"; not one that announces_other), then one-line blocks with
// no blank line between them, no markers and no question mark. They are items of the
// lead-in's list while they end alike (all with a stop, or all without) and none ends
// with ':'; when a line without a stop list is ended by a line with one (a paragraph),
// the last line before it is that paragraph's heading ("Skole" above "Nordby skal ha
// ..."), not an item.
void mark_unmarked_lists(std::vector<Unit>& units) {
  const auto candidate = [&](std::size_t j) {
    return j < units.size() && units[j].type == Unit::Type::paragraph && units[j].broken &&
           units[j].first == units[j].last && !units[j].text.empty() && units[j].text.back() != ':' &&
           units[j].text.back() != '?';
  };
  for (std::size_t i = 0; i + 1 < units.size(); ++i) {
    const Unit& lead = units[i];
    if (lead.type != Unit::Type::paragraph || lead.text.empty() || lead.text.back() != ':' ||
        !says_will(lead.text) || !candidate(i + 1) || announces_other(lead.text))
      continue;
    const bool stops = ends_with_stop(units[i + 1].text);
    std::size_t end = i + 1;
    while (candidate(end) && ends_with_stop(units[end].text) == stops) ++end;
    if (!stops && candidate(end) && end - 1 > i + 1) --end;  // a heading above a paragraph
    for (std::size_t j = i + 1; j < end; ++j) units[j].type = Unit::Type::item;
    i = end - 1;
  }
}

// Deeper than any heading: the level of plan records read from table rows and items,
// which any heading closes.
constexpr int k_deepest = 7;

class Segmenter {
 public:
  Segmenter(const Document& doc, const std::vector<Line>& lines, std::vector<Record>& out,
            std::vector<Diagnostic>& warnings)
      : m_doc(doc), m_lines(lines), m_out(out), m_warnings(warnings) {}

  // Emits the records of the units, in order; takes their texts.
  void run(std::vector<Unit>& units);

 private:
  struct OpenHeading {
    int level;
    std::string text;
    std::string id;
    bool markup;  // marked with # or an underline, not inferred
  };

  Record& emit(Kind kind, const Unit& u, std::string&& text);
  void heading(Unit& u, int level, bool markup);
  void lead(Unit& u);
  Record& plan_record(const Unit& u, Kind kind, std::string code, std::string text, int level);
  bool plan_unit(std::size_t i);
  bool plan_item(Unit& u);
  bool titles_labelled_rows(std::size_t i, Kind kind) const;
  bool is_question_title(std::size_t i) const;
  void split_lead(Unit& u, bool before_items);
  bool pledge_table_row(const Unit& u, const std::vector<std::string_view>& cells);
  bool caption_lines(const Unit& u);
  std::size_t caption_run(std::size_t i) const;
  bool is_plan(const std::vector<Unit>& units) const;
  void paragraph(Unit& u);
  void source_of(const Unit& u, std::string_view text, std::vector<std::size_t>& at,
                 std::vector<std::size_t>& line) const;
  void table_row(Unit& u);
  std::string cell_text(std::size_t row, std::size_t c, std::size_t t, std::string_view cell,
                        std::size_t& last);
  bool is_plain_heading(std::size_t i) const;
  bool is_numbered_heading(std::size_t i) const;
  bool sdg_line(const Unit& u);
  int plain_heading_level(const Unit& u) const;
  const std::string& heading_id() const;
  void close_lead() { m_lead_id.clear(); }
  // Closes the open headings at level and below.
  void close_headings(int level) {
    while (!m_headings.empty() && m_headings.back().level >= level) {
      m_headings.pop_back();
      m_path_current = false;
    }
  }

  const Document& m_doc;
  const std::vector<Line>& m_lines;
  std::vector<Record>& m_out;
  std::vector<Diagnostic>& m_warnings;
  std::vector<Unit>* m_units = nullptr;

  bool m_markdown = false;                       // the document marks headings with # or underlines
  std::size_t m_toc_end = 0;                     // index of the first unit after the TOC (0: no TOC)
  std::unordered_set<std::string> m_toc_titles;  // normalized TOC titles: level-1 headings
  std::vector<OpenHeading> m_headings;           // the heading path
  HeadingPath m_path;                            // its texts, shared by the records under it
  bool m_path_current = true;                    // m_path is m_headings' texts
  std::unordered_map<std::string, unsigned, StringHash, std::equal_to<>> m_seen;  // kind + key -> occurrences
  std::string m_seen_key;                                                         // scratch for the lookup
  std::string m_lead_id;                                                          // the open lead-in, if any
  std::optional<std::string> m_lead_actor;
  std::optional<std::string> m_last_actor;      // the last actor a lead-in named
  std::vector<std::string> m_actors;            // every actor a lead-in named, and the author
  std::optional<std::string> m_fallback_actor;  // the manifest's author, else the party the
                                                // first line names (title_party)
  std::string m_toc_title_id;
  std::vector<Column> m_layout;                       // the current table's columns
  std::optional<std::size_t> m_pledge_column;         // a program table's column of pledges
  std::unordered_set<std::string> m_repeated_titles;  // keys of lone lines that come twice or more
  int m_numbered_heading = 0;                         // the number of the last numbered heading ("2. Bolig")
  std::unordered_map<std::string, std::string> m_numbered_rows;  // a table row's own number -> its id
  std::set<std::pair<std::size_t, std::size_t>> m_used_cells;    // unit and column of the cells that
                                                                 // were a wrapped cell's end
  std::string m_goal_id;
  std::string m_subgoal_id;
  // Plans in other layouts: goals, subgoals and strategies as headings, lists or
  // labelled paragraphs.
  bool m_plan = false;              // the document is such a plan
  int m_goal_level = k_deepest;     // the heading level a goal or subgoal was
  int m_subgoal_level = k_deepest;  // given at; k_deepest: a table row or item
  bool m_plan_open = false;         // a goal or subgoal given as a heading or
                                    // paragraph is open: a list below it holds
                                    // the next kind down
  std::optional<Kind> m_list_kind;  // what a caption said the list below holds
  std::size_t m_caption_unit = std::numeric_limits<std::size_t>::max() - 1;  // the unit of that caption
  std::vector<std::pair<std::size_t, std::string>> m_items;                  // indentation and id of the
                                                             // open list's items, outermost first
  std::vector<std::pair<std::size_t, Kind>> m_plan_items;  // indentation and kind of the
                                                           // open plan items, outermost first
};

const std::string& Segmenter::heading_id() const {
  static const std::string k_none;
  return m_headings.empty() ? k_none : m_headings.back().id;
}

Record& Segmenter::emit(Kind kind, const Unit& u, std::string&& text) {
  Record r;
  r.kind = kind;
  m_seen_key.assign(kind_name(kind));
  m_seen_key.push_back('\x1f');
  const std::size_t key_at = m_seen_key.size();
  append_fold_case(m_seen_key, text);  // text is clean: this is its normalize_key
  auto seen = m_seen.find(std::string_view(m_seen_key));
  if (seen == m_seen.end()) seen = m_seen.emplace(m_seen_key, 0).first;
  r.id = record_id(m_doc.id, kind, std::string_view(m_seen_key).substr(key_at), seen->second++);
  r.text = std::move(text);
  if (!m_path_current) {  // the headings changed since the last record: a new shared path
    std::vector<std::string> texts;
    texts.reserve(m_headings.size());
    for (const OpenHeading& h : m_headings) texts.push_back(h.text);
    m_path = HeadingPath(std::move(texts));
    m_path_current = true;
  }
  r.path = m_path;
  r.parent = heading_id();
  r.first_line = u.first + 1;
  r.last_line = u.last + 1;
  // Offsets inside a line are counted in its text, which under --lossy may be longer
  // than its bytes in the file: they never pass the line's end.
  r.byte_end =
      std::min(u.byte_end != std::string_view::npos ? u.byte_end : m_lines[u.last].end, m_lines[u.last].end);
  r.byte_begin =
      std::min(u.byte_begin != std::string_view::npos ? u.byte_begin : m_lines[u.first].begin, r.byte_end);
  m_out.push_back(std::move(r));
  return m_out.back();
}

void Segmenter::heading(Unit& u, int level, bool markup) {
  close_headings(level);
  Record& r = emit(Kind::heading, u, std::move(u.text));
  r.level = level;
  m_headings.push_back({level, r.text, r.id, markup});
  m_path_current = false;
  close_lead();
  m_layout.clear();
  m_list_kind.reset();
  m_plan_items.clear();
  if (level <= m_subgoal_level) {
    m_subgoal_id.clear();
    m_subgoal_level = k_deepest;
  }
  if (level <= m_goal_level) {
    m_goal_id.clear();
    m_goal_level = k_deepest;
  }
  m_plan_open = m_plan_open && (!m_goal_id.empty() || !m_subgoal_id.empty());
}

bool Segmenter::is_plain_heading(std::size_t i) const {
  const Unit& u = (*m_units)[i];
  if (u.type == Unit::Type::paragraph) {
    if (m_markdown || u.first != u.last || !u.gap_before || !u.gap_after) return false;
    if (m_toc_end > 0 && i < m_toc_end) return false;  // the title block above a TOC
  } else if (u.type != Unit::Type::bold) {
    return false;
  }
  if ((ends_with_stop(u.text) && !is_question_title(i)) || !has_letter(u.text) || starts_lowercase(u.text) ||
      count_code_points(u.text) > k_max_plain_heading || is_caption(u.text))
    return false;
  // A caption right above a table's header row, naming what the table holds
  // ("Hovedmål", "Delmål og strategier"), belongs to the table.
  if (i + 1 < m_units->size() && (*m_units)[i + 1].type == Unit::Type::table) {
    std::vector<Column> layout;
    if (parse_table_header(split_cells((*m_units)[i + 1].raw), layout) && names_a_column(u.text, layout))
      return false;
  }
  return true;
}

// A question as a section's title ("Hva vil vi med skolen?"): a question word first,
// three words or more, at most half a heading's length, one question mark, with the
// section's text below (a paragraph, lead-in or list), not another question. ("Spør
// du meg?" / "Ja!" is text.)
bool Segmenter::is_question_title(std::size_t i) const {
  static const std::unordered_set<std::string> k_question_words = {
      "hva", "hvorfor", "hvordan", "hvem",    "hvor", "hvilke", "hvilken", "hvilket",
      "når", "kva",     "kvifor",  "korleis", "kven", "kvar",   "kor"};
  const Unit& u = (*m_units)[i];
  if (u.text.back() != '?' || !k_question_words.count(fold_case(u.text.substr(0, u.text.find(' ')))) ||
      std::count(u.text.begin(), u.text.end(), '?') != 1 ||
      std::count(u.text.begin(), u.text.end(), ' ') < 2 ||
      count_code_points(u.text) > k_max_plain_heading / 2 || i + 1 >= m_units->size())
    return false;
  const Unit& next = (*m_units)[i + 1];
  return (next.type == Unit::Type::paragraph || next.type == Unit::Type::item) && !next.text.ends_with('?');
}

// "1. Innledning" alone between blank lines, with text but no list around it: a
// numbered section heading, not a one-item list. Short, capitalised, no stop.
bool Segmenter::is_numbered_heading(std::size_t i) const {
  const std::vector<Unit>& units = *m_units;
  const Unit& u = units[i];
  if (!u.numbered || u.first != u.last || !u.gap_before) return false;
  if (i + 1 >= units.size()) return false;
  // A list right below it is its pledges, not its next items, when a blank line stands
  // between and the list numbers from 1 again ("1. Familie" / "" / "1. Øke ...").
  if (units[i + 1].type == Unit::Type::item &&
      !(u.gap_after && units[i + 1].numbered && units[i + 1].number == 1 && u.number >= 1))
    return false;
  // Text right below it (no blank line) is its section's first paragraph.
  if (!u.gap_after && units[i + 1].type != Unit::Type::paragraph) return false;
  // After a numbered list it may be the list's next item; after a bulleted one (another
  // kind of list, and a blank line between) it is the next section.
  // After a list: only the next of a run of numbered sections ("2. Bolig" after the
  // heading "1. Arbeid"), not a numbered pledge below a bulleted one.
  // After a numbered list, a number that does not go on the list's ("2. Helse" after a
  // heading "1. Skole" and items 1 to 3) is the next section too.
  if (i > 0 && units[i - 1].type == Unit::Type::item &&
      ((units[i - 1].numbered && u.number == units[i - 1].number + 1) || m_numbered_heading == 0 ||
       u.number != m_numbered_heading + 1))
    return false;
  if (i > 0 && is_lead_in(units[i - 1].text, true)) return false;
  return starts_capital(u.text) && !ends_with_stop(u.text) &&
         count_code_points(u.text) <= k_max_plain_heading / 2;
}

int Segmenter::plain_heading_level(const Unit& u) const {
  if (m_markdown) {  // one below the nearest # heading, so bold headings are siblings
    for (auto h = m_headings.rbegin(); h != m_headings.rend(); ++h)
      if (h->markup) return std::min(6, h->level + 1);
    return 1;
  }
  // A numbered title's level is its number's depth ("2 Oppvekst" 1, "2.1 Barnehage" 2).
  if (const int depth = section_depth(u.text); depth > 0) return std::min(6, depth);
  // A question is a section's part: one below the nearest title that is no question
  // ("Barn og familie" / "Hva er utfordringen?").
  if (u.text.ends_with('?')) {
    for (auto h = m_headings.rbegin(); h != m_headings.rend(); ++h)
      if (!h->text.ends_with('?')) return std::min(6, h->level + 1);
    return 1;
  }
  // A title that comes back under several sections ("Målbilde", "Bakgrunn") is theirs.
  if (m_toc_end == 0) return m_repeated_titles.count(normalize_key(u.text)) ? 2 : 1;
  return m_toc_titles.count(normalize_key(u.text)) ? 1 : 2;
}

// A paragraph whose last sentence is the lead-in ("Vi vil bygge ny legevakt innen 2026.
// Fastlegene trenger hjelp. Derfor vil vi:"): the sentences before it are a paragraph
// of their own, with their pledges, and u keeps the lead-in alone.
void Segmenter::split_lead(Unit& u, bool before_items) {
  const std::vector<SentenceSpan> spans = split_sentences(u.text);
  if (spans.size() < 2) return;
  const SentenceSpan last = spans.back();
  const std::string_view lead_in = std::string_view(u.text).substr(last.begin, last.end - last.begin);
  if (!is_lead_in(lead_in, before_items)) return;
  std::vector<std::size_t> at;
  std::vector<std::size_t> line;
  source_of(u, u.text, at, line);
  const SentenceSpan& before = spans[spans.size() - 2];
  Unit para = u;
  para.text = u.text.substr(0, before.end);
  para.last = line[before.end];
  para.byte_end = at[before.end];
  u.text = std::string(lead_in);
  u.first = line[last.begin];
  u.byte_begin = at[last.begin];
  close_lead();
  paragraph(para);
}

void Segmenter::lead(Unit& u) {
  Record& r = emit(Kind::lead, u, std::move(u.text));
  const std::string named = lead_actor(r.text);
  if (!named.empty()) {
    m_last_actor = named;
    if (std::find(m_actors.begin(), m_actors.end(), named) == m_actors.end()) m_actors.push_back(named);
  }
  if (!named.empty() || m_last_actor)
    r.actor = m_last_actor;
  else
    r.actor = m_fallback_actor;
  m_lead_id = r.id;
  m_lead_actor = r.actor;
}

// Maps each byte of a unit's cleaned text to the source: at[i] is the file offset of
// text[i], line[i] its line index. The text is the source with spaces folded and
// markup removed, so each of its bytes is found in order, skipping what was dropped.
// A text byte that cannot be found maps to the unit's end. Offsets never pass their
// line's end (a line repaired under --lossy is longer than its bytes in the file).
void Segmenter::source_of(const Unit& u, std::string_view text, std::vector<std::size_t>& at,
                          std::vector<std::size_t>& line) const {
  at.assign(text.size() + 1, m_lines[u.last].end);
  line.assign(text.size() + 1, u.last);
  std::size_t k = u.first;
  std::size_t j = 0;  // in m_lines[k].text
  const auto offset = [&] { return std::min(m_lines[k].begin + j, m_lines[k].end); };
  const auto skip_spaces = [&] {
    while (k <= u.last) {
      const std::string_view s = m_lines[k].text;
      if (j >= s.size()) {
        ++k;
        j = 0;
        continue;
      }
      const std::size_t n = s[j] == ' ' || s[j] == '\t' ? 1 : s.compare(j, 2, "\xC2\xA0") == 0 ? 2 : 0;
      if (n == 0) return;
      j += n;
    }
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == ' ') {
      if (k <= u.last) at[i] = offset(), line[i] = k;
      skip_spaces();
      continue;
    }
    while (k <= u.last && (j >= m_lines[k].text.size() || m_lines[k].text[j] != text[i])) {
      if (++j > m_lines[k].text.size()) {
        ++k;
        j = 0;
      }
    }
    if (k > u.last) return;  // not found: the rest maps to the end
    at[i] = offset();
    line[i] = k;
    ++j;
  }
  if (k <= u.last) at[text.size()] = offset(), line[text.size()] = k;
}

// A paragraph, then each of its sentences that makes a pledge, as a pledge record
// under it.
void Segmenter::paragraph(Unit& u) {
  const std::size_t index = m_out.size();
  emit(Kind::paragraph, u, std::move(u.text));
  const std::vector<SentenceSpan> spans = split_sentences(m_out[index].text);
  // A pledge record per sentence at most: with room for them, m_out does not move, and
  // the paragraph's text and id can be read in place.
  if (const std::size_t need = m_out.size() + spans.size(); m_out.capacity() < need)
    m_out.reserve(std::max(need, 2 * m_out.capacity()));  // growing as push_back would
  const std::string& text = m_out[index].text;
  const std::string& parent = m_out[index].id;
  std::vector<std::size_t> at;
  std::vector<std::size_t> line;
  for (const SentenceSpan& span : spans) {
    const std::string_view sentence = std::string_view(text).substr(span.begin, span.end - span.begin);
    PledgeCue cue = detect_pledge(sentence);
    if (!cue.pledge) continue;
    if (at.empty()) source_of(u, text, at, line);
    Unit part = u;
    part.first = line[span.begin];
    part.last = line[span.end - 1];
    part.byte_begin = at[span.begin];
    part.byte_end = std::min(at[span.end - 1] + 1, m_lines[part.last].end);
    if (part.byte_begin > part.byte_end || part.first > part.last) {
      // The sentence was not found in the source (text repaired under --lossy, or
      // markup that looked like text): the whole paragraph stands for it.
      part = u;
    }
    // The speaker: the party the document speaks for (the last actor a lead-in named,
    // else the manifest's author). A subject that names it ("Partiet Sentrum vil",
    // "Sentrum vil") stands as written; another party's intention ("Nordby Høyre vil
    // selge ...") is no pledge of this document; "vi" and other subjects ("Asker kommune
    // skal") are the speaker's pledges.
    std::optional<std::string> speaker = m_last_actor;
    if (!speaker) speaker = m_fallback_actor;
    const bool named_speaker =
        !cue.actor.empty() && std::any_of(m_actors.begin(), m_actors.end(),
                                          [&](const std::string& a) { return same_party(cue.actor, a); });
    // Another party only when the document's party is known by a full name ("Nordby
    // Venstre") or the short name of a national party ("Berg KrF"): a small party's
    // abbreviation alone ("PS") cannot tell "Sentrum" from another party.
    const bool known_by_name = std::any_of(m_actors.begin(), m_actors.end(), [](const std::string& a) {
      const std::string id = party_id(a);
      return (!id.empty() && id != "ps" && id != "pp" && id != "inp") ||
             any_word(fold_case(a), [](std::string_view w) { return w.size() > 3 && is_party_word(w); });
    });
    if (!cue.actor.empty() && !named_speaker && known_by_name && names_party(cue.actor)) {
      // Another party's intention, unless the sentence answers it with the speaker's own
      // ("Høyre vil selge ..., men vi vil ...").
      cue = detect_contrast_pledge(sentence);
      if (!cue.pledge) continue;
    }
    Record& r = emit(Kind::pledge, part, std::string(sentence));
    r.parent = parent;
    if (!cue.actor.empty() && (named_speaker || !speaker || names_party(cue.actor)))
      r.actor = std::move(cue.actor);
    else
      r.actor = speaker;
  }
}

// A line of a plan that only names SDGs ("Bærekraftsmål: 3, 10"), right below a goal,
// subgoal or strategy: its SDGs are that row's (refs.targets, refs.sdg), and the line
// gives no record. False for any other line.
bool Segmenter::sdg_line(const Unit& u) {
  if (m_out.empty() || !is_plan_kind(m_out.back().kind) || !m_out.back().refs) return false;
  if (!is_sdg_line(u.text)) return false;
  Refs found;
  find_sdg_mention(u.text, found);
  add_sdgs(*m_out.back().refs, found);
  return true;
}

// A goal, subgoal or strategy read from a heading (level: its heading level), a
// labelled paragraph or a list item (k_deepest). Its parent is as in a table.
Record& Segmenter::plan_record(const Unit& u, Kind kind, std::string code, std::string text, int level) {
  close_lead();
  std::string parent = kind == Kind::goal      ? heading_id()
                       : kind == Kind::subgoal ? (m_goal_id.empty() ? heading_id() : m_goal_id)
                       : !m_subgoal_id.empty() ? m_subgoal_id
                       : !m_goal_id.empty()    ? m_goal_id
                                               : heading_id();
  Record& r = emit(kind, u, std::move(text));
  Refs refs;
  refs.raw = std::move(code);
  find_sdg_mention(r.text, refs);  // "(FN-mål 1, 11)" in the row's own text
  r.refs = std::move(refs);
  r.parent = std::move(parent);
  if (kind == Kind::goal) {
    m_goal_id = r.id;
    m_goal_level = level;
    m_subgoal_id.clear();
    m_subgoal_level = k_deepest;
  } else if (kind == Kind::subgoal) {
    m_subgoal_id = r.id;
    m_subgoal_level = level;
  }
  return r;
}

// True when the document is a plan whose goals are not in a table: its manifest says
// "plan", or (without a manifest row) a heading or paragraph is labelled as a goal or
// subgoal ("Hovedmål 1: ...", "Delmål", "S.1.1 ...") or captions them ("Fire hovedmål"),
// and no lead-in says who "vil" or names a party ("Derfor går KrF inn for:"): a party
// program, even one with goals of its own.
bool Segmenter::is_plan(const std::vector<Unit>& units) const {
  if (m_doc.meta && !m_doc.meta->type.empty()) return m_doc.meta->type == "plan";
  for (std::size_t i = 0; i + 1 < units.size(); ++i)
    if (units[i + 1].type == Unit::Type::item && units[i].type != Unit::Type::item &&
        (says_will(units[i].text) || !lead_actor(units[i].text).empty()) && is_lead_in(units[i].text, true) &&
        !caption_kind(units[i].text))  // "Hva vil vi oppnå?" captions a plan's sub-goals
      return false;
  for (const Unit& u : units) {
    if (u.type != Unit::Type::heading && u.type != Unit::Type::paragraph && u.type != Unit::Type::bold)
      continue;
    if (const std::optional<PlanPrefix> p = parse_plan_prefix(u.text);
        p && (p->labelled || p->lettered) && p->kind != Kind::strategy)
      return true;
    const std::optional<Kind> k = caption_kind(u.text);
    const std::string folded = fold_case(u.text);
    // ("Hva vil vi oppnå?" captions sub-goals in a plan, but says nothing of the document.)
    if ((k == Kind::subgoal && folded.find("delmål") != std::string::npos) ||
        (k == Kind::goal &&
         (folded.find("hovedmål") != std::string::npos || folded.find("hovudmål") != std::string::npos ||
          folded.find("samfunnsmål") != std::string::npos)))
      return true;
  }
  return false;
}

// In a plan, a heading, paragraph or bold line that is a goal, subgoal or strategy
// ("S.1 Et inkluderende samfunn", "Mål 1: ..."), or a caption naming what the list
// below holds ("Fire hovedmål", "Strategier:"). False when it is neither.
bool Segmenter::plan_unit(std::size_t i) {
  Unit& u = (*m_units)[i];
  m_plan_items.clear();
  // "1.2 Bakgrunn" is a chapter: as a heading, or as a line the table of contents lists.
  if (const std::optional<PlanPrefix> p = parse_plan_prefix(u.text);
      p && (p->labelled || p->lettered ||
            (u.type != Unit::Type::heading && !m_toc_titles.count(normalize_key(u.text)) &&
             !titles_labelled_rows(i, p->kind)))) {
    const int level = u.type == Unit::Type::heading ? u.level : k_deepest;
    // A goal given as a heading closes the headings at its level ("## Fire hovedmål").
    if (u.type == Unit::Type::heading) close_headings(u.level);
    // A label beside the first of its items ("Strategier   • Styrke ..." / "   •
    // Etablere ..."): the item's text, and the list below holds the same kind.
    std::string_view rest = p->rest;
    const bool listed = p->labelled && classify_line(rest).type == LineType::bullet;
    if (listed) rest = classify_line(rest).body;
    plan_record(u, p->kind, p->code, std::string(rest), level);
    m_plan_open = true;
    m_list_kind.reset();
    if (listed) m_list_kind = p->kind;
    return true;
  }
  const std::optional<Kind> caption = caption_kind(u.text);
  if (!caption) return false;
  if (u.type == Unit::Type::heading) {
    heading(u, u.level, true);
  } else if (is_plain_heading(i)) {
    heading(u, plain_heading_level(u), false);
  } else {
    close_lead();
    emit(Kind::paragraph, u, std::move(u.text));
  }
  m_list_kind = caption;
  m_caption_unit = i;
  return true;
}

// True for a bullet sign that decorates titles as often as it marks items: arrows,
// stars, check marks, boxes, emoji (not a dash, hyphen, star of Markdown or a dot).
bool is_decoration(char32_t marker) {
  return marker >= 0x2190 && marker != 0x2212 && marker != 0x2022 && marker != 0x25CF && marker != 0x25AA &&
         marker != 0x25E6 && marker != 0x2043 && marker != 0x2023 && marker != 0xF0B7 && marker != 0x2219 &&
         marker != 0x2013 && marker != 0x2014;
}

// True when a line starts with a word that refers back to the text before it ("De
// beskrives ...", "Dette gjelder ..."): prose, not an item of a list.
bool refers_back(std::string_view line) {
  static const std::unordered_set<std::string> k_back = {"de",    "den", "dette", "disse",
                                                         "denne", "dei", "desse"};
  return k_back.count(fold_case(line.substr(0, line.find(' ')))) > 0;
}

// The end of a run of one-line blocks right below a caption, one under the other
// without blank lines, each starting with a capital and none referring back ("De
// beskrives ..."): a list without markers in a document without wraps. i: none.
std::size_t Segmenter::caption_run(std::size_t i) const {
  const std::vector<Unit>& units = *m_units;
  std::size_t end = i;
  while (end < units.size()) {
    const Unit& u = units[end];
    if ((u.type != Unit::Type::paragraph && u.type != Unit::Type::bold) || u.first != u.last ||
        (end > i && u.gap_before && !u.broken) || !starts_capital(u.text) || u.text.ends_with(':') ||
        parse_plan_prefix(u.text) || caption_kind(u.text) || u.text.find(' ') == std::string::npos ||
        ends_with_stop(u.text) != ends_with_stop(units[i].text))
      break;  // ("Strategier", "Status" or prose end the list)
    if (end > i && refers_back(u.text)) return i;
    ++end;
  }
  return end - i >= 2 ? end : i;
}

// The lines of a paragraph right below a caption ("Delmål:" / "Det bygges boliger ..."
// / "Innbyggerne har ..."), as items of the kind the caption names, when they make a
// list without markers: two or more lines, each starting with a capital (not a word
// that refers back, "De", "Dette"), all ending with a stop or none. A wrapped paragraph
// has lines that go on in lower case.
bool Segmenter::caption_lines(const Unit& u) {
  if (u.first == u.last) return false;
  const auto line_text = [&](std::size_t k) { return trim(m_lines[k].text); };
  const bool stops = ends_with_stop(line_text(u.first));
  // Prose that introduces the list refers back ("Kommunen har valgt tre strategier." /
  // "De beskrives nærmere i handlingsdelen."): a line that starts so is no item.
  for (std::size_t k = u.first + 1; k <= u.last; ++k)
    if (refers_back(line_text(k))) return false;
  for (std::size_t k = u.first; k <= u.last; ++k)
    if (!starts_capital(line_text(k)) || ends_with_stop(line_text(k)) != stops) return false;
  for (std::size_t k = u.first; k <= u.last; ++k) {
    Unit line = u;
    line.first = line.last = k;
    line.byte_begin = line.byte_end = std::string_view::npos;
    plan_record(line, *m_list_kind, {}, clean_text(line_text(k)), k_deepest);
  }
  return true;
}

// 1 for a goal, 2 a subgoal, 3 a strategy.
int plan_depth(Kind kind) { return kind == Kind::goal ? 1 : kind == Kind::subgoal ? 2 : 3; }

// True when a bare-numbered line ("2.1 Levende lokalsamfunn", a subgoal by its depth)
// stands right above a labelled row of its own kind or a broader one ("Hovedmål 1:
// ..."), whose number does not come after its own (none, an ancestor's: "2" after
// "2.2", or an earlier one: "1" after "2.1"): a section's title, short and without a
// stop, since no goal is under a subgoal. A strategy "1.1.3 ..." above "Mål 1.2: ..."
// ends its subgoal's list.
bool Segmenter::titles_labelled_rows(std::size_t i, Kind kind) const {
  const Unit& u = (*m_units)[i];
  if (i + 1 >= m_units->size() || ends_with_stop(u.text) ||
      count_code_points(u.text) > k_max_plain_heading / 2)
    return false;
  const Unit& next = (*m_units)[i + 1];
  if (next.type == Unit::Type::item || next.type == Unit::Type::table) return false;
  const std::optional<PlanPrefix> below = parse_plan_prefix(next.text);
  if (!below || !below->labelled || plan_depth(below->kind) > plan_depth(kind)) return false;
  const std::optional<PlanPrefix> self = parse_plan_prefix(u.text);
  if (below->code.empty() || !self) return false;  // "1.2 ..." above "Hovedmål: ...": a row
  const std::string& up = below->code;
  const std::string& own = self->code;
  if (own.size() > up.size() && own.compare(0, up.size(), up) == 0 && own[up.size()] == '.') return true;
  // A goal numbered below it ("3.1 Et inkluderende samfunn" / "Samfunnsmål 3.1.1 ..."):
  // the section's title, whose number the goal's carries on.
  if (up.size() > own.size() && up.compare(0, own.size(), own) == 0 && up[own.size()] == '.') return true;
  const auto first_number = [](const std::string& code) {
    std::size_t n = 0;
    int value = 0;
    while (n < code.size() && n < 3 && code[n] >= '0' && code[n] <= '9')
      value = value * 10 + (code[n++] - '0');
    return n == 0 ? -1 : value;
  };
  const int a = first_number(up);
  const int b = first_number(own);
  return a >= 0 && b >= 0 && a < b;
}

// In a plan, a list item that is a goal, subgoal or strategy: labelled or coded, in a
// list a caption named, or in a list under a goal or subgoal given as a heading or
// paragraph. Nested items are one kind below the item they are nested in.
bool Segmenter::plan_item(Unit& u) {
  const std::size_t indent = indentation(m_lines[u.first].text);
  while (!m_plan_items.empty() && m_plan_items.back().first >= indent) m_plan_items.pop_back();
  std::optional<Kind> kind;
  std::string code;
  std::string text;
  if (const std::optional<PlanPrefix> p = parse_plan_prefix(u.text)) {
    kind = p->kind;
    code = p->code;
    text = std::string(p->rest);
  } else if (!m_plan_items.empty()) {
    kind = plan_kind_below(m_plan_items.back().second);
  } else if (m_list_kind) {
    kind = m_list_kind;
  } else if (m_plan_open) {
    // The items of one list under a goal or subgoal are of one kind: the list's first
    // item decides for the rest.
    kind = !m_subgoal_id.empty() ? Kind::strategy : Kind::subgoal;
    m_list_kind = kind;
  }
  if (!kind) return false;
  if (text.empty()) text = std::move(u.text);
  plan_record(u, *kind, std::move(code), std::move(text), k_deepest);
  m_plan_items.emplace_back(indent, *kind);
  return true;
}

// The text of a table row's cell in column t, with the lines its text wrapped onto:
// the rows right below (no blank line between) whose cell in column c (the code's) is
// empty and whose cell in column t goes on a text without a stop, in lower case
// ("Færre dør for tidlig av ikke-smittsomme" / "<TAB>sykdommer."). Those cells are
// marked used; last becomes the last row's line.
std::string Segmenter::cell_text(std::size_t row, std::size_t c, std::size_t t, std::string_view cell,
                                 std::size_t& last) {
  std::string text = clean_text(cell);
  const std::vector<Unit>& units = *m_units;
  for (std::size_t j = row + 1; j < units.size() && units[j].type == Unit::Type::table &&
                                units[j].first == units[j - 1].last + 1 && !ends_with_stop(text);
       ++j) {
    const std::vector<std::string_view> cells = split_cells(units[j].raw);
    if (t >= cells.size() || cells[t].empty() || (c != t && !cells[c].empty()) ||
        !starts_lowercase(cells[t]) || m_used_cells.count({j, t}))
      break;
    // The row's other cells are empty: a row of its own has its code, goal or owner.
    bool alone = true;
    for (std::size_t k = 0; k < cells.size(); ++k) alone = alone && (k == t || cells[k].empty());
    if (!alone) break;
    append_clean(text, cells[t]);
    m_used_cells.insert({j, t});
    last = units[j].last;
  }
  return text;
}

// A program's table whose header names a column of pledges ("Vi vil | Hvorfor", "KrF
// vil:"): the header cell is a lead, that column's cells below it bullets, and the row's
// other cells a paragraph. True when the row was read so.
bool Segmenter::pledge_table_row(const Unit& u, const std::vector<std::string_view>& cells) {
  const auto row = static_cast<std::size_t>(&u - m_units->data());
  const bool first = row == 0 || (*m_units)[row - 1].type != Unit::Type::table;
  if (first) {
    m_pledge_column.reset();
    // The header: the first row, with a rule row below it (pipes) or its table's rows.
    if (row + 1 >= m_units->size() || (*m_units)[row + 1].type != Unit::Type::table) return false;
    for (std::size_t k = 0; k < cells.size(); ++k) {
      const std::string_view cell = cells[k];
      if (cell.empty() || count_code_points(cell) > k_max_column_name || !says_will(cell) ||
          (ends_with_stop(cell) && cell.back() != ':'))
        continue;
      Unit lead_in = u;
      lead_in.text = clean_text(cell);
      lead(lead_in);
      m_pledge_column = k;
      break;
    }
    return m_pledge_column.has_value();
  }
  if (!m_pledge_column) return false;
  const std::size_t k = *m_pledge_column;
  Unit rest = u;
  rest.text.clear();
  for (std::size_t c = 0; c < cells.size(); ++c)
    if (c != k) append_clean(rest.text, cells[c]);
  if (k < cells.size() && !cells[k].empty()) {
    Record& r = emit(Kind::bullet, u, clean_text(cells[k]));
    r.parent = m_lead_id;
    r.actor = m_lead_actor;
  }
  rest.text = strip_inline_markup(rest.text);
  if (!rest.text.empty()) paragraph(rest);
  return true;
}

void Segmenter::table_row(Unit& u) {
  const auto at = static_cast<std::size_t>(&u - m_units->data());
  // A pledge table's rows stay under its lead.
  if (!m_pledge_column || at == 0 || (*m_units)[at - 1].type != Unit::Type::table) close_lead();
  std::vector<std::string_view> cells = split_cells(u.raw);
  if (parse_table_header(cells, m_layout)) return;                    // column names: markup, not a record
  if (cells.size() < m_layout.size()) cells.resize(m_layout.size());  // a short row: empty cells
  const auto row = static_cast<std::size_t>(&u - m_units->data());
  bool emitted = false;
  for (std::size_t k = 0; k < cells.size(); ++k)
    if (m_used_cells.count({row, k})) {
      cells[k] = {};  // the wrapped end of a cell above
      emitted = true;
    }
  for (std::size_t c = 0; c < cells.size() && c < m_layout.size(); ++c) {
    const bool ref_then_text =
        (m_layout[c].role == Column::Role::ref || m_layout[c].role == Column::Role::number) &&
        c + 1 < m_layout.size() && m_layout[c + 1].role == Column::Role::text;
    const std::size_t t = ref_then_text ? c + 1 : c;
    if (m_layout[t].role != Column::Role::text || (cells[c].empty() && cells[t].empty())) continue;
    if (cells[t].empty()) {
      m_warnings.push_back({m_doc.path, u.first + 1,
                            "reference code '" + std::string(cells[c]) + "' without a text, skipped"});
      emitted = true;
      c = t;
      continue;
    }
    const Kind kind = m_layout[t].kind;
    Refs refs;
    std::string err;
    if (ref_then_text && m_layout[c].role == Column::Role::number)
      refs.raw = clean_text(cells[c]);
    else if (ref_then_text && !parse_refs(cells[c], refs, err))
      m_warnings.push_back({m_doc.path, u.first + 1, err});
    for (std::size_t k = 0; k < cells.size() && k < m_layout.size(); ++k)
      if (m_layout[k].role == Column::Role::sdg && !cells[k].empty())
        find_sdg_mention("SDG " + std::string(cells[k]), refs);
    std::string parent = kind == Kind::goal      ? heading_id()
                         : kind == Kind::subgoal ? (m_goal_id.empty() ? heading_id() : m_goal_id)
                         : !m_subgoal_id.empty() ? m_subgoal_id
                         : !m_goal_id.empty()    ? m_goal_id
                                                 : heading_id();
    // A row numbered "1.1.2" belongs to the row numbered "1.1", when there is one.
    const std::string code = refs.raw;
    if (const std::size_t dot = code.rfind('.');
        ref_then_text && m_layout[c].role == Column::Role::number && dot != std::string::npos) {
      const auto up = m_numbered_rows.find(code.substr(0, dot));
      if (up != m_numbered_rows.end()) parent = up->second;
    }
    Unit wrapped = u;  // the row, and the lines its cell's text wrapped onto
    std::string text = cell_text(row, c, t, cells[t], wrapped.last);
    if (wrapped.last != u.last) wrapped.byte_end = std::string_view::npos;
    Record& r = emit(kind, wrapped, std::move(text));
    r.refs = std::move(refs);
    r.parent = std::move(parent);
    if (ref_then_text && m_layout[c].role == Column::Role::number && !code.empty())
      m_numbered_rows[code] = r.id;
    if (kind == Kind::goal) {
      m_goal_id = r.id;
      m_goal_level = k_deepest;
      m_subgoal_id.clear();
    } else if (kind == Kind::subgoal) {
      m_subgoal_id = r.id;
      m_subgoal_level = k_deepest;
    }
    m_plan_open = false;
    emitted = true;
    c = t;
  }
  if (!emitted && m_layout.empty() && pledge_table_row(u, cells)) return;
  if (!emitted) {
    // A tab row outside a known table: keep its text as a paragraph (pledges and all).
    Unit para = u;
    para.text.clear();
    for (std::string_view cell : cells) append_clean(para.text, cell);
    para.text = strip_inline_markup(para.text);
    if (!para.text.empty()) paragraph(para);
  }
}

void Segmenter::run(std::vector<Unit>& units) {
  m_units = &units;
  for (std::size_t i = 0; i < units.size(); ++i) {
    if (units[i].type == Unit::Type::heading) m_markdown = true;
    if (units[i].type == Unit::Type::toc) {
      m_toc_end = i + 1;
      m_toc_titles.insert(normalize_key(units[i].text));
      // "1. Skole og oppvekst" lists the numbered heading whose text is "Skole og oppvekst".
      const std::string& t = units[i].text;
      std::size_t k = 0;
      while (k < t.size() && k < 3 && t[k] >= '0' && t[k] <= '9') ++k;
      if (k > 0 && k + 1 < t.size() && t[k] == '.' && t[k + 1] == ' ')
        m_toc_titles.insert(normalize_key(std::string_view(t).substr(k + 2)));
    }
  }
  m_plan = is_plan(units);
  {
    // Lone short lines, by key: a title that comes back, each time right below a title
    // of its own ("Satsingsområde A" / "Målbilde", "Satsingsområde B" / "Målbilde"), is
    // a part of each section. ("Skole" twice in one section is not.)
    std::unordered_map<std::string, std::vector<std::size_t>> titles;
    std::vector<std::string> keys(units.size());
    for (std::size_t i = 0; i < units.size(); ++i) {
      const Unit& u = units[i];
      if ((u.type == Unit::Type::paragraph || u.type == Unit::Type::bold) && u.first == u.last &&
          u.gap_before && u.gap_after && count_code_points(u.text) <= k_max_plain_heading / 2 &&
          !ends_with_stop(u.text)) {
        keys[i] = normalize_key(u.text);
        titles[keys[i]].push_back(i);
      }
    }
    for (const auto& [key, at] : titles) {
      if (at.size() < 2) continue;
      const bool below_own = std::all_of(at.begin(), at.end(), [&](std::size_t i) {
        return i > 0 && !keys[i - 1].empty() && titles[keys[i - 1]].size() == 1;
      });
      if (below_own) m_repeated_titles.insert(key);
    }
  }
  if (m_doc.meta && !m_doc.meta->author.empty()) m_actors.push_back(m_doc.meta->author);
  // Without a manifest's author, a first line that names a national party ("Berg KrF",
  // "Valprogram for Vallvik Senterparti") says whose the program is: another party's
  // intention is then told from the start, not from the first lead-in on.
  if (m_actors.empty() && !units.empty() && units[0].type != Unit::Type::item &&
      count_code_points(units[0].text) <= k_max_plain_heading && !party_id(units[0].text).empty()) {
    m_actors.push_back(units[0].text);
    // It is the actor of the pledges no lead-in names ("Vi vil:").
    if (std::string name = title_party(units[0].text); !name.empty()) m_fallback_actor = std::move(name);
  }
  if (m_doc.meta && !m_doc.meta->author.empty()) m_fallback_actor = m_doc.meta->author;
  for (std::size_t i = 0; i < units.size(); ++i) {
    Unit& u = units[i];
    if (u.type == Unit::Type::heading && count_code_points(u.text) > k_max_heading)
      u.type = Unit::Type::paragraph;
    // A lone line after a decorative sign, between blank lines, with no list around it and
    // no lead-in above ("➔ Helse", "★" over a slogan) is a title or text, not an item.
    if (u.type == Unit::Type::item && !u.numbered && is_decoration(u.marker) && u.gap_before && u.gap_after &&
        u.first == u.last && (i == 0 || units[i - 1].type != Unit::Type::item) &&
        (i + 1 == units.size() || units[i + 1].type != Unit::Type::item) &&
        !(i > 0 && is_lead_in(units[i - 1].text, true)))
      u.type = Unit::Type::paragraph;
    const bool before_items = i + 1 < units.size() && units[i + 1].type == Unit::Type::item;
    const bool text_unit =
        u.type == Unit::Type::heading || u.type == Unit::Type::paragraph || u.type == Unit::Type::bold;
    if (m_plan && text_unit && sdg_line(u)) continue;
    if (m_plan && u.type == Unit::Type::paragraph && m_list_kind && m_caption_unit + 1 == i &&
        caption_lines(u))
      continue;
    // So is each line of such a list in a document without wraps, where every line is a
    // block of its own, right below the caption.
    if (m_plan && m_list_kind && m_caption_unit + 1 == i) {
      if (const std::size_t end = caption_run(i); end > i) {
        for (std::size_t k = i; k < end; ++k)
          plan_record(units[k], *m_list_kind, {}, std::move(units[k].text), k_deepest);
        i = end - 1;
        continue;
      }
    }
    if (m_plan && text_unit && count_code_points(u.text) <= k_max_plain_heading * 4 && plan_unit(i)) continue;
    // A numbered line alone between blank lines right above a labelled goal ("2. Oppvekst"
    // / "Hovedmål 2: ...") or that the table of contents lists is the section the goal
    // opens, not the next row of the list above it.
    if (m_plan && u.type == Unit::Type::item && u.numbered && u.first == u.last && u.gap_before &&
        u.gap_after && i + 1 < units.size() && units[i + 1].type != Unit::Type::item &&
        starts_capital(u.text) && !ends_with_stop(u.text) &&
        count_code_points(u.text) <= k_max_plain_heading / 2) {
      const std::optional<PlanPrefix> below = parse_plan_prefix(units[i + 1].text);
      if ((below && below->labelled && below->kind == Kind::goal) ||
          m_toc_titles.count(normalize_key(u.text))) {
        m_plan_items.clear();
        m_numbered_heading = u.number;
        heading(u, plain_heading_level(u), false);
        continue;
      }
    }
    if (m_plan && u.type == Unit::Type::item && plan_item(u)) continue;
    if (u.type != Unit::Type::item) {
      m_plan_items.clear();
      m_items.clear();
    }
    if ((u.type == Unit::Type::heading || u.type == Unit::Type::paragraph || u.type == Unit::Type::bold) &&
        is_lead_in(u.text, before_items)) {
      if (u.type == Unit::Type::paragraph) split_lead(u, before_items);
      lead(u);
      continue;
    }
    switch (u.type) {
      case Unit::Type::heading:
        heading(u, u.level, true);
        break;
      case Unit::Type::toc: {
        close_lead();
        const bool first_row = i == 0 || units[i - 1].type != Unit::Type::toc;
        if (first_row && !u.linked && is_toc_title(u)) {
          m_toc_titles.erase(normalize_key(u.text));
          m_toc_title_id = emit(Kind::paragraph, u, std::move(u.text)).id;
          break;
        }
        if (first_row) m_toc_title_id.clear();
        Record& r = emit(Kind::toc, u, std::move(u.text));
        if (!u.linked || u.number > 0) r.page = u.number;
        if (!m_toc_title_id.empty()) r.parent = m_toc_title_id;
        break;
      }
      case Unit::Type::table:
        table_row(u);
        break;
      case Unit::Type::item: {
        if (is_numbered_heading(i)) {
          m_numbered_heading = u.number;
          heading(u, plain_heading_level(u), false);
          break;
        }
        const std::size_t indent = indentation(m_lines[u.first].text);
        while (!m_items.empty() && m_items.back().first >= indent) m_items.pop_back();
        // An item that is a lead-in of the items nested under it ("- Innen kultur vil
        // vi:" / "  - bygge nytt bibliotek") is a lead, theirs.
        const bool sub_lead = !u.text.empty() && u.text.back() == ':' && names_who_will(u.text) &&
                              i + 1 < units.size() && units[i + 1].type == Unit::Type::item &&
                              indentation(m_lines[units[i + 1].first].text) > indent;
        Record& r = emit(sub_lead ? Kind::lead : Kind::bullet, u, std::move(u.text));
        if (u.numbered) r.number = u.number;
        const bool nested = !m_items.empty();  // indented under an item of its list
        if (nested) r.parent = m_items.back().second;
        m_items.emplace_back(indent, r.id);
        if (!m_lead_id.empty()) {
          if (!nested) r.parent = m_lead_id;
          r.actor = m_lead_actor;
        } else if (m_last_actor) {
          r.actor = m_last_actor;
        } else if (m_fallback_actor) {
          r.actor = m_fallback_actor;
        }
        break;
      }
      case Unit::Type::paragraph:
      case Unit::Type::bold:
        if (is_plain_heading(i)) {
          heading(u, plain_heading_level(u), false);
        } else {
          close_lead();
          if (!u.text.empty()) paragraph(u);
        }
        break;
    }
  }
}

// The encoding of text in UTF-16 or UTF-32, by its byte order mark, or (without one)
// by NUL bytes on every other byte of mostly ASCII text: "UTF-16LE", "UTF-32BE", ...
// Empty for anything else.
std::string_view wide_encoding(std::string_view bytes) {
  const auto starts = [&](std::string_view mark) { return bytes.substr(0, mark.size()) == mark; };
  if (starts(std::string_view("\xFF\xFE\0\0", 4))) return "UTF-32LE";
  if (starts(std::string_view("\0\0\xFE\xFF", 4))) return "UTF-32BE";
  if (starts("\xFF\xFE")) return "UTF-16LE";
  if (starts("\xFE\xFF")) return "UTF-16BE";
  const std::size_t n = std::min<std::size_t>(bytes.size(), 4096) & ~std::size_t{1};
  if (n < 4) return {};
  std::size_t even = 0;
  std::size_t odd = 0;
  for (std::size_t i = 0; i < n; i += 2) {
    even += bytes[i] == '\0';
    odd += bytes[i + 1] == '\0';
  }
  const std::size_t pairs = n / 2;
  if (odd * 10 >= pairs * 6 && even * 10 <= pairs) return "UTF-16LE";  // "H\0e\0"
  if (even * 10 >= pairs * 6 && odd * 10 <= pairs) return "UTF-16BE";  // "\0H\0e"
  return {};
}

// True when bytes hold characters above ASCII, all of them Latin-1 letters and signs
// (0xA0 to 0xFF: "bl\xE5", "\xABSm\xE5\xBB"), and not one well-formed UTF-8 sequence:
// text in a single-byte encoding such as Latin-1 or Windows-1252, not damaged UTF-8.
bool looks_single_byte(std::string_view bytes) {
  bool high = false;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    const auto c = static_cast<unsigned char>(bytes[i]);
    if (c < 0x80) continue;
    if (c < 0xA0) return false;  // a continuation byte alone, or a C1 control
    high = true;
    const std::size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
    if (n == 0 || i + n > bytes.size()) continue;
    std::size_t k = 1;
    while (k < n && (static_cast<unsigned char>(bytes[i + k]) & 0xC0) == 0x80) ++k;
    if (k == n) return false;  // well-formed UTF-8 next to the damage
  }
  return high;
}

// True when the first lines with text are each one JSON object ("{...}"): records,
// most likely vil's own output given back to extract.
bool is_json_lines(const std::vector<Line>& lines) {
  constexpr std::size_t k_lines_looked_at = 5;
  std::size_t objects = 0;
  for (const Line& line : lines) {
    const std::string_view t = trim(line.text);
    if (t.empty()) continue;
    if (t.size() < 2 || t.front() != '{' || t.back() != '}' || t[1] != '"') return false;
    if (++objects == k_lines_looked_at) break;
  }
  return objects > 0;
}

}  // namespace

SegmentResult segment(const Document& doc, const SegmentOptions& options, std::vector<Record>& out) {
  SegmentResult result;
  std::string_view bytes = doc.bytes;
  const auto fail = [&](SegmentStatus status, std::size_t line, std::string message) {
    result.status = status;
    result.error = {doc.path, line, std::move(message)};
    return result;
  };
  if (const void* nul = std::memchr(bytes.data(), 0, bytes.size())) {
    const std::size_t at = static_cast<std::size_t>(static_cast<const char*>(nul) - bytes.data());
    const std::string_view encoding = wide_encoding(bytes);
    if (!encoding.empty())
      return fail(SegmentStatus::error, 1,
                  std::string(encoding.substr(0, 6)) +
                      " text is not supported; convert it to UTF-8 first (iconv -f " + std::string(encoding) +
                      " -t UTF-8)");
    return fail(SegmentStatus::binary, line_of(bytes, at),
                "binary file (NUL byte at byte " + std::to_string(at) + "), skipped");
  }
  std::size_t base = 0;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") base = 3;  // UTF-8 byte order mark
  const std::size_t bad = find_invalid_utf8(bytes);
  if (bad != std::string_view::npos) {
    std::string where = "invalid UTF-8 at byte " + std::to_string(bad);
    if (looks_single_byte(bytes))
      where +=
          " (the file looks like Latin-1 or Windows-1252 text; convert it first: iconv -f WINDOWS-1252 -t "
          "UTF-8)";
    if (!options.lossy) return fail(SegmentStatus::error, line_of(bytes, bad), where);
    result.warnings.push_back({doc.path, line_of(bytes, bad), where + "; replaced with U+FFFD"});
  }
  std::vector<Line> lines = split_lines(bytes.substr(base), base);
  if (is_json_lines(lines))
    return fail(
        SegmentStatus::error, 1,
        "JSON Lines, not a document: extract reads text; give records to grep, tag, stats, diff or match");
  std::deque<std::string> repaired;  // stable storage for lines fixed under --lossy
  for (Line& line : lines) {
    if (bad != std::string_view::npos && find_invalid_utf8(line.text) != std::string_view::npos) {
      repaired.push_back(repair_utf8(line.text));
      line.text = repaired.back();
    }
    line.cls = classify_line(line.text);
  }
  blank_markup_blocks(lines);
  drop_running_lines(lines);
  mark_spaced_contents(lines);
  mark_unpaged_contents(lines);
  join_lone_markers(lines);
  std::vector<Unit> units = build_units(lines);
  join_page_breaks(units);
  mark_unmarked_lists(units);
  strip_markup(units);
  Segmenter(doc, lines, out, result.warnings).run(units);
  return result;
}

}  // namespace vil

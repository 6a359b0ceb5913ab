#include "vil/markup.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include "vil/text.hpp"
#include "vil/utf8.hpp"

namespace vil {
namespace {

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ascii_alnum(char c) { return is_ascii_letter(c) || (c >= '0' && c <= '9'); }
bool is_ascii_punct(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
}

// Longest link target, tag or attribute block looked at: keeps hostile input linear.
constexpr std::size_t k_max_markup = 2048;

// The end (past ')') of a link target starting at s[open] == '(', or npos: no space
// before an optional quoted title, no line break, no nested '('.
std::size_t target_end(std::string_view s, std::size_t open) {
  const std::size_t limit = std::min(s.size(), open + k_max_markup);
  for (std::size_t i = open + 1; i < limit; ++i) {
    if (s[i] == ')') return i + 1;
    if (s[i] == '(' || s[i] == '\n') return std::string_view::npos;
  }
  return std::string_view::npos;
}

// The end (past '}') of an attribute block starting at s[open] == '{' whose content
// starts like pandoc attributes ('#', '.', '-' or key=value), or npos.
std::size_t attributes_end(std::string_view s, std::size_t open) {
  if (open + 1 >= s.size()) return std::string_view::npos;
  const char first = s[open + 1];
  const std::size_t limit = std::min(s.size(), open + k_max_markup);
  bool has_equals = false;
  for (std::size_t i = open + 1; i < limit; ++i) {
    if (s[i] == '}') {
      if (first == '#' || first == '.' || first == '-' || has_equals) return i + 1;
      return std::string_view::npos;
    }
    if (s[i] == '{') return std::string_view::npos;
    has_equals = has_equals || s[i] == '=';
  }
  return std::string_view::npos;
}

// The end (past '>') of an HTML tag at s[open] == '<' ("<b>", "</span>", "<br/>",
// "<span class=x>"), or npos.
std::size_t tag_end(std::string_view s, std::size_t open) {
  std::size_t i = open + 1;
  if (i < s.size() && s[i] == '/') ++i;
  if (i >= s.size() || !is_ascii_letter(s[i])) return std::string_view::npos;
  while (i < s.size() && (is_ascii_alnum(s[i]) || s[i] == '-')) ++i;
  if (i < s.size() && s[i] != '>' && s[i] != ' ' && s[i] != '/') return std::string_view::npos;
  const std::size_t limit = std::min(s.size(), open + k_max_markup);
  for (; i < limit; ++i) {
    if (s[i] == '>') return i + 1;
    if (s[i] == '<') return std::string_view::npos;
  }
  return std::string_view::npos;
}

// True for a tag that breaks the line or the block ("<br>", "</p>", "<li>"): words on
// either side of it are two.
bool breaks_line(std::string_view tag) {
  std::size_t i = 1;
  if (i < tag.size() && tag[i] == '/') ++i;
  std::size_t end = i;
  while (end < tag.size() && is_ascii_alnum(tag[end])) ++end;
  std::string name(tag.substr(i, end - i));
  for (char& c : name) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  static constexpr std::string_view k_breaking[] = {"br", "p",  "div", "li", "ul", "ol", "tr", "td",
                                                    "th", "h1", "h2",  "h3", "h4", "h5", "h6", "hr"};
  return std::find(std::begin(k_breaking), std::end(k_breaking), name) != std::end(k_breaking);
}

// The character an HTML entity at s[at] == '&' names ("&nbsp;", "&laquo;", "&#8211;"), as
// UTF-8, and its length; empty when it is none known.
std::string_view html_entity(std::string_view s, std::size_t at, std::size_t& length) {
  static constexpr std::pair<std::string_view, std::string_view> k_entities[] = {
      {"&nbsp;", " "},        {"&amp;", "&"},        {"&quot;", "\""},       {"&apos;", "'"},
      {"&lt;", "<"},          {"&gt;", ">"},         {"&laquo;", "\u00AB"},  {"&raquo;", "\u00BB"},
      {"&ndash;", "\u2013"},  {"&mdash;", "\u2014"}, {"&hellip;", "\u2026"}, {"&aelig;", "\u00E6"},
      {"&oslash;", "\u00F8"}, {"&aring;", "\u00E5"}, {"&AElig;", "\u00C6"},  {"&Oslash;", "\u00D8"},
      {"&Aring;", "\u00C5"},  {"&shy;", "\u00AD"},   {"&rsquo;", "\u2019"},  {"&ldquo;", "\u201C"},
      {"&rdquo;", "\u201D"},  {"&eacute;", "\u00E9"}};
  for (const auto& [name, value] : k_entities)
    if (s.compare(at, name.size(), name) == 0) {
      length = name.size();
      return value;
    }
  // A numeric one: "&#229;", "&#xE5;" (a letter or sign, not a control).
  thread_local std::string numeric;
  std::size_t i = at + 1;
  if (i >= s.size() || s[i] != '#') return {};
  ++i;
  const bool hex = i < s.size() && (s[i] == 'x' || s[i] == 'X');
  if (hex) ++i;
  char32_t cp = 0;
  std::size_t digits = 0;
  for (; i < s.size() && digits < 7; ++i, ++digits) {
    const char c = s[i];
    const int d = c >= '0' && c <= '9'          ? c - '0'
                  : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                  : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                : -1;
    if (d < 0) break;
    cp = cp * (hex ? 16 : 10) + static_cast<char32_t>(d);
  }
  if (digits == 0 || i >= s.size() || s[i] != ';' || cp < 0x20 || cp > 0x10FFFF ||
      (cp >= 0xD800 && cp <= 0xDFFF) || (cp >= 0x7F && cp < 0xA0))
    return {};
  numeric.clear();
  append_utf8(numeric, cp);
  length = i + 1 - at;
  return numeric;
}

// The end (past '>') of an autolink "<https://...>" or "<mailto:...>", or npos.
std::size_t autolink_end(std::string_view s, std::size_t open) {
  const std::string_view rest = s.substr(open + 1);
  if (rest.rfind("http://", 0) != 0 && rest.rfind("https://", 0) != 0 && rest.rfind("mailto:", 0) != 0)
    return std::string_view::npos;
  const std::size_t limit = std::min(s.size(), open + k_max_markup);
  for (std::size_t i = open + 1; i < limit; ++i) {
    if (s[i] == '>') return i + 1;
    if (s[i] == ' ' || s[i] == '<') return std::string_view::npos;
  }
  return std::string_view::npos;
}

// Text with, for each byte, whether it is a literal (an escaped character, never
// markup).
struct Marked {
  std::string text;
  std::vector<bool> literal;
};

// First pass: links, images, footnote references, tags, comments, escapes.
Marked strip_structures(std::string_view s) {
  Marked marked;
  std::string& out = marked.text;
  out.reserve(s.size());
  bool comment_closer_ahead = true;  // false once a search for "-->" failed
  std::size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    if (c == '\\' && i + 1 < s.size() && is_ascii_punct(s[i + 1]) && s[i + 1] != '\\') {
      marked.literal.resize(out.size() + 1, false);
      marked.literal.back() = true;
      out.push_back(s[i + 1]);
      i += 2;
      continue;
    }
    if (c == '<') {
      if (comment_closer_ahead && s.compare(i, 4, "<!--") == 0) {
        const std::size_t close = s.find("-->", i + 4);
        if (close != std::string_view::npos) {
          out.push_back(' ');
          i = close + 3;
          continue;
        }
        comment_closer_ahead = false;
      }
      if (std::size_t end = autolink_end(s, i); end != std::string_view::npos) {
        out.append(s.substr(i + 1, end - i - 2));
        i = end;
        continue;
      }
      if (std::size_t end = tag_end(s, i); end != std::string_view::npos) {
        if (breaks_line(s.substr(i, end - i))) out.push_back(' ');  // "helsesykepleiere<br>i skolen"
        i = end;
        continue;
      }
    }
    const bool image = c == '!' && i + 1 < s.size() && s[i + 1] == '[';
    if (c == '[' || image) {
      const std::size_t open = image ? i + 1 : i;
      std::size_t close = open + 1;
      while (close < s.size() && s[close] != ']' && s[close] != '[') ++close;
      if (close < s.size() && s[close] == ']') {
        const std::string_view label = s.substr(open + 1, close - open - 1);
        std::size_t end = std::string_view::npos;
        if (close + 1 < s.size() && s[close + 1] == '(')
          end = target_end(s, close + 1);
        else if (close + 1 < s.size() && s[close + 1] == '{')
          end = attributes_end(s, close + 1);
        if (end != std::string_view::npos) {
          if (end < s.size() && s[end] == '{') {  // ![alt](file){width=50%}
            const std::size_t attrs = attributes_end(s, end);
            if (attrs != std::string_view::npos) end = attrs;
          }
          if (!image) out.append(label);
          i = end;
          continue;
        }
        if (!image && !label.empty() && label[0] == '^') {  // [^1]: a footnote reference
          i = close + 1;
          continue;
        }
      }
    }
    out.push_back(c);
    ++i;
  }
  marked.literal.resize(out.size(), false);
  return marked;
}

// A delimiter run of one emphasis marker ('*' or '_', one or two long).
struct Delimiter {
  std::size_t at;
  std::size_t length;
};

// Second pass: removes pairs of emphasis markers of one kind and length. A run can
// open when a non-space follows it and no letter or digit precedes it; it can close
// when a non-space precedes it and no letter or digit follows it.
void strip_emphasis(Marked& marked, char marker, std::size_t length) {
  const std::string& s = marked.text;
  std::vector<bool> drop(s.size(), false);
  std::vector<Delimiter> open;
  bool any = false;
  std::size_t i = 0;
  while (i < s.size()) {
    if (s[i] != marker || marked.literal[i]) {
      ++i;
      continue;
    }
    std::size_t run = i;
    while (run < s.size() && s[run] == marker && !marked.literal[run]) ++run;
    if (run - i == length) {
      const char before = i > 0 ? s[i - 1] : ' ';
      const char after = run < s.size() ? s[run] : ' ';
      const bool can_open =
          after != ' ' && !is_ascii_alnum(before) && static_cast<unsigned char>(before) < 0x80;
      const bool can_close =
          before != ' ' && !is_ascii_alnum(after) && static_cast<unsigned char>(after) < 0x80;
      if (can_close && !open.empty()) {
        const Delimiter d = open.back();
        open.pop_back();
        for (std::size_t k = 0; k < length; ++k) drop[d.at + k] = drop[i + k] = true;
        any = true;
      } else if (can_open) {
        open.push_back({i, length});
      }
    }
    i = run;
  }
  if (!any) return;
  Marked out;
  out.text.reserve(s.size());
  for (std::size_t k = 0; k < s.size(); ++k) {
    if (drop[k]) continue;
    out.text.push_back(s[k]);
    out.literal.push_back(marked.literal[k]);
  }
  marked = std::move(out);
}

}  // namespace

bool may_have_inline_markup(std::string_view text) {
  // Not find_first_of: it calls memchr over the set once for each byte of text.
  static constexpr std::array<bool, 256> k_opens = [] {
    std::array<bool, 256> table{};
    for (const unsigned char c : std::string_view("\\<[*_&")) table[c] = true;
    return table;
  }();
  for (const char c : text)
    if (k_opens[static_cast<unsigned char>(c)]) return true;
  return false;
}

std::string strip_inline_markup(std::string_view text) {
  if (!may_have_inline_markup(text)) return std::string(text);
  // HTML entities as their characters ("skolemat&nbsp;hver", "&laquo;grønne&raquo;").
  std::string decoded;
  if (text.find('&') != std::string_view::npos) {
    for (std::size_t i = 0; i < text.size();) {
      std::size_t length = 0;
      const std::string_view value = text[i] == '&' ? html_entity(text, i, length) : std::string_view();
      if (value.empty()) {
        decoded.push_back(text[i++]);
      } else {
        decoded.append(value);
        i += length;
      }
    }
    text = decoded;
  }
  Marked s = strip_structures(text);
  strip_emphasis(s, '*', 2);
  strip_emphasis(s, '_', 2);
  strip_emphasis(s, '*', 1);
  strip_emphasis(s, '_', 1);
  return clean_text(s.text);
}

std::string_view strip_heading_attributes(std::string_view heading) {
  heading = trim(heading);
  if (heading.empty() || heading.back() != '}') return heading;
  const std::size_t open = heading.rfind('{');
  if (open == std::string_view::npos || attributes_end(heading, open) != heading.size()) return heading;
  if (open > 0 && heading[open - 1] != ' ') return heading;
  return trim(heading.substr(0, open));
}

bool is_latex_line(std::string_view line) {
  const std::string_view t = trim(line);
  if (t.size() < 2 || t[0] != '\\' || !is_ascii_letter(t[1])) return false;
  std::size_t i = 0;
  while (i < t.size()) {
    if (t[i] == ' ') {
      ++i;
      continue;
    }
    if (t[i] != '\\') return false;
    ++i;
    const std::size_t name = i;
    while (i < t.size() && is_ascii_letter(t[i])) ++i;
    if (i == name) return false;
    // Arguments: [optional] and {required}, braces nested.
    while (i < t.size() && (t[i] == '[' || t[i] == '{')) {
      const char close = t[i] == '[' ? ']' : '}';
      int depth = 0;
      std::size_t j = i;
      for (; j < t.size(); ++j) {
        if (t[j] == t[i])
          ++depth;
        else if (t[j] == close && --depth == 0)
          break;
      }
      if (j >= t.size()) return false;
      i = j + 1;
    }
  }
  return true;
}

bool parse_link_line(std::string_view line, std::string_view& text, std::string_view& target) {
  const std::string_view t = trim(line);
  if (t.size() < 4 || t[0] != '[') return false;
  const std::size_t close = t.find("](");
  if (close == std::string_view::npos || t.back() != ')') return false;
  text = trim(t.substr(1, close - 1));
  target = t.substr(close + 2, t.size() - close - 3);
  if (text.empty() || text.find_first_of("[]") != std::string_view::npos) return false;
  return !target.empty() && target.find_first_of(" ()") == std::string_view::npos;
}

bool is_web_debris(std::string_view line) {
  static constexpr std::string_view k_chrome[] = {"meny",
                                                  "hovedmeny",
                                                  "hopp til hovedinnhold",
                                                  "hopp til innhold",
                                                  "gå til hovedinnhold",
                                                  "til hovedinnhold",
                                                  "les mer",
                                                  "les meir",
                                                  "hopp til hovudinnhald",
                                                  "hopp til innhald",
                                                  "les mer her",
                                                  "vis mer",
                                                  "vis flere",
                                                  "del",
                                                  "del siden",
                                                  "del denne siden",
                                                  "del artikkelen",
                                                  "del på facebook",
                                                  "del på x",
                                                  "del på twitter",
                                                  "del på linkedin",
                                                  "del på e-post",
                                                  "skriv ut",
                                                  "godta",
                                                  "godta alle",
                                                  "godta alle informasjonskapsler",
                                                  "avvis",
                                                  "avvis alle",
                                                  "tilbake til toppen",
                                                  "til toppen",
                                                  "søk",
                                                  "logg inn",
                                                  "bli medlem",
                                                  "skip to content",
                                                  "skip to main content",
                                                  "menu",
                                                  "read more",
                                                  "share",
                                                  "accept all"};
  const std::string_view trimmed = trim(line);
  if (trimmed.size() > 48) return false;  // longer than any chrome line: no folding
  std::string t = fold_case(trimmed);
  while (!t.empty() && std::string_view("›»>→.:").find(t.back()) != std::string_view::npos) t.pop_back();
  while (!t.empty() && t.back() == ' ') t.pop_back();
  if (t.size() > 40) return false;
  for (std::string_view c : k_chrome)
    if (t == c) return true;
  return false;
}

bool is_caption(std::string_view line) {
  static constexpr std::string_view k_words[] = {
      "foto", "fotograf", "fotos", "bilde", "bildet", "bildetekst", "tekst", "illustrasjon", "ill.", "ill",
      "kilde", "kilder", "grafikk", "photo", "photos", "image", "credit", "source",
      // nynorsk
      "kjelde", "kjelder", "bilete", "biletet", "teikning", "illustrasjonsfoto"};
  const std::string_view t = trim(line);
  const std::size_t colon = t.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 24) return false;
  // "Foto:", "Foto/ill.:", "Foto og tekst:"
  std::string head = fold_case(t.substr(0, colon));
  std::size_t start = 0;
  while (start < head.size()) {
    std::size_t end = head.find_first_of(" /", start);
    if (end == std::string::npos) end = head.size();
    const std::string_view word(head.data() + start, end - start);
    bool known = word == "og" || word == "and" || word == "&";
    for (std::string_view w : k_words) known = known || word == w;
    if (!known) return false;
    start = end + 1;
  }
  return true;
}

}  // namespace vil

#include "vil/text.hpp"

#include <utf8proc.h>

#include <array>
#include <cstdint>
#include <cstdlib>

#include "vil/utf8.hpp"
#include "word_bytes.hpp"

namespace vil {

bool is_space(char32_t cp) {
  switch (cp) {
    case ' ':
    case '\t':
    case '\n':
    case '\r':
    case '\v':
    case '\f':
    case 0x00A0:
    case 0x1680:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0xFEFF:
      return true;
    default:
      return cp >= 0x2000 && cp <= 0x200A;
  }
}

namespace {

// Length of the space at s[i] (0 when s[i] does not start a space as is_space
// defines it). Looks only at the bytes that can begin one.
std::size_t space_length(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return (c == ' ' || (c >= '\t' && c <= '\r')) ? 1 : 0;
  if (c != 0xC2 && c != 0xE1 && c != 0xE2 && c != 0xE3 && c != 0xEF) return 0;
  std::size_t j = i;
  const char32_t cp = next_code_point(s, j);
  return is_space(cp) ? j - i : 0;
}

// The bytes append_clean must look at: ASCII spaces, '*', and the lead bytes of the
// non-ASCII spaces.
constexpr std::array<bool, 256> k_special = [] {
  std::array<bool, 256> table{};
  for (unsigned char c : {' ', '\t', '\n', '\v', '\f', '\r', '*'}) table[c] = true;
  for (unsigned char c : {0xC2, 0xE1, 0xE2, 0xE3, 0xEF}) table[c] = true;
  return table;
}();

}  // namespace

void append_clean(std::string& out, std::string_view s) {
  bool pending_space = !out.empty();
  std::size_t i = 0;
  std::size_t run = 0;  // start of the bytes not yet copied
  const auto copy_run = [&](std::size_t upto) {
    if (upto == run) return;
    if (pending_space && !out.empty() && out.back() != ' ') out.push_back(' ');
    pending_space = false;
    out.append(s.substr(run, upto - run));
  };
  while (i < s.size()) {
    if (!k_special[static_cast<unsigned char>(s[i])]) {
      ++i;
      // Then eight bytes at a time up to the next that may be special: below '!' (the
      // ASCII spaces, and controls, which the table then passes), '*', or not ASCII
      // (the lead bytes of the other spaces, and letters such as æ, which it passes).
      i = word_bytes::skip_unflagged(s, i, [](std::uint64_t w) {
        return word_bytes::below_mask(w, '!') | word_bytes::byte_mask(w, '*') | (w & word_bytes::k_high_bits);
      });
      continue;
    }
    // One ASCII space between two non-spaces is kept as it is, inside the run.
    // (Not before '*': a "**" marker may cut the run right after the space.)
    if (s[i] == ' ' && i > run && i + 1 < s.size() && s[i + 1] != '*' && space_length(s, i + 1) == 0) {
      ++i;
      continue;
    }
    if (s[i] == '*') {
      if (i + 1 < s.size() && s[i + 1] == '*') {  // markdown bold marker
        copy_run(i);
        i += 2;
        run = i;
      } else {
        ++i;
      }
      continue;
    }
    const std::size_t n = space_length(s, i);
    if (n == 0) {
      // A soft hyphen is dropped (but at the end, where it marks a word wrapped there:
      // see append_wrapped); a Latin ligature (U+FB00..U+FB06: ﬁ, ﬂ, ...) is spelled out.
      const std::size_t left = s.size() - i;
      const auto b1 = left > 1 ? static_cast<unsigned char>(s[i + 1]) : 0;
      const auto b2 = left > 2 ? static_cast<unsigned char>(s[i + 2]) : 0;
      if (s[i] == '\xC2' && b1 == 0xAD && left > 2) {
        // A space the run kept before it is one between texts only if text follows.
        const bool space = i > run && s[i - 1] == ' ';
        copy_run(space ? i - 1 : i);
        pending_space = pending_space || space;
        i += 2;
        run = i;
      } else if (s[i] == '\xEF' && b1 == 0xAC && b2 >= 0x80 && b2 <= 0x86) {
        static constexpr std::array<std::string_view, 7> k_ligatures = {"ff",  "fi", "fl", "ffi",
                                                                        "ffl", "st", "st"};
        copy_run(i);
        if (pending_space && !out.empty() && out.back() != ' ') out.push_back(' ');
        pending_space = false;
        out += k_ligatures[b2 - 0x80];
        i += 3;
        run = i;
      } else {
        ++i;
      }
      continue;
    }
    copy_run(i);
    pending_space = true;
    i += n;
    run = i;
  }
  copy_run(s.size());
}

std::string clean_text(std::string_view s) {
  std::string out;
  append_clean(out, s);
  return out;
}

namespace {

// Runs utf8proc over s with the given options; s must be valid UTF-8.
std::string utf8proc_transform(std::string_view s, int options) {
  utf8proc_uint8_t* mapped = nullptr;
  const utf8proc_ssize_t n =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                   static_cast<utf8proc_ssize_t>(s.size()), &mapped, static_cast<utf8proc_option_t>(options));
  if (n < 0) return std::string(s);  // cannot happen for valid UTF-8; keep the text as is
  std::string out(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(n));
  std::free(mapped);
  return out;
}

}  // namespace

namespace {

// Folds s into out when every code point is one whose NFC form is itself and whose
// case folding is a plain shift: ASCII, Latin-1 (but ß and µ, which fold to two
// letters or to Greek) and general punctuation (U+2010..U+2027, U+2030..U+205E).
// False otherwise: utf8proc then does the full work. Norwegian text almost always
// takes this path. Appends s to out and folds the copy in place; on false, out is as
// it was.
bool fold_simple(std::string_view s, std::string& out) {
  const std::size_t start = out.size();
  out.append(s);
  const std::size_t n = out.size();
  for (std::size_t i = start; i < n; ++i) {
    // Eight bytes at a time: each of 'A'..'Z' gains 0x20, up to the first byte that
    // is not ASCII, which the code below reads.
    while (i + 8 <= n) {
      const std::uint64_t w = word_bytes::load(out.data() + i);
      word_bytes::store(out.data() + i, word_bytes::ascii_lower(w));
      if (word_bytes::has_high(w)) {
        i += word_bytes::first_high(w);
        break;
      }
      i += 8;
    }
    if (i >= n) break;
    const auto c = static_cast<unsigned char>(out[i]);
    if (c < 0x80) {
      if (c >= 'A' && c <= 'Z') out[i] = static_cast<char>(c + ('a' - 'A'));
      continue;
    }
    // The bytes after a lead byte, 0 where there are none; a byte that does not
    // continue the sequence (invalid UTF-8) sends the text to utf8proc, whatever the
    // eight-byte step above made of it.
    const auto c1 = i + 1 < n ? static_cast<unsigned char>(out[i + 1]) : 0;
    const auto c2 = i + 2 < n ? static_cast<unsigned char>(out[i + 2]) : 0;
    const bool c1_continues = c1 >= 0x80 && c1 <= 0xBF;
    const bool c2_continues = c2 >= 0x80 && c2 <= 0xBF;
    if (c == 0xC2 && c1_continues && c1 >= 0xA0 && c1 != 0xB5) {  // U+00A0..U+00BF but µ
      i += 1;
    } else if (c == 0xC3 && c1_continues && c1 != 0x9F) {                       // U+00C0..U+00FF but ß
      if (c1 <= 0x9E && c1 != 0x97) out[i + 1] = static_cast<char>(c1 + 0x20);  // À..Þ but ×
      i += 1;
    } else if (c == 0xE2 && c2_continues &&
               ((c1 == 0x80 && ((c2 >= 0x90 && c2 <= 0xA7) || c2 >= 0xB0)) || (c1 == 0x81 && c2 <= 0x9E))) {
      i += 2;
    } else {
      out.resize(start);
      return false;
    }
  }
  return true;
}

}  // namespace

std::string fold_case(std::string_view s) {
  std::string out;
  append_fold_case(out, s);
  return out;
}

void append_fold_case(std::string& out, std::string_view s) {
  if (!fold_simple(s, out))
    out += utf8proc_transform(s, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
}

std::string normalize_key(std::string_view s) {
  std::string spaced = clean_text(s);
  return fold_case(spaced);
}

bool starts_lowercase(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const char32_t cp = next_code_point(s, i);
    const utf8proc_category_t cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
    if (cat == UTF8PROC_CATEGORY_LL) return true;
    if (cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT || cat == UTF8PROC_CATEGORY_LO ||
        cat == UTF8PROC_CATEGORY_LM)
      return false;
  }
  return false;
}

bool has_letter(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const char32_t cp = next_code_point(s, i);
    const utf8proc_category_t cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
    if (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) return true;
  }
  return false;
}

namespace {

// The last character of s that is not a space, closing quote, bracket or bold marker:
// the one that says how a sentence ends ('slutt.»' -> '.').
char32_t final_char(std::string_view s) {
  s = trim(s);
  while (!s.empty()) {
    const char32_t cp = last_code_point(s);
    const bool closer = cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == '*' || cp == 0x00BB ||
                        cp == 0x201D || cp == 0x2019;
    if (!closer) break;
    std::string tmp;
    append_utf8(tmp, cp);
    s.remove_suffix(tmp.size());
  }
  return last_code_point(s);
}

}  // namespace

bool ends_with_stop(std::string_view s) {
  const char32_t cp = final_char(s);
  return cp == '.' || cp == '!' || cp == '?' || cp == ':' || cp == ';' || cp == ',' || cp == 0x2026;
}

bool ends_sentence(std::string_view s) {
  const char32_t cp = final_char(s);
  return cp == '.' || cp == '!' || cp == '?' || cp == ':' || cp == 0x2026;
}

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> cells;
  std::size_t start = 0;
  while (true) {
    const std::size_t tab = line.find('\t', start);
    cells.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return cells;
}

std::string_view trim(std::string_view s) {
  // ASCII ends (nearly every line) are decided here, a byte at a time.
  const auto ascii_space = [](unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
  while (!s.empty() && static_cast<unsigned char>(s.front()) < 0x80 &&
         ascii_space(static_cast<unsigned char>(s.front())))
    s.remove_prefix(1);
  while (!s.empty() && static_cast<unsigned char>(s.back()) < 0x80 &&
         ascii_space(static_cast<unsigned char>(s.back())))
    s.remove_suffix(1);
  const bool ascii_ends = (s.empty() || static_cast<unsigned char>(s.front()) < 0x80) &&
                          (s.empty() || static_cast<unsigned char>(s.back()) < 0x80);
  if (ascii_ends) return s;
  std::size_t begin = 0;
  while (begin < s.size()) {
    std::size_t i = begin;
    if (!is_space(next_code_point(s, i))) break;
    begin = i;
  }
  std::size_t end = s.size();
  while (end > begin) {
    std::size_t i = end - 1;
    while (i > begin && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
    std::size_t j = i;
    if (!is_space(next_code_point(s, j))) break;
    end = i;
  }
  return s.substr(begin, end - begin);
}

std::string printable(std::string_view s) {
  static const char* const hex = "0123456789abcdef";
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if ((c < 0x20 && c != '\t') || c == 0x7f) {
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 15];
    } else if (c == 0xc2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(s[i + 1]) <= 0x9f) {
      const auto d = static_cast<unsigned char>(s[++i]);
      out += "\\u00";
      out += hex[d >> 4];
      out += hex[d & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

}  // namespace vil

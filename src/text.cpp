#include "vil/text.hpp"

#include <cstdlib>
#include <utf8proc.h>

#include "vil/utf8.hpp"

namespace vil {

bool is_space(char32_t cp) {
  switch (cp) {
    case ' ': case '\t': case '\n': case '\r': case '\v': case '\f':
    case 0x00A0: case 0x1680: case 0x202F: case 0x205F: case 0x3000: case 0xFEFF:
      return true;
    default:
      return cp >= 0x2000 && cp <= 0x200A;
  }
}

void append_clean(std::string& out, std::string_view s) {
  bool pending_space = !out.empty();
  bool wrote = false;
  std::size_t i = 0;
  while (i < s.size()) {
    if (s[i] == '*' && i + 1 < s.size() && s[i + 1] == '*') {
      i += 2;  // markdown bold marker
      continue;
    }
    const std::size_t at = i;
    const char32_t cp = next_code_point(s, i);
    if (is_space(cp)) {
      pending_space = wrote || !out.empty();
      continue;
    }
    if (pending_space && !out.empty() && out.back() != ' ') out.push_back(' ');
    pending_space = false;
    out.append(s.substr(at, i - at));
    wrote = true;
  }
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
  const utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                          static_cast<utf8proc_ssize_t>(s.size()), &mapped,
                                          static_cast<utf8proc_option_t>(options));
  if (n < 0) return std::string(s);  // cannot happen for valid UTF-8; keep the text as is
  std::string out(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(n));
  std::free(mapped);
  return out;
}

bool is_ascii(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

}  // namespace

std::string fold_case(std::string_view s) {
  if (is_ascii(s)) {
    std::string out(s);
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
  }
  return utf8proc_transform(s, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
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

bool ends_with_stop(std::string_view s) {
  s = trim(s);
  // Look past closing quotes, brackets and bold markers: 'slutt.»' ends a sentence.
  while (!s.empty()) {
    const char32_t cp = last_code_point(s);
    const bool closer = cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == '*' ||
                        cp == 0x00BB || cp == 0x201D || cp == 0x2019;
    if (!closer) break;
    std::string tmp;
    append_utf8(tmp, cp);
    s.remove_suffix(tmp.size());
  }
  const char32_t cp = last_code_point(s);
  return cp == '.' || cp == '!' || cp == '?' || cp == ':' || cp == ';' || cp == ',' || cp == 0x2026;
}

std::string_view trim(std::string_view s) {
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

}  // namespace vil

#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace vil {

// Offset of the first byte that does not start a well-formed UTF-8 sequence
// (truncated, overlong, surrogate, above U+10FFFF, lone continuation), or npos.
std::size_t find_invalid_utf8(std::string_view s);

// A copy of s with each maximal ill-formed subsequence replaced by U+FFFD.
std::string repair_utf8(std::string_view s);

// next_code_point beyond ASCII (s[i] is a lead byte).
char32_t next_multibyte_code_point(std::string_view s, std::size_t& i);

// Decodes the code point at s[i] and advances i. s must be valid UTF-8. Inline for
// ASCII: the loops over text call it once a character.
inline char32_t next_code_point(std::string_view s, std::size_t& i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    ++i;
    return c;
  }
  return next_multibyte_code_point(s, i);
}

// The last code point of s (0 when empty). s must be valid UTF-8.
char32_t last_code_point(std::string_view s);

void append_utf8(std::string& out, char32_t cp);

std::size_t count_code_points(std::string_view s);

// The 1-based line of byte offset `at` (lines end at \n, \r\n or \r).
std::size_t line_of(std::string_view s, std::size_t at);

}  // namespace vil

#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace vil {

// An ASCII digit, '0' to '9' (a byte test: other scripts' digits are not).
inline bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

// JSON's whitespace between tokens (RFC 8259): space, tab, carriage return, line feed.
inline bool is_json_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// True for the spaces that cleaning folds: ASCII blanks, tab, no-break space and the
// other Unicode space separators.
bool is_space(char32_t cp);

// Appends s to out as cleaned text: "**" removed, every run of spaces (tab, no-break
// space, ...) folded to one ASCII space, no space at either end. When out is not empty
// and s has text, one space separates them (this is how wrapped lines are joined).
void append_clean(std::string& out, std::string_view s);

// clean_text(s) == append_clean to an empty string.
std::string clean_text(std::string_view s);

// The comparison key of a text: Unicode NFC, case folded, spaces folded.
// Record ids hash it, so "PS  vil" and "ps vil" name the same text.
std::string normalize_key(std::string_view s);

// Unicode case folding only (for case-insensitive comparisons of names). Invalid
// UTF-8 comes back as it is.
std::string fold_case(std::string_view s);

// fold_case(s) appended to out (no new string: for loops that fold many texts).
void append_fold_case(std::string& out, std::string_view s);

// True when the first letter of s is a lower-case letter (digits and punctuation
// before it are skipped; false when s has no letter).
bool starts_lowercase(std::string_view s);

// True when s ends a sentence or a clause: its last character, after closing quotes
// and brackets, is one of . ! ? : ; , or an ellipsis.
bool ends_with_stop(std::string_view s);

// True when s ends a sentence: as ends_with_stop, but a ',' or ';' does not (the
// sentence goes on: a page break may have split it there).
bool ends_sentence(std::string_view s);

bool has_letter(std::string_view s);

// s made safe to print on a terminal: control characters (C0 but tab, DEL, and C1:
// ESC and the escape sequences they start, NUL, a newline that would split a line)
// become visible escapes, \x1b or \u0085; everything else is kept.
std::string printable(std::string_view s);

// s without leading and trailing spaces (as is_space defines them). s must be valid
// UTF-8 (every text vil handles is by then: documents are checked or repaired first).
std::string_view trim(std::string_view s);

// The cells of a tab-separated line (an empty line is one empty cell).
std::vector<std::string_view> split_tabs(std::string_view line);

// Calls fn(line, number) for each line of a small text file (LF or CRLF ends, a UTF-8
// byte order mark at the start skipped; numbers from 1) until fn returns false.
// Returns false when fn stopped it.
template <class Fn>
bool for_each_line(std::string_view text, Fn&& fn) {
  std::size_t pos = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  std::size_t number = 0;
  while (pos < text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!fn(line, ++number)) return false;
  }
  return true;
}

}  // namespace vil

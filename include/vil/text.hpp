#pragma once

#include <string>
#include <string_view>

namespace vil {

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

// Unicode case folding only (for case-insensitive comparisons of names).
std::string fold_case(std::string_view s);

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

// s without leading and trailing spaces (as is_space defines them).
std::string_view trim(std::string_view s);

}  // namespace vil

#pragma once

// grep's writers for JSON Lines: the records selected, the counts per document, the
// documents with a match.

#include <simdjson.h>

#include <string>
#include <string_view>

#include "vil/grep.hpp"

namespace vil {

// Appends the record `raw` (parsed as `record`) as it came, with "match" set: for each
// matching field, the byte spans [begin, end) of its matches. With kwic_words >= 0,
// "kwic" too: each match with that many words of context. With invert, the record
// unchanged. Ends with "\n".
void append_grep_record(std::string& out, std::string_view raw, simdjson::dom::object record,
                        const GrepResult& result, bool invert, int kwic_words);

// {"doc":DOC,"count":N} and its newline; a record without a doc counts under null.
void append_grep_count(std::string& out, std::string_view doc, long count);

// {"doc":DOC} and its newline: a document with a match (-l).
void append_grep_doc(std::string& out, std::string_view doc);

}  // namespace vil

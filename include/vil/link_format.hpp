#pragma once

#include <string>
#include <string_view>

#include "vil/concepts.hpp"
#include "vil/link.hpp"
#include "vil/table.hpp"

namespace vil {

// A record as a link's writers show it: its JSON as read, its name in a coding sheet
// ("DOC:LINE": doc id and first source line) and its text.
struct LinkSide {
  std::string_view raw;
  std::string_view name;
  std::string_view text;
};

// One link as a JSON object: rank, score, cosine, addresses, shared (words, concepts
// with the lexicon line that defines them, context, tags), left, right.
void append_link_json(std::string& out, const Link& link, const Concepts& concepts, const LinkSide& left,
                      const LinkSide& right);

// A record no link reached, as a JSON object and its newline: {"unmatched":SIDE,SIDE:RECORD}
// with side "left" or "right" and the record's JSON as read.
void append_unmatched_json(std::string& out, std::string_view side, std::string_view raw);

// A coding sheet (TSV or CSV) for checking links by hand: one row per link, with an
// empty "code" column to fill in (strong, acceptable, yes or no) and the two texts;
// vil agree reads it back.
std::string link_sheet_header(TableFormat format);
void append_link_sheet_row(std::string& out, const Link& link, const Concepts& concepts, const LinkSide& left,
                           const LinkSide& right, TableFormat format);

}  // namespace vil

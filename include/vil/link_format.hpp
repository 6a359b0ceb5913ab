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

// A coding sheet (TSV or CSV) for checking links by hand: one row per link, with an
// empty "code" column to fill in (strong, acceptable, yes or no) and the two texts;
// vil agree reads it back.
std::string link_sheet_header(TableFormat format);
void append_link_sheet_row(std::string& out, const Link& link, const Concepts& concepts, const LinkSide& left,
                           const LinkSide& right, TableFormat format);

}  // namespace vil

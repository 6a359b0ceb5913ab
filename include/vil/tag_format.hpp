#pragma once

// vil tag's writer: a record as it came, with its "tags" and "why" set.

#include <simdjson.h>

#include <string>
#include <string_view>

#include "vil/rules.hpp"
#include "vil/tagger.hpp"

namespace vil {

// One reason for a tag: {"tag":T,"rule":"FILE:LINE","field":F,"words":[...]}.
void append_why_json(std::string& out, const TagHit& hit);

// Appends the record `raw` (parsed as `record`) as it came, with "tags" and "why" set
// from tagging (old why entries as read, then the new ones). Ends with "\n".
void append_tagged_record(std::string& out, std::string_view raw, simdjson::dom::object record,
                          const Tagging& tagging);

}  // namespace vil

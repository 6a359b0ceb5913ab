#pragma once

#include <string>
#include <string_view>

#include "vil/record.hpp"

namespace vil {

// The stable record id: the first 16 hex digits of XXH3-64 (seed 0) over
// doc, kind, normalize_key(text) and occurrence, joined by U+001F. occurrence is
// 0 for the first record of that doc, kind and key, 1 for the second, ...
// An edit elsewhere in the document leaves the id unchanged.
std::string record_id(std::string_view doc, Kind kind, std::string_view key, unsigned occurrence);

}  // namespace vil

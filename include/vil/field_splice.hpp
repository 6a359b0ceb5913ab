#pragma once

// Writing a record back out with some of its top-level fields set, the rest byte for byte.

#include <simdjson.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vil {

// Appends to out the record `line` with some top-level fields set: each (name, JSON
// text) pair replaces the field of that name where the record has one, and is added
// at the end where it has not. The rest of the line is copied byte for byte, so a
// record passes through a filter unchanged but for the fields it adds. Ends with "\n".
void append_with_fields(std::string& out, std::string_view line, simdjson::dom::object record,
                        const std::vector<std::pair<std::string_view, std::string>>& fields);

}  // namespace vil

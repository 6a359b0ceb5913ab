#pragma once

// Writing JSON text: strings escaped, string arrays, and values read by simdjson written back.

#include <simdjson.h>

#include <string>
#include <string_view>
#include <vector>

namespace vil {

// Appends s as a JSON string literal (quotes included). s must be valid UTF-8.
void append_json_string(std::string& out, std::string_view s);

// Appends ["a","b",...].
void append_json_string_array(std::string& out, const std::vector<std::string>& items);

// Appends the JSON text of a value (compact), for writing values back out: strings
// escaped as append_json_string does, numbers as read (doubles shortest round-trip).
void append_json_value(std::string& out, simdjson::dom::element value);
std::string json_value(simdjson::dom::element value);

}  // namespace vil

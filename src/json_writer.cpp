#include "vil/json_writer.hpp"

#include <array>
#include <charconv>
#include <cstdint>

#include "word_bytes.hpp"

namespace vil {

namespace {

// Bytes that JSON strings must escape: control characters, '"' and '\\'.
constexpr std::array<bool, 256> k_needs_escape = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 0x20; ++c) table[static_cast<std::size_t>(c)] = true;
  table['"'] = true;
  table['\\'] = true;
  return table;
}();

}  // namespace

void append_json_string_array(std::string& out, const std::vector<std::string>& items) {
  out.push_back('[');
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out.push_back(',');
    append_json_string(out, items[i]);
  }
  out.push_back(']');
}

void append_json_string(std::string& out, std::string_view s) {
  static const char* const k_hex = "0123456789abcdef";
  out.push_back('"');
  std::size_t run = 0;  // start of the pending run of bytes that need no escape
  const std::size_t n = s.size();
  for (std::size_t i = 0; i < n; ++i) {
    // Eight bytes at a time, while none needs an escape.
    i = word_bytes::skip_unflagged(s, i, [](std::uint64_t w) {
      return word_bytes::below_mask(w, 0x20) | word_bytes::byte_mask(w, '"') | word_bytes::byte_mask(w, '\\');
    });
    if (i >= n) break;
    const auto c = static_cast<unsigned char>(s[i]);
    if (!k_needs_escape[c]) continue;
    out.append(s.substr(run, i - run));
    run = i + 1;
    switch (c) {
      case '"':
        out.append("\\\"");
        break;
      case '\\':
        out.append("\\\\");
        break;
      case '\n':
        out.append("\\n");
        break;
      case '\r':
        out.append("\\r");
        break;
      case '\t':
        out.append("\\t");
        break;
      default:
        out.append("\\u00");
        out.push_back(k_hex[c >> 4]);
        out.push_back(k_hex[c & 0xF]);
    }
  }
  out.append(s.substr(run));
  out.push_back('"');
}

void append_json_value(std::string& out, simdjson::dom::element value) {
  // Not simdjson::minify: in simdjson 3.0 it leaves '"' and control characters inside
  // strings unescaped.
  using simdjson::dom::element_type;
  switch (value.type()) {
    case element_type::STRING:
      append_json_string(out, value.get_string().value_unsafe());
      return;
    case element_type::INT64:
      out += std::to_string(value.get_int64().value_unsafe());
      return;
    case element_type::UINT64:
      out += std::to_string(value.get_uint64().value_unsafe());
      return;
    case element_type::DOUBLE: {
      char buf[32];
      const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value.get_double().value_unsafe());
      std::string number(buf, ec == std::errc() ? end : buf);
      // Keep it a JSON number that reads back as a double: "1e+21", "0.5", "3.0".
      if (number.find_first_of(".eE") == std::string::npos) number += ".0";
      out += number;
      return;
    }
    case element_type::BOOL:
      out += value.get_bool().value_unsafe() ? "true" : "false";
      return;
    case element_type::NULL_VALUE:
      out += "null";
      return;
    case element_type::ARRAY: {
      out += '[';
      bool first = true;
      const simdjson::dom::array items = value.get_array().value_unsafe();
      for (simdjson::dom::element item : items) {
        if (!first) out += ',';
        first = false;
        append_json_value(out, item);
      }
      out += ']';
      return;
    }
    case element_type::OBJECT: {
      out += '{';
      bool first = true;
      const simdjson::dom::object fields = value.get_object().value_unsafe();
      for (simdjson::dom::key_value_pair field : fields) {
        if (!first) out += ',';
        first = false;
        append_json_string(out, field.key);
        out += ':';
        append_json_value(out, field.value);
      }
      out += '}';
      return;
    }
  }
}

std::string json_value(simdjson::dom::element value) {
  std::string out;
  append_json_value(out, value);
  return out;
}

}  // namespace vil

#include "vil/field_path.hpp"

#include <charconv>

#include "vil/json_writer.hpp"
#include "vil/utf8.hpp"

namespace vil {

bool FieldPath::parse(std::string_view spec, FieldPath& out, std::string& err) {
  out = FieldPath{};
  out.m_spec = std::string(spec);
  if (spec.empty()) {
    err = "empty field name";
    return false;
  }
  if (const std::size_t bad = find_invalid_utf8(spec); bad != std::string_view::npos) {
    // JSON keys are UTF-8: such a field is in no record, and the name would be echoed
    // into output (a table's header) as bytes that are not text.
    err = "field name is not valid UTF-8 (at byte " + std::to_string(bad) + ")";
    return false;
  }
  std::size_t start = 0;
  while (true) {
    const std::size_t dot = spec.find('.', start);
    const std::string_view part = spec.substr(start, dot == std::string_view::npos ? dot : dot - start);
    if (part.empty()) {
      err = "empty part in field name '" + std::string(spec) + "'";
      return false;
    }
    long index = -1;
    const auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), index);
    if (ec != std::errc() || end != part.data() + part.size() || index < 0) index = -1;
    out.m_parts.emplace_back(part);
    out.m_index.push_back(index);
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  return true;
}

bool scalar_text(simdjson::dom::element value, std::string& scratch, std::string_view& out) {
  using simdjson::dom::element_type;
  switch (value.type()) {
    case element_type::STRING:
      out = value.get_string().value_unsafe();
      return true;
    case element_type::INT64:
    case element_type::UINT64:
    case element_type::DOUBLE:
    case element_type::BOOL:
      scratch.clear();
      append_json_value(scratch, value);
      out = scratch;
      return true;
    default:
      return false;
  }
}

bool FieldPath::reaches_object(simdjson::dom::element root) const {
  std::vector<simdjson::dom::element> at{root};
  for (std::size_t part = 0; part < m_parts.size() && !at.empty(); ++part) {
    std::vector<simdjson::dom::element> next;
    for (simdjson::dom::element e : at) {
      simdjson::dom::element child;
      if (e.is_array() && m_index[part] >= 0) {
        if (e.at(static_cast<std::size_t>(m_index[part])).get(child) == simdjson::SUCCESS)
          next.push_back(child);
      } else if (e.is_array()) {
        const simdjson::dom::array items = e.get_array().value_unsafe();
        for (simdjson::dom::element item : items) {
          if (!item.is_object()) continue;
          const simdjson::dom::object obj = item.get_object().value_unsafe();
          if (obj.at_key(m_parts[part]).get(child) == simdjson::SUCCESS) next.push_back(child);
        }
      } else if (e.is_object()) {
        const simdjson::dom::object obj = e.get_object().value_unsafe();
        if (obj.at_key(m_parts[part]).get(child) == simdjson::SUCCESS) next.push_back(child);
      }
    }
    at = std::move(next);
  }
  for (simdjson::dom::element e : at)
    if (e.is_object()) return true;
  return false;
}

}  // namespace vil

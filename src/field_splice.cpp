#include "vil/field_splice.hpp"

#include "vil/json_writer.hpp"
#include "vil/text.hpp"

namespace vil {

namespace {

std::size_t skip_space(std::string_view s, std::size_t i) {
  while (i < s.size() && is_json_space(s[i])) ++i;
  return i;
}

// The end of the JSON string starting at s[i] (a '"'), just past its closing quote.
std::size_t skip_string(std::string_view s, std::size_t i) {
  for (++i; i < s.size(); ++i) {
    if (s[i] == '\\')
      ++i;
    else if (s[i] == '"')
      return i + 1;
  }
  return s.size();
}

// The end of the JSON value starting at s[i].
std::size_t skip_value(std::string_view s, std::size_t i) {
  if (i >= s.size()) return i;
  if (s[i] == '"') return skip_string(s, i);
  if (s[i] == '{' || s[i] == '[') {
    int depth = 0;
    while (i < s.size()) {
      const char c = s[i];
      if (c == '"') {
        i = skip_string(s, i);
        continue;
      }
      if (c == '{' || c == '[') ++depth;
      if (c == '}' || c == ']') {
        if (--depth == 0) return i + 1;
      }
      ++i;
    }
    return i;
  }
  while (i < s.size() && s[i] != ',' && s[i] != '}' && s[i] != ']' && !is_json_space(s[i])) ++i;
  return i;
}

// The byte spans of the values of a valid JSON object's fields, in source order.
std::vector<std::pair<std::size_t, std::size_t>> value_spans(std::string_view line) {
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  std::size_t i = skip_space(line, 0);
  if (i >= line.size() || line[i] != '{') return spans;
  i = skip_space(line, i + 1);
  while (i < line.size() && line[i] == '"') {
    i = skip_space(line, skip_string(line, i));
    if (i < line.size() && line[i] == ':') i = skip_space(line, i + 1);
    const std::size_t end = skip_value(line, i);
    spans.emplace_back(i, end);
    i = skip_space(line, end);
    if (i < line.size() && line[i] == ',') i = skip_space(line, i + 1);
  }
  return spans;
}

void append_field(std::string& out, bool comma, std::string_view name, const std::string& json) {
  if (comma) out.push_back(',');
  append_json_string(out, name);
  out.push_back(':');
  out.append(json);
}

}  // namespace

void append_with_fields(std::string& out, std::string_view line, simdjson::dom::object record,
                        const std::vector<std::pair<std::string_view, std::string>>& fields) {
  // The record's own bytes are kept: a field it has is replaced in place, value bytes
  // only; the others are added before its closing brace.
  std::vector<bool> used(fields.size(), false);
  const std::vector<std::pair<std::size_t, std::size_t>> spans = value_spans(line);
  std::size_t copied = 0;
  std::size_t index = 0;
  for (simdjson::dom::key_value_pair field : record) {
    std::size_t i = 0;
    while (i < fields.size() && fields[i].first != field.key) ++i;
    if (i < fields.size() && index < spans.size()) {
      out.append(line.substr(copied, spans[index].first - copied));
      out.append(fields[i].second);
      copied = spans[index].second;
      used[i] = true;
    }
    ++index;
  }
  std::size_t close = line.size();
  while (close > 0 && line[close - 1] != '}') --close;
  out.append(line.substr(copied, close - 1 - copied));
  bool comma = record.size() > 0;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (used[i]) continue;
    append_field(out, comma, fields[i].first, fields[i].second);
    comma = true;
  }
  out.append("}\n");
}

}  // namespace vil

#pragma once

// The fields of a record that engines and subcommands read by name (doc, kind, text,
// lines, tags), looked up in the parsed record: one place for what was written by hand
// with simdjson in several.

#include <simdjson.h>

#include <cstddef>
#include <optional>
#include <string_view>

namespace vil {

// A parsed record, read field by field. Cheap to copy; valid while the record is.
class RecordView {
 public:
  explicit RecordView(simdjson::dom::element record) : m_record(record) {}

  // A top-level string field; nullopt when it is missing or not a string.
  std::optional<std::string_view> find_string(const char* key) const;
  // The same, "" when missing or not a string.
  std::string_view string(const char* key) const { return find_string(key).value_or(std::string_view()); }

  std::string_view doc() const { return string("doc"); }
  std::string_view kind() const { return string("kind"); }
  std::string_view text() const { return string("text"); }

  // lines[0], the first source line; nullopt when the record has none.
  std::optional<std::size_t> first_line() const;

  // Calls fn(std::string_view) for each string of the array field key ("tags",
  // "path"), in order; other items, and a field that is not an array, give none.
  template <class Fn>
  void for_each_string(const char* key, Fn&& fn) const;

 private:
  simdjson::dom::element m_record;
};

template <class Fn>
void RecordView::for_each_string(const char* key, Fn&& fn) const {
  simdjson::dom::element e;
  if (m_record.at_key(key).get(e) != simdjson::SUCCESS || !e.is_array()) return;
  const simdjson::dom::array items = e.get_array().value_unsafe();
  for (simdjson::dom::element item : items)
    if (item.is_string()) fn(std::string_view(item.get_string().value_unsafe()));
}

}  // namespace vil

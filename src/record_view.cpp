#include "vil/record_view.hpp"

namespace vil {

std::optional<std::string_view> RecordView::find_string(const char* key) const {
  simdjson::dom::element e;
  if (m_record.at_key(key).get(e) != simdjson::SUCCESS || !e.is_string()) return std::nullopt;
  return std::string_view(e.get_string().value_unsafe());
}

std::optional<std::size_t> RecordView::first_line() const {
  simdjson::dom::element e;
  if (m_record.at_pointer("/lines/0").get(e) != simdjson::SUCCESS || !e.is_uint64()) return std::nullopt;
  return static_cast<std::size_t>(e.get_uint64().value_unsafe());
}

}  // namespace vil

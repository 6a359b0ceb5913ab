#include "vil/tag_format.hpp"

#include <utility>

#include "vil/field_splice.hpp"
#include "vil/json_writer.hpp"

namespace vil {

void append_why_json(std::string& out, const TagHit& hit) {
  out += "{\"tag\":";
  append_json_string(out, hit.tag);
  out += ",\"rule\":";
  append_json_string(out, hit.rule);
  out += ",\"field\":";
  append_json_string(out, hit.field);
  out += ",\"words\":";
  append_json_string_array(out, hit.words);
  out += '}';
}

void append_tagged_record(std::string& out, std::string_view raw, simdjson::dom::object record,
                          const Tagging& tagging) {
  std::string tags_json;
  append_json_string_array(tags_json, tagging.tags);
  std::string why = "[";
  for (simdjson::dom::element w : tagging.old_why) {
    if (why.size() > 1) why += ',';
    append_json_value(why, w);
  }
  for (const TagHit& hit : tagging.new_why) {
    if (why.size() > 1) why += ',';
    append_why_json(why, hit);
  }
  why += ']';
  append_with_fields(out, raw, record, {{"tags", std::move(tags_json)}, {"why", std::move(why)}});
}

}  // namespace vil

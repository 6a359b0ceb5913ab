#include "vil/grep_format.hpp"

#include <utility>
#include <vector>

#include "vil/field_splice.hpp"
#include "vil/json_writer.hpp"

namespace vil {

namespace {

// A record without "doc": null.
void append_doc_json(std::string& out, std::string_view doc) {
  if (doc.empty())
    out += "null";
  else
    append_json_string(out, doc);
}

std::string match_json(const GrepResult& result) {
  std::string match = "{";
  for (std::size_t i = 0; i < result.matches.size(); ++i) {
    if (i > 0) match += ',';
    append_json_string(match, result.matches[i].where);
    match += ":[";
    for (std::size_t j = 0; j < result.matches[i].spans.size(); ++j) {
      if (j > 0) match += ',';
      const Span& s = result.matches[i].spans[j];
      match += '[' + std::to_string(s.begin) + ',' + std::to_string(s.end) + ']';
    }
    match += ']';
  }
  match += '}';
  return match;
}

std::string kwic_json(const GrepResult& result, int words) {
  std::string kwic = "[";
  for (const FieldMatch& m : result.matches) {
    for (const Span& s : m.spans) {
      const Kwic k = keyword_in_context(m.value, s, words);
      if (kwic.size() > 1) kwic += ',';
      kwic += "{\"field\":";
      append_json_string(kwic, m.where);
      kwic += ",\"left\":";
      append_json_string(kwic, k.left);
      kwic += ",\"match\":";
      append_json_string(kwic, k.match);
      kwic += ",\"right\":";
      append_json_string(kwic, k.right);
      kwic += '}';
    }
  }
  kwic += ']';
  return kwic;
}

}  // namespace

void append_grep_record(std::string& out, std::string_view raw, simdjson::dom::object record,
                        const GrepResult& result, bool invert, int kwic_words) {
  std::vector<std::pair<std::string_view, std::string>> fields;
  if (!invert) {
    fields.emplace_back("match", match_json(result));
    if (kwic_words >= 0) fields.emplace_back("kwic", kwic_json(result, kwic_words));
  }
  append_with_fields(out, raw, record, fields);
}

void append_grep_count(std::string& out, std::string_view doc, long count) {
  out += "{\"doc\":";
  append_doc_json(out, doc);
  out += ",\"count\":" + std::to_string(count) + "}\n";
}

void append_grep_doc(std::string& out, std::string_view doc) {
  out += "{\"doc\":";
  append_doc_json(out, doc);
  out += "}\n";
}

}  // namespace vil

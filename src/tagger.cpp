#include "vil/tagger.hpp"

#include <algorithm>
#include <set>
#include <string_view>
#include <tuple>

#include "vil/json_writer.hpp"
#include "vil/record_view.hpp"
#include "vil/refs.hpp"

namespace vil {

namespace {

// Why a record cannot be tagged: a "tags" that is not an array of strings, or a
// "why" that is not an array. Empty when it can.
std::string tag_fields_problem(simdjson::dom::element record) {
  simdjson::dom::element e;
  if (record.at_key("tags").get(e) == simdjson::SUCCESS) {
    if (!e.is_array()) return "record's \"tags\" is not an array of strings";
    const simdjson::dom::array items = e.get_array().value_unsafe();
    for (simdjson::dom::element t : items)
      if (!t.is_string()) return "record's \"tags\" is not an array of strings";
  }
  if (record.at_key("why").get(e) == simdjson::SUCCESS && !e.is_array())
    return "record's \"why\" is not an array";
  return {};
}

// The values of refs.sdg that are not SDG numbers (1 to 17): they get no tag.
void warn_bad_sdg_values(simdjson::dom::element record, std::vector<std::string>& warnings) {
  simdjson::dom::element e;
  if (record.at_pointer("/refs/sdg").get(e) != simdjson::SUCCESS || !e.is_array()) return;
  const simdjson::dom::array items = e.get_array().value_unsafe();
  for (simdjson::dom::element v : items) {
    const bool ok = v.is_int64() && is_sdg(v.get_int64().value_unsafe());
    if (!ok) warnings.push_back("refs.sdg value " + json_value(v) + " is not an SDG (1 to 17): no tag");
  }
}

using WhyKey = std::tuple<std::string, std::string, std::string>;  // tag, rule, field

// The tags and why entries a record already has (from an earlier vil tag).
void existing_tags(simdjson::dom::element record, std::set<std::string>& tags, Tagging& out,
                   std::set<WhyKey>& why_keys) {
  RecordView(record).for_each_string("tags", [&](std::string_view t) { tags.emplace(t); });
  simdjson::dom::element e;
  if (record.at_key("why").get(e) == simdjson::SUCCESS && e.is_array()) {
    const simdjson::dom::array items = e.get_array().value_unsafe();
    for (simdjson::dom::element w : items) {
      std::string_view tag;
      std::string_view rule;
      std::string_view field;
      simdjson::dom::element f;
      if (w.at_key("tag").get(f) == simdjson::SUCCESS && f.is_string()) tag = f.get_string().value_unsafe();
      if (w.at_key("rule").get(f) == simdjson::SUCCESS && f.is_string()) rule = f.get_string().value_unsafe();
      if (w.at_key("field").get(f) == simdjson::SUCCESS && f.is_string())
        field = f.get_string().value_unsafe();
      why_keys.emplace(std::string(tag), std::string(rule), std::string(field));
      out.old_why.push_back(w);
    }
  }
}

}  // namespace

bool Tagger::tag(simdjson::dom::element record, Tagging& out, std::string& problem) {
  out.tags.clear();
  out.old_why.clear();
  out.new_why.clear();
  out.warnings.clear();
  problem = tag_fields_problem(record);
  if (!problem.empty()) return false;
  warn_bad_sdg_values(record, out.warnings);
  if (!m_rules.tag(record, m_hits, problem)) return false;
  std::set<std::string> tags;
  std::set<WhyKey> why_keys;
  existing_tags(record, tags, out, why_keys);
  for (TagHit& hit : m_hits) {
    tags.insert(hit.tag);
    if (why_keys.emplace(hit.tag, hit.rule, hit.field).second) out.new_why.push_back(std::move(hit));
  }
  out.tags.assign(tags.begin(), tags.end());
  return true;
}

}  // namespace vil

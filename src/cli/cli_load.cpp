#include "cli_load.hpp"

#include "vil/json_writer.hpp"

#include <algorithm>

namespace vil::cli {

bool load_records(const std::string& path, bool skip_invalid, std::vector<LoadedRecord>& out,
                  const FieldPath* group) {
  RecordInputOptions options;
  options.files = {path};
  options.skip_invalid = skip_invalid;
  RecordReader reader(options);
  reader.for_each([&](const InputRecord& r) {
    LoadedRecord rec;
    rec.raw = std::string(r.raw);
    rec.position = out.size();
    rec.line = r.line;
    simdjson::dom::element e;
    const auto string_field = [&](const char* key, std::string& to) {
      if (r.object.at_key(key).get(e) == simdjson::SUCCESS && e.is_string()) to = std::string(e.get_string().value_unsafe());
    };
    string_field("doc", rec.doc);
    string_field("id", rec.id);
    string_field("kind", rec.kind);
    string_field("text", rec.text);
    string_field("parent", rec.parent);
    if (r.object.at_pointer("/meta/municipality").get(e) == simdjson::SUCCESS && e.is_string())
      rec.municipality = std::string(e.get_string().value_unsafe());
    if (r.object.at_key("path").get(e) == simdjson::SUCCESS && e.is_array()) {
      const simdjson::dom::array headings = e.get_array().value_unsafe();
      for (simdjson::dom::element p : headings)
        if (p.is_string()) rec.path.emplace_back(p.get_string().value_unsafe());
    }
    if (r.object.at_pointer("/lines/0").get(e) == simdjson::SUCCESS && e.is_uint64())
      rec.line = static_cast<std::size_t>(e.get_uint64().value_unsafe());
    if (r.object.at_key("tags").get(e) == simdjson::SUCCESS && e.is_array()) {
      const simdjson::dom::array tags = e.get_array().value_unsafe();
      for (simdjson::dom::element t : tags)
        if (t.is_string()) rec.tags.emplace_back(t.get_string().value_unsafe());
      std::sort(rec.tags.begin(), rec.tags.end());
    }
    if (group != nullptr)
      group->visit(r.root, [&](simdjson::dom::element v, std::string_view) {
        if (rec.group == "null") rec.group = json_value(v);
      });
    rec.name = rec.doc + ":" + std::to_string(rec.line);
    out.push_back(std::move(rec));
    return true;
  });
  return !reader.failed();
}

bool parse_equate(const std::vector<std::string>& specs, std::vector<std::pair<std::string, std::string>>& out) {
  for (const std::string& spec : specs) {
    const std::size_t eq = spec.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == spec.size() || spec.find('=', eq + 1) != std::string::npos) {
      report("--equate: expected NAME=OTHER, such as Asker=Bærum, not '" + spec + "'");
      return false;
    }
    out.emplace_back(spec.substr(0, eq), spec.substr(eq + 1));
  }
  return true;
}

}  // namespace vil::cli

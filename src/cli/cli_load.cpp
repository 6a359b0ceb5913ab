#include "cli_load.hpp"

#include "vil/json_writer.hpp"
#include "vil/record_view.hpp"

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
    const RecordView view(r.root);
    rec.doc = view.doc();
    rec.id = view.string("id");
    rec.kind = view.kind();
    rec.text = view.text();
    rec.parent = view.string("parent");
    simdjson::dom::element e;
    if (r.object.at_pointer("/meta/municipality").get(e) == simdjson::SUCCESS && e.is_string())
      rec.municipality = std::string(e.get_string().value_unsafe());
    view.for_each_string("path", [&](std::string_view heading) { rec.path.emplace_back(heading); });
    rec.line = view.first_line().value_or(rec.line);
    view.for_each_string("tags", [&](std::string_view tag) { rec.tags.emplace_back(tag); });
    std::sort(rec.tags.begin(), rec.tags.end());
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

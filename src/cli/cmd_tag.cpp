// vil tag: attach topic and SDG tags to records, and say which rule fired.

#include <CLI/CLI.hpp>
#include <algorithm>
#include <memory>
#include <set>
#include <tuple>

#include "cli_options.hpp"
#include "cli_records.hpp"
#include "commands.hpp"
#include "vil/refs.hpp"
#include "vil/exit_status.hpp"
#include "vil/jsonl.hpp"
#include "vil/record_json.hpp"
#include "vil/rules.hpp"
#include "cli_data.hpp"

namespace vil::cli {
namespace {

struct TagOptions {
  std::vector<std::string> rules;
  RecordInputOptions input;
};

// Why a record cannot be tagged: a "tags" that is not an array of strings, or a
// "why" that is not an array. Empty when it can.
std::string tag_fields_problem(simdjson::dom::object record) {
  simdjson::dom::element e;
  if (record.at_key("tags").get(e) == simdjson::SUCCESS) {
    if (!e.is_array()) return "record's \"tags\" is not an array of strings";
    const simdjson::dom::array items = e.get_array().value_unsafe();
    for (simdjson::dom::element t : items)
      if (!t.is_string()) return "record's \"tags\" is not an array of strings";
  }
  if (record.at_key("why").get(e) == simdjson::SUCCESS && !e.is_array()) return "record's \"why\" is not an array";
  return {};
}

// The values of refs.sdg that are not SDG numbers (1 to 17): they get no tag.
std::vector<std::string> bad_sdg_values(simdjson::dom::element record) {
  std::vector<std::string> bad;
  simdjson::dom::element e;
  if (record.at_pointer("/refs/sdg").get(e) != simdjson::SUCCESS || !e.is_array()) return bad;
  const simdjson::dom::array items = e.get_array().value_unsafe();
  for (simdjson::dom::element v : items) {
    const bool ok = v.is_int64() && is_sdg(v.get_int64().value_unsafe());
    if (!ok) bad.push_back(json_value(v));
  }
  return bad;
}

// The tags and why entries a record already has (from an earlier vil tag).
void existing_tags(simdjson::dom::object record, std::set<std::string>& tags, std::vector<std::string>& why,
                   std::set<std::tuple<std::string, std::string, std::string>>& why_keys) {
  simdjson::dom::element e;
  if (record.at_key("tags").get(e) == simdjson::SUCCESS && e.is_array()) {
    const simdjson::dom::array items = e.get_array().value_unsafe();
    for (simdjson::dom::element t : items)
      if (t.is_string()) tags.emplace(t.get_string().value_unsafe());
  }
  if (record.at_key("why").get(e) == simdjson::SUCCESS && e.is_array()) {
    const simdjson::dom::array items = e.get_array().value_unsafe();
    for (simdjson::dom::element w : items) {
      std::string_view tag;
      std::string_view rule;
      std::string_view field;
      simdjson::dom::element f;
      if (w.at_key("tag").get(f) == simdjson::SUCCESS && f.is_string()) tag = f.get_string().value_unsafe();
      if (w.at_key("rule").get(f) == simdjson::SUCCESS && f.is_string()) rule = f.get_string().value_unsafe();
      if (w.at_key("field").get(f) == simdjson::SUCCESS && f.is_string()) field = f.get_string().value_unsafe();
      why_keys.emplace(std::string(tag), std::string(rule), std::string(field));
      why.push_back(json_value(w));
    }
  }
}

std::string why_json(const TagHit& hit) {
  std::string s = "{\"tag\":";
  append_json_string(s, hit.tag);
  s += ",\"rule\":";
  append_json_string(s, hit.rule);
  s += ",\"field\":";
  append_json_string(s, hit.field);
  s += ",\"words\":";
  append_json_string_array(s, hit.words);
  s += '}';
  return s;
}

// Writes r to out with its tags and why; a record that cannot take them is a problem.
void tag_record(const RuleSet& rules, const InputRecord& r, std::vector<TagHit>& hits, std::string& out, Mapped& m) {
  if (std::string problem = tag_fields_problem(r.object); !problem.empty()) {
    m.problem = std::move(problem);
    return;
  }
  for (const std::string& value : bad_sdg_values(r.root))
    m.warnings.push_back("refs.sdg value " + value + " is not an SDG (1 to 17): no tag");
  if (std::string err; !rules.tag(r.root, hits, err)) {
    m.problem = err;
    return;
  }
  std::set<std::string> tags;
  std::vector<std::string> why;
  std::set<std::tuple<std::string, std::string, std::string>> why_keys;
  existing_tags(r.object, tags, why, why_keys);
  for (const TagHit& hit : hits) {
    tags.insert(hit.tag);
    if (why_keys.emplace(hit.tag, hit.rule, hit.field).second) why.push_back(why_json(hit));
  }
  std::string tags_json;
  append_json_string_array(tags_json, std::vector<std::string>(tags.begin(), tags.end()));
  std::string why_list = "[";
  for (const std::string& w : why) {
    if (why_list.size() > 1) why_list += ',';
    why_list += w;
  }
  why_list += ']';
  append_with_fields(out, r.raw, r.object, {{"tags", std::move(tags_json)}, {"why", std::move(why_list)}});
}

int run_tag(const TagOptions& options) {
  // 1. Read and compile the rule files.
  //    No -r: the shipped rule sets; -r NAME: a shipped set by name (sdg, topics) when
  //    no file NAME exists. Shipped sets are named as data files ("tags/sdg.tsv:96").
  RuleSet rules;
  std::vector<std::string> names = options.rules;
  if (names.empty()) names = {"topics", "sdg"};
  for (const std::string& given : names) {
    std::string path = given;
    std::string name = given;
    if (!options.rules.empty() && file_exists(given)) {
      // a file of the user's
    } else if (given.find_first_of("/.") == std::string::npos && !find_data("tags/" + given + ".tsv").empty()) {
      name = "tags/" + given + ".tsv";
      path = find_data(name);
    } else if (options.rules.empty()) {
      report("no -r given, and the shipped rule sets are in none of " + data_dirs());
      return k_exit_trouble;
    } else if (given.find_first_of("/.") == std::string::npos) {
      report(given + ": no such rule file, nor a shipped rule set of that name (shipped: topics, sdg)");
      return k_exit_trouble;
    }
    std::string text;
    std::string err;
    if (!read_file(path, text, err)) {
      report({path, 0, err});
      return k_exit_trouble;
    }
    Diagnostic problem;
    if (!rules.add_file(name, text, problem)) {
      report(problem);
      return k_exit_trouble;
    }
  }
  std::string err;
  if (!rules.compile(err)) {
    report(err);
    return k_exit_trouble;
  }
  // 2. Tag every record (on worker threads, in input order): its old tags and the new
  //    ones, sorted and unique. The workers share the rules: RE2 matches from several
  //    threads at once, and one copy warms its caches once (a copy each measured slower).
  Output out("");
  RecordInputOptions input = options.input;
  input.command = "tag";
  RecordReader reader(input);
  reader.for_each_mapped(
      [&]() -> MapFn {
        auto hits = std::make_shared<std::vector<TagHit>>();  // scratch, one per worker
        return [&rules, hits](const InputRecord& r, std::string& to, Mapped& m) { tag_record(rules, r, *hits, to, m); };
      },
      [&](std::string_view tagged, const Mapped&) {
        out.write(tagged);
        return true;
      });
  // 3. Exit 2 if some input was bad; tagging itself never fails a record.
  out.commit();
  return reader.failed() ? k_exit_trouble : k_exit_ok;
}

}  // namespace

void setup_tag(CLI::App& app, std::function<int()>& run) {
  auto o = std::make_shared<TagOptions>();
  repeatable(app.add_option("-r,--rules", o->rules,
                 "a rule file (TAG<TAB>PATTERN[<TAB>FIELD[<TAB>KINDS]]), or a shipped set by name (topics, sdg); "
                 "repeat for several; none: the shipped topics and sdg")
      ->type_name("FILE"));
  add_record_input_options(app, o->input, true);
  app.footer(
      "Each record is written with \"tags\" (sorted, unique; tags it already had are kept) and\n"
      "\"why\": for each rule that fired, the tag, the rule as FILE:LINE, the field it read\n"
      "and the words that matched. Goals, subgoals and strategies also get sdg:N for each\n"
      "SDG in their own refs, with rule \"refs\". Patterns are RE2, matched case-insensitively\n"
      "anywhere in the field. Without -r, the shipped rule sets tag: topics (30 policy topics)\n"
      "and sdg (the 17 SDGs), named tags/topics.tsv and tags/sdg.tsv in \"why\" (corpus/tags/ in\n"
      "the source tree; share/vil/tags/ once installed).\n"
      "\n"
      "Examples:\n"
      "  vil extract corpus/ | vil tag\n"
      "  vil extract corpus/ | vil tag -r sdg                   the shipped SDG rules only\n"
      "  vil tag -r my-rules.tsv records.jsonl | jq -c 'select(.tags | index(\"topic:housing\"))'\n"
      "\n"
      "Exit status: 0 done; 2 a bad rule (named by FILE:LINE) or bad input.");
  run = [o] { return run_tag(*o); };
}

}  // namespace vil::cli

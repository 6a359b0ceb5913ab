// vil tag: attach topic and SDG tags to records, and say which rule fired.

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <memory>

#include "cli_data.hpp"
#include "cli_options.hpp"
#include "cli_records.hpp"
#include "commands.hpp"
#include "vil/exit_status.hpp"
#include "vil/rules.hpp"
#include "vil/tag_format.hpp"
#include "vil/tagger.hpp"

namespace vil::cli {
namespace {

struct TagOptions {
  std::vector<std::string> rules;
  RecordInputOptions input;
};

// Writes r to out with its tags and why; a record that cannot take them is a problem.
void tag_record(Tagger& tagger, const InputRecord& r, Tagging& tagging, std::string& out, Mapped& m) {
  const bool ok = tagger.tag(r.root, tagging, m.problem);
  m.warnings = tagging.warnings;
  if (ok) append_tagged_record(out, r.raw, r.object, tagging);
}

// Matches the rules' prefilters with a Hyperscan database made for them when there is
// one (see RuleSet::use_prefilter_database): $VIL_PREFILTER_DB names it ('none': RE2
// alone), else the installed one (LIBDIR/vil beside the binary), then the build's.
// A database made for other rules is passed over: the tags are the same either way. One
// that $VIL_PREFILTER_DB names and that cannot be used is an error (false, reported).
bool use_prefilter_database(RuleSet& rules) {
  const char* env = std::getenv("VIL_PREFILTER_DB");
  const std::string given = env != nullptr ? env : "";
  if (given == "none") return true;
  std::vector<std::string> candidates;
  if (!given.empty()) {
    candidates.push_back(given);
  } else {
    if (std::string installed = beside_binary(VIL_PREFILTER_DB_FROM_BIN);
        !installed.empty() && file_exists(installed))
      candidates.push_back(installed);
    if (std::string built = VIL_BUILT_PREFILTER_DB; !built.empty() && file_exists(built))
      candidates.push_back(built);
  }
  for (const std::string& path : candidates) {
    std::string bytes;
    std::string why;
    if (read_file(path, bytes, why) && rules.use_prefilter_database(bytes, why)) return true;
    if (!given.empty()) {
      report({path, 0, "VIL_PREFILTER_DB: cannot be used: " + why});
      return false;
    }
  }
  return true;
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
    } else if (given.find_first_of("/.") == std::string::npos &&
               !find_data("tags/" + given + ".tsv").empty()) {
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
  if (!use_prefilter_database(rules)) return k_exit_trouble;
  rules.set_compile_threads(thread_count(options.input.threads));
  // 2. Tag every record (on worker threads, in input order): its old tags and the new
  //    ones, sorted and unique. The workers share the rules: RE2 matches from several
  //    threads at once, and one copy warms its caches once (a copy each measured slower).
  Output out("");
  RecordInputOptions input = options.input;
  input.command = "tag";
  RecordReader reader(input);
  reader.for_each_mapped(
      [&]() -> MapFn {
        // A tagger and its result each: scratch, one per worker.
        auto tagger = std::make_shared<Tagger>(rules);
        auto tagging = std::make_shared<Tagging>();
        return [tagger, tagging](const InputRecord& r, std::string& to, Mapped& m) {
          tag_record(*tagger, r, *tagging, to, m);
        };
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
  repeatable(
      app.add_option(
             "-r,--rules", o->rules,
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

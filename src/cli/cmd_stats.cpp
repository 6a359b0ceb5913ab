// vil stats: count records by fields, into JSON, TSV, CSV or Markdown.

#include <CLI/CLI.hpp>
#include <algorithm>
#include <memory>

#include "cli_options.hpp"
#include "cli_records.hpp"
#include "commands.hpp"
#include "vil/exit_status.hpp"
#include "vil/stats.hpp"

namespace vil::cli {
namespace {

struct StatsOptions {
  std::vector<std::string> by;
  std::string format = "json";
  std::string sort = "count";
  bool matrix = false;
  bool merge = false;
  RecordInputOptions input;
};

int run_stats(StatsOptions& options) {
  // 1. The grouping fields.
  std::vector<FieldPath> by;
  for (const std::string& spec : options.by) {
    FieldPath path;
    std::string err;
    if (!FieldPath::parse(spec, path, err)) {
      report("--by: " + err);
      return k_exit_trouble;
    }
    for (const FieldPath& earlier : by) {
      if (earlier.spec() == path.spec()) {
        report("--by " + spec + " is given twice");
        return k_exit_trouble;
      }
    }
    by.push_back(std::move(path));
  }
  if (options.matrix && by.size() != 2) {
    report("--matrix needs exactly two --by fields (rows, then columns)");
    return k_exit_trouble;
  }
  // 2. Count the records, or with --merge add up earlier counts.
  GroupCounter counter(std::move(by));
  options.input.require_text = false;  // counts any object: match and diff output too
  RecordReader reader(options.input);
  bool merge_failed = false;
  reader.for_each([&](const InputRecord& r) {
    std::string err;
    if (options.merge ? counter.add_group(r.object, err) : counter.add(r.root, err)) return true;
    report({std::string(r.file), r.line, err});
    merge_failed = true;
    note_trouble();
    return false;
  });
  // 3. Write the table.
  const TableFormat format = table_format(options.format);
  const GroupOrder order = options.sort == "key" ? GroupOrder::by_key : GroupOrder::by_count;
  const std::vector<Group> groups = counter.groups(order);
  // A --by field no record has is most likely misspelt ("--by acter"): say so once.
  for (std::size_t k = 0; k < options.by.size() && !options.merge && !groups.empty(); ++k) {
    const bool never =
        std::all_of(groups.begin(), groups.end(), [&](const Group& g) { return g.key[k].is_null(); });
    if (never && counter.reached_object(k))
      report("warning: --by " + options.by[k] +
             ": it holds an object, not a value: name a field inside it (" + options.by[k] + ".NAME)");
    else if (never)
      report("warning: --by " + options.by[k] + ": no record read has a value there (misspelt?)");
  }
  if (options.matrix) {
    if (const std::string too_large = matrix_too_large(groups); !too_large.empty()) {
      report(too_large);
      return k_exit_trouble;
    }
  }
  Output out("");
  out.write(options.matrix ? format_matrix(options.by, groups, format, order)
                           : format_groups(options.by, groups, format));
  out.commit();
  return reader.failed() || merge_failed ? k_exit_trouble : k_exit_ok;
}

}  // namespace

void setup_stats(CLI::App& app, std::function<int()>& run) {
  auto o = std::make_shared<StatsOptions>();
  repeatable(app.add_option("-b,--by", o->by,
                            "group by this field, a dotted path (doc, kind, actor, tags, refs.sdg, path.0, "
                            "meta.municipality); "
                            "repeat to group by several")
                 ->type_name("FIELD"));
  add_record_input_options(app, o->input);
  app.add_option("--format", o->format, "json (one object per group), tsv, csv or md (a Markdown table)")
      ->check(CLI::IsMember({"json", "tsv", "csv", "md"}))
      ->type_name("FORMAT");
  app.add_flag("--matrix", o->matrix,
               "with two --by fields: a cross-table, rows by the first, columns by the second");
  app.add_option("--sort", o->sort, "count (most first, then key; the default) or key")
      ->check(CLI::IsMember({"count", "key"}))
      ->type_name("ORDER");
  app.add_flag("--merge", o->merge,
               "the inputs are JSON outputs of vil stats with the same --by: add their counts up");
  app.footer(
      "Any JSON object counts (records, and the links of vil match or alignments of vil diff).\n"
      "An array field (path, tags, refs.sdg) counts a record once per element; a missing or\n"
      "null field, or an empty array, counts it under null (empty in TSV and CSV, \"(none)\" in\n"
      "Markdown). Memory holds one entry per group, whatever the number of records.\n"
      "\n"
      "Examples:\n"
      "  vil stats --by doc --by kind --format md records.jsonl\n"
      "  vil stats --by tags --by doc --matrix --format tsv tagged.jsonl\n"
      "  vil stats --by kind part1.jsonl > a.json; vil stats --by kind part2.jsonl > b.json\n"
      "  vil stats --by kind --merge a.json b.json\n"
      "\n"
      "Exit status: 0 done; 2 bad input or options.");
  run = [o] { return run_stats(*o); };
}

}  // namespace vil::cli

// vil agree: how the links of vil match agree with a hand coding.

#include <CLI/CLI.hpp>
#include <memory>

#include "cli_io.hpp"
#include "cli_options.hpp"
#include "cli_records.hpp"
#include "commands.hpp"
#include "vil/agreement.hpp"
#include "vil/exit_status.hpp"
#include "vil/record_view.hpp"

namespace vil::cli {
namespace {

struct AgreeOptions {
  std::string links;
  std::vector<std::string> codings;
  std::string format = "json";
  bool disagreements = false;
  bool calibration = false;
  bool skip_invalid = false;
};

// "DOC:LINE" of a record inside a link (its doc id and first source line).
bool record_name(simdjson::dom::object link, const char* side, std::string& out) {
  simdjson::dom::element record;
  if (link.at_key(side).get(record) != simdjson::SUCCESS) return false;
  const RecordView view(record);
  const std::optional<std::string_view> doc = view.find_string("doc");
  const std::optional<std::size_t> line = view.first_line();
  if (!doc || !line) return false;
  out = std::string(*doc) + ":" + std::to_string(*line);
  return true;
}

int run_agree(const AgreeOptions& options) {
  std::vector<std::string> inputs = options.codings;
  inputs.push_back(options.links);
  if (!check_stdin_once(inputs)) return k_exit_trouble;
  // 1. The coding.
  Coding coding;
  for (const std::string& path : options.codings) {
    std::string text, err;
    if (!read_file(path, text, err)) {
      report({path, 0, err});
      return k_exit_trouble;
    }
    if (!parse_coding(text, path == "-" ? "stdin" : path, coding, err)) {
      report(err);
      return k_exit_trouble;
    }
  }
  for (const std::string& w : coding.warnings) report(w);
  // 2. The links, best first per right record, as vil match writes them.
  RecordInputOptions input;
  input.files = {options.links};
  input.skip_invalid = options.skip_invalid;
  input.require_text = false;
  RecordReader reader(input);
  LinkSets links;
  bool bad = false;
  reader.for_each([&](const InputRecord& r) {
    simdjson::dom::element e;
    if (r.object.at_key("unmatched").get(e) == simdjson::SUCCESS) return true;
    std::string right, left;
    if (!record_name(r.object, "right", right) || !record_name(r.object, "left", left)) {
      report({std::string(r.file), r.line,
              "not a link of vil match (no right and left records with doc and lines)"});
      bad = true;
      return false;
    }
    RankedLink link{left, true, 0.0};
    if (r.object.at_key("addresses").get(e) == simdjson::SUCCESS && e.is_bool())
      link.counted = e.get_bool().value_unsafe();
    if (r.object.at_key("score").get(e) == simdjson::SUCCESS && e.is_number())
      link.score = e.get_double().value_unsafe();
    links[right].push_back(std::move(link));
    return true;
  });
  if (bad || reader.failed()) return k_exit_trouble;
  // 3. The agreement, or the pledges where they differ.
  const TableFormat format = table_format(options.format);
  Output out("");
  if (options.disagreements)
    out.write(format_disagreements(disagreements(coding, links), format));
  else if (options.calibration)
    out.write(format_calibration(calibration(coding, links), format));
  else
    out.write(format_agreement(agreement(coding, links), format));
  out.commit();
  return k_exit_ok;
}

}  // namespace

void setup_agree(CLI::App& app, std::function<int()>& run) {
  auto o = std::make_shared<AgreeOptions>();
  app.add_option("links", o->links, "the links of vil match (JSON Lines); '-': stdin")
      ->required()
      ->type_name("LINKS");
  app.add_option("coding", o->codings,
                 "hand coding: by pledge (pledge, strong, acceptable) or a coding sheet "
                 "(right, left, code), TSV or CSV; several are merged")
      ->required()
      ->type_name("CODING");
  app.add_option("--format", o->format, "json (one object per group), tsv, csv or md (a Markdown table)")
      ->check(CLI::IsMember({"json", "tsv", "csv", "md"}))
      ->type_name("FORMAT");
  CLI::Option* disagreements =
      app.add_flag("--disagreements", o->disagreements,
                   "list the coded pledges where links and coding differ, instead of the figures");
  app.add_flag("--calibration", o->calibration,
               "instead of the figures, how often links are right per score band and rank (best, or lower)")
      ->excludes(disagreements);
  add_skip_invalid_option(app, o->skip_invalid, "JSON objects");
  app.footer(
      "Figures per program (the doc of the coded pledges) and for all: recall@1 and recall@3 (of the\n"
      "pledges coded with a row, those with an accepted row as the best link / among the 3 best),\n"
      "precision@1 (best links that are accepted), counted precision (links with \"addresses\":true\n"
      "that are accepted), and the pledges coded none that got no counted link.\n"
      "\n"
      "Examples:\n"
      "  vil match plan.jsonl pledges.jsonl > links.jsonl\n"
      "  vil agree links.jsonl ../shared/gold/links-dev.tsv --format md\n"
      "  vil match --format csv plan.jsonl pledges.jsonl > sheet.csv    code the 'code' column, then\n"
      "  vil agree links.jsonl sheet.csv --disagreements --format md\n"
      "  vil agree links.jsonl coding.tsv --calibration --format md     choose vil match --decide\n"
      "\n"
      "Exit status: 0 done; 2 bad input or options.");
  run = [o] { return run_agree(*o); };
}

}  // namespace vil::cli

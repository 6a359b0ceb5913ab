// The command line of vil: parses it, dispatches to one subcommand and maps errors to
// exit codes. main.cpp calls it for the process; the CLI fuzz target calls it too.

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <cerrno>
#include <cstring>

#include "cli_completion.hpp"
#include "cli_io.hpp"
#include "commands.hpp"
#include "vil/exit_status.hpp"
#include "vil/stemmer.hpp"

namespace vil::cli {

const std::vector<Command>& commands() {
  static const std::vector<Command> table = {
      {"extract", "segment documents into JSON Lines records", setup_extract},
      {"grep", "keep the records whose fields match a pattern", setup_grep},
      {"tag", "attach topic and SDG tags from rule files, and say why", setup_tag},
      {"stats", "count records by fields, as JSON, TSV, CSV or Markdown", setup_stats},
      {"diff", "align two record sets: same, changed, moved, removed, added", setup_diff},
      {"match", "link records across sets by text similarity, best first", setup_match},
      {"agree", "measure links against a hand coding: recall, precision, disagreements", setup_agree},
  };
  return table;
}

namespace {

// Levenshtein distance, for "did you mean".
std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] != b[j - 1])});
      diag = up;
    }
  }
  return row[b.size()];
}

// The declared subcommand called name, or nullptr (CLI11 2.1 has no non-throwing lookup).
CLI::App* find_subcommand(CLI::App& app, std::string_view name) {
  for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; }))
    if (sub->get_name() == name) return sub;
  return nullptr;
}

int unknown_command(std::string_view name) {
  std::string message = fmt::format("unknown subcommand '{}'", name);
  for (const Command& c : commands())
    if (edit_distance(name, c.name) <= 2) message += fmt::format("; did you mean '{}'?", c.name);
  report(message);
  report("run 'vil --help' for the list of subcommands");
  return k_exit_trouble;
}

// code, unless what was printed on standard output (help, the version) could not be
// written: then 2 and one line on stderr (vil --help >/dev/full, vil --help >&-).
int stdout_written(int code) {
  if (stdout_closed()) {
    report("cannot write to standard output: it is closed");
    return k_exit_trouble;
  }
  if (std::fflush(stdout) == 0 && std::ferror(stdout) == 0) return code;
  report(std::string("standard output: ") + std::strerror(errno));
  return k_exit_trouble;
}

// True when this command line reaches the options of subcommand name: it names it
// first (vil NAME ..., vil help NAME), or asks for a completion script. Only those
// subcommands declare their options: declaring all of them took a third of the
// start-up of `vil --version`.
bool needs_options(std::string_view name, int argc, char** argv) {
  for (int i = 1; i < argc; ++i)
    if (std::string_view(argv[i]).substr(0, 12) == "--completion") return true;
  // The first word that is not an option (vil -h extract, vil --help extract).
  int first = 1;
  while (first < argc && argv[first][0] == '-') ++first;
  if (first < argc && argv[first] == name) return true;
  return first + 1 < argc && std::string_view(argv[first]) == "help" && argv[first + 1] == name;
}

}  // namespace

int run(int argc, char** argv) {
  CLI::App app{
      "vil: segment, filter, tag, compare and count party pledges and municipal plans.\n"
      "Every subcommand reads text or JSON Lines and writes JSON Lines.",
      "vil"};
  app.set_version_flag("-V,--version", std::string("vil ") + VIL_VERSION);
  app.require_subcommand(0, 1);
  app.footer(
      "Run 'vil help SUBCOMMAND' or 'vil SUBCOMMAND --help' for its options; 'man vil' for the record "
      "format.");
  std::vector<std::function<int()>> runs(commands().size());
  for (std::size_t i = 0; i < commands().size(); ++i) {
    CLI::App* sub = app.add_subcommand(std::string(commands()[i].name), std::string(commands()[i].summary));
    if (needs_options(commands()[i].name, argc, argv)) commands()[i].setup(*sub, runs[i]);
    sub->description(std::string(commands()[i].summary));  // the list shows one line each
  }
  std::string shell;
  app.add_option("--completion", shell,
                 "print a completion script for zsh or fish (bash: installed with vil)")
      ->check(CLI::IsMember({"zsh", "fish"}))
      ->type_name("SHELL");
  std::string help_topic;
  CLI::App* help = app.add_subcommand("help", "show the help of a subcommand");
  help->add_option("subcommand", help_topic, "the subcommand");

  if (argc >= 2) {
    const std::string_view first = argv[1];
    if (!first.empty() && first[0] != '-' && find_subcommand(app, first) == nullptr)
      return unknown_command(first);
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return stdout_written(app.exit(e));
  } catch (const CLI::CallForAllHelp& e) {
    return stdout_written(app.exit(e));
  } catch (const CLI::CallForVersion& e) {
    return stdout_written(app.exit(e));
  } catch (const CLI::ParseError& e) {
    const CLI::App* failed = &app;
    for (const CLI::App* sub : app.get_subcommands()) failed = sub;
    report(e.what());
    report(
        fmt::format("run '{}--help' for usage", failed == &app ? "vil " : "vil " + failed->get_name() + " "));
    return k_exit_trouble;
  }
  if (!shell.empty()) {
    std::fputs(completion_script(app, shell).c_str(), stdout);
    return stdout_written(k_exit_ok);
  }
  if (help->parsed()) {
    if (help_topic.empty()) {  // the list of subcommands (app.help() would give help's own)
      std::fputs(app.get_formatter()->make_help(&app, "vil", CLI::AppFormatMode::Normal).c_str(), stdout);
      return stdout_written(k_exit_ok);
    }
    CLI::App* sub = find_subcommand(app, help_topic);
    if (sub == nullptr || sub == help) return unknown_command(help_topic);
    std::fputs(sub->help("vil").c_str(), stdout);
    return stdout_written(k_exit_ok);
  }
  for (std::size_t i = 0; i < commands().size(); ++i)
    if (app.got_subcommand(std::string(commands()[i].name))) return runs[i]();
  std::fputs(app.help().c_str(), stderr);
  return k_exit_trouble;  // no subcommand: a usage error
}

int run_guarded(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const BrokenPipe&) {
    return closed_pipe_status();
  } catch (const Fatal& e) {
    report(e.what());
    return k_exit_trouble;
  } catch (const MissingLibrary& e) {
    report(e.what());
    return k_exit_trouble;
  } catch (const std::bad_alloc&) {
    report("out of memory");
    return k_exit_trouble;
  } catch (const std::exception& e) {
    report(std::string("internal error: ") + e.what());
    return k_exit_trouble;
  }
}

}  // namespace vil::cli

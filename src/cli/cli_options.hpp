#pragma once

// Checks of option values shared by the subcommands, declared once.

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "vil/record.hpp"

namespace vil::cli {

// A number from lo to hi: "nan", "inf" and anything else are refused with
// "VALUE is not a number from LO to HI" (CLI11's Range lets NaN through).
CLI::Validator number_from(double lo, double hi);

// A whole number from 1 up: "0 is not a whole number from 1 up".
CLI::Validator count_from_one();

// An option given once per value and repeated for more (--kind a --kind b), which
// never takes the words after its value: "--kind bullet klima file" leaves the pattern
// and the file alone. Returns the option.
inline CLI::Option* repeatable(CLI::Option* option) {
  return option->expected(1)->allow_extra_args(false)->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
}

// --format for a subcommand that writes JSON Lines or a text view: `what` says what
// each is ("jsonl (...) or text (...)"). Not given (""), the view is text when standard
// output is a terminal: see text_view.
CLI::Option* add_view_format_option(CLI::App& app, std::string& format, const std::string& what);

// True when --format (as add_view_format_option declares it) asks for text, or was not
// given and standard output is a terminal.
bool text_view(const std::string& format, bool stdout_is_terminal);

// --color WHEN (auto, always, never) for a text view; help says what colour shows.
CLI::Option* add_color_option(CLI::App& app, std::string& color, const std::string& help);

// --skip-invalid: warn about lines that are not `what` ("records"), count them, go on.
CLI::Option* add_skip_invalid_option(CLI::App& app, bool& skip_invalid, const std::string& what = "records");

// --kind KIND, repeated for several.
CLI::Option* add_kind_option(CLI::App& app, std::vector<std::string>& kinds, const std::string& help);

// The kinds --kind named; false after reporting "--kind: unknown kind 'K' (...)".
bool parse_kind_option(const std::vector<std::string>& names, std::vector<Kind>& out);

// False after reporting it when both LEFT and RIGHT are "-": one standard input.
bool check_one_stdin(const std::string& left, const std::string& right);
// False, with a report, when paths name standard input ("-") more than once.
bool check_stdin_once(const std::vector<std::string>& paths);

}  // namespace vil::cli

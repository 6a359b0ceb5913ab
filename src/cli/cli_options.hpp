#pragma once

// Checks of option values shared by the subcommands, declared once.

#include <CLI/CLI.hpp>

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

}  // namespace vil::cli

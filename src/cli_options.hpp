#pragma once

// Checks of option values shared by the subcommands, declared once.

#include <CLI/CLI.hpp>

namespace vil::cli {

// A number from lo to hi: "nan", "inf" and anything else are refused with
// "VALUE is not a number from LO to HI" (CLI11's Range lets NaN through).
CLI::Validator number_from(double lo, double hi);

// A whole number from 1 up: "0 is not a whole number from 1 up".
CLI::Validator count_from_one();

}  // namespace vil::cli

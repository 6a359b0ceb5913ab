#pragma once

namespace vil {

// Exit codes shared by every subcommand (ninja's ExitStatus): grep-like and diff-like.
enum ExitStatus : int {
  k_exit_ok = 0,        // success, or something matched
  k_exit_no_match = 1,  // nothing matched, or differences were found
  k_exit_trouble = 2,   // bad input, bad usage, I/O error
};

}  // namespace vil

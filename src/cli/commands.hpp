#pragma once

// The one table of subcommands: dispatch, `vil help`, the list in `vil --help`,
// and "did you mean" all read it.

#include <functional>
#include <string_view>
#include <vector>

namespace CLI {
class App;
}

namespace vil::cli {

// Declares a subcommand's options on app and sets run to the function that carries
// it out once the command line is parsed; run returns the exit status.
using SetupFn = void (*)(CLI::App& app, std::function<int()>& run);

struct Command {
  std::string_view name;
  std::string_view summary;  // one line, for the list
  SetupFn setup;
};

const std::vector<Command>& commands();

// Runs the command line (argv[0] is the program) and returns the exit status; errors
// are reported on stderr and mapped to k_exit_trouble, a closed pipe to k_exit_ok.
// main() calls it once per process; the CLI fuzz target once per input.
int run_guarded(int argc, char** argv);

void setup_extract(CLI::App& app, std::function<int()>& run);
void setup_grep(CLI::App& app, std::function<int()>& run);
void setup_tag(CLI::App& app, std::function<int()>& run);
void setup_stats(CLI::App& app, std::function<int()>& run);
void setup_diff(CLI::App& app, std::function<int()>& run);
void setup_match(CLI::App& app, std::function<int()>& run);
void setup_agree(CLI::App& app, std::function<int()>& run);

}  // namespace vil::cli

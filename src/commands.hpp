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

void setup_extract(CLI::App& app, std::function<int()>& run);
void setup_grep(CLI::App& app, std::function<int()>& run);
void setup_tag(CLI::App& app, std::function<int()>& run);
void setup_stats(CLI::App& app, std::function<int()>& run);
void setup_diff(CLI::App& app, std::function<int()>& run);
void setup_match(CLI::App& app, std::function<int()>& run);
void setup_agree(CLI::App& app, std::function<int()>& run);

}  // namespace vil::cli

#pragma once

// Completion scripts for zsh and fish, made from the option declarations of the
// command line itself (vil --completion SHELL), so they list exactly what each
// subcommand accepts. bash has its own script, which reads --help at completion time
// (scripts/completion/vil.bash).

#include <string>

namespace CLI {
class App;
}

namespace vil::cli {

// The script for shell ("zsh" or "fish") completing app's subcommands, their options
// (with the values of --format, --color, --kind and the like) and file arguments.
std::string completion_script(const CLI::App& app, const std::string& shell);

}  // namespace vil::cli

#include "cli_options.hpp"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <string>

#include "cli_io.hpp"

namespace vil::cli {
namespace {

std::string short_number(double x) {
  std::string s = std::to_string(x);
  s.erase(s.find_last_not_of('0') + 1);
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

}  // namespace

CLI::Validator number_from(double lo, double hi) {
  const std::string range = short_number(lo) + " to " + short_number(hi);
  return CLI::Validator(
      [lo, hi, range](std::string& value) -> std::string {
        char* end = nullptr;
        errno = 0;
        const double x = std::strtod(value.c_str(), &end);
        const bool ok = !value.empty() && end == value.c_str() + value.size() && errno == 0 &&
                        std::isfinite(x) && x >= lo && x <= hi;
        return ok ? std::string() : value + " is not a number from " + range;
      },
      short_number(lo) + ".." + short_number(hi));
}

CLI::Validator count_from_one() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        const bool ok = !value.empty() && value.size() <= 9 &&
                        value.find_first_not_of("0123456789") == std::string::npos && std::stol(value) >= 1;
        return ok ? std::string() : value + " is not a whole number from 1 up";
      },
      "1..");
}

CLI::Option* add_view_format_option(CLI::App& app, std::string& format, const std::string& what) {
  return app
      .add_option("--format", format, what + "; default jsonl, or text when standard output is a terminal")
      ->check(CLI::IsMember({"jsonl", "text"}))
      ->type_name("FORMAT");
}

bool text_view(const std::string& format, bool stdout_is_terminal) {
  return format == "text" || (format.empty() && stdout_is_terminal);
}

CLI::Option* add_color_option(CLI::App& app, std::string& color, const std::string& help) {
  return app.add_option("--color", color, help)
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->type_name("WHEN");
}

CLI::Option* add_skip_invalid_option(CLI::App& app, bool& skip_invalid, const std::string& what) {
  return app.add_flag("--skip-invalid", skip_invalid,
                      "warn about lines that are not " + what + ", count them, and go on");
}

CLI::Option* add_kind_option(CLI::App& app, std::vector<std::string>& kinds, const std::string& help) {
  return repeatable(app.add_option("--kind", kinds, help)->type_name("KIND"));
}

bool parse_kind_option(const std::vector<std::string>& names, std::vector<Kind>& out) {
  for (const std::string& name : names) {
    Kind k;
    if (!parse_kind(name, k)) {
      report("--kind: unknown kind '" + name + "' (" + kind_list() + ")");
      return false;
    }
    out.push_back(k);
  }
  return true;
}

bool check_stdin_once(const std::vector<std::string>& paths) {
  if (std::count(paths.begin(), paths.end(), "-") < 2) return true;
  report("standard input ('-') is named more than once: it can be read once");
  return false;
}

bool check_one_stdin(const std::string& left, const std::string& right) {
  if (left != "-" || right != "-") return true;
  report("only one of LEFT and RIGHT can be standard input");
  return false;
}

}  // namespace vil::cli

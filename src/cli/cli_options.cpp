#include "cli_options.hpp"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <string>

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
        const bool ok = !value.empty() && end == value.c_str() + value.size() && errno == 0 && std::isfinite(x) &&
                        x >= lo && x <= hi;
        return ok ? std::string() : value + " is not a number from " + range;
      },
      short_number(lo) + ".." + short_number(hi));
}

CLI::Validator count_from_one() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        const bool ok = !value.empty() && value.size() <= 9 && value.find_first_not_of("0123456789") == std::string::npos &&
                        std::stol(value) >= 1;
        return ok ? std::string() : value + " is not a whole number from 1 up";
      },
      "1..");
}

}  // namespace vil::cli

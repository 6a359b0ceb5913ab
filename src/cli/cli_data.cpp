#include "cli_data.hpp"

#include <cstdlib>
#include <filesystem>
#include <system_error>
#include <vector>

namespace vil::cli {
namespace {

std::vector<std::string> dirs() {
  std::vector<std::string> out;
  if (const char* env = std::getenv("VIL_DATA_DIR"); env != nullptr && *env != '\0') out.emplace_back(env);
  if (std::string installed = beside_binary("../share/vil"); !installed.empty()) out.push_back(installed);
  out.emplace_back(VIL_SOURCE_DATA_DIR);
  out.emplace_back(VIL_INSTALL_DATA_DIR);
  return out;
}

}  // namespace

std::string beside_binary(const std::string& relative) {
  std::error_code ec;
  const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::string() : (exe.parent_path() / relative).lexically_normal().string();
}

std::string find_data(const std::string& relative) {
  for (const std::string& d : dirs()) {
    std::error_code ec;
    const std::filesystem::path p = std::filesystem::path(d) / relative;
    if (std::filesystem::is_regular_file(p, ec)) return p.string();
  }
  return "";
}

std::string data_dirs() {
  std::string out;
  for (const std::string& d : dirs()) out += (out.empty() ? "" : ", ") + d;
  return out;
}

}  // namespace vil::cli

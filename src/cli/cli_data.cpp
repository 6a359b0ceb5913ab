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
  std::error_code ec;
  const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) out.push_back((exe.parent_path().parent_path() / "share" / "vil").string());
  out.emplace_back(VIL_SOURCE_DATA_DIR);
  out.emplace_back(VIL_INSTALL_DATA_DIR);
  return out;
}

}  // namespace

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

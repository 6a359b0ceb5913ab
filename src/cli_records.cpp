#include "cli_records.hpp"

#include <CLI/CLI.hpp>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace vil::cli {
namespace {

constexpr std::size_t k_skipped_reported = 10;  // per input; the rest are counted

}  // namespace

CLI::Validator whole_number() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        const bool digits = !value.empty() && value.size() < 10 &&
                            value.find_first_not_of("0123456789") == std::string::npos;
        return digits ? std::string() : value + " is not a whole number >= 0";
      },
      "N>=0");
}

void add_record_input_options(CLI::App& app, RecordInputOptions& options) {
  app.add_option("file", options.files, "JSON Lines files to read; '-' or none: standard input")
      ->type_name("FILE...");
  app.add_flag("--skip-invalid", options.skip_invalid,
               "warn about lines that are not records, count them, and go on");
}

bool FdSource::read(char* buf, std::size_t cap, std::size_t& got, std::string& err) {
  while (true) {
    const ssize_t n = ::read(m_fd, buf, cap);
    if (n >= 0) {
      got = static_cast<std::size_t>(n);
      return true;
    }
    if (errno == EINTR) continue;
    err = std::strerror(errno);
    return false;
  }
}

void close_fd(int fd) {
  if (fd != STDIN_FILENO) ::close(fd);
}

bool RecordReader::open(const std::string& path, int& fd, std::string& name) {
  name = path == "-" ? "stdin" : path;
  fd = path == "-" ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    report({name, 0, std::strerror(errno)});
    m_failed = true;
    return false;
  }
  struct stat st {};
  if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    report({name, 0, "is a directory"});
    close_fd(fd);
    m_failed = true;
    return false;
  }
  return true;
}

void report_skipped(std::string_view file, std::size_t line, const std::string& why, std::size_t& skipped) {
  ++skipped;
  if (skipped <= k_skipped_reported) report({std::string(file), line, why + "; skipped"});
}

}  // namespace vil::cli

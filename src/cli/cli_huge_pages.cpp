#include "cli_huge_pages.hpp"

#include <fcntl.h>
#include <gnu/libc-version.h>
#include <sys/auxv.h>
#include <unistd.h>

#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>

#include "cli_io.hpp"

namespace vil::cli {
namespace {

constexpr const char* k_marker = "VIL_RAN_AGAIN";  // set for the new run, which clears it

char** g_argv = nullptr;
bool g_ran_again = false;

// glibc 2.35 or later: the first to read glibc.malloc.hugetlb.
bool glibc_reads_hugetlb() {
  unsigned major = 0;
  unsigned minor = 0;
  return std::sscanf(gnu_get_libc_version(), "%u.%u", &major, &minor) == 2 && (major > 2 || minor >= 35);
}

// The kernel gives transparent huge pages on madvise (or always).
bool kernel_gives_huge_pages() {
  const int fd = ::open("/sys/kernel/mm/transparent_hugepage/enabled", O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  char mode[128] = {};
  const ssize_t n = ::read(fd, mode, sizeof mode - 1);
  ::close(fd);
  return n > 0 && std::strstr(mode, "[never]") == nullptr;
}

// The file mapped where this function's code is, as /proc/self/maps names it ("" if
// not found).
std::string file_of_this_code() {
  const auto here = reinterpret_cast<std::uintptr_t>(&file_of_this_code);
  std::ifstream maps("/proc/self/maps");
  std::string line;
  while (std::getline(maps, line)) {
    std::uintptr_t begin = 0;
    std::uintptr_t end = 0;
    if (std::sscanf(line.c_str(), "%" SCNxPTR "-%" SCNxPTR, &begin, &end) != 2 || here < begin || here >= end)
      continue;
    const std::size_t slash = line.find('/');
    return slash == std::string::npos ? std::string() : line.substr(slash);
  }
  return {};
}

// Valgrind runs vil as its own client (its preload library names it): a program
// executed from there runs without it.
bool under_valgrind() {
  const char* preload = std::getenv("LD_PRELOAD");
  return preload != nullptr && std::strstr(preload, "vgpreload") != nullptr;
}

// The program the kernel ran, when it is the file that holds this code (not the dynamic
// loader that was given vil to run); else "".
std::string this_program() {
  char path[4096];
  const ssize_t n = ::readlink("/proc/self/exe", path, sizeof path - 1);
  if (n <= 0) return {};
  const std::string exe(path, static_cast<std::size_t>(n));
  return exe == file_of_this_code() ? exe : std::string();
}

}  // namespace

void allow_running_again(char** argv) {
  g_argv = argv;
  g_ran_again = std::getenv(k_marker) != nullptr;
  if (g_ran_again) ::unsetenv(k_marker);
}

void run_again_with_huge_pages(const std::vector<std::string>& inputs) {
  if (g_argv == nullptr || g_ran_again || ::getauxval(AT_SECURE) != 0) return;
  std::uint64_t bytes = 0;
  for (const std::string& path : inputs) bytes += regular_file_bytes(path);
  if (bytes < k_large_input_bytes) return;
  const char* tunables = std::getenv("GLIBC_TUNABLES");
  if (tunables != nullptr && std::strstr(tunables, "glibc.malloc.hugetlb") != nullptr) return;
  if (!glibc_reads_hugetlb() || !kernel_gives_huge_pages() || under_valgrind()) return;
  const std::string program = this_program();
  if (program.empty()) return;
  const std::string before = tunables != nullptr ? tunables : "";
  const std::string value = (before.empty() ? "" : before + ":") + "glibc.malloc.hugetlb=1";
  if (::setenv("GLIBC_TUNABLES", value.c_str(), 1) == 0 && ::setenv(k_marker, "1", 1) == 0)
    ::execv(program.c_str(), g_argv);
  // Not executed: this run goes on, its environment as it was.
  ::unsetenv(k_marker);
  if (tunables != nullptr)
    ::setenv("GLIBC_TUNABLES", before.c_str(), 1);
  else
    ::unsetenv("GLIBC_TUNABLES");
}

}  // namespace vil::cli

// vil: a corpus tool for party programs and municipal plans. The process around the
// command line (src/cli/cli_main.cpp): standard streams, SIGPIPE, the exit status.

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include "cli_io.hpp"
#include "commands.hpp"

namespace {

// vil diff and vil match hold both their inputs in memory (250 MiB for 50,000 records a
// side) and spent a third of their time faulting in 4 KiB pages and missing the TLB.
// glibc backs malloc's memory with transparent huge pages when asked at start-up
// (GLIBC_TUNABLES=glibc.malloc.hugetlb=1, glibc 2.35 and later), and only the
// environment can ask: such a run sets it and executes this program again, once. Not
// when the kernel gives no huge pages, when GLIBC_TUNABLES already says (the user's
// choice: hugetlb=0 turns this off), or when the exec fails (the run goes on as it is);
// nor for small inputs (the files named on the command line under 1 MB in all), where
// the exec's few milliseconds would be most of the run.
void ask_for_huge_pages(int argc, char** argv) {
  std::uint64_t bytes = 0;
  for (int i = 2; i < argc; ++i) bytes += vil::cli::regular_file_bytes(argv[i]);
  if (bytes < vil::cli::k_large_input_bytes) return;
  const char* tunables = std::getenv("GLIBC_TUNABLES");
  if (tunables != nullptr && std::strstr(tunables, "glibc.malloc.hugetlb") != nullptr) return;
  const int fd = ::open("/sys/kernel/mm/transparent_hugepage/enabled", O_RDONLY | O_CLOEXEC);
  if (fd < 0) return;
  char mode[128] = {};
  const ssize_t n = ::read(fd, mode, sizeof mode - 1);
  ::close(fd);
  if (n <= 0 || std::strstr(mode, "[never]") != nullptr) return;
  std::string value = tunables != nullptr && *tunables != '\0' ? std::string(tunables) + ":" : std::string();
  value += "glibc.malloc.hugetlb=1";
  if (::setenv("GLIBC_TUNABLES", value.c_str(), 1) != 0) return;
  ::execv("/proc/self/exe", argv);
  // Not executed: this run goes on, and so would a program it started.
  if (tunables != nullptr)
    ::setenv("GLIBC_TUNABLES", tunables, 1);
  else
    ::unsetenv("GLIBC_TUNABLES");
}

}  // namespace

int main(int argc, char** argv) {
  // A closed standard stream (2>&-) gets /dev/null, so that no file vil opens takes its
  // descriptor: diagnostics never land in an output file.
  for (int fd = 0; fd <= 2; ++fd)
    if (::fcntl(fd, F_GETFD) < 0 && errno == EBADF) {
      const int null = ::open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY);
      if (null >= 0 && null != fd) {
        ::dup2(null, fd);
        ::close(null);
      }
    }
  if (argc >= 2 && (std::string_view(argv[1]) == "diff" || std::string_view(argv[1]) == "match"))
    ask_for_huge_pages(argc, argv);
  std::signal(SIGPIPE, SIG_IGN);  // a closed pipe shows up as EPIPE and ends the run quietly
  return vil::cli::run_guarded(argc, argv);
}

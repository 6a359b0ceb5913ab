// vil: a corpus tool for party programs and municipal plans. The process around the
// command line (src/cli/cli_main.cpp): standard streams, SIGPIPE, the exit status.

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>

#include "cli_huge_pages.hpp"
#include "cli_io.hpp"
#include "commands.hpp"

int main(int argc, char** argv) {
  // A closed standard stream (2>&-) gets /dev/null, so that no file vil opens takes its
  // descriptor: diagnostics never land in an output file. Output for a closed standard
  // output is an error all the same (note_stdout_closed), as in cat >&-.
  for (int fd = 0; fd <= 2; ++fd)
    if (::fcntl(fd, F_GETFD) < 0 && errno == EBADF) {
      if (fd == STDOUT_FILENO) vil::cli::note_stdout_closed();
      const int null = ::open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY);
      if (null >= 0 && null != fd) {
        ::dup2(null, fd);
        ::close(null);
      }
    }
  vil::cli::allow_running_again(argv);  // diff and match, on large inputs (cli_huge_pages.hpp)
  std::signal(SIGPIPE, SIG_IGN);        // a closed pipe shows up as EPIPE and ends the run quietly
  return vil::cli::run_guarded(argc, argv);
}

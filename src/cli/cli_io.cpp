#include "cli_io.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>

#include "vil/exit_status.hpp"
#include "vil/limits.hpp"
#include "vil/text.hpp"

namespace vil::cli {
namespace {

constexpr std::size_t k_flush_at = 1 << 16;

// The temporary output file to remove if a signal ends the run (async-signal-safe).
char g_temp_path[4096];

extern "C" void remove_temp_and_die(int sig) {
  if (g_temp_path[0] != '\0') ::unlink(g_temp_path);
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}

std::string errno_text(int err) { return std::strerror(err); }

// Removes the temporary files of earlier runs writing target that were killed before
// they could (SIGKILL, a crash): "TARGET.vil-tmp-PID-XXXXXX" whose PID is gone.
void remove_stale_temps(const std::string& target) {
  const std::size_t slash = target.rfind('/');
  const std::string dir = slash == std::string::npos ? "." : (slash == 0 ? "/" : target.substr(0, slash));
  const std::string prefix = (slash == std::string::npos ? target : target.substr(slash + 1)) + ".vil-tmp-";
  DIR* d = ::opendir(dir.c_str());
  if (d == nullptr) return;
  while (const dirent* e = ::readdir(d)) {
    const std::string name = e->d_name;
    if (name.compare(0, prefix.size(), prefix) != 0) continue;
    const std::string rest = name.substr(prefix.size());
    const std::size_t dash = rest.find('-');
    if (dash == 0 || dash == std::string::npos || rest.find_first_not_of("0123456789") != dash) continue;
    const long pid = std::strtol(rest.c_str(), nullptr, 10);
    if (pid <= 0 || (::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH))
      ::unlink((dir + "/" + name).c_str());
  }
  ::closedir(d);
}

// Removes the temporary file on sig, unless the signal was ignored when vil started
// (nohup, a shell's background job): then it stays ignored.
void catch_unless_ignored(int sig) {
  struct sigaction old {};
  if (::sigaction(sig, nullptr, &old) == 0 && old.sa_handler == SIG_IGN) return;
  std::signal(sig, remove_temp_and_die);
}

}  // namespace

namespace {
std::atomic<int> g_closed_pipe_status{k_exit_ok};
}  // namespace

void raise_closed_pipe_status(int status) {
  int now = g_closed_pipe_status.load(std::memory_order_relaxed);
  while (now < status &&
         !g_closed_pipe_status.compare_exchange_weak(now, status, std::memory_order_relaxed)) {
  }
}

void note_trouble() { raise_closed_pipe_status(k_exit_trouble); }

int closed_pipe_status() { return g_closed_pipe_status.load(std::memory_order_relaxed); }

namespace {
std::atomic<bool> g_progress_line{false};
}  // namespace

void set_progress_line_showing(bool showing) { g_progress_line.store(showing, std::memory_order_relaxed); }

bool progress_line_showing() { return g_progress_line.load(std::memory_order_relaxed); }

void report(const Diagnostic& d) { report(format_diagnostic(d)); }

void report(std::string_view message) {
  // One line, whatever the message holds (a pattern with a newline, a file name with
  // an escape sequence): control characters are shown, not obeyed.
  std::string line = g_progress_line.exchange(false, std::memory_order_relaxed) ? "\r\x1b[Kvil: " : "vil: ";
  line.append(printable(message));
  line.push_back('\n');
  std::fwrite(line.data(), 1, line.size(), stderr);
}

bool file_exists(const std::string& path) {
  struct stat st;
  return path == "-" || ::stat(path.c_str(), &st) == 0;
}

std::uint64_t regular_file_bytes(const std::string& path) {
  struct stat st {};
  if (path == "-" || ::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return 0;
  return static_cast<std::uint64_t>(st.st_size);
}

bool is_directory(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

bool read_file(const std::string& path, std::string& out, std::string& err) {
  out.clear();
  const bool is_stdin = path == "-";
  const int fd = is_stdin ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    err = errno_text(errno);
    return false;
  }
  struct stat st {};
  if (::fstat(fd, &st) == 0) {
    if (S_ISDIR(st.st_mode)) {
      if (!is_stdin) ::close(fd);
      err = "is a directory";
      return false;
    }
    if (S_ISREG(st.st_mode) && static_cast<std::uint64_t>(st.st_size) > k_max_file_bytes) {
      if (!is_stdin) ::close(fd);
      err = "larger than " + limit_text(k_max_file_bytes) + ", the most vil reads as one file";
      return false;
    }
    if (S_ISREG(st.st_mode) && st.st_size > 0) out.reserve(static_cast<std::size_t>(st.st_size));
  }
  char chunk[1 << 16];
  while (true) {
    const ssize_t n = ::read(fd, chunk, sizeof chunk);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      err = errno_text(errno);
      if (!is_stdin) ::close(fd);
      return false;
    }
    if (out.size() + static_cast<std::size_t>(n) > k_max_file_bytes) {
      err = "larger than " + limit_text(k_max_file_bytes) + ", the most vil reads as one file";
      if (!is_stdin) ::close(fd);
      return false;
    }
    out.append(chunk, static_cast<std::size_t>(n));
  }
  if (!is_stdin) ::close(fd);
  return true;
}

Output::Output(const std::string& path) : m_path(path == "-" ? std::string() : path) {
  m_buffer.reserve(k_flush_at * 2);
  if (m_path.empty()) return;
  // What is at the path decides how it is written: a FIFO, a device or a socket is
  // written through, never replaced; a symbolic link is followed, and the file it names
  // replaced, so the link stays; a regular file (or nothing) is replaced atomically.
  std::string target = m_path;
  struct stat st {};
  if (::stat(m_path.c_str(), &st) == 0) {
    if (S_ISDIR(st.st_mode)) throw Fatal(m_path + ": is a directory");
    if (!S_ISREG(st.st_mode)) {
      const int fd = ::open(m_path.c_str(), O_WRONLY | O_CLOEXEC);
      if (fd < 0) throw Fatal(m_path + ": cannot open: " + errno_text(errno));
      m_file = ::fdopen(fd, "wb");
      return;
    }
    if (char* real = ::realpath(m_path.c_str(), nullptr)) {
      target = real;
      std::free(real);
    }
  }
  m_target = target;
  remove_stale_temps(target);
  m_temp = target + ".vil-tmp-" + std::to_string(::getpid()) + "-XXXXXX";
  const int fd = ::mkstemp(m_temp.data());
  if (fd < 0) throw Fatal(m_path + ": cannot create output file: " + errno_text(errno));
  // mkstemp makes 0600: give the file the mode of the one it replaces, else the usual one.
  if (::stat(target.c_str(), &st) == 0 && S_ISREG(st.st_mode)) {
    ::fchmod(fd, st.st_mode & 07777);
  } else {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd, 0666 & ~mask);
  }
  m_file = ::fdopen(fd, "wb");
  if (m_temp.size() < sizeof g_temp_path) {
    std::memcpy(g_temp_path, m_temp.c_str(), m_temp.size() + 1);
    catch_unless_ignored(SIGINT);
    catch_unless_ignored(SIGTERM);
    catch_unless_ignored(SIGHUP);
  }
}

Output::~Output() {
  if (m_file != nullptr) std::fclose(m_file);
  if (!m_temp.empty() && !m_committed) ::unlink(m_temp.c_str());
  g_temp_path[0] = '\0';
}

bool Output::is_terminal() const { return m_path.empty() && ::isatty(STDOUT_FILENO); }

void Output::write(std::string_view s) {
  m_buffer.append(s);
  flush_if_full();
}

void Output::flush_if_full() {
  if (m_buffer.size() >= k_flush_at) flush();
}

namespace {
bool g_stdout_closed = false;
}  // namespace

void note_stdout_closed() { g_stdout_closed = true; }
bool stdout_closed() { return g_stdout_closed; }

void Output::flush() {
  if (m_buffer.empty()) return;
  m_wrote = true;
  if (m_file == nullptr) {
    if (g_stdout_closed) throw Fatal("cannot write to standard output: it is closed");
    const char* p = m_buffer.data();
    std::size_t left = m_buffer.size();
    while (left > 0) {
      const ssize_t n = ::write(STDOUT_FILENO, p, left);
      if (n < 0) {
        if (errno == EINTR) continue;
        if (errno == EPIPE) throw BrokenPipe();
        throw Fatal("cannot write to standard output: " + errno_text(errno));
      }
      p += n;
      left -= static_cast<std::size_t>(n);
    }
  } else if (std::fwrite(m_buffer.data(), 1, m_buffer.size(), m_file) != m_buffer.size()) {
    throw Fatal(m_path + ": cannot write: " + errno_text(errno));
  }
  m_buffer.clear();
}

void Output::commit() {
  flush();
  if (m_file == nullptr) return;
  // A FIFO or a device is written through (no temporary file): flushed, not synced.
  const bool through = m_temp.empty();
  const bool ok = std::fflush(m_file) == 0 && (through || ::fsync(::fileno(m_file)) == 0);
  const int err = errno;
  std::fclose(m_file);
  m_file = nullptr;
  if (!ok) throw Fatal(m_path + ": cannot write: " + errno_text(err));
  // A run that met trouble and wrote nothing (every input missing) leaves FILE as it
  // was: one mistyped name does not empty yesterday's output.
  if (!through && !m_wrote && closed_pipe_status() == k_exit_trouble) return;  // ~Output removes the temp
  if (!through && ::rename(m_temp.c_str(), m_target.c_str()) != 0)
    throw Fatal(m_path + ": cannot replace: " + errno_text(errno));
  m_committed = true;
}

}  // namespace vil::cli

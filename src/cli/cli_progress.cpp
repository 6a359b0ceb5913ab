#include "cli_progress.hpp"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "cli_io.hpp"

namespace vil::cli {

using clock_type = std::chrono::steady_clock;

namespace {

// How long work goes before its first progress line: a second, or the whole seconds of
// $VIL_PROGRESS_AFTER (0: at once; tests use it, as a second depends on the machine).
std::chrono::seconds first_after() {
  const char* env = std::getenv("VIL_PROGRESS_AFTER");
  if (env == nullptr || *env == '\0') return std::chrono::seconds(1);
  try {
    std::size_t end = 0;
    const long seconds = std::stol(env, &end);
    if (end == std::string(env).size() && seconds >= 0) return std::chrono::seconds(seconds);
  } catch (const std::exception&) {
  }
  return std::chrono::seconds(1);
}

}  // namespace

Progress::Progress(std::string what)
    : m_on(::isatty(STDERR_FILENO) != 0),
      m_what(std::move(what)),
      m_first_after(m_on ? first_after() : std::chrono::seconds(1)),
      m_start(clock_type::now()),
      m_last(m_start) {}

Progress::~Progress() {
  if (m_shown && progress_line_showing()) std::fputs("\r\x1b[K", stderr);  // erase the line
  set_progress_line_showing(false);
}

bool Progress::due() {
  if (!m_on || (++m_calls & 1023) != 1) return false;
  const clock_type::time_point now = clock_type::now();
  // Nothing for the first second (short runs stay quiet), then four times a second.
  if (now - m_start < m_first_after || (m_shown && now - m_last < std::chrono::milliseconds(250)))
    return false;
  m_last = now;
  return true;
}

void Progress::show(std::string_view text) {
  m_shown = true;
  set_progress_line_showing(true);
  std::fprintf(stderr, "\r\x1b[Kvil %s: %.*s", m_what.c_str(), static_cast<int>(text.size()), text.data());
  std::fflush(stderr);
}

void Progress::update(std::size_t done, std::size_t total, std::string_view unit) {
  if (!due()) return;
  m_shown = true;
  set_progress_line_showing(true);
  if (total > 0)
    std::fprintf(stderr, "\r\x1b[Kvil %s: %zu/%zu %.*s", m_what.c_str(), done, total,
                 static_cast<int>(unit.size()), unit.data());
  else
    std::fprintf(stderr, "\r\x1b[Kvil %s: %zu %.*s", m_what.c_str(), done, static_cast<int>(unit.size()),
                 unit.data());
  std::fflush(stderr);
}

}  // namespace vil::cli

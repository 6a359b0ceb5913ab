#pragma once

// Progress on stderr for long work, when stderr is a terminal: one line, rewritten at
// most four times a second, erased at the end. Silent otherwise (pipes, files, CI).

#include <chrono>
#include <string>

namespace vil::cli {

class Progress {
 public:
  explicit Progress(std::string what);
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // Reports how far the work is ("1200/12115 documents", "3.1 MB"); cheap when called
  // often, as only every 1024th call looks at the clock.
  void update(std::size_t done, std::size_t total, std::string_view unit);

  // The same, for a line of the caller's own: due() says whether to show one now (as
  // cheap as update), show(text) writes "vil WHAT: text".
  bool due();
  void show(std::string_view text);

 private:
  bool m_on = false;
  bool m_shown = false;
  std::string m_what;
  std::size_t m_calls = 0;
  std::chrono::seconds m_first_after;
  std::chrono::steady_clock::time_point m_start;
  std::chrono::steady_clock::time_point m_last;
};

}  // namespace vil::cli

#pragma once

// Colours for text output, ripgrep's: documents magenta, line numbers green, matches
// bold red; git's for diffs: removed red, added green. Off unless asked for, or standard output is a terminal and NO_COLOR is
// unset or empty.

#include <string>
#include <string_view>
#include <vector>

#include "vil/matcher.hpp"

namespace vil::cli {

class Style {
 public:
  // when: "auto", "always" or "never".
  static Style for_stdout(std::string_view when);

  std::string doc(std::string_view s) const { return paint("35", s); }
  std::string line(std::string_view s) const { return paint("32", s); }
  std::string match(std::string_view s) const { return paint("1;31", s); }
  std::string removed(std::string_view s) const { return paint("31", s); }
  std::string added(std::string_view s) const { return paint("32", s); }
  // text with each span painted as a match.
  std::string highlight(std::string_view text, const std::vector<Span>& spans) const;

 private:
  std::string paint(std::string_view code, std::string_view s) const;
  bool m_color = false;
};

}  // namespace vil::cli

#include "cli_style.hpp"

#include "vil/text.hpp"

#include <cstdlib>
#include <cstring>
#include <unistd.h>

namespace vil::cli {

Style Style::for_stdout(std::string_view when) {
  Style s;
  if (when == "always") {
    s.m_color = true;
  } else if (when == "auto") {
    const char* no_color = std::getenv("NO_COLOR");
    const char* term = std::getenv("TERM");
    s.m_color = ::isatty(STDOUT_FILENO) && (no_color == nullptr || *no_color == '\0') &&
                !(term != nullptr && std::strcmp(term, "dumb") == 0);
  }
  return s;
}

std::string Style::paint(std::string_view code, std::string_view s) const {
  if (!m_color) return printable(s);
  std::string out = "\x1b[";
  out += code;
  out += 'm';
  out += printable(s);
  out += "\x1b[0m";
  return out;
}

std::string Style::highlight(std::string_view text, const std::vector<Span>& spans) const {
  std::string out;
  std::size_t at = 0;
  for (const Span& sp : spans) {
    if (sp.begin < at || sp.end > text.size()) continue;
    out += printable(text.substr(at, sp.begin - at));
    out += match(text.substr(sp.begin, sp.end - sp.begin));
    at = sp.end;
  }
  out += printable(text.substr(at));
  return out;
}

}  // namespace vil::cli

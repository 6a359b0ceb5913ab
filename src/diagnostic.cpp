#include "vil/diagnostic.hpp"

namespace vil {

std::string format_diagnostic(const Diagnostic& d) {
  std::string s = d.file;
  if (d.line > 0) s += ":" + std::to_string(d.line);
  s += ": ";
  s += d.message;
  return s;
}

}  // namespace vil

#pragma once

#include <cstddef>
#include <string>

namespace vil {

// A problem tied to a place in an input: printed as "vil: FILE:LINE: MESSAGE"
// (or "vil: FILE: MESSAGE" when line is 0). The core returns these; it never prints.
struct Diagnostic {
  std::string file;
  std::size_t line = 0;
  std::string message;
};

// "FILE:LINE: MESSAGE" / "FILE: MESSAGE", without the "vil: " prefix.
std::string format_diagnostic(const Diagnostic& d);

}  // namespace vil

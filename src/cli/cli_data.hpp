#pragma once

// Where the shipped data is: rule sets, the concept lexicon, reference statistics.

#include <string>

namespace vil::cli {

// The path of a shipped data file (such as "tags/topics.tsv" or "lexicon/concepts.tsv"),
// looked for in $VIL_DATA_DIR, then beside the binary (BINDIR/../share/vil: after
// cmake --install), then in the source tree the binary was built from (corpus/), then
// in the install prefix it was configured for. Empty when none has it.
std::string find_data(const std::string& relative);

// relative (such as "../share/vil") from the folder of the running binary, normalized;
// empty when /proc/self/exe cannot be read.
std::string beside_binary(const std::string& relative);

// The folders find_data looks in, in order, joined by ", " (for error messages).
std::string data_dirs();

}  // namespace vil::cli

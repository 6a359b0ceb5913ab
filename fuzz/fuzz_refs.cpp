// Fuzz target: the reference-code parser, vil::parse_refs.
//
// The input is a reference code ("FN-T 11.a AK"). The segmenter only hands it table
// cells that are valid UTF-8, so invalid input is first repaired as --lossy repairs
// it. Checked: raw is always set (clean, valid UTF-8); sdg values are goal numbers
// 1..17, sorted and unique, and each is the goal of some target; targets and bases are
// unique, bases are AK, FN-T or FN; a failure comes with a reason.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_check.hpp"
#include "vil/refs.hpp"
#include "vil/text.hpp"
#include "vil/utf8.hpp"

namespace {

// The goal number a target starts with ("11.a" -> 11), or 0.
int goal_of(std::string_view target) {
  int goal = 0;
  for (char c : target) {
    if (c == '.') break;
    if (c < '0' || c > '9' || goal > 100) return 0;
    goal = goal * 10 + (c - '0');
  }
  return goal;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string code(reinterpret_cast<const char*>(data), size);
  if (vil::find_invalid_utf8(code) != std::string::npos) code = vil::repair_utf8(code);
  vil::Refs refs;
  std::string err;
  const bool ok = vil::parse_refs(code, refs, err);
  if (!ok) VIL_FUZZ_CHECK(!err.empty());
  VIL_FUZZ_CHECK(refs.raw == vil::clean_text(code));
  VIL_FUZZ_CHECK(vil::find_invalid_utf8(refs.raw) == std::string::npos);
  for (std::size_t i = 0; i < refs.sdg.size(); ++i) {
    VIL_FUZZ_CHECK(refs.sdg[i] >= 1 && refs.sdg[i] <= 17);
    if (i > 0) VIL_FUZZ_CHECK(refs.sdg[i - 1] < refs.sdg[i]);  // sorted, unique
  }
  for (std::size_t i = 0; i < refs.targets.size(); ++i) {
    const std::string& t = refs.targets[i];
    VIL_FUZZ_CHECK(std::count(refs.targets.begin(), refs.targets.end(), t) == 1);
    VIL_FUZZ_CHECK(std::binary_search(refs.sdg.begin(), refs.sdg.end(), goal_of(t)));
  }
  VIL_FUZZ_CHECK(refs.sdg.size() <= refs.targets.size());
  for (const std::string& b : refs.bases) {
    VIL_FUZZ_CHECK(b == "AK" || b == "FN-T" || b == "FN");
    VIL_FUZZ_CHECK(std::count(refs.bases.begin(), refs.bases.end(), b) == 1);
  }
  if (ok) VIL_FUZZ_CHECK(!refs.raw.empty());
  return 0;
}

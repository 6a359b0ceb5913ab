#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vil {

// A kommuneplan reference code parsed: "FN-T 11.a AK" has bases FN-T and AK,
// target 11.a and SDG 11. Bases: AK (made by the municipality), FN-T (based on an
// SDG target, adapted), FN (an SDG target as it stands).
struct Refs {
  std::string raw;                   // the code as written, spaces folded
  std::vector<std::string> bases;    // in order of appearance, unique
  std::vector<std::string> targets;  // "11.7", "11.a", or a whole goal "17"
  std::vector<int> sdg;              // goal numbers 1..17, sorted, unique
};

// The number of Sustainable Development Goals: an SDG is 1 to k_sdg_count.
inline constexpr int k_sdg_count = 17;
// True for an SDG goal number (1 to 17).
inline constexpr bool is_sdg(long long goal) { return goal >= 1 && goal <= k_sdg_count; }

// Parses a reference code. On failure returns false, sets err to the reason and
// leaves in out what could be read (raw is always set).
bool parse_refs(std::string_view code, Refs& out, std::string& err);

// Adds more's targets (those out lacks, in order) and SDGs (sorted, unique) to out.
void add_sdgs(Refs& out, const Refs& more);

// Where a text names SDGs in words, as plans in other layouts do: "FN-mål 1, 11",
// "(Bærekraftsmål 11.2, 13.2)", "bærekraftsmål nr. 3 og 10", "FNs bærekraftsmål: 4",
// "SDG 7". Adds each target as written to targets and its goal to sdg (sorted,
// unique), and returns the mention's [begin, end) in text (its name through its last
// number); {npos, npos} and nothing added when there is none. Numbers that are no SDG
// (0, 18, ...) end the list.
std::pair<std::size_t, std::size_t> find_sdg_mention(std::string_view text, Refs& out);

}  // namespace vil

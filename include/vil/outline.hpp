#pragma once

#include <string>
#include <vector>

#include "vil/record.hpp"
#include "vil/segmenter.hpp"

namespace vil {

// The records of one document as an indented outline for a person to read: a title
// line, then one line per record with its source line(s), indented by its depth in
// the parent chain, marked by kind (# heading, ¶ paragraph, ▸ lead, • bullet, » pledge,
// ◆ goal, ◇ subgoal, → strategy), long texts cut at k_outline_width code points.
std::string format_outline(const Document& doc, const std::vector<Record>& records);

inline constexpr std::size_t k_outline_width = 100;

}  // namespace vil

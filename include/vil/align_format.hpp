#pragma once

// vil diff's writers for JSON Lines: each alignment, and the number of each op.

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "vil/align.hpp"

namespace vil {

// A score as diff shows it: three decimals ("0.875").
std::string alignment_score_text(double score);

// One alignment as a JSON object and its newline: op, score, moved, left and right
// (each record's JSON as read, or null where the op has none) and, for a changed
// pair, diff: its word-level diff as [OP, TEXT] pairs.
void append_alignment_json(std::string& out, const Alignment& a, std::string_view left_raw,
                           std::string_view right_raw, const std::vector<DiffPiece>& diff);

// How many alignments have each op, indexed by AlignOp.
using AlignCounts = std::array<std::size_t, 5>;
AlignCounts count_alignments(const std::vector<Alignment>& alignments);

// The counts as one JSON object and its newline, {"same":N,"changed":N,...}; or as
// text, a line "OP<TAB>N" for each op.
void append_align_counts_json(std::string& out, const AlignCounts& counts);
void append_align_counts_text(std::string& out, const AlignCounts& counts);

}  // namespace vil

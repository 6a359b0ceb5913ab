#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace vil {

// What alignment needs of a record.
struct AlignItem {
  std::string kind;
  std::string id;
  std::string key;                 // Analyzer::key: equal keys are "the same"
  std::vector<std::string> stems;  // Analyzer::stems, for near_duplicate_score
  std::string doc;
};

enum class AlignOp { same, changed, moved, removed, added };

std::string_view align_op_name(AlignOp op);

struct Alignment {
  AlignOp op = AlignOp::same;
  std::size_t left = 0;   // index into left (not for added)
  std::size_t right = 0;  // index into right (not for removed)
  double score = 1.0;     // 1 for same and moved; near_duplicate_score for changed, at
                          // most k_max_changed_score
  bool moved = false;     // a pair out of order within one document
};

// Aligns two record lists one to one, records only with records of the same kind:
// first by equal id, then by equal key (in order), then, among the rest, by
// near-duplicate score >= threshold (stems weighted by their idf over both sides; each
// left record's 8 best candidates), keeping the pairing with the greatest total
// score (not a greedy first match) in each connected group of candidates of up to
// k_max_exact_group records a side; a larger group (the Hungarian algorithm is cubic)
// is paired greedily, best score first. A pair whose records are in one document and
// out of the order the other pairs keep is moved: op moved if the texts are the same,
// changed with moved=true if not. Unpaired records are removed (left) or added
// (right). The result follows the left order, each added record after the pair
// before it on the right.
// The near duplicates are found through an index of stems, with an upper bound of the
// score that skips the pairs that cannot reach the threshold: the same alignments as
// scoring every pair that shares a stem, which exhaustive does (slow; for tests).
std::vector<Alignment> align(const std::vector<AlignItem>& left, const std::vector<AlignItem>& right, double threshold,
                             bool exhaustive = false);
inline constexpr std::size_t k_max_exact_group = 2000;
// The highest score of a changed pair (shown as 0.999): below the 1 of same and moved.
inline constexpr double k_max_changed_score = 0.999;

// Two versions of one document saved under names with different years or numbers
// (program-2019.txt, program-2023.txt) have different doc ids: when every left record
// is of one document and every right record of one other, and the two ids are the same
// but for digits and the separators - _ . (so ps-asker and ps-baerum stay two
// programs), the right records are given the left's doc, so that align finds moves
// between the versions. True when it did so. `vil extract --doc-id` names versions
// whatever their files are called.
bool treat_as_one_document(const std::vector<AlignItem>& left, std::vector<AlignItem>& right);

// The best one-to-one pairing of rows and columns: weight[i][j] > 0 is an allowed
// pair, 0 not; returns for each row its column or -1, maximising the total weight
// (Hungarian algorithm, O(n^3)).
std::vector<int> max_weight_assignment(const std::vector<std::vector<double>>& weight);

// One piece of a word-level diff: '=' in both, '-' only in a, '+' only in b.
struct DiffPiece {
  char op = '=';
  std::string text;
};

// A word-level diff of two texts (words split at spaces), comparing words through
// norm (case folding, equated names); the pieces keep the original words. Long
// texts (more than 2000 words either side) are diffed as a whole.
std::vector<DiffPiece> word_diff(std::string_view a, std::string_view b,
                                 const std::function<std::string(std::string_view)>& norm);

}  // namespace vil

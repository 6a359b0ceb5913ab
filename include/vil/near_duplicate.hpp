#pragma once

// How near two texts are as sets of stems: the score diff pairs records by.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace vil {

// How much a stem counts (for example its idf); empty: every stem counts 1.
using StemWeight = std::function<double(const std::string&)>;

// Near-duplicate score of two stem lists, in [0,1]: the mean of containment
// (shared weight / the lighter set's weight) and Dice (2 shared / both), over
// distinct stems, where two stems are shared when equal or when one, three letters or
// more, starts the other ("ung" / "ungdom": inflection and compounds). With idf as
// the weight, a shared rare word counts more than a shared "styrke".
// A text that is the other with a few words added or changed scores high; equal
// sets score 1; no shared stem scores 0.
double near_duplicate_score(const std::vector<std::string>& a, const std::vector<std::string>& b,
                            const StemWeight& weight = {});

// A stem list prepared once for scoring against many others: its distinct stems in
// order, with their weights.
struct StemProfile {
  std::vector<std::string> stems;  // distinct, sorted
  std::vector<double> weights;     // of each stem
  std::vector<std::size_t> head;   // bytes of the first three letters; 0: shorter, alike only when equal
  double total = 0;                // of the weights
};
StemProfile stem_profile(const std::vector<std::string>& stems, const StemWeight& weight = {});
// near_duplicate_score of the lists the profiles were made from, with their weights.
double near_duplicate_score(const StemProfile& a, const StemProfile& b);

// For each stem of a sorted list of distinct stems, the indices of the stems alike it
// as near_duplicate_score counts them: itself, and each stem it starts or that starts
// it when the shorter has three letters or more. Each list is sorted.
std::vector<std::vector<std::uint32_t>> alike_stems(const std::vector<std::string>& sorted);

}  // namespace vil

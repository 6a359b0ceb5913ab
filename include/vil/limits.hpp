#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace vil {

// What vil holds in memory at most for one input, so that a hostile or broken input
// gets a one-line error instead of the kernel's out-of-memory killer. Each limit is
// far above anything the corpus needs (its largest document is 60 KB, its longest
// record 2 KB); README "Contract in brief" and vil(1) LIMITS name them.

// One JSON Lines record (one line): 256 MiB.
inline constexpr std::size_t k_max_record_bytes = std::size_t{256} << 20;
// One file read whole (a document for extract, a rule file, a lexicon, a coding): 256 MiB.
inline constexpr std::size_t k_max_file_bytes = std::size_t{256} << 20;
// The groups one record adds to `vil stats` (the product of its array-valued --by
// fields' lengths): 100,000.
inline constexpr std::uint64_t k_max_groups_per_record = 100000;
// The cells of a `vil stats --matrix` table (rows × columns): 4,000,000.
inline constexpr std::uint64_t k_max_matrix_cells = 4000000;

// A byte count as the messages say a limit: "256 MiB", "64 KiB", "100 bytes".
inline std::string limit_text(std::size_t bytes) {
  constexpr std::size_t mib = std::size_t{1} << 20;
  if (bytes >= mib && bytes % mib == 0) return std::to_string(bytes / mib) + " MiB";
  if (bytes >= 1024 && bytes % 1024 == 0) return std::to_string(bytes / 1024) + " KiB";
  return std::to_string(bytes) + " bytes";
}

}  // namespace vil

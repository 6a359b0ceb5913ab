#pragma once

// Eight bytes at a time: the scalar loops over text (case folding, JSON escaping,
// cleaning) skip runs of plain bytes a machine word at a time. Each test is exact for
// the word as a whole: it says whether some byte qualifies, not which one.

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace vil::word_bytes {

inline constexpr std::uint64_t k_ones = 0x0101010101010101;
inline constexpr std::uint64_t k_high_bits = 0x8080808080808080;

// The eight bytes at p, in memory order whatever the byte order of the machine (each
// test looks at every byte alike).
inline std::uint64_t load(const char* p) {
  std::uint64_t w = 0;
  std::memcpy(&w, p, sizeof w);
  return w;
}

inline void store(char* p, std::uint64_t w) { std::memcpy(p, &w, sizeof w); }

// The high bit of each byte of w below n (n at most 128). Exact up to the first such
// byte in memory order: a byte after it may be flagged too (a borrow).
inline std::uint64_t below_mask(std::uint64_t w, unsigned char n) {
  return (w - k_ones * n) & ~w & k_high_bits;
}

// The high bit of each byte of w equal to b, exact up to the first as below_mask.
inline std::uint64_t byte_mask(std::uint64_t w, unsigned char b) { return below_mask(w ^ (k_ones * b), 1); }

// The offset of the first byte (in memory order) whose high bit mask has; mask must
// have one. An OR of the masks above is exact there: each is, up to its own first.
inline std::size_t first_flagged(std::uint64_t mask) {
  if constexpr (std::endian::native == std::endian::little)
    return static_cast<std::size_t>(std::countr_zero(mask)) / 8;
  return static_cast<std::size_t>(std::countl_zero(mask)) / 8;
}

// Skips s from i a word at a time while flags (a function of a word returning a mask
// as below_mask does) flags none of its bytes. Returns the offset of the first flagged
// byte, or where fewer than eight bytes are left, which the caller reads one by one.
template <class Flags>
std::size_t skip_unflagged(std::string_view s, std::size_t i, Flags flags) {
  while (i + 8 <= s.size()) {
    const std::uint64_t mask = flags(load(s.data() + i));
    if (mask != 0) return i + first_flagged(mask);
    i += 8;
  }
  return i;
}

// Some byte of w is 0x80 or above (not ASCII).
inline bool has_high(std::uint64_t w) { return (w & k_high_bits) != 0; }

// w with each of 'A'..'Z' made 'a'..'z'; bytes of 0x80 and above stay as they are.
inline std::uint64_t ascii_lower(std::uint64_t w) {
  const std::uint64_t low = w & ~k_high_bits;                 // each byte's low seven bits
  const std::uint64_t above_z = low + k_ones * (0x7F - 'Z');  // high bit: past 'Z'
  const std::uint64_t from_a = low + k_ones * (0x80 - 'A');   // high bit: 'A' or past it
  return w | (((from_a ^ above_z) & ~w & k_high_bits) >> 2);
}

// The offset of w's first byte (in memory order) of 0x80 or above; w must have one.
inline std::size_t first_high(std::uint64_t w) { return first_flagged(w & k_high_bits); }

}  // namespace vil::word_bytes

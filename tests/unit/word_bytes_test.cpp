#include "word_bytes.hpp"

#include <doctest/doctest.h>

#include <cstddef>
#include <cstdint>
#include <string>

namespace wb = vil::word_bytes;

namespace {

// The offset of the first byte of s at or after i that is below '!', '*' or not ASCII,
// read one byte at a time; s.size() when none is.
std::size_t first_special(const std::string& s, std::size_t i) {
  for (; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < '!' || c == '*' || c >= 0x80) return i;
  }
  return s.size();
}

}  // namespace

TEST_CASE("word_bytes::skip_unflagged stops at the first flagged byte, wherever it is in a word") {
  const auto flags = [](std::uint64_t w) {
    return wb::below_mask(w, '!') | wb::byte_mask(w, '*') | (w & wb::k_high_bits);
  };
  // Every length to 24, a special byte (or none) at every offset, from every offset:
  // the skip stops exactly at the byte the byte loop finds when the word holding it is
  // read whole, else where fewer than eight bytes are left. The other bytes are plain,
  // or '"', which this mask does not flag.
  const char specials[] = {' ', '\t', '*', '\xC3', '\x01', '\x7F'};
  for (std::size_t n = 0; n <= 24; ++n) {
    for (const char special : specials) {
      for (std::size_t at = 0; at <= n; ++at) {
        std::string s(n, 'x');
        for (std::size_t k = 1; k < n; k += 3) s[k] = '"';
        if (at < n) s[at] = special;
        for (std::size_t from = 0; from <= n; ++from) {
          const std::size_t first = first_special(s, from);
          std::size_t want = from;
          while (want + 8 <= n && first >= want + 8) want += 8;
          if (want + 8 <= n) want = first;
          INFO("n=" << n << " at=" << at << " from=" << from << " special=" << static_cast<int>(special));
          REQUIRE(wb::skip_unflagged(s, from, flags) == want);
        }
      }
    }
  }
  // A byte after a flagged one is never reported first (below_mask may flag bytes after
  // the first through a borrow): "\x00\x01" has both below '!', the first wins.
  std::string borrow = "ab..cdefgh";
  borrow[2] = '\0';
  borrow[3] = '\x01';
  CHECK(wb::skip_unflagged(borrow, 0, flags) == 2);
  CHECK(wb::skip_unflagged(std::string("\x7F\x80xxxxxx"), 0, flags) == 1);
}

#include "vil/utf8.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>

// Note on literals: a hex escape runs on while hex digits follow ("\xAFb" is one
// escape), so bytes followed by a letter a-f are split into separate literals.

namespace {

constexpr std::size_t npos = std::string_view::npos;
const std::string k_fffd = "\xEF\xBF\xBD";  // U+FFFD REPLACEMENT CHARACTER in UTF-8

}  // namespace

TEST_CASE("vil::find_invalid_utf8") {
  SUBCASE("valid text gives npos") {
    CHECK(vil::find_invalid_utf8("") == npos);
    CHECK(vil::find_invalid_utf8("plain ASCII text, longer than eight bytes") == npos);
    CHECK(vil::find_invalid_utf8("blåbærsyltetøy ÆØÅ æøå") == npos);
    CHECK(vil::find_invalid_utf8("\xF0\x9F\x98\x80 emoji") == npos);              // U+1F600
    CHECK(vil::find_invalid_utf8("\xE2\x80\xA6 \xE2\x80\xAF \xC2\xA0") == npos);  // … U+202F U+00A0
  }
  SUBCASE("the edges of the well-formed ranges are accepted") {
    CHECK(vil::find_invalid_utf8("\xC2\x80") == npos);          // U+0080, smallest 2-byte
    CHECK(vil::find_invalid_utf8("\xDF\xBF") == npos);          // U+07FF
    CHECK(vil::find_invalid_utf8("\xE0\xA0\x80") == npos);      // U+0800, smallest 3-byte
    CHECK(vil::find_invalid_utf8("\xED\x9F\xBF") == npos);      // U+D7FF, just below the surrogates
    CHECK(vil::find_invalid_utf8("\xEE\x80\x80") == npos);      // U+E000, just above them
    CHECK(vil::find_invalid_utf8("\xEF\xBF\xBF") == npos);      // U+FFFF
    CHECK(vil::find_invalid_utf8("\xF0\x90\x80\x80") == npos);  // U+10000, smallest 4-byte
    CHECK(vil::find_invalid_utf8("\xF4\x8F\xBF\xBF") == npos);  // U+10FFFF, the largest
  }
  SUBCASE("truncated sequence at the end") {
    CHECK(vil::find_invalid_utf8("ab\xC3") == 2);
    CHECK(vil::find_invalid_utf8("a\xE2\x82") == 1);
    CHECK(vil::find_invalid_utf8("x\xF0\x9F\x98") == 1);
  }
  SUBCASE("truncated sequence followed by ASCII") {
    CHECK(vil::find_invalid_utf8("a\xF0\x9F\x98"
                                 "b") == 1);
    CHECK(vil::find_invalid_utf8("\xC3 ") == 0);
  }
  SUBCASE("overlong forms") {
    CHECK(vil::find_invalid_utf8("\xC0\xAF") == 0);        // '/' in two bytes
    CHECK(vil::find_invalid_utf8("ok\xC1\xBF") == 2);      // U+007F in two bytes
    CHECK(vil::find_invalid_utf8("\xE0\x80\xAF") == 0);    // '/' in three bytes
    CHECK(vil::find_invalid_utf8("\xE0\x9F\xBF") == 0);    // U+07FF in three bytes
    CHECK(vil::find_invalid_utf8("\xF0\x8F\xBF\xBF") == 0);  // U+FFFF in four bytes
  }
  SUBCASE("lone continuation byte") {
    CHECK(vil::find_invalid_utf8("\x80") == 0);
    CHECK(vil::find_invalid_utf8("a\x80"
                                 "b") == 1);
    CHECK(vil::find_invalid_utf8("\xC3\xA6\xA6") == 2);  // "æ" and one continuation too many
  }
  SUBCASE("UTF-16 surrogates") {
    CHECK(vil::find_invalid_utf8("\xED\xA0\x80") == 0);  // U+D800
    CHECK(vil::find_invalid_utf8("x\xED\xBF\xBF") == 1);  // U+DFFF
  }
  SUBCASE("bytes F5 and above never occur") {
    CHECK(vil::find_invalid_utf8("\xF5\x80\x80\x80") == 0);
    CHECK(vil::find_invalid_utf8("abc\xFE") == 3);
    CHECK(vil::find_invalid_utf8("\xFF") == 0);
  }
  SUBCASE("above U+10FFFF") {
    CHECK(vil::find_invalid_utf8("\xF4\x90\x80\x80") == 0);
    CHECK(vil::find_invalid_utf8("ok æ \xF4\x90\x80\x80") == 6);  // 'o' 'k' ' ' æ(2) ' '
  }
  SUBCASE("bad continuation inside a sequence") {
    CHECK(vil::find_invalid_utf8("\xC3("
                                 "x") == 0);
    CHECK(vil::find_invalid_utf8("\xE2\x82("
                                 "x") == 0);
    CHECK(vil::find_invalid_utf8("\xF0\x9F\x98(") == 0);
  }
  SUBCASE("the offset is exact after the eight-byte ASCII fast path") {
    CHECK(vil::find_invalid_utf8("0123456789\xFF") == 10);
    CHECK(vil::find_invalid_utf8("01234567\x80") == 8);
    CHECK(vil::find_invalid_utf8("0123\xC3\xA6"
                                 "89abcdefgh\xC0") == 16);
  }
}

TEST_CASE("vil::repair_utf8") {
  SUBCASE("valid text is returned unchanged") {
    CHECK(vil::repair_utf8("") == "");
    CHECK(vil::repair_utf8("blåbær \xF0\x9F\x98\x80") == "blåbær \xF0\x9F\x98\x80");
  }
  SUBCASE("a truncated 4-byte sequence before ASCII is one U+FFFD") {
    CHECK(vil::repair_utf8("a\xF0\x9F\x98"
                           "b") == "a" + k_fffd + "b");
  }
  SUBCASE("a truncated sequence at the end is one U+FFFD") {
    CHECK(vil::repair_utf8("a\xF0\x9F\x98") == "a" + k_fffd);
    CHECK(vil::repair_utf8("x\xE2\x82") == "x" + k_fffd);
    CHECK(vil::repair_utf8("\xC3") == k_fffd);
  }
  SUBCASE("overlong forms: one U+FFFD per byte") {
    CHECK(vil::repair_utf8("\xC0\xAF") == k_fffd + k_fffd);
    CHECK(vil::repair_utf8("\xE0\x80\xAF") == k_fffd + k_fffd + k_fffd);
  }
  SUBCASE("surrogate: one U+FFFD per byte") {
    CHECK(vil::repair_utf8("\xED\xA0\x80") == k_fffd + k_fffd + k_fffd);
  }
  SUBCASE("above U+10FFFF: one U+FFFD per byte") {
    CHECK(vil::repair_utf8("\xF4\x90\x80\x80") == k_fffd + k_fffd + k_fffd + k_fffd);
  }
  SUBCASE("F5 and lone continuation bytes: one U+FFFD each") {
    CHECK(vil::repair_utf8("\xF5\x80") == k_fffd + k_fffd);
    CHECK(vil::repair_utf8("a\x80\xBF"
                           "b") == "a" + k_fffd + k_fffd + "b");
  }
  SUBCASE("Unicode's worked example (Core Spec, U+FFFD substitution of maximal subparts)") {
    // 61 F1 80 80 E1 80 C2 62 80 63 80 BF 64 -> a FFFD FFFD FFFD b FFFD c FFFD FFFD d
    CHECK(vil::repair_utf8("\x61\xF1\x80\x80\xE1\x80\xC2\x62\x80\x63\x80\xBF\x64") ==
          "a" + k_fffd + k_fffd + k_fffd + "b" + k_fffd + "c" + k_fffd + k_fffd + "d");
  }
  SUBCASE("the result is valid UTF-8") {
    const std::string repaired = vil::repair_utf8("\xFF\xC3\xE0\x80\xED\xA0 ok \xF0\x9F\x98");
    CHECK(vil::find_invalid_utf8(repaired) == npos);
  }
}

TEST_CASE("vil::next_code_point") {
  const std::string_view s = "aæ€\xF0\x9F\x98\x80";  // 1 + 2 + 3 + 4 bytes
  std::size_t i = 0;
  CHECK(vil::next_code_point(s, i) == U'a');
  CHECK(i == 1);
  CHECK(vil::next_code_point(s, i) == U'\u00E6');
  CHECK(i == 3);
  CHECK(vil::next_code_point(s, i) == U'\u20AC');
  CHECK(i == 6);
  CHECK(vil::next_code_point(s, i) == U'\U0001F600');
  CHECK(i == 10);
  std::size_t j = 0;
  CHECK(vil::next_code_point("\xF4\x8F\xBF\xBF", j) == U'\U0010FFFF');
  CHECK(j == 4);
}

TEST_CASE("vil::last_code_point") {
  CHECK(vil::last_code_point("") == 0);
  CHECK(vil::last_code_point("a") == U'a');
  CHECK(vil::last_code_point("slutt.") == U'.');
  CHECK(vil::last_code_point("blåbær") == U'r');
  CHECK(vil::last_code_point("abæ") == U'\u00E6');
  CHECK(vil::last_code_point("slutt\xE2\x80\xA6") == U'\u2026');
  CHECK(vil::last_code_point("x\xF0\x9F\x98\x80") == U'\U0001F600');
  CHECK(vil::last_code_point("\xC2\xBB") == U'\u00BB');  // a string of one 2-byte code point
}

TEST_CASE("vil::count_code_points") {
  CHECK(vil::count_code_points("") == 0);
  CHECK(vil::count_code_points("abc") == 3);
  CHECK(vil::count_code_points("æøå") == 3);
  CHECK(vil::count_code_points("ÆØÅ og €") == 8);
  CHECK(vil::count_code_points("\xF0\x9F\x98\x80"
                               "a") == 2);
}

TEST_CASE("vil::append_utf8") {
  std::string out = "x";
  vil::append_utf8(out, U'A');
  vil::append_utf8(out, U'\u00E6');
  vil::append_utf8(out, U'\u20AC');
  vil::append_utf8(out, U'\U0001F600');
  CHECK(out == "xAæ€\xF0\x9F\x98\x80");
  SUBCASE("the boundaries of each length") {
    std::string s;
    vil::append_utf8(s, 0x7F);
    vil::append_utf8(s, 0x80);
    vil::append_utf8(s, 0x7FF);
    vil::append_utf8(s, 0x800);
    vil::append_utf8(s, 0xFFFF);
    vil::append_utf8(s, 0x10000);
    vil::append_utf8(s, 0x10FFFF);
    CHECK(s == "\x7F\xC2\x80\xDF\xBF\xE0\xA0\x80\xEF\xBF\xBF\xF0\x90\x80\x80\xF4\x8F\xBF\xBF");
  }
}

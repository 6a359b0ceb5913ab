#include "vil/record_id.hpp"

#include <doctest/doctest.h>

#include <xxhash.h>

#include <cstdio>
#include <string>

#include "vil/record.hpp"

namespace {

bool is_lower_hex(const std::string& s) {
  for (char c : s)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  return true;
}

}  // namespace

TEST_CASE("vil::record_id") {
  const std::string id = vil::record_id("ps-asker", vil::Kind::bullet, "bygge flere boliger", 0);

  SUBCASE("16 lowercase hex digits") {
    CHECK(id.size() == 16);
    CHECK(is_lower_hex(id));
    const std::string empty = vil::record_id("", vil::Kind::paragraph, "", 0);
    CHECK(empty.size() == 16);
    CHECK(is_lower_hex(empty));
  }
  SUBCASE("deterministic") {
    CHECK(vil::record_id("ps-asker", vil::Kind::bullet, "bygge flere boliger", 0) == id);
  }
  SUBCASE("changes with doc, kind, key and occurrence") {
    CHECK(vil::record_id("ps-baerum", vil::Kind::bullet, "bygge flere boliger", 0) != id);
    CHECK(vil::record_id("ps-asker", vil::Kind::paragraph, "bygge flere boliger", 0) != id);
    CHECK(vil::record_id("ps-asker", vil::Kind::lead, "bygge flere boliger", 0) != id);
    CHECK(vil::record_id("ps-asker", vil::Kind::bullet, "bygge flere boliger.", 0) != id);
    CHECK(vil::record_id("ps-asker", vil::Kind::bullet, "bygge flere boliger", 1) != id);
    CHECK(vil::record_id("ps-asker", vil::Kind::bullet, "bygge flere boliger", 1) !=
          vil::record_id("ps-asker", vil::Kind::bullet, "bygge flere boliger", 2));
  }
  SUBCASE("the fields are separated, so moving text between them changes the id") {
    CHECK(vil::record_id("ab", vil::Kind::bullet, "c", 0) != vil::record_id("a", vil::Kind::bullet, "bc", 0));
  }
  SUBCASE("the key is used as given (the caller normalizes it)") {
    CHECK(vil::record_id("d", vil::Kind::bullet, "Bygge", 0) != vil::record_id("d", vil::Kind::bullet, "bygge", 0));
  }
  SUBCASE("the documented scheme: XXH3-64, seed 0, over doc, kind, key, occurrence joined by U+001F") {
    const std::string input = std::string("ps-asker") + '\x1f' + "bullet" + '\x1f' + "bygge flere boliger" + '\x1f' + "0";
    char expected[17];
    std::snprintf(expected, sizeof expected, "%016llx",
                  static_cast<unsigned long long>(XXH3_64bits(input.data(), input.size())));
    CHECK(id == std::string(expected));
  }
  SUBCASE("pinned value") {
    // Pins the published id scheme: changing it changes every id users have stored.
    CHECK(id == "3732649b876b581d");
  }
}

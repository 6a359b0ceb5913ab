#include "shared_library.hpp"

#include <doctest/doctest.h>

#include <cstddef>
#include <string>

TEST_CASE("vil::SharedLibrary finds a library's functions, and says why it cannot open one") {
  SUBCASE("an open library") {
    const vil::SharedLibrary libc("libc.so.6");
    REQUIRE(static_cast<bool>(libc));
    CHECK(libc.error().empty());
    std::size_t (*length)(const char*) = nullptr;
    REQUIRE(libc.find("strlen", length));
    CHECK(length("fire") == 4);
    int (*none)() = +[] { return 1; };  // overwritten with null
    CHECK_FALSE(libc.find("vil_no_such_function", none));
    CHECK_FALSE(static_cast<bool>(none));
  }
  SUBCASE("a library that is not there") {
    const vil::SharedLibrary missing("/nonexistent/libvil-nope.so.0");
    CHECK_FALSE(static_cast<bool>(missing));
    CHECK(missing.error().find("/nonexistent/libvil-nope.so.0") != std::string::npos);
    int (*function)() = nullptr;
    CHECK_FALSE(missing.find("strlen", function));
  }
}

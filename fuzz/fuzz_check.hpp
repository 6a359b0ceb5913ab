#pragma once

// Shared by the fuzz targets: a failed invariant prints what broke and aborts, so
// libFuzzer (or the replay runner) stops at the input that caused it.

#include <cstdio>
#include <cstdlib>

#define VIL_FUZZ_CHECK(cond)                                                                     \
  do {                                                                                           \
    if (!(cond)) {                                                                               \
      std::fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #cond);           \
      std::abort();                                                                              \
    }                                                                                            \
  } while (false)

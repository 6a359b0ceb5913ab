#include "vil/parts.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace {

// Which thread ran each part, and how many times.
struct Runs {
  explicit Runs(unsigned parts) : times(parts), on(parts) {}
  std::vector<std::atomic<int>> times;
  std::vector<std::thread::id> on;
};

}  // namespace

TEST_CASE("vil::start_parts runs each part once, the first `here` on the calling thread") {
  const std::thread::id caller = std::this_thread::get_id();
  for (unsigned parts : {0u, 1u, 2u, 5u}) {
    for (unsigned here : {0u, 1u, 3u, 9u}) {
      CAPTURE(parts);
      CAPTURE(here);
      Runs runs(parts);
      {
        const std::vector<std::jthread> pool = vil::start_parts(parts, here, [&](unsigned i) {
          ++runs.times[i];
          runs.on[i] = std::this_thread::get_id();
        });
        const unsigned local = std::min(here, parts);
        CHECK(pool.size() == parts - local);                               // every other part got a thread
        for (unsigned i = 0; i < local; ++i) CHECK(runs.on[i] == caller);  // done before return
      }                                                                    // joined here
      for (unsigned i = 0; i < parts; ++i) CHECK(runs.times[i].load() == 1);
      for (unsigned i = std::min(here, parts); i < parts; ++i) CHECK(runs.on[i] != caller);
    }
  }
}

TEST_CASE("vil::start_parts lets the parts run on while the caller does other work") {
  // Each part waits for the caller's go (10 s at most, so that a part run on the calling
  // thread fails the test rather than hanging it).
  std::atomic<bool> go{false};
  std::atomic<int> went{0};
  std::vector<std::jthread> pool = vil::start_parts(3, 0, [&](unsigned) {
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (!go.load() && std::chrono::steady_clock::now() < until) std::this_thread::yield();
    if (go.load()) ++went;
  });
  go = true;
  pool.clear();  // joins
  CHECK(went.load() == 3);
}

TEST_CASE("vil::run_parts waits for every part and rethrows the first part's exception") {
  std::atomic<int> ran{0};
  std::string what;
  try {
    vil::run_parts(4, 1, [&](unsigned i) {
      ++ran;
      if (i == 2 || i == 3) throw std::runtime_error("part " + std::to_string(i));
    });
  } catch (const std::runtime_error& e) {
    what = e.what();
  }
  CHECK(ran.load() == 4);
  CHECK(what == "part 2");
  ran = 0;
  vil::run_parts(3, 0, [&](unsigned) { ++ran; });
  CHECK(ran.load() == 3);
}

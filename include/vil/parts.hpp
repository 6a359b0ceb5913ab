#pragma once

// Work split in parts, most of them on threads of their own.

#include <algorithm>
#include <exception>
#include <system_error>
#include <thread>
#include <vector>

namespace vil {

// Runs part(0) ... part(parts - 1). Part i from `here` on runs on a std::jthread of its
// own; the first `here` parts run on this thread, and so does any part no thread could
// be started for (the system's limit): the work is the same either way. Returns the
// threads, which join when destroyed: keep them while this thread does something else,
// or drop them to wait for every part.
template <class Part>
std::vector<std::jthread> start_parts(unsigned parts, unsigned here, const Part& part) {
  here = std::min(here, parts);
  std::vector<std::jthread> pool;
  unsigned started = here;
  try {
    for (; started < parts; ++started) pool.emplace_back(part, started);
  } catch (const std::system_error&) {
  }
  for (unsigned i = 0; i < here; ++i) part(i);
  for (unsigned i = started; i < parts; ++i) part(i);
  return pool;
}

// Runs the parts as start_parts does and waits for them all. What a part throws is
// rethrown here once every part has ended (the first part's, in part order), rather
// than ending the process from a thread.
template <class Part>
void run_parts(unsigned parts, unsigned here, const Part& part) {
  std::vector<std::exception_ptr> failed(parts);
  start_parts(parts, here, [&](unsigned i) {
    try {
      part(i);
    } catch (...) {
      failed[i] = std::current_exception();
    }
  });  // the threads join here
  for (const std::exception_ptr& e : failed)
    if (e) std::rethrow_exception(e);
}

}  // namespace vil

#pragma once

// Hyperscan (Debian's Vectorscan, libhs) as a multi-pattern prefilter: a database of
// patterns compiled once (when vil is built) and loaded at run time in about a
// millisecond, where an RE2::Set of the same patterns builds its automaton lazily, a
// state at a time, over the first few thousand records. libhs is opened by its soname
// the first time a run loads or compiles a database (see CMakeLists.txt), so no other
// run maps it; a vil built without it, or a machine without it, has none of this.

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace vil {

// One compiled database of patterns, matched in block mode. Each pattern is compiled
// as a prefilter (it matches wherever the pattern does, and may match more),
// caseless for ASCII letters, with "." matching any byte, and reports at most once per
// scan. Patterns are bytes: the Latin-1 prefilters of a rule set (see rules.hpp).
class HsDatabase {
 public:
  ~HsDatabase();
  HsDatabase(const HsDatabase&) = delete;
  HsDatabase& operator=(const HsDatabase&) = delete;

  // Whether this build can use libhs at all (built with its header, and the library
  // loads). False with the reason in why.
  static bool available(std::string& why);

  // The library's version, as hs_version() gives it; empty when it is not available.
  static std::string version();

  // Compiles patterns (pattern i has id i) for any x86-64 or the build's architecture
  // (no CPU-specific features, so that a database built on one machine runs on
  // another) and serializes the database into out. False with err, which names the
  // first pattern Hyperscan cannot compile.
  static bool compile(const std::vector<std::string>& patterns, std::string& out, std::string& err);

  // A database from serialized bytes; null, with err, when the library is missing or
  // the bytes are not a database this library can run here.
  static std::unique_ptr<HsDatabase> load(std::string_view bytes, std::string& err);

  // The ids of the patterns that match somewhere in text, in the order found (each
  // once), appended to ids. False with err on a scan error. Safe to call from several
  // threads at once: each thread has its own scratch space.
  bool scan(std::string_view text, std::vector<int>& ids, std::string& err) const;

 private:
  HsDatabase() = default;
  void* m_db = nullptr;    // hs_database_t
  std::uint64_t m_id = 0;  // tells this database from others in a thread's scratch
};

}  // namespace vil

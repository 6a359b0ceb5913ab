#include "hyperscan.hpp"

#include <algorithm>
#include <atomic>
#include <cstdlib>

#ifdef VIL_HS_SONAME
#include <hs/hs.h>

#include "shared_library.hpp"
#endif

namespace vil {

#ifdef VIL_HS_SONAME

namespace {

// libhs's entry points, opened once per process by the first thread that needs them.
struct HsLibrary {
  std::string error;  // why it cannot be used; empty when it can
  decltype(&hs_compile_multi) compile_multi = nullptr;
  decltype(&hs_free_compile_error) free_compile_error = nullptr;
  decltype(&hs_serialize_database) serialize = nullptr;
  decltype(&hs_deserialize_database) deserialize = nullptr;
  decltype(&hs_free_database) free_database = nullptr;
  decltype(&hs_alloc_scratch) alloc_scratch = nullptr;
  decltype(&hs_free_scratch) free_scratch = nullptr;
  decltype(&hs_scan) scan = nullptr;
  decltype(&hs_version) version = nullptr;
};

HsLibrary open_hs_library() {
  HsLibrary lib;
  SharedLibrary library(VIL_HS_SONAME);
  if (!library) {
    lib.error = "cannot load " VIL_HS_SONAME " (" + library.error() + ")";
    return lib;
  }
  if (!library.find("hs_compile_multi", lib.compile_multi) ||
      !library.find("hs_free_compile_error", lib.free_compile_error) ||
      !library.find("hs_serialize_database", lib.serialize) ||
      !library.find("hs_deserialize_database", lib.deserialize) ||
      !library.find("hs_free_database", lib.free_database) ||
      !library.find("hs_alloc_scratch", lib.alloc_scratch) ||
      !library.find("hs_free_scratch", lib.free_scratch) || !library.find("hs_scan", lib.scan) ||
      !library.find("hs_version", lib.version)) {
    lib.error = VIL_HS_SONAME " lacks Hyperscan's functions";
    return lib;
  }
  library.keep();
  return lib;
}

const HsLibrary& hs_library() {
  static const HsLibrary lib = open_hs_library();
  return lib;
}

// A thread's scratch space, grown for each database it has scanned with (databases
// are told apart by an id that is never reused).
struct HsThreadScratch {
  hs_scratch_t* scratch = nullptr;
  std::vector<std::uint64_t> databases;
  HsThreadScratch() = default;
  HsThreadScratch(const HsThreadScratch&) = delete;
  HsThreadScratch& operator=(const HsThreadScratch&) = delete;
  ~HsThreadScratch() {
    if (scratch != nullptr) hs_library().free_scratch(scratch);
  }
};

thread_local HsThreadScratch t_hs_scratch;
std::atomic<std::uint64_t> g_hs_databases{0};

}  // namespace

bool HsDatabase::available(std::string& why) {
  why = hs_library().error;
  return why.empty();
}

std::string HsDatabase::version() {
  const HsLibrary& lib = hs_library();
  return lib.error.empty() ? std::string(lib.version()) : std::string();
}

HsDatabase::~HsDatabase() {
  if (m_db != nullptr) hs_library().free_database(static_cast<hs_database_t*>(m_db));
}

bool HsDatabase::compile(const std::vector<std::string>& patterns, std::string& out, std::string& err) {
  const HsLibrary& lib = hs_library();
  if (!lib.error.empty()) {
    err = lib.error;
    return false;
  }
  std::vector<const char*> expressions;
  std::vector<unsigned> flags(patterns.size(), HS_FLAG_CASELESS | HS_FLAG_DOTALL | HS_FLAG_SINGLEMATCH |
                                                   HS_FLAG_PREFILTER | HS_FLAG_ALLOWEMPTY);
  std::vector<unsigned> ids;
  for (std::size_t i = 0; i < patterns.size(); ++i) {
    expressions.push_back(patterns[i].c_str());
    ids.push_back(static_cast<unsigned>(i));
  }
  hs_platform_info_t platform{};
  platform.tune = HS_TUNE_FAMILY_GENERIC;
  platform.cpu_features = 0;
  hs_database_t* db = nullptr;
  hs_compile_error_t* error = nullptr;
  if (lib.compile_multi(expressions.data(), flags.data(), ids.data(),
                        static_cast<unsigned>(expressions.size()), HS_MODE_BLOCK, &platform, &db,
                        &error) != HS_SUCCESS) {
    err = std::string(error != nullptr && error->message != nullptr ? error->message : "cannot compile");
    if (error != nullptr && error->expression >= 0)
      err = "pattern " + std::to_string(error->expression) + ": " + err;
    if (error != nullptr) lib.free_compile_error(error);
    return false;
  }
  char* bytes = nullptr;
  std::size_t length = 0;
  const bool ok = lib.serialize(db, &bytes, &length) == HS_SUCCESS;
  lib.free_database(db);
  if (!ok) {
    err = "cannot serialize the database";
    return false;
  }
  out.assign(bytes, length);
  std::free(bytes);  // hs_serialize_database allocates with malloc unless told otherwise
  return true;
}

std::unique_ptr<HsDatabase> HsDatabase::load(std::string_view bytes, std::string& err) {
  const HsLibrary& lib = hs_library();
  if (!lib.error.empty()) {
    err = lib.error;
    return nullptr;
  }
  hs_database_t* db = nullptr;
  const hs_error_t e = lib.deserialize(bytes.data(), bytes.size(), &db);
  if (e != HS_SUCCESS) {
    err = e == HS_DB_VERSION_ERROR    ? "made by another version of Hyperscan"
          : e == HS_DB_PLATFORM_ERROR ? "made for another platform"
                                      : "not a Hyperscan database (error " + std::to_string(e) + ")";
    return nullptr;
  }
  std::unique_ptr<HsDatabase> out(new HsDatabase());
  out->m_db = db;
  out->m_id = ++g_hs_databases;
  // A first scratch space here: a database this machine cannot run fails now, not
  // in the middle of the input.
  std::vector<int> none;
  if (std::string scan_err; !out->scan("", none, scan_err)) {
    err = scan_err;
    return nullptr;
  }
  return out;
}

bool HsDatabase::scan(std::string_view text, std::vector<int>& ids, std::string& err) const {
  const HsLibrary& lib = hs_library();
  auto* db = static_cast<hs_database_t*>(m_db);
  HsThreadScratch& s = t_hs_scratch;
  if (std::find(s.databases.begin(), s.databases.end(), m_id) == s.databases.end()) {
    if (lib.alloc_scratch(db, &s.scratch) != HS_SUCCESS) {
      err = "Hyperscan cannot make scratch space for the database";
      return false;
    }
    s.databases.push_back(m_id);
  }
  const auto on_match = [](unsigned id, unsigned long long, unsigned long long, unsigned,
                           void* context) -> int {
    static_cast<std::vector<int>*>(context)->push_back(static_cast<int>(id));
    return 0;
  };
  const hs_error_t e =
      lib.scan(db, text.data(), static_cast<unsigned>(text.size()), 0, s.scratch, on_match, &ids);
  if (e != HS_SUCCESS) {
    err = "Hyperscan error " + std::to_string(e) + " while scanning";
    return false;
  }
  return true;
}

#else  // built without libhs: nothing is available

bool HsDatabase::available(std::string& why) {
  why = "this vil was built without Hyperscan (libvectorscan-dev)";
  return false;
}
std::string HsDatabase::version() { return {}; }
HsDatabase::~HsDatabase() = default;
bool HsDatabase::compile(const std::vector<std::string>&, std::string&, std::string& err) {
  available(err);
  return false;
}
std::unique_ptr<HsDatabase> HsDatabase::load(std::string_view, std::string& err) {
  available(err);
  return nullptr;
}
bool HsDatabase::scan(std::string_view, std::vector<int>&, std::string& err) const {
  available(err);
  return false;
}

#endif

}  // namespace vil

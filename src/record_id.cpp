#include "vil/record_id.hpp"

#include <xxhash.h>

namespace vil {

std::string record_id(std::string_view doc, Kind kind, std::string_view key, unsigned occurrence) {
  thread_local std::string input;  // reused: ids are made once per record
  input.clear();
  input.append(doc);
  input.push_back('\x1f');
  input.append(kind_name(kind));
  input.push_back('\x1f');
  input.append(key);
  input.push_back('\x1f');
  input.append(std::to_string(occurrence));
  const XXH64_hash_t h = XXH3_64bits(input.data(), input.size());
  static const char* const k_hex = "0123456789abcdef";
  std::string id(16, '0');
  for (int i = 0; i < 16; ++i) id[static_cast<std::size_t>(i)] = k_hex[(h >> (60 - 4 * i)) & 0xF];
  return id;
}

}  // namespace vil

#pragma once

// For unit tests: one JSON Lines record parsed as the readers parse it (RecordParser,
// simdjson's padding after the line), kept alive with what views it.

#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "vil/line_batcher.hpp"
#include "vil/record_parser.hpp"

namespace vil::test {

struct ParsedRecord {
  explicit ParsedRecord(std::string_view line, bool require_text = true)
      : padded(line), parser(require_text) {
    padded.append(k_json_padding, ' ');
    raw = std::string_view(padded.data(), line.size());
    std::string err;
    REQUIRE_MESSAGE(parser.parse(raw, root, object, err), err);
  }
  ParsedRecord(const ParsedRecord&) = delete;
  ParsedRecord& operator=(const ParsedRecord&) = delete;

  std::string padded;
  std::string_view raw;  // the line, within padded
  RecordParser parser;
  simdjson::dom::element root;
  simdjson::dom::object object;
};

}  // namespace vil::test

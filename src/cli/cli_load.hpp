#pragma once

// Loading a whole JSON Lines file of records into memory, for the subcommands that
// compare two sets (diff, match): they need every record of both sides at once.

#include <string>
#include <vector>

#include "cli_records.hpp"
#include "vil/field_path.hpp"

namespace vil::cli {

// What diff and match need of a record; raw keeps the whole record for the output.
struct LoadedRecord {
  std::string raw;
  std::string doc;
  std::string id;
  std::string kind;
  std::string text;
  std::string parent;              // the id of the record it sits under, if any
  std::vector<std::string> path;   // its heading path
  std::string municipality;        // meta.municipality
  std::size_t line = 0;            // its first source line (lines[0]), else its input line
  std::string name;                // "DOC:LINE" with that line (coding sheets, vil agree)
  std::vector<std::string> tags;   // sorted
  std::size_t position = 0;        // index in its file
  std::string group = "null";      // JSON of the first value of the group field, if asked for
};

// Reads every record of path ('-' for standard input), with the value of the field
// `group` (if not null) as each record's group. False after reporting a problem (the
// records read so far are kept).
bool load_records(const std::string& path, bool skip_invalid, std::vector<LoadedRecord>& out,
                  const FieldPath* group = nullptr);

// Parses "A=B" pairs for --equate; false after reporting a malformed one.
bool parse_equate(const std::vector<std::string>& specs, std::vector<std::pair<std::string, std::string>>& out);

}  // namespace vil::cli

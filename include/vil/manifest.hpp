#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace vil {

// One row of a corpus manifest: what a document is. Empty strings are unknown.
struct DocMeta {
  std::string id;            // document id, the "doc" of its records
  std::string file;          // file name, relative to the manifest's folder
  std::string title;
  std::string author;        // party or body; the fallback "actor" of its pledges
  std::string municipality;
  std::string type;          // program | plan | action-plan
  std::string period;        // "2023-2027"
  std::string source;        // the file name the text was received under
};

struct Manifest {
  std::vector<DocMeta> docs;  // in file order

  // The row for a file name, or nullptr.
  const DocMeta* find_file(std::string_view file) const;
};

// Parses manifest.tsv text: '#' comment lines, then a header row naming the columns
// (id and file are required; title, author, municipality, type, period, source are
// optional, in any order), then one row per document. On error returns false with
// the 1-based line and the reason.
bool parse_manifest(std::string_view text, Manifest& out, std::size_t& err_line, std::string& err);

// True when s is usable as a document id: letters, digits, '.', '_', '-'.
bool is_valid_doc_id(std::string_view s);

}  // namespace vil

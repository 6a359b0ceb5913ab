#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "vil/manifest.hpp"
#include "vil/record.hpp"

namespace vil {

// Writes the records of one document as JSON Lines, keys in the contract's order:
// doc, id, kind, level, number, page, text, path, parent, actor, refs, lines, bytes, meta.
class RecordWriter {
 public:
  // meta may be nullptr (a loose file): then no "meta" key is written.
  RecordWriter(std::string_view doc, const DocMeta* meta);

  // Appends one record and its newline to out. Not safe to call from several threads
  // at once (a writer is a document's); the records written must stay alive while it
  // is used (it keeps the last heading path it wrote, by its address).
  void append(std::string& out, const Record& r) const;

 private:
  std::string m_doc_json;                                       // "doc":"..."
  std::string m_meta_json;                                      // ,"meta":{...} or empty
  mutable const std::vector<std::string>* m_path_of = nullptr;  // the path m_path_json holds
  mutable std::string m_path_json;
};

}  // namespace vil

#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "vil/diagnostic.hpp"
#include "vil/manifest.hpp"
#include "vil/record.hpp"

namespace vil {

struct SegmentOptions {
  bool lossy = false;  // replace invalid UTF-8 with U+FFFD (and warn) instead of failing
};

// One source document, already read into memory by the caller.
struct Document {
  std::string id;                 // the "doc" of its records
  std::string path;               // how diagnostics name it
  std::string_view bytes;         // the file's bytes, exactly as read
  const DocMeta* meta = nullptr;  // its manifest row, if any
};

enum class SegmentStatus {
  ok,      // records were produced (possibly none, for an empty file)
  binary,  // a NUL byte: not text; nothing produced, `error` says where
  error,   // not readable as UTF-8 text; nothing produced, `error` says why
};

struct SegmentResult {
  SegmentStatus status = SegmentStatus::ok;
  Diagnostic error;                    // set unless status is ok
  std::vector<Diagnostic> warnings;    // problems that did not stop the document
};

// Splits a document into records, in source order, appending them to out.
// Recognises headings (lone lines, #, setext, bold lines), tables of contents,
// paragraphs (hard wraps and page-break splits joined), lead-ins, bullet and numbered
// items, and kommuneplan tables (goal, subgoal, strategy rows with reference codes).
SegmentResult segment(const Document& doc, const SegmentOptions& options, std::vector<Record>& out);

// Longest line, in code points, that may still be read as a heading without markup.
inline constexpr std::size_t k_max_plain_heading = 120;
// Longest heading, in code points, even with markup ("# ..."): a longer one is a
// paragraph, since every record under a heading carries its text in its path.
inline constexpr std::size_t k_max_heading = 300;

}  // namespace vil

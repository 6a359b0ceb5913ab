// Fuzz target: the document segmenter, vil::segment.
//
// The input is a document's bytes (id "fuzz", path "fuzz.txt"). Checked on every
// input: a NUL byte gives binary (or the UTF-16 error) and no records; invalid UTF-8
// gives an error and no records, and then, with lossy=true, records and a warning;
// valid text gives records. For every record: 1 <= first_line <= last_line <= the
// document's line count, byte_begin <= byte_end <= its size, ids unique, parent empty
// or the id of an earlier record, heading levels 1..6, every text valid UTF-8, and the
// record as `vil extract` writes it parses again as a JSON Lines record. On alternate
// valid inputs lossy=true must give the very same records, and on alternate inputs
// the document has a manifest row (with an author, the fallback actor).

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "fuzz_check.hpp"
#include "vil/line_batcher.hpp"
#include "vil/record_parser.hpp"
#include "vil/record_json.hpp"
#include "vil/segmenter.hpp"
#include "vil/utf8.hpp"

namespace {

bool valid_utf8(std::string_view s) { return vil::find_invalid_utf8(s) == std::string_view::npos; }

// Lines as the segmenter counts them: ended by LF, CRLF or CR, after a UTF-8 BOM.
std::size_t count_lines(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  std::size_t lines = 0;
  std::size_t pos = 0;
  while (pos < bytes.size()) {
    std::size_t end = pos;
    while (end < bytes.size() && bytes[end] != '\n' && bytes[end] != '\r') ++end;
    ++lines;
    if (end + 1 < bytes.size() && bytes[end] == '\r' && bytes[end + 1] == '\n') ++end;
    pos = end + 1;
  }
  return lines;
}

void check_records(std::string_view bytes, const vil::DocMeta* meta, const std::vector<vil::Record>& records) {
  const std::size_t line_count = count_lines(bytes);
  std::unordered_set<std::string> ids;
  const vil::RecordWriter writer("fuzz", meta);
  vil::RecordParser parser;
  std::string json;
  for (const vil::Record& r : records) {
    VIL_FUZZ_CHECK(r.first_line >= 1);
    VIL_FUZZ_CHECK(r.first_line <= r.last_line);
    VIL_FUZZ_CHECK(r.last_line <= line_count);
    VIL_FUZZ_CHECK(r.byte_begin <= r.byte_end);
    VIL_FUZZ_CHECK(r.byte_end <= bytes.size());
    VIL_FUZZ_CHECK(!r.id.empty());
    VIL_FUZZ_CHECK(r.parent.empty() || ids.count(r.parent) == 1);  // an earlier record
    VIL_FUZZ_CHECK(ids.insert(r.id).second);                         // ids unique
    VIL_FUZZ_CHECK(r.kind != vil::Kind::heading || (r.level >= 1 && r.level <= 6));
    VIL_FUZZ_CHECK(valid_utf8(r.text));
    for (const std::string& p : r.path) VIL_FUZZ_CHECK(valid_utf8(p));
    if (r.actor) VIL_FUZZ_CHECK(valid_utf8(*r.actor));
    if (r.refs) {
      VIL_FUZZ_CHECK(valid_utf8(r.refs->raw));
      for (const std::string& t : r.refs->targets) VIL_FUZZ_CHECK(valid_utf8(t));
    }
    // What `vil extract` writes must read back as a record.
    json.clear();
    writer.append(json, r);
    VIL_FUZZ_CHECK(!json.empty() && json.back() == '\n');
    json.pop_back();
    const std::size_t size = json.size();
    json.append(vil::k_json_padding, '\0');
    simdjson::dom::element root;
    simdjson::dom::object obj;
    std::string err;
    if (!parser.parse(std::string_view(json.data(), size), root, obj, err)) {
      std::fprintf(stderr, "record written as %.*s\ndoes not parse: %s\n", static_cast<int>(size), json.c_str(), err.c_str());
      VIL_FUZZ_CHECK(false);
    }
  }
}

bool same_records(const std::vector<vil::Record>& a, const std::vector<vil::Record>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].id != b[i].id || a[i].text != b[i].text || a[i].parent != b[i].parent || a[i].path != b[i].path ||
        a[i].byte_begin != b[i].byte_begin || a[i].byte_end != b[i].byte_end || a[i].first_line != b[i].first_line ||
        a[i].last_line != b[i].last_line)
      return false;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  vil::DocMeta meta;
  meta.id = "fuzz";
  meta.file = "fuzz.txt";
  meta.author = "Fuzz Parti";
  vil::Document doc;
  doc.id = "fuzz";
  doc.path = "fuzz.txt";
  doc.bytes = bytes;
  doc.meta = (size & 2) != 0 ? &meta : nullptr;

  std::vector<vil::Record> records;
  const vil::SegmentResult strict = vil::segment(doc, vil::SegmentOptions{}, records);
  const bool has_nul = std::memchr(bytes.data(), 0, bytes.size()) != nullptr;
  const bool valid = valid_utf8(bytes);

  if (strict.status != vil::SegmentStatus::ok) {
    VIL_FUZZ_CHECK(records.empty());  // "nothing produced"
    VIL_FUZZ_CHECK(!strict.error.message.empty());
  }
  if (has_nul) {
    VIL_FUZZ_CHECK(strict.status != vil::SegmentStatus::ok);
    return 0;
  }
  if (!valid) {
    VIL_FUZZ_CHECK(strict.status == vil::SegmentStatus::error);
    VIL_FUZZ_CHECK(strict.error.line >= 1);
    // --lossy: the same document, invalid bytes replaced, must segment.
    records.clear();
    const vil::SegmentResult lossy = vil::segment(doc, vil::SegmentOptions{true}, records);
    VIL_FUZZ_CHECK(lossy.status == vil::SegmentStatus::ok);
    VIL_FUZZ_CHECK(!lossy.warnings.empty());
    check_records(bytes, doc.meta, records);
    return 0;
  }
  VIL_FUZZ_CHECK(strict.status == vil::SegmentStatus::ok);
  check_records(bytes, doc.meta, records);
  if ((size & 1) != 0) {
    // On valid text lossy changes nothing.
    std::vector<vil::Record> again;
    const vil::SegmentResult lossy = vil::segment(doc, vil::SegmentOptions{true}, again);
    VIL_FUZZ_CHECK(lossy.status == vil::SegmentStatus::ok);
    VIL_FUZZ_CHECK(same_records(records, again));
  }
  return 0;
}

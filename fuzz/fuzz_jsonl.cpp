// Fuzz target: the JSON Lines reader every filter uses.
//
// The input is a JSON Lines stream, read as the filters read it: vil::LineReader over
// a vil::StringSource, each line that is not blank parsed by vil::RecordParser. The
// reader's batches are small (1 to 4096 bytes, from the input's length), so that lines
// cross batch boundaries and no run pays for the 1 MiB buffer of a real one. Every
// record that parses is then written back as a filter writes it, by
// vil::append_with_fields with "text" replaced, its first field replaced (when that
// is not "text") and a new "tags" field added. Checked: lines hold no '\n' and are
// numbered 1, 2, ...; the rewritten record parses again (RecordParser(false)), its
// replaced and added fields hold the new values, it has exactly the fields it should,
// and every other field has the value it had; append_json_value of a record reads
// back as the same JSON.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "fuzz_check.hpp"
#include "vil/field_splice.hpp"
#include "vil/json_writer.hpp"
#include "vil/line_batcher.hpp"
#include "vil/record_parser.hpp"

namespace {

// A copy of s followed by the padding simdjson reads ahead into.
struct Padded {
  explicit Padded(std::string_view s) : bytes(s), size(s.size()) { bytes.append(vil::k_json_padding, '\0'); }
  std::string_view view() const { return std::string_view(bytes.data(), size); }
  std::string bytes;
  std::size_t size;
};

[[noreturn]] void fail_with(const char* what, std::string_view line, std::string_view out, const std::string& err) {
  std::fprintf(stderr, "%s\n  line: %.*s\n  out:  %.*s\n  err:  %s\n", what, static_cast<int>(line.size()), line.data(),
               static_cast<int>(out.size()), out.data(), err.c_str());
  VIL_FUZZ_CHECK(false);
  std::abort();
}

bool is_field(const std::vector<std::pair<std::string_view, std::string>>& fields, std::string_view key) {
  for (const auto& f : fields)
    if (f.first == key) return true;
  return false;
}

void check_rewrite(std::string_view line, simdjson::dom::object record) {
  // The fields a filter might set: a replacement for "text", one for the record's first
  // field, and a new one.
  std::vector<std::pair<std::string_view, std::string>> fields;
  fields.emplace_back("text", "\"fuzz \\\"text\\\"\"");
  std::string first_key;
  for (simdjson::dom::key_value_pair field : record) {
    first_key = std::string(field.key);
    break;
  }
  if (!first_key.empty() && first_key != "text" && first_key != "tags")
    fields.emplace_back(first_key, "{\"fuzz\":[1,2.5,null,\"\xC3\xA6\"]}");
  fields.emplace_back("tags", "[\"topic:fuzz\",\"sdg:11\"]");

  std::size_t expected_size = record.size();
  for (const auto& f : fields) {
    simdjson::dom::element ignored;
    if (record.at_key(f.first).get(ignored) != simdjson::SUCCESS) ++expected_size;
  }

  std::string out = "prefix\n";  // append_with_fields appends
  vil::append_with_fields(out, line, record, fields);
  VIL_FUZZ_CHECK(out.size() > 7 && out.back() == '\n');
  const std::string_view written = std::string_view(out).substr(7, out.size() - 8);
  VIL_FUZZ_CHECK(written.find('\n') == std::string_view::npos);  // still one line

  const Padded again(written);
  static vil::RecordParser& parser = *new vil::RecordParser(false);  // one per check, kept
  simdjson::dom::element root;
  simdjson::dom::object obj;
  std::string err;
  if (!parser.parse(again.view(), root, obj, err)) fail_with("rewritten record does not parse", line, written, err);
  if (obj.size() != expected_size) fail_with("rewritten record has the wrong number of fields", line, written, "");
  for (const auto& f : fields) {
    simdjson::dom::element value;
    if (obj.at_key(f.first).get(value) != simdjson::SUCCESS) fail_with("a set field is missing", line, written, std::string(f.first));
    // The value as set (compact JSON, so json_value gives it back byte for byte).
    if (vil::json_value(value) != f.second) fail_with("a set field has the wrong value", line, written, std::string(f.first));
  }
  for (simdjson::dom::key_value_pair field : record) {
    if (is_field(fields, field.key)) continue;
    simdjson::dom::element value;
    if (obj.at_key(field.key).get(value) != simdjson::SUCCESS)
      fail_with("a field was lost", line, written, std::string(field.key));
    if (vil::json_value(value) != vil::json_value(field.value))
      fail_with("a field changed", line, written, std::string(field.key));
  }
}

// append_json_value writes JSON that reads back as the same value.
void check_round_trip(simdjson::dom::element root) {
  const std::string json = vil::json_value(root);
  const Padded padded(json);
  static vil::RecordParser& parser = *new vil::RecordParser(false);  // one per check, kept
  simdjson::dom::element again;
  simdjson::dom::object obj;
  std::string err;
  if (!parser.parse(padded.view(), again, obj, err)) fail_with("json_value output does not parse", "", json, err);
  const std::string twice = vil::json_value(again);
  if (twice != json) fail_with("json_value does not round-trip", json, twice, "");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  vil::StringSource source(input);
  vil::LineReader reader(source, 1 + size % 4096);
  static vil::RecordParser& parser = *new vil::RecordParser();  // as the filters read records; kept
  std::string_view line;
  std::string err;
  std::size_t lines = 0;
  while (true) {
    const vil::LineReader::Status status = reader.next(line, err);
    if (status == vil::LineReader::Status::end) break;
    VIL_FUZZ_CHECK(status == vil::LineReader::Status::line);  // a string cannot fail to read
    VIL_FUZZ_CHECK(reader.line_number() == ++lines);
    VIL_FUZZ_CHECK(line.size() <= input.size());
    VIL_FUZZ_CHECK(line.find('\n') == std::string_view::npos);
    if (vil::is_blank_line(line)) continue;
    simdjson::dom::element root;
    simdjson::dom::object record;
    if (!parser.parse(line, root, record, err)) {
      VIL_FUZZ_CHECK(!err.empty());
      continue;
    }
    // The parser's buffers are reused by the checks below, which have their own.
    check_round_trip(root);
    check_rewrite(line, record);
  }
  return 0;
}

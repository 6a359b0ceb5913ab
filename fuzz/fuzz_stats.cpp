// Fuzz target: vil stats's engine, vil::GroupCounter (counting and --merge) and its
// writers.
//
// The input is JSON Lines; the first byte picks one to three --by fields from a fixed
// list (scalars, arrays, nested paths). Every line that parses as an object is counted.
// Checked: the counts add up to what each record counts alone; a record refused (too
// many groups) counts nothing; the groups written as JSON Lines and merged back into a
// new counter (vil stats --merge) give the same groups, and merged twice, twice the
// counts; by-count order never rises; every table format writes valid UTF-8; with two
// fields, the matrix's total is the sum of the counts.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_check.hpp"
#include "vil/field_path.hpp"
#include "vil/line_batcher.hpp"
#include "vil/record_parser.hpp"
#include "vil/stats.hpp"
#include "vil/utf8.hpp"

namespace {

const char* const k_fields[] = {"kind", "tags", "meta.type", "a", "a.b", "path", "refs.sdg", "doc"};

std::vector<vil::FieldPath> fields_of(unsigned char c, std::vector<std::string>& names) {
  std::vector<vil::FieldPath> by;
  const std::size_t n = 1 + c % 3;
  for (std::size_t i = 0; i < n; ++i) {
    const char* spec = k_fields[(c / 3 + i * 3) % 8];
    bool twice = false;
    for (const std::string& s : names) twice = twice || s == spec;
    if (twice) continue;
    vil::FieldPath path;
    std::string err;
    VIL_FUZZ_CHECK(vil::FieldPath::parse(spec, path, err));
    by.push_back(path);
    names.emplace_back(spec);
  }
  return by;
}

std::uint64_t total(const std::vector<vil::Group>& groups) {
  std::uint64_t n = 0;
  for (const vil::Group& g : groups) n += g.count;
  return n;
}

std::string describe(const std::vector<vil::Group>& groups) {
  std::string out;
  for (const vil::Group& g : groups) {
    for (const vil::GroupValue& v : g.key) out += v.json + '\x1f';
    out += std::to_string(g.count) + '\n';
  }
  return out;
}

bool valid_utf8(std::string_view s) { return vil::find_invalid_utf8(s) == std::string_view::npos; }

// Merges the groups, written as vil stats writes them, into counter.
void merge(vil::GroupCounter& counter, const std::string& json_lines) {
  static vil::RecordParser& parser = *new vil::RecordParser(false);
  vil::StringSource source(json_lines);
  vil::LineReader reader(source, 4096);  // not the 1 MiB buffer of a real run
  std::string_view line;
  std::string err;
  while (reader.next(line, err) == vil::LineReader::Status::line) {
    simdjson::dom::element root;
    simdjson::dom::object group;
    VIL_FUZZ_CHECK(parser.parse(line, root, group, err));
    if (!counter.add_group(group, err)) {
      std::fprintf(stderr, "merge refused %.*s: %s\n", static_cast<int>(line.size()), line.data(), err.c_str());
      VIL_FUZZ_CHECK(false);
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  std::vector<std::string> names;
  const std::vector<vil::FieldPath> by = fields_of(data[0], names);
  const std::string input(reinterpret_cast<const char*>(data) + 1, size - 1);
  vil::GroupCounter counter(by);
  std::uint64_t expected = 0;
  static vil::RecordParser& parser = *new vil::RecordParser(false);
  vil::StringSource source(input);
  vil::LineReader reader(source, 1 + size % 512);
  std::string_view line;
  std::string err;
  while (reader.next(line, err) == vil::LineReader::Status::line) {
    simdjson::dom::element root;
    simdjson::dom::object record;
    if (!parser.parse(line, root, record, err)) continue;
    vil::GroupCounter alone(by);
    std::string why;
    const bool counted = alone.add(root, why);
    const std::uint64_t before = counter.records();
    VIL_FUZZ_CHECK(counter.add(root, why) == counted);
    if (!counted) {
      VIL_FUZZ_CHECK(!why.empty());
      VIL_FUZZ_CHECK(counter.records() == before);
      continue;
    }
    expected += total(alone.groups(vil::GroupOrder::by_key));
  }
  const std::vector<vil::Group> groups = counter.groups(vil::GroupOrder::by_key);
  VIL_FUZZ_CHECK(total(groups) == expected);

  const std::vector<vil::Group> by_count = counter.groups(vil::GroupOrder::by_count);
  for (std::size_t i = 1; i < by_count.size(); ++i) VIL_FUZZ_CHECK(by_count[i - 1].count >= by_count[i].count);

  // Written and merged back: the same groups; merged twice: twice the counts.
  const std::string json = vil::format_groups(names, groups, vil::TableFormat::json);
  VIL_FUZZ_CHECK(valid_utf8(json));
  vil::GroupCounter merged(by);
  merge(merged, json);
  VIL_FUZZ_CHECK(describe(merged.groups(vil::GroupOrder::by_key)) == describe(groups));
  merge(merged, json);
  const std::vector<vil::Group> twice = merged.groups(vil::GroupOrder::by_key);
  VIL_FUZZ_CHECK(twice.size() == groups.size());
  for (std::size_t i = 0; i < twice.size(); ++i) VIL_FUZZ_CHECK(twice[i].count == 2 * groups[i].count);

  for (const vil::TableFormat f : {vil::TableFormat::tsv, vil::TableFormat::csv, vil::TableFormat::md})
    VIL_FUZZ_CHECK(valid_utf8(vil::format_groups(names, groups, f)));
  if (names.size() == 2 && vil::matrix_too_large(groups).empty()) {
    const std::string matrix = vil::format_matrix(names, groups, vil::TableFormat::json, vil::GroupOrder::by_count);
    VIL_FUZZ_CHECK(valid_utf8(matrix));
    const std::size_t at = matrix.rfind("\"total\":");
    VIL_FUZZ_CHECK(at != std::string::npos);
    VIL_FUZZ_CHECK(std::stoull(matrix.substr(at + 8)) == total(groups));
    for (const vil::TableFormat f : {vil::TableFormat::tsv, vil::TableFormat::csv, vil::TableFormat::md})
      VIL_FUZZ_CHECK(valid_utf8(vil::format_matrix(names, groups, f, vil::GroupOrder::by_key)));
  }
  return 0;
}

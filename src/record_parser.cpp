#include "vil/record_parser.hpp"

#include <algorithm>
#include <cstdint>
#include <vector>

#include "vil/line_batcher.hpp"
#include "vil/text.hpp"

namespace vil {

namespace {

// A cheap summary of a key (length, first and last bytes): keys with different
// fingerprints differ, so only keys with equal ones need comparing byte by byte.
std::uint32_t fingerprint(std::string_view key) {
  if (key.empty()) return 0;
  return (static_cast<std::uint32_t>(key.size()) * 0x9E3779B1U) ^
         (static_cast<std::uint32_t>(static_cast<unsigned char>(key[0])) * 0x85EBCA77U) ^
         (static_cast<std::uint32_t>(static_cast<unsigned char>(key.back())) * 0xC2B2AE3DU);
}

// Fails on a key that appears twice in an object with more keys than a linear scan
// suits: the keys sorted, neighbours compared. O(n log n), so a 200,000-key object
// is no trap.
bool check_many_keys(simdjson::dom::object obj, std::string& err) {
  std::vector<std::string_view> keys;
  keys.reserve(obj.size());
  for (simdjson::dom::key_value_pair field : obj) keys.push_back(field.key);
  std::sort(keys.begin(), keys.end());
  const auto twice = std::adjacent_find(keys.begin(), keys.end());
  if (twice == keys.end()) return true;
  err = "duplicate key \"" + std::string(*twice) + "\"";
  return false;
}

// Fails on a key that appears twice in any object of value. Records have a dozen keys
// per object, so each key is compared with the ones before it (fingerprints first, bytes
// only when those agree); larger objects go through check_many_keys. simdjson caps the
// nesting depth, so the recursion is bounded.
bool check_keys(simdjson::dom::element value, std::string& err) {
  using simdjson::dom::element_type;
  const element_type type = value.type();
  if (type == element_type::ARRAY) {
    const simdjson::dom::array items = value.get_array().value_unsafe();
    for (simdjson::dom::element item : items) {
      const element_type t = item.type();
      if ((t == element_type::OBJECT || t == element_type::ARRAY) && !check_keys(item, err)) return false;
    }
    return true;
  }
  if (type != element_type::OBJECT) return true;
  const simdjson::dom::object obj = value.get_object().value_unsafe();
  constexpr std::size_t k_linear = 32;
  if (obj.size() > k_linear && !check_many_keys(obj, err)) return false;
  struct Seen {  // a trivial type, so the array below costs nothing to set up
    const char* data;
    std::size_t size;
    std::uint32_t print;
  };
  Seen seen[k_linear];
  std::size_t n = 0;
  std::uint64_t prints_seen = 0;  // bit (print mod 64) of each key so far: most keys need no scan
  for (simdjson::dom::key_value_pair field : obj) {
    if (n < k_linear) {
      const std::uint32_t print = fingerprint(field.key);
      const std::uint64_t bit = std::uint64_t{1} << (print % 64);
      const bool maybe_seen = (prints_seen & bit) != 0;
      prints_seen |= bit;
      for (std::size_t i = 0; maybe_seen && i < n; ++i) {
        if (seen[i].print == print && std::string_view(seen[i].data, seen[i].size) == field.key) {
          err = "duplicate key \"" + std::string(field.key) + "\"";
          return false;
        }
      }
      seen[n++] = Seen{field.key.data(), field.key.size(), print};
    }
    const element_type t = field.value.type();
    if ((t == element_type::OBJECT || t == element_type::ARRAY) && !check_keys(field.value, err))
      return false;
  }
  return true;
}

}  // namespace

bool looks_like_prose(std::string_view line) {
  const std::size_t first = line.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) return false;
  const std::string_view start = line.substr(first);
  const auto c = static_cast<unsigned char>(start[0]);
  const bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0xC2 && c <= 0xF4);
  if (!letter || line.find('\0') != std::string_view::npos) return false;  // not text (UTF-16, binary)
  return start.rfind("true", 0) != 0 && start.rfind("false", 0) != 0 && start.rfind("null", 0) != 0;
}

bool RecordParser::parse(std::string_view line, simdjson::dom::element& doc, simdjson::dom::object& out,
                         std::string& err) {
  const simdjson::error_code code = m_parser.parse(line.data(), line.size(), false).get(doc);
  if (code != simdjson::SUCCESS) {
    err = std::string("not valid JSON: ") + simdjson::error_message(code);
    if (code == simdjson::NUMBER_ERROR)
      err += " (malformed, or beyond what vil reads: integers of up to 64 bits, numbers that fit a double)";
    return false;
  }
  return check(doc, out, err);
}

bool RecordParser::check(simdjson::dom::element doc, simdjson::dom::object& out, std::string& err) const {
  if (doc.type() != simdjson::dom::element_type::OBJECT) {
    err = "not a JSON object (a record is one object per line)";
    return false;
  }
  out = doc.get_object().value_unsafe();
  if (!check_keys(doc, err)) return false;
  if (m_require_text) {
    simdjson::dom::element text;
    if (out.at_key("text").get(text) != simdjson::SUCCESS) {
      err = "record has no \"text\" field";
      return false;
    }
    if (text.type() != simdjson::dom::element_type::STRING) {
      err = "record's \"text\" is not a string";
      return false;
    }
    // doc and kind select and group records (--doc, --kind, counts per document): when
    // present, they are strings (or null), never silently read as missing.
    for (const char* key : {"doc", "kind"}) {
      simdjson::dom::element e;
      if (out.at_key(key).get(e) == simdjson::SUCCESS && e.type() != simdjson::dom::element_type::STRING &&
          e.type() != simdjson::dom::element_type::NULL_VALUE) {
        err = std::string("record's \"") + key + "\" is not a string";
        return false;
      }
    }
  }
  return true;
}

void RecordParser::parse_batch(const char* batch, std::size_t size, std::size_t newlines,
                               const std::function<void(const ParsedLine&)>& fn,
                               const std::function<void()>& restart) {
  if (parse_stream(batch, size, newlines, fn)) return;
  restart();
  // Line by line, for the exact report.
  std::size_t pos = 0;
  for (std::size_t index = 0; pos < size; ++index) {
    m_line.raw = next_line(batch, size, pos);
    if (is_blank_line(m_line.raw)) continue;
    m_line.index = index;
    m_line.problem.clear();
    parse(m_line.raw, m_line.root, m_line.object, m_line.problem);
    fn(m_line);
  }
}

bool RecordParser::parse_stream(const char* batch, std::size_t size, std::size_t newlines,
                                const std::function<void(const ParsedLine&)>& fn) {
  // simdjson reads the batch as a stream of JSON values separated by white space. It
  // is a batch of records when every value lies within one line and no two share a
  // line: then the newlines between the values are all the batch has.
  simdjson::dom::document_stream values;
  if (m_parser.parse_many(batch, size, std::max(size, simdjson::dom::MINIMAL_BATCH_SIZE)).get(values) !=
      simdjson::SUCCESS)
    return false;
  std::size_t seen_newlines = 0;
  std::size_t end = 0;  // of the last value
  bool first = true;
  for (auto it = values.begin(); it != values.end(); ++it) {
    // Errors, and values that are not objects, are reported as parse reports them.
    if ((*it).get(m_line.root) != simdjson::SUCCESS || !m_line.root.is_object()) return false;
    const std::size_t start = it.current_index();
    // The white space before the value: at least one newline unless it is the first.
    std::size_t line_start = end;
    std::size_t gap_newlines = 0;
    for (std::size_t i = end; i < start; ++i) {
      if (batch[i] == '\n') {
        ++gap_newlines;
        line_start = i + 1;
      }
    }
    if (gap_newlines == 0 && !first) return false;
    first = false;
    seen_newlines += gap_newlines;
    end = start + it.source().size();
    // The rest of the line: white space up to its newline, or to the batch's end.
    std::size_t line_end = end;
    while (line_end < size && batch[line_end] != '\n' && is_json_space(batch[line_end])) ++line_end;
    if (line_end < size && batch[line_end] != '\n') return false;  // another value on the line
    m_line.index = seen_newlines;
    m_line.raw = std::string_view(batch + line_start, line_end - line_start);
    if (!m_line.raw.empty() && m_line.raw.back() == '\r') m_line.raw.remove_suffix(1);
    m_line.problem.clear();
    check(m_line.root, m_line.object, m_line.problem);
    fn(m_line);
  }
  if (values.truncated_bytes() != 0) return false;
  for (std::size_t i = end; i < size; ++i) {
    if (!is_json_space(batch[i])) return false;
    seen_newlines += batch[i] == '\n';
  }
  // Fewer newlines between the values than in the batch: a value spans lines.
  return seen_newlines == newlines;
}

}  // namespace vil

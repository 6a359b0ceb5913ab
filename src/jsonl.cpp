#include "vil/jsonl.hpp"

#include "vil/record_json.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <cstring>

namespace vil {
namespace {

bool is_json_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

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
    if ((t == element_type::OBJECT || t == element_type::ARRAY) && !check_keys(field.value, err)) return false;
  }
  return true;
}

}  // namespace

bool StringSource::read(char* buf, std::size_t cap, std::size_t& got, std::string&) {
  got = std::min(cap, m_bytes.size());
  std::memcpy(buf, m_bytes.data(), got);
  m_bytes.remove_prefix(got);
  return true;
}

LineBatcher::LineBatcher(ByteSource& source, std::size_t batch_bytes, std::size_t max_line)
    : m_source(source), m_batch_bytes(std::max<std::size_t>(batch_bytes, 1)), m_max_line(max_line) {}

LineBatcher::Status LineBatcher::next(std::vector<char>& buf, std::size_t& size, std::string& err) {
  size = 0;
  if (m_failed) {
    err = m_error;
    return Status::error;
  }
  // Start with the partial line the last batch left, then read until the batch is
  // full (or the source is drained for now) and holds a whole line.
  size = m_carry.size();
  if (buf.size() < std::max(m_batch_bytes, size + m_batch_bytes / 2) + k_json_padding)
    buf.resize(std::max(m_batch_bytes, size + m_batch_bytes / 2) + k_json_padding);
  std::memcpy(buf.data(), m_carry.data(), size);
  m_carry.clear();
  std::size_t last_newline = std::string::npos;  // the carry holds none
  while (!m_eof) {
    if (buf.size() - k_json_padding - size < m_batch_bytes / 2 + 1)
      buf.resize(std::max(buf.size() * 2, size + m_batch_bytes + k_json_padding));
    const std::size_t want = buf.size() - k_json_padding - size;
    std::size_t got = 0;
    if (!m_source.read(buf.data() + size, want, got, err)) {
      m_failed = true;
      m_error = err;
      break;
    }
    if (got == 0) {
      m_eof = true;
      break;
    }
    if (const void* nl = memrchr(buf.data() + size, '\n', got); nl != nullptr)
      last_newline = static_cast<std::size_t>(static_cast<const char*>(nl) - buf.data());
    size += got;
    if ((size >= m_batch_bytes || got < want) && last_newline != std::string::npos) break;
    if (last_newline == std::string::npos && size > m_max_line) {
      // Only the start of one line is held (the whole lines before it went out in
      // earlier batches): it is over the limit, and reading on would hold all of it.
      m_failed = m_too_long = true;
      m_error = "a line longer than " + limit_text(m_max_line) +
                ", the most vil reads as one record (is this JSON Lines?)";
      err = m_error;
      size = 0;
      return Status::error;
    }
  }
  if (!m_bom_checked) {
    m_bom_checked = true;
    if (size >= 3 && std::memcmp(buf.data(), "\xEF\xBB\xBF", 3) == 0) {
      std::memmove(buf.data(), buf.data() + 3, size - 3);
      size -= 3;
      if (last_newline != std::string::npos) last_newline -= 3;
    }
  }
  if (m_failed && last_newline == std::string::npos) {
    size = 0;
    return Status::error;
  }
  if (!m_eof) {
    // End at the last whole line; after a read error its partial line is lost.
    const std::size_t cut = last_newline + 1;
    if (!m_failed) m_carry.assign(buf.data() + cut, size - cut);
    size = cut;
  }
  return size == 0 ? Status::end : Status::batch;
}

std::string_view next_line(const char* batch, std::size_t size, std::size_t& pos) {
  const char* begin = batch + pos;
  const void* nl = std::memchr(begin, '\n', size - pos);
  const char* end = nl != nullptr ? static_cast<const char*>(nl) : batch + size;
  pos = static_cast<std::size_t>(end - batch) + (nl != nullptr ? 1 : 0);
  std::string_view line(begin, static_cast<std::size_t>(end - begin));
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

LineReader::Status LineReader::next(std::string_view& line, std::string& err) {
  while (m_pos >= m_size) {
    m_pos = 0;
    const LineBatcher::Status status = m_batcher.next(m_batch, m_size, err);
    if (status == LineBatcher::Status::end) return Status::end;
    if (status == LineBatcher::Status::error) return Status::error;
  }
  line = next_line(m_batch.data(), m_size, m_pos);
  ++m_line;
  return Status::line;
}

bool looks_like_prose(std::string_view line) {
  const std::size_t first = line.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) return false;
  const std::string_view start = line.substr(first);
  const auto c = static_cast<unsigned char>(start[0]);
  const bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0xC2 && c <= 0xF4);
  if (!letter || line.find('\0') != std::string_view::npos) return false;  // not text (UTF-16, binary)
  return start.rfind("true", 0) != 0 && start.rfind("false", 0) != 0 && start.rfind("null", 0) != 0;
}

bool is_blank_line(std::string_view line) {
  return std::all_of(line.begin(), line.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r'; });
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
  }
  return true;
}

void RecordParser::parse_batch(const char* batch, std::size_t size, std::size_t newlines,
                               const std::function<void(const ParsedLine&)>& fn, const std::function<void()>& restart) {
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

std::size_t count_newlines(const char* data, std::size_t size) {
  std::size_t n = 0;
  std::size_t i = 0;
#if defined(__SSE2__)
  // 16 bytes at a time: each lane counts its newlines in a byte, for up to 255 rounds,
  // then the lanes are summed.
  const __m128i newline = _mm_set1_epi8('\n');
  while (size - i >= 16) {
    __m128i lanes = _mm_setzero_si128();
    const std::size_t rounds = std::min<std::size_t>((size - i) / 16, 255);
    for (std::size_t r = 0; r < rounds; ++r, i += 16) {
      const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + i));
      lanes = _mm_sub_epi8(lanes, _mm_cmpeq_epi8(bytes, newline));
    }
    const __m128i sums = _mm_sad_epu8(lanes, _mm_setzero_si128());
    n += static_cast<std::size_t>(_mm_cvtsi128_si64(sums)) +
         static_cast<std::size_t>(_mm_cvtsi128_si64(_mm_unpackhi_epi64(sums, sums)));
  }
#endif
  for (; i < size; ++i) n += data[i] == '\n';
  return n;
}

void append_json_value(std::string& out, simdjson::dom::element value) {
  // Not simdjson::minify: in simdjson 3.0 it leaves '"' and control characters inside
  // strings unescaped.
  using simdjson::dom::element_type;
  switch (value.type()) {
    case element_type::STRING:
      append_json_string(out, value.get_string().value_unsafe());
      return;
    case element_type::INT64:
      out += std::to_string(value.get_int64().value_unsafe());
      return;
    case element_type::UINT64:
      out += std::to_string(value.get_uint64().value_unsafe());
      return;
    case element_type::DOUBLE: {
      char buf[32];
      const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value.get_double().value_unsafe());
      std::string number(buf, ec == std::errc() ? end : buf);
      // Keep it a JSON number that reads back as a double: "1e+21", "0.5", "3.0".
      if (number.find_first_of(".eE") == std::string::npos) number += ".0";
      out += number;
      return;
    }
    case element_type::BOOL:
      out += value.get_bool().value_unsafe() ? "true" : "false";
      return;
    case element_type::NULL_VALUE:
      out += "null";
      return;
    case element_type::ARRAY: {
      out += '[';
      bool first = true;
      const simdjson::dom::array items = value.get_array().value_unsafe();
      for (simdjson::dom::element item : items) {
        if (!first) out += ',';
        first = false;
        append_json_value(out, item);
      }
      out += ']';
      return;
    }
    case element_type::OBJECT: {
      out += '{';
      bool first = true;
      const simdjson::dom::object fields = value.get_object().value_unsafe();
      for (simdjson::dom::key_value_pair field : fields) {
        if (!first) out += ',';
        first = false;
        append_json_string(out, field.key);
        out += ':';
        append_json_value(out, field.value);
      }
      out += '}';
      return;
    }
  }
}

std::string json_value(simdjson::dom::element value) {
  std::string out;
  append_json_value(out, value);
  return out;
}

namespace {

std::size_t skip_space(std::string_view s, std::size_t i) {
  while (i < s.size() && is_json_space(s[i])) ++i;
  return i;
}

// The end of the JSON string starting at s[i] (a '"'), just past its closing quote.
std::size_t skip_string(std::string_view s, std::size_t i) {
  for (++i; i < s.size(); ++i) {
    if (s[i] == '\\') ++i;
    else if (s[i] == '"') return i + 1;
  }
  return s.size();
}

// The end of the JSON value starting at s[i].
std::size_t skip_value(std::string_view s, std::size_t i) {
  if (i >= s.size()) return i;
  if (s[i] == '"') return skip_string(s, i);
  if (s[i] == '{' || s[i] == '[') {
    int depth = 0;
    while (i < s.size()) {
      const char c = s[i];
      if (c == '"') {
        i = skip_string(s, i);
        continue;
      }
      if (c == '{' || c == '[') ++depth;
      if (c == '}' || c == ']') {
        if (--depth == 0) return i + 1;
      }
      ++i;
    }
    return i;
  }
  while (i < s.size() && s[i] != ',' && s[i] != '}' && s[i] != ']' && !is_json_space(s[i])) ++i;
  return i;
}

// The byte spans of the values of a valid JSON object's fields, in source order.
std::vector<std::pair<std::size_t, std::size_t>> value_spans(std::string_view line) {
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  std::size_t i = skip_space(line, 0);
  if (i >= line.size() || line[i] != '{') return spans;
  i = skip_space(line, i + 1);
  while (i < line.size() && line[i] == '"') {
    i = skip_space(line, skip_string(line, i));
    if (i < line.size() && line[i] == ':') i = skip_space(line, i + 1);
    const std::size_t end = skip_value(line, i);
    spans.emplace_back(i, end);
    i = skip_space(line, end);
    if (i < line.size() && line[i] == ',') i = skip_space(line, i + 1);
  }
  return spans;
}

void append_field(std::string& out, bool comma, std::string_view name, const std::string& json) {
  if (comma) out.push_back(',');
  append_json_string(out, name);
  out.push_back(':');
  out.append(json);
}

}  // namespace

void append_with_fields(std::string& out, std::string_view line, simdjson::dom::object record,
                        const std::vector<std::pair<std::string_view, std::string>>& fields) {
  // The record's own bytes are kept: a field it has is replaced in place, value bytes
  // only; the others are added before its closing brace.
  std::vector<bool> used(fields.size(), false);
  const std::vector<std::pair<std::size_t, std::size_t>> spans = value_spans(line);
  std::size_t copied = 0;
  std::size_t index = 0;
  for (simdjson::dom::key_value_pair field : record) {
    std::size_t i = 0;
    while (i < fields.size() && fields[i].first != field.key) ++i;
    if (i < fields.size() && index < spans.size()) {
      out.append(line.substr(copied, spans[index].first - copied));
      out.append(fields[i].second);
      copied = spans[index].second;
      used[i] = true;
    }
    ++index;
  }
  std::size_t close = line.size();
  while (close > 0 && line[close - 1] != '}') --close;
  out.append(line.substr(copied, close - 1 - copied));
  bool comma = record.size() > 0;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (used[i]) continue;
    append_field(out, comma, fields[i].first, fields[i].second);
    comma = true;
  }
  out.append("}\n");
}

}  // namespace vil

#include "vil/jsonl.hpp"

#include "vil/record_json.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <unordered_set>
#include <cstring>

namespace vil {
namespace {

constexpr std::size_t k_block = 1 << 20;  // bytes read at a time

// A cheap summary of a key (length, first and last bytes): keys with different
// fingerprints differ, so only keys with equal ones need comparing.
std::uint32_t fingerprint(std::string_view key) {
  if (key.empty()) return 0;
  return (static_cast<std::uint32_t>(key.size()) << 16) ^ (static_cast<std::uint32_t>(static_cast<unsigned char>(key[0])) << 8) ^
         static_cast<unsigned char>(key.back());
}

// Fails on a key that appears twice in any object of value. One pass over each
// object: keys are told apart by fingerprint first, bytes only when those agree.
bool check_keys(simdjson::dom::element value, std::string& err) {
  using simdjson::dom::element_type;
  if (value.type() == element_type::ARRAY) {
    const simdjson::dom::array items = value.get_array().value_unsafe();
    for (simdjson::dom::element item : items) {
      const element_type t = item.type();
      if ((t == element_type::OBJECT || t == element_type::ARRAY) && !check_keys(item, err)) return false;
    }
    return true;
  }
  if (value.type() != element_type::OBJECT) return true;
  constexpr std::size_t k_small = 64;
  std::uint32_t prints[k_small];
  std::string_view keys[k_small];
  simdjson::dom::element nested[k_small];
  std::size_t n = 0;
  std::size_t n_nested = 0;
  std::unordered_set<std::string_view> more;  // keys past the first k_small (rare): no n^2 scan
  const simdjson::dom::object obj = value.get_object().value_unsafe();
  for (simdjson::dom::key_value_pair field : obj) {
    const std::uint32_t print = fingerprint(field.key);
    bool twice = false;
    for (std::size_t i = 0; i < n && i < k_small && !twice; ++i) twice = prints[i] == print && keys[i] == field.key;
    if (!twice && n >= k_small) twice = !more.insert(field.key).second;
    if (twice) {
      err = "duplicate key \"" + std::string(field.key) + "\"";
      return false;
    }
    if (n < k_small) {
      prints[n] = print;
      keys[n] = field.key;
    } else if (n == k_small) {
      more.insert(keys, keys + k_small);  // from now on, every key goes through the set
      more.insert(field.key);
    }
    ++n;
    const element_type t = field.value.type();
    if (t == element_type::OBJECT || t == element_type::ARRAY) {
      if (n_nested < k_small) nested[n_nested++] = field.value;
      else if (!check_keys(field.value, err)) return false;
    }
  }
  for (std::size_t i = 0; i < n_nested; ++i)
    if (!check_keys(nested[i], err)) return false;
  return true;
}

}  // namespace

bool StringSource::read(char* buf, std::size_t cap, std::size_t& got, std::string&) {
  got = std::min(cap, m_bytes.size());
  std::memcpy(buf, m_bytes.data(), got);
  m_bytes.remove_prefix(got);
  return true;
}

LineReader::LineReader(ByteSource& source) : m_source(source), m_buffer(k_block + k_json_padding) {}

bool LineReader::fill(std::string& err) {
  // Keep the unread part, at the front, and make room for a block after it.
  if (m_begin > 0) {
    std::memmove(m_buffer.data(), m_buffer.data() + m_begin, m_end - m_begin);
    m_end -= m_begin;
    m_begin = 0;
  }
  if (m_buffer.size() - k_json_padding - m_end < k_block / 2)
    m_buffer.resize(std::max(m_buffer.size() * 2, m_end + k_block + k_json_padding));
  std::size_t got = 0;
  if (!m_source.read(m_buffer.data() + m_end, m_buffer.size() - k_json_padding - m_end, got, err)) return false;
  if (got == 0) m_eof = true;
  m_end += got;
  return true;
}

LineReader::Status LineReader::next(std::string_view& line, std::string& err) {
  if (m_line == 0 && !m_bom_checked) {
    // A UTF-8 byte order mark before the first line is not part of it.
    m_bom_checked = true;
    while (m_end - m_begin < 3 && !m_eof)
      if (!fill(err)) return Status::error;
    if (m_end - m_begin >= 3 && std::memcmp(m_buffer.data() + m_begin, "\xEF\xBB\xBF", 3) == 0) m_begin += 3;
  }
  std::size_t scanned = m_begin;
  while (true) {
    const void* nl = std::memchr(m_buffer.data() + scanned, '\n', m_end - scanned);
    if (nl != nullptr) {
      const std::size_t at = static_cast<std::size_t>(static_cast<const char*>(nl) - m_buffer.data());
      line = std::string_view(m_buffer.data() + m_begin, at - m_begin);
      m_begin = at + 1;
      break;
    }
    if (m_eof) {
      if (m_begin == m_end) return Status::end;
      line = std::string_view(m_buffer.data() + m_begin, m_end - m_begin);  // no final newline
      m_begin = m_end;
      break;
    }
    const std::size_t unread = m_end - m_begin;
    if (!fill(err)) return Status::error;
    scanned = m_begin + unread;
  }
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  ++m_line;
  return Status::line;
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
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
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
  while (i < s.size() && s[i] != ',' && s[i] != '}' && s[i] != ']' && s[i] != ' ' && s[i] != '\t' &&
         s[i] != '\r' && s[i] != '\n')
    ++i;
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

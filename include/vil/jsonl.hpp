#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <simdjson.h>

namespace vil {

// Bytes readable after every line a LineReader hands out (simdjson reads ahead).
inline constexpr std::size_t k_json_padding = simdjson::SIMDJSON_PADDING;

// Where the bytes of a JSON Lines input come from: a file or pipe (the front end), a
// string (tests, fuzzers).
class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Reads up to cap bytes into buf and sets got (0 at the end). False on a read error,
  // with a one-line reason in err.
  virtual bool read(char* buf, std::size_t cap, std::size_t& got, std::string& err) = 0;
};

// A ByteSource over a string that the caller keeps alive.
class StringSource : public ByteSource {
 public:
  explicit StringSource(std::string_view bytes) : m_bytes(bytes) {}
  bool read(char* buf, std::size_t cap, std::size_t& got, std::string& err) override;

 private:
  std::string_view m_bytes;
};

// Splits a source into lines, without their "\n" or "\r\n" (and without a UTF-8 byte
// order mark before the first). A line stays valid until
// the next call, and k_json_padding bytes after it are readable. Memory holds one
// read block and the longest line, never the whole input.
class LineReader {
 public:
  enum class Status { line, end, error };

  explicit LineReader(ByteSource& source);
  Status next(std::string_view& line, std::string& err);
  // 1-based number of the last line handed out.
  std::size_t line_number() const { return m_line; }

 private:
  bool fill(std::string& err);  // reads more; false on error

  ByteSource& m_source;
  std::vector<char> m_buffer;  // data, then k_json_padding spare bytes
  std::size_t m_begin = 0;     // start of the unread data
  std::size_t m_end = 0;       // end of the data read so far
  bool m_eof = false;
  bool m_bom_checked = false;
  std::size_t m_line = 0;
};

// True when the line holds nothing but spaces: a JSON Lines reader skips it.
bool is_blank_line(std::string_view line);

// Parses JSON Lines records: one JSON object per line, with a "text" string, and no
// key twice in any object. Reuses its buffers across lines.
class RecordParser {
 public:
  explicit RecordParser(bool require_text = true) : m_require_text(require_text) {}

  // Parses line, which must be followed by k_json_padding readable bytes (LineReader
  // guarantees it). root is the record as an element, out as an object; both stay
  // valid until the next parse. On failure returns
  // false with a one-line reason in err.
  bool parse(std::string_view line, simdjson::dom::element& root, simdjson::dom::object& out, std::string& err);

 private:
  simdjson::dom::parser m_parser;
  bool m_require_text;
};

// Appends the JSON text of a value (compact), for writing values back out: strings
// escaped as append_json_string does, numbers as read (doubles shortest round-trip).
void append_json_value(std::string& out, simdjson::dom::element value);
std::string json_value(simdjson::dom::element value);

// Appends to out the record `line` with some top-level fields set: each (name, JSON
// text) pair replaces the field of that name where the record has one, and is added
// at the end where it has not. The rest of the line is copied byte for byte, so a
// record passes through a filter unchanged but for the fields it adds. Ends with "\n".
void append_with_fields(std::string& out, std::string_view line, simdjson::dom::object record,
                        const std::vector<std::pair<std::string_view, std::string>>& fields);

}  // namespace vil

#pragma once

// Parsing JSON Lines records: one JSON object a line, checked, line by line or a batch at a time.

#include <simdjson.h>

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace vil {

// One line of a batch as RecordParser::parse_batch hands it out.
struct ParsedLine {
  std::size_t index = 0;        // 0-based, among the batch's lines (blank ones count)
  std::string_view raw;         // the line, without "\n" or "\r\n"
  simdjson::dom::element root;  // valid when problem is empty, until the next line
  simdjson::dom::object object;
  std::string problem;  // why the line is not a record; empty when it is one
};

// Parses JSON Lines records: one JSON object per line, with a "text" string, and no
// key twice in any object. Reuses its buffers across lines.
class RecordParser {
 public:
  explicit RecordParser(bool require_text = true) : m_require_text(require_text) {}

  // Parses line, which must be followed by k_json_padding readable bytes (LineReader
  // guarantees it). root is the record as an element, out as an object; both stay
  // valid until the next parse. On failure returns
  // false with a one-line reason in err.
  bool parse(std::string_view line, simdjson::dom::element& root, simdjson::dom::object& out,
             std::string& err);

  // Parses every non-blank line of a batch of whole lines (as LineBatcher makes them,
  // with `newlines` "\n" bytes) and calls fn on each, in order: the same records and
  // problems as parse gives line by line, found faster with one simdjson pass over the
  // batch. Where that pass cannot tell a line's problem as parse tells it (a line that
  // is not valid JSON, a value over several lines), it calls restart and gives every
  // line again, parsed one by one: the caller forgets what fn was given before.
  void parse_batch(const char* batch, std::size_t size, std::size_t newlines,
                   const std::function<void(const ParsedLine&)>& fn, const std::function<void()>& restart);

 private:
  // The checks after parsing: an object, no key twice, a "text" string if required.
  bool check(simdjson::dom::element root, simdjson::dom::object& out, std::string& err) const;
  // parse_batch with simdjson's document stream. False, after calling fn on some lines,
  // where a line would need the line-by-line parse to be reported as it reports it.
  bool parse_stream(const char* batch, std::size_t size, std::size_t newlines,
                    const std::function<void(const ParsedLine&)>& fn);

  simdjson::dom::parser m_parser;
  bool m_require_text;
  ParsedLine m_line;
};

// True when a line that failed to parse starts like prose, not like any JSON value
// ("Tittel", "Dette er tekst"): most likely a document given where records belong.
bool looks_like_prose(std::string_view line);

}  // namespace vil

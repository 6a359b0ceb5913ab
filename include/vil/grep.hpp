#pragma once

// grep's engine: which fields of a record match a pattern, and where; keyword in context.
// It returns data; grep_format.hpp writes it.

#include <simdjson.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "vil/field_path.hpp"
#include "vil/matcher.hpp"
#include "vil/record.hpp"

namespace vil {

// What grep looks for, and where: the records of some kinds and documents, some of
// their fields, any of several patterns.
struct GrepQuery {
  std::vector<std::string> patterns;  // any of them matching; none matches nothing
  MatchOptions match;
  std::vector<FieldPath> fields;  // the fields searched, in this order
  std::vector<Kind> kinds;        // only records of these kinds; empty: every kind
  std::vector<std::string> docs;  // only records of these documents; empty: every one
  bool invert = false;            // select the records that do not match
  bool spans_needed = true;       // false: a record's first match is enough (-c, -l, -v)
};

// Where a record matched: the field's place ("text", "path.1"), its value, the spans.
// Without spans_needed, a record's first match only, with no value and no spans.
struct FieldMatch {
  std::string where;
  std::string value;
  std::vector<Span> spans;
};

// GrepResult::reached has a bit for each of the first k_grep_tracked_fields fields.
inline constexpr std::size_t k_grep_tracked_fields = 24;

// What grep found in one record.
struct GrepResult {
  std::string_view doc;             // the record's "doc"; empty when it has none
  bool wanted = false;              // of the kinds and documents asked for
  bool selected = false;            // wanted, and matched (with invert: did not)
  unsigned reached = 0;             // bit f: the record has a value at fields[f]
  std::vector<FieldMatch> matches;  // in the order of the fields; empty unless wanted
};

// Matches records against a query. It has scratch space: one per thread, each
// compiled from the same query, which must outlive it.
class Grepper {
 public:
  explicit Grepper(const GrepQuery& query) : m_query(query) {}

  // Compiles the patterns; false with "invalid pattern 'P': REASON" in err, and in bad
  // (when given) the index of the pattern at fault (the number of patterns: their union).
  bool compile(std::string& err, std::size_t* bad = nullptr);

  // Greps one record (compile first). The result, which views the record, stays valid
  // until the next call.
  const GrepResult& grep(simdjson::dom::element record);

 private:
  bool wanted(std::string_view kind, std::string_view doc) const;

  const GrepQuery& m_query;
  Matcher m_matcher;
  GrepResult m_result;
  std::vector<Span> m_spans;
  std::string m_scratch;
};

// A match with N words of context either side: keyword in context.
struct Kwic {
  std::string left;
  std::string match;
  std::string right;
};

// The span of text with `words` words either side. A context word is a run of
// non-space bytes with a letter or digit in it: a lone "." or dash is kept in the
// context but does not count.
Kwic keyword_in_context(std::string_view text, const Span& span, int words);

}  // namespace vil

#include "vil/grep.hpp"

#include <algorithm>

#include "vil/record_view.hpp"
#include "vil/text.hpp"

namespace vil {

bool Grepper::compile(std::string& err, std::size_t* bad) {
  return m_matcher.compile_any(m_query.patterns, m_query.match, err, bad);
}

bool Grepper::wanted(std::string_view kind, std::string_view doc) const {
  if (!m_query.kinds.empty()) {
    Kind k;
    if (!parse_kind(kind, k) ||
        std::find(m_query.kinds.begin(), m_query.kinds.end(), k) == m_query.kinds.end())
      return false;
  }
  if (!m_query.docs.empty() && std::find(m_query.docs.begin(), m_query.docs.end(), doc) == m_query.docs.end())
    return false;
  return true;
}

const GrepResult& Grepper::grep(simdjson::dom::element record) {
  GrepResult& result = m_result;
  result.doc = {};
  result.wanted = false;
  result.selected = false;
  result.reached = 0;
  result.matches.clear();
  const RecordView view(record);
  result.doc = view.doc();
  if (!wanted(view.kind(), result.doc)) return result;
  result.wanted = true;
  for (std::size_t f = 0; f < m_query.fields.size(); ++f) {
    m_query.fields[f].visit(record, [&](simdjson::dom::element value, std::string_view where) {
      if (f < k_grep_tracked_fields) result.reached |= 1u << f;
      std::string_view text;
      if (!scalar_text(value, m_scratch, text)) return;
      if (!m_query.spans_needed) {
        // -c, -l, -v: whether it matched is all that is written.
        if (result.matches.empty() && m_matcher.matches(text))
          result.matches.push_back({std::string(where), {}, {}});
        return;
      }
      m_spans.clear();
      m_matcher.find_all(text, m_spans);
      if (!m_spans.empty()) result.matches.push_back({std::string(where), std::string(text), m_spans});
    });
  }
  result.selected = result.matches.empty() == m_query.invert;
  return result;
}

namespace {

bool is_space_byte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

Kwic keyword_in_context(std::string_view text, const Span& span, int words) {
  Kwic k;
  k.match = text.substr(span.begin, span.end - span.begin);
  const auto counts = [&](std::size_t b, std::size_t e) {
    const std::string_view token = text.substr(b, e - b);
    return has_letter(token) || token.find_first_of("0123456789") != std::string_view::npos;
  };
  std::size_t left = span.begin;
  for (int n = 0; n < words && left > 0;) {
    while (left > 0 && is_space_byte(text[left - 1])) --left;
    const std::size_t end = left;
    while (left > 0 && !is_space_byte(text[left - 1])) --left;
    if (counts(left, end)) ++n;
  }
  k.left = text.substr(left, span.begin - left);
  std::size_t right = span.end;
  for (int n = 0; n < words && right < text.size();) {
    while (right < text.size() && is_space_byte(text[right])) ++right;
    const std::size_t begin = right;
    while (right < text.size() && !is_space_byte(text[right])) ++right;
    if (counts(begin, right)) ++n;
  }
  k.right = text.substr(span.end, right - span.end);
  return k;
}

}  // namespace vil

#include "vil/link_format.hpp"

#include <charconv>
#include <cstdio>
#include <system_error>
#include <vector>

#include "vil/json_writer.hpp"

namespace vil {
namespace {

// A score with four decimals, as printf's "%.4f" writes it (both round the exact value).
void append_score(std::string& out, double score) {
  char buf[64];
  const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, score, std::chars_format::fixed, 4);
  if (ec == std::errc()) {
    out.append(buf, end);
  } else {  // a score is in [0, 1]; anything else is written as printf would, cut short
    std::snprintf(buf, sizeof buf, "%.4f", score);
    out += buf;
  }
}

std::string score_text(double score) {
  std::string out;
  append_score(out, score);
  return out;
}

std::string join(const std::vector<std::string>& items, const char* sep) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : sep) + s;
  return out;
}

}  // namespace

void append_link_json(std::string& out, const Link& l, const Concepts& concepts, const LinkSide& left,
                      const LinkSide& right) {
  out += "{\"rank\":";
  out += std::to_string(l.rank);
  out += ",\"score\":";
  append_score(out, l.score);
  out += ",\"cosine\":";
  append_score(out, l.cosine);
  out += l.addresses ? ",\"addresses\":true" : ",\"addresses\":false";
  out += ",\"shared\":{\"words\":";
  append_json_string_array(out, l.why.words);
  out += ",\"concepts\":[";
  for (std::size_t i = 0; i < l.why.concepts.size(); ++i) {
    const Concept& c = concepts.concept_at(l.why.concepts[i]);
    out += i == 0 ? "{\"concept\":" : ",{\"concept\":";
    append_json_string(out, c.name);
    out += ",\"rule\":";
    append_json_string(out, c.source);
    out += "}";
  }
  out += "],\"context\":";
  append_json_string_array(out, l.why.context);
  out += ",\"tags\":";
  append_json_string_array(out, l.why.tags);
  out += "},\"left\":";
  out += left.raw;
  out += ",\"right\":";
  out += right.raw;
  out += "}\n";
}

std::string link_sheet_header(TableFormat format) {
  const char* sep = format == TableFormat::csv ? "," : "\t";
  std::string out;
  for (const char* h : {"right", "rank", "score", "addresses", "left", "code", "right_text", "left_text", "shared"})
    out += (out.empty() ? "" : sep) + std::string(h);
  return out + "\n";
}

void append_link_sheet_row(std::string& out, const Link& l, const Concepts& concepts, const LinkSide& left,
                           const LinkSide& right, TableFormat format) {
  std::vector<std::string> shared = l.why.words;
  for (std::size_t c : l.why.concepts) shared.push_back("concept:" + concepts.concept_at(c).name);
  for (const std::string& w : l.why.context) shared.push_back("context:" + w);
  for (const std::string& t : l.why.tags) shared.push_back("tag:" + t);
  const std::vector<std::string> cells = {std::string(right.name), std::to_string(l.rank), score_text(l.score),
                                          l.addresses ? "yes" : "no", std::string(left.name), "",
                                          std::string(right.text), std::string(left.text), join(shared, " ")};
  const char* sep = format == TableFormat::csv ? "," : "\t";
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) out += sep;
    out += table_cell(cells[i], format);
  }
  out += "\n";
}

void append_unmatched_json(std::string& out, std::string_view side, std::string_view raw) {
  out += "{\"unmatched\":\"";
  out += side;
  out += "\",\"";
  out += side;
  out += "\":";
  out += raw;
  out += "}\n";
}

}  // namespace vil

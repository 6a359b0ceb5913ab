#include "vil/outline.hpp"

#include <unordered_map>

#include "vil/text.hpp"
#include "vil/utf8.hpp"

namespace vil {
namespace {

std::string cut(const std::string& text, std::size_t width) {
  if (count_code_points(text) <= width) return text;
  std::size_t i = 0;
  for (std::size_t n = 0; n + 1 < width && i < text.size(); ++n) next_code_point(text, i);
  return text.substr(0, i) + "…";
}

std::string mark(const Record& r) {
  switch (r.kind) {
    case Kind::heading: return std::string(static_cast<std::size_t>(r.level), '#');
    case Kind::paragraph: return "¶";
    case Kind::toc: return "toc";
    case Kind::lead: return "▸";
    case Kind::bullet: return r.number ? std::to_string(*r.number) + "." : "•";
    case Kind::pledge: return "»";
    case Kind::goal: return "◆";
    case Kind::subgoal: return "◇";
    case Kind::strategy: return "→";
  }
  return "?";
}

}  // namespace

std::string format_outline(const Document& doc, const std::vector<Record>& records) {
  std::string out = "== " + doc.id;
  if (doc.meta) {
    std::string about;
    for (const std::string* field : {&doc.meta->author, &doc.meta->municipality, &doc.meta->type, &doc.meta->period}) {
      if (field->empty()) continue;
      if (!about.empty()) about += ", ";
      about += *field;
    }
    if (!doc.meta->title.empty()) out += ": " + printable(doc.meta->title);
    if (!about.empty()) out += " (" + about + ")";
  }
  out += '\n';
  std::unordered_map<std::string, std::size_t> depth;
  for (const Record& r : records) {
    const auto parent = depth.find(r.parent);
    const std::size_t d = parent == depth.end() ? 0 : parent->second + 1;
    depth[r.id] = d;
    std::string where = std::to_string(r.first_line);
    if (r.last_line != r.first_line) where += "-" + std::to_string(r.last_line);
    if (where.size() < 7) out.append(7 - where.size(), ' ');
    out += where;
    out += "  ";
    out.append(2 * d, ' ');
    out += mark(r);
    out += ' ';
    if (r.refs) {
      out += '[';
      out += printable(r.refs->raw);
      out += "] ";
    }
    out += printable(cut(r.text, k_outline_width));
    if (r.page) {
      out += "  (p. ";
      out += std::to_string(*r.page);
      out += ')';
    }
    out += '\n';
  }
  return out;
}

}  // namespace vil

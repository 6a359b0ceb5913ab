#include "vil/record.hpp"

namespace vil {

std::string_view kind_name(Kind k) {
  switch (k) {
    case Kind::heading: return "heading";
    case Kind::paragraph: return "paragraph";
    case Kind::toc: return "toc";
    case Kind::lead: return "lead";
    case Kind::bullet: return "bullet";
    case Kind::pledge: return "pledge";
    case Kind::goal: return "goal";
    case Kind::subgoal: return "subgoal";
    case Kind::strategy: return "strategy";
  }
  return "paragraph";
}

const std::vector<Kind>& all_kinds() {
  static const std::vector<Kind> kinds = {Kind::heading, Kind::paragraph, Kind::toc,     Kind::lead,    Kind::bullet,
                                          Kind::pledge,  Kind::goal,      Kind::subgoal, Kind::strategy};
  return kinds;
}

std::string kind_list() {
  std::string s;
  for (Kind k : all_kinds()) {
    if (!s.empty()) s += ", ";
    s += kind_name(k);
  }
  return s;
}

bool parse_kind(std::string_view name, Kind& out) {
  for (Kind k : all_kinds()) {
    if (kind_name(k) == name) {
      out = k;
      return true;
    }
  }
  return false;
}

}  // namespace vil

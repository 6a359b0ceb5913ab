#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "vil/refs.hpp"

namespace vil {

// What a record is. The names are the "kind" values of the JSON Lines contract.
enum class Kind { heading, paragraph, toc, lead, bullet, pledge, goal, subgoal, strategy };

std::string_view kind_name(Kind k);
// Parses a kind name; false when it is not one.
bool parse_kind(std::string_view name, Kind& out);
// All kinds, in the order above.
const std::vector<Kind>& all_kinds();
// "heading, paragraph, ...": the kind names, for messages.
std::string kind_list();

// True for the kommuneplan kinds, which carry refs.
inline bool is_plan_kind(Kind k) { return k == Kind::goal || k == Kind::subgoal || k == Kind::strategy; }
// True for the kinds that carry actor.
inline bool has_actor_field(Kind k) { return k == Kind::lead || k == Kind::bullet || k == Kind::pledge; }

// One segment of a document, as `vil extract` emits it (see man/vil-extract.1).
struct Record {
  Kind kind = Kind::paragraph;
  std::string id;
  std::string text;
  std::vector<std::string> path;     // enclosing headings, outermost first
  std::string parent;                // id of the enclosing record; empty: none
  int level = 0;                     // heading level (headings only)
  std::optional<int> number;         // numbered list items
  std::optional<int> page;           // table-of-contents entries
  std::optional<std::string> actor;  // leads, bullets and pledges; nullopt: unknown
  std::optional<Refs> refs;          // goals, subgoals, strategies
  std::size_t first_line = 0;        // 1-based, inclusive
  std::size_t last_line = 0;
  std::size_t byte_begin = 0;        // 0-based offsets in the source file, [begin, end)
  std::size_t byte_end = 0;
};

}  // namespace vil

#pragma once

#include <cstddef>
#include <initializer_list>
#include <memory>
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

// The headings that enclose a record, outermost first. Records under the same
// headings share one copy (a copy of a HeadingPath is a pointer), so that what a
// document's records hold grows with its text, not with records × path.
class HeadingPath {
 public:
  HeadingPath() = default;
  // Not explicit: a path is its list of headings (r.path = {"Bolig", "Utleie"}).
  HeadingPath(std::vector<std::string> headings)
      : m_headings(headings.empty() ? nullptr
                                    : std::make_shared<const std::vector<std::string>>(std::move(headings))) {
  }
  HeadingPath(std::initializer_list<std::string> headings)
      : HeadingPath(std::vector<std::string>(headings)) {}

  const std::vector<std::string>& headings() const { return m_headings ? *m_headings : empty_list(); }
  std::size_t size() const { return headings().size(); }
  bool empty() const { return headings().empty(); }
  const std::string& operator[](std::size_t i) const { return headings()[i]; }
  auto begin() const { return headings().begin(); }
  auto end() const { return headings().end(); }
  friend bool operator==(const HeadingPath& a, const HeadingPath& b) { return a.headings() == b.headings(); }

 private:
  static const std::vector<std::string>& empty_list() {
    static const std::vector<std::string> k_empty;
    return k_empty;
  }
  std::shared_ptr<const std::vector<std::string>> m_headings;  // null: no heading
};

// One segment of a document, as `vil extract` emits it (see man/vil-extract.1).
struct Record {
  Kind kind = Kind::paragraph;
  std::string id;
  std::string text;
  HeadingPath path;                  // enclosing headings, outermost first
  std::string parent;                // id of the enclosing record; empty: none
  int level = 0;                     // heading level (headings only)
  std::optional<int> number;         // numbered list items
  std::optional<int> page;           // table-of-contents entries
  std::optional<std::string> actor;  // leads, bullets and pledges; nullopt: unknown
  std::optional<Refs> refs;          // goals, subgoals, strategies
  std::size_t first_line = 0;        // 1-based, inclusive
  std::size_t last_line = 0;         // the same
  std::size_t byte_begin = 0;        // 0-based offsets in the source file, [begin, end)
  std::size_t byte_end = 0;          // past the record's last byte
};

}  // namespace vil

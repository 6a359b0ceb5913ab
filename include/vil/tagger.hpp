#pragma once

// vil tag's engine: a record's tags after a rule set has read it, the tags and reasons
// it already had kept. tag_format.hpp writes the result.

#include <simdjson.h>

#include <string>
#include <vector>

#include "vil/rules.hpp"

namespace vil {

// What tagging a record gives: its tags and the reasons for them, old and new.
struct Tagging {
  std::vector<std::string> tags;                // old and new, sorted, unique
  std::vector<simdjson::dom::element> old_why;  // the record's own "why" entries, as read
  std::vector<TagHit> new_why;                  // the rules that fired, less those old_why has
  std::vector<std::string> warnings;            // about the record; it is tagged all the same
};

// Tags records with a rule set that must outlive it. It has scratch space: one per thread.
class Tagger {
 public:
  explicit Tagger(const RuleSet& rules) : m_rules(rules) {}

  // Tags one record. False, with the reason in problem, for a record that cannot take
  // tags: a "tags" that is not an array of strings, a "why" that is not an array, or a
  // field the rules cannot read. The result views the record and stays valid until the
  // next call.
  bool tag(simdjson::dom::element record, Tagging& out, std::string& problem);

 private:
  const RuleSet& m_rules;
  std::vector<TagHit> m_hits;
};

}  // namespace vil

#pragma once

#include <simdjson.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "vil/field_path.hpp"
#include "vil/table.hpp"

namespace vil {

// One value of a grouping field, both ways it is shown.
struct GroupValue {
  std::string json;  // as JSON: "\"ps-asker\"", "11", "null"
  std::string text;  // as text: "ps-asker", "11", "" for null
  bool is_null() const { return json == "null"; }
};

struct Group {
  std::vector<GroupValue> key;  // one value per --by field
  std::uint64_t count = 0;
};

enum class GroupOrder {
  by_count,  // most first, then by key
  by_key,    // by key: null first, then numbers in numeric order, then strings by bytes
};

// Counts records by the values of some fields. A field that holds an array counts
// the record once per element; a missing or null field (or an empty array) counts
// it under null. Memory holds one entry per group.
class GroupCounter {
 public:
  explicit GroupCounter(std::vector<FieldPath> by);

  const std::vector<FieldPath>& by() const { return m_by; }

  // Counts one record. False, counting nothing, when its array-valued fields would
  // make more than k_max_groups_per_record groups (their lengths multiplied), with the
  // reason in err.
  bool add(simdjson::dom::element record, std::string& err);

  // Adds a group object written by `vil stats` (its --by fields and "count"), for
  // merging. False with the reason when it is not one.
  bool add_group(simdjson::dom::object group, std::string& err);

  std::uint64_t records() const { return m_records; }
  // Whether --by field f ended at an object in some record without a value there
  // ("--by meta"): a field inside it was meant.
  bool reached_object(std::size_t f) const { return f < m_objects.size() && m_objects[f]; }

  // The groups, sorted. Without fields, one group even for no records (count 0).
  std::vector<Group> groups(GroupOrder order) const;

 private:
  void count(std::uint64_t n);

  std::vector<FieldPath> m_by;
  std::unordered_map<std::string, Group> m_groups;  // key: the values' JSON, joined by \x1f
  std::vector<std::vector<GroupValue>> m_values;    // scratch: values per field of one record
  std::vector<std::size_t> m_pick;                  // scratch: the combination being counted
  std::uint64_t m_records = 0;
  std::vector<bool> m_objects;  // by field: reached an object (reached_object)
};

// True when a goes before b in key order.
bool key_less(const std::vector<GroupValue>& a, const std::vector<GroupValue>& b);

// The groups as a table: JSON Lines (one object per group: the --by fields, then
// "count"), TSV or CSV (a header row, then a row per group), or a Markdown table.
std::string format_groups(const std::vector<std::string>& names, const std::vector<Group>& groups,
                          TableFormat format);

// Two fields as a cross-table: rows are the first field's values, columns the
// second's, cells the counts, with totals. JSON: one object {"rows", "columns",
// "counts", "row_totals", "column_totals", "total"}.
std::string format_matrix(const std::vector<std::string>& names, const std::vector<Group>& groups,
                          TableFormat format, GroupOrder order);
// Why the cross-table of these groups is too large to write (rows times columns over
// k_max_matrix_cells), or empty when it is not.
std::string matrix_too_large(const std::vector<Group>& groups);

}  // namespace vil

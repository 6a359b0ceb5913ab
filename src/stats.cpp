#include "vil/stats.hpp"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "vil/json_writer.hpp"
#include "vil/limits.hpp"

namespace vil {
namespace {

GroupValue value_of(simdjson::dom::element e) {
  GroupValue v;
  v.json = json_value(e);
  if (e.is_string())
    v.text = std::string(e.get_string().value_unsafe());
  else
    v.text = v.json;
  return v;
}

const GroupValue k_null{"null", ""};

bool is_number(const GroupValue& v) {
  return !v.json.empty() && (v.json[0] == '-' || (v.json[0] >= '0' && v.json[0] <= '9'));
}

int compare_values(const GroupValue& a, const GroupValue& b) {
  const int rank_a = a.is_null() ? 0 : is_number(a) ? 1 : 2;
  const int rank_b = b.is_null() ? 0 : is_number(b) ? 1 : 2;
  if (rank_a != rank_b) return rank_a < rank_b ? -1 : 1;
  if (rank_a == 1) {
    // strtod, not stod: no exception for 5e-324; integers past 2^53 compare by digits.
    const double x = std::strtod(a.json.c_str(), nullptr);
    const double y = std::strtod(b.json.c_str(), nullptr);
    if (x != y) return x < y ? -1 : 1;
    const auto is_integer = [](const std::string& j) { return j.find_first_of(".eE") == std::string::npos; };
    if (is_integer(a.json) && is_integer(b.json) && a.json != b.json) {
      const bool negative = a.json[0] == '-';
      const bool shorter = a.json.size() < b.json.size();
      if (a.json.size() != b.json.size()) return (shorter != negative) ? -1 : 1;
      return ((a.json < b.json) != negative) ? -1 : 1;
    }
  }
  return a.text.compare(b.text) < 0 ? -1 : a.text == b.text ? 0 : 1;
}

std::string cell(const GroupValue& v, TableFormat format) {
  switch (format) {
    case TableFormat::csv:
      return csv_cell(v.text, true);
    case TableFormat::md:
      return md_cell(v.text, v.is_null());
    default:
      return tsv_cell(v.text);
  }
}

std::string header_cell(const std::string& name, TableFormat format) {
  return format == TableFormat::csv  ? csv_cell(name, true)
         : format == TableFormat::md ? md_cell(name, false)
                                     : tsv_cell(name);
}

}  // namespace

bool key_less(const std::vector<GroupValue>& a, const std::vector<GroupValue>& b) {
  for (std::size_t i = 0; i < a.size() && i < b.size(); ++i) {
    const int c = compare_values(a[i], b[i]);
    if (c != 0) return c < 0;
  }
  return a.size() < b.size();
}

GroupCounter::GroupCounter(std::vector<FieldPath> by) : m_by(std::move(by)), m_values(m_by.size()) {}

void GroupCounter::count(std::uint64_t n) {
  // Every combination of one value per field (a cartesian product over arrays).
  m_pick.assign(m_by.size(), 0);
  while (true) {
    std::string id;
    for (std::size_t f = 0; f < m_by.size(); ++f) {
      id += m_values[f][m_pick[f]].json;
      id += '\x1f';
    }
    auto [slot, fresh] = m_groups.try_emplace(std::move(id));
    if (fresh)
      for (std::size_t f = 0; f < m_by.size(); ++f) slot->second.key.push_back(m_values[f][m_pick[f]]);
    slot->second.count += n;
    std::size_t f = 0;
    while (f < m_by.size() && ++m_pick[f] == m_values[f].size()) m_pick[f++] = 0;
    if (f == m_by.size()) break;
  }
}

bool GroupCounter::add(simdjson::dom::element record, std::string& err) {
  std::uint64_t product = 1;
  std::string sizes;
  for (std::size_t f = 0; f < m_by.size(); ++f) {
    m_values[f].clear();
    m_by[f].visit(record,
                  [&](simdjson::dom::element e, std::string_view) { m_values[f].push_back(value_of(e)); });
    if (m_values[f].empty()) {
      if (m_objects.size() < m_by.size()) m_objects.resize(m_by.size(), false);
      if (!m_objects[f] && m_by[f].reaches_object(record)) m_objects[f] = true;
      m_values[f].push_back(k_null);
    }
    product = std::min<std::uint64_t>(product * m_values[f].size(), k_max_groups_per_record + 1);
    sizes += (f > 0 ? " x " : "") + std::to_string(m_values[f].size());
  }
  if (product > k_max_groups_per_record) {
    err = "the --by fields hold " + sizes + " values: more than " + std::to_string(k_max_groups_per_record) +
          " groups from one record (count its array fields one at a time)";
    return false;
  }
  ++m_records;
  count(1);
  return true;
}

bool GroupCounter::add_group(simdjson::dom::object group, std::string& err) {
  simdjson::dom::element e;
  if (group.at_key("count").get(e) != simdjson::SUCCESS || !e.is_uint64()) {
    err = "not a stats group: no \"count\" that is a whole number";
    return false;
  }
  const std::uint64_t n = e.get_uint64().value_unsafe();
  if (group.size() != m_by.size() + 1) {
    err = "not a stats group for the same --by fields (it has " + std::to_string(group.size() - 1) +
          " besides count)";
    return false;
  }
  for (std::size_t f = 0; f < m_by.size(); ++f) {
    m_values[f].clear();
    if (group.at_key(m_by[f].spec()).get(e) != simdjson::SUCCESS) {
      err = "not a stats group for --by " + m_by[f].spec() + ": the field is missing";
      return false;
    }
    m_values[f].push_back(e.is_null() ? k_null : value_of(e));
  }
  // A merged group has one value per field: its count must not wrap past 2^64 - 1.
  std::string id;
  for (std::size_t f = 0; f < m_by.size(); ++f) id += m_values[f][0].json + '\x1f';
  const auto existing = m_groups.find(id);
  const std::uint64_t have = existing == m_groups.end() ? 0 : existing->second.count;
  if (n > UINT64_MAX - have || n > UINT64_MAX - m_records) {
    err = "the merged count passes 18446744073709551615";
    return false;
  }
  m_records += n;
  count(n);
  return true;
}

std::vector<Group> GroupCounter::groups(GroupOrder order) const {
  std::vector<Group> out;
  if (m_by.empty() && m_groups.empty()) out.push_back(Group{{}, 0});  // no records is a count too
  out.reserve(m_groups.size());
  for (const auto& [id, g] : m_groups) out.push_back(g);
  std::sort(out.begin(), out.end(), [&](const Group& a, const Group& b) {
    if (order == GroupOrder::by_count && a.count != b.count) return a.count > b.count;
    return key_less(a.key, b.key);
  });
  return out;
}

std::string format_groups(const std::vector<std::string>& names, const std::vector<Group>& groups,
                          TableFormat format) {
  if (format == TableFormat::json) {
    std::string out;
    for (const Group& g : groups) {
      out += '{';
      for (std::size_t f = 0; f < names.size(); ++f) {
        append_json_string(out, names[f]);
        out += ':';
        out += g.key[f].json;
        out += ',';
      }
      out += "\"count\":" + std::to_string(g.count) + "}\n";
    }
    return out;
  }
  std::vector<std::vector<std::string>> rows;
  rows.emplace_back();
  for (const std::string& n : names) rows.back().push_back(header_cell(n, format));
  rows.back().push_back("count");
  for (const Group& g : groups) {
    rows.emplace_back();
    for (const GroupValue& v : g.key) rows.back().push_back(cell(v, format));
    rows.back().push_back(std::to_string(g.count));
  }
  return write_rows(rows, format, names.size());
}

std::string matrix_too_large(const std::vector<Group>& groups) {
  std::unordered_set<std::string_view> rows, cols;
  for (const Group& g : groups) {
    rows.insert(g.key[0].json);
    cols.insert(g.key[1].json);
  }
  const std::uint64_t cells = static_cast<std::uint64_t>(rows.size()) * cols.size();
  if (cells <= k_max_matrix_cells) return {};
  return "--matrix: " + std::to_string(rows.size()) + " rows x " + std::to_string(cols.size()) +
         " columns = " + std::to_string(cells) + " cells, more than " + std::to_string(k_max_matrix_cells) +
         " (without --matrix, stats lists only the pairs that occur)";
}

std::string format_matrix(const std::vector<std::string>& names, const std::vector<Group>& groups,
                          TableFormat format, GroupOrder order) {
  // Rows and columns with their totals, in the requested order.
  struct Axis {
    std::vector<GroupValue> values;
    std::vector<std::uint64_t> totals;
  };
  const auto build_axis = [&](std::size_t f) {
    std::vector<std::pair<GroupValue, std::uint64_t>> acc;
    std::unordered_map<std::string_view, std::size_t> at;  // value's JSON -> index in acc
    for (const Group& g : groups) {
      const auto [it, fresh] = at.try_emplace(g.key[f].json, acc.size());
      if (fresh)
        acc.emplace_back(g.key[f], g.count);
      else
        acc[it->second].second += g.count;
    }
    std::sort(acc.begin(), acc.end(), [&](const auto& a, const auto& b) {
      if (order == GroupOrder::by_count && a.second != b.second) return a.second > b.second;
      return compare_values(a.first, b.first) < 0;
    });
    Axis axis;
    for (auto& [v, n] : acc) {
      axis.values.push_back(v);
      axis.totals.push_back(n);
    }
    return axis;
  };
  const Axis rows = build_axis(0);
  const Axis cols = build_axis(1);
  std::map<std::pair<std::string, std::string>, std::uint64_t> cells;
  std::uint64_t total = 0;
  for (const Group& g : groups) {
    cells[{g.key[0].json, g.key[1].json}] += g.count;
    total += g.count;
  }
  const auto at = [&](std::size_t r, std::size_t c) {
    auto it = cells.find({rows.values[r].json, cols.values[c].json});
    return it == cells.end() ? std::uint64_t{0} : it->second;
  };
  if (format == TableFormat::json) {
    std::string out = "{\"rows_by\":";
    append_json_string(out, names[0]);
    out += ",\"columns_by\":";
    append_json_string(out, names[1]);
    out += ",\"rows\":[";
    for (std::size_t r = 0; r < rows.values.size(); ++r) out += (r ? "," : "") + rows.values[r].json;
    out += "],\"columns\":[";
    for (std::size_t c = 0; c < cols.values.size(); ++c) out += (c ? "," : "") + cols.values[c].json;
    out += "],\"counts\":[";
    for (std::size_t r = 0; r < rows.values.size(); ++r) {
      out += r ? ",[" : "[";
      for (std::size_t c = 0; c < cols.values.size(); ++c) out += (c ? "," : "") + std::to_string(at(r, c));
      out += ']';
    }
    out += "],\"row_totals\":[";
    for (std::size_t r = 0; r < rows.totals.size(); ++r)
      out += (r ? "," : "") + std::to_string(rows.totals[r]);
    out += "],\"column_totals\":[";
    for (std::size_t c = 0; c < cols.totals.size(); ++c)
      out += (c ? "," : "") + std::to_string(cols.totals[c]);
    out += "],\"total\":" + std::to_string(total) + "}\n";
    return out;
  }
  std::vector<std::vector<std::string>> table;
  table.emplace_back();
  table.back().push_back(header_cell(names[0] + " \\ " + names[1], format));
  // A column of records without the field is headed "(none)" in every format: an empty
  // header cannot be told apart, nor named in a spreadsheet.
  for (const GroupValue& v : cols.values)
    table.back().push_back(v.is_null() ? std::string("(none)") : cell(v, format));
  table.back().push_back("total");
  for (std::size_t r = 0; r < rows.values.size(); ++r) {
    table.emplace_back();
    table.back().push_back(cell(rows.values[r], format));
    for (std::size_t c = 0; c < cols.values.size(); ++c) table.back().push_back(std::to_string(at(r, c)));
    table.back().push_back(std::to_string(rows.totals[r]));
  }
  table.emplace_back();
  table.back().push_back("total");
  for (std::uint64_t n : cols.totals) table.back().push_back(std::to_string(n));
  table.back().push_back(std::to_string(total));
  return write_rows(table, format, 1);
}

}  // namespace vil

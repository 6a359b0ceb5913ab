#pragma once

#include <simdjson.h>

#include <string>
#include <string_view>
#include <vector>

namespace vil {

// A dotted path into a record, as users name fields: "text", "refs.sdg", "path.0",
// "meta.municipality". A part that is a number indexes an array.
class FieldPath {
 public:
  // Parses a path; false with a reason for an empty path or an empty part ("a..b").
  static bool parse(std::string_view spec, FieldPath& out, std::string& err);

  const std::string& spec() const { return m_spec; }

  // Calls fn(value, where) for every value the path reaches that is not an object,
  // an array or null: an array on the way (or at the end) is entered element by
  // element, and `where` names the place ("path.1", "refs.sdg.0"). A missing field
  // reaches nothing.
  template <class Fn>
  void visit(simdjson::dom::element root, Fn&& fn) const {
    std::string where;
    walk(root, 0, where, fn);
  }

  // True when the path ends at an object in root ("meta", not "meta.party"): a place
  // visit() reaches no value at, that holds values one level down.
  bool reaches_object(simdjson::dom::element root) const;

 private:
  template <class Fn>
  void walk(simdjson::dom::element e, std::size_t part, std::string& where, Fn& fn) const;

  std::string m_spec;
  std::vector<std::string> m_parts;
  std::vector<long> m_index;  // the part as an array index, or -1
};

// The text a value matches as: a string unescaped (out views the record itself), a
// number or boolean as its JSON (written to scratch). Objects, arrays and null have
// none (false).
bool scalar_text(simdjson::dom::element value, std::string& scratch, std::string_view& out);

template <class Fn>
void FieldPath::walk(simdjson::dom::element e, std::size_t part, std::string& where, Fn& fn) const {
  using simdjson::dom::element_type;
  const std::size_t mark = where.size();
  if (e.type() == element_type::ARRAY) {
    // An array is entered unless the next part indexes it.
    if (part < m_parts.size() && m_index[part] >= 0) {
      simdjson::dom::element item;
      if (e.at(static_cast<std::size_t>(m_index[part])).get(item) != simdjson::SUCCESS) return;
      where += (where.empty() ? "" : ".") + m_parts[part];
      walk(item, part + 1, where, fn);
      where.resize(mark);
      return;
    }
    std::size_t i = 0;
    const simdjson::dom::array items = e.get_array().value_unsafe();
    for (simdjson::dom::element item : items) {
      where += (where.empty() ? "" : ".") + std::to_string(i++);
      walk(item, part, where, fn);
      where.resize(mark);
    }
    return;
  }
  if (part == m_parts.size()) {
    if (e.type() != element_type::OBJECT && e.type() != element_type::NULL_VALUE)
      fn(e, std::string_view(where));
    return;
  }
  if (e.type() != element_type::OBJECT) return;
  simdjson::dom::element child;
  const simdjson::dom::object obj = e.get_object().value_unsafe();
  if (obj.at_key(m_parts[part]).get(child) != simdjson::SUCCESS) return;
  where += (where.empty() ? "" : ".") + m_parts[part];
  walk(child, part + 1, where, fn);
  where.resize(mark);
}

}  // namespace vil

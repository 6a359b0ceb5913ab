#include "vil/concepts.hpp"

#include <algorithm>

#include "vil/text.hpp"

namespace vil {
namespace {

// Calls f(line, number) for each line that is neither blank nor a # comment.
template <class F>
bool for_each_entry(std::string_view text, F f) {
  return for_each_line(text, [&](std::string_view line, std::size_t number) {
    const std::string_view t = trim(line);
    return t.empty() || t[0] == '#' || f(number, line);
  });
}

bool bad_term(std::string_view term) {
  return term.empty() || term == "*" || term == "=" || term.find(' ') != std::string_view::npos ||
         (term.front() == '=' && term.back() == '*');
}

}  // namespace

bool Concepts::add_lexicon(std::string_view text, const std::string& name, std::string& error) {
  const bool ok = for_each_entry(text, [&](std::size_t number, std::string_view line) {
    const std::string where = name + ":" + std::to_string(number);
    const std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos) {
      error = where + ": expected NAME<TAB>TERMS<TAB>NOTE";
      return false;
    }
    const std::string_view concept_name = trim(line.substr(0, tab));
    const std::vector<std::string_view> cells = split_tabs(line);
    std::string_view terms = cells[1];
    if (concept_name.empty() || concept_name.find(' ') != std::string_view::npos) {
      error = where + ": a concept name is one word, such as substance-abuse";
      return false;
    }
    const std::size_t id = m_concepts.size();
    if (m_ids.count(std::string(concept_name)) > 0) {
      error = where + ": concept '" + std::string(concept_name) + "' is defined twice";
      return false;
    }
    m_ids.emplace(std::string(concept_name), id);
    m_concepts.push_back({std::string(concept_name), where});
    m_broader_names.emplace_back();
    if (cells.size() > 3) {
      std::string_view broader = cells[3];
      while (!broader.empty()) {
        const std::size_t comma = broader.find(',');
        const std::string_view b = trim(broader.substr(0, comma));
        broader.remove_prefix(comma == std::string_view::npos ? broader.size() : comma + 1);
        if (!b.empty()) m_broader_names.back().emplace_back(b, where);
      }
    }
    std::size_t count = 0;
    while (!terms.empty()) {
      const std::size_t comma = terms.find(',');
      const std::string_view raw = trim(terms.substr(0, comma));
      terms.remove_prefix(comma == std::string_view::npos ? terms.size() : comma + 1);
      if (raw.empty()) continue;
      if (bad_term(raw)) {
        error = where + ": a term is one word (a lemma, =lemma for whole words only, or a prefix ending in *), not '" + std::string(raw) + "'";
        return false;
      }
      std::string term = fold_case(raw);
      if (term[0] == '=') {
        term.erase(0, 1);
        std::vector<std::size_t>& ids = m_whole[term];
        if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
      } else if (term.back() == '*') {
        term.pop_back();
        m_prefixes.emplace_back(std::move(term), id);
      } else {
        std::vector<std::size_t>& ids = m_terms[term];
        if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
      }
      ++count;
    }
    if (count == 0) {
      error = where + ": concept '" + std::string(concept_name) + "' has no terms";
      return false;
    }
    return true;
  });
  return ok && resolve_broader(error);
}

bool Concepts::add_ignored(std::string_view text, const std::string& name, std::string& error) {
  return for_each_entry(text, [&](std::size_t number, std::string_view line) {
    const std::string_view word = trim(line.substr(0, line.find('#')));
    if (bad_term(word) || word.find('\t') != std::string_view::npos) {
      error = name + ":" + std::to_string(number) + ": expected one word a line";
      return false;
    }
    m_ignored.insert(fold_case(word));
    return true;
  });
}

bool Concepts::resolve_broader(std::string& error) {
  // Each concept's broader concepts, by name, then closed over (a broader concept's
  // broader ones count too); a cycle is an error.
  m_broader.assign(m_concepts.size(), {});
  m_closure.clear();
  for (std::size_t c = 0; c < m_concepts.size(); ++c)
    for (const auto& [name, where] : m_broader_names[c]) {
      const auto it = m_ids.find(name);
      if (it == m_ids.end()) {
        error = where + ": broader concept '" + name + "' is not defined";
        return false;
      }
      m_broader[c].push_back(it->second);
    }
  for (std::size_t c = 0; c < m_concepts.size(); ++c) {
    std::vector<std::size_t> all;
    std::vector<std::size_t> todo = m_broader[c];
    while (!todo.empty()) {
      const std::size_t b = todo.back();
      todo.pop_back();
      if (b == c) {
        error = m_concepts[c].source + ": concept '" + m_concepts[c].name + "' is broader than itself";
        return false;
      }
      if (std::find(all.begin(), all.end(), b) != all.end()) continue;
      all.push_back(b);
      todo.insert(todo.end(), m_broader[b].begin(), m_broader[b].end());
    }
    std::sort(all.begin(), all.end());
    m_closure.push_back(std::move(all));
  }
  return true;
}

void Concepts::add_term_concepts(const std::string& term, std::vector<std::size_t>& out) const {
  const auto it = m_terms.find(term);
  if (it != m_terms.end())
    for (std::size_t id : it->second)
      if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
  for (const auto& [prefix, id] : m_prefixes)
    if (term.compare(0, prefix.size(), prefix) == 0 && std::find(out.begin(), out.end(), id) == out.end())
      out.push_back(id);
}

void Concepts::concepts_of(const std::string& lemma, const std::vector<std::string>& parts,
                           std::vector<std::size_t>& out) const {
  out.clear();
  add_term_concepts(lemma, out);
  const auto whole = m_whole.find(lemma);
  if (whole != m_whole.end())
    for (std::size_t id : whole->second)
      if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
  for (const std::string& p : parts) add_term_concepts(p, out);
  const std::size_t direct = out.size();
  for (std::size_t i = 0; i < direct; ++i)
    for (std::size_t b : m_closure[out[i]])
      if (std::find(out.begin(), out.end(), b) == out.end()) out.push_back(b);
  std::sort(out.begin(), out.end());
}

}  // namespace vil

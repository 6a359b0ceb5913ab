#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "vil/diagnostic.hpp"

namespace vil {

// One concept of a concept lexicon: terms that mean related things in one policy field
// ({rus, rusmiddel, rusmisbruk, avhengighet}), and where it was defined.
struct Concept {
  std::string name;       // "substance-abuse"
  std::string source;     // "corpus/lexicon/concepts.tsv:12"
};

// A concept lexicon (a TSV file a researcher reads and edits: NAME, TERMS, NOTE and
// optionally BROADER per line; TERMS comma-separated bokmål lemmas, a trailing * for a
// prefix, a leading = for a whole word only; BROADER the names of broader concepts) and
// a list of words that carry no policy meaning (one lemma a line). A word belongs to a
// concept when its lemma, or one of its compound parts, is a term of it ("=kultur": the
// word kultur, not organisasjonskultur), and then to the concept's broader concepts.
class Concepts {
 public:
  // Adds the concepts of a lexicon file's text; false with the file:line of a bad line.
  bool add_lexicon(std::string_view text, const std::string& name, std::string& error);
  // Adds the words of a word list (one lemma a line, # comments).
  bool add_ignored(std::string_view text, const std::string& name, std::string& error);

  // The concepts of a lemma (with its compound parts) and their broader concepts, each
  // once, in lexicon order.
  void concepts_of(const std::string& lemma, const std::vector<std::string>& parts,
                   std::vector<std::size_t>& out) const;
  // True when the lemma carries no policy meaning.
  bool ignored(const std::string& lemma) const { return m_ignored.count(lemma) > 0; }

  const Concept& concept_at(std::size_t i) const { return m_concepts[i]; }
  std::size_t size() const { return m_concepts.size(); }

 private:
  void add_term_concepts(const std::string& term, std::vector<std::size_t>& out) const;
  bool resolve_broader(std::string& error);

  std::vector<Concept> m_concepts;
  std::unordered_map<std::string, std::vector<std::size_t>> m_terms;                 // lemma -> concepts
  std::unordered_map<std::string, std::vector<std::size_t>> m_whole;                 // =lemma -> concepts
  std::vector<std::pair<std::string, std::size_t>> m_prefixes;                       // prefix -> concept
  std::unordered_set<std::string> m_ignored;
  std::unordered_map<std::string, std::size_t> m_ids;                               // name -> concept
  std::vector<std::vector<std::pair<std::string, std::string>>> m_broader_names;    // (name, file:line)
  std::vector<std::vector<std::size_t>> m_broader;                                  // direct
  std::vector<std::vector<std::size_t>> m_closure;                                  // all broader
};

}  // namespace vil

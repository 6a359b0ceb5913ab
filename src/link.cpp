#include "vil/link.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <set>
#include <unordered_set>

#include "vil/text.hpp"
#include "vil/utf8.hpp"

namespace vil {
namespace {

// Tag Jaccard: shared tags over all the tags of the two records.
double tag_similarity(const std::vector<std::string>& a, const std::vector<std::string>& b,
                      std::vector<std::string>& shared) {
  shared.clear();
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(shared));
  const std::size_t all = a.size() + b.size() - shared.size();
  return all == 0 ? 0.0 : static_cast<double>(shared.size()) / static_cast<double>(all);
}

bool all_digits(const std::string& w) {
  return std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

bool parse_reference(std::string_view text, const std::string& name, Reference& out, std::string& error) {
  out = {};
  std::size_t number = 0;
  bool header = false;
  while (!text.empty()) {
    const std::size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) continue;
    const std::size_t tab = line.find('\t');
    const std::string_view value = tab == std::string_view::npos ? std::string_view() : line.substr(tab + 1);
    std::size_t n = 0;
    bool ok = tab != std::string_view::npos && !value.empty() && value.size() < 10;
    for (char c : value) ok = ok && c >= '0' && c <= '9', n = n * 10 + static_cast<std::size_t>(c - '0');
    if (!ok) {
      error = name + ":" + std::to_string(number) + ": expected FEATURE<TAB>COUNT";
      return false;
    }
    const std::string_view key = line.substr(0, tab);
    if (key == "#documents") {
      out.documents = n;
      header = true;
    } else if (!key.empty() && key[0] != '#') {
      out.df[std::string(key)] = static_cast<std::uint32_t>(n);
    }
  }
  if (!header) {
    error = name + ": no #documents line: not a reference file";
    return false;
  }
  return true;
}

std::string format_reference(const Reference& reference) {
  std::string out = "#documents\t" + std::to_string(reference.documents) + "\n";
  std::vector<std::pair<std::string, std::uint32_t>> rows(reference.df.begin(), reference.df.end());
  std::sort(rows.begin(), rows.end());
  for (const auto& [feature, df] : rows) out += feature + "\t" + std::to_string(df) + "\n";
  return out;
}

struct Linker::Impl {
  LinkResources res;
  LinkOptions opt;
  const std::vector<LinkRecord>* left = nullptr;
  const std::vector<LinkRecord>* right = nullptr;
  TfIdf tfidf;
  Reference local;                                   // df of the text features of the records
  std::vector<std::vector<std::uint32_t>> own;       // each record's text features (sorted ids)
  std::vector<std::unique_ptr<Index>> indexes;       // one per group of left records
  std::unordered_map<std::string, std::string> equate;
  std::unordered_set<std::string> places;  // folded, equated
  std::unordered_map<std::string, std::size_t> concept_ids;
  std::vector<Word> words;
  std::vector<std::size_t> concept_scratch;

  std::string fold_word(std::string_view word) const {
    std::string folded = fold_case(word);
    const auto it = equate.find(folded);
    return it == equate.end() ? folded : it->second;
  }

  // The content words of a text, case folded: function words and numbers dropped.
  void content_words(std::string_view text, std::vector<std::string>& out) {
    split_words(text, words);
    for (const Word& w : words) {
      std::string folded = fold_word(text.substr(w.begin, w.end - w.begin));
      if (Analyzer::is_stop_word(folded) || all_digits(folded) || places.count(folded) > 0) continue;
      out.push_back(std::move(folded));
    }
  }

  // Adds the features of a text, each weighing `scale`: whole lemmas, compound parts,
  // concepts (each once per word).
  void add_features(std::string_view text, double scale, std::unordered_map<std::string, double>& out) {
    std::vector<std::string> folded;
    content_words(text, folded);
    for (const std::string& w : folded) {
      const WordAnalysis& a = res.lemmatizer->analyse(w);
      const bool ignored = res.concepts->ignored(a.lemma) || places.count(a.lemma) > 0;
      if (!ignored) out["w:" + a.lemma] += scale;
      for (std::size_t i = 0; i < a.parts.size(); ++i) {
        const std::string& p = a.parts[i];
        if (res.concepts->ignored(p) || places.count(p) > 0 || Analyzer::is_stop_word(p) || count_code_points(p) < 3) continue;
        out["w:" + p] += scale * opt.part_weight;
      }
      if (ignored) continue;
      // A listed compound split here gives concepts through its head only: its other
      // part may have drifted in meaning ("veiledning" is no road).
      if (a.split_by_lexicon) res.concepts->concepts_of(a.lemma, {a.parts.back()}, concept_scratch);
      else res.concepts->concepts_of(a.lemma, a.parts, concept_scratch);
      for (std::size_t c : concept_scratch) out["c:" + res.concepts->concept_at(c).name] += scale * opt.concept_weight;
    }
  }

  void add_record(const LinkRecord& r) {
    std::unordered_map<std::string, double> text_features;
    add_features(r.text, 1.0, text_features);
    std::unordered_map<std::string, double> all = text_features;
    if (opt.context_weight > 0)
      for (const std::string& c : r.context) add_features(c, opt.context_weight, all);
    tfidf.add(all);
    ++local.documents;
    std::vector<std::string> names;
    for (const auto& [name, w] : text_features) {
      ++local.df[name];
      names.push_back(name);
    }
    own.emplace_back();
    own.back().reserve(names.size());
    for (const std::string& n : names) own.back().push_back(static_cast<std::uint32_t>(tfidf.id(n)));
    std::sort(own.back().begin(), own.back().end());
  }

  bool is_own(std::size_t doc, std::uint32_t term) const {
    return std::binary_search(own[doc].begin(), own[doc].end(), term);
  }

  LinkWhy explain(std::size_t l, std::size_t r_doc, const SparseVector& q, const SparseVector& v) const {
    std::vector<std::pair<double, std::uint32_t>> shared;
    for (std::size_t i = 0, j = 0; i < q.terms.size() && j < v.terms.size();) {
      if (q.terms[i] == v.terms[j]) {
        shared.emplace_back(-static_cast<double>(q.weights[i]) * v.weights[j], q.terms[i]);
        ++i;
        ++j;
      } else if (q.terms[i] < v.terms[j]) {
        ++i;
      } else {
        ++j;
      }
    }
    std::sort(shared.begin(), shared.end());
    LinkWhy why;
    for (const auto& [w, term] : shared) {
      const std::string& name = tfidf.term(term);
      if (name.rfind("c:", 0) == 0) {
        const auto it = concept_ids.find(name.substr(2));
        if (it != concept_ids.end() && why.concepts.size() < 8) why.concepts.push_back(it->second);
      } else if (is_own(l, term) && is_own(r_doc, term)) {
        if (why.words.size() < 8) why.words.push_back(name.substr(2));
      } else if (why.context.size() < 8) {
        why.context.push_back(name.substr(2));
      }
    }
    return why;
  }
};

Linker::Linker(LinkResources resources, LinkOptions options) : m_impl(std::make_unique<Impl>()) {
  m_impl->res = resources;
  m_impl->opt = std::move(options);
  for (const auto& [canonical, other] : m_impl->opt.equate) m_impl->equate[fold_case(other)] = fold_case(canonical);
  for (const auto& [canonical, other] : m_impl->opt.equate) {
    m_impl->places.insert(fold_case(canonical));
    m_impl->places.insert(fold_case(other));
  }
  for (const std::string& p : m_impl->opt.places) m_impl->places.insert(m_impl->fold_word(p));
  for (std::size_t c = 0; c < resources.concepts->size(); ++c)
    m_impl->concept_ids.emplace(resources.concepts->concept_at(c).name, c);
}

Linker::~Linker() = default;

void Linker::prepare(const std::vector<LinkRecord>& left, const std::vector<LinkRecord>& right) {
  Impl& m = *m_impl;
  m.left = &left;
  m.right = &right;
  // 1. Every distinct word to the lexicon at once.
  std::vector<std::string> all;
  for (const auto* side : {&left, &right})
    for (const LinkRecord& r : *side) {
      m.content_words(r.text, all);
      for (const std::string& c : r.context) m.content_words(c, all);
    }
  std::sort(all.begin(), all.end());
  all.erase(std::unique(all.begin(), all.end()), all.end());
  m.res.lemmatizer->prepare(all);
  // 2. Features and vectors: left records first, then right.
  for (const auto* side : {&left, &right})
    for (const LinkRecord& r : *side) m.add_record(r);
  m.tfidf.finish(m.res.reference != nullptr ? m.res.reference : &m.local);
  // 3. One index per group of left records.
  std::map<std::string, std::vector<std::size_t>> groups;
  for (std::size_t i = 0; i < left.size(); ++i) groups[left[i].group].push_back(i);
  for (auto& [name, docs] : groups) m.indexes.push_back(std::make_unique<Index>(m.tfidf, std::move(docs)));
}

void Linker::links(std::size_t r, std::vector<Link>& out) {
  Impl& m = *m_impl;
  out.clear();
  const std::size_t r_doc = m.left->size() + r;
  const SparseVector& query = m.tfidf.vector(r_doc);
  const double w = m.opt.tag_weight;
  const LinkRecord& right = (*m.right)[r];
  for (const auto& index : m.indexes) {
    // With a tag weight, a candidate may share tags and few words: score them all.
    std::vector<Scored> found;
    const std::size_t k = w > 0 ? m.left->size() : m.opt.top;
    const double floor = w > 0 ? 0.0 : m.opt.min_score;
    if (m.opt.exhaustive) index->top_exhaustive(query, k, floor, found);
    else index->top(query, k, floor, found);
    std::vector<Link> links;
    for (const Scored& s : found) {
      Link link;
      link.left = s.doc;
      link.cosine = s.score;
      const double t = tag_similarity((*m.left)[s.doc].tags, right.tags, link.why.tags);
      link.score = (1.0 - w) * s.score + w * t;
      if (link.score >= m.opt.min_score) links.push_back(std::move(link));
    }
    std::sort(links.begin(), links.end(), [](const Link& a, const Link& b) {
      return a.score != b.score ? a.score > b.score : a.left < b.left;
    });
    if (links.size() > m.opt.top) links.resize(m.opt.top);
    for (std::size_t rank = 0; rank < links.size(); ++rank) {
      Link& l = links[rank];
      l.rank = rank + 1;
      l.addresses = l.score >= m.opt.decide;
      std::vector<std::string> tags = std::move(l.why.tags);
      l.why = m.explain(l.left, r_doc, query, m.tfidf.vector(l.left));
      l.why.tags = std::move(tags);
      out.push_back(std::move(l));
    }
  }
}

Reference Linker::reference() const { return m_impl->local; }

}  // namespace vil

#include "vil/similarity.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_set>

#include "vil/text.hpp"
#include "vil/utf8.hpp"

namespace vil {
namespace {

// Norwegian function words (the Snowball project's Norwegian stop list, bokmål and
// nynorsk), plus "kommunen"-style words are not here: idf handles what is common.
const std::unordered_set<std::string>& stop_words() {
  static const std::unordered_set<std::string> words = {
      "og", "i", "jeg", "det", "at", "en", "et", "den", "til", "er", "som", "på", "de", "med", "han", "av",
      "ikke", "ikkje", "der", "så", "var", "meg", "seg", "men", "ett", "har", "om", "vi", "min", "mitt", "ha",
      "hadde", "hun", "nå", "over", "da", "ved", "fra", "du", "ut", "sin", "dem", "oss", "opp", "man", "kan",
      "hans", "hvor", "eller", "hva", "skal", "selv", "sjøl", "her", "alle", "vil", "bli", "ble", "blei",
      "blitt", "kunne", "inn", "når", "være", "kom", "noen", "noe", "ville", "dere", "deres", "kun", "ja",
      "etter", "ned", "skulle", "denne", "for", "deg", "si", "sine", "sitt", "mot", "å", "meget", "hvorfor",
      "dette", "disse", "uten", "hvordan", "ingen", "din", "ditt", "blir", "samme", "hvilken", "hvilke",
      "sånn", "inni", "mellom", "vår", "hver", "hvem", "vors", "hvis", "både", "bare", "enn", "fordi", "før",
      "mange", "også", "slik", "vært", "båe", "begge", "siden", "dykk", "dykkar", "dei", "deira", "deires",
      "deim", "di", "då", "eg", "ein", "eit", "eitt", "elles", "honom", "hjå", "ho", "hoe", "henne", "hennar",
      "hennes", "hoss", "hossen", "ingi", "inkje", "korleis", "korso", "kva", "kvar", "kvarhelst", "kven",
      "kvi", "kvifor", "me", "medan", "mi", "mine", "mykje", "no", "nokon", "noka", "nokor", "noko", "nokre",
      "sia", "sidan", "so", "somt", "somme", "um", "upp", "vere", "vore", "verte", "vort", "varte", "vart"};
  return words;
}

double idf(std::size_t n, std::uint32_t df) {
  return std::log((static_cast<double>(n) + 1.0) / (static_cast<double>(df) + 1.0)) + 1.0;
}

}  // namespace

Analyzer::Analyzer(AnalyzerOptions options) : m_options(std::move(options)) {
  for (const auto& [canonical, other] : m_options.equate) m_equate[fold_case(other)] = fold_case(canonical);
}

Analyzer::~Analyzer() = default;

bool Analyzer::is_stop_word(std::string_view folded) { return stop_words().count(std::string(folded)) > 0; }

std::string Analyzer::fold_word(std::string_view word) const {
  std::string folded = fold_case(word);
  const auto it = m_equate.find(folded);
  return it == m_equate.end() ? folded : it->second;
}

void Analyzer::stems(std::string_view text, std::vector<std::string>& out) {
  out.clear();
  split_words(text, m_words);
  for (const Word& w : m_words) {
    const std::string folded = fold_word(text.substr(w.begin, w.end - w.begin));
    if (m_options.stop_words && is_stop_word(folded)) continue;
    out.push_back(m_stemmer.stem(folded));
  }
}

std::string Analyzer::key(std::string_view text) {
  split_words(text, m_words);
  std::string out;
  for (const Word& w : m_words) {
    if (!out.empty()) out.push_back(' ');
    out += fold_word(text.substr(w.begin, w.end - w.begin));
  }
  return out;
}

void Analyzer::features(std::string_view text, std::unordered_map<std::string, double>& out) {
  out.clear();
  split_words(text, m_words);
  for (const Word& w : m_words) {
    const std::string folded = fold_word(text.substr(w.begin, w.end - w.begin));
    if (m_options.stop_words && is_stop_word(folded)) continue;
    out["s:" + m_stemmer.stem(folded)] += 1.0;
    if (m_options.ngram == 0) continue;
    // The word's character n-grams share ngram_weight (by default as much as its stem).
    std::vector<std::size_t> starts;
    for (std::size_t i = 0; i < folded.size();) {
      starts.push_back(i);
      next_code_point(folded, i);
    }
    const std::size_t n = m_options.ngram;
    if (starts.size() <= n) continue;
    starts.push_back(folded.size());
    const std::size_t grams = starts.size() - n;
    for (std::size_t g = 0; g + n < starts.size(); ++g)
      out["g:" + folded.substr(starts[g], starts[g + n] - starts[g])] += m_options.ngram_weight / static_cast<double>(grams);
  }
}

namespace {

bool starts_with(const std::string& s, const std::string& prefix) {
  return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

// The weight of the stems of x that have an alike stem in y: equal, or one starting
// the other and three letters or more ("ung" and "ungdom", "klima" and "klimaplan").
// Binary search: the stems that s starts come right after it in y's order, and the
// stems that start s come before it, among stems sharing s's first three letters.
double weight_alike(const StemProfile& x, const StemProfile& y) {
  double w = 0;
  for (std::size_t i = 0; i < x.stems.size(); ++i) {
    const std::string& s = x.stems[i];
    const auto at = std::lower_bound(y.stems.begin(), y.stems.end(), s);
    const std::size_t head = x.head[i];
    bool found = at != y.stems.end() && (*at == s || (head > 0 && starts_with(*at, s)));
    if (!found && head > 0) {
      for (auto j = at; j != y.stems.begin() && !found;) {
        --j;
        if (j->compare(0, head, s, 0, head) != 0) break;  // past the stems sharing s's first letters
        found = y.head[static_cast<std::size_t>(j - y.stems.begin())] > 0 && starts_with(s, *j);
      }
    }
    if (found) w += x.weights[i];
  }
  return w;
}

}  // namespace

StemProfile stem_profile(const std::vector<std::string>& stems, const StemWeight& weight) {
  StemProfile p;
  p.stems = stems;
  std::sort(p.stems.begin(), p.stems.end());
  p.stems.erase(std::unique(p.stems.begin(), p.stems.end()), p.stems.end());
  for (const std::string& s : p.stems) {
    p.weights.push_back(weight ? weight(s) : 1.0);
    std::size_t three = 0;
    for (int letters = 0; letters < 3 && three < s.size(); ++letters) next_code_point(s, three);
    p.head.push_back(count_code_points(s) >= 3 ? three : 0);
    p.total += p.weights.back();
  }
  return p;
}

double near_duplicate_score(const StemProfile& x, const StemProfile& y) {
  if (x.stems.empty() || y.stems.empty()) return x.stems.empty() && y.stems.empty() ? 1.0 : 0.0;
  if (x.total <= 0 || y.total <= 0) return 0.0;
  const double shared = std::min(weight_alike(x, y), weight_alike(y, x));
  const double containment = shared / std::min(x.total, y.total);
  const double dice = 2.0 * shared / (x.total + y.total);
  return std::min(1.0, (containment + dice) / 2.0);
}

double near_duplicate_score(const std::vector<std::string>& a, const std::vector<std::string>& b,
                            const StemWeight& weight) {
  return near_duplicate_score(stem_profile(a, weight), stem_profile(b, weight));
}

double dot(const SparseVector& a, const SparseVector& b) {
  double sum = 0;
  for (std::size_t i = 0, j = 0; i < a.terms.size() && j < b.terms.size();) {
    if (a.terms[i] == b.terms[j]) {
      sum += static_cast<double>(a.weights[i]) * static_cast<double>(b.weights[j]);
      ++i;
      ++j;
    } else if (a.terms[i] < b.terms[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return std::min(1.0, sum);
}

std::size_t TfIdf::add(const std::unordered_map<std::string, double>& features) {
  std::vector<std::pair<std::uint32_t, double>> tf;
  tf.reserve(features.size());
  for (const auto& [name, count] : features) {
    auto [it, fresh] = m_ids.try_emplace(name, static_cast<std::uint32_t>(m_names.size()));
    if (fresh) {
      m_names.push_back(name);
      m_df.push_back(0);
    }
    ++m_df[it->second];
    tf.emplace_back(it->second, count);
  }
  std::sort(tf.begin(), tf.end());
  m_raw.push_back(std::move(tf));
  return m_raw.size() - 1;
}

void TfIdf::finish(const Reference* reference) {
  const std::size_t n = m_raw.size();
  std::vector<double> idfs(m_names.size());
  for (std::size_t t = 0; t < m_names.size(); ++t) {
    if (reference == nullptr) {
      idfs[t] = idf(n, m_df[t]);
    } else {
      const auto it = reference->df.find(m_names[t]);
      idfs[t] = idf(reference->documents, it == reference->df.end() ? 0 : it->second);
    }
  }
  m_vectors.assign(n, {});
  for (std::size_t d = 0; d < n; ++d) {
    SparseVector& v = m_vectors[d];
    double norm = 0;
    std::vector<double> w;
    for (const auto& [term, tf] : m_raw[d]) {
      const double weight = (tf >= 1.0 ? 1.0 + std::log(tf) : tf) * idfs[term];
      v.terms.push_back(term);
      w.push_back(weight);
      norm += weight * weight;
    }
    norm = std::sqrt(norm);
    for (double x : w) v.weights.push_back(static_cast<float>(norm > 0 ? x / norm : 0));
  }
  m_raw.clear();
  m_raw.shrink_to_fit();
}

Index::Index(const TfIdf& tfidf, std::vector<std::size_t> docs) : m_tfidf(tfidf), m_docs(std::move(docs)) {
  for (std::size_t slot = 0; slot < m_docs.size(); ++slot) {
    const SparseVector& v = m_tfidf.vector(m_docs[slot]);
    for (std::size_t i = 0; i < v.terms.size(); ++i) {
      m_postings[v.terms[i]].emplace_back(static_cast<std::uint32_t>(slot), v.weights[i]);
    }
  }
  m_acc.assign(m_docs.size(), 0.0);
}

namespace {

void keep_best(std::vector<Scored>& all, std::size_t k, std::vector<Scored>& out) {
  std::sort(all.begin(), all.end(), [](const Scored& a, const Scored& b) {
    return a.score != b.score ? a.score > b.score : a.doc < b.doc;
  });
  if (all.size() > k) all.resize(k);
  out = std::move(all);
}

}  // namespace

void Index::top(const SparseVector& query, std::size_t k, double min_score, std::vector<Scored>& out) {
  out.clear();
  if (k == 0) return;
  // 1. Term at a time: add each posting of each query term to its document's score.
  //    Documents that share no term with the query are never touched.
  m_touched.clear();
  for (std::size_t i = 0; i < query.terms.size(); ++i) {
    const auto postings = m_postings.find(query.terms[i]);
    if (postings == m_postings.end()) continue;
    const double weight = query.weights[i];
    for (const auto& [slot, w] : postings->second) {
      if (m_acc[slot] == 0.0) m_touched.push_back(slot);
      m_acc[slot] += weight * static_cast<double>(w);
    }
  }
  // 2. Only the documents whose sums reach the k-th best sum and min_score (less a
  //    margin for the rounding of adding in another order) get their exact score:
  //    the same dot product as top_exhaustive, so the same results.
  constexpr double k_margin = 1e-9;
  double floor = min_score - k_margin;
  if (m_touched.size() >= k) {
    std::vector<double> sums;
    sums.reserve(m_touched.size());
    for (std::uint32_t slot : m_touched) sums.push_back(m_acc[slot]);
    std::nth_element(sums.begin(), sums.begin() + static_cast<std::ptrdiff_t>(k - 1), sums.end(), std::greater<>());
    floor = std::max(floor, sums[k - 1] - k_margin);
  }
  std::vector<Scored> found;
  for (std::uint32_t slot : m_touched) {
    if (m_acc[slot] >= floor) {
      const double score = dot(query, m_tfidf.vector(m_docs[slot]));
      if (score >= min_score && score > 0) found.push_back({m_docs[slot], score});
    }
    m_acc[slot] = 0.0;
  }
  keep_best(found, k, out);
}

void Index::top_exhaustive(const SparseVector& query, std::size_t k, double min_score, std::vector<Scored>& out) const {
  std::vector<Scored> found;
  for (std::size_t doc : m_docs) {
    const double score = dot(query, m_tfidf.vector(doc));
    if (score >= min_score && score > 0) found.push_back({doc, score});
  }
  keep_best(found, k, out);
}

}  // namespace vil

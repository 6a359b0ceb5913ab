#include "vil/index.hpp"

#include <algorithm>

namespace vil {

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
    std::nth_element(sums.begin(), sums.begin() + static_cast<std::ptrdiff_t>(k - 1), sums.end(),
                     std::greater<>());
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

void Index::top_exhaustive(const SparseVector& query, std::size_t k, double min_score,
                           std::vector<Scored>& out) const {
  std::vector<Scored> found;
  for (std::size_t doc : m_docs) {
    const double score = dot(query, m_tfidf.vector(doc));
    if (score >= min_score && score > 0) found.push_back({doc, score});
  }
  keep_best(found, k, out);
}

}  // namespace vil

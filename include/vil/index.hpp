#pragma once

// The k best documents for a TF-IDF vector, found through an inverted index.

#include <cstddef>
#include <cstdint>
#include <unordered_map>
#include <utility>
#include <vector>

#include "vil/tfidf.hpp"

namespace vil {

// A link found by Index::top: a left document and its cosine with the query.
struct Scored {
  std::size_t doc = 0;
  double score = 0;
};

// An inverted index over a subset of a TfIdf's documents (the LEFT side), answering
// "the k best documents for this vector" exactly without scoring every pair: the
// postings of the query's terms are summed term at a time (documents sharing no term
// are never touched), and only the documents whose sums reach the k-th best get an
// exact score. (MaxScore-style early stopping was measured and dropped: with word
// n-grams most terms are common, and stopping early left more documents to score
// exactly than it saved.)
class Index {
 public:
  Index(const TfIdf& tfidf, std::vector<std::size_t> docs);

  // The best k documents with score >= min_score, best first, ties by document.
  void top(const SparseVector& query, std::size_t k, double min_score, std::vector<Scored>& out);

  // The same by scoring every document: slow, for checking the index.
  void top_exhaustive(const SparseVector& query, std::size_t k, double min_score,
                      std::vector<Scored>& out) const;

 private:
  const TfIdf& m_tfidf;
  std::vector<std::size_t> m_docs;
  std::unordered_map<std::uint32_t, std::vector<std::pair<std::uint32_t, float>>>
      m_postings;             // term -> (slot, w)
  std::vector<double> m_acc;  // scratch: partial scores by slot
  std::vector<std::uint32_t> m_touched;
};

}  // namespace vil

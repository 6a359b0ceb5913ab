#pragma once

// Texts as TF-IDF vectors over a shared vocabulary, and their cosine.

#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace vil {

// A sparse TF-IDF vector: term ids ascending, unit length.
struct SparseVector {
  std::vector<std::uint32_t> terms;
  std::vector<float> weights;
};

double dot(const SparseVector& a, const SparseVector& b);

// Document frequencies of features over a reference set of texts: with them, a text's
// vector does not depend on which other texts are in the run.
struct Reference {
  std::size_t documents = 0;
  std::unordered_map<std::string, std::uint32_t> df;
};

// A collection of texts as TF-IDF vectors over a shared vocabulary. Term weight:
// (1 + ln tf) * idf, idf = ln((N + 1) / (df + 1)) + 1, vectors normalised to unit
// length, so the cosine of two texts is their dot product, in [0,1].
class TfIdf {
 public:
  // Adds a document's features; returns its index. Call before finish().
  std::size_t add(const std::unordered_map<std::string, double>& features);
  // The id of a feature, made now when it is new (ids count up from 0 in the order
  // features are first seen).
  std::uint32_t intern(const std::string& name);
  // Adds a document's features as (id from intern, count), ids ascending and distinct;
  // returns its index. Call before finish().
  std::size_t add_ids(std::vector<std::pair<std::uint32_t, double>> features);
  // Computes idf and the unit vectors: df over the documents added, or, given a
  // reference, the reference's (a feature it lacks has df 0).
  void finish(const Reference* reference = nullptr);

  const SparseVector& vector(std::size_t doc) const { return m_vectors[doc]; }
  std::size_t size() const { return m_vectors.size(); }
  const std::string& term(std::uint32_t id) const { return m_names[id]; }
  // The id of a feature, or -1 when no document has it.
  std::int64_t id(const std::string& name) const {
    const auto it = m_ids.find(name);
    return it == m_ids.end() ? -1 : static_cast<std::int64_t>(it->second);
  }

 private:
  std::unordered_map<std::string, std::uint32_t> m_ids;
  std::vector<std::string> m_names;
  std::vector<std::uint32_t> m_df;
  std::vector<std::vector<std::pair<std::uint32_t, double>>> m_raw;  // tf per doc, until finish()
  std::vector<SparseVector> m_vectors;
};

}  // namespace vil

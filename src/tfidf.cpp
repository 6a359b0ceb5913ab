#include "vil/tfidf.hpp"

#include <algorithm>
#include <cmath>

namespace vil {

namespace {

double idf(std::size_t n, std::uint32_t df) {
  return std::log((static_cast<double>(n) + 1.0) / (static_cast<double>(df) + 1.0)) + 1.0;
}

}  // namespace

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

std::uint32_t TfIdf::intern(const std::string& name) {
  auto [it, fresh] = m_ids.try_emplace(name, static_cast<std::uint32_t>(m_names.size()));
  if (fresh) {
    m_names.push_back(name);
    m_df.push_back(0);
  }
  return it->second;
}

std::size_t TfIdf::add(const std::unordered_map<std::string, double>& features) {
  std::vector<std::pair<std::uint32_t, double>> tf;
  tf.reserve(features.size());
  for (const auto& [name, count] : features) tf.emplace_back(intern(name), count);
  std::sort(tf.begin(), tf.end());
  return add_ids(std::move(tf));
}

std::size_t TfIdf::add_ids(std::vector<std::pair<std::uint32_t, double>> features) {
  for (const auto& [id, count] : features) ++m_df[id];
  m_raw.push_back(std::move(features));
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
  std::vector<double> w;
  for (std::size_t d = 0; d < n; ++d) {
    SparseVector& v = m_vectors[d];
    const auto& raw = m_raw[d];
    v.terms.reserve(raw.size());
    v.weights.reserve(raw.size());
    w.clear();
    double norm = 0;
    for (const auto& [term, tf] : raw) {
      const double weight = (tf >= 1.0 ? 1.0 + std::log(tf) : tf) * idfs[term];
      v.terms.push_back(term);
      w.push_back(weight);
      norm += weight * weight;
    }
    norm = std::sqrt(norm);
    for (double x : w) v.weights.push_back(static_cast<float>(norm > 0 ? x / norm : 0));
    std::vector<std::pair<std::uint32_t, double>>().swap(m_raw[d]);  // freed as it goes
  }
  m_raw.clear();
  m_raw.shrink_to_fit();
}

}  // namespace vil

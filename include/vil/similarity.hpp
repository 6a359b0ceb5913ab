#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "vil/stemmer.hpp"

namespace vil {

// How texts become comparable features.
struct AnalyzerOptions {
  // Names that differ by design, folded to one: {"bærum" -> "asker"} for
  // --equate Asker=Bærum (the right name becomes the left one).
  std::vector<std::pair<std::string, std::string>> equate;
  bool stop_words = true;   // drop Norwegian function words ("og", "i", "for", "skal")
  double ngram_weight = 16; // weight a word's n-grams share, against 1 for its stem
                            // (measured: 16 beats 1, 4 and stems only on the
                            // hand-picked pledge-strategy pairs; see vil-match(1))
  std::size_t ngram = 4;    // character n-grams inside words longer than this, for
                            // compounds ("klimabudsjett" shares "klim","lima" with
                            // "klima"); 0: stems only
};

// Norwegian bokmål text to features: Unicode NFC and case folding, words split at
// anything but letters and digits (so "gang- og sykkelveier" gives "gang", "og",
// "sykkelveier"), equated names, stop words dropped, Snowball stems.
class Analyzer {
 public:
  explicit Analyzer(AnalyzerOptions options);
  ~Analyzer();
  Analyzer(const Analyzer&) = delete;
  Analyzer& operator=(const Analyzer&) = delete;

  // The stems of the content words, in order (with repeats).
  void stems(std::string_view text, std::vector<std::string>& out);

  // The text as one comparison key: folded, equated, words joined by single spaces
  // (stop words kept): texts with the same key are "the same" to diff.
  std::string key(std::string_view text);

  // Features for TF-IDF: each stem ("s:bolig") and, for long words, the word's
  // character n-grams ("g:bolig" ...), with their counts.
  void features(std::string_view text, std::unordered_map<std::string, double>& out);

  // True when word (case folded) is a stop word.
  static bool is_stop_word(std::string_view folded);

 private:
  std::string fold_word(std::string_view word) const;  // case folded and equated

  AnalyzerOptions m_options;
  std::unordered_map<std::string, std::string> m_equate;
  Stemmer m_stemmer;
  std::vector<Word> m_words;
};

// How much a stem counts (for example its idf); empty: every stem counts 1.
using StemWeight = std::function<double(const std::string&)>;

// Near-duplicate score of two stem lists, in [0,1]: the mean of containment
// (shared weight / the lighter set's weight) and Dice (2 shared / both), over
// distinct stems, where two stems are shared when equal or when one, three letters or
// more, starts the other ("ung" / "ungdom": inflection and compounds). With idf as
// the weight, a shared rare word counts more than a shared "styrke".
// A text that is the other with a few words added or changed scores high; equal
// sets score 1; no shared stem scores 0.
double near_duplicate_score(const std::vector<std::string>& a, const std::vector<std::string>& b,
                            const StemWeight& weight = {});

// A stem list prepared once for scoring against many others: its distinct stems in
// order, with their weights.
struct StemProfile {
  std::vector<std::string> stems;   // distinct, sorted
  std::vector<double> weights;      // of each stem
  std::vector<std::size_t> head;    // bytes of the first three letters; 0: shorter, alike only when equal
  double total = 0;                 // of the weights
};
StemProfile stem_profile(const std::vector<std::string>& stems, const StemWeight& weight = {});
// near_duplicate_score of the lists the profiles were made from, with their weights.
double near_duplicate_score(const StemProfile& a, const StemProfile& b);

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
  // Computes idf and the unit vectors: df over the documents added, or, given a
  // reference, the reference's (a feature it lacks has df 0).
  void finish(const Reference* reference = nullptr);

  const SparseVector& vector(std::size_t doc) const { return m_vectors[doc]; }
  std::size_t size() const { return m_vectors.size(); }
  const std::string& term(std::uint32_t id) const { return m_names[id]; }
  // The id of a feature, or -1 when no document has it.
  std::int64_t id(const std::string& name) const {
    const auto it = m_ids.find(name);
    return it == m_ids.end() ? -1 : it->second;
  }

 private:
  std::unordered_map<std::string, std::uint32_t> m_ids;
  std::vector<std::string> m_names;
  std::vector<std::uint32_t> m_df;
  std::vector<std::vector<std::pair<std::uint32_t, double>>> m_raw;  // tf per doc, until finish()
  std::vector<SparseVector> m_vectors;
};

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
  void top_exhaustive(const SparseVector& query, std::size_t k, double min_score, std::vector<Scored>& out) const;

 private:
  const TfIdf& m_tfidf;
  std::vector<std::size_t> m_docs;
  std::unordered_map<std::uint32_t, std::vector<std::pair<std::uint32_t, float>>> m_postings;  // term -> (slot, w)
  std::vector<double> m_acc;       // scratch: partial scores by slot
  std::vector<std::uint32_t> m_touched;
};

}  // namespace vil

#pragma once

// Norwegian text to comparable features: stems, comparison keys, TF-IDF features.

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "vil/stemmer.hpp"

namespace vil {

// How texts become comparable features.
struct AnalyzerOptions {
  // Names that differ by design, folded to one: {"bærum" -> "asker"} for
  // --equate Asker=Bærum (the right name becomes the left one).
  std::vector<std::pair<std::string, std::string>> equate;
  bool stop_words = true;    // drop Norwegian function words ("og", "i", "for", "skal")
  double ngram_weight = 16;  // weight a word's n-grams share, against 1 for its stem
                             // (measured: 16 beats 1, 4 and stems only on the
                             // hand-picked pledge-strategy pairs; see vil-match(1))
  std::size_t ngram = 4;     // character n-grams inside words longer than this, for
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

  // A word's forms as stems() and key() use them, worked out once per distinct word:
  // texts repeat their words (the bench's diff, 50,000 records a side, holds 1.7 million
  // words, 2,448 of them distinct), and folding and stemming each was a fifth of its time.
  struct WordForms {
    std::string folded;  // fold_word
    std::string stem;    // its Snowball stem
    bool stop = false;   // is_stop_word
  };
  struct WordHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  const WordForms& forms(std::string_view word);

  AnalyzerOptions m_options;
  std::unordered_map<std::string, std::string> m_equate;
  Stemmer m_stemmer;
  std::vector<Word> m_words;
  std::unordered_map<std::string, WordForms, WordHash, std::equal_to<>> m_forms;
};

}  // namespace vil

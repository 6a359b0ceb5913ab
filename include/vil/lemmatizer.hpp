#pragma once

#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "vil/stemmer.hpp"

namespace vil {

// What a word is, by a bokmål lexicon: its lemma (the dictionary form: "ladestasjoner"
// is "ladestasjon") and, for a compound, its parts, head last ("nullutslippsteknologi"
// is null + utslipp + teknologi; "jordbruksområder" is jordbruk + område).
struct WordAnalysis {
  std::string lemma;
  std::vector<std::string> parts;  // empty: not a compound
  bool known = false;              // false: not in the lexicon; lemma is the Snowball stem
  bool split_by_lexicon = false;   // a listed word split here (its parts may have drifted in
                                   // meaning: "veiledning" is no "vei"), not by the analyser
};

// The analyser could not be loaded when a word first needed it (the file changed, or
// its header was right and the rest is not a transducer).
struct AnalyserError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Lemmas and compound parts from Apertium's bokmål analyser (apertium-nno-nob, read
// with lttoolbox): unlisted compounds are split by the analyser itself; listed
// ("lexicalised") ones are split here at the point where both sides are words of the
// lexicon, the modifier of four letters or more and the head of three (a noun, not a
// derivational ending such as -skap), an -s- or -e- between them allowed, the most even
// split winning. Words the
// lexicon does not know, and every word when no analyser is loaded, get Snowball stems.
// Each distinct word is analysed once. Not thread-safe.
//
// For nynorsk text, give the nynorsk analyser and the nynorsk-bokmål dictionary
// (apertium-nno-nob's nno-nob.automorf.bin and nno-nob.autobil.bin): each word is
// analysed as nynorsk and its lemmas and parts are the dictionary's bokmål ones
// ("bustader" is bolig, "skulehelsetenesta" skole + helse + tjeneste), so that a
// nynorsk pledge meets a bokmål plan in the same lemmas.
class Lemmatizer {
 public:
  // Takes the analyser (a compiled lttoolbox transducer such as
  // /usr/share/apertium/apertium-nno-nob/nob-nno.automorf.bin); an empty path: stems only.
  // With a bilingual dictionary, lemmas are translated by it (above).
  // The transducer is read when a word first needs it (reading it takes most of a match
  // run on a small input); its header is checked now. Throws std::runtime_error when the
  // file cannot be read or is not a transducer, and AnalyserError later, from prepare and
  // analyse, when it cannot be loaded.
  // bokmaal, when translating, analyses the bokmål lemmas in turn (its lemma and parts
  // for a word it knows: "barnehageplass" is barnehage + plass); it must outlive this one.
  explicit Lemmatizer(const std::string& analyser_path, const std::string& bilingual_path = "",
                      Lemmatizer* bokmaal = nullptr);
  ~Lemmatizer();
  Lemmatizer(const Lemmatizer&) = delete;
  Lemmatizer& operator=(const Lemmatizer&) = delete;

  // True when an analyser was given.
  bool has_lexicon() const;

  // What the analyser is: a hash of its bytes, in hex; empty without one. Analyses kept
  // from a run (a reference file's) hold for the analyser of the same id only.
  const std::string& analyser_id() const;

  // Takes analyses kept from a run with the same analyser (analyser_id) and this
  // version of vil as if made now: words they cover never reach the analyser.
  void seed(std::vector<std::pair<std::string, WordAnalysis>> analyses);

  // Every analysis made or seeded so far, by word.
  std::vector<std::pair<std::string, WordAnalysis>> analyses() const;

  // Analyses the words not seen before, all in one pass (words are case folded).
  void prepare(const std::vector<std::string>& folded_words);

  // The analysis of one case-folded word (analysed now if prepare did not see it).
  const WordAnalysis& analyse(const std::string& folded_word);

 private:
  struct Lexicon;
  Lexicon& lexicon();  // the analyser, loaded on first use
  std::unordered_map<std::string, WordAnalysis> analyse_batch(const std::vector<std::string>& words);
  void split_lexicalised(std::vector<std::pair<std::string, WordAnalysis*>>& todo);

  std::string m_analyser_path;
  std::string m_bilingual_path;  // empty: no translation
  Lemmatizer* m_bokmaal = nullptr;
  mutable std::string m_analyser_id;  // a translating one's made when first asked for
  std::unique_ptr<Lexicon> m_lexicon;
  std::unordered_map<std::string, WordAnalysis> m_cache;
  Stemmer m_stemmer;
};

// Where Debian's apertium-nno-nob puts the bokmål analyser, and beside it the nynorsk
// analyser and the nynorsk-bokmål dictionary.
inline constexpr const char* k_default_analyser = "/usr/share/apertium/apertium-nno-nob/nob-nno.automorf.bin";
inline constexpr const char* k_nynorsk_analyser_name = "nno-nob.automorf.bin";
inline constexpr const char* k_nynorsk_bilingual_name = "nno-nob.autobil.bin";

}  // namespace vil

#include "vil/analyzer.hpp"

#include <unordered_set>

#include "vil/text.hpp"
#include "vil/utf8.hpp"

namespace vil {

namespace {

// Norwegian function words (the Snowball project's Norwegian stop list, bokmål and
// nynorsk), plus "kommunen"-style words are not here: idf handles what is common.
const std::unordered_set<std::string>& stop_words() {
  static const std::unordered_set<std::string> words = {
      "og",      "i",     "jeg",   "det",   "at",        "en",     "et",    "den",    "til",     "er",
      "som",     "på",    "de",    "med",   "han",       "av",     "ikke",  "ikkje",  "der",     "så",
      "var",     "meg",   "seg",   "men",   "ett",       "har",    "om",    "vi",     "min",     "mitt",
      "ha",      "hadde", "hun",   "nå",    "over",      "da",     "ved",   "fra",    "du",      "ut",
      "sin",     "dem",   "oss",   "opp",   "man",       "kan",    "hans",  "hvor",   "eller",   "hva",
      "skal",    "selv",  "sjøl",  "her",   "alle",      "vil",    "bli",   "ble",    "blei",    "blitt",
      "kunne",   "inn",   "når",   "være",  "kom",       "noen",   "noe",   "ville",  "dere",    "deres",
      "kun",     "ja",    "etter", "ned",   "skulle",    "denne",  "for",   "deg",    "si",      "sine",
      "sitt",    "mot",   "å",     "meget", "hvorfor",   "dette",  "disse", "uten",   "hvordan", "ingen",
      "din",     "ditt",  "blir",  "samme", "hvilken",   "hvilke", "sånn",  "inni",   "mellom",  "vår",
      "hver",    "hvem",  "vors",  "hvis",  "både",      "bare",   "enn",   "fordi",  "før",     "mange",
      "også",    "slik",  "vært",  "båe",   "begge",     "siden",  "dykk",  "dykkar", "dei",     "deira",
      "deires",  "deim",  "di",    "då",    "eg",        "ein",    "eit",   "eitt",   "elles",   "honom",
      "hjå",     "ho",    "hoe",   "henne", "hennar",    "hennes", "hoss",  "hossen", "ingi",    "inkje",
      "korleis", "korso", "kva",   "kvar",  "kvarhelst", "kven",   "kvi",   "kvifor", "me",      "medan",
      "mi",      "mine",  "mykje", "no",    "nokon",     "noka",   "nokor", "noko",   "nokre",   "sia",
      "sidan",   "so",    "somt",  "somme", "um",        "upp",    "vere",  "vore",   "verte",   "vort",
      "varte",   "vart"};
  return words;
}

constexpr std::size_t k_max_cached_words = 1 << 20;

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

const Analyzer::WordForms& Analyzer::forms(std::string_view word) {
  if (const auto it = m_forms.find(word); it != m_forms.end()) return it->second;
  // A bound on the memory of a text of ever new words (none of the returned references
  // is held across this call).
  if (m_forms.size() >= k_max_cached_words) m_forms.clear();
  WordForms f;
  f.folded = fold_word(word);
  f.stop = is_stop_word(f.folded);
  f.stem = m_stemmer.stem(f.folded);
  return m_forms.emplace(std::string(word), std::move(f)).first->second;
}

void Analyzer::stems(std::string_view text, std::vector<std::string>& out) {
  out.clear();
  split_words(text, m_words);
  for (const Word& w : m_words) {
    const WordForms& f = forms(text.substr(w.begin, w.end - w.begin));
    if (m_options.stop_words && f.stop) continue;
    out.push_back(f.stem);
  }
}

std::string Analyzer::key(std::string_view text) {
  split_words(text, m_words);
  std::string out;
  for (const Word& w : m_words) {
    if (!out.empty()) out.push_back(' ');
    out += forms(text.substr(w.begin, w.end - w.begin)).folded;
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
      out["g:" + folded.substr(starts[g], starts[g + n] - starts[g])] +=
          m_options.ngram_weight / static_cast<double>(grams);
  }
}

}  // namespace vil

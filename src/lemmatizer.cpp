#include "vil/lemmatizer.hpp"

#include <xxhash.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <system_error>
#include <tuple>

#include "lttoolbox_plugin.hpp"
#include "shared_library.hpp"
#include "vil/text.hpp"

namespace vil {
namespace {

// One reading of a surface form: its parts' lemmas and each part's word class.
struct Reading {
  std::vector<std::string> lemmas;
  std::vector<std::string> classes;  // "n", "vblex", "adj", ... (the first tag)
  std::vector<std::string> units;    // each part as the analyser wrote it, "skule<n><m><sg><ind>"
};

// A lemma as the analyser writes it, as vil keeps it: case folded, without the marks of
// a multiword ("#") and its spaces.
std::string clean_lemma(std::string_view written) {
  std::string lemma(written);
  lemma.erase(std::remove_if(lemma.begin(), lemma.end(), [](char c) { return c == '#' || c == ' '; }),
              lemma.end());
  return fold_case(lemma);
}

// Parses one analysis such as "null<n><nt><sg><ind><cmp>+utslipp<n><nt><sg><ind>"; false for
// readings that stand only inside a compound ("<compound-only-L>") or are unknown ("*x").
bool parse_reading(std::string_view text, Reading& out) {
  out = {};
  if (text.empty() || text[0] == '*' || text.find("<compound-only-L>") != std::string_view::npos)
    return false;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t plus = text.find('+', start);
    if (plus == std::string_view::npos) plus = text.size();
    const std::string_view part = text.substr(start, plus - start);
    const std::size_t tag = part.find('<');
    std::string lemma = clean_lemma(part.substr(0, tag));
    if (lemma.empty()) return false;
    std::string cls;
    if (tag != std::string_view::npos) {
      const std::size_t close = part.find('>', tag);
      if (close != std::string_view::npos) cls = std::string(part.substr(tag + 1, close - tag - 1));
    }
    out.lemmas.push_back(std::move(lemma));
    out.classes.push_back(std::move(cls));
    out.units.emplace_back(part);
    start = plus + 1;
  }
  return !out.lemmas.empty();
}

// Every reading of an analysis list ("reading/reading/...").
std::vector<Reading> parse_readings(std::string_view analyses) {
  std::vector<Reading> out;
  Reading r;
  std::size_t start = 0;
  while (start <= analyses.size()) {
    std::size_t slash = analyses.find('/', start);
    if (slash == std::string_view::npos) slash = analyses.size();
    if (parse_reading(analyses.substr(start, slash - start), r)) out.push_back(r);
    start = slash + 1;
  }
  return out;
}

// The reading a word is taken as: the fewest parts (a listed word before a guessed
// split), then a noun ("område" before the verb "områ"), then the most parts that are
// nouns ("skule" + "helse" + "teneste": health, not the verb to greet), then the first.
const Reading* choose_reading(const std::vector<Reading>& readings) {
  const Reading* best = nullptr;
  const auto rank = [&](const Reading& r) {
    return std::make_tuple(
        r.lemmas.size(), r.classes.back() == "n" ? 0 : 1,
        std::count_if(r.classes.begin(), r.classes.end(), [](const std::string& c) { return c != "n"; }));
  };
  for (const Reading& r : readings)
    if (best == nullptr || rank(r) < rank(*best)) best = &r;
  return best;
}

// True when one of the readings is the word itself as a noun in its dictionary form.
bool is_noun_lemma(const std::vector<Reading>& readings, const std::string& word) {
  return std::any_of(readings.begin(), readings.end(), [&](const Reading& r) {
    return r.lemmas.size() == 1 && r.lemmas[0] == word && r.classes[0] == "n";
  });
}

// Endings that are nouns of their own but, at the end of a listed word, make a
// derivation, not a compound ("entreprenørskap" is no cupboard, "frivillighet" no "het").
bool is_suffix(const std::string& head) {
  static const char* const endings[] = {"skap", "dømme", "else", "inne", "ende", "heit", "ning"};
  return std::find(std::begin(endings), std::end(endings), head) != std::end(endings);
}

bool is_content_class(const std::string& c) { return c == "n" || c == "vblex" || c == "adj"; }

// True at a byte that starts a UTF-8 character.
bool starts_char(const std::string& s, std::size_t i) {
  return i == s.size() || (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
}

std::size_t char_count(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// Where vil-lttoolbox.so is: beside an installed binary (BIN/../LIBDIR/vil/), else in
// the build tree this binary came from.
std::string find_plugin() {
  std::error_code ec;
  const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const std::filesystem::path installed = exe.parent_path() / VIL_LTTOOLBOX_PLUGIN_FROM_BIN;
    if (std::filesystem::is_regular_file(installed, ec)) return installed.string();
  }
  return VIL_LTTOOLBOX_PLUGIN_BUILT;
}

}  // namespace

// The analyser, through the plugin's C interface (src/lttoolbox_plugin.hpp).
struct Lemmatizer::Lexicon {
  SharedLibrary library;
  void* analyser = nullptr;
  void* bilingual = nullptr;  // the nynorsk-bokmål dictionary, when translating
  decltype(&vil_lt_open) open = nullptr;
  decltype(&vil_lt_analyse) analyse = nullptr;
  decltype(&vil_lt_free) free = nullptr;
  decltype(&vil_lt_close) close = nullptr;

  Lexicon(const std::string& analyser_path, const std::string& bilingual_path)
      : Lexicon(find_plugin(), analyser_path, bilingual_path) {}
  Lexicon(const std::string& plugin, const std::string& analyser_path, const std::string& bilingual_path)
      : library(plugin) {
    if (!library)
      throw std::runtime_error("cannot load vil's lttoolbox module (" + library.error() +
                               "); reinstall vil, or give --analyser none");
    if (!library.find("vil_lt_open", open) || !library.find("vil_lt_analyse", analyse) ||
        !library.find("vil_lt_free", free) || !library.find("vil_lt_close", close))
      throw std::runtime_error(plugin + ": not vil's lttoolbox module");
    analyser = load(analyser_path, 0);
    if (!bilingual_path.empty()) {
      try {
        bilingual = load(bilingual_path, 1);
      } catch (...) {
        close(analyser);
        throw;
      }
    }
  }
  ~Lexicon() {  // before the library closes
    close(analyser);
    if (bilingual != nullptr) close(bilingual);
  }
  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;

  void* load(const std::string& path, int mode) {
    char* error = nullptr;
    void* t = open(path.c_str(), mode, &error);
    if (t == nullptr) {
      const std::string message = path + ": " + (error ? error : "cannot load the transducer");
      free(error);
      throw std::runtime_error(message);
    }
    return t;
  }

  // Runs transducer t on lines, one "^input/output/...$" unit each; calls f(input,
  // outputs) for each unit with outputs.
  template <typename F>
  void run(void* t, const std::vector<std::string>& lines, F f) {
    if (lines.empty()) return;
    std::string in;
    for (const std::string& w : lines) {
      in += w;
      in += '\n';
    }
    std::size_t length = 0;
    char* error = nullptr;
    char* buffer = analyse(t, in.data(), in.size(), &length, &error);
    if (buffer == nullptr) {
      const std::string message = error ? error : "the analyser failed";
      free(error);
      throw std::runtime_error(message);
    }
    const std::string text(buffer, length);
    free(buffer);
    std::size_t pos = 0;
    while ((pos = text.find('^', pos)) != std::string::npos) {
      const std::size_t end = text.find('$', pos);
      if (end == std::string::npos) break;
      const std::string_view unit(text.data() + pos + 1, end - pos - 1);
      const std::size_t slash = unit.find('/');
      if (slash != std::string_view::npos) f(unit.substr(0, slash), unit.substr(slash + 1));
      pos = end + 1;
    }
  }

  // Every reading of each word, in the analyser's own words ("^word/reading/...$").
  std::unordered_map<std::string, std::vector<Reading>> read(const std::vector<std::string>& words) {
    std::unordered_map<std::string, std::vector<Reading>> out;
    run(analyser, words, [&](std::string_view word, std::string_view analyses) {
      std::vector<Reading> readings = parse_readings(analyses);
      if (!readings.empty()) out.emplace(std::string(word), std::move(readings));
    });
    return out;
  }

  // The bokmål lemma of each nynorsk unit ("skule<n><m><sg><ind>" is skole) the
  // dictionary has: of its translations, the first that differs from the nynorsk lemma
  // ("utslepp" is utslepp or utslipp: utslipp), else the first.
  std::unordered_map<std::string, std::string> translate(const std::vector<std::string>& units) {
    std::unordered_map<std::string, std::string> out;
    std::vector<std::string> lines;
    for (const std::string& u : units) lines.push_back("^" + u + "$");
    run(bilingual, lines, [&](std::string_view unit, std::string_view outputs) {
      const std::string source = clean_lemma(unit.substr(0, unit.find('<')));
      std::string chosen;
      for (std::size_t start = 0; start <= outputs.size();) {
        std::size_t slash = outputs.find('/', start);
        if (slash == std::string_view::npos) slash = outputs.size();
        const std::string_view o = outputs.substr(start, slash - start);
        start = slash + 1;
        if (o.empty() || o[0] == '@' || o[0] == '*' || o[0] == '#') continue;  // not in the dictionary
        const std::string lemma = clean_lemma(o.substr(0, o.find('<')));
        if (lemma.empty()) continue;
        if (chosen.empty()) chosen = lemma;
        if (lemma != source) {
          chosen = lemma;
          break;
        }
      }
      if (!chosen.empty()) out.emplace(std::string(unit), std::move(chosen));
    });
    return out;
  }
};

namespace {

// A transducer file's bytes (its first four only, unless whole), checked for lttoolbox's
// header ("LTTB", 3.6 and later; the module checks it again on loading). what names it
// in the message.
std::string read_transducer(const std::string& path, const char* what, bool whole = true) {
  std::error_code ec;
  std::ifstream in;
  if (std::filesystem::is_regular_file(path, ec)) in.open(path, std::ios::binary);
  if (!in.is_open()) throw std::runtime_error(path + ": cannot read the " + what);
  std::string bytes;
  if (whole) {
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  } else {
    bytes.resize(4);
    bytes.resize(static_cast<std::size_t>(in.read(bytes.data(), 4).gcount()));
  }
  if (bytes.compare(0, 4, "LTTB") != 0)
    throw std::runtime_error(path + ": not an lttoolbox transducer: no LTTB header");
  return bytes;
}

std::string hash_hex(std::string_view bytes) {
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx",
                static_cast<unsigned long long>(XXH3_64bits(bytes.data(), bytes.size())));
  return hex;
}

}  // namespace

Lemmatizer::Lemmatizer(const std::string& analyser_path, const std::string& bilingual_path,
                       Lemmatizer* bokmaal)
    : m_analyser_path(analyser_path),
      m_bilingual_path(analyser_path.empty() ? "" : bilingual_path),
      m_bokmaal(bokmaal) {
  if (analyser_path.empty()) return;
  if (m_bilingual_path.empty()) {
    m_analyser_id = hash_hex(read_transducer(analyser_path, "bokmål analyser"));
    return;
  }
  // Translating: the files are checked now and hashed only if the id is asked for (a
  // run with no nynorsk document never reads them).
  read_transducer(analyser_path, "analyser", false);
  read_transducer(m_bilingual_path, "nynorsk-bokmål dictionary", false);
}

Lemmatizer::~Lemmatizer() = default;

bool Lemmatizer::has_lexicon() const { return !m_analyser_path.empty(); }

const std::string& Lemmatizer::analyser_id() const {
  if (m_analyser_id.empty() && !m_bilingual_path.empty())
    m_analyser_id = hash_hex(read_transducer(m_analyser_path, "analyser") +
                             read_transducer(m_bilingual_path, "nynorsk-bokmål dictionary"));
  return m_analyser_id;
}

Lemmatizer::Lexicon& Lemmatizer::lexicon() {
  if (!m_lexicon) {
    try {
      m_lexicon = std::make_unique<Lexicon>(m_analyser_path, m_bilingual_path);
    } catch (const std::runtime_error& e) {
      throw AnalyserError(e.what());
    }
  }
  return *m_lexicon;
}

void Lemmatizer::seed(std::vector<std::pair<std::string, WordAnalysis>> analyses) {
  for (auto& [word, a] : analyses) m_cache.emplace(std::move(word), std::move(a));
}

std::vector<std::pair<std::string, WordAnalysis>> Lemmatizer::analyses() const {
  std::vector<std::pair<std::string, WordAnalysis>> out(m_cache.begin(), m_cache.end());
  std::sort(out.begin(), out.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
  return out;
}

std::unordered_map<std::string, WordAnalysis> Lemmatizer::analyse_batch(
    const std::vector<std::string>& words) {
  std::unordered_map<std::string, WordAnalysis> out;
  std::unordered_map<std::string, std::vector<Reading>> readings;
  if (has_lexicon()) {
    // Only words of letters go to the analyser (its input syntax reserves ^$/<>{}[]\@).
    std::vector<std::string> letters;
    for (const std::string& w : words)
      if (std::none_of(w.begin(), w.end(), [](char c) {
            return std::string_view("^$/<>{}[]\\@*+#\n").find(c) != std::string_view::npos ||
                   (c >= '0' && c <= '9');
          }))
        letters.push_back(w);
    readings = lexicon().read(letters);
  }
  // Translating: the bokmål lemma of every part of each word's reading, asked at once.
  std::unordered_map<std::string, std::string> bokmaal;
  if (!m_bilingual_path.empty()) {
    std::vector<std::string> units;
    for (const auto& [w, rs] : readings)
      for (const std::string& u : choose_reading(rs)->units) units.push_back(u);
    std::sort(units.begin(), units.end());
    units.erase(std::unique(units.begin(), units.end()), units.end());
    bokmaal = lexicon().translate(units);
  }
  for (const std::string& w : words) {
    WordAnalysis a;
    const auto it = readings.find(w);
    if (it != readings.end() && !m_bilingual_path.empty()) {
      // The bokmål lemmas of the parts (a part the dictionary lacks as it is), and the
      // whole lemma made of them.
      a.known = true;
      const Reading& r = *choose_reading(it->second);
      for (std::size_t i = 0; i < r.units.size(); ++i) {
        const auto t = bokmaal.find(r.units[i]);
        a.parts.push_back(t != bokmaal.end() ? t->second : r.lemmas[i]);
        a.lemma += a.parts.back();
      }
      if (a.parts.size() == 1) a.parts.clear();
    } else if (it != readings.end()) {
      a.known = true;
      const Reading& r = *choose_reading(it->second);
      if (r.lemmas.size() == 1) {
        a.lemma = r.lemmas[0];
      } else {
        // The whole word's lemma: the word up to its head as written (linking letters
        // kept: "folkehelsen" is "folkehelse"), then the head's lemma.
        const std::string& head = r.lemmas.back();
        const std::size_t at = w.rfind(head.substr(0, std::min<std::size_t>(head.size(), 3)));
        if (at != std::string::npos && at > 0) {
          a.lemma = w.substr(0, at) + head;
        } else {
          for (const std::string& l : r.lemmas) a.lemma += l;
        }
        a.parts = r.lemmas;
        a.split_by_lexicon = false;
      }
    } else {
      a.lemma = m_stemmer.stem(w);
    }
    out.emplace(w, std::move(a));
  }
  return out;
}

void Lemmatizer::split_lexicalised(std::vector<std::pair<std::string, WordAnalysis*>>& todo) {
  // Candidate heads and modifiers of every listed word long enough to be a compound.
  struct Split {
    std::size_t at;   // byte where the head starts
    std::string mod;  // the modifier as written, a linking -s-/-e- removed or not
  };
  std::vector<std::string> ask;
  std::vector<std::vector<Split>> splits(todo.size());
  for (std::size_t t = 0; t < todo.size(); ++t) {
    const std::string& lemma = todo[t].second->lemma;
    for (std::size_t at = 1; at < lemma.size(); ++at) {
      if (!starts_char(lemma, at)) continue;
      const std::string head = lemma.substr(at);
      const std::string mod = lemma.substr(0, at);
      if (char_count(head) < 3 || char_count(mod) < 4 || is_suffix(head)) continue;
      ask.push_back(head);
      splits[t].push_back({at, mod});
      ask.push_back(mod);
      const char last = mod.back();
      if ((last == 's' || last == 'e') && char_count(mod) > 3) {
        splits[t].push_back({at, mod.substr(0, mod.size() - 1)});
        ask.push_back(mod.substr(0, mod.size() - 1));
      }
    }
  }
  if (ask.empty()) return;
  std::sort(ask.begin(), ask.end());
  ask.erase(std::unique(ask.begin(), ask.end()), ask.end());
  const std::unordered_map<std::string, std::vector<Reading>> known = lexicon().read(ask);
  for (std::size_t t = 0; t < todo.size(); ++t) {
    WordAnalysis& a = *todo[t].second;
    std::size_t best_even = 0;
    std::vector<std::string> best;
    for (const Split& s : splits[t]) {
      const std::string head = a.lemma.substr(s.at);
      const auto h = known.find(head);
      const auto m = known.find(s.mod);
      // The head must be a noun in its own dictionary form; the modifier a content word.
      if (h == known.end() || m == known.end()) continue;
      if (!is_noun_lemma(h->second, head)) continue;
      const Reading* mod = choose_reading(m->second);
      if (mod->lemmas.size() != 1 || !is_content_class(mod->classes[0])) continue;
      const std::size_t even = std::min(char_count(s.mod), char_count(head));
      if (even > best_even) {
        best_even = even;
        best = {mod->lemmas[0], head};
      }
    }
    if (!best.empty()) {
      a.parts = std::move(best);
      a.split_by_lexicon = true;
    }
  }
}

void Lemmatizer::prepare(const std::vector<std::string>& folded_words) {
  std::vector<std::string> fresh;
  for (const std::string& w : folded_words)
    if (m_cache.find(w) == m_cache.end()) fresh.push_back(w);
  std::sort(fresh.begin(), fresh.end());
  fresh.erase(std::unique(fresh.begin(), fresh.end()), fresh.end());
  if (fresh.empty()) return;
  std::unordered_map<std::string, WordAnalysis> done = analyse_batch(fresh);
  if (!m_bilingual_path.empty()) {
    // Translated: the bokmål analysis of each bokmål lemma, where the bokmål lexicon
    // knows it (it splits the listed compounds); else the translated parts stand.
    if (m_bokmaal != nullptr) {
      std::vector<std::string> lemmas;
      for (const auto& [word, a] : done)
        if (a.known) lemmas.push_back(a.lemma);
      m_bokmaal->prepare(lemmas);
      for (auto& [word, a] : done) {
        if (!a.known) continue;
        const WordAnalysis& b = m_bokmaal->analyse(a.lemma);
        if (b.known) a = b;
      }
    }
    for (auto& [word, a] : done) m_cache.emplace(word, std::move(a));
    return;
  }
  std::vector<std::pair<std::string, WordAnalysis*>> lexicalised;
  for (auto& [word, a] : done)
    if (a.known && a.parts.empty() && char_count(a.lemma) >= 7) lexicalised.emplace_back(word, &a);
  if (!lexicalised.empty()) {
    std::sort(lexicalised.begin(), lexicalised.end(),
              [](const auto& x, const auto& y) { return x.first < y.first; });
    split_lexicalised(lexicalised);
  }
  for (auto& [word, a] : done) m_cache.emplace(word, std::move(a));
}

const WordAnalysis& Lemmatizer::analyse(const std::string& folded_word) {
  auto it = m_cache.find(folded_word);
  if (it != m_cache.end()) return it->second;
  prepare({folded_word});
  return m_cache.find(folded_word)->second;
}

}  // namespace vil

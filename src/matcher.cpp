#include "vil/matcher.hpp"

#include <re2/re2.h>
#include <utf8proc.h>

#include <algorithm>

#include "vil/utf8.hpp"

namespace vil {
namespace {

// The pattern's words stemmed, everything between them kept: "boliger|skoler" ->
// "bol|skol". An escape keeps its letter ("\\b", "\\pL", "\\p{Lu}"); the letters after
// it are a word.
std::string stem_pattern(std::string_view pattern, Stemmer& stemmer) {
  std::vector<Word> words;
  split_words(pattern, words);
  std::string out;
  std::size_t at = 0;
  for (const Word& w : words) {
    out.append(pattern.substr(at, w.begin - at));
    std::size_t begin = w.begin;
    if (begin > 0 && pattern[begin - 1] == '\\') {
      const char letter = pattern[begin];
      ++begin;                                                         // the escape's own letter
      if ((letter == 'p' || letter == 'P') && begin < w.end) ++begin;  // \pL: its class letter
      out.append(pattern.substr(w.begin, begin - w.begin));
    }
    if (begin < w.end) out += stemmer.stem(pattern.substr(begin, w.end - begin));
    at = w.end;
  }
  out.append(pattern.substr(at));
  return out;
}

// Word edges for RE2, which knows only ASCII in \\b: not a letter, digit, mark or '_'.
constexpr const char* k_not_word = "[^\\pL\\pN\\pM_]";

}  // namespace

bool has_uppercase(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const char32_t cp = next_code_point(s, i);
    if (cp == '\\' && i < s.size()) {  // an escape's letters are syntax: \\S, \\pL, \\p{Lu}
      const char32_t letter = next_code_point(s, i);
      if ((letter == 'p' || letter == 'P') && i < s.size()) {
        if (s[i] == '{') {
          const std::size_t close = s.find('}', i);
          i = close == std::string_view::npos ? s.size() : close + 1;
        } else {
          next_code_point(s, i);
        }
      }
      continue;
    }
    if (utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_LU) return true;
  }
  return false;
}

Matcher::Matcher() = default;
Matcher::~Matcher() = default;
Matcher::Matcher(Matcher&&) noexcept = default;
Matcher& Matcher::operator=(Matcher&&) noexcept = default;

bool Matcher::compile(std::string_view pattern, const MatchOptions& options, std::string& err) {
  return compile_any(std::vector<std::string>{std::string(pattern)}, options, err);
}

bool Matcher::compile_any(const std::vector<std::string>& patterns, const MatchOptions& options,
                          std::string& err, std::size_t* bad) {
  if (bad != nullptr) *bad = patterns.size();
  RE2::Options re_options;
  re_options.set_encoding(RE2::Options::EncodingUTF8);
  re_options.set_log_errors(false);
  re_options.set_max_mem(64 << 20);
  m_stemmer.reset();
  if (options.stem) m_stemmer = std::make_unique<Stemmer>();
  // Smart case: insensitive unless some pattern has an upper-case letter.
  bool insensitive =
      options.case_mode == CaseMode::insensitive ||
      (options.case_mode == CaseMode::smart &&
       std::none_of(patterns.begin(), patterns.end(), [](const std::string& p) { return has_uppercase(p); }));
  std::string body;
  for (std::size_t i = 0; i < patterns.size(); ++i) {
    const std::string& pattern = patterns[i];
    // Each pattern alone must be valid: wrapping it (-w, --stem) or joining it to the
    // others must not hide an error, nor make "a)|(b" valid with other groups.
    if (!options.fixed) {
      const RE2 alone(re2::StringPiece(pattern.data(), pattern.size()), re_options);
      if (!alone.ok()) {
        err = "invalid pattern '" + pattern + "': " + alone.error();
        if (bad != nullptr) *bad = i;
        return false;
      }
      if (uses_any_byte(pattern)) {
        err = "invalid pattern '" + pattern + "': " + k_any_byte_error;
        if (bad != nullptr) *bad = i;
        return false;
      }
    }
    std::string one =
        options.fixed ? RE2::QuoteMeta(re2::StringPiece(pattern.data(), pattern.size())) : pattern;
    if (options.stem) {
      if (options.fixed) {
        // The stemmed text is stems joined by single spaces: so is a fixed pattern.
        std::vector<Word> words;
        split_words(pattern, words);
        std::string stems;
        for (const Word& w : words) {
          if (!stems.empty()) stems += ' ';
          stems += m_stemmer->stem(std::string_view(pattern).substr(w.begin, w.end - w.begin));
        }
        one = RE2::QuoteMeta(stems);
      } else {
        one = stem_pattern(pattern, *m_stemmer);
      }
    }
    body += (body.empty() ? "" : "|") + (patterns.size() > 1 ? "(?:" + one + ")" : one);
  }
  // No pattern (an empty -f file) matches nothing, as in grep.
  if (patterns.empty()) body = "[^\\x00-\\x{10FFFF}]";
  if (options.stem) insensitive = true;  // stems are case folded
  // A word match is the pattern between non-word characters or the text's ends.
  // A stem match starts a word: "bol" finds "boligpolitikk", not "nabolagshus".
  m_word = options.word || options.stem;
  m_effective = !m_word ? body
                : options.word
                    ? std::string("(?:^|") + k_not_word + ")((?:" + body + "))(?:" + k_not_word + "|$)"
                    : std::string("(?:^|") + k_not_word + ")((?:" + body + "))";
  re_options.set_case_sensitive(!insensitive);
  m_re = std::make_unique<RE2>(m_effective, re_options);
  if (!m_re->ok()) {
    err = "invalid pattern '" + (patterns.size() == 1 ? patterns[0] : m_effective) + "': " + m_re->error();
    return false;
  }
  return true;
}

void Matcher::search(std::string_view text, std::vector<Span>& spans) const {
  // The empty pattern (vil grep's way to keep every record) matches only the empty
  // string, at every character: what the loop below keeps of that is the first, and
  // it is found here without a search per character (3 times the time of a run).
  if (m_effective.empty()) {
    spans.push_back({0, 0});
    return;
  }
  const std::size_t first = spans.size();
  const re2::StringPiece input(text.data(), text.size());
  re2::StringPiece groups[2];
  const int group = m_word ? 1 : 0;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    if (!m_re->Match(input, pos, text.size(), RE2::UNANCHORED, groups, group + 1)) break;
    const std::size_t begin = static_cast<std::size_t>(groups[group].data() - text.data());
    const std::size_t end = begin + groups[group].size();
    spans.push_back({begin, end});
    if (end > pos) {
      pos = end;  // for -w the next match may start at the character that ended this one
    } else {
      // An empty match: step over one character.
      std::size_t next = pos;
      if (next >= text.size()) break;
      next_code_point(text, next);
      pos = next;
    }
  }
  // Empty matches say only that the field matched: '' (vil grep's way to keep every
  // record) or 'x*' would otherwise give a span at every character. Keep the
  // non-empty spans, or, when there are none, the first empty one.
  const auto empty = [](const Span& sp) { return sp.begin == sp.end; };
  if (std::any_of(spans.begin() + static_cast<std::ptrdiff_t>(first), spans.end(),
                  [&](const Span& sp) { return !empty(sp); }))
    spans.erase(std::remove_if(spans.begin() + static_cast<std::ptrdiff_t>(first), spans.end(), empty),
                spans.end());
  else if (spans.size() > first + 1)
    spans.resize(first + 1);
}

bool Matcher::matches(std::string_view text) {
  if (m_stemmer) {
    const std::string stemmed = m_stemmer->stem_text(text, m_words, m_starts);
    return m_re->Match(re2::StringPiece(stemmed.data(), stemmed.size()), 0, stemmed.size(), RE2::UNANCHORED,
                       nullptr, 0);
  }
  return m_re->Match(re2::StringPiece(text.data(), text.size()), 0, text.size(), RE2::UNANCHORED, nullptr, 0);
}

void Matcher::find_all(std::string_view text, std::vector<Span>& spans) {
  if (!m_stemmer) {
    search(text, spans);
    return;
  }
  const std::string stemmed = m_stemmer->stem_text(text, m_words, m_starts);
  m_stem_spans.clear();
  search(stemmed, m_stem_spans);
  const auto stem_end = [&](std::size_t i) {
    return i + 1 < m_starts.size() ? m_starts[i + 1] - 1 : stemmed.size();
  };
  for (const Span& s : m_stem_spans) {
    // The original words whose stems the match touches: stems are in order, so the
    // first is found by binary search (a long field costs log(words) per match).
    std::size_t lo = 0, hi = m_words.size();
    while (lo < hi) {
      const std::size_t mid = lo + (hi - lo) / 2;
      if (stem_end(mid) > s.begin)
        hi = mid;
      else
        lo = mid + 1;
    }
    std::size_t first = m_words.size();
    std::size_t last = 0;
    for (std::size_t i = lo; i < m_words.size() && m_starts[i] < s.end; ++i) {
      if (stem_end(i) > s.begin) {
        first = std::min(first, i);
        last = i;
      }
    }
    if (first < m_words.size()) spans.push_back({m_words[first].begin, m_words[last].end});
  }
}

bool uses_any_byte(std::string_view pattern) {
  for (std::size_t i = 0; i + 1 < pattern.size(); ++i) {
    if (pattern[i] != '\\') continue;
    if (pattern[i + 1] == 'C') return true;
    ++i;  // an escaped character, such as \\ or \Q
  }
  return false;
}

}  // namespace vil

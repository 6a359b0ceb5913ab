#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "vil/stemmer.hpp"

namespace re2 {
class RE2;
}

namespace vil {

enum class CaseMode {
  sensitive,    // as written
  insensitive,  // Unicode case folding: æøå match ÆØÅ
  smart,        // insensitive unless the pattern has an upper-case letter
};

struct MatchOptions {
  CaseMode case_mode = CaseMode::sensitive;
  bool word = false;   // match whole words only (Unicode letters, digits and '_')
  bool fixed = false;  // the pattern is a plain string, not a regular expression
  bool stem = false;   // match the stemmed text with the stemmed pattern, at word starts
};

// A match: byte offsets [begin, end) in the text searched.
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// An RE2 pattern with grep's options. RE2 runs in time linear in the text: no
// pattern makes a search hang.
class Matcher {
 public:
  Matcher();
  ~Matcher();
  Matcher(Matcher&&) noexcept;
  Matcher& operator=(Matcher&&) noexcept;

  // Compiles pattern; false with "invalid pattern 'P': REASON" in err.
  bool compile(std::string_view pattern, const MatchOptions& options, std::string& err);
  // Compiles patterns as one that matches where any of them does (grep -e P1 -e P2,
  // grep -f FILE); none matches nothing. Each is checked alone first, with its error;
  // bad, when given, is then set to the failing pattern's index (patterns.size() when
  // only their union fails).
  bool compile_any(const std::vector<std::string>& patterns, const MatchOptions& options, std::string& err,
                   std::size_t* bad = nullptr);

  // Appends the non-overlapping matches in text, left to right. With stem, the spans
  // cover the original words whose stems matched.
  void find_all(std::string_view text, std::vector<Span>& spans);

  // True when text has a match: what -c, -l and -v need, without collecting the
  // positions of every match (a huge field with many matches costs no memory).
  bool matches(std::string_view text);

  // The pattern as RE2 runs it (after -F, -w and --stem are applied).
  const std::string& effective_pattern() const { return m_effective; }

 private:
  void search(std::string_view text, std::vector<Span>& spans) const;

  std::unique_ptr<re2::RE2> m_re;
  std::unique_ptr<Stemmer> m_stemmer;
  std::string m_effective;
  bool m_word = false;
  std::vector<Word> m_words;  // scratch for --stem
  std::vector<std::size_t> m_starts;
  std::vector<Span> m_stem_spans;
};

// True when s has an upper-case letter (for smart case).
bool has_uppercase(std::string_view s);

// True when an RE2 pattern uses \C (any single byte): refused by grep and tag, since a
// match that ends inside a character would write invalid UTF-8.
bool uses_any_byte(std::string_view pattern);
inline constexpr const char* k_any_byte_error = "\\C (any byte) is not supported: it splits characters";

}  // namespace vil

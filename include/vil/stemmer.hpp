#pragma once

#include <cstddef>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

struct sb_stemmer;

namespace vil {

// A library vil opens when a run first needs it (libstemmer) could not be loaded: not a
// fault of any input or option; the message says what to install.
struct MissingLibrary : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// A word of a text and where it is: byte offsets [begin, end).
struct Word {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// The words of a text: runs of letters and digits (Unicode), in order.
void split_words(std::string_view text, std::vector<Word>& out);

// Norwegian (bokmål) Snowball stemmer from libstemmer: "boliger" and "boligen" stem
// to "bolig". Words are case folded first. Not thread-safe: one per thread.
class Stemmer {
 public:
  Stemmer();
  ~Stemmer();
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;

  // The stem of one word.
  std::string stem(std::string_view word);

  // The stemmed text: every word of text case folded and stemmed, joined by single
  // spaces. where[i] is the byte range in text of the word stemmed[i] came from;
  // starts[i] is where stem i begins in the result.
  std::string stem_text(std::string_view text, std::vector<Word>& where, std::vector<std::size_t>& starts);

 private:
  sb_stemmer* m_stemmer;
  std::vector<Word> m_words;
};

}  // namespace vil

#include "vil/stemmer.hpp"

#include <libstemmer.h>
#include <stdexcept>
#include <utf8proc.h>

#include "vil/text.hpp"
#include "vil/utf8.hpp"

namespace vil {
namespace {

bool is_word_char(char32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  const utf8proc_category_t cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) || cat == UTF8PROC_CATEGORY_MN ||
         cat == UTF8PROC_CATEGORY_ND;
}

}  // namespace

void split_words(std::string_view text, std::vector<Word>& out) {
  out.clear();
  std::size_t i = 0;
  std::size_t start = std::string_view::npos;
  while (i < text.size()) {
    const std::size_t at = i;
    const char32_t cp = next_code_point(text, i);
    if (is_word_char(cp)) {
      if (start == std::string_view::npos) start = at;
    } else if (start != std::string_view::npos) {
      out.push_back({start, at});
      start = std::string_view::npos;
    }
  }
  if (start != std::string_view::npos) out.push_back({start, text.size()});
}

Stemmer::Stemmer() : m_stemmer(sb_stemmer_new("norwegian", "UTF_8")) {
  if (m_stemmer == nullptr) throw std::runtime_error("libstemmer has no Norwegian stemmer");
}

Stemmer::~Stemmer() { sb_stemmer_delete(m_stemmer); }

std::string Stemmer::stem(std::string_view word) {
  const std::string folded = fold_case(word);
  const sb_symbol* s = sb_stemmer_stem(m_stemmer, reinterpret_cast<const sb_symbol*>(folded.data()),
                                       static_cast<int>(folded.size()));
  if (s == nullptr) return folded;  // out of memory in libstemmer: keep the word
  return std::string(reinterpret_cast<const char*>(s), static_cast<std::size_t>(sb_stemmer_length(m_stemmer)));
}

std::string Stemmer::stem_text(std::string_view text, std::vector<Word>& where, std::vector<std::size_t>& starts) {
  split_words(text, where);
  starts.clear();
  std::string out;
  for (const Word& w : where) {
    if (!out.empty()) out.push_back(' ');
    starts.push_back(out.size());
    out += stem(text.substr(w.begin, w.end - w.begin));
  }
  return out;
}

}  // namespace vil

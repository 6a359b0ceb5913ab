#include "vil/stemmer.hpp"

#include <libstemmer.h>
#include <stdexcept>
#include <string>
#include <utf8proc.h>

#include "shared_library.hpp"
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

// libstemmer's entry points. The library is opened by its soname the first time a run
// stems, and stays open: linked in, its tables for every language it knows would be
// relocated at the start of every run (see CMakeLists.txt).
struct StemmerLibrary {
  decltype(&sb_stemmer_new) create = nullptr;
  decltype(&sb_stemmer_delete) destroy = nullptr;
  decltype(&sb_stemmer_stem) stem = nullptr;
  decltype(&sb_stemmer_length) length = nullptr;
};

StemmerLibrary open_stemmer_library() {
  SharedLibrary library(VIL_STEMMER_SONAME);
  if (!library)
    throw MissingLibrary("cannot load the Norwegian stemmer (" + library.error() + "); install " VIL_STEMMER_PACKAGE);
  StemmerLibrary lib;
  if (!library.find("sb_stemmer_new", lib.create) || !library.find("sb_stemmer_delete", lib.destroy) ||
      !library.find("sb_stemmer_stem", lib.stem) || !library.find("sb_stemmer_length", lib.length))
    throw MissingLibrary(std::string(VIL_STEMMER_SONAME) + " lacks libstemmer's functions; reinstall " VIL_STEMMER_PACKAGE);
  library.keep();
  return lib;
}

// Opened once per process, on first use, by whichever thread gets there first.
const StemmerLibrary& stemmer_library() {
  static const StemmerLibrary lib = open_stemmer_library();
  return lib;
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

Stemmer::Stemmer() : m_stemmer(stemmer_library().create("norwegian", "UTF_8")) {
  if (m_stemmer == nullptr) throw std::runtime_error(std::string(VIL_STEMMER_SONAME) + " has no Norwegian stemmer");
}

Stemmer::~Stemmer() { stemmer_library().destroy(m_stemmer); }

std::string Stemmer::stem(std::string_view word) {
  const std::string folded = fold_case(word);
  const StemmerLibrary& lib = stemmer_library();
  const sb_symbol* s = lib.stem(m_stemmer, reinterpret_cast<const sb_symbol*>(folded.data()),
                                       static_cast<int>(folded.size()));
  if (s == nullptr) return folded;  // out of memory in libstemmer: keep the word
  return std::string(reinterpret_cast<const char*>(s), static_cast<std::size_t>(lib.length(m_stemmer)));
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

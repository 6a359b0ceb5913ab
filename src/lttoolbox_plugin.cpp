// The analysers (and the nynorsk-bokmål dictionary) behind a C interface, built as a module of its own
// (vil-lttoolbox.so) that the Lemmatizer loads when a run first needs lemmas: lttoolbox
// brings ICU and libxml2, about 2 ms of dynamic loading that every other subcommand,
// and `vil --version`, would otherwise pay at start-up. No exception crosses this
// interface: each failure is a message the caller frees.
#include "lttoolbox_plugin.hpp"

#include <lttoolbox/fst_processor.h>
#include <lttoolbox/input_file.h>
#include <unicode/ustdio.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <string>

namespace {

char* copy_message(const std::string& s) {
  char* out = static_cast<char*>(std::malloc(s.size() + 1));
  if (out != nullptr) std::memcpy(out, s.c_str(), s.size() + 1);
  return out;
}

// A loaded transducer and what it is for.
struct LoadedTransducer {
  FSTProcessor fst;
  int mode = 0;  // 0: analysis, 1: bilingual lookup
};

}  // namespace

extern "C" {

void* vil_lt_open(const char* path, int mode, char** error) {
  *error = nullptr;
  FILE* f = std::fopen(path, "rb");
  if (f == nullptr) {
    *error = copy_message(mode == 1 ? "cannot read the dictionary" : "cannot read the analyser");
    return nullptr;
  }
  // lttoolbox (3.6 and later) writes "LTTB" first. Without it, load() reads any file as
  // a transducer in the old format: a text file "loads" and analyses nothing.
  char magic[4] = {};
  if (std::fread(magic, 1, sizeof magic, f) != sizeof magic ||
      std::memcmp(magic, "LTTB", sizeof magic) != 0) {
    std::fclose(f);
    *error = copy_message("not an lttoolbox transducer: no LTTB header");
    return nullptr;
  }
  if (std::fseek(f, 0, SEEK_SET) != 0) {  // lttoolbox reads the header again
    std::fclose(f);
    *error = copy_message("cannot read a transducer from a pipe: give a file");
    return nullptr;
  }
  LoadedTransducer* t = nullptr;
  try {
    t = new LoadedTransducer;
    t->mode = mode;
    t->fst.load(f);
    std::fclose(f);
    f = nullptr;
    if (mode == 1)
      t->fst.initBiltrans();
    else
      t->fst.initDecomposition();
    if (!t->fst.valid()) throw std::runtime_error("not a valid lttoolbox transducer");
    return t;
  } catch (const std::exception& e) {
    if (f != nullptr) std::fclose(f);
    delete t;
    *error = copy_message(std::string("not an lttoolbox transducer (") + e.what() + ")");
    return nullptr;
  }
}

char* vil_lt_analyse(void* analyser, const char* words, size_t size, size_t* out_size, char** error) {
  *error = nullptr;
  *out_size = 0;
  // fmemopen needs a buffer it may own for the call; the caller's stays untouched.
  std::string in(words, size);
  FILE* source = fmemopen(in.data(), in.size(), "r");
  char* buffer = nullptr;
  std::size_t length = 0;
  FILE* sink = open_memstream(&buffer, &length);
  if (source == nullptr || sink == nullptr) {
    if (source != nullptr) std::fclose(source);
    if (sink != nullptr) std::fclose(sink);
    std::free(buffer);
    *error = copy_message("out of memory");
    return nullptr;
  }
  try {
    InputFile input;
    input.wrap(source);  // InputFile closes its file
    UFILE* output = u_finit(sink, nullptr, "UTF-8");
    LoadedTransducer* t = static_cast<LoadedTransducer*>(analyser);
    if (t->mode == 1)
      t->fst.bilingual(input, output);
    else
      t->fst.analysis(input, output);
    u_fclose(output);
  } catch (const std::exception& e) {
    std::fclose(sink);
    std::free(buffer);
    *error = copy_message(std::string("the transducer failed (") + e.what() + ")");
    return nullptr;
  }
  std::fclose(sink);
  *out_size = length;
  return buffer;
}

void vil_lt_free(void* p) { std::free(p); }

void vil_lt_close(void* analyser) { delete static_cast<LoadedTransducer*>(analyser); }

}  // extern "C"

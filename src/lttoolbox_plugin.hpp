#pragma once
// The C interface of vil-lttoolbox.so (src/lttoolbox_plugin.cpp), which the Lemmatizer
// loads with dlopen: the analyser's libraries load only in runs that need lemmas.

#include <cstddef>

extern "C" {
// Loads a compiled lttoolbox transducer: an analyser (mode 0, compounds decomposed) or a
// bilingual dictionary (mode 1). Null on failure, with *error a message to free with
// vil_lt_free.
void* vil_lt_open(const char* path, int mode, char** error);
// Runs an analyser on newline-separated words, or a bilingual dictionary on
// newline-separated "^lemma<tags>$" units; returns its output ("^input/output/...$"
// units), *out_size bytes, to free with vil_lt_free. Null on failure, with *error.
char* vil_lt_analyse(void* analyser, const char* words, size_t size, size_t* out_size, char** error);
void vil_lt_free(void* p);
void vil_lt_close(void* analyser);
}

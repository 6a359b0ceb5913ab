#pragma once

// A shared library opened at run time (dlopen), for the libraries vil loads only when a
// run needs them: libstemmer, and vil's own lttoolbox module.

#include <dlfcn.h>

#include <string>
#include <utility>

namespace vil {

// Open while the object lives (or for the rest of the process, after keep()).
class SharedLibrary {
 public:
  // Opens file (a path or a soname); when it cannot, the object is empty and
  // error() says why in the loader's words.
  explicit SharedLibrary(const std::string& file) : m_handle(dlopen(file.c_str(), RTLD_NOW | RTLD_LOCAL)) {
    if (m_handle == nullptr) {
      const char* why = dlerror();
      m_error = why != nullptr ? why : file + ": cannot be loaded";
    }
  }
  ~SharedLibrary() {
    if (m_handle != nullptr) dlclose(m_handle);
  }
  SharedLibrary(const SharedLibrary&) = delete;
  SharedLibrary& operator=(const SharedLibrary&) = delete;

  explicit operator bool() const { return m_handle != nullptr; }
  const std::string& error() const { return m_error; }

  // Sets function to the library's symbol `name`; false when it has none.
  template <class Function>
  bool find(const char* name, Function*& function) const {
    function = m_handle == nullptr ? nullptr : reinterpret_cast<Function*>(dlsym(m_handle, name));
    return function != nullptr;
  }

  // Leaves the library open when this object goes: for functions kept for the whole run.
  void keep() { m_handle = nullptr; }

 private:
  void* m_handle;
  std::string m_error;
};

}  // namespace vil

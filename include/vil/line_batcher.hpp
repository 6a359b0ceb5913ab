#pragma once

// Reading JSON Lines input: bytes from a source (the seam between the core and files),
// handed out as batches of whole lines or line by line, with simdjson's padding after each.

#include <simdjson.h>

#include <cstddef>
#include <memory>
#include <new>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "vil/limits.hpp"

namespace vil {

// Bytes readable after every line a LineReader hands out (simdjson reads ahead).
inline constexpr std::size_t k_json_padding = simdjson::SIMDJSON_PADDING;

// An allocator whose resize leaves new elements uninitialised. A batch buffer is
// written by read() before anything reads it, and zeroing the megabyte a batch may
// take cost a small input more than everything else it read (vil tag on one record:
// 45 -> 41 ms, vil grep 12 -> 7 ms, on a 2-core VM).
template <class T>
struct UninitAllocator : std::allocator<T> {
  template <class U>
  struct rebind {
    using other = UninitAllocator<U>;
  };
  UninitAllocator() = default;
  template <class U>
  UninitAllocator(const UninitAllocator<U>& other) noexcept : std::allocator<T>(other) {}
  template <class U>
  void construct(U* p) noexcept {
    ::new (static_cast<void*>(p)) U;
  }
  template <class U, class... A>
  void construct(U* p, A&&... args) {
    ::new (static_cast<void*>(p)) U(std::forward<A>(args)...);
  }
};

// The bytes of a batch, then k_json_padding zero bytes.
using ByteBuffer = std::vector<char, UninitAllocator<char>>;

// Where the bytes of a JSON Lines input come from: a file or pipe (the front end), a
// string (tests, fuzzers).
class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Reads up to cap bytes into buf and sets got (0 at the end). False on a read error,
  // with a one-line reason in err.
  virtual bool read(char* buf, std::size_t cap, std::size_t& got, std::string& err) = 0;
};

// A ByteSource over a string that the caller keeps alive.
class StringSource : public ByteSource {
 public:
  explicit StringSource(std::string_view bytes) : m_bytes(bytes) {}
  bool read(char* buf, std::size_t cap, std::size_t& got, std::string& err) override;

 private:
  std::string_view m_bytes;
};

// Bytes a LineBatcher aims to hand out at a time.
inline constexpr std::size_t k_batch_bytes = std::size_t{1} << 20;

// Reads a source in batches of whole lines, so that lines can be handed out in place
// or to other threads: a batch ends with "\n" (or at the end of the input), holds at
// least one line, and is followed by k_json_padding readable bytes. A batch is about
// batch_bytes long; shorter when the source has no more to give yet (a pipe), longer
// when one line is. A UTF-8 byte order mark at the start of the input is dropped. A line
// longer than max_line is an error (too_long()), found before more than about max_line
// plus one read is held: memory stays bounded whatever the input.
class LineBatcher {
 public:
  enum class Status { batch, end, error };

  explicit LineBatcher(ByteSource& source, std::size_t batch_bytes = k_batch_bytes,
                       std::size_t max_line = k_max_record_bytes);
  // Fills buf[0, size) with the next batch, growing buf as needed. A read error is
  // reported after the whole lines read before it (the partial line is lost with it).
  Status next(ByteBuffer& buf, std::size_t& size, std::string& err);
  // After Status::error: true when the error is a line over max_line (the line after
  // those handed out), false for a read error.
  bool too_long() const { return m_too_long; }

 private:
  ByteSource& m_source;
  std::size_t m_batch_bytes;
  std::size_t m_max_line;
  bool m_too_long = false;
  std::string m_carry;  // the start of a line that the last batch ended before
  bool m_eof = false;
  bool m_bom_checked = false;
  bool m_failed = false;
  std::string m_error;  // the read error to report once the lines before it are out
};

// Splits a source into lines, without their "\n" or "\r\n" (and without a UTF-8 byte
// order mark before the first). A line stays valid until the next call, and
// k_json_padding bytes after it are readable. Memory holds one batch and the longest
// line, never the whole input.
class LineReader {
 public:
  enum class Status { line, end, error };

  explicit LineReader(ByteSource& source, std::size_t batch_bytes = k_batch_bytes,
                      std::size_t max_line = k_max_record_bytes)
      : m_batcher(source, batch_bytes, max_line) {}
  Status next(std::string_view& line, std::string& err);
  // 1-based number of the last line handed out.
  std::size_t line_number() const { return m_line; }

 private:
  LineBatcher m_batcher;
  ByteBuffer m_batch;
  std::size_t m_size = 0;  // bytes of the current batch
  std::size_t m_pos = 0;   // start of its next line
  std::size_t m_line = 0;
};

// The next line of batch[pos, size) without its "\n" or "\r\n"; pos moves past it.
std::string_view next_line(const char* batch, std::size_t size, std::size_t& pos);

// True when the line holds nothing but spaces: a JSON Lines reader skips it.
bool is_blank_line(std::string_view line);

// Counts the "\n" bytes of data[0, size).
std::size_t count_newlines(const char* data, std::size_t size);

}  // namespace vil

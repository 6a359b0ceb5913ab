#include "vil/line_batcher.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace {

using Strings = std::vector<std::string>;

constexpr std::size_t k_mib = 1 << 20;

// Everything a LineReader hands out, and how it stopped.
struct Lines {
  Strings lines;
  std::vector<std::size_t> numbers;  // line_number() after each line
  vil::LineReader::Status last = vil::LineReader::Status::line;
  std::string err;
};

Lines read_all(vil::ByteSource& source) {
  vil::LineReader reader(source);
  Lines out;
  std::string_view line;
  while ((out.last = reader.next(line, out.err)) == vil::LineReader::Status::line) {
    out.lines.emplace_back(line);
    out.numbers.push_back(reader.line_number());
  }
  return out;
}

Lines read_all(std::string_view input) {
  vil::StringSource source(input);
  return read_all(source);
}

// Hands out at most m_chunk bytes per read, so lines straddle every read.
class ChunkSource : public vil::ByteSource {
 public:
  ChunkSource(std::string_view bytes, std::size_t chunk) : m_bytes(bytes), m_chunk(chunk) {}
  bool read(char* buf, std::size_t cap, std::size_t& got, std::string&) override {
    got = std::min({cap, m_chunk, m_bytes.size()});
    std::copy_n(m_bytes.data(), got, buf);
    m_bytes.remove_prefix(got);
    return true;
  }

 private:
  std::string_view m_bytes;
  std::size_t m_chunk;
};

// Hands out its bytes, then fails.
class FailingSource : public vil::ByteSource {
 public:
  explicit FailingSource(std::string_view bytes) : m_bytes(bytes) {}
  bool read(char* buf, std::size_t cap, std::size_t& got, std::string& err) override {
    if (m_bytes.empty()) {
      err = "Input/output error";
      return false;
    }
    got = std::min(cap, m_bytes.size());
    std::copy_n(m_bytes.data(), got, buf);
    m_bytes.remove_prefix(got);
    return true;
  }

 private:
  std::string_view m_bytes;
};

// Every batch a LineBatcher hands out, and how it stopped.
struct Batches {
  Strings batches;
  vil::LineBatcher::Status last = vil::LineBatcher::Status::batch;
  std::string err;
  bool padded = true;  // every batch had k_json_padding bytes after it
};

Batches batch_all(vil::ByteSource& source, std::size_t batch_bytes,
                  std::size_t max_line = vil::k_max_record_bytes, bool* too_long = nullptr) {
  vil::LineBatcher batcher(source, batch_bytes, max_line);
  Batches out;
  vil::ByteBuffer buf;
  std::size_t size = 0;
  while ((out.last = batcher.next(buf, size, out.err)) == vil::LineBatcher::Status::batch) {
    out.batches.emplace_back(buf.data(), size);
    if (buf.size() < size + vil::k_json_padding) out.padded = false;
  }
  if (too_long != nullptr) *too_long = batcher.too_long();
  return out;
}

}  // namespace

TEST_CASE("vil::LineBatcher") {
  using Status = vil::LineBatcher::Status;

  SUBCASE("batches of whole lines that add up to the input") {
    std::string input;
    for (int i = 0; i < 1000; ++i) input += "line " + std::to_string(i) + (i % 4 == 0 ? "\r\n" : "\n");
    for (const std::size_t batch_bytes : {1, 7, 64, 1000, 1 << 20}) {
      for (const std::size_t chunk : {1, 3, 4096, 1 << 21}) {
        CAPTURE(batch_bytes);
        CAPTURE(chunk);
        ChunkSource source(input, chunk);
        const Batches b = batch_all(source, batch_bytes);
        CHECK(b.last == Status::end);
        CHECK(b.padded);
        std::string joined;
        bool whole = true;
        for (const std::string& batch : b.batches) {
          joined += batch;
          whole = whole && !batch.empty() && batch.back() == '\n';
        }
        CHECK(joined == input);
        CHECK(whole);
      }
    }
  }
  SUBCASE("a line longer than a batch comes whole, in a batch of at most twice its size") {
    const std::string long_line = std::string(5000, 'b') + "\n";
    const std::string input = std::string(100, 'a') + "\n" + long_line + "c\nd\ne\n";
    vil::StringSource source(input);
    const Batches b = batch_all(source, 64);
    std::string joined;
    bool has_long_line = false;
    std::size_t largest = 0;
    for (const std::string& batch : b.batches) {
      joined += batch;
      has_long_line = has_long_line || batch.find(long_line) != std::string::npos;
      largest = std::max(largest, batch.size());
    }
    CHECK(joined == input);
    CHECK(has_long_line);
    CHECK(largest <= 2 * (long_line.size() + 64));
    CHECK(b.batches.front() == std::string(100, 'a') + "\n");
  }
  SUBCASE("lines shorter than a batch: batches of about batch_bytes") {
    std::string input;
    for (int i = 0; i < 100000; ++i) input += "0123456789\n";
    vil::StringSource source(input);
    const Batches b = batch_all(source, 4096);
    REQUIRE(b.batches.size() > 1);
    for (std::size_t i = 0; i + 1 < b.batches.size(); ++i) {
      CHECK(b.batches[i].size() <= 4096);
      CHECK(b.batches[i].size() > 4096 - 11);
    }
  }
  SUBCASE("the last line may lack its newline") {
    vil::StringSource source("a\nb");
    const Batches b = batch_all(source, 1 << 20);
    CHECK(b.batches == Strings{"a\n", "b"});  // the read stopped short at "b": no more yet
  }
  SUBCASE("a byte order mark at the start is dropped, even when read a byte at a time") {
    ChunkSource source("\xEF\xBB\xBF{}\n{}\n", 1);
    const Batches b = batch_all(source, 1 << 20);
    std::string joined;
    for (const std::string& batch : b.batches) joined += batch;
    CHECK(joined == "{}\n{}\n");
  }
  SUBCASE("a byte order mark later on stays") {
    vil::StringSource source("a\n\xEF\xBB\xBF\n");
    CHECK(batch_all(source, 1 << 20).batches == Strings{"a\n\xEF\xBB\xBF\n"});
  }
  SUBCASE("empty input: no batch") {
    vil::StringSource source("");
    const Batches b = batch_all(source, 1 << 20);
    CHECK(b.batches.empty());
    CHECK(b.last == Status::end);
  }
  SUBCASE("a line over max_line is an error after the lines before it, read no further") {
    const std::string input = "a\nbb\n" + std::string(1000, 'x') + "\nc\n";
    for (const std::size_t chunk : {1, 7, 4096}) {
      CAPTURE(chunk);
      ChunkSource source(input, chunk);
      bool too_long = false;
      const Batches b = batch_all(source, 4, 100, &too_long);
      std::string joined;
      for (const std::string& batch : b.batches) joined += batch;
      CHECK(joined == "a\nbb\n");
      CHECK(b.last == Status::error);
      CHECK(too_long);
      CHECK(b.err == "a line longer than 100 bytes, the most vil reads as one record (is this JSON Lines?)");
    }
    const std::string hundred = std::string(100, 'x') + "\n";  // at the limit: read
    vil::StringSource exact(hundred);
    bool too_long = true;
    CHECK(batch_all(exact, 4, 101, &too_long).last == Status::end);
    CHECK(!too_long);
  }
  SUBCASE("a read error comes after the whole lines read before it") {
    FailingSource source("a\nb\nc");
    const Batches b = batch_all(source, 1 << 20);
    CHECK(b.batches == Strings{"a\nb\n"});
    CHECK(b.last == Status::error);
    CHECK(b.err == "Input/output error");
    vil::LineBatcher batcher(source);
    CHECK(!batcher.too_long());
  }
}

TEST_CASE("vil::count_newlines") {
  // Lengths around the 16-byte steps and the 255-step flush, at every alignment.
  std::string text;
  for (std::size_t i = 0; i < 20000; ++i)
    text += (i * 7919) % 13 == 0 ? '\n' : static_cast<char>('a' + i % 26);
  for (const std::size_t offset : {0, 1, 5, 15}) {
    for (const std::size_t size : {0, 1, 15, 16, 17, 255 * 16 - 1, 255 * 16, 255 * 16 + 1, 9999, 19000}) {
      CAPTURE(offset);
      CAPTURE(size);
      const char* data = text.data() + offset;
      CHECK(vil::count_newlines(data, size) == static_cast<std::size_t>(std::count(data, data + size, '\n')));
    }
  }
  const std::string all(100000, '\n');
  CHECK(vil::count_newlines(all.data(), all.size()) == 100000);
}

TEST_CASE("vil::LineReader") {
  using Status = vil::LineReader::Status;

  SUBCASE("LF line ends") {
    const Lines r = read_all("a\nbc\n");
    CHECK(r.lines == Strings{"a", "bc"});
    CHECK(r.numbers == std::vector<std::size_t>{1, 2});
    CHECK(r.last == Status::end);
  }
  SUBCASE("CRLF line ends lose their \\r") { CHECK(read_all("a\r\nbc\r\n").lines == Strings{"a", "bc"}); }
  SUBCASE("a \\r inside a line stays") { CHECK(read_all("a\rb\r\n").lines == Strings{"a\rb"}); }
  SUBCASE("no final newline: the last line is still a line") {
    CHECK(read_all("a\nb").lines == Strings{"a", "b"});
    CHECK(read_all("a\r\nb\r").lines == Strings{"a", "b"});
  }
  SUBCASE("empty input: no lines") {
    vil::StringSource source("");
    vil::LineReader reader(source);
    std::string_view line;
    std::string err;
    CHECK(reader.next(line, err) == Status::end);
    CHECK(reader.line_number() == 0);
    CHECK(reader.next(line, err) == Status::end);  // and it stays at the end
  }
  SUBCASE("blank lines are lines, and count") {
    const Lines r = read_all("a\n\n  \n\r\nb\n");
    CHECK(r.lines == Strings{"a", "", "  ", "", "b"});
    CHECK(r.numbers == std::vector<std::size_t>{1, 2, 3, 4, 5});
    CHECK(read_all("\n").lines == Strings{""});
  }
  SUBCASE("a line of 3 MiB, longer than a read block") {
    std::string input(3 * k_mib, 'x');
    input += "\nafter\n";
    const Lines r = read_all(input);
    REQUIRE(r.lines.size() == 2);
    CHECK(r.lines[0].size() == 3 * k_mib);
    CHECK(std::all_of(r.lines[0].begin(), r.lines[0].end(), [](char c) { return c == 'x'; }));
    CHECK(r.lines[1] == "after");
    CHECK(r.numbers == std::vector<std::size_t>{1, 2});
    CHECK(r.last == Status::end);
  }
  SUBCASE("newlines right at the end of the first block and just after it") {
    for (const std::size_t first : {k_mib - 1, k_mib, k_mib + 1}) {
      CAPTURE(first);
      const std::string input = std::string(first, 'a') + "\nb\n" + std::string(first, 'c');
      const Lines r = read_all(input);
      REQUIRE(r.lines.size() == 3);
      CHECK(r.lines[0] == std::string(first, 'a'));
      CHECK(r.lines[1] == "b");
      CHECK(r.lines[2] == std::string(first, 'c'));
    }
  }
  SUBCASE("many small lines across block boundaries, numbered exactly, each parseable in place") {
    // About 5 MiB of records, so lines straddle several 1 MiB blocks.
    std::string input;
    constexpr std::size_t k_count = 250000;
    for (std::size_t i = 0; i < k_count; ++i) {
      input += "{\"n\":" + std::to_string(i) + ",\"text\":\"" + std::string(i % 7, 'z') + "\"}";
      input += i % 3 == 0 ? "\r\n" : "\n";
    }
    REQUIRE(input.size() > 4 * k_mib);
    vil::StringSource source(input);
    vil::LineReader reader(source);
    simdjson::dom::parser parser;
    std::string_view line;
    std::string err;
    std::size_t seen = 0;
    std::size_t wrong_number = 0;
    std::size_t wrong_value = 0;
    while (reader.next(line, err) == Status::line) {
      if (reader.line_number() != seen + 1) ++wrong_number;
      // realloc_if_needed=false: simdjson reads the padding after the line where it lies.
      simdjson::dom::element doc;
      std::int64_t n = -1;
      if (parser.parse(line.data(), line.size(), false).get(doc) != simdjson::SUCCESS ||
          doc["n"].get(n) != simdjson::SUCCESS || n != static_cast<std::int64_t>(seen))
        ++wrong_value;
      ++seen;
    }
    CHECK(seen == k_count);
    CHECK(wrong_number == 0);
    CHECK(wrong_value == 0);
  }
  SUBCASE("a source that hands out a few bytes at a time") {
    const std::string input = "{\"a\":1}\r\n\nsecond line\nlast";
    for (const std::size_t chunk : {1, 2, 3, 5}) {
      CAPTURE(chunk);
      ChunkSource source(input, chunk);
      const Lines r = read_all(source);
      CHECK(r.lines == Strings{"{\"a\":1}", "", "second line", "last"});
      CHECK(r.last == Status::end);
    }
  }
  SUBCASE("a read error is an error with the source's message") {
    FailingSource source("a\nb");
    vil::LineReader reader(source);
    std::string_view line;
    std::string err;
    REQUIRE(reader.next(line, err) == Status::line);
    CHECK(line == "a");
    CHECK(reader.next(line, err) == Status::error);
    CHECK(err == "Input/output error");
    CHECK(reader.line_number() == 1);
  }
  SUBCASE("a read error before any line") {
    FailingSource source("");
    const Lines r = read_all(source);
    CHECK(r.lines.empty());
    CHECK(r.last == Status::error);
    CHECK(r.err == "Input/output error");
  }
}

TEST_CASE("vil::StringSource") {
  vil::StringSource source("abcde");
  char buf[8] = {};
  std::size_t got = 99;
  std::string err;
  REQUIRE(source.read(buf, 3, got, err));
  CHECK(got == 3);
  CHECK(std::string_view(buf, got) == "abc");
  REQUIRE(source.read(buf, 8, got, err));
  CHECK(got == 2);
  CHECK(std::string_view(buf, got) == "de");
  REQUIRE(source.read(buf, 8, got, err));
  CHECK(got == 0);
}

TEST_CASE("vil::is_blank_line") {
  CHECK(vil::is_blank_line(""));
  CHECK(vil::is_blank_line(" "));
  CHECK(vil::is_blank_line(" \t \r"));
  CHECK_FALSE(vil::is_blank_line(" x "));
  CHECK_FALSE(vil::is_blank_line("{}"));
  CHECK_FALSE(vil::is_blank_line("\xC2\xA0"));  // a no-break space is not JSON whitespace
}

#pragma once

// Reading JSON Lines records for the filters (grep, tag, stats): every input in turn,
// one line at a time, invalid lines reported with their file and line.

#include <string>
#include <string_view>
#include <vector>

#include "cli_io.hpp"
#include "cli_progress.hpp"
#include "vil/jsonl.hpp"

#include <CLI/CLI.hpp>

namespace vil::cli {

// Options every filter shares.
struct RecordInputOptions {
  std::vector<std::string> files;  // none: standard input
  bool skip_invalid = false;
  bool require_text = true;        // a record must have a "text" string
};

// A check for options that take a whole number >= 0, with a message a person reads.
CLI::Validator whole_number();

// Declares the files positional and --skip-invalid on app.
void add_record_input_options(CLI::App& app, RecordInputOptions& options);

// One record as read.
struct InputRecord {
  std::string_view file;  // as diagnostics name it ("stdin" for -)
  std::size_t line = 0;
  std::string_view raw;   // the line, without its newline
  simdjson::dom::element root;  // the record as a value
  simdjson::dom::object object;  // the same, as an object
};

// Reads the records of every input. An invalid line ends that input with
// "vil: FILE:LINE: reason" (exit 2 at the end); with skip_invalid it is warned about,
// counted and skipped. Blank lines are skipped.
class RecordReader {
 public:
  explicit RecordReader(const RecordInputOptions& options)
      : m_options(options), m_parser(options.require_text) {}

  // Calls fn(const InputRecord&) for each record until fn returns false. fn may also
  // be told where an input starts and ends (on_input). Returns false when an input
  // could not be read or held an invalid line that was not skipped.
  template <class Fn>
  bool for_each(Fn&& fn);

  bool failed() const { return m_failed; }

 private:
  bool open(const std::string& path, int& fd, std::string& name);

  const RecordInputOptions& m_options;
  RecordParser m_parser;
  bool m_failed = false;
};

// A ByteSource reading a file descriptor.
class FdSource : public ByteSource {
 public:
  explicit FdSource(int fd) : m_fd(fd) {}
  bool read(char* buf, std::size_t cap, std::size_t& got, std::string& err) override;

 private:
  int m_fd;
};

void close_fd(int fd);

// Reports one skipped line, or the count once too many were reported for this input.
void report_skipped(std::string_view file, std::size_t line, const std::string& why, std::size_t& skipped);

template <class Fn>
bool RecordReader::for_each(Fn&& fn) {
  std::vector<std::string> files = m_options.files;
  if (files.empty()) files.push_back("-");
  Progress progress("reading");
  std::size_t records = 0;
  for (const std::string& path : files) {
    int fd = -1;
    std::string name;
    if (!open(path, fd, name)) continue;
    FdSource source(fd);
    LineReader lines(source);
    std::string_view raw;
    std::string err;
    std::size_t skipped = 0;
    bool stop = false;
    while (!stop) {
      const LineReader::Status status = lines.next(raw, err);
      if (status == LineReader::Status::end) break;
      if (status == LineReader::Status::error) {
        report({name, 0, err});
        m_failed = true;
        break;
      }
      if (is_blank_line(raw)) continue;
      InputRecord record{name, lines.line_number(), raw, {}, {}};
      if (!m_parser.parse(raw, record.root, record.object, err)) {
        if (m_options.skip_invalid) {
          report_skipped(name, record.line, err, skipped);
          continue;
        }
        report({name, record.line, err});
        m_failed = true;
        break;
      }
      stop = !fn(record);
      progress.update(++records, 0, "records");
    }
    if (skipped > 0)
      report({name, 0, "skipped " + std::to_string(skipped) + " invalid line" + (skipped == 1 ? "" : "s")});
    close_fd(fd);
    if (stop) break;
  }
  return !m_failed;
}

}  // namespace vil::cli

#pragma once

// Reading JSON Lines records for the filters (grep, tag, stats): every input in turn,
// one line at a time, invalid lines reported with their file and line.

#include <CLI/CLI.hpp>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "cli_io.hpp"
#include "cli_progress.hpp"
#include "vil/line_batcher.hpp"
#include "vil/record_parser.hpp"

namespace vil::cli {

// Options every filter shares.
struct RecordInputOptions {
  std::vector<std::string> files;  // none: standard input
  bool skip_invalid = false;
  bool require_text = true;         // a record must have a "text" string
  unsigned threads = 0;             // for for_each_mapped; 0: one per CPU, at most 8
  std::string command = "reading";  // names the work in the progress line ("grep")
};

// A check for options that take a whole number >= 0, with a message a person reads.
CLI::Validator whole_number();

// Declares the files positional and --skip-invalid on app, and -j/--threads for the
// filters that read through for_each_mapped.
// The -j/--threads option, declared once for every subcommand that has it (what: what
// the threads do, for --help).
void add_threads_option(CLI::App& app, unsigned& threads, const std::string& what);

// The threads a --threads value means: 0 is one per CPU the process may use, at most 8.
unsigned thread_count(unsigned requested);

void add_record_input_options(CLI::App& app, RecordInputOptions& options, bool threads = false);

// One record as read.
struct InputRecord {
  std::string_view file;  // as diagnostics name it ("stdin" for -)
  std::size_t line = 0;
  std::string_view raw;          // the line, without its newline
  simdjson::dom::element root;   // the record as a value
  simdjson::dom::object object;  // the same, as an object
};

// What a filter's work on one record (on a worker thread) hands to the step that runs
// on the calling thread, in input order.
struct Mapped {
  std::size_t line = 0;               // in its input
  std::string problem;                // not empty: the line is not a record the filter can use
  std::vector<std::string> warnings;  // reported with the line's place; the record is kept
  std::string key;                    // what the in-order step needs of the record (grep: its doc)
  unsigned flags = 0;                 // the filter's own
  std::size_t out_begin = 0;          // what map wrote for the record, within its batch's output
  std::size_t out_end = 0;
};

// A filter's work on one record: appends what to write for r to out, and fills m.
// Each worker thread has its own MapFn, so it may keep scratch state.
using MapFn = std::function<void(const InputRecord& r, std::string& out, Mapped& m)>;
// The in-order step, for each record whose map left no problem: out is what map wrote.
// Returns false to stop reading.
using ReduceFn = std::function<bool(std::string_view out, const Mapped& m)>;

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

  // The same for filters whose work on a record depends on that record alone: map runs
  // on options.threads worker threads (each made by make_map), batch by batch, and
  // reduce sees the results in input order, so the output is the same for any number
  // of threads. An input of one batch (about 1 MiB) is read on the calling thread.
  bool for_each_mapped(const std::function<MapFn()>& make_map, const ReduceFn& reduce);

  bool failed() const { return m_failed; }

 private:
  class MappedRun;

  bool open(const std::string& path, int& fd, std::string& name);
  // Reports an invalid line (or counts it, with skip_invalid). True when it ends the input.
  bool invalid_line(std::string_view file, std::size_t line, const std::string& why, std::size_t& skipped);

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

// Reports how many invalid lines of an input were skipped, if any.
void report_skipped_total(std::string_view file, std::size_t skipped);

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
        note_trouble();
        break;
      }
      if (is_blank_line(raw)) continue;
      InputRecord record{name, lines.line_number(), raw, {}, {}};
      if (!m_parser.parse(raw, record.root, record.object, err)) {
        if (invalid_line(name, record.line, err, skipped)) break;
        continue;
      }
      stop = !fn(record);
      progress.update(++records, 0, "records");
    }
    report_skipped_total(name, skipped);
    close_fd(fd);
    if (stop) break;
  }
  return !m_failed;
}

}  // namespace vil::cli

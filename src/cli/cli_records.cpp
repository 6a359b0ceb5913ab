#include "cli_records.hpp"

#include <fcntl.h>
#include <sched.h>
#include <sys/stat.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <deque>
#include <exception>
#include <memory>
#include <thread>

#include "cli_options.hpp"
#include "map_pool.hpp"

namespace vil::cli {
namespace {

constexpr std::size_t k_skipped_reported = 10;  // per input; the rest are counted
constexpr unsigned k_max_threads = 8;           // default and upper bound of --threads

// The CPUs this process may run on (taskset, cgroups' cpusets), at least 1.
unsigned available_cpus() {
  cpu_set_t set;
  if (sched_getaffinity(0, sizeof set, &set) == 0) return std::max(1, CPU_COUNT(&set));
  return std::max(1U, std::thread::hardware_concurrency());
}

// A run of whole lines of one input, and what the filter made of its records.
struct Batch {
  vil::ByteBuffer bytes;  // the lines, then k_json_padding spare bytes
  std::size_t size = 0;
  std::string_view file;
  std::size_t first_line = 0;
  std::size_t newlines = 0;
  std::vector<Mapped> items;  // one per non-blank line
  std::string out;            // what map wrote, for every item in turn
  bool done = false;          // guarded by the pool's mutex
  std::exception_ptr failure;
};

// A worker thread's own state: its parser and its copy of the filter's work.
struct Worker {
  RecordParser parser;
  MapFn map;
};

// Parses each line of a batch and runs the filter's map on each record.
void map_batch(Batch& b, Worker& w) {
  b.items.clear();
  b.out.clear();
  InputRecord r{b.file, 0, {}, {}, {}};
  w.parser.parse_batch(
      b.bytes.data(), b.size, b.newlines,
      [&](const ParsedLine& line) {
        Mapped& m = b.items.emplace_back();
        m.line = b.first_line + line.index;
        if (!line.problem.empty()) {
          m.problem = line.problem;
          // Prose on the first line: a document given where records were expected.
          if (m.line == 1 && looks_like_prose(line.raw))
            m.problem = "not JSON Lines but text (make records of a document with: vil extract FILE)";
          return;
        }
        r.line = m.line;
        r.raw = line.raw;
        r.root = line.root;
        r.object = line.object;
        m.out_begin = b.out.size();
        w.map(r, b.out, m);
        m.out_end = b.out.size();
      },
      [&] {
        b.items.clear();
        b.out.clear();
      });
}

using BatchPool = MapPool<Batch, Worker>;

}  // namespace

CLI::Validator whole_number() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        const bool digits =
            !value.empty() && value.size() < 10 && value.find_first_not_of("0123456789") == std::string::npos;
        return digits ? std::string() : value + " is not a whole number >= 0";
      },
      "N>=0");
}

void add_record_input_options(CLI::App& app, RecordInputOptions& options, bool threads) {
  app.add_option("file", options.files, "JSON Lines files to read; '-' or none: standard input")
      ->type_name("FILE...");
  add_skip_invalid_option(app, options.skip_invalid);
  if (threads) add_threads_option(app, options.threads, "threads that parse and match records");
}

void add_threads_option(CLI::App& app, unsigned& threads, const std::string& what) {
  app.add_option("-j,--threads", threads,
                 what + "; output order never depends on it; default: one per CPU, at most 8")
      ->check(CLI::Validator(
          [](std::string& value) -> std::string {
            const bool ok = !value.empty() && value.size() <= 2 &&
                            value.find_first_not_of("0123456789") == std::string::npos &&
                            std::stoi(value) >= 1 && std::stoi(value) <= 64;
            return ok ? std::string() : value + " is not a number of threads from 1 to 64";
          },
          "1..64"))
      ->type_name("N");
}

unsigned thread_count(unsigned requested) {
  return requested > 0 ? requested : std::min(available_cpus(), k_max_threads);
}

bool FdSource::read(char* buf, std::size_t cap, std::size_t& got, std::string& err) {
  while (true) {
    const ssize_t n = ::read(m_fd, buf, cap);
    if (n >= 0) {
      got = static_cast<std::size_t>(n);
      return true;
    }
    if (errno == EINTR) continue;
    err = std::strerror(errno);
    return false;
  }
}

void close_fd(int fd) {
  if (fd != STDIN_FILENO) ::close(fd);
}

bool RecordReader::open(const std::string& path, int& fd, std::string& name) {
  name = path == "-" ? "stdin" : path;
  fd = path == "-" ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    report({name, 0, std::strerror(errno)});
    m_failed = true;
    note_trouble();
    return false;
  }
  struct stat st {};
  if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    report({name, 0, "is a directory"});
    close_fd(fd);
    m_failed = true;
    note_trouble();
    return false;
  }
  return true;
}

bool RecordReader::invalid_line(std::string_view file, std::size_t line, const std::string& why,
                                std::size_t& skipped) {
  if (m_options.skip_invalid) {
    ++skipped;
    if (skipped <= k_skipped_reported) report({std::string(file), line, why + "; skipped"});
    return false;
  }
  report({std::string(file), line, why});
  m_failed = true;
  note_trouble();
  return true;
}

void report_skipped_total(std::string_view file, std::size_t skipped) {
  if (skipped > 0)
    report({std::string(file), 0,
            "skipped " + std::to_string(skipped) + " invalid line" + (skipped == 1 ? "" : "s")});
}

// One for_each_mapped: the workers, the pool once started, and the batches, kept
// across inputs.
class RecordReader::MappedRun {
 public:
  MappedRun(RecordReader& reader, const std::function<MapFn()>& make_map, const ReduceFn& reduce)
      : m_reader(reader), m_make_map(make_map), m_reduce(reduce) {
    const unsigned n = reader.m_options.threads;
    m_threads = thread_count(n);
  }

  // Reads one input to its end, or to an invalid line. False when reduce said stop.
  bool read_input(int fd, const std::string& name);

  // Adds n to the bytes the inputs hold, for the progress line's percentage.
  void expect_bytes(std::uint64_t n) { m_total_bytes += n; }

 private:
  std::unique_ptr<Worker> make_worker() {
    return std::make_unique<Worker>(Worker{RecordParser(m_reader.m_options.require_text), m_make_map()});
  }
  std::unique_ptr<Batch> take_batch();
  void start_pool();
  void map_here(std::unique_ptr<Batch> b);  // on this thread, then finish
  void finish_oldest();                     // waits for the oldest batch in flight, then finishes it
  void finish(const Batch& b);              // the in-order step

  RecordReader& m_reader;
  const std::function<MapFn()>& m_make_map;
  const ReduceFn& m_reduce;
  unsigned m_threads = 1;
  std::unique_ptr<Worker> m_own;  // this thread's worker
  std::vector<std::unique_ptr<Worker>> m_pool_workers;
  std::vector<std::unique_ptr<Batch>> m_spare;
  std::deque<std::unique_ptr<Batch>> m_in_flight;  // submitted, in input order
  std::unique_ptr<BatchPool> m_pool;               // after the batches: stopped before they go
  Progress m_progress{m_reader.m_options.command};
  std::size_t m_records = 0;
  std::uint64_t m_total_bytes = 0;  // of the inputs that are regular files; 0: unknown
  std::uint64_t m_done_bytes = 0;   // of the batches finished
  // The input being read.
  std::string_view m_name;
  std::size_t m_skipped = 0;
  bool m_ended = false;  // an invalid line (or reduce) ended it
  bool m_stop = false;   // reduce said stop
};

std::unique_ptr<Batch> RecordReader::MappedRun::take_batch() {
  if (m_spare.empty()) return std::make_unique<Batch>();
  std::unique_ptr<Batch> b = std::move(m_spare.back());
  m_spare.pop_back();
  return b;
}

void RecordReader::MappedRun::start_pool() {
  if (!m_own) m_own = make_worker();
  while (m_pool_workers.size() + 1 < m_threads)
    m_pool_workers.push_back(make_worker());  // this thread maps too
  m_pool = std::make_unique<BatchPool>(map_batch, *m_own, m_pool_workers);
}

void RecordReader::MappedRun::map_here(std::unique_ptr<Batch> b) {
  if (!m_own) m_own = make_worker();
  map_batch(*b, *m_own);
  finish(*b);
  m_spare.push_back(std::move(b));
}

void RecordReader::MappedRun::finish_oldest() {
  std::unique_ptr<Batch> b = std::move(m_in_flight.front());
  m_in_flight.pop_front();
  m_pool->wait(*b);
  finish(*b);
  m_spare.push_back(std::move(b));
}

void RecordReader::MappedRun::finish(const Batch& b) {
  for (const Mapped& m : b.items) {
    if (m_ended) return;
    if (!m.problem.empty()) {
      m_ended = m_reader.invalid_line(m_name, m.line, m.problem, m_skipped);
      continue;
    }
    for (const std::string& w : m.warnings) report({std::string(m_name), m.line, w});
    if (!m_reduce(std::string_view(b.out).substr(m.out_begin, m.out_end - m.out_begin), m)) {
      m_ended = m_stop = true;
      return;
    }
    ++m_records;
    if (m_progress.due()) {
      std::string line = std::to_string(m_records) + " records";
      if (m_total_bytes > 0) {
        const std::uint64_t percent = std::min<std::uint64_t>(99, m_done_bytes * 100 / m_total_bytes);
        line += ", " + std::to_string(percent) + "% of " +
                std::to_string((m_total_bytes + 500000) / 1000000) + " MB";
      }
      m_progress.show(line);
    }
  }
  m_done_bytes += b.size;
}

bool RecordReader::MappedRun::read_input(int fd, const std::string& name) {
  FdSource source(fd);
  LineBatcher batcher(source);
  m_name = name;
  m_skipped = 0;
  m_ended = false;
  std::size_t lines = 0;
  std::string err;
  // Without a pool yet, the first batch waits to see whether a second follows: an
  // input of one batch is mapped here, without starting any thread.
  std::unique_ptr<Batch> first;
  while (!m_ended) {
    if (m_in_flight.size() >= 2 * static_cast<std::size_t>(m_threads)) {
      finish_oldest();
      continue;
    }
    std::unique_ptr<Batch> b = take_batch();
    const LineBatcher::Status status = batcher.next(b->bytes, b->size, err);
    if (status != LineBatcher::Status::batch) {
      m_spare.push_back(std::move(b));
      if (first) map_here(std::move(first));
      while (!m_in_flight.empty()) finish_oldest();
      if (status == LineBatcher::Status::error && !m_ended) {
        report({name, batcher.too_long() ? lines + 1 : 0, err});
        m_reader.m_failed = true;
        note_trouble();
      }
      break;
    }
    b->file = name;
    b->first_line = lines + 1;
    b->newlines = count_newlines(b->bytes.data(), b->size);
    lines += b->newlines;
    if (m_threads == 1) {
      map_here(std::move(b));
    } else if (!m_pool && !first) {
      first = std::move(b);
    } else {
      if (!m_pool) start_pool();
      for (std::unique_ptr<Batch>* next : {&first, &b}) {
        if (!*next) continue;
        m_pool->submit(**next);
        m_in_flight.push_back(std::move(*next));
      }
    }
  }
  // An input ended early: its batches still being mapped are waited for, unused.
  while (!m_in_flight.empty()) finish_oldest();
  report_skipped_total(name, m_skipped);
  return !m_stop;
}

bool RecordReader::for_each_mapped(const std::function<MapFn()>& make_map, const ReduceFn& reduce) {
  std::vector<std::string> files = m_options.files;
  if (files.empty()) files.push_back("-");
  MappedRun run(*this, make_map, reduce);
  for (const std::string& path : files) {  // the sizes of the files, for the progress line
    struct stat st {};
    if (path != "-" && ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode))
      run.expect_bytes(static_cast<std::uint64_t>(st.st_size));
  }
  for (const std::string& path : files) {
    int fd = -1;
    std::string name;
    if (!open(path, fd, name)) continue;
    const bool go_on = run.read_input(fd, name);
    close_fd(fd);
    if (!go_on) break;
  }
  return !m_failed;
}

}  // namespace vil::cli

// vil extract: documents in, JSON Lines records (or an outline) out.

#include <dirent.h>
#include <sys/stat.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdint>
#include <deque>
#include <exception>
#include <memory>
#include <unordered_map>

#include "cli_io.hpp"
#include "cli_options.hpp"
#include "cli_progress.hpp"
#include "cli_records.hpp"
#include "commands.hpp"
#include "map_pool.hpp"
#include "vil/exit_status.hpp"
#include "vil/manifest.hpp"
#include "vil/outline.hpp"
#include "vil/record_json.hpp"
#include "vil/segmenter.hpp"

namespace vil::cli {
namespace {

struct ExtractOptions {
  std::vector<std::string> inputs;
  std::string format = "jsonl";
  std::string output;
  std::string doc_id;  // --doc-id: the id of the one document read
  SegmentOptions segment;
  unsigned threads = 0;  // 0: one per CPU, at most 8
};

constexpr const char* k_manifest = "manifest.tsv";

// One document to read: where it is, its id, and its manifest row if it has one.
struct Source {
  std::string path;
  std::string id;
  std::shared_ptr<const Manifest> manifest;  // keeps meta alive
  const DocMeta* meta = nullptr;
};

std::string join_path(const std::string& dir, const std::string& name) {
  if (dir.empty() || dir == ".") return name;
  return dir.back() == '/' ? dir + name : dir + "/" + name;
}

std::string dir_of(const std::string& path) {
  const std::size_t slash = path.rfind('/');
  return slash == std::string::npos ? "." : path.substr(0, slash == 0 ? 1 : slash);
}

std::string base_of(const std::string& path) {
  const std::size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// The document id of a loose file: its name without folder and extension.
std::string stem_of(const std::string& path) {
  if (path == "-") return "stdin";
  const std::string base = base_of(path);
  const std::size_t dot = base.rfind('.');
  return dot == std::string::npos || dot == 0 ? base : base.substr(0, dot);
}

bool has_text_extension(const std::string& name) {
  const auto ends = [&](std::string_view ext) {
    return name.size() > ext.size() && name.compare(name.size() - ext.size(), ext.size(), ext) == 0;
  };
  return ends(".txt") || ends(".md");
}

// Memory with several threads. The documents in flight (two a thread) may add up to
// k_in_flight_bytes of input before the calling thread waits for the oldest; their
// output is held until their turn (about four times their size). A document of
// k_alone_bytes or more (or of unknown size: standard input) is segmented alone, on
// the calling thread, its records written as they come, as on one thread. Between
// documents a thread keeps buffers of up to k_kept_bytes.
constexpr std::uint64_t k_in_flight_bytes = std::uint64_t{32} << 20;
constexpr std::uint64_t k_alone_bytes = std::uint64_t{8} << 20;
constexpr std::size_t k_kept_bytes = std::size_t{4} << 20;

// One document's work, done on a worker thread: its output and what to report about
// it, which the calling thread writes in input order.
struct DocJob {
  const Source* source = nullptr;
  Output* direct = nullptr;         // set: write the records here as they come (one thread)
  std::string out;                  // otherwise: its records (or outline), to write
  std::vector<Diagnostic> reports;  // its warnings, then its error if any
  bool failed = false;              // an error: the run exits 2
  bool written = false;             // it has output (for the blank line between outlines)
  bool done = false;                // guarded by the pool's mutex
  std::exception_ptr failure;
};

// A thread's own state: the options, and the bytes and records of its documents, reused.
struct DocWorker {
  const ExtractOptions* options = nullptr;
  std::string bytes;
  std::vector<Record> records;
};

// Reads and segments one document and writes its records (or outline).
void segment_document(DocJob& job, DocWorker& w) {
  const Source& source = *job.source;
  const std::string name = source.path == "-" ? "stdin" : source.path;
  std::string err;
  if (!read_file(source.path, w.bytes, err)) {
    job.reports.push_back({name, 0, err});
    job.failed = true;
    return;
  }
  const Document doc{source.id, name, w.bytes, source.meta};
  w.records.clear();
  SegmentResult result = segment(doc, w.options->segment, w.records);
  for (Diagnostic& warning : result.warnings) job.reports.push_back(std::move(warning));
  if (result.status == SegmentStatus::binary || result.status == SegmentStatus::error) {
    job.reports.push_back(std::move(result.error));
    job.failed = true;
    return;
  }
  job.written = true;
  if (w.options->format == "outline") {
    job.out = format_outline(doc, w.records);
    return;
  }
  const RecordWriter writer(doc.id, doc.meta);
  std::string& out = job.direct ? job.direct->buffer() : job.out;
  for (const Record& r : w.records) {
    writer.append(out, r);
    if (job.direct) job.direct->flush_if_full();
  }
}

// A document's work on a thread: segment_document, then letting go of its records and
// of buffers over k_kept_bytes, so that no thread holds on to a document.
void extract_document(DocJob& job, DocWorker& w) {
  segment_document(job, w);
  w.records.clear();
  if (w.bytes.capacity() > k_kept_bytes) std::string().swap(w.bytes);
  if (w.records.capacity() * sizeof(Record) > k_kept_bytes) std::vector<Record>().swap(w.records);
}

class Extractor {
 public:
  explicit Extractor(const ExtractOptions& options) : m_options(options), m_out(options.output) {}
  int run();

 private:
  void add_input(const std::string& input);
  void add_directory(const std::string& dir);
  std::shared_ptr<const Manifest> load_manifest(const std::string& dir, bool& exists);
  void extract_all();
  void finish(DocJob& job);
  void error(const Diagnostic& d) {
    report(d);
    m_failed = true;
    note_trouble();
  }

  const ExtractOptions& m_options;
  Output m_out;
  std::vector<Source> m_sources;
  bool m_failed = false;
  bool m_first_doc = true;
};

std::shared_ptr<const Manifest> Extractor::load_manifest(const std::string& dir, bool& exists) {
  const std::string path = join_path(dir, k_manifest);
  std::string text;
  std::string err;
  exists = false;
  if (!read_file(path, text, err)) return nullptr;
  exists = true;
  auto manifest = std::make_shared<Manifest>();
  std::size_t line = 0;
  if (!parse_manifest(text, *manifest, line, err)) {
    error({path, line, err});
    return nullptr;
  }
  return manifest;
}

void Extractor::add_directory(const std::string& dir) {
  bool exists = false;
  std::shared_ptr<const Manifest> manifest = load_manifest(dir, exists);
  std::vector<std::string> names;
  if (DIR* d = ::opendir(dir.c_str())) {
    while (const dirent* e = ::readdir(d)) {
      const std::string name = e->d_name;
      if (!has_text_extension(name)) continue;
      // Only regular files (or links to them): a FIFO would hang the scan, a link to
      // /dev/zero would never end; a folder named x.txt is not a document either.
      struct stat st {};
      const std::string path = join_path(dir, name);
      if (::stat(path.c_str(), &st) != 0 || S_ISDIR(st.st_mode)) continue;
      if (S_ISREG(st.st_mode))
        names.push_back(name);
      else
        report({path, 0, "not a regular file (a FIFO, device or socket), skipped"});
    }
    ::closedir(d);
  } else {
    error({dir, 0, "cannot read directory"});
    return;
  }
  std::sort(names.begin(), names.end());
  if (manifest) {
    for (const DocMeta& meta : manifest->docs)
      m_sources.push_back({join_path(dir, meta.file), meta.id, manifest, &meta});
    for (const std::string& name : names)
      if (manifest->find_file(name) == nullptr)
        report({join_path(dir, name), 0,
                std::string("not listed in ") + join_path(dir, k_manifest) + ", skipped"});
    return;
  }
  if (exists) return;  // a broken manifest was reported; do not guess
  if (names.empty()) report({dir, 0, "no documents in it (.txt or .md files), nothing extracted"});
  for (const std::string& name : names)
    m_sources.push_back({join_path(dir, name), stem_of(name), nullptr, nullptr});
}

void Extractor::add_input(const std::string& input) {
  if (input != "-" && is_directory(input)) {
    add_directory(input);
    return;
  }
  Source source{input, stem_of(input), nullptr, nullptr};
  if (input != "-") {
    // A file inside a corpus folder keeps its manifest id and fields.
    bool exists = false;
    std::shared_ptr<const Manifest> manifest = load_manifest(dir_of(input), exists);
    if (manifest) {
      if (const DocMeta* meta = manifest->find_file(base_of(input))) {
        source.id = meta->id;
        source.meta = meta;
        source.manifest = manifest;
      }
    }
  }
  m_sources.push_back(std::move(source));
}

// The size of a source, for the bytes in flight: unknown (standard input, a file that
// cannot be read) counts as large, so that it runs alone.
std::uint64_t source_bytes(const Source& source) {
  struct stat st {};
  if (source.path == "-" || ::stat(source.path.c_str(), &st) != 0 || !S_ISREG(st.st_mode))
    return k_alone_bytes;
  return static_cast<std::uint64_t>(st.st_size);
}

// Writes a finished document's output and reports, in input order.
void Extractor::finish(DocJob& job) {
  for (const Diagnostic& d : job.reports) report(d);
  if (job.failed) {
    m_failed = true;
    note_trouble();
  }
  if (!job.written) return;
  if (m_options.format == "outline" && !m_first_doc) m_out.write("\n");
  m_out.write(job.out);
  m_first_doc = false;
}

// Segments every document: on one thread, each in turn, writing as it goes; on more,
// documents on worker threads, a few ahead of the one being written.
void Extractor::extract_all() {
  Progress progress("extract");
  const std::size_t n = m_sources.size();
  const unsigned threads = static_cast<unsigned>(std::min<std::size_t>(thread_count(m_options.threads), n));
  DocWorker own{&m_options, {}, {}};
  std::size_t finished = 0;
  // A document on this thread, its records written as they come.
  const auto extract_here = [&](const Source& source) {
    DocJob job;
    job.source = &source;
    job.direct = m_options.format == "outline" ? nullptr : &m_out;
    extract_document(job, own);
    finish(job);
    progress.update(++finished, n, "documents");
  };
  if (threads <= 1) {
    for (const Source& source : m_sources) extract_here(source);
    return;
  }
  std::vector<std::unique_ptr<DocWorker>> workers;
  for (unsigned t = 1; t < threads; ++t)
    workers.push_back(std::make_unique<DocWorker>(DocWorker{&m_options, {}, {}}));
  std::deque<std::pair<DocJob, std::uint64_t>> in_flight;  // submitted, in input order, with their sizes
  std::uint64_t bytes = 0;
  MapPool<DocJob, DocWorker> pool(extract_document, own, workers);  // after the jobs: stopped first
  const auto finish_oldest = [&] {
    auto& [job, size] = in_flight.front();
    pool.wait(job);
    finish(job);
    bytes -= size;
    in_flight.pop_front();
    progress.update(++finished, n, "documents");
  };
  for (std::size_t i = 0; i < n; ++i) {
    const std::uint64_t size = source_bytes(m_sources[i]);
    if (size >= k_alone_bytes) {  // after the documents before it, here
      while (!in_flight.empty()) finish_oldest();
      extract_here(m_sources[i]);
      continue;
    }
    while (!in_flight.empty() &&
           (in_flight.size() >= 2 * std::size_t{threads} || bytes + size > k_in_flight_bytes))
      finish_oldest();
    auto& [job, job_size] = in_flight.emplace_back();
    job.source = &m_sources[i];
    job_size = size;
    bytes += size;
    pool.submit(job);
  }
  while (!in_flight.empty()) finish_oldest();
}

int Extractor::run() {
  if (!check_stdin_once(m_options.inputs)) return k_exit_trouble;
  // 1. Resolve the inputs: folders through their manifests, loose files by name.
  for (const std::string& input : m_options.inputs) add_input(input);
  // --doc-id names the one document read (a loose file, or a program saved under a
  // year's name that should keep its id across versions).
  if (!m_options.doc_id.empty()) {
    if (!is_valid_doc_id(m_options.doc_id)) {
      report("--doc-id: invalid document id '" + m_options.doc_id + "' (use letters, digits, '.', '_', '-')");
      return k_exit_trouble;
    }
    if (m_sources.size() != 1) {
      report("--doc-id names one document; the inputs hold " + std::to_string(m_sources.size()));
      return k_exit_trouble;
    }
    m_sources[0].id = m_options.doc_id;
  }
  // 2. Warn where two documents share an id: their records would share ids too.
  std::unordered_map<std::string, const Source*> by_id;
  for (const Source& source : m_sources) {
    const auto [seen, fresh] = by_id.emplace(source.id, &source);
    if (!fresh)
      report({source.path == "-" ? "stdin" : source.path, 0,
              "document id '" + source.id + "' is also the id of " + seen->second->path +
                  "; their record ids may collide"});
  }
  // 3. Segment the documents and write their records in input order (progress on a
  //    terminal).
  extract_all();
  // 4. Put the output in place; a failed run still writes what it could read.
  m_out.commit();
  return m_failed ? k_exit_trouble : k_exit_ok;
}

}  // namespace

void setup_extract(CLI::App& app, std::function<int()>& run) {
  auto options = std::make_shared<ExtractOptions>();
  app.add_option("input", options->inputs, "files or corpus folders to read; '-' or none: standard input")
      ->type_name("PATH...");
  app.add_option("--format", options->format, "jsonl (records, the default) or outline (for a person)")
      ->check(CLI::IsMember({"jsonl", "outline"}))
      ->type_name("FORMAT");
  app.add_option("-o,--output", options->output, "write to FILE, replacing it only when the run has finished")
      ->type_name("FILE");
  app.add_option("--doc-id", options->doc_id,
                 "the document's id, instead of its file name's stem or its manifest id (one document only)")
      ->type_name("ID");
  app.add_flag("--lossy", options->segment.lossy,
               "replace invalid UTF-8 with U+FFFD and warn, instead of failing");
  add_threads_option(app, options->threads, "threads that segment documents");
  app.footer(
      "Writes one JSON object per line for each heading, paragraph, table-of-contents entry,\n"
      "lead-in (\"PS vil:\"), bullet or numbered pledge, pledge made in a sentence of a\n"
      "paragraph, and plan goal, subgoal and strategy, with its document, heading path,\n"
      "parent, source lines and bytes, and a stable id. A folder is read through its\n"
      "manifest.tsv. Reads plain text, Markdown and pandoc sources (front matter, LaTeX\n"
      "and inline markup dropped), PDF and web-page conversions (page numbers dropped,\n"
      "lines without blank lines between them split where they break on purpose).\n"
      "\n"
      "Examples:\n"
      "  vil extract corpus/                          every document in the manifest\n"
      "  vil extract corpus/ps-asker.txt --format outline\n"
      "  vil extract notes.txt | jq -c 'select(.kind == \"bullet\")'\n"
      "  vil extract --doc-id ps-asker program-2023.txt   one id for every version\n"
      "\n"
      "Exit status: 0 done; 2 some input could not be read (the others are still written).\n"
      "Record fields: man vil-extract.");
  run = [options] {
    if (options->inputs.empty()) options->inputs.push_back("-");
    Extractor extractor(*options);
    return extractor.run();
  };
}

}  // namespace vil::cli

// vil extract: documents in, JSON Lines records (or an outline) out.

#include <CLI/CLI.hpp>
#include <algorithm>
#include <dirent.h>
#include <sys/stat.h>
#include <memory>
#include <unordered_map>

#include "cli_io.hpp"
#include "cli_progress.hpp"
#include "commands.hpp"
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

class Extractor {
 public:
  explicit Extractor(const ExtractOptions& options) : m_options(options), m_out(options.output) {}
  int run();

 private:
  void add_input(const std::string& input);
  void add_directory(const std::string& dir);
  std::shared_ptr<const Manifest> load_manifest(const std::string& dir, bool& exists);
  void extract(const Source& source);
  void error(const Diagnostic& d) {
    report(d);
    m_failed = true;
  }

  const ExtractOptions& m_options;
  Output m_out;
  std::vector<Source> m_sources;
  std::vector<Record> m_records;  // reused per document
  std::string m_bytes;            // reused per document
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
      if (S_ISREG(st.st_mode)) names.push_back(name);
      else report({path, 0, "not a regular file (a FIFO, device or socket), skipped"});
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
        report({join_path(dir, name), 0, std::string("not listed in ") + join_path(dir, k_manifest) + ", skipped"});
    return;
  }
  if (exists) return;  // a broken manifest was reported; do not guess
  for (const std::string& name : names) m_sources.push_back({join_path(dir, name), stem_of(name), nullptr, nullptr});
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

void Extractor::extract(const Source& source) {
  std::string err;
  if (!read_file(source.path, m_bytes, err)) {
    error({source.path == "-" ? "stdin" : source.path, 0, err});
    return;
  }
  const Document doc{source.id, source.path == "-" ? "stdin" : source.path, m_bytes, source.meta};
  m_records.clear();
  const SegmentResult result = segment(doc, m_options.segment, m_records);
  for (const Diagnostic& w : result.warnings) report(w);
  if (result.status == SegmentStatus::binary || result.status == SegmentStatus::error) {
    error(result.error);
    return;
  }
  if (m_options.format == "outline") {
    if (!m_first_doc) m_out.write("\n");
    m_out.write(format_outline(doc, m_records));
  } else {
    const RecordWriter writer(doc.id, doc.meta);
    for (const Record& r : m_records) {
      writer.append(m_out.buffer(), r);
      m_out.flush_if_full();
    }
  }
  m_first_doc = false;
}

int Extractor::run() {
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
              "document id '" + source.id + "' is also the id of " + seen->second->path + "; their record ids may collide"});
  }
  // 3. Segment one document at a time and write its records (progress on a terminal).
  Progress progress("extract");
  for (std::size_t i = 0; i < m_sources.size(); ++i) {
    extract(m_sources[i]);
    progress.update(i + 1, m_sources.size(), "documents");
  }
  // 4. Put the output in place; a failed run still writes what it could read.
  m_out.commit();
  return m_failed ? k_exit_trouble : k_exit_ok;
}

}  // namespace

void setup_extract(CLI::App& app, std::function<int()>& run) {
  auto options = std::make_shared<ExtractOptions>();
  app.add_option("input", options->inputs,
                 "files or corpus folders to read; '-' or none: standard input")
      ->type_name("PATH...");
  app.add_option("--format", options->format, "jsonl (records, the default) or outline (for a person)")
      ->check(CLI::IsMember({"jsonl", "outline"}))
      ->type_name("FORMAT");
  app.add_option("-o,--output", options->output,
                 "write to FILE, replacing it only when the run has finished")
      ->type_name("FILE");
  app.add_option("--doc-id", options->doc_id,
                 "the document's id, instead of its file name's stem or its manifest id (one document only)")
      ->type_name("ID");
  app.add_flag("--lossy", options->segment.lossy,
               "replace invalid UTF-8 with U+FFFD and warn, instead of failing");
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

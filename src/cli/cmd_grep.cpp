// vil grep: keep the records whose fields match an RE2 pattern.

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <memory>
#include <optional>
#include <unordered_map>

#include "cli_io.hpp"
#include "cli_options.hpp"
#include "cli_records.hpp"
#include "cli_style.hpp"
#include "commands.hpp"
#include "vil/exit_status.hpp"
#include "vil/field_path.hpp"
#include "vil/grep.hpp"
#include "vil/grep_format.hpp"
#include "vil/record.hpp"
#include "vil/record_view.hpp"
#include "vil/text.hpp"
#include "vil/utf8.hpp"

namespace vil::cli {
namespace {

struct GrepOptions {
  std::string pattern;                     // the first positional, unless -e or -f gives them
  std::vector<std::string> regexps;        // -e
  std::vector<std::string> pattern_files;  // -f
  std::vector<std::string> patterns;       // all of them, as matched
  std::vector<Diagnostic> origins;         // where each came from: -f's file and line; -e's none
  bool quiet = false;                      // -q: no output, the exit status only
  RecordInputOptions input;
  std::vector<std::string> fields;
  std::vector<std::string> kinds;
  std::vector<std::string> docs;
  bool ignore_case = false;
  bool smart_case = false;
  bool word = false;
  bool invert = false;
  bool fixed = false;
  bool stem = false;
  bool count = false;
  bool files_with_matches = false;
  long max_count = -1;
  int kwic = -1;
  std::string format;  // "" = jsonl, or text when stdout is a terminal
  std::string color = "auto";
};

// A record without "doc": "(no doc)" in text.
std::string doc_label(std::string_view doc) { return doc.empty() ? "(no doc)" : std::string(doc); }

// What every worker shares: the options, checked and compiled once.
struct GrepSetup {
  GrepQuery query;
  bool text = false;  // text output instead of JSON Lines
  Style style;
};

// Mapped::flags of a record.
constexpr unsigned k_unwanted = 1;  // not of the --kind or --doc asked for
constexpr unsigned k_selected = 2;  // matched (with -v: did not match)
// Bits k_reached_shift + i: the record has a value at field i (for the typo warning).
constexpr unsigned k_reached_shift = 8;

// One worker's share of the work: grepping a record, and writing it out if selected.
class GrepWorker {
 public:
  GrepWorker(const GrepOptions& options, const GrepSetup& setup, Grepper grepper)
      : m_options(options), m_setup(setup), m_grepper(std::move(grepper)) {}
  void map(const InputRecord& r, std::string& out, Mapped& m);

 private:
  void write_text(const InputRecord& r, const GrepResult& result, std::string& out) const;

  const GrepOptions& m_options;
  const GrepSetup& m_setup;
  Grepper m_grepper;  // has scratch space: one per worker
};

class Grep {
 public:
  explicit Grep(const GrepOptions& options) : m_options(options), m_out("") {}
  int run();

 private:
  bool setup();
  bool reduce(std::string_view out, const Mapped& m);
  void finish();

  const GrepOptions& m_options;
  GrepSetup m_setup;
  std::optional<Grepper> m_first_grepper;  // compiled by setup to check the pattern; the first worker's
  Output m_out;
  // Per document: records selected so far, in order of first appearance.
  std::vector<std::pair<std::string, long>> m_docs;
  std::unordered_map<std::string, std::size_t> m_doc_index;
  std::size_t m_last_doc = 0;  // index of the last record's document (records come in runs)
  long m_selected = 0;
  long m_read = 0;         // records read
  long m_wanted = 0;       // records of the kinds and documents asked for
  unsigned m_reached = 0;  // bits: the -f fields some wanted record had a value at
};

bool Grep::setup() {
  std::string err;
  GrepQuery& query = m_setup.query;
  query.patterns = m_options.patterns;
  query.match.case_mode = m_options.ignore_case  ? CaseMode::insensitive
                          : m_options.smart_case ? CaseMode::smart
                                                 : CaseMode::sensitive;
  query.match.word = m_options.word;
  query.match.fixed = m_options.fixed;
  query.match.stem = m_options.stem;
  std::size_t bad = 0;
  if (!m_first_grepper.emplace(query).compile(err, &bad)) {
    // A pattern of -f FILE is named by its file and line.
    if (bad < m_options.origins.size() && !m_options.origins[bad].file.empty())
      report(Diagnostic{m_options.origins[bad].file, m_options.origins[bad].line, err});
    else
      report(err);
    return false;
  }
  for (const std::string& spec :
       m_options.fields.empty() ? std::vector<std::string>{"text"} : m_options.fields) {
    FieldPath path;
    if (!FieldPath::parse(spec, path, err)) {
      report("--field: " + err);
      return false;
    }
    query.fields.push_back(std::move(path));
  }
  if (!parse_kind_option(m_options.kinds, query.kinds)) return false;
  query.docs = m_options.docs;
  query.invert = m_options.invert;
  query.spans_needed = !m_options.count && !m_options.files_with_matches && !m_options.invert;
  m_setup.text = text_view(m_options.format, m_out.is_terminal());
  m_setup.style = Style::for_stdout(m_options.color);
  return true;
}

void GrepWorker::map(const InputRecord& r, std::string& out, Mapped& m) {
  const GrepResult& result = m_grepper.grep(r.root);
  if (!result.wanted) {
    m.flags = k_unwanted;
    return;
  }
  m.key.assign(result.doc);
  m.flags = result.reached << k_reached_shift;
  if (!result.selected) return;
  m.flags |= k_selected;
  if (m_options.files_with_matches || m_options.count) return;  // Grep::reduce writes those
  if (m_setup.text)
    write_text(r, result, out);
  else
    append_grep_record(out, r.raw, r.object, result, m_options.invert, m_options.kwic);
}

void GrepWorker::write_text(const InputRecord& r, const GrepResult& result, std::string& out) const {
  const RecordView view(r.root);
  const std::string_view text = view.text();
  const std::size_t line = view.first_line().value_or(r.line);
  const Style& style = m_setup.style;
  const std::string place = style.doc(doc_label(result.doc)) + ":" + style.line(std::to_string(line));
  const std::string prefix = place + ": ";
  if (m_options.kwic >= 0 && !m_options.invert) {
    // One line per match: the left context right-aligned, so the matches line up.
    const std::size_t width = static_cast<std::size_t>(std::max(20, 12 * m_options.kwic));
    for (const FieldMatch& m : result.matches) {
      for (const Span& s : m.spans) {
        const Kwic k = keyword_in_context(m.value, s, m_options.kwic);
        std::string left = k.left;
        std::size_t cps = count_code_points(left);
        if (cps > width) {  // cut from the left, and say so
          while (cps >= width) {
            std::size_t i = 0;
            next_code_point(left, i);
            left.erase(0, i);
            --cps;
          }
          left = "…" + left;
          ++cps;
        }
        // The place goes last, so the matches line up whatever its width.
        out.append(width - cps, ' ');
        out += printable(left) + style.match(k.match) + printable(k.right) + "  " + place + '\n';
      }
    }
    return;
  }
  out += prefix;
  const FieldMatch* in_text = nullptr;
  for (const FieldMatch& m : result.matches)
    if (m.where == "text") in_text = &m;
  out += in_text && !m_options.invert ? style.highlight(text, in_text->spans) : printable(text);
  if (!m_options.invert) {
    for (const FieldMatch& m : result.matches) {
      if (&m == in_text) continue;
      out += "  [" + printable(m.where) + ": " + style.highlight(m.value, m.spans) + "]";
    }
  }
  out += '\n';
}

void Grep::finish() {
  std::string& out = m_out.buffer();
  for (const auto& [doc, count] : m_docs) {
    if (m_options.files_with_matches) continue;  // written as found
    if (count == 0) continue;
    if (m_setup.text)
      out += m_setup.style.doc(doc_label(doc)) + ":" + std::to_string(count) + "\n";
    else
      append_grep_count(out, doc, count);
  }
}

bool Grep::reduce(std::string_view out, const Mapped& m) {
  ++m_read;
  if (m.flags & k_unwanted) return true;
  ++m_wanted;
  m_reached |= m.flags >> k_reached_shift;
  if (m_docs.empty() || m_docs[m_last_doc].first != m.key) {
    auto [slot, fresh] = m_doc_index.try_emplace(m.key, m_docs.size());
    if (fresh) m_docs.emplace_back(m.key, 0);
    m_last_doc = slot->second;
  }
  long& selected_in_doc = m_docs[m_last_doc].second;
  if (m_options.max_count >= 0 && selected_in_doc >= m_options.max_count) return true;
  if (m_options.files_with_matches && selected_in_doc > 0) return true;
  if (!(m.flags & k_selected)) return true;
  ++selected_in_doc;
  ++m_selected;
  if (m_options.quiet) return false;  // one match decides the status: stop reading
  if (m_options.files_with_matches) {
    std::string line;
    if (m_setup.text)
      line = m_setup.style.doc(doc_label(m.key)) + "\n";
    else
      append_grep_doc(line, m.key);
    m_out.write(line);
  } else {
    m_out.write(out);
  }
  return true;
}

int Grep::run() {
  // 1. Compile the pattern and check the options.
  if (!setup()) return k_exit_trouble;
  // 2. Read every record, keep those that match (or, with -v, that do not): workers
  //    match and write each record, and the counts per document are kept in order.
  RecordInputOptions input = m_options.input;
  input.command = "grep";
  RecordReader reader(input);
  reader.for_each_mapped(
      [&]() -> MapFn {
        // Each worker has its own grepper (it has scratch space); the first takes setup's.
        std::shared_ptr<GrepWorker> worker;
        if (m_first_grepper) {
          worker = std::make_shared<GrepWorker>(m_options, m_setup, std::move(*m_first_grepper));
          m_first_grepper.reset();
        } else {
          Grepper grepper(m_setup.query);
          std::string err;
          grepper.compile(err);  // compiled once already: cannot fail
          worker = std::make_shared<GrepWorker>(m_options, m_setup, std::move(grepper));
        }
        return [worker](const InputRecord& r, std::string& out, Mapped& m) { worker->map(r, out, m); };
      },
      [&](std::string_view out, const Mapped& m) { return reduce(out, m); });
  // 3. Counts per document, then the exit status: 0 matched, 1 none, 2 trouble.
  if (m_options.count) finish();
  m_out.commit();
  // A --field no record has is most likely misspelt ("--field acter"): say so once.
  for (std::size_t f = 0;
       f < m_options.fields.size() && f < k_grep_tracked_fields && m_wanted > 0 && !m_options.quiet; ++f)
    if (!(m_reached & (1u << f)))
      report("warning: --field " + m_options.fields[f] +
             ": no record read has a value there (misspelt? or an object: name a field inside it)");
  // So is a --doc no record has ("--doc ps-askr"): every record was filtered out.
  for (const std::string& doc : m_options.docs)
    if (!m_options.quiet && m_read > 0 && m_doc_index.find(doc) == m_doc_index.end())
      report("warning: --doc " + doc + ": no record read is of this document" +
             (m_options.kinds.empty() ? "" : " and of the kinds asked for") +
             " (misspelt? vil stats --by doc lists them)");
  if (reader.failed()) return k_exit_trouble;
  return m_selected > 0 ? k_exit_ok : k_exit_no_match;
}

}  // namespace

void setup_grep(CLI::App& app, std::function<int()>& run) {
  auto o = std::make_shared<GrepOptions>();
  CLI::Option* pattern =
      app.add_option("pattern", o->pattern,
                     "RE2 regular expression (with -F: a plain string); with -e or -f, a file")
          ->type_name("PATTERN");
  add_record_input_options(app, o->input, true);
  repeatable(app.add_option("-e,--regexp", o->regexps,
                            "a pattern; repeat for any of several (then every positional is a file)")
                 ->type_name("PATTERN"));
  repeatable(app.add_option("-f,--file", o->pattern_files,
                            "read patterns from FILE, one a line, any of them matching ('-': stdin)")
                 ->type_name("FILE"));
  app.add_flag("-q,--quiet", o->quiet,
               "write nothing; the exit status says whether a record matched (stops at the first)");
  repeatable(
      app.add_option(
             "--field", o->fields,
             "field to match, a dotted path (refs.sdg, path.0); repeat for any of several; default text")
          ->type_name("NAME"));
  add_kind_option(app, o->kinds, "only records of this kind; repeat for any of several");
  repeatable(app.add_option("--doc", o->docs, "only records of this document; repeat for any of several")
                 ->type_name("ID"));
  app.add_flag("-i,--ignore-case", o->ignore_case, "ignore case (Unicode case folding: æøå match ÆØÅ)");
  app.add_flag("-S,--smart-case", o->smart_case, "ignore case unless the pattern has an upper-case letter");
  app.add_flag("-w,--word", o->word, "match whole words only (Unicode letters and digits)");
  CLI::Option* invert = app.add_flag("-v,--invert", o->invert, "keep the records that do not match");
  app.add_flag("-F,--fixed-strings", o->fixed, "the pattern is a plain string");
  app.add_flag("--stem", o->stem,
               "match Norwegian Snowball stems: the pattern's words and the text's words are stemmed, "
               "so 'bolig' finds 'boliger'");
  app.add_flag("-c,--count", o->count, "print the number of matching records per document");
  app.add_flag("-l,--files-with-matches", o->files_with_matches, "print the documents that have a match");
  app.add_option("-m,--max-count", o->max_count, "stop after N matching records in each document")
      ->check(whole_number())
      ->type_name("N");
  app.add_option("--kwic", o->kwic, "keyword in context: each match with N words either side")
      ->check(whole_number())
      ->type_name("N")
      ->excludes(invert);  // a record that does not match has no keyword
  add_view_format_option(app, o->format, "jsonl (records with a match field) or text (doc:line: text)");
  add_color_option(app, o->color, "highlight text output: auto (a terminal without NO_COLOR), always, never");
  app.footer(
      "Each matching record is written as it came, with a \"match\" field added: for each\n"
      "matching field, the byte spans [begin, end) of the matches in its value. RE2 runs\n"
      "in time linear in the input: no pattern can make a search hang.\n"
      "\n"
      "Examples:\n"
      "  vil extract corpus/ | vil grep -i klima\n"
      "  vil grep --kind bullet --stem bolig records.jsonl --format text\n"
      "  vil grep -c -w -i 'barnehage' records.jsonl\n"
      "  vil grep --field refs.sdg '^11$' --kind strategy records.jsonl\n"
      "  vil grep -w -i -f words.txt records.jsonl      any of the words in words.txt\n"
      "  vil grep -q klima records.jsonl && echo found\n"
      "\n"
      "With --kwic and --format text, each match is a line: the left context right-aligned,\n"
      "the match, the right context, then doc:line.\n"
      "\n"
      "Exit status: 0 a record was selected; 1 none was; 2 trouble (bad pattern, bad input).");
  run = [o, pattern]() -> int {
    // The patterns: -e and -f, and then every positional is a file; else the first.
    if (o->regexps.empty() && o->pattern_files.empty()) {
      if (pattern->count() == 0) {
        report("no pattern: give PATTERN, -e PATTERN or -f FILE");
        report("run 'vil grep --help' for usage");
        return k_exit_trouble;
      }
      o->patterns = {o->pattern};
      return Grep(*o).run();
    }
    if (pattern->count() > 0) o->input.files.insert(o->input.files.begin(), o->pattern);
    o->patterns = o->regexps;
    o->origins.assign(o->regexps.size(), Diagnostic{});
    for (const std::string& path : o->pattern_files) {
      const bool records_from_stdin =
          o->input.files.empty() ||
          std::find(o->input.files.begin(), o->input.files.end(), "-") != o->input.files.end();
      if (path == "-" && records_from_stdin) {
        report("-f -: the records are read from standard input too; give them as files");
        return k_exit_trouble;
      }
      std::string text, err;
      if (!read_file(path, text, err)) {
        report({path == "-" ? "stdin" : path, 0, err});
        return k_exit_trouble;
      }
      // One pattern a line (CR LF too); an empty line is a pattern that matches all.
      std::size_t at = 0;
      std::size_t line_number = 0;
      while (at < text.size()) {
        std::size_t nl = text.find('\n', at);
        if (nl == std::string::npos) nl = text.size();
        std::string line = text.substr(at, nl - at);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        o->patterns.push_back(std::move(line));
        o->origins.push_back(Diagnostic{path == "-" ? "stdin" : path, ++line_number, {}});
        at = nl + 1;
      }
    }
    return Grep(*o).run();
  };
}

}  // namespace vil::cli

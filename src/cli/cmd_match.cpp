// vil match: link each RIGHT record to its best LEFT records (the link engine, vil/link.hpp).

#include <CLI/CLI.hpp>
#include <algorithm>
#include <filesystem>
#include <memory>
#include <thread>

#include "cli_data.hpp"
#include "cli_huge_pages.hpp"
#include "cli_io.hpp"
#include "cli_load.hpp"
#include "cli_options.hpp"
#include "cli_progress.hpp"
#include "cli_records.hpp"
#include "commands.hpp"
#include "vil/exit_status.hpp"
#include "vil/field_path.hpp"
#include "vil/link.hpp"
#include "vil/link_format.hpp"
#include "vil/parts.hpp"

namespace vil::cli {
namespace {

struct MatchOptions {
  std::string left;
  std::string right;
  std::size_t top = 3;
  double min_score = LinkOptions().min_score;
  double decide = LinkOptions().decide;
  double decide_ratio = LinkOptions().decide_ratio;
  double decide_margin = LinkOptions().decide_margin;
  double tag_weight = LinkOptions().tag_weight;
  double broader_weight = LinkOptions().broader_weight;
  double diversity = LinkOptions().diversity;
  double part_weight = LinkOptions().part_weight;
  double concept_weight = LinkOptions().concept_weight;
  double context_weight = LinkOptions().context_weight;
  double right_context_weight = LinkOptions().right_context_weight;
  double list_weight = LinkOptions().list_weight;
  double tail_weight = LinkOptions().tail_weight;
  std::string per;
  std::vector<std::string> equate;
  std::string lexicon = "default";
  std::string ignore = "default";
  std::string reference = "default";
  std::string analyser = k_default_analyser;
  std::string save_reference;
  std::string format = "json";
  unsigned threads = 0;
  bool unmatched = false;
  bool exhaustive = false;
  bool skip_invalid = false;
};

// A data file to read: where it is, and the name it goes by in links and errors.
struct DataFile {
  std::string path;  // empty: none
  std::string name;
};

// The file of a data option: "none" for none, "default" for the shipped one (named by
// its place in the data folder, "lexicon/concepts.tsv", so links read the same wherever
// vil is installed).
bool data_option(const std::string& value, const std::string& shipped, const char* flag, DataFile& file) {
  if (value == "none") return true;
  if (value != "default") {
    file = {value, value};
    return true;
  }
  file = {find_data(shipped), shipped};
  const std::string& path = file.path;
  if (path.empty()) {
    report(std::string(flag) + ": the shipped " + shipped + " is in none of " + data_dirs() +
           "; name a file, or 'none'");
    return false;
  }
  return true;
}

// The link engine's view of loaded records.
std::vector<LinkSource> link_sources(const std::vector<LoadedRecord>& records) {
  std::vector<LinkSource> out;
  out.reserve(records.size());
  for (const LoadedRecord& r : records)
    out.push_back({r.id, r.kind, r.text, r.parent, &r.path, &r.tags, r.group, r.doc});
  return out;
}

class Match {
 public:
  explicit Match(const MatchOptions& options) : m_options(options), m_out("") {}
  int run();

 private:
  bool load();
  // Right record r's links (and, with --unmatched, its line when it has none) in the
  // output format.
  void format_links(const std::vector<Link>& links, std::size_t r, std::string& out) const;

  const MatchOptions& m_options;
  Output m_out;
  std::vector<LoadedRecord> m_left;
  std::vector<LoadedRecord> m_right;
  std::vector<LinkRecord> m_left_links;
  std::vector<LinkRecord> m_right_links;
  std::unique_ptr<Lemmatizer> m_lemmatizer;
  std::unique_ptr<Lemmatizer> m_nynorsk;  // when the nynorsk analyser and dictionary sit beside it
  Concepts m_concepts;
  Reference m_reference;
  bool m_has_reference = false;
  std::unique_ptr<Linker> m_linker;
  TableFormat m_format = TableFormat::json;
};

bool Match::load() {
  if (!check_one_stdin(m_options.left, m_options.right)) return false;
  LinkOptions options;
  if (!parse_equate(m_options.equate, options.equate)) return false;
  FieldPath per;
  std::string err;
  if (!m_options.per.empty() && !FieldPath::parse(m_options.per, per, err)) {
    report("--per: " + err);
    return false;
  }
  // 1. The lexicon, the concepts, the words to ignore, the reference statistics.
  DataFile lexicon, ignore, reference;
  SavedAnalyses analyses;
  std::string text;
  if (!data_option(m_options.lexicon, "lexicon/concepts.tsv", "--lexicon", lexicon) ||
      !data_option(m_options.ignore, "lexicon/ignore.txt", "--ignore", ignore) ||
      !data_option(m_options.reference, "lexicon/reference.tsv", "--reference", reference))
    return false;
  const auto report_analyser = [&](const std::exception& e) {
    report(std::string("--analyser: ") + e.what() + " (install apertium-nno-nob, or --analyser none)");
    return false;
  };
  try {
    m_lemmatizer = std::make_unique<Lemmatizer>(m_options.analyser == "none" ? "" : m_options.analyser);
    // Nynorsk documents: apertium-nno-nob's nynorsk analyser and nynorsk-bokmål
    // dictionary, from the bokmål analyser's folder.
    if (m_options.analyser != "none") {
      const std::filesystem::path folder = std::filesystem::path(m_options.analyser).parent_path();
      const std::string nn = (folder / k_nynorsk_analyser_name).string();
      const std::string bil = (folder / k_nynorsk_bilingual_name).string();
      std::error_code ec;
      if (std::filesystem::is_regular_file(nn, ec) && std::filesystem::is_regular_file(bil, ec))
        m_nynorsk = std::make_unique<Lemmatizer>(nn, bil, m_lemmatizer.get());
    }
  } catch (const MissingLibrary&) {
    throw;  // not the analyser's fault: reported as it is (cli_main.cpp)
  } catch (const std::exception& e) {
    return report_analyser(e);
  }
  const auto read_data = [&](const DataFile& file, auto parse) {
    if (file.path.empty()) return true;
    if (!read_file(file.path, text, err)) {
      report({file.path, 0, err});
      return false;
    }
    if (!parse(text, file.name, err)) {
      report(err);
      return false;
    }
    return true;
  };
  if (!read_data(lexicon, [&](auto& t, auto& p, auto& e) { return m_concepts.add_lexicon(t, p, e); }) ||
      !read_data(ignore, [&](auto& t, auto& p, auto& e) { return m_concepts.add_ignored(t, p, e); }) ||
      !read_data(reference,
                 [&](auto& t, auto& p, auto& e) { return parse_reference(t, p, m_reference, e, &analyses); }))
    return false;
  m_has_reference = !reference.path.empty() && m_options.save_reference.empty();
  // The reference's word analyses stand for the analyser's when it is the same one;
  // never when writing a reference, which must hold this run's own.
  if (m_has_reference && !analyses.analyser.empty() && analyses.analyser == m_lemmatizer->analyser_id())
    m_lemmatizer->seed(std::move(analyses.words));
  // 2. Both sides.
  const bool ok_left =
      load_records(m_options.left, m_options.skip_invalid, m_left, m_options.per.empty() ? nullptr : &per);
  const bool ok_right = load_records(m_options.right, m_options.skip_invalid, m_right);
  if (!ok_left || !ok_right) return false;
  for (const auto* side : {&m_left, &m_right})
    for (const LoadedRecord& r : *side)
      if (!r.municipality.empty() &&
          std::find(options.places.begin(), options.places.end(), r.municipality) == options.places.end())
        options.places.push_back(r.municipality);
  m_left_links = link_records(link_sources(m_left));
  m_right_links = link_records(link_sources(m_right));
  // 3. The engine.
  options.top = m_options.top;
  options.min_score = m_options.min_score;
  options.decide = m_options.decide;
  options.decide_ratio = m_options.decide_ratio;
  options.decide_margin = m_options.decide_margin;
  options.tag_weight = m_options.tag_weight;
  options.broader_weight = m_options.broader_weight;
  options.diversity = m_options.diversity;
  options.part_weight = m_options.part_weight;
  options.concept_weight = m_options.concept_weight;
  options.context_weight = m_options.context_weight;
  options.right_context_weight = m_options.right_context_weight;
  options.list_weight = m_options.list_weight;
  options.tail_weight = m_options.tail_weight;
  options.exhaustive = m_options.exhaustive;
  options.threads = thread_count(m_options.threads);
  m_linker =
      std::make_unique<Linker>(LinkResources{m_lemmatizer.get(), &m_concepts,
                                             m_has_reference ? &m_reference : nullptr, m_nynorsk.get()},
                               options);
  try {
    m_linker->prepare(m_left_links, m_right_links);
  } catch (const AnalyserError& e) {  // loaded when a word first needs it
    return report_analyser(e);
  }
  return true;
}

void Match::format_links(const std::vector<Link>& links, std::size_t r, std::string& out) const {
  out.clear();
  const LinkSide right{m_right[r].raw, m_right[r].name, m_right[r].text};
  for (const Link& l : links) {
    const LinkSide left{m_left[l.left].raw, m_left[l.left].name, m_left[l.left].text};
    if (m_format == TableFormat::json)
      append_link_json(out, l, m_concepts, left, right);
    else
      append_link_sheet_row(out, l, m_concepts, left, right, m_format);
  }
  if (links.empty() && m_options.unmatched && m_format == TableFormat::json)
    append_unmatched_json(out, "right", m_right[r].raw);
}

int Match::run() {
  if (m_options.unmatched && table_format(m_options.format) != TableFormat::json)
    throw Fatal("--unmatched writes JSON records: a coding sheet (--format " + m_options.format +
                ") has no row for them");
  // 1. Read the data and both sides; analyse and index.
  if (!load()) return k_exit_trouble;
  // 2. With --save-reference, the document frequencies of both sides, and no links.
  if (!m_options.save_reference.empty()) {
    Output file(m_options.save_reference);
    const SavedAnalyses analyses{m_lemmatizer->analyser_id(), m_lemmatizer->analyses()};
    file.write(format_reference(m_linker->reference(), &analyses));
    file.commit();
    return k_exit_ok;
  }
  // 3. For each right record, its best left records (progress on a terminal), as JSON
  //    Lines or as a coding sheet.
  m_format = table_format(m_options.format);
  if (m_format != TableFormat::json) m_out.write(link_sheet_header(m_format));
  //    Rounds of records are linked and formatted on worker threads, each with its own
  //    scratch memory, while this thread writes the round before, in input order: the
  //    thread count never changes the output.
  std::vector<bool> left_linked(m_left.size(), false);
  const unsigned threads = thread_count(m_options.threads);
  const std::size_t round = 256 * static_cast<std::size_t>(threads);
  struct Linked {
    std::vector<Link> links;
    std::string text;
  };
  std::vector<Linked> rounds[2];
  for (auto& r : rounds) r.resize(std::min(round, m_right.size()));
  std::vector<LinkScratch> scratch(threads);
  const auto link = [&](std::size_t first, std::vector<Linked>& out, unsigned t, unsigned step) {
    const std::size_t n = std::min(round, m_right.size() - first);
    for (std::size_t i = t; i < n; i += step) {
      m_linker->links(first + i, out[i].links, scratch[t]);
      format_links(out[i].links, first + i, out[i].text);
    }
  };
  Progress progress("match");
  const auto write = [&](std::size_t first, const std::vector<Linked>& in) {
    const std::size_t n = std::min(round, m_right.size() - first);
    for (std::size_t i = 0; i < n; ++i) {
      for (const Link& l : in[i].links) left_linked[l.left] = true;
      m_out.write(in[i].text);
      progress.update(first + i + 1, m_right.size(), "records");
    }
  };
  // Starts linking a round: part t of `parts` on a thread of its own, and on this thread
  // the parts no thread could be started for (the one part of -j1 or a small round).
  // The threads are jthreads, joined however the caller's scope is left: a write that
  // throws (a closed pipe) waits for the round being linked.
  const auto start = [&](std::size_t first, std::vector<Linked>& out) {
    const unsigned parts = m_right.size() - first < 64 ? 1 : threads;
    return start_parts(parts, parts == 1 ? 1 : 0,
                       [&link, &out, first, parts](unsigned t) { link(first, out, t, parts); });
  };
  if (!m_right.empty()) start(0, rounds[0]);  // joined here
  for (std::size_t first = 0, k = 0; first < m_right.size(); first += round, k ^= 1) {
    std::vector<std::jthread> next;
    if (first + round < m_right.size()) next = start(first + round, rounds[k ^ 1]);
    write(first, rounds[k]);
  }
  // 4. With --unmatched, the left records no right record reached.
  if (m_options.unmatched && m_format == TableFormat::json)
    for (std::size_t l = 0; l < m_left.size(); ++l)
      if (!left_linked[l]) {
        append_unmatched_json(m_out.buffer(), "left", m_left[l].raw);
        m_out.flush_if_full();
      }
  m_out.commit();
  return k_exit_ok;
}

}  // namespace

void setup_match(CLI::App& app, std::function<int()>& run) {
  auto o = std::make_shared<MatchOptions>();
  app.add_option(
         "left", o->left,
         "JSON Lines records to link to (the plan's goals, sub-goals and strategies, say); '-': stdin")
      ->required()
      ->type_name("LEFT");
  app.add_option("right", o->right, "JSON Lines records to find links for (the pledges, say)")
      ->required()
      ->type_name("RIGHT");
  app.add_option("-k,--top", o->top, "links per right record (per --per group); default 3")
      ->check(count_from_one())
      ->type_name("K");
  app.add_option("--min-score", o->min_score, "least score of a link")
      ->check(number_from(0, 1))
      ->type_name("SCORE")
      ->capture_default_str();
  app.add_option("--decide", o->decide,
                 "a link addresses its left record (\"addresses\":true) when it scores at least SCORE ...")
      ->check(number_from(0, 1))
      ->type_name("SCORE")
      ->capture_default_str();
  app.add_option("--decide-ratio", o->decide_ratio,
                 "... and at least R times its right record's best link (1: the best link only, and ties)")
      ->check(number_from(0, 1))
      ->type_name("R")
      ->capture_default_str();
  app.add_option("--decide-margin", o->decide_margin,
                 "... when the right record's best link leads its next by at least M (0: any best)")
      ->check(number_from(0, 1))
      ->type_name("M")
      ->capture_default_str();
  app.add_option("--tag-weight", o->tag_weight,
                 "share of the score that comes from shared tags (tag Jaccard; the rest is text cosine)")
      ->check(number_from(0, 1))
      ->type_name("W")
      ->capture_default_str();
  app.add_option("--broader-weight", o->broader_weight,
                 "score factor of a broader LEFT record: a goal or sub-goal, or one that others sit under")
      ->check(number_from(0, 1))
      ->type_name("F")
      ->capture_default_str();
  app.add_option("--per", o->per,
                 "the best K from each group of LEFT records with one value of this field (doc)")
      ->type_name("FIELD");
  repeatable(
      app.add_option("--equate", o->equate, "treat two names as one, such as Asker=Bærum; repeat for several")
          ->type_name("A=B"));
  app.add_option("--lexicon", o->lexicon, "concept lexicon (TSV); 'default': the shipped one; 'none'")
      ->type_name("FILE")
      ->capture_default_str();
  app.add_option("--ignore", o->ignore,
                 "words that link nothing, one lemma a line; 'default': the shipped list; 'none'")
      ->type_name("FILE")
      ->capture_default_str();
  app.add_option("--reference", o->reference,
                 "term statistics to weigh words by; 'default': the shipped corpus's; 'none': both inputs'")
      ->type_name("FILE")
      ->capture_default_str();
  app.add_option("--save-reference", o->save_reference,
                 "write the term statistics and word analyses of both inputs to FILE, and no links")
      ->type_name("FILE");
  app.add_option("--analyser", o->analyser,
                 "bokmål lttoolbox analyser for lemmas and compound parts; 'none': stems")
      ->type_name("FILE")
      ->capture_default_str();
  app.add_option("--part-weight", o->part_weight, "weight of a compound part, against 1 for a whole word")
      ->check(number_from(0, 4))
      ->type_name("W")
      ->capture_default_str();
  app.add_option("--concept-weight", o->concept_weight,
                 "share of the text score that comes from shared concepts (the rest: shared words)")
      ->check(number_from(0, 1))
      ->type_name("W")
      ->capture_default_str();
  app.add_option("--context-weight", o->context_weight,
                 "weight of a LEFT record's context (headings, parent goals), against 1 for its own text")
      ->check(number_from(0, 4))
      ->type_name("W")
      ->capture_default_str();
  app.add_option("--right-context-weight", o->right_context_weight,
                 "weight of a RIGHT record's context (its headings), against 1 for its own text")
      ->check(number_from(0, 4))
      ->type_name("W")
      ->capture_default_str();
  app.add_option(
         "--list-weight", o->list_weight,
         "weight of each other item of a RIGHT record's list (same parent), against 1 for its own text")
      ->check(number_from(0, 4))
      ->type_name("W")
      ->capture_default_str();
  app.add_option("--tail-weight", o->tail_weight,
                 "weight of the last word of a LEFT record's text, against 1 for its first (linear between)")
      ->check(number_from(0, 1))
      ->type_name("W")
      ->capture_default_str();
  app.add_option("--diversity", o->diversity,
                 "what a link after the first loses for each better link under the same LEFT goal (the top "
                 "of its parents)")
      ->check(number_from(0, 1))
      ->type_name("W")
      ->capture_default_str();
  app.add_option(
         "--format", o->format,
         "json (one link a line), or a coding sheet to check links by hand: tsv or csv (see vil agree)")
      ->check(CLI::IsMember({"json", "tsv", "csv"}))
      ->type_name("FORMAT");
  add_threads_option(app, o->threads, "threads that work out the records' features and link them");
  app.add_flag("--unmatched", o->unmatched, "also write the right and left records that got no link");
  app.add_flag("--exhaustive", o->exhaustive,
               "score every pair instead of using the index (slow; gives the same links)");
  add_skip_invalid_option(app, o->skip_invalid);
  app.footer(
      "Each link is one JSON object: rank, score (in [0,1]), cosine, addresses (true when it passes\n"
      "--decide, --decide-ratio and --decide-margin), shared (the words, concepts, context words and\n"
      "tags that made it), and the two records as left and right. With --unmatched,\n"
      "{\"unmatched\":\"right\",\"right\":...} for a right record without a link and\n"
      "{\"unmatched\":\"left\",\"left\":...} for a left record no link reached.\n"
      "\n"
      "Examples:\n"
      "  vil match plan.jsonl pledges.jsonl                     each pledge's best plan rows\n"
      "  vil match pledges.jsonl strategies.jsonl --per doc --top 1   each strategy's best pledge per "
      "program\n"
      "  vil match plan.jsonl pledges.jsonl | vil agree - coding.tsv  measured against hand coding\n"
      "\n"
      "Exit status: 0 done; 2 trouble.");
  // The engine is left to the exit: the process ends right after, and freeing the
  // records, the index and the analyses one by one would add a tenth of a second to a
  // large run. Held by a static, it stays reachable, so LeakSanitizer sees no leak; the
  // static is volatile, as the compiler may otherwise drop a store nothing else reads.
  // A process that runs the command again (the CLI fuzz target) frees the one before.
  run = [o] {
    run_again_with_huge_pages({o->left, o->right});
    static Match* volatile kept = nullptr;
    delete kept;  // NOLINT(cppcoreguidelines-owning-memory)
    kept = nullptr;
    kept = new Match(*o);  // NOLINT(cppcoreguidelines-owning-memory): freed by the exit
    return kept->run();
  };
}

}  // namespace vil::cli

// vil match: link each RIGHT record to its best LEFT records by text similarity.

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <set>

#include "cli_load.hpp"
#include "cli_progress.hpp"
#include "commands.hpp"
#include "vil/exit_status.hpp"
#include "vil/field_path.hpp"
#include "vil/record_json.hpp"
#include "vil/similarity.hpp"

namespace vil::cli {
namespace {

// Chosen by measurement on the corpus: see man/vil-match.1.
constexpr double k_default_min_score = 0.15;

struct MatchOptions {
  std::string left;
  std::string right;
  std::size_t top = 3;
  double min_score = k_default_min_score;
  double tag_weight = 0.0;
  std::string per;
  std::vector<std::string> equate;
  std::size_t ngram = 4;
  bool unmatched = false;
  bool exhaustive = false;
  bool skip_invalid = false;
};

std::string score_text(double score) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.4f", score);
  return buf;
}

// Tag Jaccard: shared tags over all the tags of the two records.
double tag_similarity(const std::vector<std::string>& a, const std::vector<std::string>& b,
                      std::vector<std::string>& shared) {
  shared.clear();
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(shared));
  const std::size_t all = a.size() + b.size() - shared.size();
  return all == 0 ? 0.0 : static_cast<double>(shared.size()) / static_cast<double>(all);
}

class Match {
 public:
  explicit Match(const MatchOptions& options) : m_options(options), m_out("") {}
  int run();

 private:
  bool load();
  void link(std::size_t r);
  std::vector<std::string> shared_stems(const SparseVector& a, const SparseVector& b) const;

  const MatchOptions& m_options;
  Output m_out;
  std::vector<LoadedRecord> m_left;
  std::vector<LoadedRecord> m_right;
  TfIdf m_tfidf;
  std::vector<std::unique_ptr<Index>> m_indexes;  // one per --per group of LEFT
  std::vector<std::string> m_group_names;
  std::vector<bool> m_left_linked;
};

bool Match::load() {
  if (m_options.left == "-" && m_options.right == "-") {
    report("only one of LEFT and RIGHT can be standard input");
    return false;
  }
  std::vector<std::pair<std::string, std::string>> equate;
  if (!parse_equate(m_options.equate, equate)) return false;
  FieldPath per;
  std::string err;
  if (!m_options.per.empty() && !FieldPath::parse(m_options.per, per, err)) {
    report("--per: " + err);
    return false;
  }
  const bool ok_left =
      load_records(m_options.left, m_options.skip_invalid, m_left, m_options.per.empty() ? nullptr : &per);
  const bool ok_right = load_records(m_options.right, m_options.skip_invalid, m_right);
  if (!ok_left || !ok_right) return false;
  // TF-IDF over both sides: left documents first, then right.
  AnalyzerOptions analyzer_options;
  analyzer_options.equate = equate;
  analyzer_options.ngram = m_options.ngram;
  Analyzer analyzer(analyzer_options);
  std::unordered_map<std::string, double> features;
  for (const auto* side : {&m_left, &m_right}) {
    for (const LoadedRecord& r : *side) {
      analyzer.features(r.text, features);
      m_tfidf.add(features);
    }
  }
  m_tfidf.finish();
  // One index per group of LEFT records (all of them, without --per).
  std::map<std::string, std::vector<std::size_t>> groups;
  for (std::size_t i = 0; i < m_left.size(); ++i) groups[m_left[i].group].push_back(i);
  for (auto& [name, docs] : groups) {
    m_group_names.push_back(name);
    m_indexes.push_back(std::make_unique<Index>(m_tfidf, std::move(docs)));
  }
  m_left_linked.assign(m_left.size(), false);
  return true;
}

std::vector<std::string> Match::shared_stems(const SparseVector& a, const SparseVector& b) const {
  // The shared stems, by what they add to the score, most first.
  std::vector<std::pair<double, std::string>> shared;
  for (std::size_t i = 0, j = 0; i < a.terms.size() && j < b.terms.size();) {
    if (a.terms[i] == b.terms[j]) {
      const std::string& name = m_tfidf.term(a.terms[i]);
      if (name.rfind("s:", 0) == 0)
        shared.emplace_back(-static_cast<double>(a.weights[i]) * b.weights[j], name.substr(2));
      ++i;
      ++j;
    } else if (a.terms[i] < b.terms[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  std::sort(shared.begin(), shared.end());
  std::vector<std::string> out;
  for (std::size_t k = 0; k < shared.size() && k < 8; ++k) out.push_back(shared[k].second);
  return out;
}

void Match::link(std::size_t r) {
  const SparseVector& query = m_tfidf.vector(m_left.size() + r);
  const double w = m_options.tag_weight;
  bool linked = false;
  std::string& out = m_out.buffer();
  for (const auto& index : m_indexes) {
    // With a tag weight, a candidate may share tags and few words: score them all.
    std::vector<Scored> found;
    const std::size_t k = w > 0 ? m_left.size() : m_options.top;
    const double floor = w > 0 ? 0.0 : m_options.min_score;
    if (m_options.exhaustive) index->top_exhaustive(query, k, floor, found);
    else index->top(query, k, floor, found);
    struct Link {
      std::size_t left;
      double score;
      double cosine;
      std::vector<std::string> tags;
    };
    std::vector<Link> links;
    for (const Scored& s : found) {
      std::vector<std::string> tags;
      const double t = tag_similarity(m_left[s.doc].tags, m_right[r].tags, tags);
      const double score = (1.0 - w) * s.score + w * t;
      if (score >= m_options.min_score) links.push_back({s.doc, score, s.score, std::move(tags)});
    }
    std::sort(links.begin(), links.end(), [](const Link& a, const Link& b) {
      return a.score != b.score ? a.score > b.score : a.left < b.left;
    });
    if (links.size() > m_options.top) links.resize(m_options.top);
    for (std::size_t rank = 0; rank < links.size(); ++rank) {
      const Link& l = links[rank];
      m_left_linked[l.left] = true;
      linked = true;
      out += "{\"rank\":" + std::to_string(rank + 1) + ",\"score\":" + score_text(l.score) +
             ",\"cosine\":" + score_text(l.cosine) + ",\"shared\":{\"stems\":";
      append_json_string_array(out, shared_stems(query, m_tfidf.vector(l.left)));
      out += ",\"tags\":";
      append_json_string_array(out, l.tags);
      out += "},\"left\":" + m_left[l.left].raw + ",\"right\":" + m_right[r].raw + "}\n";
    }
    m_out.flush_if_full();
  }
  if (!linked && m_options.unmatched) {
    out += "{\"unmatched\":\"right\",\"right\":" + m_right[r].raw + "}\n";
    m_out.flush_if_full();
  }
}

int Match::run() {
  // 1. Read both sides and index the left one.
  if (!load()) return k_exit_trouble;
  // 2. For each right record, its best left records (progress on a terminal).
  Progress progress("match");
  for (std::size_t r = 0; r < m_right.size(); ++r) {
    link(r);
    progress.update(r + 1, m_right.size(), "records");
  }
  // 3. With --unmatched, the left records no right record reached.
  if (m_options.unmatched)
    for (std::size_t l = 0; l < m_left.size(); ++l)
      if (!m_left_linked[l]) m_out.write("{\"unmatched\":\"left\",\"left\":" + m_left[l].raw + "}\n");
  m_out.commit();
  return k_exit_ok;
}

}  // namespace

void setup_match(CLI::App& app, std::function<int()>& run) {
  auto o = std::make_shared<MatchOptions>();
  app.add_option("left", o->left, "JSON Lines records to link to (the kommuneplan strategies, say); '-': stdin")
      ->required()
      ->type_name("LEFT");
  app.add_option("right", o->right, "JSON Lines records to find links for (the pledges, say)")
      ->required()
      ->type_name("RIGHT");
  app.add_option("-k,--top", o->top, "links per right record (per --per group)")
      ->check(CLI::PositiveNumber)
      ->type_name("K")
      ->capture_default_str();
  app.add_option("--min-score", o->min_score, "least score of a link")
      ->check(CLI::Range(0.0, 1.0))
      ->type_name("SCORE")
      ->capture_default_str();
  app.add_option("--tag-weight", o->tag_weight,
                 "share of the score that comes from shared tags (tag Jaccard; the rest is text cosine)")
      ->check(CLI::Range(0.0, 1.0))
      ->type_name("W")
      ->capture_default_str();
  app.add_option("--per", o->per, "the best K from each group of LEFT records with one value of this field (doc)")
      ->type_name("FIELD");
  app.add_option("--equate", o->equate, "treat two names as one, such as Asker=Bærum; repeat for several")
      ->type_name("A=B")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app.add_option("--ngram", o->ngram, "character n-grams inside longer words, for compounds; 0: stems only")
      ->check(CLI::Range(0, 8))
      ->type_name("N")
      ->capture_default_str();
  app.add_flag("--unmatched", o->unmatched, "also write the right and left records that got no link");
  app.add_flag("--exhaustive", o->exhaustive, "score every pair instead of using the index (slow; gives the same links)");
  app.add_flag("--skip-invalid", o->skip_invalid, "warn about lines that are not records, count them, and go on");
  app.footer(
      "Each link is one JSON object: rank, score (in [0,1]), cosine (TF-IDF cosine over stems and\n"
      "word n-grams), shared (the stems that weigh most, the tags both have), and the two\n"
      "records as left and right. With --unmatched, {\"unmatched\":\"right\",\"right\":...} for a right\n"
      "record without a link and {\"unmatched\":\"left\",\"left\":...} for a left record no link reached.\n"
      "\n"
      "Examples:\n"
      "  vil match strategies.jsonl pledges.jsonl               each pledge's best strategies\n"
      "  vil match pledges.jsonl strategies.jsonl --per doc --top 1   each strategy's best pledge per program\n"
      "  vil match --tag-weight 0.3 --unmatched strategies.jsonl pledges.jsonl\n"
      "\n"
      "Exit status: 0 done; 2 trouble.");
  run = [o] { return Match(*o).run(); };
}

}  // namespace vil::cli

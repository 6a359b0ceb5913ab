#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "vil/concepts.hpp"
#include "vil/lemmatizer.hpp"
#include "vil/tfidf.hpp"

namespace vil {

// What the link engine needs of a record.
struct LinkRecord {
  std::string text;
  std::vector<std::string> context;  // what the record sits under: its headings; a plan
                                     // row's sub-goal and goal texts and focus area
  std::vector<std::string> tags;     // sorted
  std::string group = "null";        // --per: the value of the grouping field (left side)
  bool broader = false;              // a goal or sub-goal, or a record other records of its
                                     // side sit under: not a strategy
  std::vector<std::size_t> mates;    // the other items of its list: records of the same input
                                     // with the same parent, at most k_list_reach before it
                                     // and as many after (link_records sets them)
  bool nynorsk = false;              // its document reads as nynorsk (reads_as_nynorsk): its
                                     // words go to LinkResources::nynorsk
  std::size_t family = 0;            // the index of the record at the top of its chain of
                                     // parents in the same input (its goal), itself if none
                                     // (link_records sets it; left at 0 for all, every record
                                     // is one family, and --diversity changes no order)
};

// How far along its list a record's mates reach, each way (LinkRecord::mates): the
// pledge lists of the corpus have up to 18 items, and a query's length grows with them.
inline constexpr std::size_t k_list_reach = 20;

// A record as the caller read it, as much of it as link_records needs (views into the
// caller's records, which must outlive the call).
struct LinkSource {
  std::string_view id;
  std::string_view kind;
  std::string_view text;
  std::string_view parent;                         // the id of the record it sits under
  const std::vector<std::string>* path = nullptr;  // its headings
  const std::vector<std::string>* tags = nullptr;  // sorted
  std::string_view group = "null";
  std::string_view doc;  // the document: records of one are one language
};

// Whether texts read as nynorsk rather than bokmål: more words that only nynorsk writes
// ("ikkje", "dei", "eit", "frå", "korleis") than words that only bokmål does ("ikke",
// "de", "et", "fra", "hvordan"), and at least two.
bool reads_as_nynorsk(const std::vector<std::string_view>& texts);

// What the engine reads of each record: its text, and as context its headings and the
// texts of the plan rows it sits under (a strategy's sub-goal and goal) when those
// were read too; broader for a goal or sub-goal (by kind) and when another record of the
// same list sits under it; its mates, the other records with its parent; nynorsk when its
// document's records (or, without a doc, its own text) read as nynorsk.
std::vector<LinkRecord> link_records(const std::vector<LinkSource>& records);

// The word analyses a reference file keeps (the lemmatizer's, for the words of the
// reference's own texts), and the analyser they hold for (Lemmatizer::analyser_id).
struct SavedAnalyses {
  std::string analyser;
  std::vector<std::pair<std::string, WordAnalysis>> words;
};

// Parses a reference file ("#documents<TAB>N", then FEATURE<TAB>DF lines; and
// "#analyser<TAB>ID" with "a:WORD<TAB>LEMMA<TAB>PARTS<TAB>FLAGS" lines, read into
// analyses when given); false with the file:line of a bad line.
bool parse_reference(std::string_view text, const std::string& name, Reference& out, std::string& error,
                     SavedAnalyses* analyses = nullptr);
// Writes a reference in that form, features sorted, then the analyses, by word (none
// when analyses is null or names no analyser; a word whose fields cannot be written
// in that form is left out, and analysed again when a run needs it).
std::string format_reference(const Reference& reference, const SavedAnalyses* analyses = nullptr);

// The defaults were chosen on hand-coded pledges (../shared/gold/links-dev.tsv and
// tests/data/links-extra.tsv): see vil-match(1), QUALITY.
struct LinkOptions {
  std::size_t top = 3;                 // links per right record (per group)
  double min_score = 0.05;             // the least score of a link
  double decide = 0.3;                 // a link "addresses" its left record when it scores at
  double decide_ratio = 1.0;           // least decide and at least decide_ratio times the best
                                       // link of its right record (1: only the best, and ties)
  double decide_margin = 0.1;          // and only when the right record's best link leads its
                                       // next by at least this (a clear best; 0: any best)
  double tag_weight = 0.2;             // share of the score from the tags' Jaccard index
  double broader_weight = 0.85;        // score factor of a broader left record: a narrower
                                       // one that fits comes first
  double concept_weight = 0.5;         // share of the text score from shared concepts (the rest:
                                       // shared lemmas and compound parts)
  double part_weight = 0.3;            // a compound part, against 1 for a whole lemma
  double context_weight = 0.25;        // a left record's context features, against 1 for its text's
  double right_context_weight = 0.05;  // a right record's
  double list_weight = 0.05;           // the other items of a right record's list (its mates),
                                       // each text against 1 for its own: a pledge is read
                                       // with the list it is one line of
  double tail_weight = 0.5;            // the last content word of a left record's text (and of
                                       // each context text), against 1 for its first, linearly
                                       // between: a plan row names its subject first, and the
                                       // purposes it ends on are shared by many rows
  double diversity = 0.1;              // a link after the first loses this for each better link
                                       // of its right record in the same family (under the same
                                       // goal), so that the top links are not one goal's rows
  bool exhaustive = false;             // score every pair (slow; the same links)
  unsigned threads = 1;                // threads that work out the records' features (prepare);
                                       // the vectors are the same for any count
  std::vector<std::pair<std::string, std::string>> equate;  // names made one (--equate)
  std::vector<std::string> places;  // names that link nothing (the documents' municipalities)
};

// Why two records were linked: what they share, most weight first.
struct LinkWhy {
  std::vector<std::string> words;     // lemmas and compound parts both texts have
  std::vector<std::size_t> concepts;  // concepts both have (index into Concepts)
  std::vector<std::string> context;   // lemmas shared only through a context
  std::vector<std::string> tags;      // tags both have
};

struct Link {
  std::size_t left = 0;
  std::size_t rank = 1;    // 1: the best of its right record (in its group); later ranks
                           // by score less LinkOptions::diversity per better link in the
                           // same family
  double score = 0;        // in [0,1]
  double cosine = 0;       // of the two feature vectors
  bool addresses = false;  // the decision: see LinkOptions::decide
  LinkWhy why;
};

// Scratch memory of one thread's link searches (Linker::links).
struct LinkScratch {
  std::vector<float> acc;              // by slot: the score summed so far (its text's, and in
                                       // the dense pass its tags' share too)
  std::vector<std::uint32_t> tags;     // by slot: tags shared
  std::vector<std::uint64_t> touched;  // bit by slot: touched by this query
  std::vector<double> best;
  std::vector<std::pair<double, std::uint32_t>> candidates;  // (sum, slot)
  std::vector<std::pair<double, const std::vector<std::pair<std::uint32_t, float>>*>>
      lists;  // (weight, postings)
};

// The resources of the engine: a lemmatizer, a concept lexicon with its ignored words,
// and optional reference statistics (null: document frequencies over both inputs).
struct LinkResources {
  Lemmatizer* lemmatizer = nullptr;
  const Concepts* concepts = nullptr;
  const Reference* reference = nullptr;
  Lemmatizer* nynorsk = nullptr;  // for the records read as nynorsk (null: they go to lemmatizer)
};

// Links each right record to its best left records. A record is two TF-IDF vectors, one
// over lemmas and compound parts, one over concepts, each with its context's features
// weighing less; the score blends their cosines (concept_weight) and, with tag_weight,
// the tags' Jaccard index. An exact inverted index finds the best links without scoring
// every pair. Deterministic: ties go to the earlier left record.
class Linker {
 public:
  Linker(LinkResources resources, LinkOptions options);
  ~Linker();
  Linker(const Linker&) = delete;
  Linker& operator=(const Linker&) = delete;

  // Analyses both sides and indexes the left one (one index per group).
  void prepare(const std::vector<LinkRecord>& left, const std::vector<LinkRecord>& right);
  // The links of right record r, best first within each group, groups in name order.
  void links(std::size_t r, std::vector<Link>& out);
  // The same with scratch memory of the caller's: threads may call this at once, each
  // with its own scratch, once prepare has returned.
  void links(std::size_t r, std::vector<Link>& out, LinkScratch& scratch) const;
  std::size_t right_size() const;
  // Document frequencies of the text features of every record prepared.
  Reference reference() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

}  // namespace vil

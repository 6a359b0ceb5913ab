#include "vil/link.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <limits>
#include <map>
#include <memory>
#include <unordered_set>

#include "vil/analyzer.hpp"
#include "vil/parts.hpp"
#include "vil/text.hpp"
#include "vil/utf8.hpp"

namespace vil {
namespace {

// Whether any of the 8 products sums[k] * factors[k] reaches bar: two compares of four
// floats (GCC's and Clang's vector types: SSE on x86-64, NEON on ARM, else scalar code).
bool any_reaches(const float* sums, const float* factors, float bar) {
  using Floats = float __attribute__((vector_size(16)));
  using Mask = std::int32_t __attribute__((vector_size(16)));
  Floats s0, s1, f0, f1;
  std::memcpy(&s0, sums, sizeof s0);
  std::memcpy(&s1, sums + 4, sizeof s1);
  std::memcpy(&f0, factors, sizeof f0);
  std::memcpy(&f1, factors + 4, sizeof f1);
  const Floats b = {bar, bar, bar, bar};
  const Mask m = (s0 * f0 >= b) | (s1 * f1 >= b);
  std::uint64_t halves[2];
  std::memcpy(halves, &m, sizeof halves);
  return (halves[0] | halves[1]) != 0;
}

// Tag Jaccard: shared tags over all the tags of the two records.
double tag_similarity(const std::vector<std::string>& a, const std::vector<std::string>& b,
                      std::vector<std::string>& shared) {
  shared.clear();
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(shared));
  const std::size_t all = a.size() + b.size() - shared.size();
  return all == 0 ? 0.0 : static_cast<double>(shared.size()) / static_cast<double>(all);
}

// The same Jaccard, counted without collecting the shared tags.
double tag_jaccard(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::size_t shared = 0;
  for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    const int c = a[i].compare(b[j]);
    shared += c == 0;
    i += c <= 0;
    j += c >= 0;
  }
  const std::size_t all = a.size() + b.size() - shared;
  return all == 0 ? 0.0 : static_cast<double>(shared) / static_cast<double>(all);
}

bool all_digits(const std::string& w) {
  return std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "a:WORD<TAB>LEMMA<TAB>PARTS<TAB>FLAGS": PARTS spaced ("-": none), FLAGS "k" for a word
// the lexicon knows and "s" for a listed compound split here ("-": neither).
bool parse_analysis(std::string_view line, std::pair<std::string, WordAnalysis>& out) {
  std::vector<std::string_view> fields;
  for (std::size_t tab; (tab = line.find('\t')) != std::string_view::npos; line.remove_prefix(tab + 1))
    fields.push_back(line.substr(0, tab));
  fields.push_back(line);
  if (fields.size() != 4) return false;
  const std::string_view word = fields[0].substr(2);
  if (word.empty() || fields[1].empty() || fields[2].empty() || fields[3].empty()) return false;
  out = {std::string(word), WordAnalysis{}};
  WordAnalysis& a = out.second;
  a.lemma = std::string(fields[1]);
  if (fields[2] != "-") {
    std::string_view parts = fields[2];
    while (!parts.empty()) {
      const std::size_t space = parts.find(' ');
      a.parts.emplace_back(parts.substr(0, space));
      if (a.parts.back().empty()) return false;
      parts.remove_prefix(space == std::string_view::npos ? parts.size() : space + 1);
    }
  }
  if (fields[3] != "-") {
    for (char c : fields[3]) {
      if (c == 'k' && !a.known)
        a.known = true;
      else if (c == 's' && !a.split_by_lexicon)
        a.split_by_lexicon = true;
      else
        return false;
    }
  }
  return true;
}

// A field of an analysis line: no tab, no line end, and (a part) no space.
bool plain_field(std::string_view s, bool part = false) {
  return !s.empty() && s.find_first_of(part ? "\t\r\n " : "\t\r\n") == std::string_view::npos;
}

}  // namespace

bool parse_reference(std::string_view text, const std::string& name, Reference& out, std::string& error,
                     SavedAnalyses* analyses) {
  out = {};
  if (analyses != nullptr) *analyses = {};
  std::size_t number = 0;
  bool header = false;
  const auto bad = [&](const char* what) {
    error = name + ":" + std::to_string(number) + ": expected " + what;
    return false;
  };
  while (!text.empty()) {
    const std::size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) continue;
    if (line.starts_with("a:")) {
      std::pair<std::string, WordAnalysis> analysis;
      if (!parse_analysis(line, analysis)) return bad("a:WORD<TAB>LEMMA<TAB>PARTS<TAB>FLAGS");
      if (analyses != nullptr) analyses->words.push_back(std::move(analysis));
      continue;
    }
    if (line.starts_with("#analyser\t")) {
      const std::string_view id = line.substr(10);
      if (!plain_field(id)) return bad("#analyser<TAB>ID");
      if (analyses != nullptr) analyses->analyser = std::string(id);
      continue;
    }
    const std::size_t tab = line.find('\t');
    const std::string_view value = tab == std::string_view::npos ? std::string_view() : line.substr(tab + 1);
    std::size_t n = 0;
    bool ok = tab != std::string_view::npos && !value.empty() && value.size() < 10;
    for (char c : value) ok = ok && c >= '0' && c <= '9', n = n * 10 + static_cast<std::size_t>(c - '0');
    if (!ok) return bad("FEATURE<TAB>COUNT");
    const std::string_view key = line.substr(0, tab);
    if (key == "#documents") {
      out.documents = n;
      header = true;
    } else if (!key.empty() && key[0] != '#') {
      out.df[std::string(key)] = static_cast<std::uint32_t>(n);
    }
  }
  if (!header) {
    error = name + ": no #documents line: not a reference file";
    return false;
  }
  return true;
}

std::string format_reference(const Reference& reference, const SavedAnalyses* analyses) {
  std::string out = "#documents\t" + std::to_string(reference.documents) + "\n";
  std::vector<std::pair<std::string, std::uint32_t>> rows(reference.df.begin(), reference.df.end());
  std::sort(rows.begin(), rows.end());
  for (const auto& [feature, df] : rows) out += feature + "\t" + std::to_string(df) + "\n";
  if (analyses == nullptr || analyses->analyser.empty()) return out;
  out += "#analyser\t" + analyses->analyser + "\n";
  std::vector<const std::pair<std::string, WordAnalysis>*> words;
  for (const auto& w : analyses->words) words.push_back(&w);
  std::sort(words.begin(), words.end(), [](const auto* x, const auto* y) { return x->first < y->first; });
  for (const auto* w : words) {
    const WordAnalysis& a = w->second;
    bool ok = plain_field(w->first) && plain_field(a.lemma);
    for (const std::string& p : a.parts) ok = ok && plain_field(p, true) && p != "-";
    if (!ok) continue;
    out += "a:" + w->first + "\t" + a.lemma + "\t";
    if (a.parts.empty()) out += '-';
    for (std::size_t i = 0; i < a.parts.size(); ++i) out += (i > 0 ? " " : "") + a.parts[i];
    out += '\t';
    if (a.known) out += 'k';
    if (a.split_by_lexicon) out += 's';
    if (!a.known && !a.split_by_lexicon) out += '-';
    out += '\n';
  }
  return out;
}

// One group of left records (--per), indexed: postings of word and concept features
// and of tags, by slot (the record's place in the group).
struct LinkGroup {
  std::vector<std::size_t> docs;
  std::vector<double> factor;            // by slot: broader_weight for a broader record, else 1
  std::vector<float> factor_f;           // the same, as floats (a first, loose comparison)
  std::vector<std::uint32_t> tag_count;  // by slot: the record's tags
  bool families = false;                 // two records of the group have one family
  std::unordered_map<std::uint32_t, std::vector<std::pair<std::uint32_t, float>>> words, concepts;
  std::unordered_map<std::string, std::vector<std::uint32_t>> tags;
};

struct Linker::Impl {
  LinkResources res;
  LinkOptions opt;
  const std::vector<LinkRecord>* left = nullptr;
  const std::vector<LinkRecord>* right = nullptr;
  TfIdf words;                                  // lemmas and compound parts ("w:...")
  TfIdf concepts;                               // concepts ("c:...")
  Reference local;                              // df of the text features of the records
  std::vector<std::vector<std::uint32_t>> own;  // each record's own word features (sorted ids)
  std::vector<LinkGroup> groups;
  std::unordered_map<std::string, std::string> equate;
  std::unordered_set<std::string> places;  // folded, equated
  std::unordered_map<std::string, std::size_t> concept_ids;
  std::vector<Word> scratch_words;
  std::vector<std::size_t> scratch_concepts;
  LinkScratch own_scratch;  // for links() without one

  // What one surface word ("Ladestasjoner") gives a text, worked out once per distinct
  // word: most words recur thousands of times in a large input.
  struct Surface {
    std::string folded;                                   // case folded, equated
    bool content = false;                                 // not a function word, number or place
                                                          // name: it has a place in the word order
    bool analysed = false;                                // words and concepts below are set
    bool nynorsk = false;                                 // analysed by res.nynorsk
    std::vector<std::pair<std::uint32_t, double>> words;  // (feature id, factor): the
                                                          // lemma 1, each compound part part_weight
    std::vector<std::uint32_t> concepts;                  // concept feature ids
  };
  struct SurfaceHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unordered_map<std::string, Surface, SurfaceHash, std::equal_to<>> surfaces;
  // The content words of every text (each record's own, then its context's, records in
  // the order prepare reads them), as one list: text t is words [text_ends[t - 1],
  // text_ends[t]). Words are split once, in prepare.
  std::vector<Surface*> text_words;
  std::vector<std::size_t> text_ends;
  std::size_t next_text = 0;                                 // add_record's place in text_ends
  std::vector<std::uint32_t> own_df_words, own_df_concepts;  // by feature id: records whose
                                                             // own text has the feature

  std::string fold_word(std::string_view word) const {
    std::string folded = fold_case(word);
    const auto it = equate.find(folded);
    return it == equate.end() ? folded : it->second;
  }

  // The surface word's entry, made (folded and classed, not analysed) on first sight. A
  // nynorsk word has an entry of its own (key: a NUL byte, then the word): "tal" is
  // another word in bokmål.
  Surface& surface(std::string_view word, bool nynorsk) {
    std::string_view key = word;
    if (nynorsk) {
      scratch_key.assign(1, '\0');
      scratch_key += word;
      key = scratch_key;
    }
    auto it = surfaces.find(key);
    if (it != surfaces.end()) return it->second;
    Surface s;
    s.folded = fold_word(word);
    s.nynorsk = nynorsk;
    s.content = !Analyzer::is_stop_word(s.folded) && !all_digits(s.folded) && places.count(s.folded) == 0;
    return surfaces.emplace(std::string(key), std::move(s)).first->second;
  }
  std::string scratch_key;

  bool ignored(const std::string& lemma) const {
    return res.concepts->ignored(lemma) || places.count(lemma) > 0 || Analyzer::is_stop_word(lemma);
  }

  // A content word's features from the lexicon: whole lemma ("w:"), compound parts
  // ("w:", part_weight), concepts ("c:"); none for an ignored lemma.
  void analyse(Surface& s) {
    s.analysed = true;
    const WordAnalysis& a = (s.nynorsk ? res.nynorsk : res.lemmatizer)->analyse(s.folded);
    if (ignored(a.lemma)) return;
    s.words.emplace_back(words.intern("w:" + a.lemma), 1.0);
    for (const std::string& p : a.parts)
      if (!ignored(p) && count_code_points(p) >= 3)
        s.words.emplace_back(words.intern("w:" + p), opt.part_weight);
    // A listed compound split here gives concepts through its head only: its other
    // part may have drifted in meaning ("veiledning" is no road).
    if (a.split_by_lexicon)
      res.concepts->concepts_of(a.lemma, {a.parts.back()}, scratch_concepts);
    else
      res.concepts->concepts_of(a.lemma, a.parts, scratch_concepts);
    for (std::size_t c : scratch_concepts)
      s.concepts.push_back(concepts.intern("c:" + res.concepts->concept_at(c).name));
  }

  // Splits a text into its content words, appended to text_words as a text of their own.
  void split_text(std::string_view text, bool nynorsk) {
    split_words(text, scratch_words);
    for (const Word& word : scratch_words) {
      Surface& s = surface(text.substr(word.begin, word.end - word.begin), nynorsk);
      if (s.content) text_words.push_back(&s);
    }
    text_ends.push_back(text_words.size());
  }

  // Analyses the words of text t not analysed yet, in text order: the order features
  // are first seen in is the order of their ids.
  void analyse_text(std::size_t t) {
    for (std::size_t i = t == 0 ? 0 : text_ends[t - 1]; i < text_ends[t]; ++i)
      if (!text_words[i]->analysed) analyse(*text_words[i]);
  }

  // Adds the features of text t (of split_text; its words analysed), each weighing
  // `scale`, to w (words) and c (concepts) as (feature id, weight) in text order. With
  // tail below 1, the words weigh less the later they come: scale for the first content
  // word, tail times scale for the last, linearly between.
  void add_features(std::size_t t, double scale, double tail,
                    std::vector<std::pair<std::uint32_t, double>>& w,
                    std::vector<std::pair<std::uint32_t, double>>& c) const {
    const std::size_t begin = t == 0 ? 0 : text_ends[t - 1];
    const std::size_t n = text_ends[t] - begin;
    const double step = n > 1 ? (1.0 - tail) / static_cast<double>(n - 1) : 0.0;
    for (std::size_t i = 0; i < n; ++i) {
      const Surface& s = *text_words[begin + i];
      const double x = scale * (1.0 - step * static_cast<double>(i));
      for (const auto& [id, factor] : s.words) w.emplace_back(id, x * factor);
      for (std::uint32_t id : s.concepts) c.emplace_back(id, x);
    }
  }

  // Sums the weights of each feature, in the order they were added; ids ascending.
  static void merge(std::vector<std::pair<std::uint32_t, double>>& features) {
    const auto by_id = [](const auto& a, const auto& b) { return a.first < b.first; };
    if (features.size() > 32) {
      std::stable_sort(features.begin(), features.end(), by_id);
    } else {  // a record's few features: an insertion sort (stable) that allocates nothing
      for (std::size_t i = 1; i < features.size(); ++i)
        for (std::size_t j = i; j > 0 && by_id(features[j], features[j - 1]); --j)
          std::swap(features[j], features[j - 1]);
    }
    std::size_t out = 0;
    for (std::size_t i = 0; i < features.size(); ++out) {
      features[out] = features[i];
      for (++i; i < features.size() && features[i].first == features[out].first; ++i)
        features[out].second += features[i].second;
    }
    features.resize(out);
  }

  static void count_df(const std::vector<std::pair<std::uint32_t, double>>& features,
                       std::vector<std::uint32_t>& df) {
    for (const auto& [id, x] : features) {
      if (id >= df.size()) df.resize(id + 1, 0);
      ++df[id];
    }
  }

  // What a record adds to the vectors, worked out on a worker thread.
  struct RecordFeatures {
    std::vector<std::pair<std::uint32_t, double>> w, c;          // all its features, merged
    std::vector<std::pair<std::uint32_t, double>> own_w, own_c;  // its own text's, merged
  };

  // How the records of one side are read: each context text weighs context_weight, each
  // mate's own text mate_weight (texts: the index of each record's own text in
  // text_ends, of its side); tail as add_features (a left record's, opt.tail_weight; a
  // right record's, 1).
  struct SideWeights {
    double context_weight;
    double mate_weight;
    double tail;
    const std::vector<std::size_t>* texts;
  };

  // Analyses the texts record r reads (its own text t, its context, its mates), in the
  // order record_features reads them.
  void analyse_record(const LinkRecord& r, std::size_t t, const SideWeights& side) {
    analyse_text(t);
    if (side.context_weight > 0)
      for (std::size_t k = 1; k <= r.context.size(); ++k) analyse_text(t + k);
    if (side.mate_weight > 0)
      for (std::size_t mate : r.mates)
        if (mate < side.texts->size()) analyse_text((*side.texts)[mate]);
  }

  // Record r's features (its own text is text t, analysed): its own text's, its
  // context's, and its mates' own texts. It only reads: threads may call it at once.
  void record_features(const LinkRecord& r, std::size_t t, const SideWeights& side, RecordFeatures& f) const {
    f.w.clear();
    f.c.clear();
    add_features(t, 1.0, side.tail, f.w, f.c);
    f.own_w = f.w;
    f.own_c = f.c;
    merge(f.own_w);
    merge(f.own_c);
    if (side.context_weight > 0)
      for (std::size_t k = 1; k <= r.context.size(); ++k)
        add_features(t + k, side.context_weight, side.tail, f.w, f.c);
    if (side.mate_weight > 0)
      for (std::size_t mate : r.mates)
        if (mate < side.texts->size())
          add_features((*side.texts)[mate], side.mate_weight, side.tail, f.w, f.c);
    merge(f.w);
    merge(f.c);
  }

  // Adds a record's features to the vectors: the own text's document frequencies, which
  // word features are its own, and all of them. Records in order.
  void keep_features(const RecordFeatures& f) {
    count_df(f.own_w, own_df_words);
    count_df(f.own_c, own_df_concepts);
    ++local.documents;
    own.emplace_back();
    for (const auto& [id, x] : f.own_w) own.back().push_back(id);
    words.add_ids(f.w);
    concepts.add_ids(f.c);
  }

  // Adds the records of one side: every word analysed first, on this thread (a
  // feature's id is its place in the order features are first seen), then a chunk of
  // records at a time, their features worked out on `threads` threads and kept in record
  // order. The vectors are the same whatever the thread count.
  void add_side(const std::vector<LinkRecord>& records, const SideWeights& side, unsigned threads) {
    std::vector<std::size_t> first(records.size());  // each record's own text
    for (std::size_t i = 0; i < records.size(); ++i) {
      first[i] = next_text;
      next_text += 1 + records[i].context.size();
      analyse_record(records[i], first[i], side);
    }
    constexpr std::size_t k_chunk = 1024;
    std::vector<RecordFeatures> chunk(std::min(k_chunk, records.size()));
    const auto work = [&](std::size_t begin, std::size_t end, unsigned part, unsigned parts) {
      for (std::size_t i = begin + part; i < end; i += parts)
        record_features(records[i], first[i], side, chunk[i - begin]);
    };
    for (std::size_t begin = 0; begin < records.size(); begin += k_chunk) {
      const std::size_t end = std::min(records.size(), begin + k_chunk);
      const unsigned parts = end - begin < 256 ? 1 : std::max(1u, threads);
      // Part 0 on this thread, the others on threads of their own, all joined here.
      run_parts(parts, 1, [&, begin, end, parts](unsigned part) { work(begin, end, part, parts); });
      for (std::size_t i = begin; i < end; ++i) keep_features(chunk[i - begin]);
    }
  }

  bool is_own(std::size_t doc, std::uint32_t term) const {
    return std::binary_search(own[doc].begin(), own[doc].end(), term);
  }

  // The score of left record l for right record r (its document r_doc), exactly.
  double text_score(std::size_t l, std::size_t r_doc) const {
    const double b = opt.concept_weight;
    return (1.0 - b) * dot(words.vector(r_doc), words.vector(l)) +
           b * dot(concepts.vector(r_doc), concepts.vector(l));
  }

  // The shared features of two vectors, by what they add to the dot product, most first.
  // Equal shares go in name order.
  static std::vector<std::uint32_t> shared_terms(const TfIdf& tfidf, const SparseVector& q,
                                                 const SparseVector& v) {
    std::vector<std::pair<double, std::uint32_t>> shared;
    for (std::size_t i = 0, j = 0; i < q.terms.size() && j < v.terms.size();) {
      if (q.terms[i] == v.terms[j]) {
        shared.emplace_back(-static_cast<double>(q.weights[i]) * v.weights[j], q.terms[i]);
        ++i;
        ++j;
      } else if (q.terms[i] < v.terms[j]) {
        ++i;
      } else {
        ++j;
      }
    }
    std::sort(shared.begin(), shared.end(), [&](const auto& a, const auto& b) {
      return a.first != b.first ? a.first < b.first : tfidf.term(a.second) < tfidf.term(b.second);
    });
    std::vector<std::uint32_t> out;
    for (const auto& [w, term] : shared) out.push_back(term);
    return out;
  }

  LinkWhy explain(std::size_t l, std::size_t r_doc) const {
    LinkWhy why;
    for (std::uint32_t term : shared_terms(words, words.vector(r_doc), words.vector(l))) {
      if (why.words.size() == 8 && why.context.size() == 8) break;
      std::vector<std::string>& list = is_own(l, term) && is_own(r_doc, term) ? why.words : why.context;
      if (list.size() < 8) list.push_back(words.term(term).substr(2));
    }
    for (std::uint32_t term : shared_terms(concepts, concepts.vector(r_doc), concepts.vector(l))) {
      const auto it = concept_ids.find(concepts.term(term).substr(2));
      if (it != concept_ids.end() && why.concepts.size() < 8) why.concepts.push_back(it->second);
    }
    return why;
  }

  // The top links of scored (best first, ties to the earlier left record), as indices
  // into it: each next the one whose score less opt.diversity for every link already
  // taken from its family is highest (ties to the earlier). The first is the best. In a
  // group where no two records share a family, the order as scored. last_value: the
  // value the last link was taken at (the values only fall from link to link).
  std::vector<std::size_t> diverse_order(const std::vector<std::pair<double, std::size_t>>& scored,
                                         bool families, double& last_value) const {
    std::vector<std::size_t> order;
    last_value = std::numeric_limits<double>::infinity();
    if (!families || opt.diversity <= 0) {
      for (std::size_t i = 0; i < std::min(opt.top, scored.size()); ++i) order.push_back(i);
      if (!order.empty()) last_value = scored[order.back()].first;
      return order;
    }
    std::vector<bool> taken(scored.size(), false);
    while (order.size() < std::min(opt.top, scored.size())) {
      std::size_t pick = scored.size();
      double pick_value = 0;
      for (std::size_t i = 0; i < scored.size(); ++i) {
        if (taken[i]) continue;
        double value = scored[i].first;
        const std::size_t family = (*left)[scored[i].second].family;
        for (std::size_t j : order)
          if ((*left)[scored[j].second].family == family) value -= opt.diversity;
        if (pick == scored.size() || value > pick_value) {
          pick = i;
          pick_value = value;
        }
        if (order.empty()) break;  // the best, as scored
      }
      taken[pick] = true;
      order.push_back(pick);
      last_value = pick_value;
    }
    return order;
  }

  // The best links of right record r within one group: postings summed term at a time
  // (a left record sharing no word, concept or tag gets nothing added), then the exact
  // score for those whose sums reach the k-th best (less a margin for rounding): the
  // same links as scoring every record of the group (--exhaustive).
  void group_links(const LinkGroup& g, std::size_t r, std::vector<Link>& out, LinkScratch& scratch) const {
    const std::size_t r_doc = left->size() + r;
    const LinkRecord& query = (*right)[r];
    const double b = opt.concept_weight;
    const double t = opt.tag_weight;
    std::vector<std::pair<double, std::size_t>> scored;  // (exact score, left record)
    // More than rounding can move a sum from its exact score, twice over (a sum is
    // compared with another sum or with an exact score); set below for the index's sums.
    double margin = 1e-9;
    // Index only: the candidates (sum, slot), those scored first, and how many they are.
    std::vector<std::pair<double, std::uint32_t>>& candidates = scratch.candidates;
    candidates.clear();
    std::size_t next = 0;  // candidates[0, next) are scored
    double scored_to = 0;  // every candidate whose sum reaches this is scored
    // The links wanted: top, and the second best too when the decision needs its gap.
    const std::size_t want = std::max<std::size_t>(opt.top, opt.decide_margin > 0 ? 2 : 1);
    const auto tags_of = [&](std::size_t l, std::vector<std::string>* shared) {
      std::vector<std::string> s;
      const double j = tag_similarity((*left)[l].tags, query.tags, s);
      if (shared != nullptr) *shared = std::move(s);
      return j;
    };
    const auto factor = [&](std::size_t l) { return (*left)[l].broader ? opt.broader_weight : 1.0; };
    const auto exact = [&](std::size_t l) {
      return factor(l) * ((1.0 - t) * text_score(l, r_doc) + t * tag_jaccard((*left)[l].tags, query.tags));
    };
    // Scores the candidates not yet scored whose sums reach `to`.
    const auto score_to = [&](double to) {
      const auto mid = std::partition(candidates.begin() + static_cast<std::ptrdiff_t>(next),
                                      candidates.end(), [&](const auto& c) { return c.first >= to; });
      for (auto it = candidates.begin() + static_cast<std::ptrdiff_t>(next); it != mid; ++it)
        scored.emplace_back(exact(g.docs[it->second]), g.docs[it->second]);
      next = static_cast<std::size_t>(mid - candidates.begin());
    };
    if (opt.exhaustive) {
      for (std::size_t l : g.docs) scored.emplace_back(exact(l), l);
    } else {
      // 1. Term at a time: each posting adds its share of the text score to its record.
      std::vector<float>& acc = scratch.acc;
      std::vector<std::uint32_t>& shared_tags = scratch.tags;
      const std::size_t blocks = (g.docs.size() + 63) / 64;
      if (acc.size() < g.docs.size()) {
        acc.resize(g.docs.size(), 0.0f);
        shared_tags.resize(g.docs.size(), 0);
      }
      if (scratch.touched.size() < blocks) scratch.touched.resize(blocks, 0);
      // The loops below run for most entries of most postings: through raw pointers,
      // which the compiler need not reload after each store. A record touched is a bit:
      // setting it waits for nothing, where keeping a list of the new ones made each
      // entry wait for the read of the one before.
      float* const sums = acc.data();
      std::uint32_t* const tags_shared = shared_tags.data();
      std::uint64_t* const touched = scratch.touched.data();
      // The query's postings, each with its share of the score, and how many entries
      // they hold. When they hold about as many as the group has records (a quarter), a
      // pass over every record (2) costs less than marking each record touched; with
      // families, whose bar is lowered (2), it does not: few records fall under it.
      auto& lists = scratch.lists;
      lists.clear();
      std::size_t entries = 0;
      const auto gather = [&](const SparseVector& q, const auto& postings, double share) {
        for (std::size_t i = 0; i < q.terms.size(); ++i) {
          const auto p = postings.find(q.terms[i]);
          if (p == postings.end()) continue;
          lists.emplace_back(share * static_cast<double>(q.weights[i]), &p->second);
          entries += p->second.size();
        }
      };
      gather(words.vector(r_doc), g.words, (1.0 - t) * (1.0 - b));
      gather(concepts.vector(r_doc), g.concepts, (1.0 - t) * b);
      // The sums are floats, for speed (half the memory the scattered adds below touch).
      // A record's sum adds at most one product per feature and the tags' share, each
      // at most 1 and together at most about 1, so it is off from the exact score by less
      // than (features + 5) float roundings (2^-24 each, with the clamp of dot() to 1)
      // times the broader factor; the margin is twice that, and more.
      margin = (1e-9 + static_cast<double>(lists.size() + 5) * 0x1p-22) * std::max(1.0, opt.broader_weight);
      // The dense pass reads back every record, touched or not: one whose sum is 0 must
      // not be a link, so it is taken only where the least score is above the margin (a
      // sum rounded to 0 then belongs to no link either).
      const bool dense = !g.families && entries >= g.docs.size() / 4 && opt.min_score > margin;
      if (dense) {
        for (const auto& [w, list] : lists) {
          const float wf = static_cast<float>(w);
          for (const auto& [slot, x] : *list) sums[slot] += wf * x;
        }
      } else {
        for (const auto& [w, list] : lists)
          for (const auto& [slot, x] : *list) {
            touched[slot >> 6] |= std::uint64_t{1} << (slot & 63);
            sums[slot] += static_cast<float>(w) * x;
          }
      }
      if (t > 0)
        for (const std::string& tag : query.tags) {
          const auto p = g.tags.find(tag);
          if (p == g.tags.end()) continue;
          for (std::uint32_t slot : p->second) {
            touched[slot >> 6] |= std::uint64_t{1} << (slot & 63);
            ++tags_shared[slot];
          }
        }
      // 2. The sums (each the exact score, but for rounding), in one pass that
      //    also clears them: the k-th best so far kept in a small heap, and the records
      //    whose sum reaches it (less a margin for rounding) kept as candidates. The heap's
      //    least only rises, so the candidates hold every record that reaches the final
      //    k-th best; only those get their exact score: the same links as scoring every
      //    record. (Read from the group's own arrays, not the records: this loop runs for
      //    most records of most queries, and its common path, a sum under the bar, is
      //    written out in the loop; keeping a candidate is a call.)
      const double least = opt.min_score - margin;
      std::vector<double>& best = scratch.best;  // min-heap of the k best sums so far
      best.clear();
      // With families, a record may rank among the top after records up to (top - 1)
      // diversity penalties above it: the bar is lowered by as much.
      const double widen =
          g.families ? static_cast<double>(opt.top > 0 ? opt.top - 1 : 0) * opt.diversity : 0.0;
      double bar = least;  // what a sum must reach to be a candidate: least, then the
                           // heap's least less the widening and the margin once it is full
      const auto keep = [&](double s, std::uint32_t slot) {
        if (best.size() < want) {
          best.push_back(s);
          std::push_heap(best.begin(), best.end(), std::greater<>());
        } else if (s > best.front()) {
          std::pop_heap(best.begin(), best.end(), std::greater<>());
          best.back() = s;
          std::push_heap(best.begin(), best.end(), std::greater<>());
        }
        if (best.size() == want) bar = std::max(least, best.front() - widen - margin);
        candidates.emplace_back(s, slot);
      };
      const double* const factors = g.factor.data();
      const std::uint32_t* const tag_counts = g.tag_count.data();
      const std::size_t query_tags = query.tags.size();
      if (dense) {
        // Every record in slot order, as the bits below visit the touched ones (the
        // others have sums of 0, under the bar): the tags' share added first, then eight
        // records at a time, those whose sums all fall under the bar (most, once the heap
        // is full) in one vector compare.
        for (std::size_t block = 0; block < blocks; ++block) {
          for (std::uint64_t bits = touched[block]; bits != 0; bits &= bits - 1) {
            const auto slot =
                static_cast<std::uint32_t>(block * 64 + static_cast<std::size_t>(__builtin_ctzll(bits)));
            const std::size_t all = tag_counts[slot] + query_tags - tags_shared[slot];
            sums[slot] +=
                static_cast<float>(t * static_cast<double>(tags_shared[slot]) / static_cast<double>(all));
            tags_shared[slot] = 0;
          }
        }
        const std::size_t n = g.docs.size();
        const float* const factors_f = g.factor_f.data();
        const double slack = 0x1p-18 * std::max(1.0, opt.broader_weight);
        for (std::size_t base = 0; base < n; base += 8) {
          const std::size_t end = std::min(base + 8, n);
          if (end == base + 8) {
            // In floats, against a bar lowered by far more than the roundings of the
            // float factor, the product and the bar (a few 2^-24 of a sum of about 1 at
            // most, times the factor): a record that reaches the bar in doubles reaches
            // this one. Eight compares as vectors.
            if (!any_reaches(sums + base, factors_f + base, static_cast<float>(bar - slack))) {
              std::fill(sums + base, sums + end, 0.0f);
              continue;
            }
          }
          for (std::size_t i = base; i < end; ++i) {
            const double s = static_cast<double>(sums[i]) * factors[i];
            sums[i] = 0.0f;
            if (s >= bar) {
              const auto slot = static_cast<std::uint32_t>(i);
              if (best.size() < want || s > best.front())
                keep(s, slot);
              else
                candidates.emplace_back(s, slot);
            }
          }
        }
      } else {
        for (std::size_t block = 0; block < blocks; ++block)
          for (std::uint64_t bits = touched[block]; bits != 0; bits &= bits - 1) {
            const auto slot =
                static_cast<std::uint32_t>(block * 64 + static_cast<std::size_t>(__builtin_ctzll(bits)));
            double s = sums[slot];
            sums[slot] = 0.0f;
            if (tags_shared[slot] > 0) {
              const std::size_t all = tag_counts[slot] + query_tags - tags_shared[slot];
              s += t * static_cast<double>(tags_shared[slot]) / static_cast<double>(all);
              tags_shared[slot] = 0;
            }
            s *= factors[slot];
            if (s >= bar) {  // few records, once the heap is full
              if (best.size() < want || s > best.front())
                keep(s, slot);
              else
                candidates.emplace_back(s, slot);  // below the k best, above the lowered bar
            }
          }
      }
      // 3. Exact scores for the candidates whose sums reach the bar. With
      //    families the bar was lowered for what --diversity could lift; those below the
      //    unlowered bar are scored only when the links chosen show they might count (4).
      std::erase_if(candidates, [&](const auto& c) { return c.first < bar; });
      scored_to = best.size() == want ? std::max(least, best.front() - margin) : least;
      score_to(scored_to);
      std::fill(touched, touched + blocks, std::uint64_t{0});
    }
    // The best top, score at least min_score and above 0; ties to the earlier left record.
    // 4. (Index, with families.) A candidate not scored scores less than scored_to plus the
    //    margin: when every link was taken at a value above that, it could have taken
    //    none of their places, and the links are those of scoring every candidate.
    //    Otherwise the candidates down to the last link's value are scored, and again.
    std::vector<std::pair<double, std::size_t>> kept;
    std::vector<std::size_t> order;
    for (;;) {
      kept.clear();
      for (const auto& s : scored)
        if (s.first >= opt.min_score && s.first > 0) kept.push_back(s);
      std::sort(kept.begin(), kept.end(), [](const auto& x, const auto& y) {
        return x.first != y.first ? x.first > y.first : x.second < y.second;
      });
      double last_value = 0;
      order = diverse_order(kept, g.families, last_value);
      if (next == candidates.size()) break;
      const bool full = order.size() == opt.top;
      if (full && last_value >= scored_to + margin) break;
      scored_to = full ? last_value - margin : -std::numeric_limits<double>::infinity();
      score_to(scored_to);
    }
    // The best link stands out when it leads the next by decide_margin (or has none).
    const bool stands_out =
        kept.empty() || kept.size() < 2 || kept[0].first - kept[1].first >= opt.decide_margin - 1e-12;
    for (std::size_t rank = 0; rank < order.size(); ++rank) {
      Link l;
      l.left = kept[order[rank]].second;
      l.rank = rank + 1;
      l.score = kept[order[rank]].first;
      l.cosine = text_score(l.left, r_doc);
      l.addresses = stands_out && l.score >= opt.decide && l.score >= opt.decide_ratio * kept[0].first;
      l.why = explain(l.left, r_doc);
      tags_of(l.left, &l.why.tags);
      out.push_back(std::move(l));
    }
  }
};

Linker::Linker(LinkResources resources, LinkOptions options) : m_impl(std::make_unique<Impl>()) {
  m_impl->res = resources;
  m_impl->opt = std::move(options);
  for (const auto& [canonical, other] : m_impl->opt.equate) {
    m_impl->equate[fold_case(other)] = fold_case(canonical);
    m_impl->places.insert(fold_case(canonical));
    m_impl->places.insert(fold_case(other));
  }
  for (const std::string& p : m_impl->opt.places) m_impl->places.insert(m_impl->fold_word(p));
  for (std::size_t c = 0; c < resources.concepts->size(); ++c)
    m_impl->concept_ids.emplace(resources.concepts->concept_at(c).name, c);
}

Linker::~Linker() = default;

void Linker::prepare(const std::vector<LinkRecord>& left, const std::vector<LinkRecord>& right) {
  Impl& m = *m_impl;
  m.left = &left;
  m.right = &right;
  // 1. Every text split into words once; every distinct content word to the lexicon at once.
  std::vector<std::size_t> left_texts, right_texts;  // by record: its own text's index
  for (auto [side, texts] : {std::pair{&left, &left_texts}, std::pair{&right, &right_texts}})
    for (const LinkRecord& r : *side) {
      texts->push_back(m.text_ends.size());
      const bool nynorsk = r.nynorsk && m.res.nynorsk != nullptr;
      m.split_text(r.text, nynorsk);
      for (const std::string& c : r.context) m.split_text(c, nynorsk);
    }
  std::vector<std::string> fresh, fresh_nynorsk;
  for (const auto& [word, s] : m.surfaces)
    if (s.content) (s.nynorsk ? fresh_nynorsk : fresh).push_back(s.folded);
  m.res.lemmatizer->prepare(fresh);
  if (!fresh_nynorsk.empty()) m.res.nynorsk->prepare(fresh_nynorsk);
  // 2. Features and vectors: left records first, then right.
  m.add_side(left, {m.opt.context_weight, 0.0, m.opt.tail_weight, &left_texts}, m.opt.threads);
  m.add_side(right, {m.opt.right_context_weight, m.opt.list_weight, 1.0, &right_texts}, m.opt.threads);
  for (auto [tfidf, df] : {std::pair{&m.words, &m.own_df_words}, std::pair{&m.concepts, &m.own_df_concepts}})
    for (std::uint32_t id = 0; id < df->size(); ++id)
      if ((*df)[id] > 0) m.local.df[tfidf->term(id)] = (*df)[id];
  const Reference* reference = m.res.reference != nullptr ? m.res.reference : &m.local;
  m.words.finish(reference);
  m.concepts.finish(reference);
  // 3. One index per group of left records.
  std::map<std::string, std::vector<std::size_t>> by_group;
  for (std::size_t i = 0; i < left.size(); ++i) by_group[left[i].group].push_back(i);
  for (auto& [name, docs] : by_group) {
    LinkGroup g;
    g.docs = std::move(docs);
    for (std::uint32_t slot = 0; slot < g.docs.size(); ++slot) {
      const std::size_t doc = g.docs[slot];
      g.factor.push_back(left[doc].broader ? m.opt.broader_weight : 1.0);
      g.factor_f.push_back(static_cast<float>(g.factor.back()));
      g.tag_count.push_back(static_cast<std::uint32_t>(left[doc].tags.size()));
      for (auto [vector, postings] :
           {std::pair{&m.words.vector(doc), &g.words}, std::pair{&m.concepts.vector(doc), &g.concepts}})
        for (std::size_t i = 0; i < vector->terms.size(); ++i)
          (*postings)[vector->terms[i]].emplace_back(slot, vector->weights[i]);
      for (const std::string& tag : left[doc].tags) g.tags[tag].push_back(slot);
    }
    std::unordered_set<std::size_t> families;
    for (std::size_t doc : g.docs) g.families = g.families || !families.insert(left[doc].family).second;
    m.groups.push_back(std::move(g));
  }
}

void Linker::links(std::size_t r, std::vector<Link>& out) { links(r, out, m_impl->own_scratch); }

void Linker::links(std::size_t r, std::vector<Link>& out, LinkScratch& scratch) const {
  out.clear();
  for (const LinkGroup& g : m_impl->groups) m_impl->group_links(g, r, out, scratch);
}

std::size_t Linker::right_size() const { return m_impl->right == nullptr ? 0 : m_impl->right->size(); }

Reference Linker::reference() const { return m_impl->local; }

bool reads_as_nynorsk(const std::vector<std::string_view>& texts) {
  // Common words one form of the language writes and the other does not: function words,
  // and the verbs and nouns pledge lists are made of ("byggje", "auke", "skule"), since a
  // run may hold a program's bullets alone. ("vi" is nynorsk too.)
  static const std::unordered_set<std::string_view> nynorsk = {
      "ikkje",    "eg",     "me",         "dei",          "eit",      "frå",     "kva",     "korleis",
      "kvifor",   "berre",  "mykje",      "meir",         "noko",     "nokre",   "nokon",   "sjølv",
      "òg",       "vere",   "vera",       "hjå",          "medan",    "difor",   "fleire",  "heile",
      "heilt",    "vert",   "vart",       "kven",         "saman",    "kvar",    "kvart",   "eigen",
      "eige",     "eiga",   "eigne",      "betre",        "gje",      "halde",   "auke",    "byggje",
      "styrkje",  "leggje", "sørgje",     "gjere",        "kome",     "born",    "borna",   "skule",
      "skulen",   "skular", "skulane",    "bustad",       "bustader", "teneste", "tenesta", "tenester",
      "tilsette", "mogleg", "moglegheit", "moglegheiter", "ungdomen"};
  static const std::unordered_set<std::string_view> bokmaal = {
      "ikke",    "jeg",      "de",        "et",        "fra",     "hva",   "hvordan",    "hvorfor",  "bare",
      "mye",     "mer",      "noe",       "noen",      "selv",    "også",  "være",       "hos",      "mens",
      "derfor",  "flere",    "hele",      "hvem",      "sammen",  "hver",  "hvert",      "egen",     "eget",
      "egne",    "bedre",    "øke",       "holde",     "gjøre",   "komme", "skolen",     "skoler",   "bolig",
      "boliger", "tjeneste", "tjenesten", "tjenester", "ansatte", "mulig", "muligheter", "ungdommen"};
  // Counted until one form leads by k_decided words (a long document is told by its
  // first pages; the count stays the same for the same texts).
  constexpr std::size_t k_decided = 50;
  std::size_t nn = 0, nb = 0;
  std::vector<Word> words;
  std::string folded;
  for (std::string_view text : texts) {
    split_words(text, words);
    for (const Word& w : words) {
      if (w.end - w.begin > 16) continue;  // longer than any marker
      folded.clear();
      append_fold_case(folded, text.substr(w.begin, w.end - w.begin));
      nn += nynorsk.count(folded);
      nb += bokmaal.count(folded);
    }
    if (nn >= nb + k_decided || nb >= nn + k_decided) break;
  }
  return nn >= 2 && nn > nb;
}

std::vector<LinkRecord> link_records(const std::vector<LinkSource>& records) {
  std::unordered_map<std::string_view, const LinkSource*> by_id;
  std::unordered_set<std::string_view> parents;
  for (const LinkSource& r : records) {
    if (!r.id.empty()) by_id.emplace(r.id, &r);
    if (!r.parent.empty()) parents.insert(r.parent);
  }
  // Each record's family: the top of its chain of parents in the input, found once for
  // every record on the way up. A walk stops at a record whose family is known, at one
  // whose parent is not in the input (the top), or where it meets itself (a ring of
  // parents: the ring's family is the record where it closed).
  const std::size_t unknown = records.size();
  const std::size_t walking = records.size() + 1;
  std::vector<std::size_t> family(records.size(), unknown);
  std::vector<std::size_t> chain;
  for (std::size_t i = 0; i < records.size(); ++i) {
    chain.clear();
    std::size_t at = i;
    while (family[at] == unknown) {
      family[at] = walking;
      chain.push_back(at);
      const auto it = records[at].parent.empty() ? by_id.end() : by_id.find(records[at].parent);
      if (it == by_id.end()) break;
      at = static_cast<std::size_t>(it->second - records.data());
    }
    const std::size_t top = family[at] < unknown ? family[at] : at;
    for (std::size_t c : chain) family[c] = top;
  }
  // The lists: records with one parent, in input order.
  std::unordered_map<std::string_view, std::vector<std::size_t>> lists;
  for (std::size_t i = 0; i < records.size(); ++i)
    if (!records[i].parent.empty()) lists[records[i].parent].push_back(i);
  // The language of each document, from all its records' texts (a record without a doc:
  // its own).
  std::unordered_map<std::string_view, std::vector<std::string_view>> doc_texts;
  for (const LinkSource& r : records)
    if (!r.doc.empty()) doc_texts[r.doc].push_back(r.text);
  std::unordered_map<std::string_view, bool> doc_nynorsk;
  for (const auto& [doc, texts] : doc_texts) doc_nynorsk[doc] = reads_as_nynorsk(texts);
  std::vector<LinkRecord> out;
  out.reserve(records.size());
  for (const LinkSource& r : records) {
    LinkRecord l;
    l.nynorsk = r.doc.empty() ? reads_as_nynorsk({r.text}) : doc_nynorsk[r.doc];
    l.family = family[out.size()];
    l.text = std::string(r.text);
    if (r.tags) l.tags = *r.tags;
    l.group = std::string(r.group);
    l.broader = r.kind == "goal" || r.kind == "subgoal" || (!r.id.empty() && parents.count(r.id) > 0);
    if (r.path) l.context = *r.path;
    const LinkSource* up = &r;
    for (int level = 0; level < 2; ++level) {  // a sub-goal, then its goal
      const auto it = by_id.find(up->parent);
      if (it == by_id.end() || (it->second->kind != "goal" && it->second->kind != "subgoal")) break;
      up = it->second;
      l.context.push_back(std::string(up->text));
    }
    out.push_back(std::move(l));
  }
  for (const auto& [parent, items] : lists)
    for (std::size_t p = 0; p < items.size(); ++p)
      for (std::size_t q = p > k_list_reach ? p - k_list_reach : 0; q < items.size() && q <= p + k_list_reach;
           ++q)
        if (q != p) out[items[p]].mates.push_back(items[q]);
  return out;
}

}  // namespace vil

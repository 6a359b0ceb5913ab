#include "vil/align.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <iterator>
#include <limits>
#include <map>
#include <numeric>
#include <unordered_map>

#include "vil/near_duplicate.hpp"

namespace vil {
namespace {

struct UnionFind {
  std::vector<std::size_t> parent;
  explicit UnionFind(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  std::size_t find(std::size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void join(std::size_t a, std::size_t b) { parent[find(a)] = find(b); }
};

// Indices of a longest strictly increasing subsequence of values.
std::vector<std::size_t> longest_increasing(const std::vector<std::size_t>& values) {
  std::vector<std::size_t> tails;  // index into values of the smallest tail of each length
  std::vector<std::size_t> prev(values.size(), std::numeric_limits<std::size_t>::max());
  for (std::size_t i = 0; i < values.size(); ++i) {
    const auto it = std::lower_bound(tails.begin(), tails.end(), values[i],
                                     [&](std::size_t t, std::size_t v) { return values[t] < v; });
    if (it != tails.begin()) prev[i] = *(it - 1);
    if (it == tails.end()) tails.push_back(i);
    else *it = i;
  }
  std::vector<std::size_t> out;
  for (std::size_t i = tails.empty() ? std::numeric_limits<std::size_t>::max() : tails.back();
       i != std::numeric_limits<std::size_t>::max(); i = prev[i])
    out.push_back(i);
  std::reverse(out.begin(), out.end());
  return out;
}

std::vector<std::string> split_spaces(std::string_view s) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    const std::size_t start = i;
    while (i < s.size() && s[i] != ' ') ++i;
    if (i > start) out.emplace_back(s.substr(start, i - start));
  }
  return out;
}

}  // namespace

std::string_view align_op_name(AlignOp op) {
  switch (op) {
    case AlignOp::same: return "same";
    case AlignOp::changed: return "changed";
    case AlignOp::moved: return "moved";
    case AlignOp::removed: return "removed";
    case AlignOp::added: return "added";
  }
  return "same";
}

bool treat_as_one_document(const std::vector<AlignItem>& left, std::vector<AlignItem>& right) {
  const auto one_doc = [](const std::vector<AlignItem>& items) {
    return !items.empty() && std::all_of(items.begin(), items.end(), [&](const AlignItem& x) { return x.doc == items[0].doc; });
  };
  if (!one_doc(left) || !one_doc(right) || left[0].doc == right[0].doc) return false;
  const auto without_numbers = [](const std::string& id) {
    std::string out;
    for (char c : id)
      if (!(c >= '0' && c <= '9') && c != '-' && c != '_' && c != '.') out += c;
    return out;
  };
  if (without_numbers(left[0].doc) != without_numbers(right[0].doc)) return false;
  for (AlignItem& r : right) r.doc = left[0].doc;
  return true;
}

std::vector<int> max_weight_assignment(const std::vector<std::vector<double>>& weight) {
  const std::size_t rows = weight.size();
  const std::size_t cols = rows == 0 ? 0 : weight[0].size();
  const std::size_t n = std::max(rows, cols);
  if (n == 0) return {};
  // Minimise cost = -weight on a square matrix (missing cells cost 0: unpaired).
  const auto cost = [&](std::size_t i, std::size_t j) { return i < rows && j < cols ? -weight[i][j] : 0.0; };
  const double inf = std::numeric_limits<double>::infinity();
  std::vector<double> u(n + 1, 0), v(n + 1, 0), minv(n + 1);
  std::vector<std::size_t> p(n + 1, 0), way(n + 1, 0);
  std::vector<bool> used(n + 1);
  for (std::size_t i = 1; i <= n; ++i) {
    p[0] = i;
    std::size_t j0 = 0;
    std::fill(minv.begin(), minv.end(), inf);
    std::fill(used.begin(), used.end(), false);
    do {
      used[j0] = true;
      const std::size_t i0 = p[j0];
      double delta = inf;
      std::size_t j1 = 0;
      for (std::size_t j = 1; j <= n; ++j) {
        if (used[j]) continue;
        const double cur = cost(i0 - 1, j - 1) - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (std::size_t j = 0; j <= n; ++j) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else {
          minv[j] -= delta;
        }
      }
      j0 = j1;
    } while (p[j0] != 0);
    do {
      const std::size_t j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0 != 0);
  }
  std::vector<int> out(rows, -1);
  for (std::size_t j = 1; j <= n; ++j) {
    const std::size_t i = p[j];
    if (i >= 1 && i <= rows && j <= cols && weight[i - 1][j - 1] > 0) out[i - 1] = static_cast<int>(j - 1);
  }
  return out;
}

// Candidate pairs kept per left record for the pairing.
constexpr std::size_t k_max_candidates = 8;

namespace {

constexpr std::size_t k_none = std::numeric_limits<std::size_t>::max();

// The pairs found so far, both ways, with the score of each.
struct Pairing {
  Pairing(std::size_t left, std::size_t right)
      : of_left(left, k_none), of_right(right, k_none), score_of_left(left, 0.0) {}
  void pair(std::size_t l, std::size_t r, double score) {
    of_left[l] = r;
    of_right[r] = l;
    score_of_left[l] = score;
  }
  std::vector<std::size_t> of_left;
  std::vector<std::size_t> of_right;
  std::vector<double> score_of_left;
};

// A candidate pair of near duplicates.
struct Edge {
  std::size_t l, r;
  double score;
};

// 1. Equal ids: a record that did not change, in a document that did.
void pair_by_id(const std::vector<AlignItem>& left, const std::vector<AlignItem>& right, Pairing& p) {
  std::unordered_map<std::string, std::size_t> right_by_id;
  for (std::size_t r = 0; r < right.size(); ++r)
    if (!right[r].id.empty()) right_by_id.emplace(right[r].kind + '\x1f' + right[r].id, r);
  for (std::size_t l = 0; l < left.size(); ++l) {
    const auto it = right_by_id.find(left[l].kind + '\x1f' + left[l].id);
    if (!left[l].id.empty() && it != right_by_id.end() && p.of_right[it->second] == k_none) p.pair(l, it->second, 1.0);
  }
}

// 2. Equal keys, first with first.
void pair_by_key(const std::vector<AlignItem>& left, const std::vector<AlignItem>& right, Pairing& p) {
  std::map<std::string, std::vector<std::size_t>> right_by_key;
  for (std::size_t r = right.size(); r-- > 0;)
    if (p.of_right[r] == k_none) right_by_key[right[r].kind + '\x1f' + right[r].key].push_back(r);
  for (std::size_t l = 0; l < left.size(); ++l) {
    if (p.of_left[l] != k_none) continue;
    auto it = right_by_key.find(left[l].kind + '\x1f' + left[l].key);
    if (it == right_by_key.end() || it->second.empty()) continue;
    p.pair(l, it->second.back(), 1.0);
    it->second.pop_back();
  }
}

// 3a. Candidate near duplicates among the unpaired records: pairs through shared stems
//     scoring at least threshold, each left record's k_max_candidates best.

// The unpaired records' stems, prepared once for the many pairs each is scored in
// (stems weigh their idf over both sides: a shared rare word says more); a paired
// record's profile is empty.
struct Profiles {
  std::unordered_map<std::string_view, double> df;  // over both sides, each record once
                                                    // (the words are the items' own)
  double records = 0;
  std::vector<StemProfile> left, right;

  double idf(const std::string& stem) const {
    const auto it = df.find(stem);
    return std::log((records + 1.0) / ((it == df.end() ? 0.0 : it->second) + 1.0)) + 1.0;
  }
};

Profiles profiles_of(const std::vector<AlignItem>& left, const std::vector<AlignItem>& right, const Pairing& p) {
  Profiles out;
  std::vector<std::string_view> stems;  // one item's, each once: views, not copies
  for (const auto* side : {&left, &right})
    for (const AlignItem& item : *side) {
      stems.assign(item.stems.begin(), item.stems.end());
      std::sort(stems.begin(), stems.end());
      stems.erase(std::unique(stems.begin(), stems.end()), stems.end());
      for (std::string_view s : stems) out.df[s] += 1.0;
    }
  out.records = static_cast<double>(left.size() + right.size());
  const StemWeight idf = [&](const std::string& s) { return out.idf(s); };
  out.left.resize(left.size());
  out.right.resize(right.size());
  for (std::size_t l = 0; l < left.size(); ++l)
    if (p.of_left[l] == k_none) out.left[l] = stem_profile(left[l].stems, idf);
  for (std::size_t r = 0; r < right.size(); ++r)
    if (p.of_right[r] == k_none) out.right[r] = stem_profile(right[r].stems, idf);
  return out;
}

// Adds left record l's best few candidates (mine) to edges: enough for the best
// pairing, and they keep the groups the Hungarian algorithm (cubic in a group's size)
// has to solve small. Ties go to the candidate nearest where l would be on the right.
void keep_best(std::size_t l, std::size_t left_size, std::size_t right_size, std::vector<Edge>& mine,
               std::vector<Edge>& edges) {
  const double here =
      static_cast<double>(right_size) * (static_cast<double>(l) / static_cast<double>(std::max<std::size_t>(1, left_size)));
  const auto away = [&](const Edge& e) { return std::abs(static_cast<double>(e.r) - here); };
  const std::size_t keep = std::min(mine.size(), k_max_candidates);
  std::partial_sort(mine.begin(), mine.begin() + static_cast<std::ptrdiff_t>(keep), mine.end(),
                    [&](const Edge& a, const Edge& b) {
                      if (a.score != b.score) return a.score > b.score;
                      if (away(a) != away(b)) return away(a) < away(b);
                      return a.r < b.r;
                    });
  mine.resize(keep);
  edges.insert(edges.end(), mine.begin(), mine.end());
}

// The reference (--exhaustive): every unpaired right record of a left record's kind
// that shares a stem with it, scored.
std::vector<Edge> all_candidates(const std::vector<AlignItem>& left, const std::vector<AlignItem>& right,
                                 const Pairing& p, const Profiles& profiles, double threshold) {
  std::vector<Edge> edges;
  for (std::size_t l = 0; l < left.size(); ++l) {
    if (p.of_left[l] != k_none) continue;
    const StemProfile& x = profiles.left[l];
    std::vector<Edge> mine;
    for (std::size_t r = 0; r < right.size(); ++r) {
      if (p.of_right[r] != k_none || right[r].kind != left[l].kind) continue;
      const StemProfile& y = profiles.right[r];
      std::vector<std::string> common;
      std::set_intersection(x.stems.begin(), x.stems.end(), y.stems.begin(), y.stems.end(), std::back_inserter(common));
      if (common.empty()) continue;
      const double score = near_duplicate_score(x, y);
      if (score >= threshold) mine.push_back({l, static_cast<std::uint32_t>(r), score});
    }
    keep_best(l, left.size(), right.size(), mine, edges);
  }
  return edges;
}

// Scoring every pair that shares a stem is quadratic when a stem ("kommune") is in
// most records. So each left record x first sums, through postings, the weight of each
// right record's stems that are alike one of x's (equal, or one starting the other):
// the shared weight counted from the right, an upper bound of the shared weight the
// score takes (the lesser of both directions). Only records whose bound can reach the
// threshold are scored exactly: the same pairs as all_candidates.
std::vector<Edge> indexed_candidates(const std::vector<AlignItem>& left, const std::vector<AlignItem>& right,
                                     const Pairing& p, const Profiles& profiles, double threshold) {
  const std::vector<StemProfile>& left_profile = profiles.left;
  const std::vector<StemProfile>& right_profile = profiles.right;
  // The stems of the unpaired records as numbers, and which are alike.
  std::vector<std::string> vocabulary;
  for (const auto* side : {&left_profile, &right_profile})
    for (const StemProfile& profile : *side)
      vocabulary.insert(vocabulary.end(), profile.stems.begin(), profile.stems.end());
  std::sort(vocabulary.begin(), vocabulary.end());
  vocabulary.erase(std::unique(vocabulary.begin(), vocabulary.end()), vocabulary.end());
  const auto id_of = [&](const std::string& s) {
    return static_cast<std::uint32_t>(std::lower_bound(vocabulary.begin(), vocabulary.end(), s) - vocabulary.begin());
  };
  const std::vector<std::vector<std::uint32_t>> alike = alike_stems(vocabulary);
  std::vector<double> weight(vocabulary.size());
  for (std::size_t i = 0; i < vocabulary.size(); ++i) weight[i] = profiles.idf(vocabulary[i]);

  // Right records with the same kind and stems score the same against anything: they
  // are scored once, as a class. Postings: by kind and stem, the classes that have it.
  std::unordered_map<std::string, std::uint32_t> kinds;
  std::unordered_map<std::string, std::uint32_t> class_of;  // kind, stems -> class
  std::vector<std::vector<std::uint32_t>> members;          // by class: its right records, in order
  // The kind by its number and each stem after its length: no two keys run together.
  const auto class_key = [](std::uint32_t kind, const StemProfile& profile) {
    std::string key = std::to_string(kind);
    for (const std::string& s : profile.stems) key += ' ' + std::to_string(s.size()) + ':' + s;
    return key;
  };
  const auto posting_key = [&](std::uint32_t kind, std::uint32_t stem) {
    return (static_cast<std::uint64_t>(kind) << 32) | stem;
  };
  std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> postings;
  for (std::size_t r = 0; r < right.size(); ++r) {
    if (p.of_right[r] != k_none) continue;
    const auto [kind, new_kind] = kinds.emplace(right[r].kind, static_cast<std::uint32_t>(kinds.size()));
    const auto [c, new_class] = class_of.emplace(class_key(kind->second, right_profile[r]),
                                                 static_cast<std::uint32_t>(members.size()));
    if (new_class) {
      members.emplace_back();
      for (const std::string& s : right_profile[r].stems) postings[posting_key(kind->second, id_of(s))].push_back(c->second);
    }
    members[c->second].push_back(static_cast<std::uint32_t>(r));
  }

  std::vector<Edge> edges;
  std::vector<double> bound(members.size(), 0.0);       // by class: its stems alike x's, weighed
  std::vector<std::uint8_t> shares(members.size(), 0);  // by class: 1 touched, 2 shares a stem of x
  std::vector<std::uint32_t> touched;
  std::vector<std::uint32_t> stamp(vocabulary.size(), 0);  // l + 1: alike a stem of left record l
  std::vector<std::uint32_t> near;                         // the stems alike a stem of x
  // Left records with the same kind and stems find the same classes, with the same scores.
  std::unordered_map<std::string, std::vector<std::pair<std::uint32_t, double>>> found_for;
  for (std::size_t l = 0; l < left.size(); ++l) {
    if (p.of_left[l] != k_none) continue;
    const auto kind = kinds.find(left[l].kind);
    if (kind == kinds.end()) continue;  // no unpaired right record of its kind
    const StemProfile& x = left_profile[l];
    const auto [cached, is_new] = found_for.try_emplace(class_key(kind->second, x));
    if (is_new) {
      std::vector<std::pair<std::uint32_t, double>>& found = cached->second;  // (class, score)
      const auto mark = static_cast<std::uint32_t>(l + 1);
      near.clear();
      std::vector<std::uint32_t> own;
      for (const std::string& s : x.stems) {
        own.push_back(id_of(s));
        for (std::uint32_t a : alike[own.back()])
          if (stamp[a] != mark) stamp[a] = mark, near.push_back(a);
      }
      touched.clear();
      for (std::uint32_t stem : near) {
        const auto it = postings.find(posting_key(kind->second, stem));
        if (it == postings.end()) continue;
        const bool exact = std::binary_search(own.begin(), own.end(), stem);
        for (std::uint32_t c : it->second) {
          if (shares[c] == 0) shares[c] = 1, bound[c] = 0.0, touched.push_back(c);
          bound[c] += weight[stem];
          if (exact) shares[c] = 2;
        }
      }
      for (std::uint32_t c : touched) {
        const bool candidate = shares[c] == 2;  // a pair shares a stem itself, as before
        shares[c] = 0;
        if (!candidate) continue;
        // The score is the mean of shared / min(X, Y) and 2 shared / (X + Y), and the
        // shared weight is at most bound[c] (a margin for the order of the sums).
        const StemProfile& y = right_profile[members[c].front()];
        const double most = bound[c] * (1.0 + 1e-9);
        if (x.total > 0 && y.total > 0 &&
            (most / std::min(x.total, y.total) + 2.0 * most / (x.total + y.total)) / 2.0 < threshold)
          continue;
        const double score = near_duplicate_score(x, y);
        if (score >= threshold) found.emplace_back(c, score);
      }
    }
    std::vector<Edge> mine;
    for (const auto& [c, score] : cached->second)
      for (std::uint32_t r : members[c]) mine.push_back({l, r, score});
    keep_best(l, left.size(), right.size(), mine, edges);
  }
  return edges;
}

// 3b. The best pairing of one connected group of candidates: the greatest total score
//     (Hungarian algorithm), or, for a group over k_max_exact_group records a side,
//     greedily, best score first (ties by position), each pair within the threshold.
void pair_group(const std::vector<const Edge*>& group, Pairing& p) {
  std::vector<std::size_t> ls;
  std::vector<std::size_t> rs;
  for (const Edge* e : group) {
    ls.push_back(e->l);
    rs.push_back(e->r);
  }
  std::sort(ls.begin(), ls.end());
  ls.erase(std::unique(ls.begin(), ls.end()), ls.end());
  std::sort(rs.begin(), rs.end());
  rs.erase(std::unique(rs.begin(), rs.end()), rs.end());
  if (std::max(ls.size(), rs.size()) > k_max_exact_group) {
    std::vector<const Edge*> best(group.begin(), group.end());
    std::sort(best.begin(), best.end(), [](const Edge* a, const Edge* b) {
      if (a->score != b->score) return a->score > b->score;
      return a->l != b->l ? a->l < b->l : a->r < b->r;
    });
    for (const Edge* e : best)
      if (p.of_left[e->l] == k_none && p.of_right[e->r] == k_none) p.pair(e->l, e->r, e->score);
    return;
  }
  std::vector<std::vector<double>> weight(ls.size(), std::vector<double>(rs.size(), 0.0));
  for (const Edge* e : group) {
    const std::size_t i = static_cast<std::size_t>(std::lower_bound(ls.begin(), ls.end(), e->l) - ls.begin());
    const std::size_t j = static_cast<std::size_t>(std::lower_bound(rs.begin(), rs.end(), e->r) - rs.begin());
    weight[i][j] = e->score;
  }
  const std::vector<int> chosen = max_weight_assignment(weight);
  for (std::size_t i = 0; i < ls.size(); ++i)
    if (chosen[i] >= 0) p.pair(ls[i], rs[static_cast<std::size_t>(chosen[i])], weight[i][static_cast<std::size_t>(chosen[i])]);
}

// 3. Near duplicates: the candidates, then the best pairing of each connected group.
void pair_near_duplicates(const std::vector<AlignItem>& left, const std::vector<AlignItem>& right, double threshold,
                          bool exhaustive, Pairing& p) {
  const Profiles profiles = profiles_of(left, right, p);
  const std::vector<Edge> edges = exhaustive ? all_candidates(left, right, p, profiles, threshold)
                                             : indexed_candidates(left, right, p, profiles, threshold);
  UnionFind groups(left.size() + right.size());
  for (const Edge& e : edges) groups.join(e.l, left.size() + e.r);
  std::map<std::size_t, std::vector<const Edge*>> by_group;
  for (const Edge& e : edges) by_group[groups.find(e.l)].push_back(&e);
  for (const auto& [root, group] : by_group) pair_group(group, p);
}

// 4. Moves: per document, the pairs outside a longest run in the same order on both
//    sides (by left index: moved or not).
std::vector<bool> find_moves(const std::vector<AlignItem>& left, const std::vector<AlignItem>& right, const Pairing& p) {
  std::vector<bool> moved(left.size(), false);
  std::map<std::string, std::vector<std::size_t>> pairs_by_doc;  // left indices, in order
  for (std::size_t l = 0; l < left.size(); ++l)
    if (p.of_left[l] != k_none && left[l].doc == right[p.of_left[l]].doc) pairs_by_doc[left[l].doc].push_back(l);
  for (const auto& [doc, ls] : pairs_by_doc) {
    std::vector<std::size_t> rs;
    for (std::size_t l : ls) rs.push_back(p.of_left[l]);
    std::vector<bool> kept(ls.size(), false);
    for (std::size_t i : longest_increasing(rs)) kept[i] = true;
    for (std::size_t i = 0; i < ls.size(); ++i) moved[ls[i]] = !kept[i];
  }
  return moved;
}

// 5. The alignments in left order, each added record after the pair before it on the
//    right, with their ops and scores.
std::vector<Alignment> in_order(const std::vector<AlignItem>& left, const std::vector<AlignItem>& right,
                                const Pairing& p, const std::vector<bool>& moved) {
  struct Keyed {
    std::size_t major;
    int minor;
    std::size_t right;
    Alignment a;
  };
  std::vector<Keyed> out;
  for (std::size_t l = 0; l < left.size(); ++l) {
    Alignment a;
    a.left = l;
    if (p.of_left[l] == k_none) {
      a.op = AlignOp::removed;
      a.score = 0;
    } else {
      a.right = p.of_left[l];
      a.moved = moved[l];
      const bool same_text = left[l].key == right[a.right].key;
      a.op = same_text ? (a.moved ? AlignOp::moved : AlignOp::same) : AlignOp::changed;
      // Texts that differ only in function words ("nå", "og") have the same content
      // stems: a changed pair still never scores 1, which would read as "same".
      a.score = same_text ? 1.0 : std::min(p.score_of_left[l], k_max_changed_score);
    }
    out.push_back({l, 0, a.op == AlignOp::removed ? 0 : a.right, a});
  }
  std::size_t anchor = 0;
  bool anchored = false;
  for (std::size_t r = 0; r < right.size(); ++r) {
    if (p.of_right[r] != k_none && !moved[p.of_right[r]]) {
      anchor = p.of_right[r];
      anchored = true;
      continue;
    }
    if (p.of_right[r] != k_none) continue;
    Alignment a;
    a.op = AlignOp::added;
    a.right = r;
    a.score = 0;
    out.push_back({anchored ? anchor : 0, anchored ? 1 : -1, r, a});
  }
  std::stable_sort(out.begin(), out.end(), [](const Keyed& x, const Keyed& y) {
    if (x.major != y.major) return x.major < y.major;
    if (x.minor != y.minor) return x.minor < y.minor;
    return x.right < y.right;
  });
  std::vector<Alignment> result;
  result.reserve(out.size());
  for (const Keyed& k : out) result.push_back(k.a);
  return result;
}

}  // namespace

std::vector<Alignment> align(const std::vector<AlignItem>& left, const std::vector<AlignItem>& right, double threshold,
                             bool exhaustive) {
  Pairing pairing(left.size(), right.size());
  pair_by_id(left, right, pairing);                          // 1. the same record
  pair_by_key(left, right, pairing);                         // 2. the same text
  pair_near_duplicates(left, right, threshold, exhaustive, pairing);  // 3. similar texts
  const std::vector<bool> moved = find_moves(left, right, pairing);  // 4. out of order
  return in_order(left, right, pairing, moved);              // 5. the alignments
}

std::vector<DiffPiece> word_diff(std::string_view a, std::string_view b,
                                 const std::function<std::string(std::string_view)>& norm) {
  const std::vector<std::string> x = split_spaces(a);
  const std::vector<std::string> y = split_spaces(b);
  std::vector<DiffPiece> out;
  const auto add = [&](char op, const std::string& word) {
    if (!out.empty() && out.back().op == op) {
      out.back().text += ' ';
      out.back().text += word;
    } else {
      out.push_back({op, word});
    }
  };
  constexpr std::size_t k_max_words = 2000;
  if (x.size() > k_max_words || y.size() > k_max_words) {
    if (a != b) {
      out.push_back({'-', std::string(a)});
      out.push_back({'+', std::string(b)});
    } else {
      out.push_back({'=', std::string(a)});
    }
    return out;
  }
  std::vector<std::string> nx, ny;
  for (const std::string& w : x) nx.push_back(norm(w));
  for (const std::string& w : y) ny.push_back(norm(w));
  // Longest common subsequence of words, then walk it.
  std::vector<std::vector<std::uint16_t>> lcs(x.size() + 1, std::vector<std::uint16_t>(y.size() + 1, 0));
  for (std::size_t i = x.size(); i-- > 0;)
    for (std::size_t j = y.size(); j-- > 0;)
      lcs[i][j] = nx[i] == ny[j] ? static_cast<std::uint16_t>(lcs[i + 1][j + 1] + 1) : std::max(lcs[i + 1][j], lcs[i][j + 1]);
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < x.size() || j < y.size()) {
    if (i < x.size() && j < y.size() && nx[i] == ny[j]) {
      add('=', y[j]);
      ++i;
      ++j;
    } else if (j < y.size() && (i == x.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
      add('+', y[j++]);
    } else {
      add('-', x[i++]);
    }
  }
  // Show what went before what came: "-old +new" rather than "+new -old".
  for (std::size_t k = 0; k + 1 < out.size(); ++k)
    if (out[k].op == '+' && out[k + 1].op == '-') std::swap(out[k], out[k + 1]);
  return out;
}

}  // namespace vil

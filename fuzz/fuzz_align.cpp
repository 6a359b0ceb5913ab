// Fuzz target: vil diff's engine, vil::align and vil::word_diff, on records made from
// the input.
//
// The input is lines. The first line's first byte picks the threshold (0.05 to 1).
// Every other line is a record: its first byte says which side it is on (bit 0), its
// kind (bits 1-2: bullet, paragraph, heading), its doc (bit 3), and whether its id is
// a shared one ("id" plus bits 4-5, so that records pair by id) or its own; the rest
// of the line, made valid UTF-8, is its text, analysed as vil diff analyses it.
// Checked: every left record and every right record is in exactly one alignment; a
// pair has one kind; same and moved pairs have equal keys, changed ones do not, unless
// paired by id; a moved pair is within one doc; scores are in [0,1]; the alignments
// follow the left order; the same input aligns the same way twice; and the word diff
// of each pair gives back both texts' words.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_check.hpp"
#include "vil/align.hpp"
#include "vil/analyzer.hpp"
#include "vil/utf8.hpp"

namespace {

std::vector<std::string> words_of(std::string_view s) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    const std::size_t b = i;
    while (i < s.size() && s[i] != ' ') ++i;
    if (i > b) out.emplace_back(s.substr(b, i - b));
  }
  return out;
}

struct Side {
  std::vector<vil::AlignItem> items;
  std::vector<std::string> texts;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 8192) return 0;  // a few hundred records at most: the Hungarian step is cubic
  static vil::Analyzer& analyzer = *new vil::Analyzer(vil::AnalyzerOptions{});
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  std::vector<std::string_view> lines;
  for (std::size_t at = 0; at <= input.size();) {
    const std::size_t nl = input.find('\n', at);
    const std::size_t end = nl == std::string_view::npos ? input.size() : nl;
    lines.push_back(input.substr(at, end - at));
    at = end + 1;
  }
  if (lines.empty() || lines[0].empty()) return 0;
  const double threshold = 0.05 + 0.95 * static_cast<double>(static_cast<unsigned char>(lines[0][0])) / 255.0;
  static const char* const kinds[] = {"bullet", "paragraph", "heading", "bullet"};
  Side sides[2];
  for (std::size_t i = 1; i < lines.size(); ++i) {
    if (lines[i].empty()) continue;
    const auto c = static_cast<unsigned char>(lines[i][0]);
    Side& side = sides[c & 1];
    const std::string text = vil::repair_utf8(lines[i].substr(1));
    vil::AlignItem item;
    item.kind = kinds[(c >> 1) & 3];
    item.doc = (c & 8) ? "b" : "a";
    item.id = (c & 64) ? "id" + std::to_string((c >> 4) & 3) : "own" + std::to_string(i);
    item.key = analyzer.key(text);
    analyzer.stems(text, item.stems);
    side.items.push_back(std::move(item));
    side.texts.push_back(text);
  }
  const std::vector<vil::AlignItem>& left = sides[0].items;
  const std::vector<vil::AlignItem>& right = sides[1].items;
  const std::vector<vil::Alignment> a = vil::align(left, right, threshold);

  std::vector<int> left_seen(left.size(), 0), right_seen(right.size(), 0);
  std::size_t last_left = 0;
  bool any_left = false;
  for (const vil::Alignment& x : a) {
    VIL_FUZZ_CHECK(x.score >= 0.0 && x.score <= 1.0);
    const bool has_left = x.op != vil::AlignOp::added;
    const bool has_right = x.op != vil::AlignOp::removed;
    if (has_left) {
      VIL_FUZZ_CHECK(x.left < left.size());
      ++left_seen[x.left];
      VIL_FUZZ_CHECK(!any_left || x.left > last_left);  // the left order
      last_left = x.left;
      any_left = true;
    }
    if (has_right) {
      VIL_FUZZ_CHECK(x.right < right.size());
      ++right_seen[x.right];
    }
    if (!has_left || !has_right) continue;
    const vil::AlignItem& l = left[x.left];
    const vil::AlignItem& r = right[x.right];
    VIL_FUZZ_CHECK(l.kind == r.kind);
    if (x.op == vil::AlignOp::same || x.op == vil::AlignOp::moved) VIL_FUZZ_CHECK(l.key == r.key);
    if (x.op == vil::AlignOp::changed) VIL_FUZZ_CHECK(l.key != r.key);
    if (x.op == vil::AlignOp::moved || x.moved) VIL_FUZZ_CHECK(l.doc == r.doc);
    // The word diff gives back both texts' words.
    const std::string& lt = sides[0].texts[x.left];
    const std::string& rt = sides[1].texts[x.right];
    const std::vector<vil::DiffPiece> pieces =
        vil::word_diff(lt, rt, [](std::string_view w) { return analyzer.key(w); });
    std::size_t from_left = 0;
    std::vector<std::string> from_right;
    for (const vil::DiffPiece& p : pieces) {
      VIL_FUZZ_CHECK(p.op == '=' || p.op == '-' || p.op == '+');
      const std::vector<std::string> w = words_of(p.text);
      if (p.op != '+') from_left += w.size();
      if (p.op != '-') from_right.insert(from_right.end(), w.begin(), w.end());
    }
    const std::vector<std::string> lw = words_of(lt), rw = words_of(rt);
    if (lw.size() <= 2000 && rw.size() <= 2000) {  // longer texts are diffed whole
      VIL_FUZZ_CHECK(from_left == lw.size());
      VIL_FUZZ_CHECK(from_right == rw);
    }
  }
  for (int n : left_seen) VIL_FUZZ_CHECK(n == 1);
  for (int n : right_seen) VIL_FUZZ_CHECK(n == 1);

  // The index finds what scoring every pair finds (and the same records align the same
  // way).
  const std::vector<vil::Alignment> again = vil::align(left, right, threshold, true);
  VIL_FUZZ_CHECK(again.size() == a.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    VIL_FUZZ_CHECK(again[i].op == a[i].op && again[i].left == a[i].left && again[i].right == a[i].right);
    VIL_FUZZ_CHECK(again[i].score == a[i].score && again[i].moved == a[i].moved);
  }
  return 0;
}

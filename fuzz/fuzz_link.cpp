// Fuzz target: the link engine and what feeds it, vil::Concepts (a concept lexicon),
// vil::parse_coding and vil::Linker.
//
// The input is split at its first two NUL bytes into a concept lexicon, texts (one per
// line: the first half the left records, the rest the right ones, a line's text before
// a tab, its context after it) and a hand coding. A bad lexicon or coding must say
// where; otherwise every link must score in [0,1] (and as --exhaustive scores it), come
// with ranks 1.. and the best first (records in families of three, so that --diversity
// may order the rest otherwise), name concepts that exist, and carry valid UTF-8 words.
// The analyser is Debian's apertium-nno-nob when installed (loaded once), else stems.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_check.hpp"
#include "vil/agreement.hpp"
#include "vil/concepts.hpp"
#include "vil/link.hpp"
#include "vil/utf8.hpp"

namespace {

std::string_view take(std::string_view& in) {
  const std::size_t nul = in.find('\0');
  const std::string_view part = in.substr(0, nul);
  in.remove_prefix(nul == std::string_view::npos ? in.size() : nul + 1);
  return part;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static vil::Lemmatizer* lemmatizer = new vil::Lemmatizer(
      std::filesystem::exists(vil::k_default_analyser) ? vil::k_default_analyser : "");  // loaded once
  std::string_view in(reinterpret_cast<const char*>(data), size);
  const std::string_view lexicon = take(in);
  const std::string_view texts = take(in);
  const std::string_view coding_text = in;
  if (vil::find_invalid_utf8(texts) != std::string_view::npos) return 0;  // vil reads UTF-8 records only

  vil::Concepts concepts;
  std::string err;
  if (!concepts.add_lexicon(lexicon, "c.tsv", err)) {
    VIL_FUZZ_CHECK(err.rfind("c.tsv", 0) == 0);
    return 0;
  }
  vil::Coding coding;
  if (!vil::parse_coding(coding_text, "coding.tsv", coding, err)) VIL_FUZZ_CHECK(err.rfind("coding.tsv", 0) == 0);

  std::vector<vil::LinkRecord> records;
  for (std::size_t start = 0; start < texts.size() && records.size() < 64;) {
    std::size_t nl = texts.find('\n', start);
    if (nl == std::string_view::npos) nl = texts.size();
    const std::string_view line = texts.substr(start, nl - start);
    const std::size_t tab = line.find('\t');
    vil::LinkRecord r;
    r.text = std::string(line.substr(0, tab));
    if (tab != std::string_view::npos) r.context.emplace_back(line.substr(tab + 1));
    r.broader = records.size() % 3 == 0;
    r.family = records.size() / 3 * 3;
    if (records.size() % 2 == 0) r.tags = {"sdg:1"};
    records.push_back(std::move(r));
    start = nl + 1;
  }
  const std::vector<vil::LinkRecord> left(records.begin(), records.begin() + static_cast<std::ptrdiff_t>(records.size() / 2));
  std::vector<vil::LinkRecord> right(records.begin() + static_cast<std::ptrdiff_t>(records.size() / 2), records.end());
  for (std::size_t i = 0; i < right.size(); ++i)  // the right records in lists of three
    for (std::size_t q = i / 3 * 3; q < right.size() && q < i / 3 * 3 + 3; ++q)
      if (q != i) right[i].mates.push_back(q);
  if (!right.empty()) right[0].mates.push_back(right.size());  // no such record: skipped
  vil::LinkOptions fast;
  fast.min_score = 0;
  vil::LinkOptions slow = fast;
  slow.exhaustive = true;
  vil::Linker a({lemmatizer, &concepts, nullptr}, fast), b({lemmatizer, &concepts, nullptr}, slow);
  a.prepare(left, right);
  b.prepare(left, right);
  std::vector<vil::Link> x, y;
  vil::LinkSets sets;
  for (std::size_t r = 0; r < right.size(); ++r) {
    a.links(r, x);
    b.links(r, y);
    VIL_FUZZ_CHECK(x.size() == y.size());
    for (std::size_t i = 0; i < x.size(); ++i) {
      VIL_FUZZ_CHECK(x[i].left == y[i].left && x[i].score == y[i].score);
      VIL_FUZZ_CHECK(x[i].score >= 0 && x[i].score <= 1 + 1e-9);
      VIL_FUZZ_CHECK(x[i].rank == i + 1);
      VIL_FUZZ_CHECK(x[i].left < left.size());
      if (i > 0) VIL_FUZZ_CHECK(x[0].score >= x[i].score);
      for (std::size_t c : x[i].why.concepts) VIL_FUZZ_CHECK(c < concepts.size());
      for (const std::string& w : x[i].why.words) VIL_FUZZ_CHECK(vil::find_invalid_utf8(w) == std::string_view::npos);
      sets["r:" + std::to_string(r)].push_back({"l:" + std::to_string(x[i].left), x[i].addresses, x[i].score});
    }
  }
  const std::vector<vil::Agreement> rows = vil::agreement(coding, sets);
  VIL_FUZZ_CHECK(!rows.empty() && rows.back().group == "all");
  VIL_FUZZ_CHECK(rows.back().hits_at_1 <= rows.back().hits_at_3 && rows.back().hits_at_3 <= rows.back().with_rows);
  return 0;
}

// Fuzz target: the tag-rule parser, vil::RuleSet::add_file and compile, and tagging
// with the rules (every match's start found both ways, and rules compiled for Latin-1
// or UTF-8: the same hits).
//
// The input is a rule file (TAG<TAB>PATTERN[<TAB>FIELD[<TAB>KINDS]] lines), raw bytes
// as `vil tag --rules` reads them. A bad file must give FILE:LINE and a reason. Rules
// that load and compile then tag a few fixed records (Norwegian text, a plan row with
// refs); every hit must have a valid tag, and its rule, field and words must be valid
// UTF-8 (they are written as JSON by `vil tag --why`), and hits must come sorted by tag.
// Each pattern is also checked against the rewrites vil compiles it as (check_rewrites).

#include <re2/re2.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_check.hpp"
#include "vil/rules.hpp"
#include "vil/utf8.hpp"

namespace {

bool valid_utf8(std::string_view s) { return vil::find_invalid_utf8(s) == std::string_view::npos; }

const char* const k_records[] = {
    R"({"doc":"ps-asker","id":"ps-asker-1","kind":"bullet","text":"Bygge flere boliger for førstegangsetablerere i Asker – også på Bærums side, 20 %.","path":["Bolig og byutvikling","Et godt sted å bo"],"actor":"PS"})",
    R"({"doc":"kommuneplan","id":"kp-7","kind":"subgoal","text":"Vi har trygge, inkluderende lokalsamfunn med boliger for alle.","path":["Mål","Samfunnsmål"],"refs":{"raw":"FN-T 11.1 AK","bases":["FN-T","AK"],"targets":["11.1"],"sdg":[11,3]},"meta":{"municipality":"Asker","year":2023,"ok":true}})",
    R"({"kind":"heading","level":2,"text":"ÆØÅ æøå — «sitat» ½ 😀 Straße"})",
    "{\"kind\":\"paragraph\",\"text\":\"\xe2\x84\xaalima \xc5\xbftr\xc3\xb8m \xe2\x84\xab \xce\xbc \xc5\xb8 "
    "\xe1\xba\x9e \xcd\x85 \xc2\xaa \xe6\x97\xa5\"}",
};

// The records, parsed once: each has its own parser, which owns the document.
struct Records {
  Records() {
    for (const char* json : k_records) {
      parsers.push_back(std::make_unique<simdjson::dom::parser>());
      simdjson::dom::element e;
      if (parsers.back()->parse(std::string_view(json)).get(e) != simdjson::SUCCESS) std::abort();
      roots.push_back(e);
    }
  }
  std::vector<std::unique_ptr<simdjson::dom::parser>> parsers;
  std::vector<simdjson::dom::element> roots;
};

// Texts to match the rewritten patterns on: the records' texts and paths, and a few with
// the punctuation and letters classes and ranges meet.
const char* const k_texts[] = {
    "Bygge flere boliger for førstegangsetablerere i Asker – også på Bærums side, 20 %.",
    "Bolig og byutvikling",
    "Et godt sted å bo",
    "Vi har trygge, inkluderende lokalsamfunn med boliger for alle.",
    "ÆØÅ æøå — «sitat» ½ 😀 Straße",
    "a !( b",
    "!]",
    "x:y [z] {2} a-b",
    "\xcd\x85 \xce\xb9",
    "\xe2\x84\xaalima \xc5\xbftr\xc3\xb8m \xe2\x84\xab \xce\xbc \xc5\xb8 \xe1\xba\x9e \xc2\xaa \xc2\x81 "
    "\xe6\x97\xa5",
    "",
};

// Each rule line's pattern, rewritten as vil compiles it (rules.hpp), against the
// pattern as written, on the texts: the prefilter (or the widened pattern, its
// fallback) matches wherever the pattern does; the uncased rule (when it compiles)
// matches the same spans; a valid pattern never has an invalid prefilter and fallback.
void check_rewrites(std::string_view file) {
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingUTF8);
  options.set_case_sensitive(false);
  options.set_log_errors(false);
  while (!file.empty()) {
    const std::size_t nl = file.find('\n');
    const std::string_view line = file.substr(0, nl);
    file.remove_prefix(nl == std::string_view::npos ? file.size() : nl + 1);
    const std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos) continue;
    std::string_view pattern = line.substr(tab + 1);
    pattern = pattern.substr(0, pattern.find('\t'));
    if (!valid_utf8(pattern)) continue;
    const RE2 full(std::string(pattern), options);
    if (!full.ok()) continue;
    RE2 prefilter(vil::prefilter_pattern(pattern), options);
    const RE2 widened(vil::widen_letter_classes(pattern), options);
    const RE2& used = prefilter.ok() ? prefilter : widened;
    VIL_FUZZ_CHECK(used.ok());
    const RE2 uncased(vil::uncased_letter_classes(pattern), options);
    std::string latin1_pattern;
    RE2::Options latin1_options = options;
    latin1_options.set_encoding(RE2::Options::EncodingLatin1);
    std::unique_ptr<RE2> latin1;
    if (vil::latin1_pattern(pattern, latin1_pattern))
      latin1 = std::make_unique<RE2>(latin1_pattern, latin1_options);
    for (const char* text : k_texts) {
      re2::StringPiece in(text), a, b;
      const bool matched = full.Match(in, 0, in.size(), RE2::UNANCHORED, &a, 1);
      if (matched) VIL_FUZZ_CHECK(RE2::PartialMatch(text, used));
      if (uncased.ok()) {
        const bool same = uncased.Match(in, 0, in.size(), RE2::UNANCHORED, &b, 1);
        VIL_FUZZ_CHECK(same == matched);
        if (same && matched) VIL_FUZZ_CHECK(a.data() == b.data() && a.size() == b.size());
      }
      // The Latin-1 rule on the text's Latin-1 bytes: the same span, mapped back.
      if (latin1 && latin1->ok()) {
        std::string bytes;
        std::vector<std::uint32_t> offsets;
        vil::latin1_text(text, bytes, offsets);
        re2::StringPiece lin(bytes), c;
        const bool same = latin1->Match(lin, 0, lin.size(), RE2::UNANCHORED, &c, 1);
        VIL_FUZZ_CHECK(same == matched);
        if (same && matched) {
          const auto begin = static_cast<std::size_t>(c.data() - bytes.data());
          VIL_FUZZ_CHECK(offsets[begin] == static_cast<std::size_t>(a.data() - in.data()));
          VIL_FUZZ_CHECK(offsets[begin + c.size()] ==
                         static_cast<std::size_t>(a.data() - in.data()) + a.size());
        }
      }
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static Records* records = new Records();  // parsed once, kept for the whole run
  const std::string text(reinterpret_cast<const char*>(data), size);
  check_rewrites(text);
  vil::RuleSet rules;
  vil::Diagnostic err;
  if (!rules.add_file("fuzz.tsv", text, err)) {
    VIL_FUZZ_CHECK(err.file == "fuzz.tsv");
    VIL_FUZZ_CHECK(err.line >= 1);
    VIL_FUZZ_CHECK(!err.message.empty());
    return 0;
  }
  std::string problem;
  if (!rules.compile(problem)) {
    VIL_FUZZ_CHECK(!problem.empty());
    return 0;
  }
  // The same rules finding every match's start by probing, and every one with RE2's
  // reverse program: the same hits (rules.cpp, find_match).
  rules.set_probe_searches(~0u);
  vil::RuleSet reverse;
  reverse.set_latin1(false);  // and every rule and prefilter in UTF-8: the same hits
  VIL_FUZZ_CHECK(reverse.add_file("fuzz.tsv", text, err) && reverse.compile(problem));
  reverse.set_probe_searches(0);
  std::vector<vil::TagHit> hits, reverse_hits;
  for (simdjson::dom::element root : records->roots) {
    std::string why, reverse_why;
    const bool tagged = rules.tag(root, hits, why);
    if (tagged && reverse.tag(root, reverse_hits, reverse_why)) {
      VIL_FUZZ_CHECK(hits.size() == reverse_hits.size());
      for (std::size_t i = 0; i < hits.size(); ++i)
        VIL_FUZZ_CHECK(hits[i].tag == reverse_hits[i].tag && hits[i].order == reverse_hits[i].order &&
                       hits[i].field == reverse_hits[i].field && hits[i].words == reverse_hits[i].words);
    }
    if (!tagged) {  // RE2 out of memory: said, never silent
      VIL_FUZZ_CHECK(!why.empty());
      continue;
    }
    for (std::size_t i = 0; i < hits.size(); ++i) {
      const vil::TagHit& hit = hits[i];
      VIL_FUZZ_CHECK(vil::is_valid_tag(hit.tag));
      VIL_FUZZ_CHECK(valid_utf8(hit.rule));
      VIL_FUZZ_CHECK(valid_utf8(hit.field));
      for (const std::string& w : hit.words) VIL_FUZZ_CHECK(valid_utf8(w));
      VIL_FUZZ_CHECK(hit.order <= rules.size());
      if (i > 0) VIL_FUZZ_CHECK(hits[i - 1].tag <= hit.tag);
    }
  }
  return 0;
}

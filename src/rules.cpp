#include "vil/rules.hpp"

#include <re2/re2.h>
#include <re2/set.h>
#include <xxhash.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <mutex>
#include <unordered_set>

#include "hyperscan.hpp"
#include "vil/matcher.hpp"
#include "vil/parts.hpp"
#include "vil/record_view.hpp"
#include "vil/refs.hpp"
#include "vil/stemmer.hpp"
#include "vil/text.hpp"
#include "vil/utf8.hpp"
#include "word_bytes.hpp"

namespace vil {
namespace {

RE2::Options rule_options(RE2::Options::Encoding encoding = RE2::Options::EncodingUTF8) {
  RE2::Options o;
  o.set_encoding(encoding);
  o.set_case_sensitive(false);
  o.set_log_errors(false);
  o.set_max_mem(256 << 20);
  return o;
}

// The whole words a match touches: "bolig" in "boligpolitikk" gives "boligpolitikk";
// a match that takes in the space or comma around a word gives the word alone; a
// match that touches no word ("%") gives itself.
std::string words_around(std::string_view text, std::size_t begin, std::size_t end,
                         const std::vector<Word>& words) {
  // Words are in text order and do not overlap: the first word ending after begin is
  // found by binary search, so a long field costs log(words) per match, not words.
  auto w = std::lower_bound(words.begin(), words.end(), begin,
                            [](const Word& x, std::size_t at) { return x.end <= at; });
  std::size_t b = std::string_view::npos;
  std::size_t e = 0;
  for (; w != words.end() && w->begin < end; ++w) {
    b = std::min(b, w->begin);
    e = std::max(e, w->end);
  }
  if (b == std::string_view::npos) return clean_text(text.substr(begin, end - begin));
  return clean_text(text.substr(b, e - b));
}

}  // namespace

struct RuleSet::Compiled {
  std::once_flag once;
  std::unique_ptr<RE2> re;
  bool try_latin1 = false;          // the pattern means the same in Latin-1 (set by add_file)
  bool latin1 = false;              // re reads latin1_text's bytes, not the field's UTF-8
  std::atomic<bool> ready{false};   // re is set (cheaper to ask than the once_flag)
  std::atomic<unsigned> probed{0};  // searches made by probing so far (find_match)
};

// A field's value as latin1_text writes it, made once for all the rules that read it.
struct RuleSet::Latin1Value {
  std::string bytes;
  std::vector<std::uint32_t> offsets;  // empty: the value is ASCII, and bytes unused
};

namespace {

// The leftmost match of re in text at or after pos (to the end), as RE2's unanchored
// search gives it: its start is the first position where an anchored match begins, and
// there the anchored search picks the same alternative. Found that way, start by start,
// it needs no reverse program: RE2 builds one per pattern for the start of an unanchored
// match, and for the patterns' \PL word guards that costs more than the run of a small
// input. (No forward pass first to ask whether there is a match at all: RE2 answers that
// with a DFA of its own, about 150 KB more per rule.) After `probe` searches of a rule
// made so (a field's last one finds nothing), the unanchored search takes over: its
// reverse program then pays for itself, and a rule whose prefilter passes fields it
// does not match is not probed along each of them.
bool find_match(const RE2& re, re2::StringPiece text, std::size_t pos, re2::StringPiece& found,
                std::atomic<unsigned>& probed, unsigned probe) {
  if (probed.load(std::memory_order_relaxed) >= probe ||
      probed.fetch_add(1, std::memory_order_relaxed) >= probe)
    return re.Match(text, pos, text.size(), RE2::UNANCHORED, &found, 1);
  for (std::size_t start = pos; start <= text.size(); ++start)
    if (re.Match(text, start, text.size(), RE2::ANCHOR_START, &found, 1)) return true;
  return false;
}

}  // namespace

namespace {

// The end of one character of a bracketed class at k, as RE2 reads it: an escape with
// its letter, or with its braces (\x{...}, \p{...}), or a byte. can_range: whether it may
// start a range (a class such as \d or \pL may not).
std::size_t class_character_end(std::string_view p, std::size_t k, bool& can_range) {
  can_range = true;
  if (p[k] != '\\' || k + 1 >= p.size()) return k + 1;
  const char e = p[k + 1];
  const bool group = e == 'p' || e == 'P';
  can_range = !group && std::string_view("dDsSwW").find(e) == std::string_view::npos;
  if ((group || e == 'x') && k + 2 < p.size() && p[k + 2] == '{') {
    const std::size_t close = p.find('}', k + 3);
    return close == std::string_view::npos ? p.size() : close + 1;
  }
  return std::min(p.size(), group ? k + 3 : k + 2);
}

// The end of the pattern's token that starts at i: an escape (\Q...\E whole, \p{...}
// with its name), a bracketed class (whole), or a byte.
std::size_t token_end(std::string_view p, std::size_t i) {
  const char c = p[i];
  if (c == '\\' && i + 1 < p.size()) {
    const char e = p[i + 1];
    if (e == 'Q') {  // \Q...\E: literal text
      const std::size_t end = p.find("\\E", i + 2);
      return end == std::string_view::npos ? p.size() : end + 2;
    }
    if ((e == 'p' || e == 'P') && i + 2 < p.size()) {
      if (p[i + 2] != '{') return i + 3;
      const std::size_t close = p.find('}', i + 3);
      return close == std::string_view::npos ? p.size() : close + 1;
    }
    return i + 2;  // any other escape, with its letter
  }
  if (c == '[') {
    // Item by item, as RE2 reads a class: a leading ] is a member; "[:name:]" is a class
    // only where an item starts (in "[!-[:x:]" the range ! to [ ends at the [); a range
    // is a character, '-' and a character.
    std::size_t j = i + 1;
    if (j < p.size() && p[j] == '^') ++j;
    bool first = true;
    while (j < p.size() && (p[j] != ']' || first)) {
      first = false;
      if (p[j] == '[' && j + 2 < p.size() && p[j + 1] == ':') {
        const std::size_t close = p.find(":]", j + 2);
        if (close != std::string_view::npos) {
          j = close + 2;
          continue;
        }
      }
      bool can_range = true;
      j = class_character_end(p, j, can_range);
      if (can_range && j + 1 < p.size() && p[j] == '-' && p[j + 1] != ']')
        j = class_character_end(p, j + 1, can_range);
    }
    return std::min(p.size(), j + 1);
  }
  return i + 1;
}

bool is_letter_class(std::string_view token) { return token == "\\pL" || token == "\\p{L}"; }
bool is_non_letter_class(std::string_view token) { return token == "\\PL" || token == "\\P{L}"; }

// The pattern with \pL and \p{L} outside a bracketed class written as `letter`, and
// \PL and \P{L} as `non_letter`; every other token as it is.
std::string replace_letter_classes(std::string_view p, std::string_view letter, std::string_view non_letter) {
  std::string out;
  out.reserve(p.size());
  for (std::size_t i = 0, j = 0; i < p.size(); i = j) {
    j = token_end(p, i);
    const std::string_view token = p.substr(i, j - i);
    out += is_letter_class(token) ? letter : is_non_letter_class(token) ? non_letter : token;
  }
  return out;
}

// True when tokens [at, at + 5) are a word guard: "(^|\PL)" if leading, else "(\PL|$)".
bool is_guard(const std::vector<std::string_view>& t, std::size_t at, bool leading) {
  if (at + 5 > t.size() || t[at] != "(" || t[at + 2] != "|" || t[at + 4] != ")") return false;
  return leading ? t[at + 1] == "^" && is_non_letter_class(t[at + 3])
                 : is_non_letter_class(t[at + 1]) && t[at + 3] == "$";
}

}  // namespace

std::string widen_letter_classes(std::string_view p) { return replace_letter_classes(p, "(?s:.)", "(?s:.)"); }

std::string prefilter_pattern(std::string_view p) {
  // The top-level alternatives, as tokens; a pattern whose groups do not balance is
  // only widened (RE2 then reports its error).
  std::vector<std::vector<std::string_view>> branches(1);
  int depth = 0;
  for (std::size_t i = 0, j = 0; i < p.size(); i = j) {
    j = token_end(p, i);
    const std::string_view token = p.substr(i, j - i);
    if (token == "(") ++depth;
    if (token == ")" && --depth < 0) return widen_letter_classes(p);
    if (token == "|" && depth == 0) {
      branches.emplace_back();
      continue;
    }
    branches.back().push_back(token);
  }
  if (depth != 0) return widen_letter_classes(p);
  std::string out;
  for (std::size_t b = 0; b < branches.size(); ++b) {
    const std::vector<std::string_view>& t = branches[b];
    std::size_t first = 0;
    std::size_t last = t.size();
    // A leading guard that something repeats is kept: "(^|\PL)*" is no guard.
    const bool repeated = t.size() > 5 && (t[5] == "*" || t[5] == "+" || t[5] == "?" || t[5] == "{");
    if (is_guard(t, 0, true) && !repeated) first = 5;
    if (last >= first + 5 && is_guard(t, last - 5, false)) last -= 5;
    if (b > 0) out += '|';
    for (std::size_t k = first; k < last; ++k) out += t[k];
  }
  return widen_letter_classes(out);
}

std::string uncased_letter_classes(std::string_view p) {
  // A flag group, "(?i)" or "(?-i:", would change what \PL means after it.
  for (std::size_t at = p.find("(?"); at != std::string_view::npos; at = p.find("(?", at + 2))
    if (at + 2 < p.size() && p[at + 2] != ':' && p[at + 2] != 'P' && p[at + 2] != '<') return std::string(p);
  return replace_letter_classes(p, "(?-i:[\\pL\\x{345}])", "(?-i:[^\\pL\\x{345}])");
}

namespace {

// The byte latin1_text writes for a letter above U+00FF that folds with none below
// (ª, U+00AA), and for anything else above U+00FF (U+0081, a C1 control). Patterns
// that name either are not rewritten (latin1_pattern), so no rule tells a stand-in
// from the code points it stands for.
constexpr unsigned char k_other_letter = 0xAA;
constexpr unsigned char k_other = 0x81;

bool is_ascii(std::string_view s) {
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8)
    if (word_bytes::has_high(word_bytes::load(s.data() + i))) return false;
  for (; i < s.size(); ++i)
    if (static_cast<unsigned char>(s[i]) >= 0x80) return false;
  return true;
}

bool is_stand_in(char32_t cp) { return cp == k_other_letter || (cp >= 0x80 && cp <= 0x9F); }

// An escape latin1_pattern keeps (the two bytes or \p{L}): one that names no character
// above U+007F, and means the same in Latin-1 on latin1_text's bytes as in UTF-8.
bool is_latin1_escape(std::string_view token) {
  if (is_letter_class(token) || is_non_letter_class(token)) return true;
  if (token.size() != 2) return false;
  const char e = token[1];
  if (std::string_view("dDsSwWAztnrfv").find(e) != std::string_view::npos) return true;
  const auto u = static_cast<unsigned char>(e);
  return u < 0x80 && std::ispunct(u) != 0;  // an escaped mark: \. \- \( ...
}

// The code point of the pattern's character at p[i] (a literal, UTF-8), and its end;
// 0x110000 for one latin1_pattern cannot keep.
char32_t pattern_code_point(std::string_view p, std::size_t i, std::size_t& end) {
  end = i;
  if (find_invalid_utf8(p.substr(i, std::min<std::size_t>(4, p.size() - i))) == 0) return 0x110000;
  return next_code_point(p, end);
}

bool is_latin1_literal(char32_t cp) { return cp <= 0xFF && !is_stand_in(cp); }

// Whether a bracketed class (the whole token) names only what latin1_pattern keeps:
// literals of U+0000..U+00FF but the stand-ins, ranges of ASCII or of U+00C0..U+00FF,
// and the escapes it keeps; no [:name:] class.
bool is_latin1_class(std::string_view t) {
  std::size_t j = 1;
  if (j < t.size() && t[j] == '^') ++j;
  bool first = true;
  // One item's code point (0x110000 for an escape, which is no range's end), or false.
  const auto item = [&](std::size_t k, std::size_t& end, char32_t& cp) {
    if (t[k] == '\\') {
      bool can_range = true;
      end = class_character_end(t, k, can_range);
      cp = 0x110000;
      return is_latin1_escape(t.substr(k, end - k));
    }
    cp = pattern_code_point(t, k, end);
    return is_latin1_literal(cp);
  };
  while (j + 1 < t.size() && (t[j] != ']' || first)) {
    first = false;
    if (t[j] == '[' && j + 1 < t.size() && t[j + 1] == ':') return false;
    std::size_t end = j;
    char32_t lo = 0;
    if (!item(j, end, lo)) return false;
    j = end;
    if (j + 1 < t.size() && t[j] == '-' && t[j + 1] != ']') {
      char32_t hi = 0;
      if (!item(j + 1, end, hi) || lo == 0x110000 || hi == 0x110000) return false;
      if (!(hi < 0x80 || lo >= 0xC0)) return false;
      j = end;
    }
  }
  return j + 1 == t.size() && t[j] == ']';
}

// Whether RE2 counts code point cp as a letter when it folds case (\pL of a rule): asked
// of RE2 itself, so that the stand-ins follow its Unicode tables; cp's fold with iota
// makes U+0345 one. The answers for the Basic Multilingual Plane are kept.
bool is_rule_letter(char32_t cp) {
  if (cp == 0x345) return true;
  static const RE2 letter("\\pL");  // case-sensitive: nothing to fold, quick to compile
  static std::array<std::atomic<std::uint8_t>, 0x10000> known{};  // 0 not asked, 1 letter, 2 not
  if (cp < 0x10000) {
    const std::uint8_t k = known[cp].load(std::memory_order_relaxed);
    if (k != 0) return k == 1;
  }
  std::string utf8;
  append_utf8(utf8, cp);
  const bool is = RE2::FullMatch(utf8, letter);
  if (cp < 0x10000) known[cp].store(is ? 1 : 2, std::memory_order_relaxed);
  return is;
}

// The byte latin1_text writes for cp.
unsigned char latin1_byte(char32_t cp) {
  if (cp <= 0xFF) return static_cast<unsigned char>(cp);
  switch (cp) {  // the code points above U+00FF whose case folds with one below
    case 0x017F:
      return 's';  // long s
    case 0x212A:
      return 'k';  // Kelvin sign
    case 0x212B:
      return 0xE5;  // Ångström sign: å
    case 0x039C:
    case 0x03BC:
      return 0xB5;  // Greek mu: micro sign
    case 0x0178:
      return 0xFF;  // Ÿ: ÿ
    case 0x1E9E:
      return 0xDF;  // capital sharp s: ß
    default:
      return is_rule_letter(cp) ? k_other_letter : k_other;
  }
}

}  // namespace

namespace {

// RE2's \pL up to U+00FF, as the members of a bracketed class: in Latin-1 a rule's
// letter classes are written so, which RE2 parses without building the Unicode table
// of letters first (half of what compiling a Latin-1 rule cost).
constexpr std::string_view k_latin1_letters =
    "A-Za-z\\x{aa}\\x{b5}\\x{ba}\\x{c0}-\\x{d6}\\x{d8}-\\x{f6}\\x{f8}-\\x{ff}";

}  // namespace

bool latin1_pattern(std::string_view p, std::string& out) {
  out.clear();
  for (std::size_t i = 0, j = 0; i < p.size(); i = j) {
    j = token_end(p, i);
    const std::string_view token = p.substr(i, j - i);
    // A group may be plain or (?s:...) (. takes in \n: the same in both); no other flags.
    if (token == "(" && p.substr(i, 2) == "(?" && p.substr(i, 3) != "(?:" && p.substr(i, 4) != "(?s:")
      return false;
    if (token[0] == '\\') {
      if (!is_latin1_escape(token)) return false;
      if (is_letter_class(token))
        out.append("[").append(k_latin1_letters).append("]");
      else if (is_non_letter_class(token))
        out.append("[^").append(k_latin1_letters).append("]");
      else
        out += token;
    } else if (token[0] == '[') {
      if (!is_latin1_class(token)) return false;
      // Item by item: \pL becomes its members; a character its byte.
      for (std::size_t k = 0; k < token.size();) {
        if (token[k] == '\\') {
          bool can_range = true;
          const std::size_t end = class_character_end(token, k, can_range);
          const std::string_view item = token.substr(k, end - k);
          out += is_letter_class(item) ? k_latin1_letters : item;
          k = end;
        } else {
          out += static_cast<char>(next_code_point(token, k));
        }
      }
    } else if (static_cast<unsigned char>(token[0]) >= 0x80) {
      const char32_t cp = pattern_code_point(p, i, j);
      if (!is_latin1_literal(cp)) return false;
      out += static_cast<char>(cp);
    } else {
      out += token;
    }
  }
  return true;
}

void latin1_text(std::string_view text, std::string& out, std::vector<std::uint32_t>& offsets) {
  out.clear();
  offsets.clear();
  for (std::size_t i = 0; i < text.size();) {
    offsets.push_back(static_cast<std::uint32_t>(i));
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      out += static_cast<char>(c);
      ++i;
      continue;
    }
    out += static_cast<char>(latin1_byte(next_code_point(text, i)));
  }
  offsets.push_back(static_cast<std::uint32_t>(text.size()));
}

RuleSet::Compiled& RuleSet::compiled(std::size_t rule) const {
  Compiled& c = *m_regexes[rule];
  if (!c.ready.load(std::memory_order_acquire)) {
    std::call_once(c.once, [&] {
      const std::string& pattern = m_rules[rule].pattern;
      // In Latin-1 a letter class is a byte class: a rule compiles in a tenth of the time,
      // and its automata are smaller.
      std::string latin1;
      if (c.try_latin1 && latin1_pattern(pattern, latin1)) {
        c.re = std::make_unique<RE2>(latin1, rule_options(RE2::Options::EncodingLatin1));
        // Not a rule that matches the empty string inside a text ("x*", "a|"): after an
        // empty match the search goes on a byte further, which in UTF-8 can be inside a
        // character, where it matches again (a word of one letter such as "Å" is then
        // found inside; in Latin-1 it is one byte, with no inside).
        c.latin1 = c.re->ok() && !c.re->Match("\x81\x81", 1, 1, RE2::ANCHOR_BOTH, nullptr, 0);
        if (c.latin1) {
          c.ready.store(true, std::memory_order_release);
          return;
        }
      }
      c.re = std::make_unique<RE2>(uncased_letter_classes(pattern), rule_options());
      // The rewrite is a speed-up only: where it would not compile, the pattern as written
      // is (and its error, if any, quotes what the user wrote).
      if (!c.re->ok()) c.re = std::make_unique<RE2>(pattern, rule_options());
      c.ready.store(true, std::memory_order_release);
    });
  }
  return c;
}

const RE2* RuleSet::regex(std::size_t rule, std::string& err) const {
  const Compiled& c = compiled(rule);
  if (!c.re->ok()) {
    if (err.empty()) err = m_rules[rule].source + ": RE2 cannot compile the pattern: " + c.re->error();
    return nullptr;
  }
  return c.re.get();
}

// The rules of one field as two sets of prefilters: those that mean the same in
// Latin-1 (latin1_pattern), matched there on the field's Latin-1 bytes, and the rest in
// UTF-8. A set is made when its first prefilter is added.
struct RuleSet::FieldGroup {
  struct Part {
    std::unique_ptr<RE2::Set> set;
    std::vector<std::size_t> rules;     // set index -> rule index
    std::vector<std::string> patterns;  // set index -> the prefilter, as added
    std::unique_ptr<HsDatabase> hs;     // the Latin-1 prefilters in Hyperscan, if loaded
  };
  FieldPath field;
  Part utf8;
  Part latin1;
  bool latin1_text = false;  // a set or rule reads the values' Latin-1 bytes
};

RuleSet::RuleSet() = default;
RuleSet::~RuleSet() = default;

bool is_valid_tag(std::string_view tag) {
  if (tag.empty()) return false;
  for (std::size_t i = 0; i < tag.size(); ++i) {
    const char c = tag[i];
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!alnum && (i == 0 || (c != ':' && c != '.' && c != '_' && c != '-'))) return false;
  }
  return true;
}

bool RuleSet::add_file(std::string_view name, std::string_view text, Diagnostic& err) {
  if (m_compiled) {
    err = {std::string(name), 0, "rules added after the set was compiled"};
    return false;
  }
  if (const std::size_t bad = find_invalid_utf8(text); bad != std::string_view::npos) {
    err = {std::string(name), line_of(text, bad), "invalid UTF-8 at byte " + std::to_string(bad)};
    return false;
  }
  return for_each_line(text, [&](std::string_view line, std::size_t line_no) {
    if (trim(line).empty() || line[0] == '#') return true;
    const auto fail = [&](std::string message) {
      err = {std::string(name), line_no, std::move(message)};
      return false;
    };
    const std::vector<std::string_view> cells = split_tabs(line);
    if (cells.size() < 2) return fail("expected TAG<TAB>PATTERN[<TAB>FIELD[<TAB>KINDS]]");
    if (cells.size() > 4)
      return fail("too many tab-separated cells (" + std::to_string(cells.size()) + "; at most 4)");
    TagRule rule;
    rule.tag = std::string(trim(cells[0]));
    if (!is_valid_tag(rule.tag))
      return fail("invalid tag '" + rule.tag + "' (use a-z, 0-9, ':', '.', '_', '-')");
    rule.pattern = std::string(cells[1]);
    if (rule.pattern.empty()) return fail("empty pattern");
    std::string problem;
    const std::string_view field = cells.size() > 2 ? trim(cells[2]) : std::string_view("-");
    if (!FieldPath::parse(field.empty() || field == "-" ? "text" : field, rule.field, problem))
      return fail(problem);
    if (cells.size() > 3 && trim(cells[3]) != "-" && !trim(cells[3]).empty()) {
      std::string_view kinds = trim(cells[3]);
      while (!kinds.empty()) {
        const std::size_t comma = kinds.find(',');
        const std::string_view k = trim(kinds.substr(0, comma));
        Kind kind;
        if (!parse_kind(k, kind)) return fail("unknown kind '" + std::string(k) + "' (" + kind_list() + ")");
        rule.kinds.push_back(kind);
        kinds = comma == std::string_view::npos ? std::string_view{} : kinds.substr(comma + 1);
      }
    }
    if (uses_any_byte(rule.pattern))
      return fail("invalid pattern '" + rule.pattern + "': " + k_any_byte_error);
    // The prefilter joins its field's set here, parsed once, and any error has its line:
    // it has the pattern's errors (\pL and \PL have none) without the cost of parsing
    // Unicode letter classes. The rule itself is compiled when first needed (regex()).
    // Where dropping a guard would not parse ("(^|\PL)(?i)+x": the + repeated the guard),
    // the widened pattern is the prefilter.
    // In Latin-1 where the prefilter means the same there (a set of those compiles in
    // about half the time); any error is the UTF-8 one, which quotes the pattern as written.
    FieldGroup& group = group_of(rule.field);
    const std::size_t index = m_rules.size();
    // Adds a prefilter to one of the group's two sets, making the set first.
    const auto add = [&](FieldGroup::Part& part, RE2::Options::Encoding encoding,
                         const std::string& pattern) {
      if (!part.set) part.set = std::make_unique<RE2::Set>(rule_options(encoding), RE2::UNANCHORED);
      if (part.set->Add(pattern, &problem) < 0) return false;
      part.rules.push_back(index);
      part.patterns.push_back(pattern);
      return true;
    };
    bool added = false;
    std::string latin1;
    for (const std::string& prefilter :
         {prefilter_pattern(rule.pattern), widen_letter_classes(rule.pattern)}) {
      added = (m_latin1 && latin1_pattern(prefilter, latin1) &&
               add(group.latin1, RE2::Options::EncodingLatin1, latin1)) ||
              add(group.utf8, RE2::Options::EncodingUTF8, prefilter);
      if (added) break;
    }
    if (!added) return fail("invalid pattern '" + rule.pattern + "': " + problem);
    rule.source = std::string(name) + ":" + std::to_string(line_no);
    // Whether the rule may run in Latin-1 is settled here, with its prefilter's set, so
    // that set_latin1 called later cannot part a rule from the bytes it reads.
    auto compiled = std::make_unique<Compiled>();
    compiled->try_latin1 = m_latin1 && latin1_pattern(rule.pattern, latin1);
    group.latin1_text = group.latin1_text || compiled->try_latin1 || group.latin1.set != nullptr;
    m_rules.push_back(std::move(rule));
    m_regexes.push_back(std::move(compiled));
    return true;
  });
}

RuleSet::FieldGroup& RuleSet::group_of(const FieldPath& field) {
  for (const auto& g : m_groups)
    if (g->field.spec() == field.spec()) return *g;
  m_groups.push_back(std::make_unique<FieldGroup>());
  m_groups.back()->field = field;
  return *m_groups.back();
}

bool RuleSet::compile(std::string& err) {
  if (!m_compiled) {  // an RE2::Set compiles once
    m_compiled = true;
    for (const auto& g : m_groups) {
      if ((g->utf8.set && !g->utf8.set->Compile()) || (g->latin1.set && !g->latin1.set->Compile())) {
        m_compile_error = "the rules on field '" + g->field.spec() +
                          "' are too many or too large for RE2 to compile together";
        break;
      }
    }
  }
  err = m_compile_error;
  return err.empty();
}

namespace {

// Latin-1's upper-case letters, À to Þ but ×: their lower-case forms are 0x20 above.
bool is_latin1_upper(unsigned char c) { return c >= 0xC0 && c <= 0xDE && c != 0xD7; }

// A Latin-1 prefilter as Hyperscan matches it on hs_fold_text's bytes. Hyperscan folds
// the case of ASCII letters only, so the text's Latin-1 letters are lower-cased before
// the scan, and the pattern's with them: an upper-case letter becomes its lower-case
// one, and a class that is not negated and names a byte from À up (as a byte, a range's
// end or an \x{..} escape) may also match any lower-case one, à to þ: (?:[...]|[à-þ]).
// A negated class needs nothing: it already passes the lower-case form of a letter it
// names in upper case, and names the lower-case letters it means. PCRE's \s (and so
// Hyperscan's) takes in the vertical tab, RE2's does not: \s and \S are written out
// as RE2 means them. A NUL byte is written \x00 (Hyperscan reads C strings). The result
// matches wherever the prefilter does (and perhaps more, which the rule itself then
// settles).
std::string hs_prefilter_pattern(std::string_view latin1) {
  static constexpr std::string_view k_spaces = "\\t\\n\\f\\r ";
  static constexpr std::string_view k_non_spaces = "\\x00-\\x08\\x0b\\x0e-\\x1f\\x21-\\xff";
  std::string out;
  out.reserve(latin1.size());
  for (std::size_t i = 0, j = 0; i < latin1.size(); i = j) {
    j = token_end(latin1, i);
    const std::string_view token = latin1.substr(i, j - i);
    if (token.size() > 2 && token[0] == '[' && token.back() == ']') {
      const bool negated = token[1] == '^';
      std::string members;
      for (std::size_t k = negated ? 2 : 1; k + 1 < token.size();) {
        if (token[k] == '\\') {
          bool can_range = true;
          const std::size_t end = class_character_end(token, k, can_range);
          const std::string_view item = token.substr(k, end - k);
          members += item == "\\s" ? k_spaces : item == "\\S" ? k_non_spaces : item;
          k = end;
        } else {
          if (token[k] == '\0')
            members += "\\x00";
          else
            members += token[k];
          ++k;
        }
      }
      const bool high = token.find("\\x{") != std::string_view::npos ||
                        std::any_of(token.begin(), token.end(),
                                    [](char c) { return static_cast<unsigned char>(c) >= 0xC0; });
      const std::string cls = std::string(negated ? "[^" : "[") + members + "]";
      out += !negated && high ? "(?:" + cls + "|[\\x{e0}-\\x{fe}])" : cls;
    } else if (token == "\\s") {
      out.append("[").append(k_spaces).append("]");
    } else if (token == "\\S") {
      out.append("[^").append(k_spaces).append("]");
    } else if (token.size() == 1 && token[0] == '\0') {
      out += "\\x00";
    } else if (token.size() == 1 && is_latin1_upper(static_cast<unsigned char>(token[0]))) {
      out += static_cast<char>(token[0] + 0x20);
    } else {
      out += token;
    }
  }
  return out;
}

// text with its Latin-1 upper-case letters lower-cased, for hs_prefilter_pattern's
// patterns.
void hs_fold_text(std::string_view text, std::string& out) {
  out.assign(text);
  for (char& c : out)
    if (is_latin1_upper(static_cast<unsigned char>(c))) c = static_cast<char>(c + 0x20);
}

// A database file: this line, "key HASH", "hyperscan VERSION", then per field group
// "FIELD<TAB>BYTES" and that many bytes of serialized database. Raise the number when
// hs_prefilter_pattern or the compile flags (hyperscan.cpp) change what a database means.
constexpr std::string_view k_prefilter_magic = "vil prefilter database 2\n";

}  // namespace

std::string RuleSet::prefilter_key(std::vector<std::vector<std::string>>& patterns) const {
  patterns.clear();
  std::string keyed(k_prefilter_magic);
  for (const auto& g : m_groups) {
    patterns.emplace_back();
    for (const std::string& p : g->latin1.patterns) patterns.back().push_back(hs_prefilter_pattern(p));
    keyed += g->field.spec();
    keyed += '\0';
    for (const std::string& p : patterns.back()) keyed.append(p).push_back('\0');
    keyed += '\n';
  }
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx",
                static_cast<unsigned long long>(XXH3_64bits(keyed.data(), keyed.size())));
  return hex;
}

bool RuleSet::prefilter_database(std::string& out, std::string& err) const {
  out.clear();
  if (!HsDatabase::available(err)) return false;
  std::vector<std::vector<std::string>> patterns;
  out.append(k_prefilter_magic).append("key ").append(prefilter_key(patterns)).append("\n");
  out.append("hyperscan ").append(HsDatabase::version()).append("\n");
  for (std::size_t g = 0; g < m_groups.size(); ++g) {
    std::vector<std::string> compiled = patterns[g];
    std::string bytes;
    // A prefilter Hyperscan cannot compile ("^" inside a group, say) becomes one that
    // matches everywhere: its rule is then run on every value, and finds what it finds.
    for (std::size_t tries = 0; !compiled.empty(); ++tries) {
      std::string problem;
      if (HsDatabase::compile(compiled, bytes, problem)) break;
      std::size_t bad = 0;
      if (tries == compiled.size() || std::sscanf(problem.c_str(), "pattern %zu:", &bad) != 1 ||
          bad >= compiled.size() || compiled[bad].empty()) {
        err = "the rules on field '" + m_groups[g]->field.spec() + "': Hyperscan: " + problem;
        return false;
      }
      compiled[bad].clear();
    }
    out.append(m_groups[g]->field.spec()).append("\t").append(std::to_string(bytes.size())).append("\n");
    out += bytes;
  }
  return true;
}

bool RuleSet::use_prefilter_database(std::string_view bytes, std::string& why) {
  why.clear();
  if (!m_compiled) {
    why = "the rules are not compiled yet";
    return false;
  }
  // The rules first: a database made for others is passed over without loading libhs.
  std::vector<std::vector<std::string>> patterns;
  const std::string header = std::string(k_prefilter_magic) + "key " + prefilter_key(patterns) + "\n";
  if (bytes.substr(0, k_prefilter_magic.size()) != k_prefilter_magic) {
    why = "not a vil prefilter database (of this version)";
    return false;
  }
  if (bytes.substr(0, header.size()) != header) {
    why = "made for other rules";
    return false;
  }
  bytes.remove_prefix(header.size());
  if (!HsDatabase::available(why)) return false;
  const std::string version = "hyperscan " + HsDatabase::version() + "\n";
  if (bytes.substr(0, version.size()) != version) {
    why = "made by another version of Hyperscan than " + HsDatabase::version();
    return false;
  }
  bytes.remove_prefix(version.size());
  std::vector<std::unique_ptr<HsDatabase>> databases;
  for (const auto& g : m_groups) {
    const std::string name = g->field.spec() + "\t";
    const std::size_t eol = bytes.find('\n');
    std::size_t size = 0;
    if (bytes.substr(0, name.size()) != name || eol == std::string_view::npos ||
        std::sscanf(std::string(bytes.substr(name.size(), eol - name.size())).c_str(), "%zu", &size) != 1 ||
        size > bytes.size() - eol - 1) {
      why = "truncated or damaged";
      return false;
    }
    bytes.remove_prefix(eol + 1);
    if (g->latin1.patterns.empty()) {
      databases.push_back(nullptr);
    } else {
      databases.push_back(HsDatabase::load(bytes.substr(0, size), why));
      if (!databases.back()) return false;
    }
    bytes.remove_prefix(size);
  }
  if (!bytes.empty()) {
    why = "has bytes after its last database";
    return false;
  }
  for (std::size_t g = 0; g < m_groups.size(); ++g) m_groups[g]->latin1.hs = std::move(databases[g]);
  return true;
}

bool RuleSet::rule_hit(std::size_t index, std::string_view value, std::string_view where,
                       const std::vector<Word>& words, const Latin1Value& latin1, TagHit& hit,
                       std::string& err) const {
  const TagRule& rule = m_rules[index];
  const RE2* re = regex(index, err);
  if (re == nullptr) return false;
  // A Latin-1 rule searches the value's Latin-1 bytes; offsets take its spans back.
  const bool mapped = compiled(index).latin1 && !latin1.offsets.empty();
  const std::string_view searched = mapped ? std::string_view(latin1.bytes) : value;
  hit = TagHit{rule.tag, rule.source, std::string(where), {}, index + 1};
  // The words of this hit, each once: a look along the few words a hit has, a set
  // (filled when first needed) for a field with many matches.
  std::unordered_set<std::string> seen;
  const auto is_new = [&](const std::string& w) {
    if (hit.words.size() < 16) return std::find(hit.words.begin(), hit.words.end(), w) == hit.words.end();
    if (seen.empty()) seen.insert(hit.words.begin(), hit.words.end());
    return seen.insert(w).second;
  };
  re2::StringPiece input(searched.data(), searched.size());
  re2::StringPiece found;
  std::size_t pos = 0;
  bool fired = false;  // the set's prefilter may fire where the rule does not
  while (pos <= searched.size() &&
         find_match(*re, input, pos, found, m_regexes[index]->probed, m_probe_searches)) {
    fired = true;
    const std::size_t b = static_cast<std::size_t>(found.data() - searched.data());
    const std::size_t en = b + found.size();
    std::string w = mapped ? words_around(value, latin1.offsets[b], latin1.offsets[en], words)
                           : words_around(value, b, en, words);
    if (!w.empty() && is_new(w)) hit.words.push_back(std::move(w));
    pos = en > pos ? en : pos + 1;
  }
  return fired;
}

bool RuleSet::tag(simdjson::dom::element record, std::vector<TagHit>& hits, std::string& err) const {
  hits.clear();
  err.clear();
  Kind kind = Kind::paragraph;
  bool has_kind = false;
  simdjson::dom::element e;
  has_kind = parse_kind(RecordView(record).kind(), kind);
  // Plan rows carry their own SDG codes.
  if (has_kind && is_plan_kind(kind) && record.at_pointer("/refs/sdg").get(e) == simdjson::SUCCESS &&
      e.is_array()) {
    std::string raw;
    simdjson::dom::element r;
    if (record.at_pointer("/refs/raw").get(r) == simdjson::SUCCESS && r.is_string())
      raw = std::string(r.get_string().value_unsafe());
    const simdjson::dom::array goals = e.get_array().value_unsafe();
    for (simdjson::dom::element goal : goals) {
      // Only SDG numbers are tags; cmd_tag reports the others.
      if (!goal.is_int64() || !is_sdg(goal.get_int64().value_unsafe())) continue;
      TagHit hit{"sdg:" + std::to_string(goal.get_int64().value_unsafe()), "refs", "refs.sdg", {}, 0};
      if (!raw.empty()) hit.words.push_back(raw);
      hits.push_back(std::move(hit));
    }
  }
  std::string scratch;
  std::string folded;  // a value's Latin-1 bytes as Hyperscan reads them
  std::vector<int> matched;
  std::vector<std::size_t> wanted;  // the rules the set passed that read this kind
  std::vector<Word> words;
  Latin1Value latin1;
  for (const auto& group : m_groups) {
    group->field.visit(record, [&](simdjson::dom::element v, std::string_view where) {
      std::string_view value;
      if (!scalar_text(v, scratch, value)) return;
      // The value's Latin-1 bytes, for the Latin-1 set and rules (when it has a byte
      // above ASCII; else the value is its own), made before the rules run (on threads,
      // perhaps).
      latin1.offsets.clear();
      if (group->latin1_text && !is_ascii(value)) latin1_text(value, latin1.bytes, latin1.offsets);
      const std::string_view latin1_value = latin1.offsets.empty() ? value : std::string_view(latin1.bytes);
      wanted.clear();
      for (const auto& [part, text] :
           {std::pair{&group->utf8, value}, std::pair{&group->latin1, latin1_value}}) {
        if (!part->set) continue;
        matched.clear();
        if (part->hs) {
          std::string_view scanned = text;
          if (!latin1.offsets.empty()) {
            hs_fold_text(text, folded);
            scanned = folded;
          }
          if (!part->hs->scan(scanned, matched, err)) return;
          std::sort(matched.begin(), matched.end());
          if (!matched.empty() && static_cast<std::size_t>(matched.back()) >= part->rules.size()) {
            err = "the prefilter database does not fit the rules (a pattern id past their end)";
            return;
          }
        } else {
          RE2::Set::ErrorInfo error{};
          if (!part->set->Match(text, &matched, &error)) {
            if (error.kind != RE2::Set::kNoError && err.empty())
              err = "the rules ran out of memory matching " + std::string(where) + " (RE2 error " +
                    std::to_string(static_cast<int>(error.kind)) + ")";
            continue;
          }
        }
        for (int m : matched) {
          const std::size_t index = part->rules[static_cast<std::size_t>(m)];
          const std::vector<Kind>& kinds = m_rules[index].kinds;
          if (kinds.empty() || (has_kind && std::find(kinds.begin(), kinds.end(), kind) != kinds.end()))
            wanted.push_back(index);
        }
      }
      if (!err.empty()) return;
      std::sort(wanted.begin(), wanted.end());  // rule order, whichever set passed them
      split_words(value, words);
      // Compiling a rule is most of what tagging a small input costs: while two or more of
      // the wanted rules are not compiled yet, the rules are split over the compile
      // threads, each hit kept in its rule's slot, and the hits taken in rule order.
      const auto pending = std::count_if(wanted.begin(), wanted.end(), [&](std::size_t r) {
        return !m_regexes[r]->ready.load(std::memory_order_acquire);
      });
      if (m_threads > 1 && pending > 1) {
        const std::size_t n = wanted.size();
        std::vector<TagHit> slot_hits(n);
        std::vector<char> fired(n, 0);
        std::vector<std::string> slot_errs(n);
        const auto parts = static_cast<unsigned>(std::min<std::size_t>(m_threads, n));
        run_parts(parts, 1, [&](unsigned part) {
          for (std::size_t i = part; i < n; i += parts)
            fired[i] = rule_hit(wanted[i], value, where, words, latin1, slot_hits[i], slot_errs[i]);
        });
        for (std::size_t i = 0; i < n; ++i) {
          if (err.empty()) err = slot_errs[i];
          if (fired[i] != 0) hits.push_back(std::move(slot_hits[i]));
        }
        return;
      }
      for (const std::size_t index : wanted) {
        TagHit hit;
        if (rule_hit(index, value, where, words, latin1, hit, err)) hits.push_back(std::move(hit));
      }
    });
  }
  std::stable_sort(hits.begin(), hits.end(), [](const TagHit& a, const TagHit& b) {
    if (a.tag != b.tag) return a.tag < b.tag;
    return a.order < b.order;  // then by rule in file order (refs first), each place in field order
  });
  return err.empty();
}

}  // namespace vil

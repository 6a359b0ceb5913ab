#pragma once

#include <simdjson.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "vil/diagnostic.hpp"
#include "vil/field_path.hpp"
#include "vil/record.hpp"
#include "vil/stemmer.hpp"

namespace re2 {
class RE2;
}

namespace vil {

// One line of a rule file: TAG<TAB>PATTERN[<TAB>FIELD[<TAB>KINDS]].
struct TagRule {
  std::string tag;          // "topic:housing", "sdg:11"
  std::string pattern;      // RE2, matched case-insensitively anywhere in the field
  FieldPath field;          // default "text"
  std::vector<Kind> kinds;  // empty: every kind
  std::string source;       // "FILE:LINE", as `why` names it
};

// Why a record got a tag: the rule that fired, the field place it read, and the words
// that matched (whole words around each match, unique, in order of appearance). A rule
// that fires in several places of a field (path.0, path.2) gives one hit each.
struct TagHit {
  std::string tag;
  std::string rule;   // "FILE:LINE", or "refs" for a plan row's own SDG codes
  std::string field;  // the place read: "text", "path.1"
  std::vector<std::string> words;
  std::size_t order = 0;  // 0 for refs, else 1 + the rule's place in the files
};

// Rules from one or more files, compiled for matching. Also gives plan rows (goal,
// subgoal, strategy) the tags "sdg:N" of their own refs.sdg, without any rule.
//
// How: the rules of one field are two RE2::Sets of their prefilters (one matched on the
// field's Latin-1 bytes, below, one on its UTF-8) (each pattern
// without the word guards at the edges of its alternatives, and with its Unicode letter
// classes \pL and \PL outside brackets widened to any character: those classes cost RE2
// about a millisecond each to compile, and the rule files use 171; prefilter_pattern). The set says which
// rules may match; each of those is then run as written, compiled the first time it is needed, for its words:
// in Latin-1 on the field's text as one byte per code point when the rule means the same there
// (latin1_pattern, latin1_text; not a rule that matches the empty string inside a text), else in UTF-8 with
// its letter classes written so that RE2 need not case-fold them (uncased_letter_classes). A rule fires only
// where its own pattern matches: the same hits as matching every rule in full. A rule's first searches find a
// match's start by anchored searches, start by start, and later ones with RE2's reverse program, which a run
// builds only once it has searched that often.
//
// Where a Hyperscan database of the Latin-1 prefilters is loaded (use_prefilter_database), it
// takes the Latin-1 set's place: the same rules pass, without RE2 building the set's automaton.
class RuleSet {
 public:
  RuleSet();
  ~RuleSet();
  RuleSet(const RuleSet&) = delete;
  RuleSet& operator=(const RuleSet&) = delete;

  // Adds the rules of one file, before compile(). On the first bad line returns false
  // with FILE:LINE and the reason.
  bool add_file(std::string_view name, std::string_view text, Diagnostic& err);

  // Compiles the rules added so far, before tag(); later calls give the first one's
  // answer. False with the reason when RE2 cannot build its set (memory limits).
  bool compile(std::string& err);

  std::size_t size() const { return m_rules.size(); }

  // The compiled rules' prefilters as a Hyperscan database (see src/hyperscan.hpp), for
  // use_prefilter_database: made once, when vil is built, for the shipped rules. False
  // with err when Hyperscan is not available.
  bool prefilter_database(std::string& out, std::string& err) const;

  // After compile(): matches the prefilters with a database prefilter_database wrote,
  // when it was made for these very rules (their fields and patterns, in order) by
  // this Hyperscan: the same hits, without RE2 building the sets' automata record by
  // record (most of what tagging a small input costs). False, with the reason in why,
  // and nothing changed, when it cannot be used.
  bool use_prefilter_database(std::string_view bytes, std::string& why);

  // The hits for one record, sorted by tag, then by rule in file order (refs first).
  // False, with the reason in err, when RE2 ran out of memory on the record (its
  // max_mem is 256 MiB): the hits would be incomplete. Safe to call from several
  // threads at once.
  bool tag(simdjson::dom::element record, std::vector<TagHit>& hits, std::string& err) const;

  // How many of a rule's searches probe start by start, before its reverse program is
  // built (default 8): see `find_match` in rules.cpp. Tests set 0 (reverse program
  // always) and a large number (probing always): the hits are the same.
  void set_probe_searches(unsigned n) { m_probe_searches = n; }

  // Threads that run the rules a field's value needs while two or more of them are not
  // compiled yet (default 1: the calling thread, rule by rule). Compiling a rule takes
  // about a millisecond, most of what tagging one record costs; the hits are the same
  // for any count.
  void set_compile_threads(unsigned n) { m_threads = n == 0 ? 1 : n; }

  // Whether the rules added after it that mean the same in Latin-1 are compiled so, and
  // their prefilters matched so (default true; see latin1_pattern). Tests set false:
  // the hits are the same.
  void set_latin1(bool on) { m_latin1 = on; }

 private:
  struct FieldGroup;  // the rules that read one field, as RE2::Sets of their prefilters
  struct Compiled;    // a rule's own RE2, compiled on first use (thread-safe)

  // The rule's own RE2, compiled on first use; null (with err) when RE2 cannot.
  const re2::RE2* regex(std::size_t rule, std::string& err) const;
  Compiled& compiled(std::size_t rule) const;  // compiled now if not yet
  // The hit of one rule on a field's value (its words split), compiling the rule if
  // need be; false when it does not fire there, or cannot compile (err, if empty).
  struct Latin1Value;  // a field's value as latin1_text writes it
  bool rule_hit(std::size_t rule, std::string_view value, std::string_view where,
                const std::vector<Word>& words, const Latin1Value& latin1, TagHit& hit,
                std::string& err) const;

  std::vector<TagRule> m_rules;
  std::vector<std::unique_ptr<Compiled>> m_regexes;  // one per rule, for the words
  // The group of the rules that read field, made when its first rule is added.
  FieldGroup& group_of(const FieldPath& field);

  std::vector<std::unique_ptr<FieldGroup>> m_groups;
  // What names these rules' prefilters in a database: a hash of the Hyperscan version
  // and each group's field and prefilters (as Hyperscan reads them, into patterns).
  std::string prefilter_key(std::vector<std::vector<std::string>>& patterns) const;
  bool m_compiled = false;
  std::string m_compile_error;
  unsigned m_probe_searches = 8;
  unsigned m_threads = 1;
  bool m_latin1 = true;
};

// \pL, \PL, \p{L} and \P{L} outside a bracketed class become (?s:.), so that the
// result matches wherever the pattern does (and more).
std::string widen_letter_classes(std::string_view pattern);

// The pattern as a prefilter, matching somewhere in every text the pattern matches
// somewhere: each top-level alternative loses a leading word guard (^|\PL) and a
// trailing (\PL|$) (what is left of an alternative matches inside its match), then its
// letter classes are widened. The guards cost the set's automaton most: each makes a
// branch for "any character" at every place a rule's word may start or end. A pattern
// whose groups do not balance is only widened, and keeps its error.
std::string prefilter_pattern(std::string_view pattern);

// The pattern with the same matches under case folding, compiled faster: \pL and \PL
// (and \p{L}, \P{L}) outside a bracketed class become classes RE2 need not fold,
// (?-i:[\pL\x{345}]) and (?-i:[^\pL\x{345}]). Case folded, \pL takes in U+0345 (the
// combining ypogegrammeni, which folds with iota) and \PL leaves it out; nothing else
// changes. A pattern with flags of its own ("(?i)", "(?-i:") is returned as it is.
std::string uncased_letter_classes(std::string_view pattern);

// The pattern for RE2's Latin-1 mode, where it matches latin1_text's bytes as the
// pattern matches the text in UTF-8 (case-insensitively): true with it in out when
// every character the pattern names is in U+0000..U+00FF but the stand-ins (U+0080..
// U+009F and ª, U+00AA), ranges are of ASCII or of U+00C0..U+00FF, every escape is
// one of \pL \PL \p{L} \P{L} \d \D \s \S \w \W \A \z \t \n \r \f \v or an escaped
// ASCII mark, and there are no flags, named groups or [:classes:]. False otherwise:
// the rule is compiled for UTF-8 (uncased_letter_classes). Every rule the shipped files
// hold is rewritten: in Latin-1 a letter class is a byte class, not hundreds of UTF-8
// ranges, and a rule compiles in a tenth of the time.
bool latin1_pattern(std::string_view pattern, std::string& out);

// A field's value (valid UTF-8) as one byte per code point, for the rules that
// latin1_pattern rewrote: U+0000..U+00FF as that byte; the seven code points above
// whose case folds with one of them (ſ, K, Å, Μ, μ, Ÿ, ẞ) as that one; any other
// letter (RE2's \pL, and U+0345, which folds with iota) as ª; anything else as U+0081.
// offsets[i] is where the i-th code point starts in text, and offsets.back() is
// text.size(), so that a match of the bytes maps back to the same span of the text.
void latin1_text(std::string_view text, std::string& out, std::vector<std::uint32_t>& offsets);

// True for a usable tag name: [a-z0-9][a-z0-9:._-]*.
bool is_valid_tag(std::string_view tag);

}  // namespace vil

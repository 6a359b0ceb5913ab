#include "vil/plan_text.hpp"

#include <algorithm>
#include <vector>

#include "vil/text.hpp"
#include "vil/utf8.hpp"

namespace vil {
namespace {

bool is_upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }

// The words of text (split at spaces), each without the punctuation that ends it
// (a word of punctuation only is dropped), case-folded. At most max_words + 1 of them:
// enough to tell that a text has too many, without folding all of a long one.
std::vector<std::string> folded_words(std::string_view text, std::size_t max_words) {
  static constexpr std::string_view k_en_dash = "\xE2\x80\x93";
  std::vector<std::string> words;
  std::size_t start = 0;
  while (start < text.size() && words.size() <= max_words) {
    std::size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view word = text.substr(start, end - start);
    while (!word.empty()) {
      if (word.ends_with(k_en_dash))
        word.remove_suffix(k_en_dash.size());
      else if (std::string_view(":;,.!?-").find(word.back()) != std::string_view::npos)
        word.remove_suffix(1);
      else
        break;
    }
    if (!word.empty()) words.push_back(fold_case(word));
    start = end + 1;
  }
  return words;
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// The kind a label word names: "hovedmål" (nynorsk "hovudmål"), "samfunnsmål", "mål",
// "målsetting" (goal), "delmål"
// (subgoal), "strategi" (strategy), in any inflection.
std::optional<Kind> label_kind(std::string_view word) {
  if (starts_with(word, "hovedmål") || starts_with(word, "hovudmål") || starts_with(word, "samfunnsmål") ||
      word == "mål" || word == "målet" || word == "målene" || word == "måla" ||
      starts_with(word, "målsetting") || starts_with(word, "målsetjing"))  // the last two nynorsk
    return Kind::goal;
  if (starts_with(word, "delmål")) return Kind::subgoal;
  if (starts_with(word, "strategi") || word == "tiltak" || word == "tiltakene" || word == "tiltaka")
    return Kind::strategy;
  return std::nullopt;
}

}  // namespace

std::optional<PlanPrefix> parse_plan_prefix(std::string_view text) {
  PlanPrefix out;
  std::size_t i = 0;
  // The label: the first word, when it names a kind.
  const std::size_t space = text.find(' ');
  const std::string_view first = text.substr(0, space);
  std::string head = fold_case(first);
  if (!head.empty() && head.back() == ':') head.pop_back();
  if (const std::optional<Kind> kind = label_kind(head)) {
    out.kind = *kind;
    out.labelled = true;
    i = first.size();
    while (i < text.size() && text[i] == ' ') ++i;
  }
  // The code: letters (at most three capitals) and dotted numbers, or dotted numbers.
  const std::size_t code_start = i;
  std::size_t letters = 0;
  while (i < text.size() && is_upper_ascii(text[i]) && letters < 4) ++i, ++letters;
  if (letters > 3) return std::nullopt;
  if (letters > 0 && i < text.size() && (text[i] == '.' || text[i] == '-')) ++i;
  int depth = 0;
  while (i < text.size() && is_ascii_digit(text[i])) {
    std::size_t digits = 0;
    while (i < text.size() && is_ascii_digit(text[i])) ++i, ++digits;
    if (digits > 3) return std::nullopt;
    ++depth;
    if (i + 1 < text.size() && text[i] == '.' && is_ascii_digit(text[i + 1]))
      ++i;
    else
      break;
  }
  // A lettered step below the number ("1.1 a)", "1.1.a"): one level deeper.
  if (depth >= 1 && i + 2 < text.size() && (text[i] == ' ' || text[i] == '.') && text[i + 1] >= 'a' &&
      text[i + 1] <= 'z' && (text[i + 2] == ')' || (text[i] == '.' && text[i + 2] == ' '))) {
    i += text[i + 2] == ')' ? 3 : 2;
    ++depth;
  }
  if (depth == 0) {
    if (!out.labelled) return std::nullopt;
    i = code_start;  // "Hovedmål: ..." has no code
  } else {
    out.code = std::string(text.substr(code_start, i - code_start));
    out.lettered = letters > 0;
    if (!out.labelled && !out.lettered && depth < 2) return std::nullopt;
  }
  // The separator: ".", ":", ")" and spaces, or a dash between spaces.
  const std::size_t before_separator = i;
  while (i < text.size() && (text[i] == '.' || text[i] == ':' || text[i] == ')')) ++i;
  while (i < text.size() && text[i] == ' ') ++i;
  for (std::string_view dash : {"-", "\xE2\x80\x93", "\xE2\x80\x94"}) {
    if (text.substr(i, dash.size()) == dash && i + dash.size() < text.size() &&
        text[i + dash.size()] == ' ') {
      i += dash.size();
      while (i < text.size() && text[i] == ' ') ++i;
      break;
    }
  }
  if (depth > 0 && i == before_separator && i < text.size()) return std::nullopt;  // "S1x": no code
  out.rest = text.substr(i);
  if (out.rest.empty() || !has_letter(out.rest) || starts_lowercase(out.rest)) return std::nullopt;
  if (!out.labelled)
    out.kind = depth == 1 ? Kind::goal : depth == 2 ? Kind::subgoal : Kind::strategy;
  else if (head == "mål" && depth >= 2)
    out.kind = depth == 2 ? Kind::subgoal : Kind::strategy;  // "Mål 1.2"
  return out;
}

std::optional<Kind> caption_kind(std::string_view text) {
  static const std::string_view k_skip[] = {"en", "ett", "to", "tre", "fire", "fem", "seks", "sju", "syv",
                                            "åtte", "ni", "ti", "våre", "vår", "kommunens", "planens", "de",
                                            "disse", "overordnede", "sentrale", "viktigste",
                                            // nynorsk
                                            "ein", "eitt", "dei", "desse", "overordna", "viktigaste"};
  static constexpr std::size_t k_max_words = 8;
  const std::vector<std::string> words = folded_words(text, k_max_words);
  if (words.empty() || words.size() > k_max_words) return std::nullopt;
  std::size_t i = 0;
  while (i < words.size()) {
    bool skip = is_ascii_digit(words[i][0]);
    for (std::string_view w : k_skip) skip = skip || words[i] == w;
    if (!skip) break;
    ++i;
  }
  if (i >= words.size()) return std::nullopt;
  if (words[i] == "slik" && words.size() > i + 1) return Kind::strategy;  // "Slik når vi målet"
  // "Hvordan skal vi jobbe?", "Hvordan når vi målet:", nynorsk "Korleis skal me jobbe?":
  // how, the strategies. ("Hvordan står det til i dag?" asks for facts: no strategies.)
  static const std::string_view k_doing[] = {"skal",     "vil",  "når", "kan",    "jobber",
                                             "arbeider", "gjør", "får", "jobbar", "gjer"};
  if ((words[i] == "hvordan" || words[i] == "korleis") && words.size() > i + 1 &&
      (text.ends_with('?') || text.ends_with(':')) &&
      std::find(std::begin(k_doing), std::end(k_doing), words[i + 1]) != std::end(k_doing))
    return Kind::strategy;
  // "Hva vil vi oppnå?", nynorsk "Kva vil me oppnå?": what the plan aims at, the
  // sub-goals under a goal (as the column "Hva vil vi oppnå" holds them).
  if ((words[i] == "hva" || words[i] == "kva") && words.back() == "oppnå" && words.size() <= i + 5 &&
      (text.ends_with('?') || text.ends_with(':')))
    return Kind::subgoal;
  // "Vi skal:", "Kommunen skal:", "Dette skal vi gjøre:": what the plan will do.
  const std::string_view trimmed = trim(text);
  if (!trimmed.empty() && trimmed.back() == ':' && words.size() <= 5)
    for (const std::string& w : words)
      if (w == "skal") return Kind::strategy;
  return label_kind(words[i]);
}

Kind plan_kind_below(Kind kind) { return kind == Kind::goal ? Kind::subgoal : Kind::strategy; }

}  // namespace vil

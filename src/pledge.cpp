#include "vil/pledge.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <cstdint>

#include "vil/text.hpp"
#include "vil/utf8.hpp"
#include "word_bytes.hpp"

namespace vil {
namespace {

// True when word is one of list (both case folded).
template <std::size_t N>
bool is_one_of(std::string_view word, const std::string_view (&list)[N]) {
  for (std::string_view w : list) {
    if (w == word) return true;
  }
  return false;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

utf8proc_category_t category(char32_t cp) { return utf8proc_category(static_cast<utf8proc_int32_t>(cp)); }

bool is_upper(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  const utf8proc_category_t cat = category(cp);
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}

bool is_letter(char32_t cp) {
  if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z');
  const utf8proc_category_t cat = category(cp);
  return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
}

bool is_digit(char32_t cp) {
  return cp < 0x80 ? cp >= '0' && cp <= '9' : category(cp) == UTF8PROC_CATEGORY_ND;
}

// Sentence splitting -----------------------------------------------------------------------------------

// Words whose final '.' does not end a sentence.
constexpr std::string_view k_abbreviations[] = {
    "bl.a.", "f.eks.", "m.m.", "osv.", "ca.", "nr.", "kr.", "dvs.", "pga.", "mht.", "jf.", "evt.", "inkl.",
    "etc.", "fv.", "rv.", "kl.", "kap.", "pkt.", "tlf.", "f.o.m.", "t.o.m.", "st.", "dr.", "hr.", "mill.",
    "mrd.", "iht.", "ifm.", "vedr.", "bl.", "mv.", "sml.", "ev.", "adr.",
    // nynorsk: "til dømes", "mellom anna", "og så bortetter"
    "t.d.", "m.a.", "osb."};

// Abbreviations that may end a sentence: before a capital they do ("... PC-er osv. Vi
// vil ..."; "4,2 mrd. kr. Vi vil ..."), before a digit or a lower-case word they do not
// ("1. jan. 2026", "4 mill. kroner").
constexpr std::string_view k_final_abbreviations[] = {"osv.",  "osb.", "m.m.",  "mv.",  "etc.", "kr.",
                                                      "mill.", "mrd.", "o.l.",  "jan.", "feb.", "apr.",
                                                      "aug.",  "sep.", "sept.", "okt.", "nov.", "des."};

// True when the word at text[at] is two or more capitals ("NOK", "EUR" after "mill."):
// a code, not a sentence's start.
bool all_caps_word(std::string_view text, std::size_t at) {
  std::size_t letters = 0;
  for (std::size_t i = at; i < text.size();) {
    const char32_t cp = next_code_point(text, i);
    if (!is_letter(cp)) break;
    if (!is_upper(cp)) return false;
    ++letters;
  }
  return letters >= 2;
}

// Closing quotes and brackets that may follow the mark that ends a sentence.
bool is_closer(char32_t cp) {
  return cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == U'\u00BB' || cp == U'\u201D' ||
         cp == U'\u2019';
}

// What may start the next sentence: a capital, a digit, an opening quote or a dash.
bool opens_sentence(char32_t cp) {
  return is_upper(cp) || is_digit(cp) || cp == '"' || cp == '\'' || cp == U'\u00AB' || cp == U'\u201C' ||
         cp == '-' || cp == U'\u2013' || cp == U'\u2014';
}

// True when the word that ends with the '.' at text[dot] is a known abbreviation ("(f.eks." too);
// final: one that may end a sentence.
bool ends_abbreviation(std::string_view text, std::size_t dot, bool& final) {
  final = false;
  const std::size_t space = text.rfind(' ', dot);
  std::string_view word = text.substr(space == std::string_view::npos ? 0 : space + 1);
  word = word.substr(0, dot + 1 - (space == std::string_view::npos ? 0 : space + 1));
  while (!word.empty() && (word[0] == '(' || word[0] == '[' || word[0] == '"' || word[0] == '\'')) {
    word.remove_prefix(1);
  }
  if (word.substr(0, 2) == "\u00AB") word.remove_prefix(2);  // «
  if (word.substr(0, 3) == "\u201C") word.remove_prefix(3);  // “
  const std::string folded = fold_case(word);
  final = is_one_of(folded, k_final_abbreviations);
  return final || is_one_of(folded, k_abbreviations);
}

// Pledge detection -------------------------------------------------------------------------------------

// A word of a sentence.
struct Token {
  std::string_view text;     // as written
  std::string folded;        // case folded
  bool capital = false;      // starts with an upper-case letter
  bool all_caps = false;     // two or more letters, all upper case ("SV", "KrF" is not)
  bool after_punct = false;  // punctuation, not only spaces, between it and the word before
};

// The words of s: runs of letters, digits and hyphens ("FN-konvensjonen", "gang-").
std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> tokens;
  bool punct = false;
  std::size_t i = 0;
  while (i < s.size()) {
    const std::size_t begin = i;
    char32_t cp = next_code_point(s, i);
    if (!is_letter(cp) && !is_digit(cp)) {
      if (!is_space(cp) && cp != '-') punct = true;
      continue;
    }
    Token token;
    token.capital = is_upper(cp);
    std::size_t letters = 0;
    std::size_t uppers = 0;
    std::size_t end = i;
    while (true) {
      if (is_letter(cp)) ++letters;
      if (is_upper(cp)) ++uppers;
      end = i;
      if (i >= s.size()) break;
      std::size_t next = i;
      cp = next_code_point(s, next);
      if (!is_letter(cp) && !is_digit(cp) && cp != '-') break;
      i = next;
    }
    token.text = s.substr(begin, end - begin);
    token.folded = fold_case(token.text);
    token.all_caps = letters >= 2 && uppers == letters;
    token.after_punct = punct;
    punct = false;
    tokens.push_back(std::move(token));
  }
  return tokens;
}

// Words that cannot start a subject that names someone: pronouns, determiners, quantifiers ("Mange vil
// ..."), conjunctions, prepositions and sentence adverbs ("Derfor vil vi ..." puts the subject later).
constexpr std::string_view k_non_subjects[] = {
    "det", "dette", "den", "denne", "disse", "de", "dem", "deres", "man", "en", "et", "ei", "jeg", "du",
    "dere", "han", "hun", "hva", "hvem", "hvilke", "hvor", "hvordan", "hvorfor", "hvis", "når", "om", "at",
    "som", "der", "her", "da", "nå", "så", "men", "og", "eller", "for", "fordi", "derfor", "dessuten", "også",
    "samtidig", "alle", "mange", "flere", "noen", "ingen", "hver", "enhver", "andre", "begge", "både", "mer",
    "mest", "i", "på", "til", "fra", "med", "etter", "innen", "ved", "gjennom", "under", "over", "mot",
    "uten", "av", "å", "før", "siden", "selv", "slik", "sammen", "eksempelvis", "dermed", "likevel", "stadig",
    // nynorsk
    "eg", "dei", "ho", "kva", "kven", "korleis", "kvifor", "kvar", "difor", "dessutan", "òg", "no", "saman",
    "ein", "eit", "fleire", "nokon", "ingen", "kvar", "mykje", "nokre", "sume", "dykk"};

// Lower-case words that end a name as part of it: "Asker kommune" is the council, not the place.
constexpr std::string_view k_institutions[] = {"kommune",      "fylkeskommune", "fylke",
                                               "kommunestyre", "bystyre",       "formannskap"};

// Adverbs that may stand between the commitment verb, the subject and the action.
constexpr std::string_view k_adverbs[] = {
    "også", "aktivt", "fortsatt", "fremdeles", "alltid", "derfor", "dessuten", "videre", "særlig", "spesielt",
    "konkret", "blant", "annet", "ikke", "aldri", "heller", "bare", "straks", "umiddelbart", "gradvis",
    "gjerne", "tydelig", "sterkt", "igjen", "sammen", "nå", "da", "her", "først",
    // nynorsk
    "òg", "difor", "vidare", "framleis", "særleg", "ikkje", "berre", "no", "saman", "fyrst"};

// Verbs that, after "vil"/"skal" with a subject that may not be a party, make a prediction or a wish about
// a state ("Asker vil få flere eldre", "Folk vil ha ...") rather than a commitment.
constexpr std::string_view k_state_verbs[] = {
    "være", "bli", "få", "gi", "ha", "kunne", "måtte", "bidra", "føre", "lønne", "trenge", "kreve", "bety",
    "skje", "komme", "medføre", "innebære", "koste", "gjelde", "oppleve", "fortsette",
    // nynorsk
    "vere", "vera", "gje", "kome", "trengje", "gjelda"};

// Verbs of a remark about the text or the reader, not an action ("Vi vil komme tilbake til
// det i kapittel 5", "Vi vil gjerne høre fra deg", "Vi vil ikke love noe ...").
constexpr std::string_view k_remark_verbs[] = {"komme", "kome", "høre", "høyre", "love", "lova", "takke"};

// Heads of an aim for society at large ("et rettferdig samfunn", "en bærekraftig utvikling"): a value, not
// something that could be checked.
constexpr std::string_view k_society_nouns[] = {"samfunn", "verden", "fremtid", "framtid", "utvikling"};

// Words that end a noun phrase: relative pronouns, subjunctions and prepositions.
constexpr std::string_view k_phrase_ends[] = {
    "som", "der", "hvor", "med",  "for", "i",       "på",    "til", "av",    "om",   "fra",  "uten",
    "mot", "når", "hvis", "slik", "ved", "gjennom", "innen", "at",  "under", "over", "etter"};

// How a commitment verb takes its action.
enum class Commitment {
  modal,  // "vil styrke", "vil at ...": an action verb or an "at" clause follows
  wish,   // "ønsker å styrke", "ønsker at ...", "ønsker en ny skole"
  plain,  // "foreslår ...", "jobber for ...": the object follows
};

// A finite verb that commits its subject.
struct CommitVerb {
  std::string_view verb;      // folded
  std::string_view particle;  // words that must follow ("for", "inn for"), or empty
  Commitment kind;
  bool speaker_only;  // commits only the speaker: "Vi må ..." is a pledge, "Kommunen må ..." a demand
};

constexpr CommitVerb k_commit_verbs[] = {
    {"vil", "", Commitment::modal, false},
    {"skal", "", Commitment::modal, false},
    {"må", "", Commitment::modal, true},
    {"ønsker", "", Commitment::wish, false},
    {"jobber", "for", Commitment::plain, false},
    {"arbeider", "for", Commitment::plain, false},
    {"kjemper", "for", Commitment::plain, false},
    {"sørger", "for", Commitment::plain, false},
    {"går", "inn for", Commitment::plain, false},
    {"foreslår", "", Commitment::plain, false},
    {"støtter", "", Commitment::plain, false},
    {"prioriterer", "", Commitment::plain, false},
    {"lover", "", Commitment::wish, true},            // "Vi lover å pusse opp ..."
    {"går", "til valg på", Commitment::wish, false},  // "Vi går til valg på å bygge ..."
    // nynorsk
    {"ønskjer", "", Commitment::wish, false},
    {"jobbar", "for", Commitment::plain, false},
    {"kjempar", "for", Commitment::plain, false},
    {"syter", "for", Commitment::plain, false},
    {"støttar", "", Commitment::plain, false},
    {"ynskjer", "", Commitment::wish, false},
    {"lovar", "", Commitment::wish, true},           // "Me lovar å halde skulen open"
    {"går", "til val på", Commitment::wish, false},  // "Me går til val på å byggje ..."
};

// The subject of a clause that may commit: "vi" or a name.
struct Subject {
  std::size_t length = 0;  // words; 0 when there is none
  bool vi = false;
  bool proper = false;  // surely a proper name: several capitalised words, all capitals, or "...parti..."
  std::string name;     // as written, empty for "vi"
};

// True for a single capitalised word at the start of a sentence that reads as a common noun: definite
// ("Kommunen", "Samfunnet", "Lærerne") or plural ("Elever"). Party names ending so ("Senterpartiet") pass.
bool looks_common(std::string_view folded) {
  if (folded.find("parti") != std::string_view::npos) return false;
  return ends_with(folded, "en") || ends_with(folded, "et") || ends_with(folded, "ne") ||
         ends_with(folded, "er");
}

// True for a (folded) word that names one party: "...parti..." (not the plural
// "ungdomspartiene") or a party's short name ("venstre", "krf").
bool names_a_party(std::string_view folded) {
  static constexpr std::string_view k_short[] = {
      "venstre", "høyre", "krf", "frp", "sv", "rødt",  "mdg",
      "sp",      "ap",    "inp", "pp",  "ps", "høgre", "raudt"};  // the last two nynorsk
  return (folded.find("parti") != std::string_view::npos && !ends_with(folded, "partiene")) ||
         is_one_of(folded, k_short);
}

// The subject that starts at tokens[p]: "vi", or 1-6 capitalised words (plus an institution word) whose
// first is no pronoun or opener.
Subject subject_at(const std::vector<Token>& tokens, std::size_t p) {
  Subject subject;
  if (p >= tokens.size()) return subject;
  const Token& first = tokens[p];
  if (first.folded == "vi" || first.folded == "me") {  // "me": nynorsk
    subject.length = 1;
    subject.vi = true;
    return subject;
  }
  if (!first.capital || is_one_of(first.folded, k_non_subjects)) return subject;
  std::size_t end = p + 1;
  // A party's name may hold a small word between capitalised ones ("Arbeiderpartiet i
  // Solvik", "Industri- og Næringspartiet"): taken when a word beside it names a party.
  const auto joins_party = [&](std::size_t j) {
    if (j + 1 >= tokens.size() || tokens[j].after_punct || tokens[j + 1].after_punct ||
        !tokens[j + 1].capital)
      return false;
    static constexpr std::string_view k_joiners[] = {"i", "og", "for", "på"};
    return is_one_of(tokens[j].folded, k_joiners) &&
           (names_a_party(tokens[j - 1].folded) || names_a_party(tokens[j + 1].folded));
  };
  while (end < tokens.size() && end - p < 6 && !tokens[end].after_punct &&
         (tokens[end].capital || joins_party(end)))
    end += tokens[end].capital ? 1 : 2;
  const bool single = end - p == 1;
  if (p == 0 && single && !first.all_caps && looks_common(first.folded)) return subject;
  subject.proper = !single || first.all_caps || names_a_party(first.folded);  // "...parti...", "Høyre"
  if (end < tokens.size() && !tokens[end].after_punct && is_one_of(tokens[end].folded, k_institutions)) {
    ++end;
    subject.proper = false;
  }
  subject.length = end - p;
  const std::string_view text = tokens[p].text;
  const std::string_view last = tokens[end - 1].text;
  subject.name = std::string(text.data(), static_cast<std::size_t>(last.data() + last.size() - text.data()));
  return subject;
}

// The commitment verb at tokens[i], or null.
const CommitVerb* commit_verb_at(const std::vector<Token>& tokens, std::size_t i) {
  if (i >= tokens.size() || tokens[i].capital) return nullptr;
  for (const CommitVerb& verb : k_commit_verbs) {
    if (verb.verb == tokens[i].folded) return &verb;
  }
  return nullptr;
}

// True when the words from tokens[j] on are an indefinite noun phrase whose head names society at large.
bool names_society(const std::vector<Token>& tokens, std::size_t j) {
  if (j >= tokens.size() ||
      !(tokens[j].folded == "en" || tokens[j].folded == "et" || tokens[j].folded == "ei"))
    return false;
  std::size_t head = j;
  for (std::size_t k = j + 1; k < tokens.size() && k <= j + 6; ++k) {
    if (tokens[k].after_punct || is_one_of(tokens[k].folded, k_phrase_ends)) break;
    head = k;
  }
  return head > j && is_one_of(tokens[head].folded, k_society_nouns);
}

// Position of the first word from j on that is not an adverb, and not cut off by punctuation
// (tokens.size() when there is none).
std::size_t skip_adverbs(const std::vector<Token>& tokens, std::size_t j) {
  while (j < tokens.size() && !tokens[j].after_punct && is_one_of(tokens[j].folded, k_adverbs)) ++j;
  if (j < tokens.size() && tokens[j].after_punct) return tokens.size();
  return j;
}

// True when verb, said by subject, commits it to what follows from tokens[j] (the word after both the
// verb and the subject).
bool commits(const std::vector<Token>& tokens, const CommitVerb& verb, std::size_t j,
             const Subject& subject) {
  if (verb.speaker_only && !subject.vi) return false;
  // "Vi lover ikke gull og grønne skoger": a promise not made.
  if ((verb.verb == "lover" || verb.verb == "lovar") && j < tokens.size() &&
      (tokens[j].folded == "ikke" || tokens[j].folded == "ikkje"))
    return false;
  j = skip_adverbs(tokens, j);
  // The particle: "jobber (aktivt) for", "går inn for".
  std::string_view particle = verb.particle;
  while (!particle.empty()) {
    const std::size_t space = particle.find(' ');
    const std::string_view word = particle.substr(0, space);
    if (j >= tokens.size() || tokens[j].after_punct || tokens[j].folded != word) return false;
    ++j;
    particle = space == std::string_view::npos ? std::string_view() : particle.substr(space + 1);
  }
  if (j >= tokens.size() || tokens[j].after_punct) return false;
  // "går til valg på å bygge ...", not "på nytt" (again) or "på et program".
  if ((verb.particle == "til valg på" || verb.particle == "til val på") && tokens[j].folded != "å" &&
      tokens[j].folded != "at")
    return false;
  std::string_view action;  // the action verb, when one follows
  std::size_t object = j;   // where the object of the commitment starts
  if (tokens[j].folded == "at") {
    object = j + 1;
  } else if (verb.kind == Commitment::modal) {
    action = tokens[j].folded;
    object = j + 1;
  } else if (verb.kind == Commitment::wish && tokens[j].folded == "å") {
    if (j + 1 >= tokens.size()) return false;
    action = tokens[j + 1].folded;
    object = j + 2;
  }
  if (!subject.vi && !subject.proper && is_one_of(action, k_state_verbs)) return false;
  if (is_one_of(action, k_remark_verbs)) return false;
  return !names_society(tokens, object);
}

// True when s, after closing quotes and brackets, ends with '?'.
bool is_question(std::string_view s) {
  s = trim(s);
  while (!s.empty() && is_closer(last_code_point(s))) {
    std::string closer;
    append_utf8(closer, last_code_point(s));
    s.remove_suffix(closer.size());
  }
  return !s.empty() && s.back() == '?';
}

}  // namespace

bool ends_with_abbreviation(std::string_view text) {
  text = trim(text);
  if (text.empty() || text.back() != '.') return false;
  bool final = false;
  return ends_abbreviation(text, text.size() - 1, final) && !final;
}

std::vector<SentenceSpan> split_sentences(std::string_view text) {
  std::vector<SentenceSpan> spans;
  const auto add = [&](std::size_t begin, std::size_t end) {
    const std::string_view sentence = trim(text.substr(begin, end - begin));
    if (sentence.empty()) return;
    const auto at = static_cast<std::size_t>(sentence.data() - text.data());
    spans.push_back(SentenceSpan{at, at + sentence.size()});
  };
  std::size_t start = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (c != '.' && c != '!' && c != '?') {
      ++i;
      // Then eight bytes at a time to the next that may end a sentence.
      i = word_bytes::skip_unflagged(text, i, [](std::uint64_t w) {
        return word_bytes::byte_mask(w, '.') | word_bytes::byte_mask(w, '!') | word_bytes::byte_mask(w, '?');
      });
      continue;
    }
    std::size_t end = i + 1;  // past the mark and its closing quotes
    while (end < text.size()) {
      std::size_t next = end;
      if (!is_closer(next_code_point(text, next))) break;
      end = next;
    }
    bool split = end + 1 < text.size() && text[end] == ' ';
    char32_t opener = 0;
    if (split) {
      std::size_t next = end + 1;
      opener = next_code_point(text, next);
      split = opens_sentence(opener);
    }
    // A '.' between digits ("2.5") is never followed by a space, so numbers need no rule of their own.
    if (split && c == '.') {
      bool final = false;
      if (ends_abbreviation(text, i, final))
        split = final && is_upper(opener) && !all_caps_word(text, end + 1) &&
                fold_case(text.substr(end + 1, 3)) != "kr.";  // "20 mill. Kr."
    }
    if (!split) {
      ++i;
      continue;
    }
    add(start, end);
    start = end + 1;
    i = end + 1;
  }
  add(start, text.size());
  return spans;
}

// True when the sentence has a commitment verb as a word after its first: the cheap
// test that spares tokenizing the sentences that cannot commit (most of them).
bool may_commit(std::string_view sentence) {
  // Word by word, as in the sentence case folded (folding keeps the spaces, and joins
  // nothing across one): a word of lower-case ASCII is its own fold, and the others are
  // folded alone.
  thread_local std::string folded;
  std::size_t start = sentence.find(' ');  // the first word cannot be the verb
  while (start != std::string_view::npos) {
    ++start;
    std::size_t end = sentence.find(' ', start);
    if (end == std::string_view::npos) end = sentence.size();
    std::string_view word = sentence.substr(start, end - start);
    if (std::any_of(word.begin(), word.end(),
                    [](char c) { return (c >= 'A' && c <= 'Z') || (c & 0x80) != 0; })) {
      folded.clear();
      append_fold_case(folded, word);
      word = folded;
    }
    while (!word.empty() && (word.back() == ',' || word.back() == '.')) word.remove_suffix(1);
    // A verb that takes a particle only with it somewhere after it ("går" commits only
    // in "går inn for", "går til valg på").
    for (const CommitVerb& verb : k_commit_verbs)
      if (word == verb.verb &&
          (verb.particle.empty() || sentence.find(verb.particle, end) != std::string_view::npos))
        return true;
    start = end < sentence.size() ? end : std::string_view::npos;
  }
  return false;
}

PledgeCue detect_pledge(std::string_view sentence) {
  PledgeCue cue;
  if (!may_commit(sentence) || is_question(sentence)) return cue;
  const std::vector<Token> tokens = tokenize(sentence);
  const auto found = [&cue](const Subject& subject) {
    cue.pledge = true;
    cue.actor = subject.name;
    return cue;
  };
  // Whether a commitment verb at tokens[i] (any of its entries: "går inn for", "går til
  // valg på") commits the subject, its action from tokens[j] on.
  const auto commits_at = [&](std::size_t i, std::size_t j, const Subject& subject) {
    if (i >= tokens.size() || tokens[i].capital) return false;
    for (const CommitVerb& verb : k_commit_verbs)
      if (verb.verb == tokens[i].folded && commits(tokens, verb, j, subject)) return true;
    return false;
  };
  // Subject first: "Partiet Sentrum vil ...", "Vi jobber for at ...".
  const Subject first = subject_at(tokens, 0);
  if (first.length > 0 && first.length < tokens.size() && !tokens[first.length].after_punct &&
      commits_at(first.length, first.length + 1, first))
    return found(first);
  // Verb second, after a fronted phrase: "I neste periode vil vi ...", "Derfor vil Partiet Sentrum ...".
  for (std::size_t i = 1; i + 1 < tokens.size(); ++i) {
    if (!commit_verb_at(tokens, i) || tokens[i + 1].after_punct) continue;
    const Subject subject = subject_at(tokens, i + 1);
    if (subject.length > 0 && commits_at(i, i + 1 + subject.length, subject)) return found(subject);
  }
  // A main clause of its own after a comma and a conjunction: "Skolen er viktig, og vi
  // vil bygge ...". Only "vi" ("me"): a name there may be the object of the clause before.
  for (std::size_t k = 1; k + 2 < tokens.size(); ++k) {
    if (!tokens[k].after_punct || !(tokens[k].folded == "og" || tokens[k].folded == "men")) continue;
    const Subject subject = subject_at(tokens, k + 1);
    if (subject.vi && !tokens[k + 2].after_punct && commits_at(k + 2, k + 3, subject)) return found(subject);
  }
  return cue;
}

PledgeCue detect_contrast_pledge(std::string_view sentence) {
  PledgeCue cue;
  if (!may_commit(sentence) || is_question(sentence)) return cue;
  const std::vector<Token> tokens = tokenize(sentence);
  for (std::size_t k = 1; k + 2 < tokens.size(); ++k) {
    if (!tokens[k].after_punct || tokens[k].folded != "men") continue;
    const Subject subject = subject_at(tokens, k + 1);
    if (!subject.vi || tokens[k + 2].after_punct || tokens[k + 2].capital) continue;
    for (const CommitVerb& verb : k_commit_verbs)
      if (verb.verb == tokens[k + 2].folded && commits(tokens, verb, k + 3, subject)) {
        cue.pledge = true;
        return cue;
      }
  }
  return cue;
}

}  // namespace vil

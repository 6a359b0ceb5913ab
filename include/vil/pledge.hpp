#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace vil {

// A sentence of a text: byte offsets [begin, end) into it, surrounding spaces excluded.
struct SentenceSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// True when text ends with an abbreviation whose '.' ends no sentence ("bl.a.", "f.eks.",
// "jf.", "ca."): a line that ends so goes on.
bool ends_with_abbreviation(std::string_view text);

// Splits cleaned paragraph text (single spaces, valid UTF-8) into sentences: after . ! ? (and a closing
// quote or parenthesis) followed by a space and a capital letter, digit, quote or dash; never after a known
// abbreviation (bl.a., f.eks., m.m., osv., ca., nr., kr., dvs., pga., mht., jf., evt., inkl., etc.) or
// inside a number (2.5, 1.1.2024).
std::vector<SentenceSpan> split_sentences(std::string_view text);

// What a sentence commits to, if anything.
struct PledgeCue {
  bool pledge = false;  // the sentence commits its speaker to a checkable action or outcome
  std::string actor;    // the subject when it names one ("Partiet Sentrum", "Asker Venstre"); empty for "vi"
};

// Finds a pledge in one Norwegian sentence, by the standard of the Comparative Party Pledges Project: a
// subject that is "vi" or a name (not a pronoun, a quantifier or a common noun) with a commitment verb
// ("vil", "skal", "ønsker", "jobber for", ...), in either word order ("Vi vil styrke ...", "Derfor vil vi
// styrke ..."). Predictions, opinions and aims for society at large are not pledges.
PledgeCue detect_pledge(std::string_view sentence);

// The speaker's pledge in a clause after ", men" that answers another party: "Høyre vil
// privatisere reinhaldet, men vi vil ta det tilbake i egen regi." (actor empty: "vi").
// Asked only of a sentence whose first commitment is another party's.
PledgeCue detect_contrast_pledge(std::string_view sentence);

}  // namespace vil

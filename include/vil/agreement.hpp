#pragma once

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "vil/table.hpp"

namespace vil {

// One coded pledge (a right record, named "DOC:LINE" by its doc id and first source
// line): the left rows a person accepted, split into strong and acceptable, and rejected.
struct CodedPledge {
  std::set<std::string> strong;  // "kommuneplan-asker:93"
  std::set<std::string> acceptable;
  std::set<std::string> rejected;
  bool complete = false;  // every row was considered: a row not listed is not a link
};

// A hand coding, read from either of two forms (told apart by the header):
//  - by pledge (the form of ../shared/gold): columns pledge, strong, acceptable (rows
//    comma-separated), any others ignored; a pledge's coding is complete;
//  - a coding sheet (vil match --format tsv or csv): columns right, left and code,
//    code one of strong, acceptable, yes (acceptable), no, or empty (not coded yet).
// TSV or CSV; lines starting with # before the header are comments.
struct Coding {
  std::map<std::string, CodedPledge> pledges;
  // "name:line: ..." for codings that contradict one another, in any of the files read:
  // a link coded accepted and no (counted as accepted), a pledge coded twice by pledge in
  // one file (merged).
  std::vector<std::string> warnings;
};

// Adds a coding file's text; false with "name:line: reason" on a bad line.
bool parse_coding(std::string_view text, const std::string& name, Coding& into, std::string& error);

// A pledge's links as the matcher gave them, best first.
struct RankedLink {
  std::string left;     // "kommuneplan-asker:93"
  bool counted = true;  // the link counts as "addresses" (vil match's "addresses")
  double score = 0;     // vil match's score
};
using LinkSets = std::map<std::string, std::vector<RankedLink>>;

// How the links agree with the coding, for one group of pledges (their doc) or "all".
// A link is right when its row was accepted, wrong when rejected (or, for a complete
// coding, not listed), and not judged otherwise.
struct Agreement {
  std::string group;
  std::size_t pledges = 0;        // coded pledges
  std::size_t with_rows = 0;      // ... that have an accepted row
  std::size_t hits_at_1 = 0;      // ... whose best link is accepted
  std::size_t hits_at_3 = 0;      // ... with an accepted row among the 3 best links
  std::size_t best_judged = 0;    // pledges whose best link was judged
  std::size_t best_right = 0;     // ... and is accepted
  std::size_t counted = 0;        // counted links that were judged
  std::size_t counted_right = 0;  // ... and are accepted
  std::size_t coded_none = 0;     // pledges coded as addressing no row (complete codings)
  std::size_t none_unlinked = 0;  // ... that got no counted link
};

// The agreement per group, groups in name order, then "all".
std::vector<Agreement> agreement(const Coding& coding, const LinkSets& links);

// A pledge where the links and the coding differ.
struct Disagreement {
  std::string pledge;
  std::string problem;                // "missed" (no accepted row in the 3 best), "best-wrong", "linked-none"
  std::vector<std::string> links;     // the links, best first (counted ones marked by a trailing *)
  std::vector<std::string> accepted;  // the coded rows, strong first
};
std::vector<Disagreement> disagreements(const Coding& coding, const LinkSets& links);

// How often links of a given score are right: per band of score (0.1 wide, from
// 0.0-0.1 to 0.9-1.0) and rank (the best link, or a lower one), the links judged and
// those accepted. A researcher reads the score at which links are right often enough.
struct Calibration {
  double from = 0;   // the band is [from, from + 0.1)
  bool best = true;  // rank 1, or ranks 2 and lower
  std::size_t judged = 0;
  std::size_t right = 0;
};
std::vector<Calibration> calibration(const Coding& coding, const LinkSets& links);

// Writers: JSON Lines (one object per group), or a table in TSV, CSV or Markdown.
std::string format_agreement(const std::vector<Agreement>& rows, TableFormat format);
std::string format_disagreements(const std::vector<Disagreement>& rows, TableFormat format);
std::string format_calibration(const std::vector<Calibration>& rows, TableFormat format);

}  // namespace vil

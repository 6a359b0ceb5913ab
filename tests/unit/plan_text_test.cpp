#include "vil/plan_text.hpp"

#include <doctest/doctest.h>

#include <string>

namespace {

// "kind code|rest", or "none".
std::string prefix(std::string_view text) {
  const std::optional<vil::PlanPrefix> p = vil::parse_plan_prefix(text);
  if (!p) return "none";
  return std::string(vil::kind_name(p->kind)) + " " + p->code + "|" + std::string(p->rest);
}

std::string caption(std::string_view text) {
  const std::optional<vil::Kind> k = vil::caption_kind(text);
  return k ? std::string(vil::kind_name(*k)) : "none";
}

}  // namespace

TEST_CASE("vil::parse_plan_prefix") {
  CHECK(prefix("S.1 Et inkluderende samfunn") == "goal S.1|Et inkluderende samfunn");
  CHECK(prefix("S.1.1 Alle barn skal få en god start") == "subgoal S.1.1|Alle barn skal få en god start");
  CHECK(prefix("S.1.1.2: Styrke helsestasjonene") == "strategy S.1.1.2|Styrke helsestasjonene");
  CHECK(prefix("M2 – Et grønt samfunn") == "goal M2|Et grønt samfunn");
  CHECK(prefix("1.2 Eldre skal bo hjemme lenger") == "subgoal 1.2|Eldre skal bo hjemme lenger");
  CHECK(prefix("Hovedmål 1: Gode liv for alle") == "goal 1|Gode liv for alle");
  CHECK(prefix("Hovedmål: Gode liv for alle") == "goal |Gode liv for alle");
  CHECK(prefix("Delmål 2.3 - Mindre utslipp") == "subgoal 2.3|Mindre utslipp");
  CHECK(prefix("Mål 1: Nordby er et godt sted") == "goal 1|Nordby er et godt sted");
  CHECK(prefix("Mål 1.2: Flere boliger") == "subgoal 1.2|Flere boliger");
  CHECK(prefix("Strategi: Styrke samarbeidet") == "strategy |Styrke samarbeidet");
  // Not plan rows: numbered headings, amounts, lower case, words that only start alike.
  CHECK(prefix("3 Trafikk og miljø") == "none");
  CHECK(prefix("2.5 millioner til skolen") == "none");
  CHECK(prefix("1.2 mer tekst") == "none");
  CHECK(prefix("Målrettet arbeid for alle") == "none");
  CHECK(prefix("PS vil:") == "none");
  CHECK(prefix("FN-T 11.7 Grønne byrom") == "none");
  CHECK(prefix("Mål") == "none");
  CHECK(prefix("S1x Tekst") == "none");
}

TEST_CASE("vil::caption_kind") {
  CHECK(caption("Fire hovedmål") == "goal");
  CHECK(caption("Hovedmål") == "goal");
  CHECK(caption("Delmål og strategier") == "subgoal");
  CHECK(caption("Våre mål") == "goal");
  CHECK(caption("Strategier:") == "strategy");
  CHECK(caption("Tiltak") == "strategy");
  CHECK(caption("Slik når vi målet:") == "strategy");
  CHECK(caption("Samlet oversikt over mål og strategier for Asker kommune") == "none");
  CHECK(caption("Samarbeid for å nå målene") == "none");
  CHECK(caption("Slik") == "none");
  CHECK(caption("Mål for Nordby i ti år fremover med mange flere ord") == "none");
  // At most eight words; a dash or other punctuation alone is not one; any case.
  CHECK(caption("Strategier for et godt liv i hele kommunen") == "strategy");
  CHECK(caption("Strategier for et godt liv i hele kommunen vår") == "none");
  CHECK(caption("Strategier \u2013 for et godt liv i hele kommunen :") == "strategy");
  CHECK(caption("HOVEDMÅL\u2013") == "goal");
  // A text of a million words is not a caption (and is not read to its end to say so).
  std::string long_text = "Strategier";
  for (int i = 0; i < 1000000; ++i) long_text += " ord";
  CHECK(caption(long_text) == "none");
}

TEST_CASE("vil::plan_kind_below") {
  CHECK(vil::plan_kind_below(vil::Kind::goal) == vil::Kind::subgoal);
  CHECK(vil::plan_kind_below(vil::Kind::subgoal) == vil::Kind::strategy);
  CHECK(vil::plan_kind_below(vil::Kind::strategy) == vil::Kind::strategy);
}

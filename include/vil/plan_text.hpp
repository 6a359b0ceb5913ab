#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "vil/record.hpp"

namespace vil {

// How a municipal plan written as headings, lists or labelled paragraphs (rather than
// Asker's tab tables) marks its goals, subgoals and strategies.

// A goal, subgoal or strategy marked at the start of a text: a label ("Hovedmål",
// "Delmål", "Mål", "Målsetting", "Strategi"), a code ("S.1", "S.1.1", "M2", "1.2"),
// or both ("Hovedmål 1:", "Delmål 2.3 –"), then the text itself, which starts with a
// capital.
struct PlanPrefix {
  Kind kind = Kind::goal;  // by the label, else by the code's depth: 1 goal, 2 subgoal, 3+ strategy
  bool labelled = false;   // a label word named the kind
  bool lettered = false;   // the code starts with letters ("S.1"), not a bare number
  std::string code;        // the code as written ("S.1.1"); empty when there is none
  std::string_view rest;   // the text after label, code and separator
};

// The prefix of text, or nothing: a bare number needs two parts ("1.2"), so a
// numbered heading such as "3 Trafikk" or an amount such as "2.5 millioner" is none.
std::optional<PlanPrefix> parse_plan_prefix(std::string_view text);

// The kind a short caption says the list or section below it holds: "Fire hovedmål",
// "Hovedmål", "Delmål og strategier" (the first named), "Våre mål", "Strategier:",
// "Tiltak", "Slik når vi målet:". A caption is at most eight words, its first word
// (after a number and a possessive) a kind word. Nothing for other texts.
std::optional<Kind> caption_kind(std::string_view text);

// The kind one level below: goal -> subgoal -> strategy (a strategy stays).
Kind plan_kind_below(Kind kind);

}  // namespace vil

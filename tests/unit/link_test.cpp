#include "vil/link.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

namespace {

vil::LinkRecord record(std::string text, std::vector<std::string> context = {},
                       std::vector<std::string> tags = {}) {
  vil::LinkRecord r;
  r.text = std::move(text);
  r.context = std::move(context);
  r.tags = std::move(tags);
  return r;
}

struct Fixture {
  vil::Lemmatizer lemmatizer{vil::k_default_analyser};
  vil::Concepts concepts;
  Fixture() {
    std::string err;
    REQUIRE(
        concepts.add_lexicon("substance-abuse\trus,rusmiddel,rusmisbruk\tdrugs\n"
                             "farmland\tjordbruksområde,dyrkbar,matjord\tfarmland\n",
                             "c.tsv", err));
    REQUIRE(concepts.add_ignored("kommune\nsikre\n", "i.txt", err));
  }
  std::vector<vil::Link> run(const std::vector<vil::LinkRecord>& left,
                             const std::vector<vil::LinkRecord>& right, std::size_t r,
                             vil::LinkOptions options = {}, const vil::Reference* reference = nullptr) {
    vil::Linker linker({&lemmatizer, &concepts, reference}, options);
    linker.prepare(left, right);
    std::vector<vil::Link> out;
    linker.links(r, out);
    return out;
  }
};

}  // namespace

TEST_CASE("vil::Linker") {
  REQUIRE_MESSAGE(std::filesystem::exists(vil::k_default_analyser), "apertium-nno-nob is not installed");
  Fixture f;
  const std::vector<vil::LinkRecord> plan = {
      record("Asker kommune skal fremme forebygging av rusmisbruk."),
      record("Asker kommune skal sikre viktige jordbruksområder."),
      record("Asker kommune skal bygge sykkelveier."),
  };

  SUBCASE("a link through a concept, and what made it") {
    const auto links = f.run(plan, {record("Hjelp til dem med rusmiddelproblemer.")}, 0);
    REQUIRE(!links.empty());
    CHECK(links[0].left == 0);
    CHECK(links[0].rank == 1);
    REQUIRE(links[0].why.concepts.size() == 1);
    CHECK(f.concepts.concept_at(links[0].why.concepts[0]).name == "substance-abuse");
  }
  SUBCASE("lemmas meet across inflection, and compound parts count") {
    auto links = f.run(plan, {record("Flere sykkelvei i sentrum.")}, 0);
    REQUIRE(!links.empty());
    CHECK(links[0].left == 2);
    CHECK(links[0].why.words == std::vector<std::string>{"sykkelvei", "sykkel", "vei"});
    vil::LinkOptions o;
    o.min_score = 0;
    links = f.run(plan, {record("Mer sykkelparkering.")}, 0, o);  // sykkel + parkering
    REQUIRE(!links.empty());
    CHECK(links[0].left == 2);
    CHECK(links[0].why.words == std::vector<std::string>{"sykkel"});
  }
  SUBCASE("ignored words and place names link nothing") {
    vil::LinkOptions o;
    o.places = {"Asker"};
    CHECK(f.run(plan, {record("Asker kommune skal sikre noe.")}, 0, o).empty());
  }
  SUBCASE("context counts, less than the text") {
    const std::vector<vil::LinkRecord> rows = {record("Bygge nytt.", {"Rusmisbruk"}), record("Bygge nytt.")};
    const auto links = f.run(rows, {record("Bygge for rusmiddelbrukere.")}, 0);
    REQUIRE(links.size() == 2);
    CHECK(links[0].left == 0);
    CHECK(links[0].score > links[1].score);
  }
  SUBCASE("a right record's list counts, less than its text (list_weight)") {
    // "Gode tiltak for alle." shares nothing with the plan; the list it is one line of
    // speaks of bicycles, so the bicycle row is its link, and says so as context.
    // Each has a heading: a mate's own text counts, not its headings (a heading on
    // substance abuse would take the pledge to the first row).
    std::vector<vil::LinkRecord> pledges = {record("Gode tiltak for alle.", {"Mer for alle"}),
                                            record("Flere sykkelveier.", {"Rusmisbruk"}),
                                            record("Trygg sykkelparkering.", {"Rusmisbruk", "Rus"})};
    pledges[0].mates = {1, 2, 7};  // 7: no record; skipped
    vil::LinkOptions o;
    o.min_score = 0;
    auto links = f.run(plan, pledges, 0, o);
    REQUIRE(!links.empty());
    CHECK(links[0].left == 2);
    CHECK(links[0].why.words.empty());
    CHECK(links[0].why.context == std::vector<std::string>{"sykkelvei", "sykkel", "vei"});
    CHECK(links[0].why.concepts.empty());
    for (const vil::Link& l : links) CHECK(l.left != 0);  // no rus from the mates' headings
    const double through_list = links[0].score;
    o.list_weight = 0;
    CHECK(f.run(plan, pledges, 0, o).empty());
    // The same words in its own text weigh more than in its list's.
    o.list_weight = vil::LinkOptions().list_weight;
    links = f.run(plan, {record("Gode tiltak for alle, og sykkelveier.")}, 0, o);
    REQUIRE(!links.empty());
    CHECK(links[0].left == 2);
    CHECK(links[0].score > through_list);
  }
  SUBCASE("tags add their Jaccard index") {
    const std::vector<vil::LinkRecord> rows = {record("Bygge sykkelvei.", {}, {"sdg:11"}),
                                               record("Bygge sykkelvei.", {}, {"sdg:3"})};
    vil::LinkOptions o;
    o.tag_weight = 0.5;
    const auto links = f.run(rows, {record("Sykkelvei.", {}, {"sdg:3"})}, 0, o);
    REQUIRE(links.size() == 2);
    CHECK(links[0].left == 1);
    CHECK(links[0].why.tags == std::vector<std::string>{"sdg:3"});
    CHECK(links[0].score == doctest::Approx(0.5 * links[0].cosine + 0.5));
  }
  SUBCASE("a left record's first words weigh more than its last (tail_weight)") {
    const std::vector<vil::LinkRecord> rows = {record("Rusmisbruk og jordbruksområder."),
                                               record("Jordbruksområder og rusmisbruk.")};
    auto links = f.run(rows, {record("Rusmisbruk.")}, 0);
    REQUIRE(links.size() == 2);
    CHECK(links[0].left == 0);
    CHECK(links[0].score > links[1].score + 0.05);
    links = f.run(rows, {record("Jordbruksområder.")}, 0);
    REQUIRE(links.size() == 2);
    CHECK(links[0].left == 1);
    // The right record's words all weigh the same: the order of its words changes nothing.
    const auto ab = f.run(rows, {record("Rusmisbruk og jordbruksområder.")}, 0);
    const auto ba = f.run(rows, {record("Jordbruksområder og rusmisbruk.")}, 0);
    REQUIRE(ab.size() == 2);
    REQUIRE(ba.size() == 2);
    CHECK(ab[0].score == doctest::Approx(ba[0].score));
    vil::LinkOptions flat;
    flat.tail_weight = 1;  // every word alike: the two rows tie, the earlier first
    links = f.run(rows, {record("Jordbruksområder.")}, 0, flat);
    REQUIRE(links.size() == 2);
    CHECK(links[0].left == 0);
    CHECK(links[0].score == doctest::Approx(links[1].score));
  }
  SUBCASE("a broader row counts less") {
    std::vector<vil::LinkRecord> rows = {record("Bygge sykkelvei."), record("Bygge sykkelvei.")};
    rows[0].broader = true;
    vil::LinkOptions o;
    o.broader_weight = 0.5;
    const auto links = f.run(rows, {record("Sykkelvei.")}, 0, o);
    REQUIRE(links.size() == 2);
    CHECK(links[0].left == 1);
    CHECK(links[1].score == doctest::Approx(links[0].score * 0.5));
  }
  SUBCASE("diversity: a later link loses for each better link of its family") {
    std::vector<vil::LinkRecord> rows = {record("Bygge sykkelvei og gangvei."), record("Bygge sykkelvei."),
                                         record("Bygge sykkelvei i sentrum.")};
    vil::LinkOptions o;
    o.diversity = 0;
    const auto plain = f.run(rows, {record("Sykkelvei og gangvei.")}, 0, o);
    REQUIRE(plain.size() == 3);
    REQUIRE(plain[1].score > plain[2].score);
    // The best two under one goal, the third under another.
    rows[plain[0].left].family = rows[plain[1].left].family = 0;
    rows[plain[2].left].family = 2;
    // A penalty larger than the gap between the second and third: the other goal's row
    // comes second; each link keeps its own score, and the best stays first.
    o.diversity = plain[1].score - plain[2].score + 0.01;
    const auto diverse = f.run(rows, {record("Sykkelvei og gangvei.")}, 0, o);
    REQUIRE(diverse.size() == 3);
    CHECK(diverse[0].left == plain[0].left);
    CHECK(diverse[1].left == plain[2].left);
    CHECK(diverse[2].left == plain[1].left);
    CHECK(diverse[1].rank == 2);
    CHECK(diverse[1].score == plain[2].score);
    CHECK(diverse[2].score == plain[1].score);
    // A smaller one: the order as scored.
    o.diversity = (plain[1].score - plain[2].score) / 2;
    CHECK(f.run(rows, {record("Sykkelvei og gangvei.")}, 0, o)[1].left == plain[1].left);
    // One family for all three: each later link loses alike, the order as scored.
    for (auto& r : rows) r.family = 0;
    o.diversity = 0.5;
    CHECK(f.run(rows, {record("Sykkelvei og gangvei.")}, 0, o)[1].left == plain[1].left);
  }
  SUBCASE("decide marks the links that address their row") {
    vil::LinkOptions o;
    o.decide = 0.99;
    const auto links = f.run(plan, {record("Rusmisbruk.")}, 0, o);
    REQUIRE(!links.empty());
    CHECK_FALSE(links[0].addresses);
    o.decide = 0.01;
    CHECK(f.run(plan, {record("Rusmisbruk.")}, 0, o)[0].addresses);
  }
  SUBCASE("decide_margin: only a best link that leads its next by the margin addresses") {
    // Two rows the pledge fits equally: no clear best, so neither is counted.
    const std::vector<vil::LinkRecord> twins = {record("Bygge sykkelvei."), record("Bygge sykkelvei.")};
    vil::LinkOptions o;
    o.decide = 0.01;
    auto links = f.run(twins, {record("Sykkelvei.")}, 0, o);
    REQUIRE(links.size() == 2);
    CHECK_FALSE(links[0].addresses);
    o.decide_margin = 0;  // any best link that scores decide, ties too
    links = f.run(twins, {record("Sykkelvei.")}, 0, o);
    CHECK(links[0].addresses);
    CHECK(links[1].addresses);
    // A clear best addresses, found with top 1 too: the second is looked for all the same.
    o.decide_margin = 0.1;
    o.top = 1;
    links = f.run(plan, {record("Rusmisbruk.")}, 0, o);
    REQUIRE(links.size() == 1);
    CHECK(links[0].left == 0);
    CHECK(links[0].addresses);
    // A margin larger than the lead: not counted.
    o.decide_margin = links[0].score;
    const std::vector<vil::LinkRecord> close = {record("Forebygge rusmisbruk."),
                                                record("Forebygge rusmisbruk i skolen.")};
    links = f.run(close, {record("Rusmisbruk.")}, 0, o);
    REQUIRE(links.size() == 1);
    CHECK_FALSE(links[0].addresses);
  }
  SUBCASE("with a reference, a score does not depend on the other records") {
    vil::Reference reference;
    reference.documents = 100;
    const auto alone = f.run(plan, {record("Sykkelvei og rusmisbruk.")}, 0, {}, &reference);
    const auto crowd =
        f.run(plan, {record("Sykkelvei og rusmisbruk."), record("Sykkelvei."), record("Sykkelvei igjen.")}, 0,
              {}, &reference);
    REQUIRE(alone.size() == crowd.size());
    for (std::size_t i = 0; i < alone.size(); ++i) CHECK(alone[i].score == crowd[i].score);
  }
}

TEST_CASE("vil::Linker index is exact") {
  REQUIRE(std::filesystem::exists(vil::k_default_analyser));
  Fixture f;
  const std::vector<std::string> words = {
      "skole",   "bolig", "rusmisbruk", "jordbruksområde", "sykkelvei", "barnehage", "klima",
      "utslipp", "eldre", "helse",      "frivillighet",    "kultur",    "idrett"};
  std::mt19937 rng(7);
  const auto text = [&]() {
    std::string t;
    for (int i = 0, n = 2 + static_cast<int>(rng() % 5); i < n; ++i) t += words[rng() % words.size()] + " ";
    return t;
  };
  // Words no right record has: a left side with many records of them is one where each
  // query touches few records, summed record by record (no families) or not.
  const std::vector<std::string> others = {"vann",   "avløp",     "havn",      "skog",
                                           "museum", "bibliotek", "brannvesen"};
  const auto other_text = [&]() {
    return others[rng() % others.size()] + " " + others[rng() % others.size()];
  };
  std::vector<vil::LinkRecord> base, right;
  for (int i = 0; i < 60; ++i) base.push_back(record(text(), {text()}, {"sdg:" + std::to_string(rng() % 4)}));
  for (int i = 0; i < 40; ++i) right.push_back(record(text(), {}, {"sdg:" + std::to_string(rng() % 4)}));
  struct Case {
    bool families;
    int fillers;
    double tag_weight;
    double diversity;
    double min_score;
  };
  std::vector<Case> cases;
  for (const bool families : {true, false})
    for (const int fillers : {0, 3000})
      for (const double tag_weight : {0.0, 0.3})
        for (const double diversity : {0.0, 0.1, 0.4})
          for (const double min_score : {0.05, 0.0})
            cases.push_back({families, fillers, tag_weight, diversity, min_score});
  for (const auto& [families, fillers, tag_weight, diversity, min_score] : cases) {
    {
      CAPTURE(families);
      CAPTURE(fillers);
      CAPTURE(tag_weight);
      CAPTURE(diversity);
      CAPTURE(min_score);
      std::vector<vil::LinkRecord> left = base;
      for (int i = 0; i < fillers; ++i)
        left.push_back(record(other_text(), {}, {"sdg:" + std::to_string(4 + rng() % 4)}));
      // Families of 1 to 6 records, as goals with their rows; or each record its own.
      for (std::size_t i = 0; i < left.size(); ++i) left[i].family = families ? i - i % (1 + i % 6) : i;
      vil::LinkOptions fast;
      fast.tag_weight = tag_weight;
      fast.diversity = diversity;
      fast.min_score = min_score;
      fast.top = 4;
      // With fillers, the left side's features are worked out on three threads: the
      // vectors, and so the scores, are those of one (the exhaustive run's).
      fast.threads = fillers > 0 ? 3 : 1;
      fast.broader_weight = 0.8;
      left[3].broader = true;
      vil::LinkOptions slow = fast;
      slow.exhaustive = true;
      slow.threads = 1;
      vil::Linker a({&f.lemmatizer, &f.concepts, nullptr}, fast),
          b({&f.lemmatizer, &f.concepts, nullptr}, slow);
      a.prepare(left, right);
      b.prepare(left, right);
      std::vector<vil::Link> x, y;
      for (std::size_t r = 0; r < right.size(); ++r) {
        a.links(r, x);
        b.links(r, y);
        REQUIRE(x.size() == y.size());
        for (std::size_t i = 0; i < x.size(); ++i) {
          CHECK(x[i].left == y[i].left);
          CHECK(x[i].score == y[i].score);
        }
      }
    }
  }
}

TEST_CASE("vil::Linker index keeps a link whose sum rounds to 0") {
  // The index sums in floats: a tags' share of 1e-47 rounds to 0 there. With --min-score
  // 0 the record that shares only that tag is still a link, as scoring every pair finds.
  REQUIRE(std::filesystem::exists(vil::k_default_analyser));
  Fixture f;
  std::vector<vil::LinkRecord> left = {record("Sykkelvei.", {}, {"sdg:11"}),
                                       record("Rusmisbruk.", {}, {"sdg:3"})};
  left[1].family = 1;  // each its own family
  const std::vector<vil::LinkRecord> right = {record("Sykkelvei.", {}, {"sdg:3"})};
  vil::LinkOptions o;
  o.tag_weight = 1e-47;
  o.min_score = 0;
  const auto links = f.run(left, right, 0, o);
  o.exhaustive = true;
  const auto all = f.run(left, right, 0, o);
  REQUIRE(all.size() == 2);
  CHECK(all[1].left == 1);
  REQUIRE(links.size() == all.size());
  for (std::size_t i = 0; i < links.size(); ++i) {
    CHECK(links[i].left == all[i].left);
    CHECK(links[i].score == all[i].score);
  }
}

TEST_CASE("vil::parse_reference") {
  vil::Reference r;
  std::string err;
  REQUIRE(vil::parse_reference("#documents\t10\nw:skole\t3\nc:school\t4\n", "ref.tsv", r, err));
  CHECK(r.documents == 10);
  CHECK(r.df.at("w:skole") == 3);
  CHECK(vil::format_reference(r) == "#documents\t10\nc:school\t4\nw:skole\t3\n");
  CHECK_FALSE(vil::parse_reference("w:skole\tmany\n", "ref.tsv", r, err));
  CHECK(err == "ref.tsv:1: expected FEATURE<TAB>COUNT");
  CHECK_FALSE(vil::parse_reference("w:skole\t3\n", "ref.tsv", r, err));
  CHECK(err == "ref.tsv: no #documents line: not a reference file");
}

TEST_CASE("vil::parse_reference and format_reference: the word analyses kept") {
  const std::string text =
      "#documents\t2\nw:skole\t1\n#analyser\t00ff\n"
      "a:2023\t2023\t-\t-\n"
      "a:jordbruksområder\tjordbruksområde\tjordbruk område\tks\n"
      "a:skolen\tskole\t-\tk\n";
  vil::Reference r;
  vil::SavedAnalyses saved;
  std::string err;
  REQUIRE(vil::parse_reference(text, "ref.tsv", r, err, &saved));
  CHECK(r.df.size() == 1);
  CHECK(saved.analyser == "00ff");
  REQUIRE(saved.words.size() == 3);
  const vil::WordAnalysis& compound = saved.words[1].second;
  CHECK(saved.words[1].first == "jordbruksområder");
  CHECK(compound.lemma == "jordbruksområde");
  CHECK(compound.parts == std::vector<std::string>{"jordbruk", "område"});
  CHECK(compound.known);
  CHECK(compound.split_by_lexicon);
  CHECK_FALSE(saved.words[0].second.known);
  CHECK(saved.words[0].second.parts.empty());
  CHECK(saved.words[2].second.known);
  CHECK_FALSE(saved.words[2].second.split_by_lexicon);
  // Written back, sorted, the same text; without analyses, only the statistics.
  std::reverse(saved.words.begin(), saved.words.end());
  CHECK(vil::format_reference(r, &saved) == text);
  CHECK(vil::format_reference(r) == "#documents\t2\nw:skole\t1\n");
  // A word that cannot be written in the form is left out.
  saved.words.push_back({"to\tord", saved.words[0].second});
  saved.words.push_back({"tab", vil::WordAnalysis{"a\tb", {}, false, false}});
  saved.words.push_back({"spaced", vil::WordAnalysis{"spaced", {"a b", "c"}, true, false}});
  CHECK(vil::format_reference(r, &saved) == text);
  // Bad analysis lines name their line.
  for (const char* bad : {"a:skolen\tskole\t-\n", "a:skolen\tskole\t-\tx\n", "a:\tskole\t-\tk\n",
                          "a:skolen\tskole\t\tk\n", "a:skolen\tskole\t-\tkk\n", "a:x\ty\t-\tk\textra\n"}) {
    CAPTURE(bad);
    CHECK_FALSE(vil::parse_reference(std::string("#documents\t2\n") + bad, "ref.tsv", r, err, &saved));
    CHECK(err == "ref.tsv:2: expected a:WORD<TAB>LEMMA<TAB>PARTS<TAB>FLAGS");
  }
  CHECK_FALSE(vil::parse_reference("#documents\t2\n#analyser\t\n", "ref.tsv", r, err, &saved));
  CHECK(err == "ref.tsv:2: expected #analyser<TAB>ID");
}

TEST_CASE("vil::reads_as_nynorsk") {
  CHECK(vil::reads_as_nynorsk(
      {"Me vil at kommunen ikkje skal byggje meir i strandsona.", "Dei eldre skal få vere heime lenger."}));
  CHECK_FALSE(vil::reads_as_nynorsk(
      {"Vi vil at kommunen ikke skal bygge mer i strandsonen.", "De eldre skal få være hjemme lenger."}));
  // One word is no evidence; a bokmål text that quotes one nynorsk word stays bokmål.
  CHECK_FALSE(vil::reads_as_nynorsk({"Styrke skulen"}));
  CHECK_FALSE(vil::reads_as_nynorsk(
      {"Vi vil ikke si \"ikkje\" og \"frå\", men vi vil være med fra start, ikke sant."}));
  CHECK_FALSE(vil::reads_as_nynorsk({}));
  // A program's bullets alone, without its prose: the verbs and nouns tell.
  CHECK(vil::reads_as_nynorsk(
      {"byggje ny symjehall", "auke talet på sjukeheimsplassar", "halde oppe grendeskulane"}));
  CHECK_FALSE(
      vil::reads_as_nynorsk({"bygge ny svømmehall", "øke antallet sykehjemsplasser", "holde skolene åpne"}));
  // "vi" is nynorsk too: it is no evidence of bokmål.
  CHECK(vil::reads_as_nynorsk({"Vi vil ikkje ha meir bompengar, og vi vil auke kvar tilskot."}));
}

TEST_CASE("vil::link_records") {
  const std::vector<std::string> area = {"Klima"};
  const std::vector<std::string> tags = {"sdg:13"};
  const std::vector<vil::LinkSource> plan = {
      {"g", "goal", "Et klimanøytralt Nordby", "h", &area, nullptr, "null", "plan"},
      {"s", "subgoal", "Utslippene skal ned", "g", &area, nullptr, "null", "plan"},
      {"t", "strategy", "Elektrifisere bilparken", "s", &area, &tags, "\"Klima\"", "plan"},
      {"u", "strategy", "En strategi uten delmål", "h", &area, nullptr, "null", "plan"},
      {"v", "subgoal", "Et delmål uten strategier", "g", &area, nullptr, "null", "plan"},
      {"w", "bullet", "Et punkt med et punkt under", "", &area, nullptr, "null", "plan"},
      {"x", "bullet", "Punktet under", "w", &area, nullptr, "null", "plan"},
      {"y", "bullet", "En ring", "z", &area, nullptr, "null", "plan"},
      {"z", "bullet", "av to", "y", &area, nullptr, "null", "plan"},
      {"q", "bullet", "Inn i ringen", "z", &area, nullptr, "null", "plan"},
      {"e", "bullet", "Sin egen forelder", "e", &area, nullptr, "null", "plan"},
  };
  const std::vector<vil::LinkRecord> links = vil::link_records(plan);
  for (const vil::LinkRecord& l : links) CHECK_FALSE(l.nynorsk);
  REQUIRE(links.size() == 11);
  // Family: the top of the chain of parents in the input (the goal), or itself.
  CHECK(links[0].family == 0);
  CHECK(links[1].family == 0);
  CHECK(links[2].family == 0);
  CHECK(links[3].family == 3);
  CHECK(links[4].family == 0);
  CHECK(links[5].family == 5);
  CHECK(links[6].family == 5);
  // Parents in a ring: one family, whichever record the ring closes on, and so for a
  // record under the ring; a record that is its own parent is a family of its own.
  CHECK(links[7].family == links[8].family);
  CHECK((links[7].family == 7 || links[7].family == 8));
  CHECK(links[9].family == links[7].family);
  CHECK(links[10].family == 10);
  // A strategy's context: its headings, then its sub-goal, then the goal above that.
  CHECK(links[2].context ==
        std::vector<std::string>{"Klima", "Utslippene skal ned", "Et klimanøytralt Nordby"});
  CHECK(links[2].tags == tags);
  CHECK(links[2].group == "\"Klima\"");
  CHECK_FALSE(links[2].broader);
  // A sub-goal: its goal; a goal: only its headings (its parent is a heading).
  CHECK(links[1].context == std::vector<std::string>{"Klima", "Et klimanøytralt Nordby"});
  CHECK(links[0].context == area);
  CHECK(links[3].context == area);
  // Broader: a goal or sub-goal, with or without records under it, or any record that
  // others sit under; not a strategy or a record with nothing under it.
  CHECK(links[0].broader);
  CHECK(links[1].broader);
  CHECK_FALSE(links[3].broader);
  CHECK(links[4].broader);
  CHECK(links[5].broader);
  CHECK_FALSE(links[6].broader);
  // Mates: the other records with the same parent, in input order; none for a record
  // alone under its parent or with no parent.
  CHECK(links[0].mates == std::vector<std::size_t>{3});
  CHECK(links[3].mates == std::vector<std::size_t>{0});
  CHECK(links[1].mates == std::vector<std::size_t>{4});
  CHECK(links[4].mates == std::vector<std::size_t>{1});
  CHECK(links[2].mates.empty());
  CHECK(links[5].mates.empty());
  CHECK(links[6].mates.empty());
  CHECK(links[7].mates == std::vector<std::size_t>{9});
  CHECK(links[9].mates == std::vector<std::size_t>{7});
  CHECK(links[8].mates.empty());
  CHECK(links[10].mates.empty());
}

TEST_CASE("vil::link_records: a long list's mates reach k_list_reach each way") {
  const std::size_t n = 2 * vil::k_list_reach + 5;
  std::vector<std::string> texts(n);
  std::vector<vil::LinkSource> list;
  for (std::size_t i = 0; i < n; ++i) {
    texts[i] = "punkt " + std::to_string(i);
    list.push_back({"", "bullet", texts[i], "intro", nullptr, nullptr, "null", "program"});
  }
  const std::vector<vil::LinkRecord> links = vil::link_records(list);
  REQUIRE(links.size() == n);
  const auto expected = [&](std::size_t i) {
    std::vector<std::size_t> out;
    for (std::size_t q = 0; q < n; ++q)
      if (q != i && q + vil::k_list_reach >= i && q <= i + vil::k_list_reach) out.push_back(q);
    return out;
  };
  CHECK(links[0].mates.size() == vil::k_list_reach);
  CHECK(links[0].mates.front() == 1);
  CHECK(links[n - 1].mates.size() == vil::k_list_reach);
  CHECK(links[vil::k_list_reach + 2].mates.size() == 2 * vil::k_list_reach);
  for (std::size_t i = 0; i < n; ++i) CHECK(links[i].mates == expected(i));
}

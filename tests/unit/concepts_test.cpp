#include "vil/concepts.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace {

using Ids = std::vector<std::size_t>;

std::vector<std::string> names(const vil::Concepts& c, const Ids& ids) {
  std::vector<std::string> out;
  for (std::size_t id : ids) out.push_back(c.concept_at(id).name);
  return out;
}

}  // namespace

TEST_CASE("vil::Concepts::add_lexicon") {
  vil::Concepts c;
  std::string err;
  const std::string lexicon =
      "# a comment\n"
      "\n"
      "substance-abuse\trus,rusmiddel, rusmisbruk\tdrugs\tpublic-health\n"
      "public-health\tfolkehelse\thealth of all\n"
      "arts-culture\t=kultur,kunst\tthe sector\n"
      "green-areas\tgrøntområde,nærskog*\tparks\n";
  REQUIRE_MESSAGE(c.add_lexicon(lexicon, "concepts.tsv", err), err);
  CHECK(c.size() == 4);
  CHECK(c.concept_at(0).source == "concepts.tsv:3");
  Ids out;

  SUBCASE("a lemma or a compound part is a term") {
    c.concepts_of("rusmisbruk", {}, out);
    CHECK(names(c, out) == std::vector<std::string>{"substance-abuse", "public-health"});
    c.concepts_of("rusreform", {"rus", "reform"}, out);
    CHECK(names(c, out) == std::vector<std::string>{"substance-abuse", "public-health"});
  }
  SUBCASE("=term: the whole word only") {
    c.concepts_of("kultur", {}, out);
    CHECK(names(c, out) == std::vector<std::string>{"arts-culture"});
    c.concepts_of("organisasjonskultur", {"organisasjon", "kultur"}, out);
    CHECK(out.empty());
  }
  SUBCASE("term*: a prefix") {
    c.concepts_of("nærskogen", {}, out);
    CHECK(names(c, out) == std::vector<std::string>{"green-areas"});
  }
  SUBCASE("broader concepts come along, the narrower one first") {
    c.concepts_of("folkehelse", {}, out);
    CHECK(names(c, out) == std::vector<std::string>{"public-health"});
  }
  SUBCASE("a word of no concept") {
    c.concepts_of("sykkel", {}, out);
    CHECK(out.empty());
  }
}

TEST_CASE("vil::Concepts::add_lexicon errors") {
  vil::Concepts c;
  std::string err;
  CHECK_FALSE(c.add_lexicon("rus\n", "x.tsv", err));
  CHECK(err == "x.tsv:1: expected NAME<TAB>TERMS<TAB>NOTE");
  CHECK_FALSE(c.add_lexicon("a b\trus\tnote\n", "x.tsv", err));
  CHECK(err == "x.tsv:1: a concept name is one word, such as substance-abuse");
  CHECK_FALSE(c.add_lexicon("a\trus middel\tnote\n", "x.tsv", err));
  CHECK(err == "x.tsv:1: a term is one word (a lemma, =lemma for whole words only, or a prefix ending in *), not 'rus middel'");
  vil::Concepts d;
  CHECK_FALSE(d.add_lexicon("a\t , \tnote\n", "x.tsv", err));
  CHECK(err == "x.tsv:1: concept 'a' has no terms");
  vil::Concepts e;
  CHECK_FALSE(e.add_lexicon("a\trus\tnote\tb\n", "x.tsv", err));
  CHECK(err == "x.tsv:1: broader concept 'b' is not defined");
  vil::Concepts f;
  CHECK_FALSE(f.add_lexicon("a\trus\tnote\tb\nb\tmiddel\tnote\ta\n", "x.tsv", err));
  CHECK(err == "x.tsv:1: concept 'a' is broader than itself");
  vil::Concepts g;
  CHECK_FALSE(g.add_lexicon("a\trus\tnote\na\tmiddel\tnote\n", "x.tsv", err));
  CHECK(err == "x.tsv:2: concept 'a' is defined twice");
}

TEST_CASE("vil::Concepts::add_ignored") {
  vil::Concepts c;
  std::string err;
  REQUIRE(c.add_ignored("# boilerplate\nkommune\nsikre  # a verb of commitment\n", "ignore.txt", err));
  CHECK(c.ignored("kommune"));
  CHECK(c.ignored("sikre"));
  CHECK_FALSE(c.ignored("skole"));
  CHECK_FALSE(c.add_ignored("to ord\n", "ignore.txt", err));
  CHECK(err == "ignore.txt:1: expected one word a line");
}

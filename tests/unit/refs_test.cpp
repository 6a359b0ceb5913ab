#include "vil/refs.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace {

using Strings = std::vector<std::string>;
using Ints = std::vector<int>;

const std::string k_expected_parts = " (expected AK, FN-T, FN or an SDG target such as 11.7)";

}  // namespace

TEST_CASE("vil::parse_refs") {
  vil::Refs refs;
  std::string err;

  SUBCASE("one adapted target") {
    REQUIRE(vil::parse_refs("FN-T 11.7", refs, err));
    CHECK(refs.raw == "FN-T 11.7");
    CHECK(refs.bases == Strings{"FN-T"});
    CHECK(refs.targets == Strings{"11.7"});
    CHECK(refs.sdg == Ints{11});
  }
  SUBCASE("several targets: sdg sorted and unique") {
    REQUIRE(vil::parse_refs("FN-T 14.2 15.1 15.3 15.5", refs, err));
    CHECK(refs.bases == Strings{"FN-T"});
    CHECK(refs.targets == Strings{"14.2", "15.1", "15.3", "15.5"});
    CHECK(refs.sdg == Ints{14, 15});
  }
  SUBCASE("targets keep their order of appearance, sdg is sorted") {
    REQUIRE(vil::parse_refs("FN-T 15.1 3.d 14.2", refs, err));
    CHECK(refs.targets == Strings{"15.1", "3.d", "14.2"});
    CHECK(refs.sdg == Ints{3, 14, 15});
  }
  SUBCASE("a lettered target and a second base") {
    REQUIRE(vil::parse_refs("FN-T 11.a AK", refs, err));
    CHECK(refs.bases == Strings{"FN-T", "AK"});
    CHECK(refs.targets == Strings{"11.a"});
    CHECK(refs.sdg == Ints{11});
  }
  SUBCASE("an SDG target as it stands") {
    REQUIRE(vil::parse_refs("FN 11.4 12.2", refs, err));
    CHECK(refs.raw == "FN 11.4 12.2");
    CHECK(refs.bases == Strings{"FN"});
    CHECK(refs.targets == Strings{"11.4", "12.2"});
    CHECK(refs.sdg == Ints{11, 12});
  }
  SUBCASE("the municipality's own, with no target") {
    REQUIRE(vil::parse_refs("AK", refs, err));
    CHECK(refs.raw == "AK");
    CHECK(refs.bases == Strings{"AK"});
    CHECK(refs.targets.empty());
    CHECK(refs.sdg.empty());
  }
  SUBCASE("a whole goal") {
    REQUIRE(vil::parse_refs("FN-T 17", refs, err));
    CHECK(refs.targets == Strings{"17"});
    CHECK(refs.sdg == Ints{17});
  }
  SUBCASE("two-digit target numbers") {
    REQUIRE(vil::parse_refs("FN 11.10", refs, err));
    CHECK(refs.targets == Strings{"11.10"});
    CHECK(refs.sdg == Ints{11});
  }
  SUBCASE("spaces are folded in raw; bases are read case-insensitively and written upper case") {
    REQUIRE(vil::parse_refs("  fn-t\t 11.7\u00A0 ak ", refs, err));
    CHECK(refs.raw == "fn-t 11.7 ak");
    CHECK(refs.bases == Strings{"FN-T", "AK"});
    CHECK(refs.targets == Strings{"11.7"});
  }
  SUBCASE("repeated bases and targets are listed once") {
    REQUIRE(vil::parse_refs("FN-T 11.7 AK FN-T 11.7", refs, err));
    CHECK(refs.bases == Strings{"FN-T", "AK"});
    CHECK(refs.targets == Strings{"11.7"});
    CHECK(refs.sdg == Ints{11});
  }
  SUBCASE("a successful parse leaves err untouched") {
    err = "previous";
    REQUIRE(vil::parse_refs("AK", refs, err));
    CHECK(err == "previous");
  }
  SUBCASE("a previous result is cleared") {
    REQUIRE(vil::parse_refs("FN-T 11.7", refs, err));
    REQUIRE(vil::parse_refs("AK", refs, err));
    CHECK(refs.bases == Strings{"AK"});
    CHECK(refs.targets.empty());
    CHECK(refs.sdg.empty());
  }

  SUBCASE("error: empty") {
    CHECK_FALSE(vil::parse_refs("", refs, err));
    CHECK(err == "empty reference code");
    CHECK(refs.raw == "");
  }
  SUBCASE("error: only spaces") {
    CHECK_FALSE(vil::parse_refs(" \t ", refs, err));
    CHECK(err == "empty reference code");
  }
  SUBCASE("error: an unknown base; what could be read is kept") {
    CHECK_FALSE(vil::parse_refs("XX 1.1", refs, err));
    CHECK(err == "unknown reference code part 'XX'" + k_expected_parts);
    CHECK(refs.raw == "XX 1.1");
    CHECK(refs.bases.empty());
    CHECK(refs.targets == Strings{"1.1"});
    CHECK(refs.sdg == Ints{1});
  }
  SUBCASE("error: goal above 17") {
    CHECK_FALSE(vil::parse_refs("FN-T 18.1", refs, err));
    CHECK(err == "unknown reference code part '18.1'" + k_expected_parts);
    CHECK(refs.bases == Strings{"FN-T"});
    CHECK(refs.targets.empty());
  }
  SUBCASE("error: goal 0, a three-digit target, two letters, an upper-case letter") {
    CHECK_FALSE(vil::parse_refs("FN 0.1", refs, err));
    CHECK(err == "unknown reference code part '0.1'" + k_expected_parts);
    CHECK_FALSE(vil::parse_refs("FN 11.100", refs, err));
    CHECK(err == "unknown reference code part '11.100'" + k_expected_parts);
    CHECK_FALSE(vil::parse_refs("FN 11.ab", refs, err));
    CHECK(err == "unknown reference code part '11.ab'" + k_expected_parts);
    CHECK_FALSE(vil::parse_refs("FN 11.", refs, err));
    CHECK(err == "unknown reference code part '11.'" + k_expected_parts);
    CHECK_FALSE(vil::parse_refs("FN 11.A", refs, err));
    CHECK(err == "unknown reference code part '11.A'" + k_expected_parts);
  }
  SUBCASE("error: leading zeros are not codes (the schema's targets have none)") {
    CHECK_FALSE(vil::parse_refs("FN-T 01.1", refs, err));
    CHECK(err == "unknown reference code part '01.1'" + k_expected_parts);
    CHECK_FALSE(vil::parse_refs("FN-T 11.01", refs, err));
    CHECK(err == "unknown reference code part '11.01'" + k_expected_parts);
    REQUIRE(vil::parse_refs("FN-T 10.10", refs, err));
    CHECK(refs.targets == Strings{"10.10"});
  }
  SUBCASE("error: only the first unknown part is reported") {
    CHECK_FALSE(vil::parse_refs("FN-T XX 11.7 YY", refs, err));
    CHECK(err == "unknown reference code part 'XX'" + k_expected_parts);
    CHECK(refs.targets == Strings{"11.7"});
  }
  SUBCASE("error: a target without an FN or FN-T base") {
    CHECK_FALSE(vil::parse_refs("AK 11.2", refs, err));
    CHECK(err == "SDG target without an FN or FN-T base in 'AK 11.2'");
    CHECK(refs.bases == Strings{"AK"});
    CHECK(refs.targets == Strings{"11.2"});
    CHECK(refs.sdg == Ints{11});
  }
  SUBCASE("error: a bare target") {
    CHECK_FALSE(vil::parse_refs("11.7", refs, err));
    CHECK(err == "SDG target without an FN or FN-T base in '11.7'");
  }
}

TEST_CASE("vil::is_sdg") {
  CHECK_FALSE(vil::is_sdg(0));
  CHECK(vil::is_sdg(1));
  CHECK(vil::is_sdg(17));
  CHECK_FALSE(vil::is_sdg(18));
  CHECK_FALSE(vil::is_sdg(-11));
}

TEST_CASE("vil::find_sdg_mention") {
  const auto mention = [](std::string_view text, Strings targets, Ints sdg, std::string_view span) {
    CAPTURE(text);
    vil::Refs refs;
    const auto [begin, end] = vil::find_sdg_mention(text, refs);
    REQUIRE(begin != std::string_view::npos);
    CHECK(text.substr(begin, end - begin) == span);
    CHECK(refs.targets == targets);
    CHECK(refs.sdg == sdg);
    CHECK(refs.raw.empty());
    CHECK(refs.bases.empty());
  };
  mention("Alle har et godt sted å bo (FN-mål 1, 11)", {"1", "11"}, {1, 11}, "FN-mål 1, 11");
  mention("Sikre trygge skoleveier (Bærekraftsmål 11.2, 13.2)", {"11.2", "13.2"}, {11, 13},
          "Bærekraftsmål 11.2, 13.2");
  mention("Bærekraftsmål: 3, 10", {"3", "10"}, {3, 10}, "Bærekraftsmål: 3, 10");
  mention("jf. FNs bærekraftsmål nr. 4 og 17.", {"4", "17"}, {4, 17}, "FNs bærekraftsmål nr. 4 og 17");
  mention("bidrar til SDG 7 og 13.a", {"7", "13.a"}, {7, 13}, "SDG 7 og 13.a");
  mention("BÆREKRAFTSMÅL 15/14", {"15", "14"}, {14, 15}, "BÆREKRAFTSMÅL 15/14");
  // Numbers that are no SDG end the list; no number, or a word that only contains a
  // name, is no mention.
  mention("Bærekraftsmål 11, 18 og 3", {"11"}, {11}, "Bærekraftsmål 11");
  for (const std::string_view none : {"Bærekraftsmålene er viktige", "FN-mål 18", "Bærekraftsmål: 0",
                                      "Ikke-bærekraftsmål 3", "Vi bygger 11 nye skoler", ""}) {
    CAPTURE(none);
    vil::Refs refs;
    CHECK(vil::find_sdg_mention(none, refs).first == std::string_view::npos);
    CHECK(refs.sdg.empty());
  }
}

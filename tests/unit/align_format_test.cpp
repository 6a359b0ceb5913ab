#include "vil/align_format.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

TEST_CASE("vil::alignment_score_text") {
  CHECK(vil::alignment_score_text(1.0) == "1.000");
  CHECK(vil::alignment_score_text(vil::k_max_changed_score) == "0.999");
  CHECK(vil::alignment_score_text(0.87549) == "0.875");
}

TEST_CASE("vil::append_alignment_json") {
  std::string out;
  SUBCASE("a pair: both records as read") {
    vil::Alignment same;
    vil::append_alignment_json(out, same, R"({"id":"a"})", R"({"id":"b"})", {});
    CHECK(out == R"({"op":"same","score":1.000,"moved":false,"left":{"id":"a"},"right":{"id":"b"}})"
                 "\n");
  }
  SUBCASE("removed and added: null on the side without a record") {
    vil::Alignment removed;
    removed.op = vil::AlignOp::removed;
    vil::Alignment added;
    added.op = vil::AlignOp::added;
    vil::append_alignment_json(out, removed, "{}", "", {});
    vil::append_alignment_json(out, added, "", "{}", {});
    CHECK(out == R"({"op":"removed","score":1.000,"moved":false,"left":{},"right":null})"
                 "\n"
                 R"({"op":"added","score":1.000,"moved":false,"left":null,"right":{}})"
                 "\n");
  }
  SUBCASE("changed: the word diff") {
    vil::Alignment changed;
    changed.op = vil::AlignOp::changed;
    changed.score = 0.5;
    changed.moved = true;
    const std::vector<vil::DiffPiece> diff = {{'=', "flere"}, {'-', "\"boliger\""}, {'+', "hus"}};
    vil::append_alignment_json(out, changed, "{}", "{}", diff);
    CHECK(out == R"({"op":"changed","score":0.500,"moved":true,"left":{},"right":{},)"
                 R"("diff":[["=","flere"],["-","\"boliger\""],["+","hus"]]})"
                 "\n");
  }
}

TEST_CASE("vil::count_alignments") {
  std::vector<vil::Alignment> alignments(3);
  alignments[1].op = vil::AlignOp::added;
  alignments[2].op = vil::AlignOp::added;
  const vil::AlignCounts counts = vil::count_alignments(alignments);
  CHECK(counts == vil::AlignCounts{1, 0, 0, 0, 2});
  std::string json;
  vil::append_align_counts_json(json, counts);
  CHECK(json == "{\"same\":1,\"changed\":0,\"moved\":0,\"removed\":0,\"added\":2}\n");
  std::string text;
  vil::append_align_counts_text(text, counts);
  CHECK(text == "same\t1\nchanged\t0\nmoved\t0\nremoved\t0\nadded\t2\n");
}

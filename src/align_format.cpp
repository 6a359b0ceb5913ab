#include "vil/align_format.hpp"

#include <cstdio>

#include "vil/json_writer.hpp"

namespace vil {

namespace {

constexpr AlignOp k_ops[] = {AlignOp::same, AlignOp::changed, AlignOp::moved, AlignOp::removed,
                             AlignOp::added};

}  // namespace

std::string alignment_score_text(double score) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.3f", score);
  return buf;
}

void append_alignment_json(std::string& out, const Alignment& a, std::string_view left_raw,
                           std::string_view right_raw, const std::vector<DiffPiece>& diff) {
  out += "{\"op\":\"";
  out += align_op_name(a.op);
  out += "\",\"score\":" + alignment_score_text(a.score) + ",\"moved\":" + (a.moved ? "true" : "false");
  out += ",\"left\":";
  out += a.op == AlignOp::added ? "null" : left_raw;
  out += ",\"right\":";
  out += a.op == AlignOp::removed ? "null" : right_raw;
  if (a.op == AlignOp::changed) {
    out += ",\"diff\":[";
    for (std::size_t i = 0; i < diff.size(); ++i) {
      if (i > 0) out += ',';
      out += "[\"";
      out += diff[i].op;
      out += "\",";
      append_json_string(out, diff[i].text);
      out += ']';
    }
    out += ']';
  }
  out += "}\n";
}

AlignCounts count_alignments(const std::vector<Alignment>& alignments) {
  AlignCounts counts{};
  for (const Alignment& a : alignments) ++counts[static_cast<std::size_t>(a.op)];
  return counts;
}

void append_align_counts_json(std::string& out, const AlignCounts& counts) {
  out += '{';
  for (AlignOp op : k_ops) {
    if (op != k_ops[0]) out += ',';
    out += '"';
    out += align_op_name(op);
    out += "\":" + std::to_string(counts[static_cast<std::size_t>(op)]);
  }
  out += "}\n";
}

void append_align_counts_text(std::string& out, const AlignCounts& counts) {
  for (AlignOp op : k_ops) {
    out += align_op_name(op);
    out += '\t' + std::to_string(counts[static_cast<std::size_t>(op)]) + '\n';
  }
}

}  // namespace vil

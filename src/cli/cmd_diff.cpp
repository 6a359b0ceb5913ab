// vil diff: align two record sets one to one: same, changed, moved, removed, added.

#include <CLI/CLI.hpp>
#include <memory>

#include "cli_huge_pages.hpp"
#include "cli_load.hpp"
#include "cli_options.hpp"
#include "cli_style.hpp"
#include "commands.hpp"
#include "vil/align.hpp"
#include "vil/align_format.hpp"
#include "vil/analyzer.hpp"
#include "vil/exit_status.hpp"
#include "vil/record.hpp"
#include "vil/text.hpp"

namespace vil::cli {
namespace {

// Chosen by measurement on the corpus: see the note in man/vil-diff.1.
constexpr double k_default_threshold = 0.5;

struct DiffOptions {
  std::string left;
  std::string right;
  std::vector<std::string> kinds;
  std::vector<std::string> equate;
  double threshold = k_default_threshold;
  std::string format;  // "" = jsonl, or text when stdout is a terminal
  std::string color = "auto";
  bool stat = false;
  bool exhaustive = false;
  bool skip_invalid = false;
};

class Diff {
 public:
  explicit Diff(const DiffOptions& options) : m_options(options), m_out("") {}
  int run();

 private:
  bool load();
  std::vector<AlignItem> items(const std::vector<LoadedRecord>& records);
  std::string norm_word(std::string_view word);
  void write_json(const Alignment& a);
  void write_text(const Alignment& a);

  const DiffOptions& m_options;
  Output m_out;
  std::unique_ptr<Analyzer> m_analyzer;
  std::vector<LoadedRecord> m_left;
  std::vector<LoadedRecord> m_right;
  std::vector<std::pair<std::string, std::string>> m_equate;
  Style m_style;
};

bool Diff::load() {
  std::vector<Kind> kinds;
  if (!check_one_stdin(m_options.left, m_options.right) || !parse_kind_option(m_options.kinds, kinds))
    return false;
  if (!parse_equate(m_options.equate, m_equate)) return false;
  const bool ok_left = load_records(m_options.left, m_options.skip_invalid, m_left);
  const bool ok_right = load_records(m_options.right, m_options.skip_invalid, m_right);
  if (!ok_left || !ok_right) return false;
  const auto keep = [&](std::vector<LoadedRecord>& records) {
    if (m_options.kinds.empty()) return;
    std::erase_if(records, [&](const LoadedRecord& r) {
      return std::find(m_options.kinds.begin(), m_options.kinds.end(), r.kind) == m_options.kinds.end();
    });
  };
  keep(m_left);
  keep(m_right);
  AnalyzerOptions analyzer;
  analyzer.equate = m_equate;
  m_analyzer = std::make_unique<Analyzer>(analyzer);
  return true;
}

std::vector<AlignItem> Diff::items(const std::vector<LoadedRecord>& records) {
  std::vector<AlignItem> out;
  out.reserve(records.size());
  for (const LoadedRecord& r : records) {
    AlignItem item{r.kind, r.id, m_analyzer->key(r.text), {}, r.doc};
    m_analyzer->stems(r.text, item.stems);
    out.push_back(std::move(item));
  }
  return out;
}

std::string Diff::norm_word(std::string_view word) {
  std::string key = m_analyzer->key(word);
  return key.empty() ? fold_case(word) : key;
}

void Diff::write_json(const Alignment& a) {
  std::vector<DiffPiece> pieces;
  if (a.op == AlignOp::changed)
    pieces = word_diff(m_left[a.left].text, m_right[a.right].text,
                       [&](std::string_view w) { return norm_word(w); });
  append_alignment_json(m_out.buffer(), a, a.op == AlignOp::added ? "" : m_left[a.left].raw,
                        a.op == AlignOp::removed ? "" : m_right[a.right].raw, pieces);
  m_out.flush_if_full();
}

void Diff::write_text(const Alignment& a) {
  if (a.op == AlignOp::same) return;  // a person wants the differences
  std::string& out = m_out.buffer();
  const auto where = [&](const LoadedRecord& r) {
    return m_style.doc(r.doc) + ":" + m_style.line(std::to_string(r.line));
  };
  switch (a.op) {
    case AlignOp::removed:
      out += m_style.removed("- " + m_left[a.left].text) + "  (" + where(m_left[a.left]) + ")\n";
      break;
    case AlignOp::added:
      out += m_style.added("+ " + m_right[a.right].text) + "  (" + where(m_right[a.right]) + ")\n";
      break;
    case AlignOp::moved:
      out += "> " + printable(m_right[a.right].text) + "  (moved: " + where(m_left[a.left]) + " -> " +
             where(m_right[a.right]) + ")\n";
      break;
    default: {
      out += "~ ";
      const auto pieces = word_diff(m_left[a.left].text, m_right[a.right].text,
                                    [&](std::string_view w) { return norm_word(w); });
      for (std::size_t i = 0; i < pieces.size(); ++i) {
        if (i > 0) out += ' ';
        if (pieces[i].op == '=')
          out += printable(pieces[i].text);
        else if (pieces[i].op == '-')
          out += m_style.removed("[-" + pieces[i].text + "-]");
        else
          out += m_style.added("{+" + pieces[i].text + "+}");
      }
      out += "  (" + alignment_score_text(a.score) + (a.moved ? ", moved" : "") + ": " +
             where(m_left[a.left]) + " -> " + where(m_right[a.right]) + ")\n";
    }
  }
  m_out.flush_if_full();
}

int Diff::run() {
  // 1. Read both sides (only the kinds asked for).
  if (!load()) return k_exit_trouble;
  // 2. Align them one to one.
  const std::vector<AlignItem> left = items(m_left);
  std::vector<AlignItem> right = items(m_right);
  treat_as_one_document(left, right);  // two versions of one program, under two names
  const std::vector<Alignment> alignments = align(left, right, m_options.threshold, m_options.exhaustive);
  // 3. Write the alignments, or their counts.
  const bool text = text_view(m_options.format, m_out.is_terminal());
  m_style = Style::for_stdout(m_options.color);
  const AlignCounts counts = count_alignments(alignments);
  const int status =
      counts[static_cast<std::size_t>(AlignOp::same)] == alignments.size() ? k_exit_ok : k_exit_no_match;
  raise_closed_pipe_status(status);  // a reader that stops early does not make the sets the same
  if (m_options.stat) {
    std::string s;
    if (text)
      append_align_counts_text(s, counts);
    else
      append_align_counts_json(s, counts);
    m_out.write(s);
  } else {
    for (const Alignment& a : alignments) {
      if (text)
        write_text(a);
      else
        write_json(a);
    }
  }
  m_out.commit();
  // 4. Exit like diff(1): 0 no differences, 1 differences.
  return status;
}

}  // namespace

void setup_diff(CLI::App& app, std::function<int()>& run) {
  auto o = std::make_shared<DiffOptions>();
  app.add_option("left", o->left, "JSON Lines records: the old version, or one program ('-': standard input)")
      ->required()
      ->type_name("LEFT");
  app.add_option("right", o->right, "JSON Lines records: the new version, or the other program")
      ->required()
      ->type_name("RIGHT");
  add_kind_option(app, o->kinds, "compare only records of this kind; repeat for several");
  repeatable(
      app.add_option("--equate", o->equate, "treat two names as one, such as Asker=Bærum; repeat for several")
          ->type_name("A=B"));
  app.add_option("--threshold", o->threshold,
                 "least near-duplicate score for two texts to be one record changed")
      ->check(number_from(0, 1))
      ->type_name("SCORE")
      ->capture_default_str();
  app.add_flag("--stat", o->stat, "print only the number of alignments of each op");
  app.add_flag("--exhaustive", o->exhaustive,
               "score every pair of records sharing a stem instead of using the index (slow; gives the same "
               "alignments)");
  add_view_format_option(app, o->format,
                         "jsonl (one object per alignment) or text (the differences, word by word)");
  add_color_option(app, o->color, "colour text output: auto, always, never");
  add_skip_invalid_option(app, o->skip_invalid);
  app.footer(
      "Records are compared only with records of the same kind: by id, then by equal text\n"
      "(case folded, --equate applied), then by near-duplicate score, keeping the pairing with\n"
      "the greatest total score. Ops: same, changed (with a word-level diff), moved (same text,\n"
      "out of order within one document), removed (only in LEFT), added (only in RIGHT).\n"
      "When each side holds one document and their ids differ only in digits (program-2019,\n"
      "program-2023), they are versions of one document: moves are found between them\n"
      "(vil extract --doc-id gives versions one id whatever their files are called).\n"
      "\n"
      "Examples:\n"
      "  vil extract corpus/ps-asker.txt | vil diff old.jsonl -\n"
      "  vil diff --kind bullet --equate Asker=Bærum asker.jsonl baerum.jsonl --format text\n"
      "  vil diff --stat old.jsonl new.jsonl\n"
      "\n"
      "Exit status: 0 no differences; 1 differences; 2 trouble.");
  run = [o] {
    run_again_with_huge_pages({o->left, o->right});
    return Diff(*o).run();
  };
}

}  // namespace vil::cli

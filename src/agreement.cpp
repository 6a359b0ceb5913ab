#include "vil/agreement.hpp"

#include <algorithm>
#include <cstdio>

#include "vil/json_writer.hpp"
#include "vil/text.hpp"

namespace vil {
namespace {

// The cells of one CSV line (quotes doubled inside quoted cells; no line ends inside).
std::vector<std::string> split_csv(std::string_view line) {
  std::vector<std::string> out(1);
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"')
        out.back() += '"', ++i;
      else if (c == '"')
        quoted = false;
      else
        out.back() += c;
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      out.emplace_back();
    } else {
      out.back() += c;
    }
  }
  return out;
}

std::vector<std::string> split_row(std::string_view line, bool csv) {
  if (csv) return split_csv(line);
  std::vector<std::string> out;
  for (std::string_view cell : split_tabs(line)) out.emplace_back(cell);
  return out;
}

void add_rows(std::string_view cell, std::set<std::string>& to) {
  while (!cell.empty()) {
    const std::size_t comma = cell.find(',');
    const std::string_view row = trim(cell.substr(0, comma));
    if (!row.empty()) to.emplace(row);
    cell.remove_prefix(comma == std::string_view::npos ? cell.size() : comma + 1);
  }
}

std::string group_of(const std::string& pledge) {
  const std::size_t colon = pledge.rfind(':');
  return colon == std::string::npos ? pledge : pledge.substr(0, colon);
}

enum class Judged { right, wrong, unknown };

Judged judge(const CodedPledge& c, const std::string& row) {
  if (c.strong.count(row) > 0 || c.acceptable.count(row) > 0) return Judged::right;
  if (c.rejected.count(row) > 0 || c.complete) return Judged::wrong;
  return Judged::unknown;
}

std::string share(std::size_t n, std::size_t of) {
  if (of == 0) return "null";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4f", static_cast<double>(n) / static_cast<double>(of));
  return buf;
}

std::string fraction(std::size_t n, std::size_t of) {
  if (of == 0) return "-";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%zu/%zu (%.0f%%)", n, of,
                100.0 * static_cast<double>(n) / static_cast<double>(of));
  return buf;
}

}  // namespace

bool parse_coding(std::string_view text, const std::string& name, Coding& into, std::string& error) {
  std::vector<std::string> header;
  std::map<std::string, std::size_t> pledge_lines;  // this file's pledges, by their line
  bool csv = false;
  int col_pledge = -1, col_strong = -1, col_acceptable = -1, col_right = -1, col_left = -1, col_code = -1;
  const bool ok = for_each_line(text, [&](std::string_view line, std::size_t number) {
    const std::string where = name + ":" + std::to_string(number) + ": ";
    if (trim(line).empty()) return true;
    if (header.empty()) {
      if (line[0] == '#') return true;
      csv = line.find('\t') == std::string_view::npos && line.find(',') != std::string_view::npos;
      header = split_row(line, csv);
      for (std::size_t i = 0; i < header.size(); ++i) {
        const std::string h = fold_case(trim(header[i]));
        const int col = static_cast<int>(i);
        if (h == "pledge")
          col_pledge = col;
        else if (h == "strong")
          col_strong = col;
        else if (h == "acceptable")
          col_acceptable = col;
        else if (h == "right")
          col_right = col;
        else if (h == "left")
          col_left = col;
        else if (h == "code")
          col_code = col;
      }
      if (!(col_pledge >= 0 && col_strong >= 0 && col_acceptable >= 0) &&
          !(col_right >= 0 && col_left >= 0 && col_code >= 0)) {
        error = where +
                "expected a header with pledge, strong and acceptable (a coding by pledge) "
                "or right, left and code (a coding sheet)";
        return false;
      }
      if (col_pledge < 0) col_strong = col_acceptable = -1;
      return true;
    }
    const std::vector<std::string> cells = split_row(line, csv);
    const auto at = [&](int col) {
      return col >= 0 && static_cast<std::size_t>(col) < cells.size()
                 ? trim(cells[static_cast<std::size_t>(col)])
                 : std::string_view();
    };
    if (col_pledge >= 0) {
      const std::string pledge(at(col_pledge));
      if (pledge.empty()) {
        error = where + "no pledge";
        return false;
      }
      if (const auto [it, fresh] = pledge_lines.emplace(pledge, number); !fresh)
        into.warnings.push_back(where + "pledge " + pledge + " is coded again (first on line " +
                                std::to_string(it->second) + "); the two are merged");
      CodedPledge& c = into.pledges[pledge];
      c.complete = true;
      add_rows(at(col_strong), c.strong);
      add_rows(at(col_acceptable), c.acceptable);
      return true;
    }
    const std::string right(at(col_right)), left(at(col_left));
    const std::string code = fold_case(at(col_code));
    if (right.empty() || left.empty()) {
      error = where + "no right or left record";
      return false;
    }
    CodedPledge& c = into.pledges[right];
    if (code == "strong")
      c.strong.insert(left);
    else if (code == "acceptable" || code == "yes")
      c.acceptable.insert(left);
    else if (code == "no")
      c.rejected.insert(left);
    else if (!code.empty()) {
      error = where + "code '" + code + "': expected strong, acceptable, yes, no or nothing";
      return false;
    }
    const bool accepted = c.strong.count(left) > 0 || c.acceptable.count(left) > 0;
    if (accepted && c.rejected.count(left) > 0)
      into.warnings.push_back(
          where + right + " -> " + left +
          " is coded both accepted and no (here or in another coding); counted as accepted");
    return true;
  });
  if (ok && header.empty()) {
    error = name + ": no header line: not a coding";
    return false;
  }
  return ok;
}

std::vector<Agreement> agreement(const Coding& coding, const LinkSets& links) {
  std::map<std::string, Agreement> groups;
  Agreement all;
  all.group = "all";
  static const std::vector<RankedLink> none;
  for (const auto& [pledge, c] : coding.pledges) {
    Agreement& g = groups[group_of(pledge)];
    g.group = group_of(pledge);
    const auto it = links.find(pledge);
    const std::vector<RankedLink>& ranked = it == links.end() ? none : it->second;
    const bool has_rows = !c.strong.empty() || !c.acceptable.empty();
    bool hit1 = false, hit3 = false, counted_any = false;
    std::size_t counted = 0, counted_right = 0;
    for (std::size_t i = 0; i < ranked.size(); ++i) {
      const Judged j = judge(c, ranked[i].left);
      if (j == Judged::right && i < 1) hit1 = true;
      if (j == Judged::right && i < 3) hit3 = true;
      if (ranked[i].counted) counted_any = true;
      if (ranked[i].counted && j != Judged::unknown) ++counted, counted_right += j == Judged::right;
    }
    const Judged best = ranked.empty() ? Judged::unknown : judge(c, ranked[0].left);
    for (Agreement* a : {&g, &all}) {
      ++a->pledges;
      a->with_rows += has_rows;
      a->hits_at_1 += has_rows && hit1;
      a->hits_at_3 += has_rows && hit3;
      a->best_judged += best != Judged::unknown;
      a->best_right += best == Judged::right;
      a->counted += counted;
      a->counted_right += counted_right;
      a->coded_none += c.complete && !has_rows;
      a->none_unlinked += c.complete && !has_rows && !counted_any;
    }
  }
  std::vector<Agreement> out;
  for (auto& [name, g] : groups) out.push_back(std::move(g));
  out.push_back(std::move(all));
  return out;
}

std::vector<Disagreement> disagreements(const Coding& coding, const LinkSets& links) {
  std::vector<Disagreement> out;
  for (const auto& [pledge, c] : coding.pledges) {
    const auto it = links.find(pledge);
    const std::vector<RankedLink> ranked = it == links.end() ? std::vector<RankedLink>() : it->second;
    const bool has_rows = !c.strong.empty() || !c.acceptable.empty();
    Disagreement d;
    d.pledge = pledge;
    for (const RankedLink& l : ranked) d.links.push_back(l.left + (l.counted ? "*" : ""));
    d.accepted.assign(c.strong.begin(), c.strong.end());
    d.accepted.insert(d.accepted.end(), c.acceptable.begin(), c.acceptable.end());
    bool hit3 = false, counted_any = false;
    for (std::size_t i = 0; i < ranked.size(); ++i) {
      hit3 = hit3 || (i < 3 && judge(c, ranked[i].left) == Judged::right);
      counted_any = counted_any || ranked[i].counted;
    }
    if (has_rows && !hit3)
      d.problem = "missed";
    else if (!ranked.empty() && judge(c, ranked[0].left) == Judged::wrong && has_rows)
      d.problem = "best-wrong";
    else if (c.complete && !has_rows && counted_any)
      d.problem = "linked-none";
    if (!d.problem.empty()) out.push_back(std::move(d));
  }
  return out;
}

std::string format_agreement(const std::vector<Agreement>& rows, TableFormat format) {
  std::string out;
  if (format == TableFormat::json) {
    for (const Agreement& a : rows) {
      out += "{\"group\":";
      append_json_string(out, a.group);
      out += ",\"pledges\":" + std::to_string(a.pledges) +
             ",\"recall_at_1\":" + share(a.hits_at_1, a.with_rows) +
             ",\"recall_at_3\":" + share(a.hits_at_3, a.with_rows) +
             ",\"precision_at_1\":" + share(a.best_right, a.best_judged) +
             ",\"counted_precision\":" + share(a.counted_right, a.counted) +
             ",\"none_unlinked\":" + share(a.none_unlinked, a.coded_none) +
             ",\"with_rows\":" + std::to_string(a.with_rows) +
             ",\"hits_at_1\":" + std::to_string(a.hits_at_1) +
             ",\"hits_at_3\":" + std::to_string(a.hits_at_3) +
             ",\"best_judged\":" + std::to_string(a.best_judged) +
             ",\"best_right\":" + std::to_string(a.best_right) + ",\"counted\":" + std::to_string(a.counted) +
             ",\"counted_right\":" + std::to_string(a.counted_right) +
             ",\"coded_none\":" + std::to_string(a.coded_none) +
             ",\"none_unlinked_count\":" + std::to_string(a.none_unlinked) + "}\n";
    }
    return out;
  }
  std::vector<std::vector<std::string>> table = {{"group", "pledges", "recall@1", "recall@3", "precision@1",
                                                  "counted links accepted", "coded none, unlinked"}};
  for (const Agreement& a : rows)
    table.push_back({table_cell(a.group, format), std::to_string(a.pledges),
                     fraction(a.hits_at_1, a.with_rows), fraction(a.hits_at_3, a.with_rows),
                     fraction(a.best_right, a.best_judged), fraction(a.counted_right, a.counted),
                     fraction(a.none_unlinked, a.coded_none)});
  return write_rows(table, format, 1);
}

std::string format_disagreements(const std::vector<Disagreement>& rows, TableFormat format) {
  std::string out;
  if (format == TableFormat::json) {
    for (const Disagreement& d : rows) {
      out += "{\"pledge\":";
      append_json_string(out, d.pledge);
      out += ",\"problem\":";
      append_json_string(out, d.problem);
      out += ",\"links\":";
      append_json_string_array(out, d.links);
      out += ",\"accepted\":";
      append_json_string_array(out, d.accepted);
      out += "}\n";
    }
    return out;
  }
  const auto join = [](const std::vector<std::string>& v) {
    std::string s;
    for (const std::string& x : v) s += (s.empty() ? "" : " ") + x;
    return s;
  };
  std::vector<std::vector<std::string>> table = {{"pledge", "problem", "links (* counted)", "accepted"}};
  for (const Disagreement& d : rows)
    table.push_back({table_cell(d.pledge, format), d.problem, table_cell(join(d.links), format),
                     table_cell(join(d.accepted), format)});
  return write_rows(table, format, 4);
}

std::vector<Calibration> calibration(const Coding& coding, const LinkSets& links) {
  std::vector<Calibration> rows;
  for (int best = 1; best >= 0; --best)
    for (int band = 0; band < 10; ++band) rows.push_back({band / 10.0, best == 1, 0, 0});
  for (const auto& [pledge, c] : coding.pledges) {
    const auto it = links.find(pledge);
    if (it == links.end()) continue;
    for (std::size_t i = 0; i < it->second.size(); ++i) {
      const RankedLink& l = it->second[i];
      const Judged j = judge(c, l.left);
      if (j == Judged::unknown) continue;
      const int band = std::clamp(static_cast<int>(l.score * 10.0 + 1e-9), 0, 9);
      Calibration& row = rows[static_cast<std::size_t>((i == 0 ? 0 : 10) + band)];
      ++row.judged;
      row.right += j == Judged::right;
    }
  }
  std::vector<Calibration> out;
  for (const Calibration& r : rows)
    if (r.judged > 0) out.push_back(r);
  return out;
}

std::string format_calibration(const std::vector<Calibration>& rows, TableFormat format) {
  const auto band = [](double from) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f-%.1f", from, from + 0.1);
    return std::string(buf);
  };
  std::string out;
  if (format == TableFormat::json) {
    for (const Calibration& r : rows)
      out += "{\"score\":\"" + band(r.from) + "\",\"rank\":\"" + (r.best ? "1" : "2+") +
             "\",\"judged\":" + std::to_string(r.judged) + ",\"right\":" + std::to_string(r.right) +
             ",\"precision\":" + share(r.right, r.judged) + "}\n";
    return out;
  }
  std::vector<std::vector<std::string>> table = {{"score", "rank", "links judged", "right"}};
  for (const Calibration& r : rows)
    table.push_back(
        {band(r.from), r.best ? "1" : "2+", std::to_string(r.judged), fraction(r.right, r.judged)});
  return write_rows(table, format, 2);
}

}  // namespace vil

#include "vil/refs.hpp"

#include <algorithm>

#include "vil/text.hpp"

namespace vil {
namespace {

bool is_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "11", "11.7", "11.a": an SDG goal (1..17) with an optional target.
bool parse_target(std::string_view tok, int& goal) {
  const std::size_t dot = tok.find('.');
  const std::string_view g = tok.substr(0, dot);
  if (!is_digits(g) || g.size() > 2 || g[0] == '0') return false;  // "01.1" is not a code
  goal = std::stoi(std::string(g));
  if (!is_sdg(goal)) return false;
  if (dot == std::string_view::npos) return true;
  const std::string_view t = tok.substr(dot + 1);
  if (is_digits(t) && t.size() <= 2) return t.size() == 1 || t[0] != '0';
  return t.size() == 1 && t[0] >= 'a' && t[0] <= 'z';
}

std::string upper_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

}  // namespace

bool parse_refs(std::string_view code, Refs& out, std::string& err) {
  out = Refs{};
  out.raw = clean_text(code);
  if (out.raw.empty()) {
    err = "empty reference code";
    return false;
  }
  std::string_view rest = out.raw;
  bool ok = true;
  while (!rest.empty()) {
    const std::size_t sp = rest.find(' ');
    const std::string_view tok = rest.substr(0, sp);
    rest = sp == std::string_view::npos ? std::string_view{} : rest.substr(sp + 1);
    const std::string base = upper_ascii(tok);
    int goal = 0;
    if (base == "AK" || base == "FN-T" || base == "FN") {
      if (std::find(out.bases.begin(), out.bases.end(), base) == out.bases.end()) out.bases.push_back(base);
    } else if (parse_target(tok, goal)) {
      if (std::find(out.targets.begin(), out.targets.end(), tok) == out.targets.end())
        out.targets.emplace_back(tok);
      out.sdg.push_back(goal);
    } else if (ok) {
      err = "unknown reference code part '" + std::string(tok) + "' (expected AK, FN-T, FN or an SDG target such as 11.7)";
      ok = false;
    }
  }
  std::sort(out.sdg.begin(), out.sdg.end());
  out.sdg.erase(std::unique(out.sdg.begin(), out.sdg.end()), out.sdg.end());
  if (ok && !out.targets.empty() && std::find(out.bases.begin(), out.bases.end(), "FN-T") == out.bases.end() &&
      std::find(out.bases.begin(), out.bases.end(), "FN") == out.bases.end()) {
    err = "SDG target without an FN or FN-T base in '" + out.raw + "'";
    ok = false;
  }
  return ok;
}

}  // namespace vil

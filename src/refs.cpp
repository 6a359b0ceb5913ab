#include "vil/refs.hpp"

#include <algorithm>
#include <cctype>

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
      err = "unknown reference code part '" + std::string(tok) +
            "' (expected AK, FN-T, FN or an SDG target such as 11.7)";
      ok = false;
    }
  }
  std::sort(out.sdg.begin(), out.sdg.end());
  out.sdg.erase(std::unique(out.sdg.begin(), out.sdg.end()), out.sdg.end());
  if (ok && !out.targets.empty() &&
      std::find(out.bases.begin(), out.bases.end(), "FN-T") == out.bases.end() &&
      std::find(out.bases.begin(), out.bases.end(), "FN") == out.bases.end()) {
    err = "SDG target without an FN or FN-T base in '" + out.raw + "'";
    ok = false;
  }
  return ok;
}

void add_sdgs(Refs& out, const Refs& more) {
  for (const std::string& t : more.targets)
    if (std::find(out.targets.begin(), out.targets.end(), t) == out.targets.end()) out.targets.push_back(t);
  out.sdg.insert(out.sdg.end(), more.sdg.begin(), more.sdg.end());
  std::sort(out.sdg.begin(), out.sdg.end());
  out.sdg.erase(std::unique(out.sdg.begin(), out.sdg.end()), out.sdg.end());
}

std::pair<std::size_t, std::size_t> find_sdg_mention(std::string_view text, Refs& out) {
  constexpr auto none = std::pair{std::string_view::npos, std::string_view::npos};
  // The names, folded: the longest first, so that "fns bærekraftsmål" is one name.
  static constexpr std::string_view k_names[] = {"fn-bærekraftsmål",
                                                 "fns bærekraftsmål",
                                                 "bærekraftsmålene",
                                                 "bærekraftsmål",
                                                 "fn-berekraftsmål",
                                                 "berekraftsmåla",
                                                 "berekraftsmål",
                                                 "fn-målene",
                                                 "fn-mål",
                                                 "sdg-ene",
                                                 "sdgs",
                                                 "sdg"};
  const std::string folded = fold_case(text);  // the same bytes for these names: æ, å and ASCII
  if (folded.size() != text.size()) return none;
  for (std::size_t at = 0; at < folded.size(); ++at) {
    if (at > 0 && (std::isalnum(static_cast<unsigned char>(folded[at - 1])) != 0 || folded[at - 1] == '-'))
      continue;
    for (const std::string_view name : k_names) {
      if (folded.compare(at, name.size(), name) != 0) continue;
      std::size_t i = at + name.size();
      // Then ":", "nr.", "nummer", spaces; then targets joined by ",", "og", "and", "&", "/".
      const auto skip = [&](std::string_view word) {
        if (folded.compare(i, word.size(), word) != 0) return false;
        i += word.size();
        return true;
      };
      const auto spaces = [&] {
        while (i < folded.size() && (folded[i] == ' ' || folded[i] == ':')) ++i;
      };
      spaces();
      if (skip("nr.") || skip("nummer")) spaces();
      Refs found;
      std::size_t end = std::string_view::npos;
      while (i < folded.size()) {
        std::size_t j = i;
        while (j < folded.size() &&
               (std::isalnum(static_cast<unsigned char>(folded[j])) != 0 || folded[j] == '.'))
          ++j;
        std::string_view token = text.substr(i, j - i);
        while (!token.empty() && token.back() == '.') token.remove_suffix(1);  // a sentence's stop
        int goal = 0;
        if (token.empty() || !parse_target(token, goal)) break;
        if (std::find(found.targets.begin(), found.targets.end(), token) == found.targets.end())
          found.targets.emplace_back(token);
        found.sdg.push_back(goal);
        end = i + token.size();
        i = end;
        spaces();
        if (!(skip(",") || skip("og ") || skip("and ") || skip("&") || skip("/"))) break;
        spaces();
      }
      if (found.sdg.empty()) continue;
      add_sdgs(out, found);
      return {at, end};
    }
  }
  return none;
}

}  // namespace vil

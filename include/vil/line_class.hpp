#pragma once

#include <cstddef>
#include <string_view>

namespace vil {

// What one source line looks like on its own, before any context is considered.
enum class LineType {
  blank,             // nothing but spaces
  atx_heading,       // "## Title"
  setext_underline,  // "===" or "---" (a heading underline, or a thematic break),
                     // "***", "___", "* * *" (a thematic break: level 0)
  bullet,            // "- text", "* text", "• text", "– text", "· text", ...
  numbered,          // "1. text", "1) text"
  bold,              // "**whole line in bold**"
  toc_row,           // "Title<TAB>12": a table-of-contents entry
  toc_link,          // "[Title](file.html#12)", "- [Title](#anchor)": a linked contents entry
  page_number,       // "12", "- 12 -", "Side 12 av 40": page-break debris of a PDF conversion
  latex,             // "\newpage", "\usepackage{enumitem}", ":::", "Hopp til hovedinnhold",
                     // "|---|---|": LaTeX commands, fenced-div markers, web-page chrome,
                     // a pipe table's rule; no text
  table_row,         // any other line with a tab, or "| a | b |": cells of a table
  text,              // anything else
};

struct LineClass {
  LineType type = LineType::text;
  int level = 0;          // atx_heading: number of '#'; setext_underline: 1 for '=', 2 for '-',
                          // 0 for a thematic break that cannot underline
  int number = 0;         // numbered: the item number; toc_row, toc_link: the page number (0: none)
  char32_t marker = 0;    // bullet: its marker ('-', U+2022, ...)
  bool block = false;     // text: a block of its own, never a wrapped line ("<p>...</p>")
  std::string_view body;  // the text after the marker (bullet, numbered, atx), inside the
                          // bold markers (bold), the title (toc_row, toc_link), the trimmed line (text)
};

// Classifies one line (no line terminator). The line must be valid UTF-8.
LineClass classify_line(std::string_view line);

// The bullet symbol a line holds alone ("•", pdftotext's marker above its item's text),
// or 0. Dashes, stars and the like alone are separators, not markers.
char32_t lone_marker(std::string_view line);

}  // namespace vil

#pragma once

#include <string>
#include <string_view>

namespace vil {

// Markup that documents converted by pandoc, from PDF or from web pages carry into
// their text, and that is not part of what they say.

// The text without inline markup: emphasis (*a*, _a_, **a**, __a__, flanking as
// Markdown has it, so snake_case and 2 * 3 stay), links ([text](url) -> text,
// [text]{.class} -> text), images (![alt](file): dropped), footnote references ([^1]),
// HTML tags (<span ...>, </b>, <br/>: dropped, their content kept), HTML comments,
// autolinks (<https://...> -> the address) and backslash escapes (\* -> *; a doubled
// backslash stays, as in a Windows path). Runs of spaces left behind are folded to
// one. Linear in the size of text.
std::string strip_inline_markup(std::string_view text);

// False when text has none of the bytes inline markup begins with ('\\', '<', '[',
// '*', '_'): strip_inline_markup would return it as it is. One table lookup a byte.
bool may_have_inline_markup(std::string_view text);

// A heading without its trailing attribute block: "Tittel {#anchor .class}" ->
// "Tittel"; also "{-}" and "{.unnumbered}". Other braces stay.
std::string_view strip_heading_attributes(std::string_view heading);

// True when the trimmed line is nothing but LaTeX commands ("\newpage",
// "\usepackage[utf8]{inputenc}", "\setlength{\parindent}{0pt}"), as pandoc sources have.
bool is_latex_line(std::string_view line);

// True when the trimmed line is one Markdown link and nothing else, "[text](target)";
// sets text and target.
bool parse_link_line(std::string_view line, std::string_view& text, std::string_view& target);

// True when the trimmed line is a web page's chrome pasted with its text ("Meny",
// "Hopp til hovedinnhold", "Les mer", "Del på Facebook", "Godta alle"): no text of the
// document.
bool is_web_debris(std::string_view line);

// True when the line is a photo caption or credit ("Foto: Ola Nordmann",
// "Illustrasjon: ...", "Kilde: ..."): never a heading.
bool is_caption(std::string_view line);

}  // namespace vil

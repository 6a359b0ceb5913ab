#!/usr/bin/env bash
# Writes the small input files of the bad-input catalogue (cases.tsv says what vil must
# answer for each). The files are committed; this script documents their exact bytes and
# remakes them: bash tests/bad-input/make-files.sh. The big cases (a 50 MB line, a
# million empty lines, 10,000 levels of nesting), the FIFO and the folder are made by
# tests/cli/bad_input.sh at test time, and missing.txt must not exist.
set -eu
cd "$(dirname "$0")"

# --- Plain text for vil extract -------------------------------------------------------
printf 'God tekst.\n' >good.txt
: >empty.txt
# Truncated: E2 82 is the start of a three-byte sequence (E2 82 AC is the euro sign),
# cut short by a space. "Første linje.\n" is 15 bytes (ø is two), "abc " 4 more: byte 19.
printf 'Første linje.\nabc \xe2\x82 def.\n' >utf8-truncated.txt
# Truncated at the very end of the file, without a newline.
printf 'Slutt på fila \xe2\x82' >utf8-truncated-eof.txt
# Overlong: C0 AF is "/" in two bytes. "Skråstrek: " is 12 bytes.
printf 'Skråstrek: \xc0\xaf.\n' >utf8-overlong.txt
# Overlong in three bytes (E0 80 AF), after a UTF-8 byte order mark (3 bytes, counted).
printf '\xef\xbb\xbfSkr\xe0\x80\xaff.\n' >utf8-overlong3.txt
# A lone continuation byte on line 3: "Et avsnitt.\n\n" is 13 bytes, "Løs " 5 more.
printf 'Et avsnitt.\n\nLøs \x80 byte.\n' >utf8-continuation.txt
# A UTF-16 surrogate encoded as UTF-8 (ED A0 80 = U+D800), after CRLF line ends.
printf 'Linje en.\r\nSurrogat: \xed\xa0\x80.\r\n' >utf8-surrogate.txt
# A code point above U+10FFFF (F4 90 80 80).
printf 'For stort: \xf4\x90\x80\x80.\n' >utf8-above-max.txt
# Latin-1 (ISO 8859-1) text: å is E5, æ E6, ø F8. "Bl" is 2 bytes.
printf 'Bl\xe5b\xe6rsyltet\xf8y p\xe5 br\xf8dskiva.\n' >latin1.txt
# NUL bytes on line 3: "Tekst.\n\nMer" is 11 bytes.
printf 'Tekst.\n\nMer\x00\x00tekst.\n' >nul.txt
# UTF-16 with a byte order mark, little and big endian: "Hei på deg.\n".
printf '\xff\xfeH\x00e\x00i\x00 \x00p\x00\xe5\x00 \x00d\x00e\x00g\x00.\x00\n\x00' >utf16le-bom.txt
printf '\xfe\xff\x00H\x00e\x00i\x00 \x00p\x00\xe5\x00 \x00d\x00e\x00g\x00.\x00\n' >utf16be-bom.txt

# --- JSON Lines for vil grep, tag and stats -------------------------------------------
# Each file: a good record, the bad line, a good record (unless said otherwise).
a='{"doc":"ok","kind":"bullet","text":"Vi vil bygge flere boliger."}'
b='{"doc":"ok","kind":"bullet","text":"Vi vil ha gratis kollektivtransport."}'
bad() { printf '%s\n%s\n%s\n' "$a" "$2" "$b" >"$1"; }
bad not-json.jsonl 'Dette er ikke JSON'
bad not-object-array.jsonl '["Vi vil bygge flere boliger."]'
bad not-object-string.jsonl '"Vi vil bygge flere boliger."'
bad no-text.jsonl '{"doc":"ok","kind":"bullet"}'
bad text-not-string.jsonl '{"doc":"ok","kind":"bullet","text":42}'
bad dup-key.jsonl '{"doc":"ok","kind":"bullet","text":"en","text":"to"}'
bad dup-key-escaped.jsonl '{"doc":"ok","kind":"bullet","text":"en","te\u0078t":"to"}'
bad dup-key-nested.jsonl '{"doc":"ok","kind":"bullet","text":"en","meta":{"author":"PS","type":"program","author":"SV"}}'
bad dup-key-in-array.jsonl '{"doc":"ok","kind":"bullet","text":"en","why":[{"tag":"a"},{"tag":"b","rule":"r:1","rule":"r:2"}]}'
bad number-1e400.jsonl '{"doc":"ok","kind":"bullet","text":"en","n":1e400}'
bad number-30-digits.jsonl '{"doc":"ok","kind":"bullet","text":"en","n":123456789012345678901234567890}'
bad escape-x.jsonl '{"doc":"ok","kind":"bullet","text":"en \x41"}'
bad lone-surrogate.jsonl '{"doc":"ok","kind":"bullet","text":"en \ud800"}'
bad lone-low-surrogate.jsonl '{"doc":"ok","kind":"bullet","text":"en \udc00 to"}'
bad invalid-utf8.jsonl "$(printf '{"doc":"ok","kind":"bullet","text":"Bl\xe5b\xe6r"}')"
bad utf8-surrogate-in-string.jsonl "$(printf '{"doc":"ok","kind":"bullet","text":"en \xed\xa0\x80"}')"
# NUL bytes (bash cannot hold them in a variable): inside a string, and after the object.
printf '%s\n{"doc":"ok","kind":"bullet","text":"en\x00to"}\n%s\n' "$a" "$b" >nul-in-string.jsonl
printf '%s\n{"doc":"ok","kind":"bullet","text":"en"}\x00\n%s\n' "$a" "$b" >nul-after-object.jsonl
# The last line cut short, with no newline.
printf '%s\n%s\n{"doc":"ok","kind":"bullet","text":"Vi vil' "$a" "$b" >truncated-last-line.jsonl
# Blank lines count as lines: the bad line is line 5.
printf '%s\n\n   \n\t\n{"doc":"ok",\n%s\n' "$a" "$b" >blank-then-bad.jsonl
# CRLF line ends, blank CRLF lines and a last line without a newline: all accepted.
printf '%s\r\n\r\n%s\r\n%s' "$a" "$b" "$a" >crlf.jsonl
# A UTF-8 byte order mark before the first line: ignored.
printf '\xef\xbb\xbf%s\n%s\n' "$a" "$b" >bom.jsonl
# A byte order mark before a later line: that line is not JSON.
printf '%s\n\xef\xbb\xbf%s\n' "$a" "$b" >bom-line-2.jsonl
# UTF-16 JSON Lines.
printf '\xff\xfe{\x00}\x00\n\x00' >utf16.jsonl
: >empty.jsonl
# A mix for --skip-invalid: good, not JSON, good, blank, array, no text, duplicate key,
# good, invalid UTF-8, good with CRLF.
{
  printf '%s\n' "$a" 'ikke json' "$b" '' '[1,2]' '{"doc":"ok","kind":"bullet"}'
  printf '%s\n' '{"doc":"ok","kind":"bullet","text":"en","text":"to"}' "$a"
  printf '{"doc":"ok","kind":"bullet","text":"\xff"}\n%s\r\n' "$b"
} >skip-mix.jsonl

# --- JSONTestSuite-style single lines (jsonl/): n_ must be rejected, y_ accepted ------
cd jsonl
n() { printf '%s\n' "$2" >"n_$1.jsonl"; }
y() { printf '%s\n' "$2" >"y_$1.jsonl"; }
n object_trailing_comma '{"text":"a",}'
n object_single_quote "{'text':'a'}"
n object_unquoted_key '{text:"a"}'
n object_missing_colon '{"text" "a"}'
n object_missing_value '{"text":}'
n object_key_not_string '{1:"a"}'
n object_comment '{"text":"a"/* */}'
n object_unclosed '{"text":"a"'
n structure_trailing_garbage '{"text":"a"}x'
n structure_two_objects '{"text":"a"}{"text":"b"}'
n structure_lone_open_brace '{'
n array_trailing_comma '{"text":"a","l":[1,]}'
n number_leading_zero '{"text":"a","n":01}'
n number_plus '{"text":"a","n":+1}'
n number_hex '{"text":"a","n":0x1}'
n number_nan '{"text":"a","n":NaN}'
n number_infinity '{"text":"a","n":Infinity}'
n number_dot_end '{"text":"a","n":1.}'
n number_incomplete_exp '{"text":"a","n":1e}'
n incomplete_true '{"text":"a","b":tru}'
n string_escape_x '{"text":"\x41"}'
n string_incomplete_u '{"text":"\u00e"}'
n string_unescaped_tab "$(printf '{"text":"a\tb"}')"
n string_unescaped_ctrl "$(printf '{"text":"a\x01b"}')"
n string_single_quote "{\"text\":'a'}"
y object_empty '{}'
y object_empty_key '{"":0}'
y object_keys_differ_in_case '{"a":1,"A":2}'
y object_same_key_in_siblings '{"a":{"k":1},"b":{"k":2},"c":[{"k":3},{"k":4}]}'
y string_unicode_escapes '{"text":"bl\u00e5b\u00e6r \u00c6\u00d8\u00c5"}'
y string_surrogate_pair '{"text":"\ud83d\ude00"}'
y string_escapes '{"text":"\"\\\/\b\f\n\r\t"}'
y string_escaped_nul '{"text":"a\u0000b"}'
y string_raw_utf8 '{"text":"Blåbær og 😀"}'
y number_int64_limits '{"n":9223372036854775807,"m":-9223372036854775808,"u":18446744073709551615}'
y number_exponents '{"a":-1.5E-10,"b":0e+1,"c":1E2,"d":-0,"e":1.7976931348623157e308}'
y literals '{"t":true,"f":false,"z":null}'
y nested '{"a":{"b":{"c":[[],{},[{"d":[1,[2,[3]]]}]]}}}'
printf '%s\n' "$(printf ' \t{ "text" : "a" ,\t"l" : [ 1 , 2 ] } \t')" >y_whitespace.jsonl

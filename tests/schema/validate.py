#!/usr/bin/python3
"""Validates JSON Lines records against a JSON Schema (draft 2020-12).

Usage: /usr/bin/python3 validate.py SCHEMA [FILE.jsonl ...]

Reads standard input when no FILE is given ("-" also names standard input). Every
line must hold one JSON value that is valid against SCHEMA (checked with
jsonschema.Draft202012Validator, after check_schema on SCHEMA itself), and no JSON
object may repeat a key. For each bad line prints "FILE:LINE: MESSAGE" to stderr,
where MESSAGE is the validator's best_match message and the JSON path of the
offending value. Finally prints "validated N records" to stdout, N being the number
of lines that parsed as JSON.

Exit status:
  0  every line is a valid record
  1  some record is invalid (against the schema, or a duplicate key)
  2  some line is not JSON at all: the input is not JSON Lines (wins over 1)
  3  usage error, unreadable file, bad schema, or jsonschema not importable
"""

import json
import sys

try:
    import jsonschema
    from jsonschema.exceptions import best_match
except ImportError as e:  # pragma: no cover - depends on the interpreter
    sys.stderr.write(
        "validate.py: cannot import jsonschema (%s); run it with /usr/bin/python3 "
        "and install python3-jsonschema\n" % e
    )
    sys.exit(3)

EXIT_OK, EXIT_INVALID, EXIT_NOT_JSONL, EXIT_USAGE = 0, 1, 2, 3
MAX_MESSAGE = 300  # characters of a validator message; they can quote whole records


class DuplicateKeys:
    """An object_pairs_hook that builds dicts and remembers the keys seen twice."""

    def __init__(self):
        self.keys = []

    def __call__(self, pairs):
        obj = {}
        for key, value in pairs:
            if key in obj:
                self.keys.append(key)
            obj[key] = value
        return obj


def reject_constant(name):
    # json accepts NaN, Infinity and -Infinity, which are not JSON.
    raise ValueError("%s is not a JSON value" % name)


def parse(text):
    """Parses one JSON text; returns (value, duplicate keys). Raises ValueError."""
    dups = DuplicateKeys()
    value = json.loads(text, object_pairs_hook=dups, parse_constant=reject_constant)
    return value, dups.keys


def json_path(error):
    path = getattr(error, "json_path", None)
    if path is not None:
        return path
    out = "$"
    for part in error.absolute_path:
        out += "[%d]" % part if isinstance(part, int) else ".%s" % part
    return out


def shorten(message):
    message = " ".join(message.split())
    if len(message) > MAX_MESSAGE:
        message = message[: MAX_MESSAGE - 3] + "..."
    return message


def load_schema(path):
    try:
        with open(path, "rb") as f:
            schema, dups = parse(f.read().decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as e:
        sys.stderr.write("validate.py: %s: cannot read schema: %s\n" % (path, e))
        sys.exit(EXIT_USAGE)
    if dups:
        sys.stderr.write("validate.py: %s: duplicate key %s in schema\n" % (path, json.dumps(dups[0])))
        sys.exit(EXIT_USAGE)
    try:
        jsonschema.Draft202012Validator.check_schema(schema)
    except jsonschema.exceptions.SchemaError as e:
        sys.stderr.write(
            "validate.py: %s: not a valid draft 2020-12 schema: %s (at %s)\n"
            % (path, shorten(e.message), json_path(e))
        )
        sys.exit(EXIT_USAGE)
    return jsonschema.Draft202012Validator(schema)


def validate_stream(validator, name, stream, tally):
    def report(lineno, message):
        sys.stderr.write("%s:%d: %s\n" % (name, lineno, message))

    for lineno, raw in enumerate(stream, 1):
        if raw.endswith(b"\n"):
            raw = raw[:-1]
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            report(lineno, "not UTF-8: %s" % e.reason)
            tally["not_json"] += 1
            continue
        if not text.strip():
            report(lineno, "empty line, not a JSON value")
            tally["not_json"] += 1
            continue
        try:
            record, dups = parse(text)
        except ValueError as e:
            report(lineno, "not JSON: %s" % e)
            tally["not_json"] += 1
            continue
        tally["records"] += 1
        bad = False
        for key in dups:
            report(lineno, "duplicate key %s" % json.dumps(key, ensure_ascii=False))
            bad = True
        error = best_match(validator.iter_errors(record))
        if error is not None:
            report(lineno, "%s (at %s)" % (shorten(error.message), json_path(error)))
            bad = True
        if bad:
            tally["invalid"] += 1


def main(argv):
    if len(argv) < 2 or argv[1] in ("-h", "--help"):
        sys.stderr.write("usage: /usr/bin/python3 validate.py SCHEMA [FILE.jsonl ...]\n")
        return EXIT_USAGE
    validator = load_schema(argv[1])
    files = argv[2:] or ["-"]
    tally = {"records": 0, "invalid": 0, "not_json": 0}
    for name in files:
        if name == "-":
            validate_stream(validator, "<stdin>", sys.stdin.buffer, tally)
            continue
        try:
            with open(name, "rb") as f:
                validate_stream(validator, name, f, tally)
        except OSError as e:
            sys.stderr.write("validate.py: %s: %s\n" % (name, e.strerror or e))
            return EXIT_USAGE
    sys.stdout.write("validated %d records\n" % tally["records"])
    if tally["not_json"]:
        sys.stderr.write("%d line(s) not JSON: not JSON Lines\n" % tally["not_json"])
        return EXIT_NOT_JSONL
    if tally["invalid"]:
        sys.stderr.write("%d invalid record(s)\n" % tally["invalid"])
        return EXIT_INVALID
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main(sys.argv))

#!/usr/bin/env python3
"""Validates dataset files against data/schema.json (the published JSON Schema of the format).

The dashboard's own validator (src/model/validate/) checks everything this does, plus what a
schema cannot say (references resolve, ids are unique, dates exist in the calendar);
tests/schema_agreement.rs runs both on the same files and fails where they disagree.

Before the schema, the file is read as strict JSON, as the dashboard reads it: UTF-8, no duplicate
keys in an object, no NaN or Infinity, no number beyond a double's range, no lone surrogate
(Python's json module would let each of these through).

Usage:
  python3 tools/check_schema.py FILE...             errors of each file; exit 1 if any is invalid
  python3 tools/check_schema.py --verdicts FILE...  one line per file: "valid<TAB>FILE" or
                                                    "invalid<TAB>FILE<TAB>first error"; exit 0
"""
import json
import math
import sys
from pathlib import Path

from jsonschema import Draft202012Validator

SCHEMA = json.loads((Path(__file__).resolve().parent.parent / "data" / "schema.json").read_text())


class NotStrictJson(ValueError):
    """The text is JSON to Python, but not to the dashboard (nor to RFC 8259's advice)."""


def _no_duplicate_keys(pairs):
    seen = {}
    for key, value in pairs:
        if key in seen:
            raise NotStrictJson(f"the key {key!r} appears twice in one object")
        seen[key] = value
    return seen


def _no_constant(name):
    raise NotStrictJson(f"{name} is not a JSON number")


def _finite_float(text):
    value = float(text)
    if not math.isfinite(value):
        raise NotStrictJson(f"{text} is beyond the range of a double")
    return value


def _finite_int(text):
    value = int(text)
    try:
        float(value)
    except OverflowError as e:
        raise NotStrictJson(f"{text[:40]}... is beyond the range of a double") from e
    return value


def _check_strings(value):
    """Lone surrogates (\\ud800 alone) are not Unicode text: the dashboard refuses them."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError as e:
                raise NotStrictJson("a string holds a lone surrogate") from e
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def load_strict(path):
    """The JSON value in `path`, read as strictly as the dashboard reads it."""
    text = Path(path).read_bytes().decode("utf-8")
    value = json.loads(
        text,
        object_pairs_hook=_no_duplicate_keys,
        parse_constant=_no_constant,
        parse_float=_finite_float,
        parse_int=_finite_int,
    )
    _check_strings(value)
    return value


def problems(validator, path):
    """Every problem of the file at `path` as `(where, message)`; empty when it is valid."""
    try:
        value = load_strict(path)
    except (ValueError, UnicodeDecodeError, RecursionError, OSError) as e:
        return [("$", f"not strict JSON: {e}")]
    errors = sorted(validator.iter_errors(value), key=lambda e: [str(p) for p in e.path])
    return [
        ("$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in e.path), e.message)
        for e in errors
    ]


def main(args):
    Draft202012Validator.check_schema(SCHEMA)
    validator = Draft202012Validator(SCHEMA)
    verdicts = args[:1] == ["--verdicts"]
    paths = args[1:] if verdicts else args
    failed = False
    for path in paths:
        found = problems(validator, path)
        if verdicts:
            if found:
                where, message = found[0]
                one_line = f"{where}: {message}".replace("\n", " ").replace("\t", " ")[:300]
                print(f"invalid\t{path}\t{one_line}")
            else:
                print(f"valid\t{path}")
            continue
        for where, message in found[:20]:
            print(f"{path}: {where}: {message}")
        if found:
            failed = True
        else:
            print(f"{path}: valid against data/schema.json")
    return 0 if verdicts else (1 if failed else 0)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

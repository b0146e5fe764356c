#!/usr/bin/env python3
"""Validates dataset files against data/schema.json (the published JSON Schema of the format).

The dashboard's own validator (src/model/validate.rs) is stricter; this check keeps the schema,
which other researchers write their files against, in step with the bundled data and fixtures.
Usage: python3 tools/check_schema.py FILE...  (exit 1 on the first invalid file)
"""
import json
import sys
from pathlib import Path

from jsonschema import Draft202012Validator

SCHEMA = json.loads((Path(__file__).resolve().parent.parent / "data" / "schema.json").read_text())


def main(paths):
    Draft202012Validator.check_schema(SCHEMA)
    validator = Draft202012Validator(SCHEMA)
    failed = False
    for path in paths:
        errors = sorted(validator.iter_errors(json.loads(Path(path).read_text())), key=lambda e: list(e.path))
        for e in errors[:20]:
            where = "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in e.path)
            print(f"{path}: {where}: {e.message}")
        if errors:
            failed = True
        else:
            print(f"{path}: valid against data/schema.json")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Validates lesson files against the stipple-lesson/1 JSON Schema (draft 2020-12) with python3-jsonschema.

Usage: schema_check.py SCHEMA FILE...   Prints one line per file: "FILE: valid" or "FILE: invalid: POINTER: why".
Exit 0 when every file could be checked (valid or not), 3 when jsonschema is missing or the schema is broken.
"""
import json
import sys

try:
    import jsonschema
except ImportError:
    print("python3-jsonschema is not installed (scripts/deps.sh --test installs it)", file=sys.stderr)
    sys.exit(3)


def pointer(path):
    return "/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in path)


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    try:
        jsonschema.Draft202012Validator.check_schema(schema)
    except jsonschema.exceptions.SchemaError as e:
        print(f"{sys.argv[1]}: not a valid draft 2020-12 schema: {e.message}", file=sys.stderr)
        sys.exit(3)
    validator = jsonschema.Draft202012Validator(schema)
    for name in sys.argv[2:]:
        with open(name, encoding="utf-8") as f:
            doc = json.load(f)
        errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
        if errors:
            print(f"{name}: invalid: {pointer(errors[0].absolute_path)}: {errors[0].message}")
        else:
            print(f"{name}: valid")


if __name__ == "__main__":
    main()

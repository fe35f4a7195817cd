"""``kiosk catalog validate FILE`` and ``kiosk catalog schema``."""

from __future__ import annotations

import argparse
import json
import sys

from kiosk.catalog import CatalogError, json_schema, load_catalog


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``catalog`` command."""
    parser = subparsers.add_parser("catalog", help="check or describe a hall catalog")
    sub = parser.add_subparsers(dest="catalog_command", required=True, metavar="ACTION")
    validate = sub.add_parser("validate", help="report every problem of a catalog file")
    validate.add_argument("file")
    validate.set_defaults(func=_validate)
    schema = sub.add_parser("schema", help="print the catalog's JSON Schema")
    schema.set_defaults(func=_schema)


def _validate(args: argparse.Namespace) -> int:
    try:
        loaded = load_catalog(args.file)
    except CatalogError as exc:
        print(f"{exc.source}: {len(exc.problems)} problem(s)", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    catalog = loaded.catalog
    print(
        f"{args.file}: OK — {catalog.hall.name}: {len(catalog.services)} services, "
        f"{len(catalog.departments)} departments, {len(catalog.windows)} windows, "
        f"{len(catalog.places)} places, {len(catalog.hall.floors)} floors"
    )
    for note in loaded.notes:
        print(f"  note: {note}")
    return 0


def _schema(args: argparse.Namespace) -> int:
    print(json.dumps(json_schema(), ensure_ascii=False, indent=2))
    return 0

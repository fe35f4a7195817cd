"""Give a (test) catalog comb-shaped walkways so it validates: per floor one corridor at a given height
and a straight spur from every window, place and the kiosk to it; optional lift stops.

    python scripts/comb_walkways.py CATALOG.json '{"corridor": {"1F": 0.5, "2F": 0.5},
        "connectors": [["1F", "lift-1", 0.95, 0.5, "lift", "lift", "电梯"],
                       ["2F", "lift-2", 0.95, 0.5, "lift", "lift", "电梯"]],
        "kinds": [["elevator-1", "lift", "lift"]]}'

For real halls, draw the walkways along the corridors (see assets/halls/demo/walkways_demo.py): spurs of a
comb may cross rooms.
"""

from __future__ import annotations

import json
import sys
from typing import Any


def comb(data: dict[str, Any], corridor_y: dict[str, float], connectors: list[list[Any]]) -> dict[str, Any]:
    """``data`` with ``walkways`` on every floor (existing ones replaced)."""
    for floor in data["hall"]["floors"]:
        fid = floor["id"]
        refs = [(w["id"], w["x"]) for w in data["windows"] if w["floor"] == fid]
        refs += [(p["id"], p["x"]) for p in data.get("places", []) if p["floor"] == fid]
        if data["hall"]["kiosk"]["floor"] == fid:
            refs.append(("kiosk", data["hall"]["kiosk"]["x"]))
        nodes: list[dict[str, Any]] = []
        for fl, nid, x, y, kind, link, name in connectors:
            if fl == fid:
                nodes.append({"id": nid, "x": x, "y": y, "kind": kind, "link": link, "name": name})
                refs.append((nid, x))
        paths, spine = [], []
        for ref, x in refs:
            nodes.append({"id": f"c-{ref}", "x": x, "y": corridor_y[fid]})
            paths.append([ref, f"c-{ref}"])
            spine.append((x, f"c-{ref}"))
        paths.append([j for _, j in sorted(spine)])
        floor["walkways"] = {"width_m": 60.0, "height_m": 40.0, "nodes": nodes, "paths": paths}
    return data


def main() -> None:
    """Rewrite the catalog file in place."""
    path, spec = sys.argv[1], json.loads(sys.argv[2])
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    for pid, kind, link in spec.get("kinds", []):
        for place in data.get("places", []):
            if place["id"] == pid:
                place["kind"], place["link"] = kind, link
    comb(data, spec["corridor"], spec.get("connectors", []))
    with open(path, "w", encoding="utf-8") as f:
        f.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


if __name__ == "__main__":
    main()

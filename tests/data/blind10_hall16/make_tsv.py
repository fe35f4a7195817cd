#!/usr/bin/env python3
"""Convert rows.txt (question ## expected ## category [## both]) into questions.tsv."""
import os
here = os.path.dirname(os.path.abspath(__file__))
out = ["question\texpected\tcategory\tboth"]
for line in open(os.path.join(here, "rows.txt"), encoding="utf-8"):
    line = line.rstrip("\n")
    if not line.strip() or line.startswith("#"):
        continue
    parts = [p.strip() for p in line.split(" ## ")]
    if len(parts) == 3:
        parts.append("")
    assert len(parts) == 4, line
    assert not any("\t" in p for p in parts), line
    out.append("\t".join(parts))
open(os.path.join(here, "questions.tsv"), "w", encoding="utf-8").write("\n".join(out) + "\n")
print(len(out) - 1, "rows")

#!/usr/bin/env python3
"""Turn the hand-written questions_draft.txt (fields separated by '||') into questions.tsv."""
import os
HERE = os.path.dirname(os.path.abspath(__file__))
rows = []
for line in open(os.path.join(HERE, "questions_draft.txt"), encoding="utf-8"):
    line = line.rstrip("\n")
    if not line.strip():
        continue
    parts = line.split("||")
    while len(parts) < 4:
        parts.append("")
    rows.append([p.strip() for p in parts])
with open(os.path.join(HERE, "questions.tsv"), "w", encoding="utf-8", newline="\n") as f:
    f.write("question\texpected\tcategory\tboth\n")
    for r in rows:
        f.write("\t".join(r) + "\n")
print(len(rows), "rows")

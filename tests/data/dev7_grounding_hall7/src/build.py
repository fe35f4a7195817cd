#!/usr/bin/env python3
"""Build sentences.tsv from src/faithful.txt and src/invented.txt and run consistency checks (stdlib only)."""
import json, re, sys, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "sentences.tsv")
CATALOG = "/work/main/tests/data/blind4_hall7/catalog.json"
KINDS = {"material", "condition", "process", "time", "fee", "window", "floor", "phone", "web", "hours"}
FAITHFUL_KINDS = KINDS | {"mixed", "summary", "address", "online"}

# names of web sites / apps / online channels a model might mention
WEB_TERMS = ["i深圳", "i Shenzhen", "广东政务服务网", "Guangdong government service portal", "粤省事", "粤税通",
             "电子税务局", "个人所得税App", "个税App", "国家医保服务平台", "国家社会保险公共服务平台", "深圳人社",
             "商事主体登记", "粤商通", "深i企", "掌上12333", "支付宝", "微信公众号", "公众号", "小程序", "官网",
             "www.", ".gov.cn", "http", "网上办事大厅", "深圳政府在线", "深圳医保", "深圳公积金", "深圳就业", "深圳社保", "深圳长者通", "粤医保", "学信网", "健康深圳",
             "WeChat", "website", "App", "app"]
WIN_RE = re.compile(r"(?<![0-9A-Za-z])([123][A-H]\d{2})(?![0-9])")
PHONE_RE = re.compile(r"(?<!\d)(0755[- ]?\d{4}[- ]?\d{4}|1\d{4}(?!\d)|\d{4}[- ]\d{4}|1[3-9]\d{9}|400[- ]?\d{3}[- ]?\d{4})")


def norm_phone(p):
    return re.sub(r"[- ]", "", p)


def main():
    cat = json.load(open(CATALOG, encoding="utf-8"))
    services = {s["id"]: s for s in cat["services"]}
    hall = cat["hall"]
    hall_text = json.dumps({k: hall[k] for k in ("name", "name_en", "address", "address_en", "hours", "hours_en", "phone")}, ensure_ascii=False)
    hall_phone = norm_phone(hall["phone"])
    rows, errors = [], []
    for fname, label in (("faithful.txt", "faithful"), ("invented.txt", "invented")):
        path = os.path.join(HERE, fname)
        for ln, line in enumerate(open(path, encoding="utf-8"), 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            where = f"{fname}:{ln}"
            if len(parts) != 3:
                errors.append(f"{where}: expected 3 tab-separated fields, got {len(parts)}")
                continue
            ids, sent, kind = (p.strip() for p in parts)
            idl = ids.split("|")
            if not 1 <= len(idl) <= 3:
                errors.append(f"{where}: 1-3 ids required")
            for i in idl:
                if i not in services:
                    errors.append(f"{where}: unknown service id {i}")
            if any(c in sent for c in "\t\"") or any(c in kind for c in "\t\""):
                errors.append(f"{where}: tab or double quote in field")
            valid = FAITHFUL_KINDS if label == "faithful" else KINDS
            if kind not in valid:
                errors.append(f"{where}: invalid kind {kind!r} for {label}")
            cited = [services[i] for i in idl if i in services]
            cited_text = json.dumps(cited, ensure_ascii=False)
            cited_windows = {w for s in cited for w in s["windows"]}
            wins = set(WIN_RE.findall(sent))
            phones = {norm_phone(p) for p in PHONE_RE.findall(sent)}
            webs = {t for t in WEB_TERMS if t in sent}
            # drop shorter web terms contained in a longer matched one (e.g. App inside 个税App)
            webs = {t for t in webs if not any(t != u and t in u for u in webs)}
            ctx = cited_text + hall_text
            if label == "faithful":
                for w in wins - cited_windows:
                    errors.append(f"{where}: faithful row names window {w} not in cited entries")
                for p in phones - {hall_phone}:
                    errors.append(f"{where}: faithful row has phone {p} not in hall block")
                for t in webs:
                    if t not in ctx:
                        errors.append(f"{where}: faithful row names web/app {t!r} not in cited entries")
            else:
                if kind == "window" and not (wins - cited_windows):
                    errors.append(f"{where}: invented window row has no window outside the cited entries")
                if kind == "phone" and not (phones - {hall_phone}):
                    errors.append(f"{where}: invented phone row has no phone outside the hall block")
                if kind == "web" and not any(t not in ctx for t in webs):
                    errors.append(f"{where}: invented web row names no web/app outside the cited entries")
                if kind != "window" and wins - cited_windows:
                    errors.append(f"{where}: invented {kind} row also names a foreign window {wins - cited_windows}")
            rows.append((ids, sent, label, kind))
    seen = Counter(r[1] for r in rows)
    for s, n in seen.items():
        if n > 1:
            errors.append(f"duplicate sentence: {s}")
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write("service_ids\tsentence\tlabel\tkind\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    lab = Counter(r[2] for r in rows)
    print("rows", len(rows), dict(lab))
    for label in ("faithful", "invented"):
        print(label, dict(Counter(r[3] for r in rows if r[2] == label)))
    print("services covered", len({i for r in rows for i in r[0].split("|")}))
    print("multi-id rows", sum(1 for r in rows if "|" in r[0]), "english rows",
          sum(1 for r in rows if not re.search(r"[\u4e00-\u9fff]", r[1])))
    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} ERRORS")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

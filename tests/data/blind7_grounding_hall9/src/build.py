#!/usr/bin/env python3
"""Build sentences.tsv from src/invented.txt and src/faithful.txt and run consistency checks (stdlib only)."""
import json, re, sys, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CATALOG = "/work/main/tests/data/blind4_hall9/catalog.json"
KINDS = {"material", "condition", "process", "time", "fee", "window", "floor", "phone", "web", "hours"}
FLOOR_WORDS = {"lv1": ["一楼", "1楼", "Floor 1", "first floor", "ground floor"],
               "lv2": ["二楼", "2楼", "Floor 2", "second floor"],
               "lv3": ["三楼", "3楼", "Floor 3", "third floor"]}
BAD_FLOORS = ["四楼", "4楼", "五楼", "负一楼", "地下", "Floor 4", "fourth floor", "夹层"]
# names of apps / web sites / mini programs / hotlines-as-channels that a model might mention
WEB_TERMS = ["i深圳", "i-Shenzhen", "广东政务服务网", "深圳人才引进业务服务平台", "深圳出租屋", "国家社会保险公共服务平台",
             "掌上12333", "国家医保服务平台", "深圳公积金App", "商事登记系统", "开办企业一窗通", "广东省电子税务局",
             "电子税务局", "个人所得税App", "深圳市住房和建设局网站", "粤省事", "粤商通", "支付宝", "微信公众号", "公众号",
             "小程序", "www.", ".gov.cn", "粤医保", "交管12123", "移民局", "国家政务服务平台",
             "深圳政府在线", "云闪付", "Alipay", "WeChat", "website", "portal", "mini-program", "app"]
PHONE_RE = re.compile(r"(?<!\d)(?:0\d{2,3}[- ]?\d{4}[- ]?\d{4}|1\d{4}(?!\d)|\d{4}[- ]\d{4}|400[- ]?\d{3}[- ]?\d{4}|1[3-9]\d{9})(?!\d)")
WIN_RE = re.compile(r"ck\d-\d{2}", re.I)
NUMWIN_RE = re.compile(r"(?:\d+|[一二三四五六七八九十]+)号(?:窗口|台|柜台)|[Ww]indow \d+|[A-Z]区窗口")


def values(obj):
    """all string values (not keys) of a JSON structure"""
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from values(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from values(v)


def term_in(term, text):
    if re.fullmatch(r"[A-Za-z -]+", term):
        return re.search(r"(?<![A-Za-z])" + re.escape(term) + r"(?![A-Za-z])", text, re.I) is not None
    return term.lower() in text.lower()


def norm_phone(p):
    return re.sub(r"[- ]", "", p)


def main():
    cat = json.load(open(CATALOG, encoding="utf-8"))
    hall = cat["hall"]
    services = {s["id"]: s for s in cat["services"]}
    winfloor = {w["id"]: w["floor"] for w in cat["windows"]}
    hall_text = " ".join(str(hall[k]) for k in ("name", "name_en", "address", "address_en", "hours", "hours_en", "phone"))
    errors, rows = [], []
    for label, fname in (("invented", "invented.txt"), ("faithful", "faithful.txt")):
        for ln, line in enumerate(open(os.path.join(HERE, fname), encoding="utf-8"), 1):
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
            if not 1 <= len(idl) <= 3 or len(set(idl)) != len(idl):
                errors.append(f"{where}: bad id list {ids}")
            for i in idl:
                if i not in services:
                    errors.append(f"{where}: unknown service id {i}")
            if re.search(r"[\t\"'“”‘’]", sent):
                errors.append(f"{where}: tab or quote in sentence")
            ok_kinds = KINDS | ({"mixed"} if label == "faithful" else set())
            if kind not in ok_kinds:
                errors.append(f"{where}: bad kind {kind}")
            cited = [services[i] for i in idl if i in services]
            ctext = " ".join(values(cited))
            cwins = {w for s in cited for w in s["windows"]}
            cfloors = {winfloor[w] for w in cwins}
            allowed_text = (ctext + " " + hall_text).lower()
            # windows
            wins = {w.lower() for w in WIN_RE.findall(sent)}
            numwin = NUMWIN_RE.findall(sent)
            foreign_wins = {w for w in wins if w not in cwins}
            # phones
            phones = {norm_phone(p) for p in PHONE_RE.findall(sent)}
            allowed_phones = {norm_phone(p) for p in PHONE_RE.findall(ctext + " " + hall_text)}
            foreign_phones = {p for p in phones if p not in allowed_phones}
            # web
            webs = {t for t in WEB_TERMS if term_in(t, sent)}
            foreign_webs = {t for t in webs if not term_in(t, allowed_text)}
            # floors
            floors = {f for f, ws in FLOOR_WORDS.items() if any(w.lower() in sent.lower() for w in ws)}
            bad_floor = any(b.lower() in sent.lower() for b in BAD_FLOORS)
            foreign_floors = floors - cfloors
            if label == "faithful":
                if foreign_wins or numwin:
                    errors.append(f"{where}: faithful row names a window not in cited entries: {foreign_wins or numwin}")
                if foreign_phones:
                    errors.append(f"{where}: faithful row has phone not in entries/hall: {foreign_phones}")
                if foreign_webs:
                    errors.append(f"{where}: faithful row names web/app not in entries: {foreign_webs}")
                if foreign_floors or bad_floor:
                    errors.append(f"{where}: faithful row names a floor not of cited windows: {foreign_floors}")
            else:
                if kind == "window" and not (foreign_wins or numwin):
                    errors.append(f"{where}: invented window row has no foreign window")
                if kind == "phone" and not foreign_phones:
                    errors.append(f"{where}: invented phone row has no foreign phone")
                if kind == "web" and not foreign_webs:
                    errors.append(f"{where}: invented web row has no foreign web/app name")
                if kind == "floor" and not (foreign_floors or bad_floor):
                    errors.append(f"{where}: invented floor row has no foreign floor")
                # an invented row should carry exactly one unsupported fact: other checkable things must be fine
                if kind != "window" and (foreign_wins or numwin):
                    errors.append(f"{where}: invented {kind} row also has a foreign window")
                if kind != "phone" and foreign_phones:
                    errors.append(f"{where}: invented {kind} row also has a foreign phone")
                if kind != "web" and foreign_webs:
                    errors.append(f"{where}: invented {kind} row also has a foreign web name {foreign_webs}")
                if kind != "floor" and (foreign_floors or bad_floor):
                    errors.append(f"{where}: invented {kind} row also has a foreign floor")
            rows.append((ids, sent, label, kind))
    sents = Counter(r[1] for r in rows)
    for s, n in sents.items():
        if n > 1:
            errors.append(f"duplicate sentence: {s}")
    with open(os.path.join(ROOT, "sentences.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("service_ids\tsentence\tlabel\tkind\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    lab = Counter(r[2] for r in rows)
    kinds = Counter((r[2], r[3]) for r in rows)
    multi = sum(1 for r in rows if "|" in r[0])
    eng = sum(1 for r in rows if not re.search(r"[\u4e00-\u9fff]", r[1]))
    svc = len({i for r in rows for i in r[0].split("|")})
    print("rows", len(rows), dict(lab), "multi-id", multi, f"({multi/len(rows):.0%})", "english", eng, "services", svc)
    for k in sorted(kinds):
        print(" ", k, kinds[k])
    if errors:
        print("\n".join(errors))
        print(len(errors), "errors")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

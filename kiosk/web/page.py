"""The status page's HTML (mobile first, Chinese or English), rendered on the server and kept live
by a few lines of script (EventSource on ``events``). Every value is HTML-escaped."""

from __future__ import annotations

import json
from html import escape
from typing import Any

from kiosk.messages import LANGUAGE_NAMES, both, other_language, pair, translator


def words(language: str) -> dict[str, str]:
    """The page's words in ``language`` (the JavaScript gets them too); context "status page" in the catalogs."""
    _ = translator(language)
    return {
        "title": _.ctx("status page", "Queue status"),
        "number": _.ctx("status page", "Your number"),
        "service": _.ctx("status page", "Service"),
        "window": _.ctx("status page", "Window(s)"),
        "floor": _.ctx("status page", "Floor"),
        "ahead": _.ctx("status page", "People ahead"),
        "wait": _.ctx("status page", "Estimated wait"),
        "minutes": _.ctx("status page", "min"),
        "state": _.ctx("status page", "Status"),
        "materials": _.ctx("status page", "Bring these documents"),
        "required": _.ctx("status page", "required"),
        "optional": _.ctx("status page", "if you have it"),
        "original": _.ctx("status page", "original"),
        "copies": _.ctx("status page", "{n} copies"),
        "live": _.ctx("status page", "This page updates by itself"),
        "other": LANGUAGE_NAMES[other_language(language)],
        "called": _.ctx("status page", "Please go to window {w}"),
        "priority": _.ctx("status page", "Priority lane"),
        "away": _.ctx("status page", "The queue system is unreachable right now; please refresh later"),
        "offline": _.ctx("status page", "Connection lost, reconnecting…"),
    }


STYLE = """
*{box-sizing:border-box}body{margin:0;font-family:"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;
background:#f3f6fb;color:#1b2430;font-size:17px;line-height:1.5}
header{background:#1f5fbf;color:#fff;padding:14px 18px;display:flex;justify-content:space-between;align-items:center}
header h1{font-size:19px;margin:0}header a{color:#fff;font-size:15px}
main{padding:14px;max-width:560px;margin:0 auto}
.card{background:#fff;border-radius:14px;padding:16px 18px;margin-bottom:12px;box-shadow:0 1px 3px #0002}
.num{font-size:64px;font-weight:800;color:#1f5fbf;letter-spacing:2px;margin:0}
.called{background:#ffd54a;color:#0f2747}.called .num{color:#0f2747}
.big{font-size:24px;font-weight:700}.row{display:flex;justify-content:space-between;gap:12px;padding:6px 0;
border-bottom:1px solid #eef1f5}.row:last-child{border:0}.k{color:#5b6675}
ul{padding-left:0;margin:8px 0 0;list-style:none}li{padding:6px 0;border-bottom:1px solid #eef1f5}
.tag{font-size:13px;border-radius:6px;padding:1px 6px;margin-left:6px;background:#e6eefa;color:#17478f}
.tag.opt{background:#eee;color:#555}.note{color:#5b6675;font-size:14px;text-align:center}
.warn{background:#fde8e7;color:#8c1d18}
"""


def _lines(status: dict[str, Any], w: dict[str, str], language: str) -> str:
    en = language == "en"
    state = status["state_en" if en else "state_zh"]
    called = status["state"] == "called"
    lane = f'<span class="tag">{escape(w["priority"])}</span>' if status["priority"] else ""
    top = (f'<section class="card{" called" if called else ""}" id="top"><div class="k">{escape(w["number"])}'
           f'{lane}</div>'
           f'<p class="num" id="number">{escape(status["number"])}</p>'
           f'<div class="big" id="state">{escape(state)}</div>')
    if called and status["called_window"]:
        top += f'<div class="big" id="go">{escape(w["called"].format(w=status["called_window"]))}</div>'
    top += "</section>"
    rows = [
        (w["service"], status["service_en" if en else "service_zh"]),
        (w["window"], translator(language).ctx("status page", ", ").join(status["windows"])),
        (w["floor"], " / ".join(status["floors_en" if en else "floors_zh"])),
    ]
    if status["state"] == "waiting":
        rows += [(w["ahead"], translator(language).ctx("people ahead", "{n}", n=status["people_ahead"])),
                 (w["wait"], f'{status["wait_min"]} {w["minutes"]}')]
    detail = "".join(f'<div class="row"><span class="k">{escape(k)}</span><span>{escape(str(v))}</span></div>'
                     for k, v in rows)
    items = []
    for m in status["materials"]:
        tags = f'<span class="tag{"" if m["required"] else " opt"}">' \
               f'{escape(w["required"] if m["required"] else w["optional"])}</span>'
        if m["copies"]:
            tags += f'<span class="tag opt">{escape(w["copies"].format(n=m["copies"]))}</span>'
        items.append(f"<li>☐ {escape(m['en' if en else 'zh'])}{tags}</li>")
    materials = (f'<section class="card"><div class="big">{escape(w["materials"])}</div><ul>{"".join(items)}</ul>'
                 "</section>") if items else ""
    return f'{top}<section class="card" id="detail">{detail}</section>{materials}'


def status_page(status: dict[str, Any] | None, language: str, *, hall: str = "", unavailable: bool = False) -> str:
    """The whole page (``status`` None with ``unavailable``: the queue system cannot be reached)."""
    w = words(language)
    other = other_language(language)
    body = (f'<section class="card warn">{escape(w["away"])}</section>' if unavailable or status is None
            else _lines(status, w, language))
    script = "" if status is None else f"""<script>
(function(){{var W={json.dumps(w, ensure_ascii=False)},L={json.dumps(language)};
var src=new EventSource(location.pathname+"/events"),off=document.getElementById("offline");
src.onmessage=function(e){{off.hidden=true;var s=JSON.parse(e.data);
fetch(location.pathname+"?lang="+L,{{cache:"no-store"}}).then(function(r){{return r.text()}}).then(function(t){{
var d=new DOMParser().parseFromString(t,"text/html");document.getElementById("content").innerHTML=
d.getElementById("content").innerHTML;document.body.dataset.state=s.state;document.body.dataset.number=s.number;
document.body.dataset.ahead=s.people_ahead;}});}};
src.onerror=function(){{off.hidden=false}};}})();</script>"""
    state = "" if status is None else (f' data-state="{escape(status["state"])}"'
                                       f' data-number="{escape(status["number"])}"'
                                       f' data-ahead="{status["people_ahead"]}"')
    return f"""<!doctype html><html lang="{'en' if language == 'en' else 'zh-CN'}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">
<meta name="referrer" content="no-referrer"><title>{escape(w["title"])} · {escape(hall)}</title>
<style>{STYLE}</style></head><body{state}><header><h1>{escape(hall)} · {escape(w["title"])}</h1>
<a href="?lang={other}">{escape(w["other"])}</a></header><main><div id="content">{body}</div>
<p class="note warn" id="offline" hidden>{escape(w["offline"])}</p><p class="note">{escape(w["live"])}</p></main>
{script}</body></html>"""


_CHECK_ZH, _CHECK_EN = pair("Please check the QR code or ask at the desk.")
NOT_FOUND_PAGE = ("""<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">
<title>404</title></head><body style="font-family:sans-serif;padding:24px">
<h1>""" + both("Ticket not found") + f"</h1><p>{_CHECK_ZH}</p>\n<p>{_CHECK_EN}</p>\n</body></html>")

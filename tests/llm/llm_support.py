"""Helpers of the LLM tests: a small hall catalog, hand-built navigator Answers, settings, event log."""

from __future__ import annotations

import asyncio

from kiosk.catalog import Catalog
from kiosk.llm.events import LlmEvent
from kiosk.navigator import Answer, Aspect, Match
from kiosk.settings import LlmSettings

HALL = {
    "schema_version": 1,
    "hall": {
        "id": "llm-test-hall",
        "name": "测试区政务服务中心",
        "hours": "周一至周五 9:00-17:00",
        "floors": [{"id": "1F", "name": "一楼"}, {"id": "2F", "name": "二楼"}, {"id": "3F", "name": "三楼"}],
        "kiosk": {"floor": "1F", "x": 0.5, "y": 0.9},
    },
    "departments": [{"id": "shebao", "name": "社保"}, {"id": "huzheng", "name": "户政"}, {"id": "shichang", "name": "市场监管"}],
    "windows": [
        {"id": "A03", "floor": "1F", "zone": "A区", "x": 0.2, "y": 0.3, "label": "社保综合"},
        {"id": "A04", "floor": "1F", "zone": "A区", "x": 0.25, "y": 0.3, "label": "社保综合"},
        {"id": "B12", "floor": "2F", "zone": "B区", "x": 0.6, "y": 0.4, "label": "户政"},
        {"id": "C05", "floor": "3F", "zone": "C区", "x": 0.7, "y": 0.5, "label": "企业开办"},
    ],
    "services": [
        {
            "id": "sbk-bb", "name": "社保卡补办", "department": "shebao", "aliases": ["社保卡丢了"],
            "summary": "社会保障卡遗失或损坏后补办新卡。",
            "materials": [{"name": "居民身份证", "original": True}, {"name": "一寸照片", "copies": 1}],
            "windows": ["A03", "A04"], "queue_prefix": "A", "time_limit": "即时办结", "fee": "免费",
        },
        {
            "id": "sfz-hl", "name": "居民身份证换领", "department": "huzheng",
            "summary": "身份证有效期满或损坏换领新证。",
            "materials": [{"name": "原居民身份证", "original": True}, {"name": "户口簿", "original": True}],
            "windows": ["B12"], "queue_prefix": "B", "time_limit": "15个工作日", "fee": "工本费20元",
        },
        {
            "id": "yyzz", "name": "营业执照办理", "department": "shichang",
            "summary": "个体工商户和企业营业执照登记。",
            "windows": ["C05"], "queue_prefix": "C", "time_limit": "3个工作日", "fee": "免费",
        },
    ],
}  # fmt: skip

CATALOG_TEXT = {
    "sbk-bb": "社保卡补办：请到一楼A区 A03、A04 窗口。带居民身份证原件、一寸照片1张。免费，即时办结。",
    "sfz-hl": "居民身份证换领：请到二楼B区 B12 窗口。带原居民身份证、户口簿。工本费20元，15个工作日。",
    "yyzz": "营业执照办理：请到三楼C区 C05 窗口。免费，3个工作日。",
}


def make_answer(catalog: Catalog, question: str, service_id: str | None = "sbk-bb", **kw: object) -> Answer:
    """A navigator Answer built by hand, as the navigator would for ``service_id``."""
    service = catalog.service(service_id) if service_id else None
    services = [service] if service else []
    matches = [Match(service.id, service.name, "service", 0.9)] if service else []
    text = CATALOG_TEXT[service_id] if service_id else "抱歉，没有找到相关事项，请咨询工作人员。"
    fields = {"handoff": not services, "aspect": Aspect.GENERAL, "language": "zh", "services": services}
    fields.update(kw)
    return Answer(query=question, matches=matches, answer=text, **fields)  # type: ignore[arg-type]


def known_framing(settings: LlmSettings, framing: str = "plain") -> None:
    """Record ``framing`` as learned for the settings' server (in this test's $KIOSK_DATA_DIR)."""
    from kiosk.llm.framing import Framing, FramingStore

    FramingStore.default().learn(settings.base_url, settings.model, Framing(framing), "test")


def settings_for(url: str | None, **kw: object) -> LlmSettings:
    """LLM settings pointing at ``url`` with test deadlines unless given: short, yet long enough for a busy
    2-core machine (an answer that should arrive is never cut by load; tests of a deadline set their own)."""
    values: dict[str, object] = {
        "base_url": url, "model": "test-model", "first_token_timeout_s": 3.0, "idle_timeout_s": 3.0,
        "total_timeout_s": 12.0, "connect_timeout_s": 1.0,
    }  # fmt: skip
    values.update(kw)
    return LlmSettings(**values)


class EventLog(list):
    """Collects events; handy accessors for tests."""

    def __call__(self, event: LlmEvent) -> None:
        self.append(event)

    def of(self, kind: type) -> list:
        """Events of one type."""
        return [e for e in self if isinstance(e, kind)]

    def shown_text(self) -> str:
        """All text that would reach the screen or speech."""
        return "".join(getattr(e, "text", "") for e in self)


def run(coro):
    """Run a coroutine on a fresh asyncio loop (no Qt)."""
    return asyncio.run(coro)


def turn(settings, answer, events=None, *, history=None, catalog=None, answerer=None):
    """Run one ``Answerer.elaborate`` on a fresh asyncio loop (no Qt) and return the result."""
    from kiosk.llm.answerer import Answerer

    events = EventLog() if events is None else events

    async def go():
        a = answerer or Answerer(settings)
        try:
            return await a.elaborate(answer, history, events, catalog=catalog)
        finally:
            if answerer is None:
                await a.aclose()

    return asyncio.run(go())


def grounding_problems(catalog: Catalog, ids: str, sentence: str) -> tuple[str, ...]:
    """The grounding check's problems with ``sentence`` against the cited ``ids`` (comma-separated)."""
    from kiosk.llm.checker import GroundingChecker
    from kiosk.llm.prompt import Grounding

    services = [catalog.service(i) for i in ids.split(",")]
    checker = GroundingChecker(Grounding.build([s for s in services if s], "", "zh", catalog), hall=catalog.hall)
    return checker.check(sentence).problems

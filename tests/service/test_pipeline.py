"""Pipeline.process over whole articles: the same events the CLI and the API give."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import jsonschema
import pytest

from rasad.service.pipeline import ArticleResult, Pipeline
from rasad.types import Article


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def test_process_gives_a_call_with_evidence(pipeline: Pipeline) -> None:
    text = ("أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا مع رئيس الوزراء الإسرائيلي بنيامين نتنياهو اليوم، "
            "بحثا خلاله الأوضاع في المنطقة.")
    res = pipeline.process(Article("a1", text, published=date(2025, 10, 7)))
    assert isinstance(res, ArticleResult) and not res.issues
    assert [(e.type, e.status) for e in res.events] == [("call", "occurred")]
    e = res.events[0]
    assert {a.name_en for a in e.source + e.target} >= {"Vladimir Putin", "Benjamin Netanyahu"}
    assert e.evidence in text
    assert e.when_dict() == {"start": "2025-10-07", "end": "2025-10-07"}


def test_process_article_without_contact(pipeline: Pipeline) -> None:
    res = pipeline.process(Article("a2", "ارتفعت أسعار النفط اليوم بعد بيانات المخزونات الأمريكية.",
                                   published=date(2024, 1, 1)))
    assert res.events == () and res.issues == ()


def test_contract_output_validates_against_schema(pipeline: Pipeline, shared_dir: Path, seeds_dir: Path) -> None:
    from rasad.cli.extract import document_record
    from rasad.read import read_paths

    schema = json.loads((shared_dir / "spec" / "events.schema.json").read_text(encoding="utf-8"))
    n_events = 0
    for item in read_paths(sorted(str(p) for p in seeds_dir.glob("*.txt"))):
        assert isinstance(item, Article)
        rec = document_record([pipeline.process(item)], "events-jsonl")
        jsonschema.validate(rec, schema)
        n_events += len(rec["events"])
        for ev in rec["events"]:
            assert " ".join(ev["evidence"].split()) in " ".join(item.text.split())
    assert n_events > 0

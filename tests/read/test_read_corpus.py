"""The bar on the shared corpus: every document reads, dates the pages state are found,
seed 004 has two parts, and no furniture survives in any text (skipped without ../shared)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from rasad.arabic import normalize_key
from rasad.errors import DocIssue
from rasad.read import read_paths
from rasad.types import Article

# Cue phrases that must never start a line of the cleaned text (compared normalised) ...
LINE_START_CUES = [
    "شارك الان", "طباعة", "استطلاع رأي", "استطلاع راى", "اسعار اليوم", "أسعار الذهب", "كلمات دلالية",
    "الوسوم", "مقالات مشابهة", "إقرأ أيضاً", "اقرأ أيضا", "اقرأ للكاتب", "رئيس التحرير", "المصدر:",
    "تصفح المزيد", "شبكة الميادين الإعلامية", "يمكنكم تسلم إشعارات", "يمكنكم استلام إشعارات", "Slider Image",
    "// انتهى //",
]
# ... nor appear anywhere in it.
ANYWHERE_CUES = ["pic.twitter.com", "جميع الحقوق محفوظة", "©", "شارك من خلال تويتر", "twitter.com/"]
CRAWL_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}@\d{2}:\d{2}")


def furniture_left(a: Article) -> list[str]:
    found = []
    starts = [normalize_key(c) for c in LINE_START_CUES]
    for line in a.text.split("\n"):
        k = normalize_key(line)
        found += [c for c, kc in zip(LINE_START_CUES, starts, strict=True) if k.startswith(kc)]
        found += [c for c in ANYWHERE_CUES if c.lower() in line.lower()]
        if CRAWL_STAMP.search(line):
            found.append(line)
        if a.title and line.strip() == a.title.strip():
            found.append("repeated headline")
    return found


@pytest.fixture(scope="module")
def corpus(seeds_dir: Path, real_articles_path: Path) -> tuple[list[Article], list[DocIssue]]:
    arts: list[Article] = []
    issues: list[DocIssue] = []
    for x in read_paths(sorted(seeds_dir.glob("*.txt")) + [real_articles_path]):
        (issues if isinstance(x, DocIssue) else arts).append(x)  # type: ignore[arg-type]
    return arts, issues


def test_all_documents_read(corpus: tuple[list[Article], list[DocIssue]], real_articles: list[dict]) -> None:
    arts, issues = corpus
    assert issues == []
    docs = {a.doc_id for a in arts}
    assert len(docs) == 5 + len(real_articles) == 161


def test_seed_004_main_article_date_and_two_parts(corpus: tuple[list[Article], list[DocIssue]]) -> None:
    arts, _ = corpus
    parts = [a for a in arts if a.doc_id.startswith("004_")]
    assert [a.part for a in parts] == [1, 2]
    assert parts[0].published == date(2024, 3, 20)
    assert parts[1].published != parts[0].published
    assert parts[1].title == "نتنياهو يزور أمريكا لمـدة 4 أيام"


def test_stated_dates_match_gold(corpus: tuple[list[Article], list[DocIssue]], gold: dict[str, dict]) -> None:
    arts, _ = corpus
    first = {a.doc_id: a for a in arts if a.part == 1}
    wrong = {d: (g.get("published"), first[d].published) for d, g in gold.items()
             if (first[d].published.isoformat() if first[d].published else None) != g.get("published")}
    assert wrong == {}


def test_every_jsonl_published_field_parses(corpus: tuple[list[Article], list[DocIssue]],
                                            real_articles: list[dict]) -> None:
    arts, _ = corpus
    by_id = {a.doc_id: a for a in arts}
    for r in real_articles:
        if r.get("published"):
            assert by_id[r["id"]].published is not None, r["published"]


def test_no_furniture_survives(corpus: tuple[list[Article], list[DocIssue]]) -> None:
    arts, _ = corpus
    left = {f"{a.doc_id}/{a.part}": furniture_left(a) for a in arts}
    assert {k: v for k, v in left.items() if v} == {}


def test_text_is_verbatim_lines_of_the_source(seeds_dir: Path) -> None:
    for p in sorted(seeds_dir.glob("*.txt")):
        src = p.read_text(encoding="utf-8")
        for a in read_paths([p]):
            assert isinstance(a, Article)
            for line in a.text.split("\n"):
                assert line in src

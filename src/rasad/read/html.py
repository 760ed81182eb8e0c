"""HTML pages: main text through trafilatura, publication date only with evidence in the page.

trafilatura finds the main text and the title/author/site name well. Its date fallback,
though (htmldate with extensive search), can return a footer's "© 2025" or a date taken
from an unrelated link, so the date is taken here from explicit evidence only: the
publication-time meta tags and JSON-LD `datePublished` the page declares, a `<time>` element,
then the date lines of the article header (read like a text page).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from rasad.errors import MalformedHTML
from rasad.read.dates import parse_published

_META_NAMES = (
    "article:published_time", "og:published_time", "article:published", "datepublished",
    "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date", "dc.date.issued",
    "dcterms.created", "dcterms.issued", "sailthru.date", "parsely-pub-date", "original-publish-date",
)


@dataclass(frozen=True)
class HtmlExtract:
    text: str
    title: str | None
    author: str | None
    sitename: str | None
    url: str | None
    published: str | None  # raw string of the date evidence, or None


def _meta_date(tree: object) -> str | None:
    # lxml element; typed loosely so lxml stays an optional import at module load.
    for el in tree.iter("meta"):  # type: ignore[attr-defined]
        name = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        if name in _META_NAMES:
            content = (el.get("content") or "").strip()
            if content and parse_published(content):
                return content
    for el in tree.iter():  # type: ignore[attr-defined]
        if not isinstance(el.tag, str):
            continue
        if el.get("itemprop", "").lower() == "datepublished":
            val = (el.get("datetime") or el.get("content") or (el.text or "")).strip()
            if val and parse_published(val):
                return val
    for el in tree.iter("script"):  # type: ignore[attr-defined]
        if (el.get("type") or "").lower() != "application/ld+json" or not el.text:
            continue
        m = re.search(r'"datePublished"\s*:\s*"([^"]+)"', el.text)
        if m and parse_published(m.group(1)):
            return m.group(1)
        try:
            json.loads(el.text)
        except ValueError:
            continue
    for el in tree.iter("time"):  # type: ignore[attr-defined]
        val = (el.get("datetime") or "").strip()
        if val and (el.get("pubdate") is not None or "publish" in (el.get("class") or "")) and parse_published(val):
            return val
    times = [(el.get("datetime") or "").strip() for el in tree.iter("time")]  # type: ignore[attr-defined]
    times = [t for t in times if t and parse_published(t)]
    if len(set(times)) == 1:  # one unambiguous <time> on the page
        return times[0]
    return None


def extract_html(html: str, source: str) -> HtmlExtract:
    import trafilatura
    from lxml import etree
    from lxml import html as lxml_html

    if "<" not in html:
        raise MalformedHTML("no HTML markup", source=source)
    try:
        tree = lxml_html.document_fromstring(html)
    except (etree.ParserError, ValueError) as e:
        raise MalformedHTML(f"HTML could not be parsed: {e}", source=source) from None
    try:
        doc = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False,
            include_images=False, favor_precision=False, deduplicate=False,
        )
    except Exception as e:  # trafilatura raises assorted errors on broken markup
        raise MalformedHTML(f"HTML could not be read: {type(e).__name__}", source=source) from None
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise MalformedHTML(source=source)
    title = getattr(doc, "title", None) or None
    if not title:
        h1 = tree.find(".//h1")
        title = h1.text_content().strip() if h1 is not None else None
    return HtmlExtract(
        text=text,
        title=title,
        author=getattr(doc, "author", None) or None,
        sitename=getattr(doc, "sitename", None) or None,
        url=getattr(doc, "url", None) or None,
        published=_meta_date(tree),
    )

"""Feed and sitemap parsing: bytes in, the items they list out (nothing is fetched here).

RSS and Atom go through feedparser, always given bytes (never a URL, so it fetches
nothing). Sitemaps are parsed with lxml by hand because no well-kept library reads
sitemaps without also crawling them: a `<urlset>` gives its URLs (with `<lastmod>` and
the Google News extension's title and publication date), a `<sitemapindex>` gives child
sitemaps, which the watcher reads in turn. Gzipped sitemaps are decompressed (bounded).
"""

from __future__ import annotations

import gzip
import io
from dataclasses import dataclass

from rasad.errors import BadFeed, ResponseTooLarge


@dataclass(frozen=True)
class FeedItem:
    key: str  # what identifies the item across polls: the GUID/id, else the link
    url: str
    title: str | None = None
    published: str | None = None  # as the feed wrote it (the reader parses dates)


@dataclass(frozen=True)
class ParsedFeed:
    items: tuple[FeedItem, ...] = ()
    children: tuple[str, ...] = ()  # child sitemaps of a sitemap index, newest first


def parse_feed(data: bytes, base_url: str) -> ParsedFeed:
    """Items of an RSS or Atom feed, in feed order. Raises BadFeed for anything that is not a feed."""
    import feedparser

    head = data.lstrip()[:512].lower()
    if head.startswith((b"<!doctype html", b"<html")):
        raise BadFeed("an HTML page, not a feed", source=base_url)
    parsed = feedparser.parse(io.BytesIO(data), response_headers={"content-location": base_url})
    if not parsed.get("version") and not parsed.entries:
        why = parsed.get("bozo_exception")
        raise BadFeed(f"not an RSS or Atom feed{f' ({why})' if why else ''}", source=base_url)
    items: list[FeedItem] = []
    for e in parsed.entries:
        link = e.get("link") or ""
        if not link:
            for lk in e.get("links", []):
                if lk.get("href") and lk.get("rel", "alternate") == "alternate":
                    link = lk["href"]
                    break
        if not link.startswith(("http://", "https://")):
            continue
        key = (e.get("id") or e.get("guid") or link).strip()
        items.append(FeedItem(key=key, url=link.strip(), title=(e.get("title") or None),
                              published=e.get("published") or e.get("updated") or None))
    return ParsedFeed(tuple(items))


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child_text(el: object, name: str) -> str | None:
    for c in el.iter():  # type: ignore[attr-defined]
        if _local(c.tag) == name and c.text and c.text.strip():
            return str(c.text.strip())
    return None


def parse_sitemap(data: bytes, base_url: str, max_bytes: int = 50_000_000) -> ParsedFeed:
    """URLs of a sitemap (newest `lastmod` first when given) or child sitemaps of an index."""
    from lxml import etree

    if data[:2] == b"\x1f\x8b":
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as gz:
                data = gz.read(max_bytes + 1)
        except (OSError, EOFError) as e:
            raise BadFeed(f"bad gzip data: {e}", source=base_url) from None
        if len(data) > max_bytes:
            raise ResponseTooLarge(f"sitemap larger than {max_bytes} bytes uncompressed", source=base_url)
    # no entities, no network, no huge trees: a sitemap is plain data from a stranger
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=False)
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as e:
        raise BadFeed(f"sitemap is not XML: {e}", source=base_url) from None
    kind = _local(root.tag)
    if kind not in ("urlset", "sitemapindex"):
        raise BadFeed(f"not a sitemap (root element <{kind}>)", source=base_url)
    entries: list[tuple[str, FeedItem]] = []
    want = "url" if kind == "urlset" else "sitemap"
    for n, el in enumerate(root):
        if _local(el.tag) != want:
            continue
        loc = _child_text(el, "loc")
        if not loc or not loc.startswith(("http://", "https://")):
            continue
        lastmod = _child_text(el, "lastmod")
        title = _child_text(el, "title")  # news:title
        pub = _child_text(el, "publication_date") or lastmod
        # sort key: lastmod (ISO 8601 sorts as text), document order as tie-break
        entries.append((f"{lastmod or ''}|{1_000_000 - n:07d}", FeedItem(loc, loc, title, pub)))
    if any(k.split("|")[0] for k, _ in entries):
        entries.sort(key=lambda t: t[0], reverse=True)
    if kind == "sitemapindex":
        return ParsedFeed(children=tuple(i.url for _, i in entries))
    return ParsedFeed(items=tuple(i for _, i in entries))

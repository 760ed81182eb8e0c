"""Raw documents from files, folders, JSON Lines and stdin, one at a time.

`iter_raw` never stops on a bad document: it yields a `DocIssue` naming the file (and line)
and the reason, then goes on. It streams: folders are walked lazily, JSON Lines files are
read line by line, and no file larger than `Settings.max_doc_bytes` is read at all.
"""

from __future__ import annotations

import codecs
import json
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Literal

from rasad.errors import (
    BinaryInput,
    DocIssue,
    EmptyInput,
    EncodingInput,
    MalformedJSON,
    MissingField,
    NotFoundInput,
    RasadError,
    TooLargeInput,
    UnsupportedInput,
)
from rasad.settings import Settings, load_settings

TEXT_EXT = {".txt", ".text"}
HTML_EXT = {".html", ".htm", ".xhtml"}
JSONL_EXT = {".jsonl", ".ndjson"}
SUPPORTED = TEXT_EXT | HTML_EXT | JSONL_EXT
META_KEYS = ("title", "published", "outlet", "url", "author")

# File signatures of common binary formats (a PDF or a zip renamed .txt).
_MAGIC = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x1f\x8b", b"\x7fELF",
          b"BZh", b"7z\xbc\xaf", b"Rar!", b"\xd0\xcf\x11\xe0", b"MZ")


@dataclass(frozen=True)
class RawDoc:
    """One document as read from its source, before cleaning."""

    doc_id: str
    source: str  # file path, "path:line" for JSON Lines, or "<stdin>"
    kind: Literal["text", "html"]
    content: str
    meta: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)


def decode_bytes(data: bytes, *, source: str | None = None, line: int | None = None) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 (BOM, or NUL-byte pattern), then the
    legacy Arabic code pages cp1256 and ISO-8859-6. Raises EmptyInput, BinaryInput, EncodingInput."""
    if not data.strip():
        raise EmptyInput(source=source, line=line)
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise EncodingInput(f"UTF-16 byte-order mark but invalid UTF-16: {e.reason}",
                                source=source, line=line) from None
    if data.startswith(_MAGIC):
        raise BinaryInput(source=source, line=line)
    if b"\x00" in data[:4096]:
        # UTF-16 without BOM: ASCII spaces and digits give NUL bytes; binary files give them too.
        # Accept a UTF-16 reading only when it is clean text with Arabic in it.
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if _looks_text(text) and _arabic_share(text) >= 0.3:
                return text
        raise BinaryInput(source=source, line=line)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        # Legacy Arabic code pages. Any byte string decodes in cp1256, and ISO-8859-6 letters
        # read as cp1256 are Arabic letters too, so pick the reading where the article "ال"
        # is most frequent (it is the commonest bigram of Arabic text).
        best, best_score = "", -1
        for enc in ("cp1256", "iso-8859-6"):
            try:
                cand = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if _looks_text(cand) and _arabic_share(cand) >= 0.3 and cand.count("ال") > best_score:
                best, best_score = cand, cand.count("ال")
        if not best:
            raise EncodingInput(source=source, line=line) from None
        text = best
    if not _looks_text(text):
        raise BinaryInput(source=source, line=line)
    return text


def _looks_text(text: str) -> bool:
    sample = text[:4096]
    if not sample:
        return False
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t\f\v") or 0xFFF0 <= ord(ch) or ch == "\ufffd")
    return bad / len(sample) < 0.02


def _arabic_share(text: str) -> float:
    letters = [ch for ch in text[:4096] if ch.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for ch in letters if "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f"
               or "\ufb50" <= ch <= "\ufdff" or "\ufe70" <= ch <= "\ufeff") / len(letters)


def _kind_of(path: str, text: str) -> Literal["text", "html"]:
    if Path(path).suffix.lower() in HTML_EXT:
        return "html"
    head = text.lstrip()[:200].lower()
    return "html" if head.startswith(("<!doctype html", "<html")) else "text"


def _walk(folder: Path) -> Iterator[Path]:
    """Supported files under `folder`, recursively, in sorted order, lazily.

    Hidden files and files of other types (README.md, split.json) are skipped silently in a
    folder walk; naming such a file explicitly is an UnsupportedInput issue.
    """
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return
    for e in entries:
        if e.name.startswith("."):
            continue
        p = Path(e.path)
        if e.is_dir(follow_symlinks=False):
            yield from _walk(p)
        elif e.is_file() and p.suffix.lower() in SUPPORTED:
            yield p


def iter_raw(paths: Sequence[str | Path], settings: Settings | None = None) -> Iterator[RawDoc | DocIssue]:
    """Raw documents from files (.txt, .html/.htm, .jsonl), folders (recursive, sorted) and
    "-" (stdin); a DocIssue for each document that cannot be read. See the module doc."""
    st = settings or load_settings()
    for given in paths:
        if str(given) == "-":
            yield from _from_stdin(st)
            continue
        p = Path(given)
        if p.is_dir():
            for f in _walk(p):
                yield from _from_file(f, st, in_folder=True)
        elif p.is_file():
            if p.suffix.lower() not in SUPPORTED:
                yield UnsupportedInput(f"unsupported file type {p.suffix or '(none)'!r}; "
                                       "expected .txt, .html, .htm or .jsonl", source=str(p)).to_issue()
                continue
            yield from _from_file(p, st)
        else:
            yield NotFoundInput(source=str(p)).to_issue()


def _from_file(p: Path, st: Settings, in_folder: bool = False) -> Iterator[RawDoc | DocIssue]:
    src = str(p)
    if p.suffix.lower() in JSONL_EXT:
        try:
            with p.open("rb") as fh:
                yield from _from_jsonl(fh, src, st, in_folder=in_folder)
        except OSError as e:
            yield NotFoundInput(f"cannot read: {e.strerror}", source=src).to_issue()
        return
    try:
        size = p.stat().st_size
        if size > st.max_doc_bytes:
            raise TooLargeInput(f"{size} bytes, over the limit of {st.max_doc_bytes} (RASAD_MAX_DOC_BYTES)",
                                source=src)
        data = p.read_bytes()
        text = decode_bytes(data, source=src)
    except RasadError as e:
        yield e.to_issue()
        return
    except OSError as e:
        yield NotFoundInput(f"cannot read: {e.strerror}", source=src).to_issue()
        return
    yield RawDoc(doc_id=p.stem, source=src, kind=_kind_of(src, text), content=text, meta={})


def _from_stdin(st: Settings) -> Iterator[RawDoc | DocIssue]:
    src = "<stdin>"
    stream = sys.stdin.buffer
    data = stream.read(st.max_doc_bytes + 1)
    if len(data) > st.max_doc_bytes:
        yield TooLargeInput(f"over the limit of {st.max_doc_bytes} bytes (RASAD_MAX_DOC_BYTES)", source=src).to_issue()
        return
    if data.lstrip()[:1] == b"{":
        import io

        yield from _from_jsonl(io.BytesIO(data), src, st)
        return
    try:
        text = decode_bytes(data, source=src)
    except RasadError as e:
        yield e.to_issue()
        return
    yield RawDoc(doc_id="stdin", source=src, kind=_kind_of(src, text), content=text, meta={})


def _from_jsonl(fh: IO[bytes], src: str, st: Settings, in_folder: bool = False) -> Iterator[RawDoc | DocIssue]:
    """Documents of a JSON Lines file. In a folder walk, a .jsonl file whose first object has
    neither "text" nor "html" (annotations, gold files) is not an article file: it is skipped
    with one warning instead of an error per line."""
    limit = st.max_doc_bytes
    lineno = 0
    first = in_folder
    while True:
        # readline with a limit: a runaway line is never held in memory whole.
        raw = fh.readline(limit + 1)
        if not raw:
            break
        lineno += 1
        if len(raw) > limit and not raw.endswith(b"\n"):
            while True:  # skip the rest of the oversized line
                more = fh.readline(1 << 20)
                if not more or more.endswith(b"\n"):
                    break
            yield TooLargeInput(f"line over the limit of {limit} bytes (RASAD_MAX_DOC_BYTES)",
                                source=src, line=lineno).to_issue()
            continue
        if not raw.strip():
            continue
        if first:
            first = False
            try:
                obj = json.loads(raw)
            except (ValueError, RecursionError):
                obj = None
            if isinstance(obj, dict) and "text" not in obj and "html" not in obj:
                yield MissingField("no \"text\" or \"html\" field: not an article file, skipped",
                                   source=src).to_issue("warning")
                return
        try:
            yield _jsonl_doc(raw, src, lineno)
        except RasadError as e:
            yield e.to_issue()


def _jsonl_doc(raw: bytes, src: str, lineno: int) -> RawDoc:
    try:
        line = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise EncodingInput("JSON line is not UTF-8", source=src, line=lineno) from None
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        raise MalformedJSON(f"malformed JSON line: {e.msg} at column {e.colno}", source=src, line=lineno) from None
    except RecursionError:  # json.loads recurses per nesting level: '[[[[...' would stop the batch
        raise MalformedJSON("JSON nested too deeply", source=src, line=lineno) from None
    if not isinstance(obj, dict):
        raise MalformedJSON(f"expected a JSON object, got {type(obj).__name__}", source=src, line=lineno)
    doc_id = obj.get("id")
    if doc_id is None or (isinstance(doc_id, str) and not doc_id.strip()) or isinstance(doc_id, dict | list):
        raise MissingField("JSON object lacks \"id\"", source=src, line=lineno)
    html = obj.get("html")
    text = obj.get("text")
    if isinstance(html, str) and html.strip():
        kind: Literal["text", "html"] = "html"
        content = html
    elif isinstance(text, str):
        kind, content = "text", text
    elif html is None and text is None:
        raise MissingField("JSON object lacks \"text\" or \"html\"", source=src, line=lineno)
    elif isinstance(html, str):
        kind, content = "html", html
    else:
        raise MalformedJSON("\"text\"/\"html\" must be a string", source=src, line=lineno)
    meta = {k: obj[k] for k in META_KEYS if obj.get(k) not in (None, "")}
    for k in list(meta):
        if not isinstance(meta[k], str):
            meta[k] = str(meta[k])
    return RawDoc(doc_id=str(doc_id), source=f"{src}:{lineno}", kind=kind, content=content, meta=meta)

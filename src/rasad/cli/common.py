"""Helpers shared by the CLI commands: output files, JSON lines, issue reporting."""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from rich.console import Console

from rasad.errors import DocIssue

err_console = Console(stderr=True)


@contextlib.contextmanager
def open_output(path: Path | None) -> Iterator[IO[str]]:
    """Write to a file atomically (temp file then rename) or to stdout when None/'-'."""
    if path is None or str(path) == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    tmp = path.with_name(path.name + ".part")
    with tmp.open("w", encoding="utf-8") as fh:
        yield fh
    tmp.replace(path)


def write_jsonl(fh: IO[str], obj: Any) -> None:
    fh.write(json.dumps(obj, ensure_ascii=False) + "\n")


def report_issue(issue: DocIssue) -> None:
    style = "red" if issue.severity == "error" else "yellow"
    err_console.print(f"[{style}]{issue.severity}[/]: {issue}", markup=True, highlight=False, soft_wrap=True)

"""`rasad read`: pages, HTML and JSON Lines in; clean articles out as JSON Lines."""

from __future__ import annotations

from pathlib import Path

import typer

HELP = (
    "Read Arabic news pages and write one clean article per line (JSON Lines).\n\n"
    "[bold]Inputs[/]: .txt pages (scraped text with site furniture), .html/.htm pages, .jsonl files "
    "(one object per line with \"id\" and \"text\" or \"html\", optional \"title\", \"published\", "
    "\"outlet\", \"url\", \"author\"), folders (read recursively, in name order) and - for stdin.\n\n"
    "[bold]Output[/]: one JSON object per article: doc_id, part (1, 2, ... when a page holds several "
    "articles), title, published (YYYY-MM-DD or null), published_raw, outlet, author, text (the main "
    "text, verbatim, without bylines, share buttons, polls, tickers, tags, related headlines, footers "
    "or embedded tweets), source, url.\n\n"
    "Documents that cannot be read (missing, empty, binary, unknown encoding, too large, malformed "
    "JSON or HTML, not Arabic) are reported one per line on stderr with a code (INPUT-001 ... "
    "INPUT-010) and skipped; the exit code is 1 if any document failed, else 0.\n\n"
    "Example: rasad read ../shared/corpus/seeds/*.txt -o articles.jsonl"
)


def register(app: typer.Typer) -> None:
    @app.command("read", help=HELP)
    def read_cmd(
        paths: list[str] = typer.Argument(..., help="Files, folders, or - for stdin.", metavar="PATH..."),
        output: Path | None = typer.Option(None, "-o", "--output", help="Write JSON Lines here (default: stdout)."),
    ) -> None:
        from rasad.cli.common import err_console, open_output, report_issue, write_jsonl
        from rasad.errors import DocIssue
        from rasad.read import read_paths

        failed = 0
        articles = 0
        progress = None
        task = None
        to_file = output is not None and str(output) != "-"
        if to_file and (len(paths) > 1 or any(Path(p).is_dir() or p.endswith((".jsonl", ".ndjson")) for p in paths)):
            from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            progress = Progress(SpinnerColumn(), TextColumn("reading"), BarColumn(bar_width=None),
                                TextColumn("{task.completed} articles, {task.fields[issues]} issues"),
                                TimeElapsedColumn(), console=err_console, transient=False)
            task = progress.add_task("read", total=None, issues=0)
            progress.start()
        try:
            with open_output(output) as fh:
                for item in read_paths(paths):
                    if isinstance(item, DocIssue):
                        if item.severity == "error":
                            failed += 1
                        if progress is not None:
                            style = "red" if item.severity == "error" else "yellow"
                            progress.console.print(f"[{style}]{item.severity}[/]: {item}", markup=True,
                                                   highlight=False, soft_wrap=True)
                        else:
                            report_issue(item)
                    else:
                        write_jsonl(fh, item.to_dict())
                        articles += 1
                    if progress is not None and task is not None:
                        progress.update(task, completed=articles, issues=failed)
        finally:
            if progress is not None:
                progress.stop()
        if to_file:
            err_console.print(f"{articles} articles written to {output}; {failed} documents failed",
                              highlight=False)
        raise typer.Exit(1 if failed else 0)

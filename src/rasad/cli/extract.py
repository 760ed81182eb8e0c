"""`rasad extract`: pages, HTML and JSON Lines in; diplomatic events out, one line per document."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

HELP = (
    "Find the diplomatic contacts (calls, visits, meetings, talks, invitations, messages) that Arabic "
    "news articles report, and write one JSON object per input document.\n\n"
    "[bold]Inputs[/]: the same as `rasad read`: .txt pages, .html pages, .jsonl files (one object per "
    "line with \"id\" and \"text\"), folders and - for stdin.\n\n"
    "[bold]Formats[/]: [cyan]events-jsonl[/] is exactly the contract of ../shared/spec/events.md: "
    "{doc_id, title, published, outlet, events: [...]}, every part of a page under the page's doc_id. "
    "[cyan]rich[/] (the default) adds to each event its doc_id and part, the sentence and trigger "
    "offsets, the CAMEO code (041 call, 042 visit / 043 host, 040/044 meeting, 046 talks, 036 "
    "invitation, 040 message) and the PLOVER type and mode, and to each document its issues.\n\n"
    "Documents that cannot be read or processed are reported one per line on stderr with a code and "
    "skipped; the exit code is 1 if any document failed, else 0.\n\n"
    "Example: rasad extract ../shared/corpus/seeds/*.txt --format events-jsonl -o events.jsonl"
)

FORMATS = ("rich", "events-jsonl")


def register(app: typer.Typer) -> None:
    @app.command("extract", help=HELP)
    def extract_cmd(
        paths: list[str] = typer.Argument(..., help="Files, folders, or - for stdin.", metavar="PATH..."),
        fmt: str = typer.Option("rich", "--format", "-f", help="rich (default) or events-jsonl."),
        output: Path | None = typer.Option(None, "-o", "--output", help="Write here (default: stdout)."),
        workers: int = typer.Option(1, "--workers", "-w", help="Extract in N parallel processes (rasad.scale)."),
        dask: str | None = typer.Option(None, "--dask", help="Run on the Dask scheduler at this address "
                                        "(tcp://host:8786); see docs/scale.md."),
        out_dir: Path | None = typer.Option(None, "--out-dir", help="Write partitions part-NNNNN.<out-format> "
                                            "here instead of one output (with --dask: by the workers)."),
        out_format: str = typer.Option("jsonl", "--out-format", help="Partition format: jsonl or parquet."),
    ) -> None:
        from rasad.cli.common import err_console, open_output, report_issue, write_jsonl
        from rasad.errors import DocIssue
        from rasad.scale import results as scale_results
        from rasad.service.pipeline import ArticleResult

        if fmt not in FORMATS:
            err_console.print(f"[red]error[/]: --format must be one of {', '.join(FORMATS)}", highlight=False)
            raise typer.Exit(2)
        if out_dir is not None:
            from rasad.scale.partitions import extract_to_dir

            raise typer.Exit(extract_to_dir(paths, out_dir, out_format, fmt, workers=workers, dask=dask))
        failed = 0
        docs = 0
        events = 0
        to_file = output is not None and str(output) != "-"
        progress = None
        task = None
        if to_file:
            from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            progress = Progress(SpinnerColumn(), TextColumn("extracting"), BarColumn(bar_width=None),
                                TextColumn("{task.completed} documents, {task.fields[events]} events, "
                                           "{task.fields[issues]} issues"),
                                TimeElapsedColumn(), console=err_console, transient=False)
            task = progress.add_task("extract", total=None, events=0, issues=0)
            progress.start()

        def report(issue: DocIssue) -> None:
            if progress is not None:
                progress.console.print(f"[{'red' if issue.severity == 'error' else 'yellow'}]{issue.severity}[/]: "
                                       f"{issue}", markup=True, highlight=False, soft_wrap=True)
            else:
                report_issue(issue)

        pending: list[ArticleResult] = []

        def flush(fh: Any) -> None:
            nonlocal docs, events
            if not pending:
                return
            write_jsonl(fh, document_record(pending, fmt))
            docs += 1
            events += sum(len(r.events) for r in pending)
            pending.clear()

        try:
            with open_output(output) as fh:
                for item in scale_results(paths, workers=workers, dask=dask):
                    if isinstance(item, DocIssue):
                        failed += item.severity == "error"
                        report(item)
                    else:
                        result = item
                        for issue in result.issues:
                            failed += issue.severity == "error"
                            report(issue)
                        if pending and pending[0].article.doc_id != result.article.doc_id:
                            flush(fh)
                        pending.append(result)
                    if progress is not None and task is not None:
                        progress.update(task, completed=docs + bool(pending), events=events, issues=failed)
                flush(fh)
        finally:
            if progress is not None:
                progress.stop()
        if to_file:
            err_console.print(f"{docs} documents, {events} events written to {output}; {failed} documents failed",
                              highlight=False)
        raise typer.Exit(1 if failed else 0)


def document_record(results: list[Any], fmt: str) -> dict[str, Any]:
    """One output line for all parts of one document (results share a doc_id)."""
    first = results[0].article
    title = next((r.article.title for r in results if r.article.title), None)
    published = next((r.article.published for r in results if r.article.published), None)
    outlet = next((r.article.outlet for r in results if r.article.outlet), None)
    rec: dict[str, Any] = {"doc_id": first.doc_id, "title": title,
                           "published": published.isoformat() if published else None, "outlet": outlet}
    if fmt == "events-jsonl":
        rec["events"] = [e.to_contract() for r in results for e in r.events]
    else:
        rec["parts"] = len(results)
        rec["events"] = [e.to_rich() for r in results for e in r.events]
        rec["issues"] = [i.to_dict() for r in results for i in r.issues]
    return rec

"""`rasad ingest`, `rasad events`, `rasad export`, `rasad stats`: the event database."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import typer

DB_HELP = "Database: a SQLite file path or URL, or postgresql+psycopg://user:pw@host/db (default: $RASAD_DB or rasad.db)."

INGEST_HELP = (
    "Read, extract and store articles: pages, HTML, JSON Lines and folders in (as `rasad read`), "
    "articles, events, actors, sources and issues out to the database.\n\n"
    "Each article is stored in its own transaction (nothing half-written). An article already "
    "stored (same cleaned text, by content hash) is skipped without re-extraction, so re-ingesting "
    "adds nothing. Events reported by several articles are merged into one event with all its "
    "sources; wire copies (near-duplicate articles) count as one source.\n\n"
    "Per-document problems are printed and stored; the exit code is 1 if any document failed.\n\n"
    "Example: rasad ingest ../shared/corpus/seeds ../shared/corpus/real/articles.jsonl --db rasad.db"
)

FILTER_HELP = (
    "Filters (all optional, combined with AND): --actor and --with (any name or alias, Arabic or "
    "English, or an id such as Q43723), --country (ISO3, any participant), --type, --class, --status, "
    "--since/--until (the event's dates overlap the range), --topic, --outlet, --doc, --text "
    "(full-text over the Arabic evidence, normalised), --min-sources."
)


def _date(s: str | None) -> date | None:
    if not s:
        return None
    try:
        return date.fromisoformat(s)
    except ValueError as err:
        raise typer.BadParameter(f"{s!r} is not a date (YYYY-MM-DD)") from err


def _filter(**kw: Any) -> Any:
    from rasad.service.events import EventFilter

    kw["since"] = _date(kw.get("since"))
    kw["until"] = _date(kw.get("until"))
    return EventFilter(**kw)


def _open(db: str | None) -> Any:
    from rasad.cli.common import err_console
    from rasad.errors import StoreError
    from rasad.service.events import EventService

    try:
        return EventService.open(db)
    except StoreError as err:
        err_console.print(f"[red]error[/]: {err}", markup=True, highlight=False)
        raise typer.Exit(2) from err


# Typer options shared by `events` and `export`
ActorOpt = typer.Option(None, "--actor", "-a", help="An actor: any name or alias (Arabic or English) or id.")
WithOpt = typer.Option(None, "--with", help="A second actor: contacts between --actor and this one.")
CountryOpt = typer.Option(None, "--country", "-c", help="ISO3 country of any participant (comma-separated).")
TypeOpt = typer.Option(None, "--type", "-t", help="call, visit, meeting, talks, invitation, message (comma-separated).")
ClassOpt = typer.Option(None, "--class", help="remote, in-person or invitation.")
StatusOpt = typer.Option(None, "--status", help="occurred or planned.")
SinceOpt = typer.Option(None, "--since", help="YYYY-MM-DD: events on or after.")
UntilOpt = typer.Option(None, "--until", help="YYYY-MM-DD: events on or before.")
TopicOpt = typer.Option(None, "--topic", help="Topic tag.")
OutletOpt = typer.Option(None, "--outlet", help="Reported by this outlet.")
DocOpt = typer.Option(None, "--doc", help="Reported by this document id.")
TextOpt = typer.Option(None, "--text", "-q", help="Full-text search over the Arabic evidence (normalised).")
MinSrcOpt = typer.Option(None, "--min-sources", help="At least this many independent sources.")
DbOpt = typer.Option(None, "--db", help=DB_HELP)


def register(app: typer.Typer) -> None:
    @app.command("ingest", help=INGEST_HELP)
    def ingest_cmd(
        paths: list[str] = typer.Argument(..., help="Files, folders, or - for stdin.", metavar="PATH..."),
        db: str | None = DbOpt,
        quiet: bool = typer.Option(False, "--quiet", help="No progress bar."),
        workers: int = typer.Option(1, "--workers", "-w", help="Extract in N parallel processes; this process "
                                    "stays the only database writer (rasad.scale)."),
        dask: str | None = typer.Option(None, "--dask", help="Extract on the Dask scheduler at this address "
                                        "(tcp://host:8786); results are stored here. See docs/scale.md."),
    ) -> None:
        from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        from rasad.cli.common import err_console
        from rasad.service.events import IngestReport
        from rasad.settings import load_settings

        settings = load_settings()
        svc = _open(db)
        progress = Progress(SpinnerColumn(), TextColumn("ingesting"), BarColumn(bar_width=None),
                            TextColumn("{task.completed} docs · {task.fields[stored]} new · "
                                       "{task.fields[dups]} known · {task.fields[events]} events · "
                                       "{task.fields[failed]} failed"),
                            TimeElapsedColumn(), console=err_console, disable=quiet)
        task = progress.add_task("ingest", total=None, stored=0, dups=0, events=0, failed=0)
        shown = 0

        def on_item(item: object, rep: IngestReport) -> None:
            nonlocal shown
            for issue in rep.issues[shown:]:
                style = "red" if issue.severity == "error" else "yellow"
                progress.console.print(f"[{style}]{issue.severity}[/]: {issue}", markup=True, highlight=False,
                                       soft_wrap=True)
            shown = len(rep.issues)
            progress.update(task, completed=rep.documents, stored=rep.stored, dups=rep.duplicates,
                            events=rep.new_events + rep.merged_events, failed=rep.failed)

        try:
            with progress:
                from rasad.scale import ingest as scale_ingest

                rep = scale_ingest(svc, paths, workers=workers, dask=dask, settings=settings, on_item=on_item)
        finally:
            svc.close()
        err_console.print(
            f"{rep.documents} documents: {rep.stored} stored, {rep.duplicates} already stored, {rep.failed} failed; "
            f"{rep.new_events} new events, {rep.merged_events} reports merged into existing events",
            highlight=False)
        if rep.failed:
            raise typer.Exit(1)

    @app.command("events", help="Search the stored events (merged across articles).\n\n" + FILTER_HELP +
                 "\n\nExample: rasad events --actor نتنياهو --since 2024-01-01 --sort n_sources")
    def events_cmd(
        actor: str | None = ActorOpt, with_actor: str | None = WithOpt, country: str | None = CountryOpt,
        type_: str | None = TypeOpt, type_class: str | None = ClassOpt, status: str | None = StatusOpt,
        since: str | None = SinceOpt, until: str | None = UntilOpt, topic: str | None = TopicOpt,
        outlet: str | None = OutletOpt, doc: str | None = DocOpt, text: str | None = TextOpt,
        min_sources: int | None = MinSrcOpt,
        sort: str = typer.Option("date", "--sort", help="date, confidence, n_sources, reported or id."),
        asc: bool = typer.Option(False, "--asc", help="Ascending (default: descending)."),
        limit: int = typer.Option(20, "--limit", "-n", help="Events per page."),
        offset: int = typer.Option(0, "--offset", help="Skip this many events."),
        fmt: str = typer.Option("table", "--format", "-f", help="table, json (one page object) or jsonl."),
        db: str | None = DbOpt,
    ) -> None:
        import json

        from rich.console import Console
        from rich.table import Table


        f = _filter(actor=actor, with_actor=with_actor, country=country, type=type_, type_class=type_class,
                    status=status, since=since, until=until, topic=topic, outlet=outlet, doc_id=doc, text=text,
                    min_sources=min_sources)
        with _open(db) as svc:
            try:
                page = svc.events(f, sort=sort, desc=not asc, limit=limit, offset=offset, with_total=True)
            except ValueError as err:
                raise typer.BadParameter(str(err)) from err
        if fmt == "json":
            print(json.dumps(page.to_dict(), ensure_ascii=False, indent=1))
            return
        if fmt == "jsonl":
            for e in page.items:
                print(json.dumps(e, ensure_ascii=False))
            return
        table = Table(title=f"{page.total} events (showing {offset + 1 if page.items else 0}–{offset + len(page.items)})")
        for col in ("id", "date", "type", "source", "target", "where", "conf", "src", "outlets"):
            table.add_column(col, overflow="fold")
        for e in page.items:
            when = e["when"]
            d = "" if not when else when["start"] if when["start"] == when["end"] else f"{when['start']}…{when['end']}"
            names = lambda xs: ", ".join(a["name_en"] or a["name_ar"] or a["title"] or a["id"] for a in xs)  # noqa: E731
            table.add_row(str(e["id"]), d, e["type"] + ("" if e["status"] == "occurred" else " (planned)"),
                          names(e["source"]), names(e["target"]) + (f" / via {names(e['mediators'])}" if e["mediators"] else ""),
                          (e["location"] or {}).get("name_en") or (e["location"] or {}).get("country") or "",
                          f"{e['confidence']:.2f}", str(e["n_sources"]), str(e["n_outlets"]))
        Console().print(table)

    @app.command("export", help="Export the stored events.\n\n"
                 "[bold]--format jsonl[/]: the contract (events.schema.json), one line per source document with "
                 "the events it reported, each with event_id (the merged event). [bold]csv[/]: one row per merged "
                 "event, actors joined with '; ', UTF-8 with BOM (opens in Excel). [bold]plover[/]: one "
                 "PLOVER-style JSON object per line (CONSULT / AGREE / MEDIATE, mode, actors, date, location, "
                 "sources).\n\n" + FILTER_HELP + "\n\nExample: rasad export --format csv --country EGY -o egypt.csv")
    def export_cmd(
        fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl, csv or plover."),
        output: Path | None = typer.Option(None, "-o", "--output", help="Output file (default: stdout)."),
        actor: str | None = ActorOpt, with_actor: str | None = WithOpt, country: str | None = CountryOpt,
        type_: str | None = TypeOpt, type_class: str | None = ClassOpt, status: str | None = StatusOpt,
        since: str | None = SinceOpt, until: str | None = UntilOpt, topic: str | None = TopicOpt,
        outlet: str | None = OutletOpt, doc: str | None = DocOpt, text: str | None = TextOpt,
        min_sources: int | None = MinSrcOpt, db: str | None = DbOpt,
    ) -> None:
        from rasad.cli.common import err_console, open_output
        from rasad.export import FORMATS, export

        if fmt not in FORMATS:
            raise typer.BadParameter(f"--format must be one of {', '.join(FORMATS)}")
        f = _filter(actor=actor, with_actor=with_actor, country=country, type=type_, type_class=type_class,
                    status=status, since=since, until=until, topic=topic, outlet=outlet, doc_id=doc, text=text,
                    min_sources=min_sources)
        with _open(db) as svc, open_output(output) as fh:
            n = export(svc, fmt, fh, f)
        if output is not None and str(output) != "-":
            err_console.print(f"wrote {n} records to {output}", highlight=False)

    @app.command("stats", help="Counts of the stored articles, events, sources, actors and issues.")
    def stats_cmd(db: str | None = DbOpt) -> None:
        import json

        with _open(db) as svc:
            print(json.dumps(svc.stats(), ensure_ascii=False, indent=1))

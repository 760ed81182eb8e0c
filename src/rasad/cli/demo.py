"""`rasad demo`: the main job of `make run` — ingest a sample corpus, print a summary, serve the UI."""

from __future__ import annotations

from pathlib import Path

import typer

DEMO_HELP = (
    "Process a sample corpus into a SQLite database, print what was found, then serve the web UI.\n\n"
    "Uses ../shared/corpus (the seeds and the real articles) when it exists, else the example "
    "pages shipped in examples/. Re-running adds nothing: articles already stored are skipped."
)


def _corpus(shared: Path, examples: Path) -> list[str]:
    paths: list[str] = []
    seeds = shared / "corpus" / "seeds"
    real = shared / "corpus" / "real" / "articles.jsonl"
    if seeds.is_dir():
        paths += [str(p) for p in sorted(seeds.glob("*.txt"))]
    if real.is_file():
        paths.append(str(real))
    return paths or [str(examples)]


def register(app: typer.Typer) -> None:
    @app.command(help=DEMO_HELP)
    def demo(
        db: str = typer.Option("rasad.db", "--db", help="SQLite file or database URL to fill."),
        shared: Path = typer.Option(Path("../shared"), "--shared", help="The shared corpus folder."),
        examples: Path = typer.Option(Path("examples"), "--examples", help="Fallback example set."),
        serve: bool = typer.Option(True, "--serve/--no-serve", help="Serve the web UI afterwards."),
        host: str = typer.Option("127.0.0.1", "--host"),
        port: int = typer.Option(8000, "--port"),
        top: int = typer.Option(15, "--top", help="How many events to print."),
    ) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        from rasad.cli.common import report_issue
        from rasad.service.events import EventService

        console = Console()
        paths = _corpus(shared, examples)
        console.print(f"[bold]rasad[/] ingesting {len(paths)} input(s) into [cyan]{db}[/]")
        with EventService.open(db) as svc, Progress(
            TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            console=console, transient=True,
        ) as bar:
            task = bar.add_task("articles", total=None)
            report = svc.ingest_paths(paths, on_item=lambda _i, _r: bar.advance(task))
        for issue in report.issues:
            report_issue(issue)
        console.print(
            f"documents {report.documents}  stored {report.stored}  already stored {report.duplicates}  "
            f"failed {report.failed}  new events {report.new_events}  merged reports {report.merged_events}"
        )
        with EventService.open(db) as svc:
            stats = svc.stats()
            page = svc.events(sort="confidence", limit=top)
        console.print(
            f"database: {stats['articles']} articles, {stats['events']} events "
            f"({stats['multi_source_events']} reported by several articles), {stats['actors']} actors"
        )
        console.print("events by type: " + ", ".join(f"{k} {v}" for k, v in stats["events_by_type"].items()))
        console.print(f"[bold]Top {len(page.items)} events[/] (by confidence):")

        def names(actors: list[dict]) -> str:
            return ", ".join(a.get("name_en") or a.get("title") or a.get("country") or "?" for a in actors)

        for ev in page.items:
            when = ev["when"]["start"] if ev.get("when") else "date unknown"
            evidence = ev["sources"][0]["evidence"] if ev.get("sources") else ""
            console.print(
                f"- [green]{ev['type']}[/] ({ev['status']}, {when}, {ev['n_sources']} source(s)): "
                f"{names(ev['source'])} → {names(ev['target'])}",
                highlight=False,
            )
            console.print(f"    {evidence[:160]}", highlight=False, markup=False)
        if serve:
            import uvicorn

            from rasad.api.app import create_app
            from rasad.settings import load_settings

            console.print(f"serving the web UI on [link]http://{host}:{port}/[/link] (Ctrl-C to stop)")
            uvicorn.run(create_app(load_settings().with_(db=db)), host=host, port=port, log_level="warning")

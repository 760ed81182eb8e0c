"""`rasad watch`: follow feeds and sitemaps, ingest new articles, alert on watched events."""

from __future__ import annotations

from pathlib import Path

import typer

WATCH_HELP = (
    "Follow Arabic outlets: poll the RSS/Atom feeds and sitemaps listed in a TOML file, fetch new "
    "articles politely (robots.txt, per-host delay, conditional requests, timeouts, bounded retries), "
    "keep the raw pages, ingest them through the same pipeline as `rasad ingest`, and alert on new or "
    "newly corroborated events that match the file's [[watch]] entries (printed on stdout, appended to "
    "the [alerts] jsonl file, POSTed to the webhook).\n\n"
    "What was seen, fetched and alerted is kept in the database, so a restart neither misses nor "
    "repeats anything. A failing source is reported and retried later; it never stops the others.\n\n"
    "With --once every due source is polled once (every source with --force) and the command exits "
    "(exit code 1 if anything failed); without it, it polls forever, sleeping until the next source "
    "is due (Ctrl-C stops it cleanly).\n\n"
    "Example: rasad watch --config examples/sources.toml --once --db rasad.db   (format: docs/watch.md)"
)


def register(app: typer.Typer) -> None:
    @app.command("watch", help=WATCH_HELP)
    def watch_cmd(
        config: Path = typer.Option(Path("sources.toml"), "--config", "-c",
                                    help="Sources and watchlists (TOML; see examples/sources.toml)."),
        once: bool = typer.Option(False, "--once", help="Poll every due source once, then exit."),
        force: bool = typer.Option(False, "--force", help="With --once: poll every source, due or not."),
        db: str = typer.Option(None, "--db", help="Database path or URL (default: $RASAD_DB or rasad.db)."),
        quiet: bool = typer.Option(False, "--quiet", "-q", help="Print alerts and errors only."),
    ) -> None:
        from rasad.cli.common import err_console, report_issue
        from rasad.errors import RasadError, StoreError
        from rasad.watch.config import load_config
        from rasad.watch.runner import RunReport, Watcher

        try:
            cfg = load_config(config)
        except RasadError as err:
            err_console.print(f"[red]error[/]: {err}", markup=True, highlight=False)
            if not config.exists():
                err_console.print("an example configuration: examples/sources.toml", highlight=False)
            raise typer.Exit(2) from err
        if not cfg.sources:
            err_console.print(f"[yellow]warning[/]: {config} lists no [[source]]", markup=True, highlight=False)

        def show(rep: RunReport) -> None:
            if not quiet:
                err_console.print(f"watch: {rep.line()}", highlight=False)

        try:
            watcher = Watcher(cfg, db, echo=lambda s: print(s, flush=True), on_issue=report_issue)
        except StoreError as err:
            err_console.print(f"[red]error[/]: {err}", markup=True, highlight=False)
            raise typer.Exit(2) from err
        with watcher:
            if once:
                rep = watcher.run_once(force=force)
                show(rep)
                raise typer.Exit(1 if rep.failures else 0)
            if not quiet:
                names = ", ".join(s.name for s in cfg.sources)
                err_console.print(f"watch: {len(cfg.sources)} sources ({names}), {len(cfg.watches)} watches; "
                                  "Ctrl-C to stop", highlight=False)
            def show_changes(rep: RunReport) -> None:  # a quiet poll (nothing new, no failure) prints nothing
                if rep.items or rep.pages or rep.failures or rep.alerts:
                    show(rep)

            try:
                watcher.run_forever(on_report=show_changes)
            except KeyboardInterrupt:
                watcher.stop.set()
                if not quiet:
                    err_console.print("watch: stopped", highlight=False)

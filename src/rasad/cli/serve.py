"""`rasad serve`: the REST API and the web UI on one port (uvicorn)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    @app.command(
        "serve",
        help=(
            "Serve the REST API (/api, OpenAPI docs at /docs) and the web UI over the event database.\n\n"
            "POST /api/ingest is off unless RASAD_INGEST_TOKEN is set; clients then send "
            "`Authorization: Bearer <token>`. Binds to 127.0.0.1 by default: use --host 0.0.0.0 "
            "only on a network you trust."
        ),
    )
    def serve(
        db: str = typer.Option(None, "--db", help="Database URL or SQLite path (default: RASAD_DB or rasad.db)."),
        host: str = typer.Option("127.0.0.1", "--host", help="Address to bind."),
        port: int = typer.Option(8000, "--port", min=0, max=65535, help="Port to bind."),
        workers: int = typer.Option(1, "--workers", min=1, help="Worker processes."),
        log_level: str = typer.Option("info", "--log-level", help="uvicorn log level."),
        cache: bool = typer.Option(True, "--cache/--no-cache",
                                   help="Keep read API answers until the database changes (SQLite)."),
    ) -> None:
        import uvicorn

        from rasad.api.app import create_app
        from rasad.cli.common import err_console
        from rasad.errors import RasadError
        from rasad.settings import load_settings

        settings = load_settings().with_(db=db)
        if workers > 1:
            # each worker builds its own app (and database engine) through the factory
            import os

            os.environ["RASAD_DB"] = settings.db
            uvicorn.run("rasad.api.app:create_app", factory=True, host=host, port=port, workers=workers,
                        log_level=log_level)
            return
        try:
            application = create_app(settings, cache_size=1024 if cache else 0)
        except RasadError as err:
            err_console.print(f"[red]error[/]: {err}", markup=True, highlight=False)
            raise typer.Exit(2) from None
        err_console.print(f"rasad: serving {settings.db} on http://{host}:{port}/  (API docs: /docs)",
                          highlight=False)
        uvicorn.run(application, host=host, port=port, log_level=log_level)

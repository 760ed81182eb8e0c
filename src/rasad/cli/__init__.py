"""The `rasad` command line. Each command lives in its own module and registers itself.

Heavy imports happen inside the command functions so that `rasad --help` is instant.
"""

from __future__ import annotations

import importlib

import typer

app = typer.Typer(
    name="rasad",
    help=(
        "rasad (رصد) reads Arabic news and records diplomatic contacts: who called, met, "
        "visited, hosted, invited, negotiated with or wrote to whom, when, where, about what, "
        "with the Arabic sentence that says so."
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)

# Command modules, in the order `--help` lists them. A module that is missing is skipped,
# so the CLI works while a stage is still being built.
COMMAND_MODULES = ("read", "when", "resolve", "extract", "store", "serve", "watch", "scale", "demo")

for _name in COMMAND_MODULES:
    try:
        _mod = importlib.import_module(f"rasad.cli.{_name}")
    except ModuleNotFoundError as _err:  # pragma: no cover - only while building
        if _err.name != f"rasad.cli.{_name}":
            raise
        continue
    _mod.register(app)


def main() -> None:
    app()

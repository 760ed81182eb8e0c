"""`rasad resolve`: the actors, roles and places a text mentions, resolved against a date."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    app.command("resolve")(resolve)


def resolve(
    text: Annotated[str | None, typer.Argument(
        help="Arabic text; '-' or nothing reads stdin.", show_default=False)] = None,
    on: Annotated[str | None, typer.Option(
        "--date", "-d", help="Date YYYY-MM-DD at which roles resolve to their holders "
                             "(without it a role keeps its title and country).")] = None,
    file: Annotated[Path | None, typer.Option("--file", "-f", help="Read the text from this file.")] = None,
    unresolved: Annotated[bool, typer.Option(
        "--unresolved", help="Also list bare role words (الرئيس) that resolve to nobody.")] = False,
    search: Annotated[bool, typer.Option(
        "--search", help="Treat TEXT as a name (Arabic or English) and list the matching actors.")] = False,
) -> None:
    """Print the mentions of TEXT as JSON: text, start, end (offsets in TEXT), kind, name_en,
    name_ar, country, title (office held at --date), wikidata, id, via; places add `place`."""
    import json
    from datetime import date

    from rasad.errors import RasadError
    from rasad.kb import default_kb

    try:
        on_date = date.fromisoformat(on) if on else None
    except ValueError:
        raise typer.BadParameter(f"not a date (YYYY-MM-DD): {on}", param_hint="--date") from None
    if file is not None:
        try:
            text = file.read_text(encoding="utf-8")
        except OSError as err:
            raise typer.BadParameter(str(err), param_hint="--file") from None
    elif text is None or text == "-":
        text = sys.stdin.read()
    try:
        kb = default_kb()
        if search:
            typer.echo(json.dumps([a.to_dict() | {"id": a.id} for a in kb.search(text)], ensure_ascii=False,
                                  indent=1))
            return
        out = []
        for m in kb.find_mentions(text, on_date, unresolved=unresolved):
            d = m.to_dict()
            if m.place is not None:
                # a place names itself; the government it stands for (capitals) goes in "actor"
                d.update(name_en=m.place.name_en, name_ar=m.place.name_ar, country=m.place.country,
                         wikidata=None, place_kind=m.place.kind)
                d["actor"] = m.actor.to_dict() if m.actor else None
            out.append(d)
    except RasadError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(2) from None
    typer.echo(json.dumps(out, ensure_ascii=False, indent=1))

"""`rasad when`: resolve the Arabic time expressions of a text against an anchor date."""

from __future__ import annotations

from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    app.command("when")(when)


def when(
    text: Annotated[str, typer.Argument(help="Arabic text (a phrase, a sentence or a whole article).")],
    anchor: Annotated[str | None, typer.Option(
        "--anchor", "-a", help="Anchor (publication) date YYYY-MM-DD; without it only absolute dates resolve.")] = None,
    tense: Annotated[str | None, typer.Option(
        "--tense", help="Force the tense: past, future, present or unknown (default: from the sentence's verb).")] = None,
    one: Annotated[bool, typer.Option("--one", help="Only the main (longest) expression, as one object or null.")] = False,
    rich: Annotated[bool, typer.Option("--rich", help="Add the tense of each expression.")] = False,
) -> None:
    """Print the time expressions of TEXT as JSON: text, start, end, precision, offset, method."""
    import json
    from datetime import date

    from rasad.timex import find_times, resolve_one

    try:
        anchor_date = date.fromisoformat(anchor) if anchor else None
    except ValueError:
        raise typer.BadParameter(f"not a date (YYYY-MM-DD): {anchor}", param_hint="--anchor") from None
    if tense is not None and tense not in ("past", "future", "present", "unknown"):
        raise typer.BadParameter("one of past, future, present, unknown", param_hint="--tense")

    def as_dict(t):  # type: ignore[no-untyped-def]
        d = t.to_dict()
        if rich:
            d["tense"] = t.tense
        return d

    if one:
        t = resolve_one(text, anchor_date, tense=tense)
        typer.echo(json.dumps(as_dict(t) if t else None, ensure_ascii=False))
        return
    found = find_times(text, anchor_date, tense=tense)
    typer.echo(json.dumps([as_dict(t) for t in found], ensure_ascii=False, indent=1))

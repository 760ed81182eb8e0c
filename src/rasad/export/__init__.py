"""Exports of the event database: contract JSON Lines, a flat CSV, PLOVER-style JSON Lines.

- ``jsonl``: the contract of ../shared/spec/events.schema.json, **one line per source
  document** (``doc_id``, ``title``, ``published``, ``outlet``, ``events``), each event as the
  document reported it (`Event.to_rich()`: the contract fields plus offsets and codes) with
  ``event_id``, the id of the merged event it belongs to. With a filter, only documents
  reporting a matching event are written, each with its matching events.
- ``csv``: one row per merged event, actors joined with "; ", UTF-8 with a BOM so that
  Excel opens Arabic correctly.
- ``plover``: one PLOVER-style record per merged event (CONSULT, or AGREE for planned
  contacts and invitations), plus a MEDIATE record per mediator of talks.
"""

from rasad.export.writers import FORMATS, export

__all__ = ["FORMATS", "export"]

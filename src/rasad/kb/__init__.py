"""Knowledge base of actors, offices and places, and resolution of mentions in Arabic text.

Data files live in `rasad/kb/data` (format: data/README.md); people are read from every
`data/people/*.yaml`. The public interface:

- `default_kb()`: the knowledge base loaded once per process (cached).
- `KnowledgeBase.find_mentions(text, on)`: persons, roles, countries, organisations,
  delegations and places in a text, offsets into the original text.
- `KnowledgeBase.actor(entry_id, on)`, `.holder(role, of, on, for_)`, `.search(query)`,
  `.place_of(entry_id)`, `.country(iso3)`, `.role_title(role, of, for_)`.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from rasad.kb.engine import KnowledgeBase
from rasad.kb.loader import load
from rasad.kb.model import Entry, Office

__all__ = ["Entry", "KnowledgeBase", "Office", "default_kb", "load_kb"]


def load_kb(people_dir: Path | None = None, extra_people: list[Path] | None = None) -> KnowledgeBase:
    """A fresh knowledge base; `people_dir` replaces data/people, `extra_people` adds files."""
    return KnowledgeBase(load(people_dir, extra_people))


@lru_cache(maxsize=1)
def default_kb() -> KnowledgeBase:
    """The knowledge base built from the packaged data, loaded once per process."""
    return load_kb()

"""rasad.extract: the diplomatic contacts an article reports (see rasad.extract.core)."""

from rasad.extract.core import extract_events
from rasad.extract.lexicon import load_lexicon

__all__ = ["extract_events", "load_lexicon"]

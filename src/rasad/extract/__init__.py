"""rasad.extract: the diplomatic contacts an article reports (see rasad.extract.core)."""

from rasad.extract.core import contact_tokens, extract_events
from rasad.extract.lexicon import load_lexicon

__all__ = ["contact_tokens", "extract_events", "load_lexicon"]

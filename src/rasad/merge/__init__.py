"""Merging: one event per real contact across articles (rules), wire-copy detection (wire).

The store applies these rules incrementally as articles arrive (rasad.store.repo).
"""

from rasad.merge.rules import (
    ActorRef,
    actors_compatible,
    combined_confidence,
    country_key,
    dates_compatible,
    merge_key,
    places_compatible,
    type_class,
)
from rasad.merge.wire import is_wire_copy, similarity, sketch

__all__ = ["ActorRef", "actors_compatible", "combined_confidence", "country_key", "dates_compatible",
           "is_wire_copy", "merge_key", "places_compatible", "similarity", "sketch", "type_class"]

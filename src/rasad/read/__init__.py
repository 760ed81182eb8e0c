"""rasad.read: scraped pages, HTML and JSON Lines into clean articles with trustworthy metadata.

    read_paths(paths, settings)  -> Iterator[Article | DocIssue]   (files, folders, "-")
    read_raw(raw_doc)            -> list[Article]                  (raises RasadError subclasses)
    dates.parse_published(s)     -> datetime.date | None

Cleaning drops page furniture (cue phrases in data/furniture.yaml) and never rewrites words.
"""

from rasad.read.dates import parse_published
from rasad.read.reader import arabic_share, read_paths, read_raw

__all__ = ["arabic_share", "parse_published", "read_paths", "read_raw"]

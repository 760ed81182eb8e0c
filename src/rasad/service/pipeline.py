"""The processing pipeline over one article: the one place that chains the stages.

The CLI (`rasad extract`, `rasad ingest`), the API and the batch/Dask runners all call
`Pipeline.process`, so they give the same events for the same article.
Stages are named components over one article, in the spirit of spaCy's pipeline:
sentences -> time expressions -> mentions -> events. An article with no trigger word (no verb
or noun of contact: `rasad.extract.contact_tokens`) reports no contact, and stops after its
sentences (no times, mentions nor events): most of a day's news costs a tokenisation.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from rasad.arabic import normalize, split_sentences
from rasad.errors import DocIssue, DocumentTimeout, PipelineError, RasadError, TooLargeInput, TooManyEvents
from rasad.service.deadline import deadline
from rasad.settings import Settings, load_settings
from rasad.types import Article, Event, Mention, Sentence, TimeExpr

if TYPE_CHECKING:
    from rasad.kb import KnowledgeBase


@dataclass(frozen=True)
class ArticleResult:
    article: Article
    sentences: tuple[Sentence, ...] = ()
    times: tuple[TimeExpr, ...] = ()
    mentions: tuple[Mention, ...] = ()
    events: tuple[Event, ...] = ()
    issues: tuple[DocIssue, ...] = field(default_factory=tuple)


class Pipeline:
    """Loads the knowledge base once; `process` is pure over one article."""

    def __init__(self, kb: KnowledgeBase | None = None, settings: Settings | None = None):
        from rasad.kb import default_kb

        self.kb = kb if kb is not None else default_kb()
        self.settings = settings or load_settings()

    def process(self, article: Article) -> ArticleResult:
        from rasad.extract import contact_tokens, extract_events
        from rasad.timex import find_times, lead_date, report_day

        t0 = time.perf_counter()
        issues: list[DocIssue] = []
        try:
            size = self.settings.max_doc_bytes
            if len(article.text) > size // 4 and len(article.text.encode("utf-8", "surrogatepass")) > size:
                raise TooLargeInput(f"text over the limit of {size} bytes (RASAD_MAX_DOC_BYTES)")
            # a real bound: the stages are interrupted when the time runs out (rasad.service.deadline)
            with deadline(self.settings.doc_timeout_s, source=article.source):
                sentences = tuple(split_sentences(article.text))
                # one normalisation of the article for every stage
                norm = normalize(article.text)
                tokens = contact_tokens(article.text, norm)
                if tokens is None:
                    # no trigger word, so no contact: its times and mentions would serve nothing
                    return ArticleResult(article, sentences, issues=tuple(issues))
                times = tuple(find_times(article.text, article.published, norm=norm))
                # the day the report's own "اليوم" and "أمس" are read against: a wire dateline's day
                # before the page's (crawl) date; with no date of its own, its lead's full date, which
                # also dates its offices ("الوزير المصري"; the stored article keeps no date)
                day = (report_day(article.text, times, article.published) if article.published is not None
                       else lead_date(article.text, times))
                read_as = article
                if day is not None:
                    times = tuple(find_times(article.text, day, norm=norm))
                    if article.published is None:
                        read_as = replace(article, published=day)
                mentions = tuple(self.kb.find_mentions(article.text, read_as.published, norm=norm))
                events = extract_events(read_as, sentences=sentences, times=times, mentions=mentions, kb=self.kb,
                                        norm=norm, tokens=tokens)
            limit = self.settings.max_events_per_doc
            if len(events) > limit:
                issues.append(TooManyEvents(f"{len(events)} events, kept the first {limit}",
                                            source=article.source).to_issue("warning"))
                events = events[:limit]
            elapsed = time.perf_counter() - t0
            if elapsed > self.settings.doc_timeout_s:
                raise DocumentTimeout(f"took {elapsed:.1f} s (limit {self.settings.doc_timeout_s} s)",
                                      source=article.source)
        except RasadError as err:
            if err.source is None:
                err.source = article.source
            return ArticleResult(article, issues=(*issues, err.to_issue()))
        except Exception as err:  # noqa: BLE001 - a bug on one document is that document's issue
            issue = PipelineError(f"{type(err).__name__}: {err}", source=article.source).to_issue()
            return ArticleResult(article, issues=(*issues, issue))
        return ArticleResult(article, sentences, times, mentions, tuple(events), tuple(issues))

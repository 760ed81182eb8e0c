"""One exception hierarchy with stable codes, and the per-document issue record.

Codes are stable strings that users may grep for or filter on; never renumber them.
A stage that cannot process one document raises a `RasadError` subclass; the batch
runner turns it into a `DocIssue` and goes on with the rest of the batch.
"""

from __future__ import annotations

from dataclasses import dataclass


class RasadError(Exception):
    """Base of every error rasad raises on purpose."""

    code = "RASAD-000"
    reason = "error"

    def __init__(self, message: str = "", *, source: str | None = None, line: int | None = None):
        super().__init__(message or self.reason)
        self.message = message or self.reason
        self.source = source
        self.line = line

    def where(self) -> str:
        if self.source is None:
            return ""
        return f"{self.source}:{self.line}" if self.line is not None else self.source

    def to_issue(self, severity: str = "error") -> DocIssue:
        return DocIssue(source=self.source or "-", line=self.line, code=self.code,
                        message=self.message, severity=severity)

    def __str__(self) -> str:
        where = self.where()
        return f"{where}: {self.message} [{self.code}]" if where else f"{self.message} [{self.code}]"


# --- input problems (ingest/read) -------------------------------------------------
class InputError(RasadError):
    code = "INPUT-000"
    reason = "unreadable input"


class NotFoundInput(InputError):
    code = "INPUT-001"
    reason = "no such file or folder"


class EmptyInput(InputError):
    code = "INPUT-002"
    reason = "empty document"


class BinaryInput(InputError):
    code = "INPUT-003"
    reason = "binary content, not text"


class EncodingInput(InputError):
    code = "INPUT-004"
    reason = "text encoding not recognised (tried UTF-8, UTF-16, cp1256, ISO-8859-6)"


class TooLargeInput(InputError):
    code = "INPUT-005"
    reason = "document larger than the size limit"


class MalformedJSON(InputError):
    code = "INPUT-006"
    reason = "malformed JSON line"


class MalformedHTML(InputError):
    code = "INPUT-007"
    reason = "HTML without readable main text"


class NotArabic(InputError):
    code = "INPUT-008"
    reason = "text is not Arabic"


class UnsupportedInput(InputError):
    code = "INPUT-009"
    reason = "unsupported file type"


class MissingField(InputError):
    code = "INPUT-010"
    reason = "JSON object lacks a required field"


# --- processing limits and pipeline failures -----------------------------------
class LimitExceeded(RasadError):
    code = "LIMIT-000"
    reason = "a processing limit was exceeded"


class TooManyEvents(LimitExceeded):
    code = "LIMIT-001"
    reason = "more events than the per-document limit"


class DocumentTimeout(LimitExceeded):
    code = "LIMIT-002"
    reason = "document took longer than the per-document time limit"


class PipelineError(RasadError):
    code = "PIPE-000"
    reason = "internal error while processing the document"


# --- knowledge, storage, API ---------------------------------------------------
class KnowledgeError(RasadError):
    code = "KB-000"
    reason = "invalid knowledge-base data"


class StoreError(RasadError):
    code = "STORE-000"
    reason = "database error"


class NotFound(RasadError):
    code = "NOT-FOUND"
    reason = "not found"


class BadRequest(RasadError):
    code = "BAD-REQUEST"
    reason = "bad request"


class Unauthorized(RasadError):
    code = "UNAUTHORIZED"
    reason = "missing or wrong token"


# --- monitoring (rasad watch): configuration, fetching, feeds, alerts ------------
class WatchError(RasadError):
    code = "WATCH-000"
    reason = "monitoring error"
    retryable = False  # worth trying again later (timeouts, 5xx), or final (404, not HTML)


class WatchConfigError(WatchError):
    code = "WATCH-001"
    reason = "invalid sources/watch configuration"


class FetchTimeout(WatchError):
    code = "WATCH-002"
    reason = "request timed out"
    retryable = True


class FetchNetworkError(WatchError):
    code = "WATCH-003"
    reason = "network error"
    retryable = True


class FetchHTTPError(WatchError):
    code = "WATCH-004"
    reason = "HTTP error status"

    def __init__(self, message: str = "", *, status: int = 0, source: str | None = None,
                 line: int | None = None):
        super().__init__(message, source=source, line=line)
        self.status = status
        self.retryable = status >= 500 or status in (408, 425, 429)


class RedirectLoop(WatchError):
    code = "WATCH-005"
    reason = "redirect loop or too many redirects"


class NotHTML(WatchError):
    code = "WATCH-006"
    reason = "page is not HTML"


class RobotsDisallowed(WatchError):
    code = "WATCH-007"
    reason = "disallowed by robots.txt"


class RobotsUnavailable(WatchError):
    code = "WATCH-008"
    reason = "robots.txt unreachable (nothing fetched from the host until it is)"
    retryable = True


class BadFeed(WatchError):
    code = "WATCH-009"
    reason = "feed or sitemap could not be parsed"


class ResponseTooLarge(WatchError):
    code = "WATCH-010"
    reason = "response larger than the size limit"


class WebhookFailed(WatchError):
    code = "WATCH-011"
    reason = "webhook delivery failed"
    retryable = True


@dataclass(frozen=True)
class DocIssue:
    """A problem with one document: what the batch reports instead of a silent None."""

    source: str
    line: int | None
    code: str
    message: str
    severity: str = "error"  # "error" (document skipped) or "warning" (document kept)

    def where(self) -> str:
        return f"{self.source}:{self.line}" if self.line is not None else self.source

    def __str__(self) -> str:
        return f"{self.where()}: {self.message} [{self.code}]"

    def to_dict(self) -> dict[str, object]:
        return {"source": self.source, "line": self.line, "code": self.code,
                "message": self.message, "severity": self.severity}

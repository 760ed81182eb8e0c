"""rasad.timex: Arabic time expressions resolved to date ranges (see rasad.timex.core)."""

from rasad.timex.core import find_times, lead_date, report_day, resolve_one

__all__ = ["find_times", "lead_date", "report_day", "resolve_one"]

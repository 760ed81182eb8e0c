"""rasad (رصد): Arabic news in, a searchable record of diplomatic contacts out."""

__version__ = "0.1.0"

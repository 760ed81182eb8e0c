"""rasad (رصد): Arabic news in, a searchable record of diplomatic contacts out."""

from rasad import native as _native

__version__ = "0.1.0"

# the compiled builds of the hot modules, when built and matching the sources (rasad/native.py)
_native.install()

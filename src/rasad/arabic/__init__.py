"""Arabic text handling that keeps offsets to the original text.

No library does this for Arabic with offsets: PyArabic (GPL) strips diacritics but
loses positions, and camel-tools is heavy and needs downloaded data. These functions
are small, pure and fast, and every normalised form maps back to the original text.
"""

from rasad.arabic.normalize import NormText, fold_digits, normalize, normalize_key
from rasad.arabic.sentences import split_sentences
from rasad.arabic.tokens import Token, strip_clitics, tokenize

__all__ = ["NormText", "Token", "fold_digits", "normalize", "normalize_key", "split_sentences",
           "strip_clitics", "tokenize"]

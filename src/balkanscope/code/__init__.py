"""Event coding: PLOVER events with actor, recipient, modality, date and evidence span.

`extract_text(text, doc_date=None, lang=None, pack=None)` is the library entry point; the
stages live in `engine.py`, the lexicons in `lexicon.py` (pack data under `lexicons/`).
"""

from .lexicon import load_lexicons
from .pipeline import code_document, extract_text

__all__ = ["code_document", "extract_text", "load_lexicons"]

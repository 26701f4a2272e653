"""hedgecheck: who a news sentence's claim comes from, and how certain it is presented.

>>> import hedgecheck                                          # doctest: +SKIP
>>> doc = hedgecheck.annotate("Le ministre aurait démissionné.")  # doctest: +SKIP
>>> doc.sentences[0].certainty.value                           # doctest: +SKIP
'possible'
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from hedgecheck.backends import BackendError
from hedgecheck.lexicon import LexiconError, LexiconProblem, load_language
from hedgecheck.model import (
    Attribution,
    AttributionType,
    CertaintyLevel,
    Cue,
    CueKind,
    DocumentAnnotation,
    Provenance,
    SentenceAnnotation,
    Span,
)

if TYPE_CHECKING:
    from hedgecheck.annotator import Annotator, annotate, guess_language
    from hedgecheck.pool import WorkerError

__version__ = "0.1.0"

# The annotator imports spaCy, and through thinc PyTorch: seconds that the command
# line's input checks, ``lexicon check`` and ``summarize`` do not need. It is
# imported the first time one of these names is used; so is the worker pool, with multiprocessing.
_IMPORTED_ON_USE = {
    "Annotator": "hedgecheck.annotator",
    "annotate": "hedgecheck.annotator",
    "guess_language": "hedgecheck.annotator",
    "WorkerError": "hedgecheck.pool",
}


def __getattr__(name: str) -> Any:
    if name in _IMPORTED_ON_USE:
        return getattr(importlib.import_module(_IMPORTED_ON_USE[name]), name)
    raise AttributeError(f"module 'hedgecheck' has no attribute {name!r}")


__all__ = [
    "Annotator",
    "Attribution",
    "AttributionType",
    "BackendError",
    "CertaintyLevel",
    "Cue",
    "CueKind",
    "DocumentAnnotation",
    "LexiconError",
    "LexiconProblem",
    "Provenance",
    "SentenceAnnotation",
    "Span",
    "WorkerError",
    "__version__",
    "annotate",
    "guess_language",
    "load_language",
]

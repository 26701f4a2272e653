"""hedgecheck: who a news sentence's claim comes from, and how certain it is presented.

>>> import hedgecheck                                          # doctest: +SKIP
>>> doc = hedgecheck.annotate("Le ministre aurait démissionné.")  # doctest: +SKIP
>>> doc.sentences[0].certainty.value                           # doctest: +SKIP
'possible'
"""

from hedgecheck.annotator import Annotator, annotate, guess_language
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

__version__ = "0.1.0"

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
    "__version__",
    "annotate",
    "guess_language",
    "load_language",
]

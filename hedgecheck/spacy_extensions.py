"""The ``Doc._`` and ``Span._`` extensions that the hedgecheck spaCy component fills.

The component stores each Doc's annotation in ``doc.user_data`` as plain
JSON-like data, so that docs cross process boundaries (``nlp.pipe(...,
n_process=2)``) and survive ``Doc.to_bytes`` unharmed. The frozen
:class:`DocumentAnnotation` is built from that data once per Doc and kept
beside the Doc, weakly, so that it goes when the Doc goes: later look-ups, and
every ``Span._`` look-up, read the same object instead of rebuilding it.
"""

from __future__ import annotations

import weakref
from bisect import bisect_left, bisect_right

import attrs
from spacy.tokens import Doc, Span

from hedgecheck.model import Cue, DocumentAnnotation, SentenceAnnotation

__all__ = ["ASSIGNS", "USER_DATA_KEY", "annotation_of", "register_extensions", "store_annotation"]

USER_DATA_KEY = "hedgecheck"
# What the component sets, as spaCy's ``Language.factory(assigns=...)`` spells it.
ASSIGNS = ("doc._.hedgecheck", "span._.certainty", "span._.attribution", "span._.cues")


@attrs.frozen(slots=True, eq=False)
class _Built:
    """A Doc's annotation, built from ``data``, with its sentence bounds for finding a span's sentence."""

    data: object  # the user_data value it was built from: a different value means a new annotation
    annotation: DocumentAnnotation
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    @classmethod
    def of(cls, data: object, annotation: DocumentAnnotation) -> _Built:
        sentences = annotation.sentences
        return cls(data, annotation, tuple(s.start for s in sentences), tuple(s.end for s in sentences))


_BUILT: weakref.WeakKeyDictionary[Doc, _Built] = weakref.WeakKeyDictionary()


def store_annotation(doc: Doc, annotation: DocumentAnnotation) -> None:
    """Give ``doc`` its annotation: as data in ``user_data``, and built, for the extensions."""
    data = annotation.to_dict()
    doc.user_data[USER_DATA_KEY] = data
    _BUILT[doc] = _Built.of(data, annotation)


def _built(doc: Doc) -> _Built | None:
    data = doc.user_data.get(USER_DATA_KEY)
    if data is None:
        return None
    built = _BUILT.get(doc)
    # A Doc read back with Doc.from_bytes, copied, or annotated again holds other data.
    if built is None or built.data is not data:
        built = _Built.of(data, DocumentAnnotation.from_dict(data))
        _BUILT[doc] = built
    return built


def annotation_of(doc: Doc) -> DocumentAnnotation | None:
    """The getter of ``Doc._.hedgecheck``: None until the component has run on the Doc."""
    built = _built(doc)
    return built.annotation if built is not None else None


def _span_sentence(span: Span) -> SentenceAnnotation | None:
    built = _built(span.doc)
    if built is None:
        return None
    start, end = span.start_char, span.end_char
    # The sentence that holds the span, or else the first of those it overlaps most.
    sentences = built.annotation.sentences
    best, overlap = None, 0
    for k in range(bisect_right(built.ends, start), bisect_left(built.starts, end)):
        shared = min(end, built.ends[k]) - max(start, built.starts[k])
        if shared > overlap:
            best, overlap = sentences[k], shared
    return best


def _span_certainty(span: Span) -> str | None:
    sentence = _span_sentence(span)
    return sentence.certainty.value if sentence is not None else None


def _span_attribution(span: Span) -> str | None:
    sentence = _span_sentence(span)
    return sentence.attribution.value if sentence is not None else None


def _span_cues(span: Span) -> list[Cue]:
    sentence = _span_sentence(span)
    if sentence is None:
        return []
    return [c for c in sentence.cues if c.start < span.end_char and span.start_char < c.end]


def register_extensions() -> None:
    """Declare ``Doc._.hedgecheck`` and the ``Span`` extensions (idempotent)."""
    if not Doc.has_extension("hedgecheck"):
        Doc.set_extension("hedgecheck", getter=annotation_of)
    for name, getter in (("certainty", _span_certainty), ("attribution", _span_attribution), ("cues", _span_cues)):
        if not Span.has_extension(name):
            Span.set_extension(name, getter=getter)

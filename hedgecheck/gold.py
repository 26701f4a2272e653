"""One gold record (a line of a ``.gold.jsonl`` file, ANNOTATION.md §4) as typed, frozen values.

A record is checked once, where it is read: :meth:`GoldSentence.from_dict` either
returns the typed sentence or raises :class:`GoldShapeError` naming the first field
that is missing or of the wrong type (``cues[0]: level is a string``), so that the
scoring code reads attributes and never a dictionary it must check again.

Only the shape is checked here; the labels stay strings, because an unknown label
is one problem among all those :func:`hedgecheck.evaluate.validate_gold` lists
for a whole file, not a reason to stop reading it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any, TypeVar

import attrs

__all__ = ["GoldAttribution", "GoldCue", "GoldSentence", "GoldShapeError", "GoldSpan"]

UNSPECIFIED_KIND = "unspecified"  # the kind of a cue whose gold record gives none
REQUIRED = ("doc", "index", "start", "end", "text", "attribution", "attributions", "certainty", "cues")

_SPAN_SHAPE = "is an object with start, end and text"
_Item = TypeVar("_Item")


class GoldShapeError(ValueError):
    """A gold record's field is missing or of the wrong type; the message names the field."""


def _whole_number(data: Mapping[str, Any], key: str) -> int:
    value = data.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise GoldShapeError(f"{key} is a whole number from 0")
    return value


def _string(data: Mapping[str, Any], key: str, default: str | None = None) -> str:
    value = data.get(key, default)
    if not isinstance(value, str):
        raise GoldShapeError(f"{key} is a string")
    return value


def _flag(data: Mapping[str, Any], key: str) -> bool:
    value = data.get(key, False)
    if not isinstance(value, bool):
        raise GoldShapeError(f"{key} is true or false")
    return value


@contextmanager
def _within(name: str) -> Iterator[None]:
    """A problem of a field of a nested value is named by the value's place: ``attributions[0]: type ...``."""
    try:
        yield
    except GoldShapeError as error:
        raise GoldShapeError(f"{name}: {error}") from None


def _items(value: object, field: str, read: Callable[[object, str], _Item]) -> tuple[_Item, ...]:
    if not isinstance(value, list):
        raise GoldShapeError(f"{field} is a list")
    return tuple(read(item, f"{field}[{n}]") for n, item in enumerate(value))


@attrs.frozen(slots=True)
class GoldSpan:
    """A stretch of the document as the annotators marked it.

    Unlike :class:`~hedgecheck.model.Span` it may disagree with the text (an end
    before its start, another text): :func:`~hedgecheck.evaluate.validate_gold` reports that.
    """

    start: int
    end: int
    text: str

    @classmethod
    def from_dict(cls, data: object, name: str) -> GoldSpan:
        if not isinstance(data, dict):
            raise GoldShapeError(f"{name} {_SPAN_SHAPE}")
        with _within(name):
            return cls(_whole_number(data, "start"), _whole_number(data, "end"), _string(data, "text"))


def _optional_span(data: Mapping[str, Any], field: str, name: str) -> GoldSpan | None:
    # v1.3 §4: null where the sentence has none of its own.
    value = data.get(field)
    return None if value is None else GoldSpan.from_dict(value, f"{name}.{field}")


@attrs.frozen(slots=True)
class GoldCue:
    """A word or phrase the annotators marked, and the level it carries."""

    span: GoldSpan
    level: str
    kind: str = UNSPECIFIED_KIND

    @classmethod
    def from_dict(cls, data: object, name: str) -> GoldCue:
        if not isinstance(data, dict):
            raise GoldShapeError(f"{name} {_SPAN_SHAPE}")
        span = GoldSpan.from_dict(data, name)
        with _within(name):
            return cls(span, _string(data, "level"), _string(data, "kind", UNSPECIFIED_KIND))


@attrs.frozen(slots=True)
class GoldAttribution:
    """One source the annotators marked; ``type`` is a label, ``main`` the sentence's own."""

    type: str
    main: bool
    source: GoldSpan | None = None
    cue: GoldSpan | None = None
    content: GoldSpan | None = None
    refers_to: GoldSpan | None = None  # a mention elsewhere in the document

    @classmethod
    def from_dict(cls, data: object, name: str) -> GoldAttribution:
        if not isinstance(data, dict):
            raise GoldShapeError(f"{name} is an object")
        with _within(name):
            kind, main = _string(data, "type"), _flag(data, "main")
        return cls(
            kind,
            main,
            source=_optional_span(data, "source", name),
            cue=_optional_span(data, "cue", name),
            content=_optional_span(data, "content", name),
            refers_to=_optional_span(data, "refers_to", name),
        )

    @property
    def spans(self) -> list[tuple[str, GoldSpan]]:
        """The source, cue and content that stand in the sentence, by name."""
        named = (("source", self.source), ("cue", self.cue), ("content", self.content))
        return [(name, span) for name, span in named if span is not None]


@attrs.frozen(slots=True)
class GoldSentence:
    """One gold sentence: its place in the document, its two labels and the evidence marked for them."""

    doc: str
    index: int
    span: GoldSpan
    attribution: str
    certainty: str
    attributions: tuple[GoldAttribution, ...]
    cues: tuple[GoldCue, ...]
    phenomena: tuple[str, ...] = ()

    @classmethod
    def from_dict(cls, data: object) -> GoldSentence:
        """The record parsed from one line; GoldShapeError at the first field it cannot use, in field order."""
        if not isinstance(data, dict):
            raise GoldShapeError("a gold record is a JSON object")
        missing = [k for k in REQUIRED if k not in data]
        if missing:
            raise GoldShapeError(f"missing field(s) {', '.join(missing)}")
        span = GoldSpan.from_dict(data, "the sentence")
        index = _whole_number(data, "index")
        doc, attribution, certainty = (_string(data, field) for field in ("doc", "attribution", "certainty"))
        attributions = _items(data["attributions"], "attributions", GoldAttribution.from_dict)
        cues = _items(data["cues"], "cues", GoldCue.from_dict)
        phenomena = data.get("phenomena", [])
        if not isinstance(phenomena, list) or not all(isinstance(p, str) for p in phenomena):
            raise GoldShapeError("phenomena is a list of strings")
        try:
            json.dumps(data, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:  # JSON can escape half a surrogate pair, which no output can print
            raise GoldShapeError("not valid Unicode: a string holds an unpaired surrogate (\\ud800-\\udfff)") from None
        return cls(doc, index, span, attribution, certainty, attributions, cues, tuple(phenomena))

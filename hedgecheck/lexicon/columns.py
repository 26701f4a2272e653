"""The columns of the lexicon files: what each may hold, and the message when it holds something else.

A column's ``parse`` turns a cell's text into the value its entry stores, or
reports what the column accepts and returns :data:`INVALID`.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Final

import attrs

from hedgecheck.lexicon.pattern import GAP, parse_pattern
from hedgecheck.lexicon.tsv import Cell, Report
from hedgecheck.model import AttributionType, CertaintyLevel

__all__ = [
    "INVALID",
    "NO_LEVEL",
    "Column",
    "OnInvalid",
    "abbreviation",
    "attribution_or_any",
    "choice",
    "feature",
    "free_text",
    "grade",
    "level",
    "level_or_any",
    "pattern",
    "pattern_or_any",
    "source_type",
]

NO_LEVEL: Final = "-"


class _Invalid(enum.Enum):
    INVALID = "invalid"


INVALID: Final = _Invalid.INVALID

# (cell text, column name, report) -> the value, or INVALID once the problem is reported.
Parse = Callable[[str, str, Report], object]


class OnInvalid(enum.Enum):
    """What a bad value does to the rest of its row."""

    DROP_ROW = "drop_row"  # the other cells are still checked, then the row is left out
    STOP = "stop"  # the later cells depend on this one: they are not checked
    KEEP = "keep"  # the row is kept, without this value (None)


def free_text(text: str, name: str, report: Report) -> str:
    return text


@attrs.frozen(slots=True)
class Column:
    """One column of a lexicon file.

    ``required``: an empty cell is reported as such (« empty pattern »). A column
    that is not required either gives an empty cell a meaning (no level, no note)
    or rejects it through ``parse``, with the list of what it accepts.
    ``field`` is the entry's field the value goes to (the column's name when not
    given); None keeps the column out of the entry.
    """

    name: str
    parse: Parse = free_text
    required: bool = False
    on_invalid: OnInvalid = OnInvalid.DROP_ROW
    field: str | None = attrs.field(default=attrs.Factory(lambda self: self.name, takes_self=True))

    def read(self, cell: Cell, report: Report) -> object:
        if self.required and not cell.value:
            report(0, f"empty {self.name}")
            return INVALID
        value = self.parse(cell.value, self.name, report)
        return None if value is INVALID and self.on_invalid is OnInvalid.KEEP else value


def pattern(text: str, name: str, report: Report) -> object:
    parsed = parse_pattern(text, report)
    return INVALID if parsed is None else parsed


def pattern_or_any(text: str, name: str, report: Report) -> object:
    """A pattern, or ``*`` (None) for the row that applies to every word."""
    return None if text == GAP else pattern(text, name, report)


def level(text: str, name: str, report: Report) -> object:
    """A certainty level, or ``-`` (or nothing) for no level."""
    return None if text in ("", NO_LEVEL) else _level(text, name, report, f" or {NO_LEVEL}")


def level_or_any(text: str, name: str, report: Report) -> object:
    """A certainty level, or ``*`` (None) for any."""
    return None if text == GAP else _level(text, name, report, "")


def _member(text: str, allowed: Iterable[enum.StrEnum], unknown: str, report: Report, alternative: str) -> object:
    """The label of ``allowed`` written ``text``, or the report ``{unknown}: use`` the labels ``{alternative}``."""
    labels = tuple(allowed)
    found = next((label for label in labels if label.value == text), None)
    if found is None:
        report(0, f"{unknown}: use {', '.join(label.value for label in labels)}{alternative}")
        return INVALID
    return found


def _level(text: str, name: str, report: Report, alternative: str) -> object:
    return _member(text, CertaintyLevel, f"unknown level {text!r} in column {name!r}", report, alternative)


def source_type(text: str, name: str, report: Report) -> object:
    """A source type other than ``none``, or ``-`` (or nothing) when the type comes from elsewhere."""
    if text in ("", NO_LEVEL):
        return None
    sources = (t for t in AttributionType if t is not AttributionType.NONE)
    return _member(text, sources, f"unknown source type {text!r}", report, f" or {NO_LEVEL}")


def attribution_or_any(text: str, name: str, report: Report) -> object:
    """An attribution type, ``none`` included, or ``*`` (None) for any."""
    if text == GAP:
        return None
    return _member(text, AttributionType, f"unknown attribution {text!r}", report, f" or {GAP}")


def choice(options: Mapping[str, object] | type[enum.StrEnum]) -> Parse:
    """One of a few words: the keys of ``options`` (read as their values), or an enumeration's values."""
    values: Mapping[str, object] = (
        {member.value: member for member in options} if isinstance(options, type) else options
    )

    def parse(text: str, name: str, report: Report) -> object:
        if text in values:
            return values[text]
        report(0, f"{name} must be one of {', '.join(values)}, found {text!r}")
        return INVALID

    return parse


def feature(text: str, name: str, report: Report) -> object:
    """A morphological feature, ``Key=Value`` (``Mood=Cnd``)."""
    key, eq, value = text.partition("=")
    if not (key and eq and value) or " " in text:
        report(0, f"a feature is written Key=Value (Mood=Cnd), found {text!r}")
        return INVALID
    return text


def grade(text: str, name: str, report: Report) -> object:
    """A sourcing grade: one lower-case word."""
    if not re.fullmatch(r"[a-z_]+", text):
        report(0, f"a grade is one lower-case word, found {text!r}")
        return INVALID
    return text


def abbreviation(text: str, name: str, report: Report) -> object:
    """An abbreviation, stored without its final full stop: the word before the full stop is looked up."""
    return text.rstrip(".")

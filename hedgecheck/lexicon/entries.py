"""What one line of a lexicon file becomes: a small frozen value that names its file and line.

The fields of each class are the columns of its file (see :mod:`hedgecheck.lexicon.files`),
so the detectors read a line as the linguist wrote it, already checked.
"""

from __future__ import annotations

import enum
from typing import Protocol

import attrs

from hedgecheck.lexicon.pattern import Pattern
from hedgecheck.model import AttributionType, CertaintyLevel, CueKind

__all__ = [
    "Abbreviation",
    "CueEntry",
    "EndsSentence",
    "Entry",
    "GradeRow",
    "MarkerEntry",
    "MarkerSource",
    "MoodEntry",
    "MoodModifier",
    "PhraseEntry",
    "RoleEntry",
    "RoleReading",
    "TypedEntry",
]


class Entry(Protocol):
    """Any lexicon line: it names where it was written, for the output's provenance."""

    @property
    def path(self) -> str: ...

    @property
    def line(self) -> int: ...


@attrs.frozen(slots=True)
class CueEntry:
    """A hedge, booster or reporting verb: a pattern and the level it carries.

    ``level`` is None for a pattern that is a cue only when negated
    (« ne pas exclure »); ``negated`` is the level under negation, None when a
    negated use is no cue at all.
    """

    pattern: Pattern
    level: CertaintyLevel | None
    negated: CertaintyLevel | None
    kind: CueKind
    path: str
    line: int
    note: str = ""


@attrs.frozen(slots=True)
class PhraseEntry:
    """A bare pattern: a non-speculative fixed phrase, a question word, a marker."""

    pattern: Pattern
    path: str
    line: int
    note: str = ""


@attrs.frozen(slots=True)
class MoodEntry:
    """What a verb in a given mood means for certainty (the conditional, mostly).

    ``pattern`` None is the default row (``*``) for every verb not listed.
    ``after_past`` is the level when the verb heads a complement clause of a
    past-tense verb, where the mood may only mark the future in the past.
    """

    feature: str
    pattern: Pattern | None
    level: CertaintyLevel | None
    after_past: CertaintyLevel | None
    path: str
    line: int
    note: str = ""


@attrs.frozen(slots=True)
class MoodModifier:
    """A word that changes what a verb in a mood means when it modifies the verb's group.

    "would often leave", "years later ... would cite": with a habitual or a narrative-time
    adverb, "would" tells what happened, not what might. ``pattern`` is the verb in the
    mood (None for any), ``modifier`` the word or phrase; ``level`` is the certainty the
    verb then gives, None for no cue.
    """

    feature: str
    pattern: Pattern | None
    modifier: Pattern
    level: CertaintyLevel | None
    path: str
    line: int
    note: str = ""


class EndsSentence(enum.StrEnum):
    """Whether a full stop after an abbreviation may end the sentence."""

    YES = "yes"  # « etc. » often closes a sentence
    NO = "no"  # « M. Dupont »
    BEFORE_CAPITAL = "before_capital"  # also a plain word: « art. 12 », but « œuvres d'art. Ils »


@attrs.frozen(slots=True)
class Abbreviation:
    text: str
    ends_sentence: EndsSentence
    path: str
    line: int


class MarkerSource(enum.StrEnum):
    """Where an attribution marker's source is (the ``source`` column of ``attribution_markers.tsv``)."""

    AFTER = "after"  # the noun phrase right after the marker: « selon X »
    BEFORE = "before"  # a short verbless phrase opening the sentence before the marker: « Pence : »
    SELF = "self"  # the marker's own first word: « il » in « il se murmure que »


@attrs.frozen(slots=True)
class MarkerEntry:
    """A preposition or phrase that attributes without a reporting verb (« selon X »).

    ``initial_only``: the marker attributes only when it opens the sentence
    (« Pour le ministre, ... »). ``may_be_main``: it may give the sentence's main
    attribution, rather than only the channel of someone else's words (« cité par »).
    """

    pattern: Pattern
    type: AttributionType | None
    source: MarkerSource
    initial_only: bool
    may_be_main: bool
    path: str
    line: int
    note: str = ""


@attrs.frozen(slots=True)
class TypedEntry:
    """A pattern with a default source type (reporting nouns)."""

    pattern: Pattern
    type: AttributionType | None
    path: str
    line: int
    note: str = ""


class RoleReading(enum.StrEnum):
    """How a person noun reads as a source (guidelines §2 rule 7)."""

    ROLE = "role"
    GROUP = "group"
    GENERIC = "generic"


@attrs.frozen(slots=True)
class RoleEntry:
    pattern: Pattern
    reading: RoleReading
    path: str
    line: int
    note: str = ""


@attrs.frozen(slots=True)
class GradeRow:
    """One row of the sourcing-grade table; None stands for ``*`` (any)."""

    attribution: AttributionType | None
    certainty: CertaintyLevel | None
    grade: str
    path: str
    line: int
    note: str = ""

    def matches(self, attribution: AttributionType, certainty: CertaintyLevel) -> bool:
        return self.attribution in (None, attribution) and self.certainty in (None, certainty)

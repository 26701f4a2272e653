"""The lexicon files a language folder may hold: one table that loading, checking and the docs follow.

Each :class:`LexiconFile` names a file, its columns (each with what it may
hold), the entry a line becomes, the :class:`~hedgecheck.lexicon.language.Language`
field the entries go to, and the checks that involve more than one cell. A file
that is missing holds no entry. Adding a file is one row of :data:`LEXICON_FILES`
(and its field on ``Language``); ``docs/lexicon-guide.md`` must list it, which a
test checks.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Final

import attrs

from hedgecheck.lexicon import columns
from hedgecheck.lexicon.columns import Column, OnInvalid
from hedgecheck.lexicon.entries import (
    Abbreviation,
    CueEntry,
    EndsSentence,
    Entry,
    GradeRow,
    MarkerEntry,
    MarkerSource,
    MoodEntry,
    MoodModifier,
    PhraseEntry,
    RoleEntry,
    RoleReading,
    TypedEntry,
)
from hedgecheck.model import AttributionType, CertaintyLevel, CueKind

__all__ = ["GRADES_FILE", "KNOWN_FILES", "LANGUAGE_FILE", "LEXICON_FILES", "LexiconFile"]

LANGUAGE_FILE: Final = "language.toml"
GRADES_FILE: Final = "sourcing_grades.tsv"

# A check across the cells of one row: None, or the column to point at and the message.
RowRule = Callable[[Mapping[str, object]], tuple[str, str] | None]
# A check of the whole file once its rows are read: None, or the message (located at 1:1).
FileRule = Callable[[Sequence[Entry]], str | None]


@attrs.frozen(slots=True)
class LexiconFile:
    """One kind of lexicon file: its name, columns, entries and checks."""

    name: str
    columns: tuple[Column, ...]
    entry: Callable[..., Entry]  # called with each stored column's value, path and line
    field: str  # the Language field that holds the entries
    unique: tuple[str, ...] = ("pattern",)  # columns whose values together may not repeat; () for no check
    duplicate: str = "entry"  # what a repeated line is called in the message
    rules: tuple[RowRule, ...] = ()
    complete: FileRule | None = None  # checked only when the file has no other problem
    inflected: bool = False  # patterns also match the regular forms of [inflection] in language.toml
    shared: bool = False  # also found in the parent folder, for all languages; a language may override it

    @property
    def header(self) -> tuple[str, ...]:
        return tuple(column.name for column in self.columns)

    def path_in(self, directory: Path) -> Path:
        """Where a language folder's file of this kind is: a shared file may be the parent folder's."""
        path = directory / self.name
        return directory.parent / self.name if self.shared and not path.is_file() else path


def _needs_a_level(values: Mapping[str, object]) -> tuple[str, str] | None:
    # Only a reporting verb may be neutral: it is still an attribution cue.
    if values["level"] is None and values["negated"] is None:
        return "level", "an entry needs a level, a negated level, or both"
    return None


def _booster_is_certain(values: Mapping[str, object]) -> tuple[str, str] | None:
    level = values["level"]
    if level not in (None, CertaintyLevel.CERTAIN):
        return "level", f"a booster's level must be certain, not {level}"
    return None


def _self_source_has_a_type(values: Mapping[str, object]) -> tuple[str, str] | None:
    if values["source"] is MarkerSource.SELF and values["type"] is None:
        return "type", "a marker that is its own source needs a type"
    return None


def _every_grade_is_given(rows: Sequence[Entry]) -> str | None:
    grades = [row for row in rows if isinstance(row, GradeRow)]
    missing = [
        f"{a.value}/{level.value}"
        for a in AttributionType
        for level in CertaintyLevel
        if not any(row.matches(a, level) for row in grades)
    ]
    return f"no grade for {', '.join(missing)}; add rows (or * rows) that cover them" if missing else None


_PATTERN: Final = Column("pattern", columns.pattern, required=True)
_NOTE: Final = Column("note")
_CUE_COLUMNS: Final = (_PATTERN, Column("level", columns.level), Column("negated", columns.level), _NOTE)
_SOURCE_TYPE: Final = Column("type", columns.source_type)


def _cues(name: str, kind: CueKind, rules: tuple[RowRule, ...]) -> LexiconFile:
    entry = functools.partial(CueEntry, kind=kind)
    return LexiconFile(name, _CUE_COLUMNS, entry, "cues", rules=rules, inflected=True)


def _phrases(name: str, *, inflected: bool = False) -> LexiconFile:
    return LexiconFile(f"{name}.tsv", (_PATTERN, _NOTE), PhraseEntry, name, inflected=inflected)


# In the order their problems are listed.
LEXICON_FILES: Final = (
    _cues("hedges.tsv", CueKind.HEDGE, (_needs_a_level,)),
    _cues("boosters.tsv", CueKind.BOOSTER, (_needs_a_level, _booster_is_certain)),
    _cues("reporting_verbs.tsv", CueKind.REPORTING_VERB, ()),
    _phrases("exceptions"),
    _phrases("hypothesis_markers"),
    _phrases("question_words"),
    _phrases("media"),
    _phrases("institutions"),
    _phrases("vague_sources"),
    _phrases("anonymity_markers"),
    _phrases("inclusion_markers"),
    _phrases("non_speakers"),
    _phrases("depending_on"),
    _phrases("tag_verbs", inflected=True),
    _phrases("content_verbs", inflected=True),
    _phrases("stance_nouns"),
    LexiconFile(
        "attribution_markers.tsv",
        (
            _PATTERN,
            _SOURCE_TYPE,
            Column("source", columns.choice(MarkerSource)),
            Column("position", columns.choice({"any": False, "initial": True}), field="initial_only"),
            Column("main", columns.choice({"yes": True, "no": False}), field="may_be_main"),
            _NOTE,
        ),
        MarkerEntry,
        "markers",
        rules=(_self_source_has_a_type,),
    ),
    LexiconFile("reporting_nouns.tsv", (_PATTERN, _SOURCE_TYPE, _NOTE), TypedEntry, "reporting_nouns"),
    LexiconFile(
        "person_roles.tsv", (_PATTERN, Column("reading", columns.choice(RoleReading)), _NOTE), RoleEntry, "roles"
    ),
    LexiconFile(
        GRADES_FILE,
        (
            Column("attribution", columns.attribution_or_any),
            Column("certainty", columns.level_or_any),
            Column("grade", columns.grade),
            _NOTE,
        ),
        GradeRow,
        "grades",
        unique=(),
        complete=_every_grade_is_given,
        shared=True,
    ),
    LexiconFile(
        "moods.tsv",
        (
            Column("feature", columns.feature, on_invalid=OnInvalid.STOP),
            Column("pattern", columns.pattern_or_any, required=True, on_invalid=OnInvalid.STOP),
            # A row with a bad level is kept, so that a repeated feature and verb is still reported.
            Column("level", columns.level, on_invalid=OnInvalid.KEEP),
            Column("after_past", columns.level, on_invalid=OnInvalid.KEEP),
            _NOTE,
        ),
        MoodEntry,
        "moods",
        unique=("feature", "pattern"),
        inflected=True,
    ),
    LexiconFile(
        "mood_modifiers.tsv",
        (
            Column("feature", columns.feature, on_invalid=OnInvalid.STOP),
            Column("pattern", columns.pattern_or_any, required=True, on_invalid=OnInvalid.STOP),
            Column("modifier", columns.pattern, required=True),
            Column("level", columns.level),
            _NOTE,
        ),
        MoodModifier,
        "mood_modifiers",
        unique=("feature", "pattern", "modifier"),
        inflected=True,
    ),
    LexiconFile(
        "abbreviations.tsv",
        (
            Column("abbreviation", columns.abbreviation, required=True, on_invalid=OnInvalid.STOP, field="text"),
            Column("ends_sentence", columns.choice(EndsSentence)),
            Column("note", field=None),
        ),
        Abbreviation,
        "abbreviations",
        unique=("abbreviation",),
        duplicate="abbreviation",
    ),
)
KNOWN_FILES: Final = frozenset(spec.name for spec in LEXICON_FILES)

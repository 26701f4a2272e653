"""A language: its ``language.toml`` conventions and the entries of its lexicon files, together."""

from __future__ import annotations

from pathlib import Path

import attrs

from hedgecheck.lexicon.entries import (
    Abbreviation,
    CueEntry,
    GradeRow,
    MarkerEntry,
    MoodEntry,
    PhraseEntry,
    RoleEntry,
    TypedEntry,
)
from hedgecheck.model import CueKind
from hedgecheck.morphology import FormMoodRule

__all__ = ["EntityLabels", "Language"]


@attrs.frozen(slots=True)
class EntityLabels:
    """The parser's named-entity labels for persons, organisations and places."""

    person: frozenset[str] = frozenset()
    organization: frozenset[str] = frozenset()
    place: frozenset[str] = frozenset()
    # Labels of numbers and amounts: "dozens of papers" speaks as the papers do.
    quantity: frozenset[str] = frozenset()
    # Whether a lone proper noun the parser calls an organisation is taken for a person
    # unless the lexicons or its syntax make it a body (see language.toml).
    lone_organization_is_person: bool = False


@attrs.frozen(slots=True)
class Language:
    """Everything hedgecheck knows about one language, loaded from its folder.

    The fields from ``code`` to ``mood_forms`` and from ``entities`` on come from
    ``language.toml``; the tuples of entries, one per lexicon file (the cue files
    share ``cues``), from the files of ``LEXICON_FILES``.
    """

    code: str
    name: str
    models: tuple[str, ...]
    directory: Path
    expletive_negation: tuple[str, ...] = ()
    mood_forms: tuple[FormMoodRule, ...] = ()
    cues: tuple[CueEntry, ...] = ()
    exceptions: tuple[PhraseEntry, ...] = ()
    moods: tuple[MoodEntry, ...] = ()
    hypothesis_markers: tuple[PhraseEntry, ...] = ()
    question_words: tuple[PhraseEntry, ...] = ()
    abbreviations: tuple[Abbreviation, ...] = ()
    markers: tuple[MarkerEntry, ...] = ()
    reporting_nouns: tuple[TypedEntry, ...] = ()
    media: tuple[PhraseEntry, ...] = ()
    institutions: tuple[PhraseEntry, ...] = ()
    roles: tuple[RoleEntry, ...] = ()
    vague_sources: tuple[PhraseEntry, ...] = ()
    anonymity_markers: tuple[PhraseEntry, ...] = ()
    inclusion_markers: tuple[PhraseEntry, ...] = ()
    non_speakers: tuple[PhraseEntry, ...] = ()
    depending_on: tuple[PhraseEntry, ...] = ()
    tag_verbs: tuple[PhraseEntry, ...] = ()
    content_verbs: tuple[PhraseEntry, ...] = ()
    grades: tuple[GradeRow, ...] = ()
    entities: EntityLabels = EntityLabels()
    genitive_markers: tuple[str, ...] = ()
    inverted_clitics: tuple[str, ...] = ()
    addressee_prepositions: tuple[str, ...] = ()
    negating_governors: tuple[str, ...] = ()
    quotation_marks: tuple[tuple[str, str], ...] = ()
    parenthetical_report_marks: tuple[str, ...] = ()
    quotation_introducers: tuple[str, ...] = ()
    # Whether a lone name or a document before a headline colon speaks ("Pence: ...", "Poll: ...").
    headline_speaks_alone: bool = False

    @property
    def reporting_verbs(self) -> tuple[CueEntry, ...]:
        return tuple(e for e in self.cues if e.kind is CueKind.REPORTING_VERB)

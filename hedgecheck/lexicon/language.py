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
    MoodModifier,
    PhraseEntry,
    RoleEntry,
    TypedEntry,
)
from hedgecheck.model import CueKind
from hedgecheck.morphology import FormMoodRule

__all__ = ["EntityLabels", "Language", "Punctuation"]


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
class Punctuation:
    """How the language punctuates (``[punctuation]`` in ``language.toml``), one character string each.

    The detectors read these on the normalised text, whose apostrophes are straight.
    """

    sentence_stops: tuple[str, ...] = ()  # end a sentence before a capital
    question_marks: tuple[str, ...] = ()  # a sentence ending in one is a question
    dashes: tuple[str, ...] = ()  # join a dateline to its sentence; may open a sentence
    commas: tuple[str, ...] = ()
    # Besides commas and closing quotation marks, what a verb opening an inverted tag may follow.
    tag_openers: tuple[str, ...] = ()
    bullets: tuple[str, ...] = ()  # a line starting with one starts a sentence


@attrs.frozen(slots=True)
class Language:
    """Everything hedgecheck knows about one language, loaded from its folder.

    The fields from ``code`` to ``mood_cue_kinds`` and from ``entities`` on come from
    ``language.toml``; the tuples of entries, one per lexicon file (the cue files
    share ``cues``), from the files of ``LEXICON_FILES``.
    """

    code: str
    name: str
    models: tuple[str, ...]
    directory: Path
    expletive_negation: tuple[str, ...] = ()
    mood_forms: tuple[FormMoodRule, ...] = ()
    # The kind of cue a verb in a mood of moods.tsv is, by feature; an unlisted feature is a hedge.
    mood_cue_kinds: tuple[tuple[str, CueKind], ...] = ()
    cues: tuple[CueEntry, ...] = ()
    exceptions: tuple[PhraseEntry, ...] = ()
    moods: tuple[MoodEntry, ...] = ()
    mood_modifiers: tuple[MoodModifier, ...] = ()
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
    stance_nouns: tuple[PhraseEntry, ...] = ()
    grades: tuple[GradeRow, ...] = ()
    entities: EntityLabels = EntityLabels()
    genitive_markers: tuple[str, ...] = ()
    inverted_clitics: tuple[str, ...] = ()
    reflexive_clitics: tuple[str, ...] = ()  # told by their form where the parser leaves out Reflex=Yes
    addressee_prepositions: tuple[str, ...] = ()
    subordinating_coordinators: tuple[str, ...] = ()  # « car »: tagged CCONJ, opens a subordinate reason
    impersonal_pronouns: tuple[str, ...] = ()  # « il a été annoncé que », "it was reported that"
    copulas: tuple[str, ...] = ()  # « est que »: the copula where the parser tags it a verb
    topic_prepositions: tuple[str, ...] = ()  # "spoke *of* the legacy": the topic a content verb reports
    negating_governors: tuple[str, ...] = ()
    quotation_marks: tuple[tuple[str, str], ...] = ()
    parenthetical_report_marks: tuple[str, ...] = ()
    quotation_introducers: tuple[str, ...] = ()
    punctuation: Punctuation = Punctuation()
    # Whether a lone name or a document before a headline colon speaks ("Pence: ...", "Poll: ...").
    headline_speaks_alone: bool = False
    capitals_mark_names: bool = False  # a capital inside a sentence marks a proper noun (not German)

    @property
    def reporting_verbs(self) -> tuple[CueEntry, ...]:
        return tuple(e for e in self.cues if e.kind is CueKind.REPORTING_VERB)

"""Per-sentence look-ups, computed once: which lexicon entry covers which token, where the markers lie."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

from hedgecheck.attribution.marks import QuotationMarks
from hedgecheck.attribution.readings import AttributionHit
from hedgecheck.lexicon import Language, PhraseEntry, Punctuation, RoleEntry, TypedEntry
from hedgecheck.model import Provenance
from hedgecheck.parsed import ParsedSentence, Token
from hedgecheck.patterns import EntryT, Match, PatternMatcher, select_longest

__all__ = ["MarkerSpans", "SentenceView", "SourceLists", "cover", "evidence_of"]


@attrs.frozen(slots=True)
class SourceLists:
    """The lexicons that type a source noun phrase, compiled once."""

    reporting_nouns: PatternMatcher[TypedEntry]
    media: PatternMatcher[PhraseEntry]
    institutions: PatternMatcher[PhraseEntry]
    roles: PatternMatcher[RoleEntry]
    vague: PatternMatcher[PhraseEntry]
    anonymity: PatternMatcher[PhraseEntry]
    inclusion: PatternMatcher[PhraseEntry]
    non_speakers: PatternMatcher[PhraseEntry]
    depending_on: PatternMatcher[PhraseEntry]

    @classmethod
    def compile(cls, language: Language) -> SourceLists:
        return cls(
            reporting_nouns=PatternMatcher(language.reporting_nouns),
            media=PatternMatcher(language.media),
            institutions=PatternMatcher(language.institutions),
            roles=PatternMatcher(language.roles),
            vague=PatternMatcher(language.vague_sources),
            anonymity=PatternMatcher(language.anonymity_markers),
            inclusion=PatternMatcher(language.inclusion_markers),
            non_speakers=PatternMatcher(language.non_speakers),
            depending_on=PatternMatcher(language.depending_on),
        )


class SentenceView:
    """One sentence with its look-ups, computed once: which lexicon entry covers which token."""

    def __init__(
        self, sentence: ParsedSentence, lists: SourceLists, marks: QuotationMarks, punctuation: Punctuation
    ) -> None:
        self.sentence = sentence
        self.marks = marks
        self.punctuation = punctuation
        self.media = cover(lists.media.find(sentence))
        self.institutions = cover(lists.institutions.find(sentence))
        self.roles = cover(lists.roles.find(sentence))
        self.vague = cover(lists.vague.find(sentence))
        self.reporting_nouns = cover(lists.reporting_nouns.find(sentence))
        self.non_speakers = cover(lists.non_speakers.find(sentence))
        self.depending_on = cover(lists.depending_on.find(sentence))
        self.has_anonymity_marker = bool(lists.anonymity.find(sentence))
        self.inclusion_markers = select_longest(lists.inclusion.find(sentence))
        self._quoted = marks.quoted_tokens(sentence)

    def in_quotation(self, index: int) -> bool:
        return index in self._quoted

    def closes_quotation(self, token: Token) -> bool:
        """Whether ``token`` is a closing quotation mark, or a comma right after one."""
        return self.marks.closes(self.sentence, token)


@attrs.frozen(slots=True)
class MarkerSpans:
    """The marker hits of a sentence and the tokens they take, from each cue to the end of its source.

    Markers are found first; reporting verbs are then read around them: a verb
    inside a marker phrase is no cue, and a speaker is not looked for across one.
    """

    hits: tuple[AttributionHit, ...]
    tokens: frozenset[int]
    main: frozenset[int]  # markers that may be the main attribution (« Selon Axios, »)
    secondary: frozenset[int]  # the others (« , cité par Ouest-France, »)

    @classmethod
    def of(cls, hits: Sequence[AttributionHit]) -> MarkerSpans:
        return cls(
            hits=tuple(hits),
            tokens=frozenset(i for hit in hits for i in _taken(hit)),
            main=frozenset(i for hit in hits if hit.may_be_main for i in _taken(hit)),
            secondary=frozenset(i for hit in hits if not hit.may_be_main for i in _taken(hit)),
        )


def _taken(hit: AttributionHit) -> range:
    return range(hit.cue[0], hit.source[1] + 1)


def cover(matches: Iterable[Match[EntryT]]) -> dict[int, Match[EntryT]]:
    """Token index → the longest match covering it."""
    out: dict[int, Match[EntryT]] = {}
    for match in select_longest(matches):
        for i in range(match.first, match.last + 1):
            out[i] = match
    return out


def evidence_of(match: Match[PhraseEntry] | Match[RoleEntry] | Match[TypedEntry]) -> Provenance:
    return Provenance(match.entry.path, match.entry.line)

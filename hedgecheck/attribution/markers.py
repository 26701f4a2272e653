"""Attribution markers: « selon X », « d'après X », « dans une interview accordée à X », « Pence : ».

An **attribution marker** (``attribution_markers.tsv``: « selon », « d'après »,
« dans une interview accordée à ») comes with the noun phrase after it; a
marker whose noun phrase is no possible speaker (« selon la météo ») is no
attribution (guidelines §2 rule 9).
"""

from __future__ import annotations

import attrs

from hedgecheck.attribution.readings import AttributionHit, Rank, SourceReading, entity_evidence
from hedgecheck.attribution.source_typing import SourceTyper
from hedgecheck.attribution.syntax import (
    attached_to_main,
    in_main_clause,
    leading_phrase,
    marker_object,
    noun_phrase_span,
)
from hedgecheck.attribution.view import SentenceView
from hedgecheck.lexicon import Language, MarkerEntry, MarkerSource
from hedgecheck.model import AttributionType, Provenance
from hedgecheck.parsed import ParsedSentence, Token
from hedgecheck.patterns import Match, PatternMatcher, select_longest

__all__ = ["MarkerFinder"]


class MarkerFinder:
    """Finds the attribution markers of a sentence and types the source each one introduces."""

    def __init__(self, language: Language, typer: SourceTyper) -> None:
        self._markers: PatternMatcher[MarkerEntry] = PatternMatcher(language.markers)
        self._typer = typer
        self._entities = language.entities
        self._headline_speaks_alone = language.headline_speaks_alone
        self._opening_quotes = frozenset(opening for opening, _ in language.quotation_marks)

    def hits(self, view: SentenceView) -> list[AttributionHit]:
        sentence = view.sentence
        hits = []
        # The first word of the sentence, past opening quotes but not past a dash (« ― Name »).
        words = [t for t in sentence.tokens if not t.is_space and t.text not in self._opening_quotes]
        first = words[0].i if words else None
        for match in select_longest(self._markers.find(sentence)):
            entry = match.entry
            if entry.initial_only and entry.source is not MarkerSource.BEFORE and match.first != first:
                continue
            if entry.source is MarkerSource.SELF:
                hit: AttributionHit | None = _self_source_hit(sentence, match)
            else:
                hit = self._phrase_hit(view, match)
            if hit is not None:
                hits.append(hit)
        return hits

    def _phrase_hit(self, view: SentenceView, match: Match[MarkerEntry]) -> AttributionHit | None:
        """A marker with a source phrase after it (« selon X ») or opening the sentence before it (« X : »)."""
        sentence = view.sentence
        entry = match.entry
        found = _source_phrase(sentence, match, view.punctuation.commas)
        if found is None:
            return None
        head, source = found
        reading = self._typer.type_source(view, head, source)
        if reading is None:
            return None  # « selon la météo »: depending on, not according to
        headline = entry.source is MarkerSource.BEFORE
        if headline and not self._headline_speaker(view, match.last + 1, reading, (head, source)):
            return None  # « Chômage : le taux remonte », « Égypte : Morsi élu »: a topic, not a speaker
        provenance = Provenance(entry.path, entry.line)
        if entry.type is not None:
            reading = attrs.evolve(reading, type=entry.type, evidence=provenance)
        return AttributionHit(
            source=source,
            cue=(match.first, match.last),
            reading=reading,
            provenance=provenance,
            rank=Rank.MAIN_CLAUSE_MARKER
            if entry.may_be_main and (headline or attached_to_main(sentence, head))
            else Rank.SECONDARY,
        )

    def _headline_speaker(
        self, view: SentenceView, index: int, reading: SourceReading, phrase: tuple[Token, tuple[int, int]]
    ) -> bool:
        """« X : « ... » » quotes X; without a quotation, only a full person name speaks ("Mike Pence: ..."),
        or, where the language's headlines allow it, a lone name, an outlet or a document ("Pence: ...")."""
        sentence = view.sentence
        head, source = phrase
        following = next((t for t in sentence.tokens[index:] if not t.is_space), None)
        if following is not None and following.text in self._opening_quotes:
            return self._known_speaker(reading)
        if self._headline_speaks_alone and (
            reading.type in (AttributionType.NAMED, AttributionType.MEDIA)
            or head.i in view.reporting_nouns
            or (reading.type is AttributionType.INSTITUTION and head.ent_type not in self._entities.place)
        ):
            return True  # "Pence: ...", "PENCE: ..." (a transcript), "FBI: ...", "Poll: ..."; not "Syria: ..."
        names = [t for t in sentence.tokens[source[0] : source[1] + 1] if t.ent_type in self._entities.person]
        return reading.type is AttributionType.NAMED and len(names) >= 2

    def _known_speaker(self, reading: SourceReading) -> bool:
        """Typed from a lexicon entry or a person entity, not guessed from a capital letter or a place."""
        evidence = reading.evidence
        if evidence.lexicon is not None:
            return True
        person_rules = {entity_evidence(label).rule for label in self._entities.person}
        return evidence.rule in person_rules


def _self_source_hit(sentence: ParsedSentence, match: Match[MarkerEntry]) -> AttributionHit:
    """« il se murmure que »: the marker's first word is the source, and the marker acts as a reporting verb."""
    entry = match.entry
    assert entry.type is not None  # the loader requires it
    provenance = Provenance(entry.path, entry.line)
    return AttributionHit(
        source=(match.first, match.first),
        cue=(match.tokens[1] if len(match.tokens) > 1 else match.first, match.last),
        reading=SourceReading(entry.type, provenance),
        provenance=provenance,
        rank=Rank.MAIN_CLAUSE_VERB if in_main_clause(sentence, sentence.tokens[match.last]) else Rank.SECONDARY,
    )


def _source_phrase(
    sentence: ParsedSentence, match: Match[MarkerEntry], commas: tuple[str, ...]
) -> tuple[Token, tuple[int, int]] | None:
    """The head and span of the phrase a marker attributes to; one after the marker ends at a comma."""
    if match.entry.source is MarkerSource.BEFORE:
        # « Pence: ... », "Caddell continued:": a short speaker phrase opening the sentence.
        return leading_phrase(sentence, match.first)
    head = marker_object(sentence, match)
    if head is None:
        return None
    span = noun_phrase_span(sentence, head, exclude=set(range(match.first, match.last + 1)), stop_at=commas)
    return None if span is None else (head, span)

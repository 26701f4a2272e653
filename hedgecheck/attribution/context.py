"""Resolving sources against the document: pronouns and bare titles refer back (guidelines §2 rule 3)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

from hedgecheck.attribution.readings import NameGuess, Pending, SourceReading
from hedgecheck.lexicon import EntityLabels
from hedgecheck.model import AttributionType, Provenance
from hedgecheck.parsed import ParsedSentence, Token

__all__ = ["DocumentContext"]

_NAME_GUESSES = frozenset(NameGuess)  # built once: read for every attribution


@attrs.frozen(slots=True)
class _Known:
    type: AttributionType
    key: str
    number: str | None
    span: tuple[int, int]  # original offsets


class DocumentContext:
    """Resolves pending sources against the sources of earlier sentences (guidelines §2 rule 3).

    A pronoun takes the type of the most recent earlier source of the same
    grammatical number; a definite role (« le conseiller ») takes the type of
    the most recent earlier source with the same head noun, and is `named`
    when there is none (rule 7).
    """

    def __init__(self) -> None:
        self._known: list[_Known] = []
        self._surnames: set[str] = set()
        self._bodies: set[str] = set()

    def see_names(self, sentence: ParsedSentence, entities: EntityLabels) -> None:
        """Remember the names met so far: the last word of every person's name (« Marcus
        Velde » → Velde, "Senator Warren" → Warren), the first word of every organisation's
        name of two words or more ("Pinebrook Health" → Pinebrook)."""
        for labels, names, word, shortest in (
            (entities.person, self._surnames, -1, 1),
            (entities.organization, self._bodies, 0, 2),
        ):
            run: list[Token] = []
            for token in [*sentence.tokens, None]:
                if token is not None and token.ent_type in labels and token.upos == "PROPN":
                    run.append(token)
                    continue
                if len(run) >= shortest:
                    names.add(run[word].text)
                run = []

    def recognise_name(self, reading: SourceReading, source: Sequence[Token]) -> SourceReading:
        """A lone name typed by a guess takes the kind the document gave it when it was written in full.

        The small models tag a lone « Velde » or "Aldridge" as an organisation or a place
        once the first name is gone, and a lone "Pinebrook" as a person once "Health" is:
        the document already told us who or what it is. A person's surname wins.
        """
        names = [t for t in source if t.upos == "PROPN"]
        if reading.evidence.lexicon is not None or len(names) != 1:
            return reading
        name = names[0].text
        guessed_body = reading.type in (AttributionType.INSTITUTION, AttributionType.MEDIA)
        if guessed_body and name in self._surnames:
            return attrs.evolve(reading, type=AttributionType.NAMED, evidence=Provenance(rule="surname_seen_before"))
        guessed_person = reading.type is AttributionType.NAMED and reading.evidence.rule in _NAME_GUESSES
        if guessed_person and name in self._bodies and name not in self._surnames:
            evidence = Provenance(rule="organisation_seen_before")
            return attrs.evolve(reading, type=AttributionType.INSTITUTION, evidence=evidence)
        return reading

    def resolve(self, reading: SourceReading) -> tuple[SourceReading, tuple[int, int] | None]:
        if reading.pending is None:
            return reading, None
        if reading.pending in (Pending.PRONOUN, Pending.THING):
            agreeing = [
                k for k in self._known if reading.number is None or k.number is None or k.number == reading.number
            ]
            # « il » and « elle » refer to people far more often than to bodies; "it" to bodies.
            wanted = (
                (AttributionType.NAMED, AttributionType.ANONYMOUS)
                if reading.pending is Pending.PRONOUN
                else (AttributionType.INSTITUTION, AttributionType.MEDIA)
            )
            preferred = [k for k in agreeing if k.type in wanted]
            for known in reversed(preferred or agreeing):
                evidence = Provenance(rule="pronoun_refers_back")
                return attrs.evolve(reading, type=known.type, evidence=evidence, pending=None), known.span
            if reading.pending is Pending.PRONOUN and reading.number == "Plur":
                # « Ils insistent » with no one before: unnamed people, not a named person.
                unresolved = Provenance(rule="plural_pronoun_unresolved")
                return attrs.evolve(reading, type=AttributionType.ANONYMOUS, evidence=unresolved, pending=None), None
            return attrs.evolve(reading, pending=None), None
        for known in reversed(self._known):
            if known.key == reading.key:
                evidence = Provenance(reading.evidence.lexicon, reading.evidence.line, rule="role_refers_back")
                return attrs.evolve(reading, type=known.type, evidence=evidence, pending=None), known.span
        return attrs.evolve(reading, pending=None), None

    def remember(self, reading: SourceReading, span: tuple[int, int]) -> None:
        self._known.append(_Known(reading.type, reading.key, reading.number, span))

    def remember_all(self, sources: Iterable[tuple[SourceReading, tuple[int, int]]]) -> None:
        """Remember a sentence's sources, in order: the last is the likeliest antecedent."""
        for reading, span in sources:
            self.remember(reading, span)

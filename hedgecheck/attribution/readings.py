"""What attribution finds in a sentence: how each source was typed, and the hits that carry them."""

from __future__ import annotations

import enum

import attrs

from hedgecheck.model import AttributionType, Provenance

__all__ = ["AttributionHit", "Pending", "Rank", "SourceReading", "entity_evidence"]


class Pending(enum.StrEnum):
    """What a source needs from the document before its type is known."""

    PRONOUN = "pronoun"
    THING = "thing"  # a neuter pronoun: "it said"
    DEFINITE_ROLE = "definite_role"


@attrs.frozen(slots=True)
class SourceReading:
    """How a source noun phrase was typed, and on which evidence."""

    type: AttributionType
    evidence: Provenance
    pending: Pending | None = None
    key: str = ""
    number: str | None = None


class NameGuess(enum.StrEnum):
    """Rules that type a lone proper noun as a person from its form alone, with no entity or list
    behind them: the document may know better (:class:`~hedgecheck.attribution.context.DocumentContext`)."""

    PROPER_NOUN = "proper_noun"  # a proper noun that nothing else types
    LONE_NAME_NOT_ORGANISATION = "lone_name_not_organisation"  # a lone name the model called an organisation
    CAPITALISED_NOUN = "capitalised_noun"  # a capitalised bare noun inside the sentence


def entity_evidence(label: str) -> Provenance:
    """The evidence of a source typed by the parser's named-entity label alone (``entity:PER``)."""
    return Provenance(rule=f"entity:{label}")


class Rank(enum.IntEnum):
    """How a hit stands as the sentence's main attribution: the lowest rank wins, then the earliest cue."""

    MAIN_CLAUSE_VERB = 0  # a reporting verb in the main clause, or a marker that is one (« il se murmure »)
    MAIN_CLAUSE_MARKER = 1  # a marker attached to the main clause (« Selon Axios, ... »)
    # A report in a participle set beside the main clause, by its subject ("She has embraced
    # the plan, promising to ..."): main only when the main clause itself reports nothing.
    MAIN_CLAUSE_ADJUNCT = 2
    SECONDARY = 3  # any other: never the main attribution


@attrs.frozen(slots=True)
class AttributionHit:
    """An attribution found in one sentence, as token ranges (inclusive)."""

    source: tuple[int, int]
    cue: tuple[int, int]
    reading: SourceReading
    provenance: Provenance
    main: bool = False
    content: tuple[int, int] | None = None
    rank: Rank = Rank.MAIN_CLAUSE_VERB

    @property
    def may_be_main(self) -> bool:
        return self.rank < Rank.SECONDARY

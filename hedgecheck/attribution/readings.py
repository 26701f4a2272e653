"""What attribution finds in a sentence: how each source was typed, and the hits that carry them."""

from __future__ import annotations

import enum

import attrs

from hedgecheck.model import AttributionType, Provenance

__all__ = ["AttributionHit", "Pending", "SourceReading"]


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


@attrs.frozen(slots=True)
class AttributionHit:
    """An attribution found in one sentence, as token ranges (inclusive)."""

    source: tuple[int, int]
    cue: tuple[int, int]
    reading: SourceReading
    provenance: Provenance
    main: bool = False
    content: tuple[int, int] | None = None
    rank: int = 0  # 0: reporting verb in the main clause; 1: marker attached to it; 2: other

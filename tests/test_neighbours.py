"""The word-vector back-off of source typing, on hand-made vectors: no model needed."""

from __future__ import annotations

from collections.abc import Sequence

from hedgecheck.attribution.neighbours import NearestEntries, SourceList
from hedgecheck.lexicon import Pattern, PhraseEntry, parse_pattern

VECTORS: dict[str, Sequence[float]] = {
    "syndicat": (1.0, 0.1, 0.0),
    "association": (0.9, 0.2, 0.0),
    "habitant": (0.0, 1.0, 0.1),
    "vent": (0.0, 0.0, 1.0),
    "amicale": (0.95, 0.15, 0.0),  # in no list: near the institutions
    "rafale": (0.1, 0.0, 0.9),  # in no list: near the things that never speak
    "zéro": (0.0, 0.0, 0.0),
}


def _pattern(text: str) -> Pattern:
    pattern = parse_pattern(text, lambda column, message: None)
    assert pattern is not None
    return pattern


def _entries(*words: str) -> list[PhraseEntry]:
    return [PhraseEntry(_pattern(w), "lexicons/fr/test.tsv", line) for line, w in enumerate(words, start=10)]


def _nearest() -> NearestEntries:
    return NearestEntries(
        {
            SourceList.INSTITUTION: _entries("syndicat", "association"),
            SourceList.ROLE: _entries("habitant"),
            SourceList.NON_SPEAKER: _entries("vent", "inconnu"),
        },
        VECTORS.get,
    )


def test_an_unlisted_noun_joins_the_list_of_its_nearest_entries() -> None:
    neighbour = _nearest().nearest("amicale")
    assert neighbour is not None and neighbour.kind is SourceList.INSTITUTION
    assert neighbour.provenance.lexicon_ref == "lexicons/fr/test.tsv:10"
    assert neighbour.provenance.rule == "nearest_entry"


def test_a_thing_is_placed_among_the_non_speakers() -> None:
    neighbour = _nearest().nearest("rafale")
    assert neighbour is not None and neighbour.kind is SourceList.NON_SPEAKER


def test_no_vector_or_a_null_vector_gives_no_guess() -> None:
    nearest = _nearest()
    assert len(nearest) == 4  # « inconnu » has no vector and is left out
    assert nearest.nearest("absent") is None
    assert nearest.nearest("zéro") is None

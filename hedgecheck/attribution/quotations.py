"""Quotations as units: every sentence of a quotation takes its speaker (guidelines §2 rule 11).

A quotation may run over several sentences (the segmenter splits inside it, §1).
Its speaker is named by a tag in one of them — before the quotation (« X a
déclaré : « ... ») or after it (« ... », a ajouté X) — or, when no sentence of the
quotation holds a tag, by the sentence just before it. Every other sentence of
the quotation gets that speaker as its main attribution, with no source or cue
of its own (§4): ``refers_to`` the speaker's mention, ``inherited`` "quotation".

The quotation marks are the language's (``quotation_marks`` in
``language.toml``); this module knows none itself.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

import attrs

from hedgecheck.model import Attribution, SentenceAnnotation

__all__ = ["Quotation", "QuotationFinder", "quotation_speakers"]

# A quotation longer than this is a mark left open, not a quotation.
_MAX_QUOTATION = 3000
_PARAGRAPH_BREAK = "\n\n"


@attrs.frozen(slots=True)
class Quotation:
    """A quotation's span, from its opening mark to just after its closing mark."""

    start: int
    end: int


class QuotationFinder:
    """Finds balanced quotations in a text, from a language's [opening, closing] mark pairs."""

    def __init__(self, marks: Sequence[tuple[str, str]]) -> None:
        # Longest marks first, so that « `` » is read before « ` ».
        self._marks = sorted(marks, key=lambda pair: -len(pair[0]))
        self._closings = sorted({close for _, close in marks}, key=len, reverse=True)
        self._openings = frozenset(opening for opening, _ in marks)

    def find(self, text: str) -> list[Quotation]:
        found: list[Quotation] = []
        open_marks: list[tuple[str, int]] = []  # (closing mark awaited, position of the opening)
        position = 0
        while position < len(text):
            if text.startswith(_PARAGRAPH_BREAK, position):
                open_marks.clear()  # a quotation left open does not run into the next paragraph
                position += len(_PARAGRAPH_BREAK)
                continue
            step = self._step(text, position, open_marks, found)
            position += step
        return sorted(found, key=lambda q: q.start)

    def _step(self, text: str, position: int, open_marks: list[tuple[str, int]], found: list[Quotation]) -> int:
        """Read the mark at ``position`` if there is one; return how many characters to move on."""
        if open_marks and text.startswith(open_marks[-1][0], position):
            awaited, start = open_marks.pop()
            end = position + len(awaited)
            if end - start <= _MAX_QUOTATION:
                found.append(Quotation(start, end))
            return len(awaited)
        mixed = self._closing_of_another_pair(text, position) if open_marks else None
        if mixed is not None:
            # “...," copy that mixes its marks: a closing mark closes the quotation that is open.
            _, start = open_marks.pop()
            if position + len(mixed) - start <= _MAX_QUOTATION:
                found.append(Quotation(start, position + len(mixed)))
            return len(mixed)
        for opening, closing in self._marks:
            if text.startswith(opening, position):
                open_marks.append((closing, position))
                return len(opening)
        return 1

    def _closing_of_another_pair(self, text: str, position: int) -> str | None:
        """The closing mark at ``position``, if one is there.

        A mark that also opens (the straight ``"``) closes only set against the word
        before it, with a space, a punctuation mark or the end after it.
        """
        for mark in self._closings:
            if not text.startswith(mark, position):
                continue
            if mark not in self._openings:
                return mark  # a mark that only closes, spaced as French sets « ... »
            end = position + len(mark)
            after = text[end] if end < len(text) else " "
            glued = position > 0 and not text[position - 1].isspace()
            if glued and (after.isspace() or unicodedata.category(after).startswith("P")):
                return mark
        return None


def quotation_speakers(
    sentences: Sequence[SentenceAnnotation], quotations: Sequence[Quotation], text: str
) -> dict[int, Attribution]:
    """Sentence position → the inherited main attribution of each quoted sentence with no tag of its own."""
    out: dict[int, Attribution] = {}
    for quotation in quotations:
        inside = [k for k, s in enumerate(sentences) if s.start < quotation.end and quotation.start < s.end]
        if not inside:
            continue
        speaker = _speaker(sentences, inside, quotation, text)
        if speaker is None:
            continue
        for k in inside:
            sentence = sentences[k]
            if k in out or _tag(sentence, quotation) is not None or not _within(sentence, quotation, text):
                continue
            out[k] = Attribution.inherited_from(speaker, how="quotation")
    return out


def _speaker(
    sentences: Sequence[SentenceAnnotation], inside: list[int], quotation: Quotation, text: str
) -> Attribution | None:
    """The tag after the quotation, else the tag before it, else the sentence that introduces it."""
    after = _tag(sentences[inside[-1]], quotation)
    if after is not None:
        return after
    before = _tag(sentences[inside[0]], quotation)
    if before is not None:
        return before
    first = inside[0]
    opens_sentence = not any(c.isalnum() for c in text[sentences[first].start : quotation.start])
    if first == 0 or not opens_sentence:
        return None
    return sentences[first - 1].main_attribution


def _tag(sentence: SentenceAnnotation, quotation: Quotation) -> Attribution | None:
    """The sentence's main attribution when its cue stands outside the quotation (« ... », a dit X)."""
    main = sentence.main_attribution
    if main is None or main.inherited is not None or main.cue is None:
        return None
    outside = main.cue.end <= quotation.start or main.cue.start >= quotation.end
    return main if outside else None


def _within(sentence: SentenceAnnotation, quotation: Quotation, text: str) -> bool:
    """Whether all of the sentence's words lie inside the quotation (its marks and stops may stand outside)."""
    before = text[sentence.start : max(sentence.start, quotation.start)]
    after = text[min(sentence.end, quotation.end) : sentence.end]
    return not any(c.isalnum() for c in before + after)

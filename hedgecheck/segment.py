"""Sentence segmentation per section 1 of the annotation guidelines.

We do not use the parser's sentence boundaries: on news copy they fail where
copy is typographically messy (glued ``résolution.Les``, headings without a
final stop, em dashes). The rules here are deterministic and cheap:

* a blank line always ends a sentence, and a line break ends one when the line
  before ends with a stop or the next line starts like a sentence (a heading);
* ``.``, ``!``, ``?``, ``…`` end a sentence when the next word starts with a
  capital letter (or a digit after a space), also with no space in between,
  unless the word before a full stop is an abbreviation or an initial;
* a closing quote or bracket after the stop stays with the sentence it closes;
* inside a « quotation » the same rule holds (guidelines v1.3 §1): « Phrase
  une. Phrase deux », a-t-il dit. is two sentences, the closing mark and the
  tag going with the last one;
* a stop followed by a dash does not end a sentence: the dash joins a dateline
  to its first sentence (« 4 mars 2014. - La préfecture indique... »);
* colons, semicolons, dashes and apostrophes never end a sentence.

The segmenter works on the normalised text (see :mod:`hedgecheck.normalize`),
where apostrophes and spaces are already plain.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from hedgecheck.lexicon import Abbreviation, EndsSentence

__all__ = ["Segmenter"]

_BLANK_LINE = re.compile(r"\n[ ]*\n")
_STOP = re.compile(
    r"(?P<stop>[.!?…]+)"
    # Closers: » and ” may follow after a (French) space; straight quotes,
    # apostrophes and brackets only when glued, since a spaced straight quote
    # opens the next sentence.
    r"(?P<close>(?:[ ]?[»”]|[\"')\]])*)"
)
_OPENERS = "«“\"'([—–-"
_CLOSERS = '»”")]'
_DASHES = "—–-"
_WORD_BEFORE = re.compile(r"[\w.\-']*$")
_DOTTED_INITIALS = re.compile(r"^(?:\w\.)+\w$")
_CANNOT_END_LINE = ",;:-–—(«“"
_WORD_WINDOW = 60


class Segmenter:
    """Splits text into sentence spans; abbreviations come from the language's lexicon."""

    def __init__(self, abbreviations: Iterable[Abbreviation] = ()) -> None:
        self._abbreviations = {a.text: a.ends_sentence for a in abbreviations}

    def split(self, text: str) -> list[tuple[int, int]]:
        """Half-open spans of the sentences of ``text``, in order, stripped of spaces."""
        spans: list[tuple[int, int]] = []
        block_start = 0
        for match in _BLANK_LINE.finditer(text):
            spans.extend(self._split_block(text, block_start, match.start()))
            block_start = match.end()
        spans.extend(self._split_block(text, block_start, len(text)))
        return spans

    # -- inside one paragraph ----------------------------------------------

    def _split_block(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        cuts = sorted(set(self._line_cuts(text, start, end)) | set(self._stop_cuts(text, start, end)))
        spans = []
        previous = start
        for cut in [*cuts, end]:
            span = _strip(text, previous, cut)
            if span is not None:
                spans.extend(_cap(text, *span))
            previous = cut
        return spans

    def _line_cuts(self, text: str, start: int, end: int) -> Iterable[int]:
        position = text.find("\n", start, end)
        while position != -1:
            before = text[start:position].rstrip()
            after = text[position + 1 : end].lstrip()
            if before and after:
                last, first = before[-1], after[0]
                ends_with_stop = last in ".!?…»”\"')]"
                starts_sentence = first.isupper() or first.isdigit() or first in _OPENERS or first in "•*·"
                if ends_with_stop or (starts_sentence and last not in _CANNOT_END_LINE):
                    yield position + 1
            position = text.find("\n", position + 1, end)

    def _stop_cuts(self, text: str, start: int, end: int) -> Iterable[int]:
        for match in _STOP.finditer(text, start, end):
            cut = match.end()
            following = cut
            while following < end and text[following] == " ":
                following += 1
            if following >= end or text[following] == "\n":
                continue  # end of block or of line: the line rules decide
            spaced = following > cut
            if not self._starts_sentence(text, following, end, spaced):
                continue
            if match["stop"] == "." and not self._full_stop_ends(text, start, match.start(), text[following]):
                continue
            if not spaced and not self._glued_stop_ends(text, start, match.start()):
                continue
            yield cut

    def _starts_sentence(self, text: str, position: int, end: int, spaced: bool) -> bool:
        char = text[position]
        if char.isupper():
            return True
        if char.isdigit():
            return spaced
        if char in _DASHES:
            return False  # « 4 mars 2014. - La préfecture »: a dateline joined to its sentence
        if char in _OPENERS:
            position += 1
            while position < end and text[position] == " ":
                position += 1
            return position < end and (text[position].isupper() or text[position].isdigit())
        return False

    def _word_before(self, text: str, block_start: int, stop: int) -> str:
        # Only a short window before the stop: searching from the block start would make
        # a long paragraph quadratic.
        window_start = max(block_start, stop - _WORD_WINDOW)
        match = _WORD_BEFORE.search(text, window_start, stop)
        word = match.group(0) if match else ""
        # Drop an elided article or pronoun: « l'art. 12 » is the abbreviation « art. ».
        return word.rsplit("'", 1)[-1].lstrip(".-")

    def _full_stop_ends(self, text: str, block_start: int, stop: int, following: str) -> bool:
        word = self._word_before(text, block_start, stop)
        if not word:
            return True
        ends = self._abbreviations.get(word)
        if ends is EndsSentence.BEFORE_CAPITAL:
            return following.isupper()
        if ends is not None:
            return ends is EndsSentence.YES
        if len(word) == 1 and word.isalpha() and word.isupper():
            return False  # an initial: "J. Smith"
        return not _DOTTED_INITIALS.match(word)  # "U.S", "J.-C" minus its hyphen

    def _glued_stop_ends(self, text: str, block_start: int, stop: int) -> bool:
        # "résolution.Les": a real word glued to the next sentence. Not
        # "U.S.A", "Le Monde.fr", "3.5", nor a single letter.
        if stop > block_start and text[stop - 1] in _CLOSERS:
            return True  # « ... pas ».Les
        word = self._word_before(text, block_start, stop)
        letters = re.split(r"['\-]", word)[-1]  # « l'idée.Les », « Saint-Denis.Le »
        return len(letters) >= 2 and letters.isalpha() and "." not in word


MAX_SENTENCE = 10_000


def _cap(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """No "sentence" longer than MAX_SENTENCE characters: a stop-less dump is cut at spaces.

    Prose never comes near this; a table, a list or a scraped page without stops
    would otherwise reach the parser as one enormous sentence.
    """
    pieces = []
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + 1, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        piece = _strip(text, start, cut)
        if piece is not None:
            pieces.append(piece)
        rest = _strip(text, cut, end)
        if rest is None:
            return pieces
        start, end = rest
    pieces.append((start, end))
    return pieces


def _strip(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None

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

The stops, dashes, commas, bullets and quotation marks are the language's
(``language.toml``); the segmenter works on the normalised text (see
:mod:`hedgecheck.normalize`), where apostrophes and spaces are already plain.
Brackets, the full stop of abbreviations and initials, and the hyphen and the
apostrophe inside a word are the Latin script's, the same in every language here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import attrs

from hedgecheck.lexicon import EndsSentence, Language
from hedgecheck.normalize import APOSTROPHE

__all__ = ["Segmenter", "SentenceMarks"]

_BLANK_LINE = re.compile("\n[ ]*\n")
_OPENING_BRACKETS = frozenset("([")
_CLOSING_BRACKETS = frozenset(")]")
_CLAUSE_PUNCTUATION = frozenset(";:")  # a line ending in one goes on
_FULL_STOP = "."  # of abbreviations and initials (abbreviations.tsv)
_WORD_BEFORE = re.compile(r"[\w.\-']*$")
_DOTTED_INITIALS = re.compile(r"^(?:\w\.)+\w$")
_WORD_WINDOW = 60


@attrs.frozen(slots=True)
class SentenceMarks:
    """The characters that end, open and close a sentence, from a language's punctuation and quotation marks.

    Only one-character quotation marks count here (the segmenter reads characters):
    « `` » is two apostrophes once normalised, which the apostrophe rules cover.
    """

    stops: frozenset[str]
    dashes: frozenset[str]
    bullets: frozenset[str]
    # Closing marks that may follow a stop after a space (« ... fin. » », French spacing), and
    # those that follow it only glued: a spaced straight quote opens the next sentence.
    spaced_closers: frozenset[str]
    glued_closers: frozenset[str]
    openers: frozenset[str]  # may open a sentence: opening marks, brackets, dashes, the apostrophe
    closers: frozenset[str]  # closing quotation marks and brackets
    cannot_end_line: frozenset[str]  # a line ending in one goes on: commas, dashes, opening marks...

    @classmethod
    def of(cls, language: Language) -> SentenceMarks:
        punctuation = language.punctuation
        opening = {o for o, _ in language.quotation_marks if len(o) == 1}
        closing = {c for _, c in language.quotation_marks if len(c) == 1}
        dashes = frozenset(d for d in punctuation.dashes if len(d) == 1)
        return cls(
            stops=frozenset(punctuation.sentence_stops),
            dashes=dashes,
            bullets=frozenset(punctuation.bullets),
            spaced_closers=frozenset(closing - opening),
            glued_closers=frozenset((opening & closing) | {APOSTROPHE} | _CLOSING_BRACKETS),
            openers=frozenset(opening | {APOSTROPHE} | _OPENING_BRACKETS | dashes),
            closers=frozenset(closing | _CLOSING_BRACKETS),
            cannot_end_line=frozenset(
                (opening - closing) | dashes | _OPENING_BRACKETS | _CLAUSE_PUNCTUATION | set(punctuation.commas)
            ),
        )

    @property
    def line_end_stops(self) -> frozenset[str]:
        """A line ending in one of these ends its sentence."""
        return self.stops | self.closers | {APOSTROPHE}

    def stop_pattern(self) -> re.Pattern[str]:
        """A run of stops (group 1), and the closing marks that stay with the sentence it ends."""
        return re.compile(
            f"({_one_of(self.stops)}+)(?:[ ]?{_one_of(self.spaced_closers)}|{_one_of(self.glued_closers)})*"
        )


def _one_of(characters: Iterable[str]) -> str:
    """A regular expression matching any one of ``characters`` (none: never)."""
    found = sorted(characters)
    return f"[{''.join(re.escape(c) for c in found)}]" if found else "(?!)"


class Segmenter:
    """Splits text into sentence spans; abbreviations and punctuation come from the language."""

    def __init__(self, language: Language) -> None:
        self._abbreviations = {a.text: a.ends_sentence for a in language.abbreviations}
        self._marks = SentenceMarks.of(language)
        self._stop = self._marks.stop_pattern()
        self._line_end_stops = self._marks.line_end_stops

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
                ends_with_stop = last in self._line_end_stops
                starts_sentence = (
                    first.isupper() or first.isdigit() or first in self._marks.openers or first in self._marks.bullets
                )
                if ends_with_stop or (starts_sentence and last not in self._marks.cannot_end_line):
                    yield position + 1
            position = text.find("\n", position + 1, end)

    def _stop_cuts(self, text: str, start: int, end: int) -> Iterable[int]:
        for match in self._stop.finditer(text, start, end):
            cut = match.end()
            following = cut
            while following < end and text[following] == " ":
                following += 1
            if following >= end or text[following] == "\n":
                continue  # end of block or of line: the line rules decide
            spaced = following > cut
            if not self._starts_sentence(text, following, end, spaced):
                continue
            if match[1] == _FULL_STOP and not self._full_stop_ends(text, start, match.start(), text[following]):
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
        if char in self._marks.dashes:
            return False  # « 4 mars 2014. - La préfecture »: a dateline joined to its sentence
        if char in self._marks.openers:
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
        return word.rsplit(APOSTROPHE, 1)[-1].lstrip(".-")

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
        if stop > block_start and text[stop - 1] in self._marks.closers:
            return True  # « ... pas ».Les
        word = self._word_before(text, block_start, stop)
        letters = re.split(r"['\-]", word)[-1]  # « l'idée.Les », « Saint-Denis.Le »
        return len(letters) >= 2 and letters.isalpha() and _FULL_STOP not in word


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

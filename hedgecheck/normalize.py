"""Text normalisation with an offset map back to the original input.

Parsers trained on clean treebank text mis-read typographic news copy: the
French spaCy model keeps ``qu’`` as one token (and NER tags it), glues
``Trump—notamment`` into one word, and treats a no-break space as a word
character in places. We therefore parse a *normalised copy* and keep, for every
character of the copy, the offset of the original character it came from, so
that every span we report points into the text the user gave us.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

import attrs

__all__ = ["APOSTROPHE", "NormalizedText", "normalize"]

# The one apostrophe of the normalised text.
APOSTROPHE = "'"

# Apostrophe look-alikes: right single quote, modifier letter apostrophe, prime,
# acute and grave accents used as apostrophes. The left single quote ‘ is an
# opening quotation mark in the copy we see (‘Oui’), so it becomes a straight
# quote as well: the tokenizer splits straight quotes off words.
_APOSTROPHES = frozenset("\u2019\u2018\u02bc\u2032\u00b4\u0060\u201b")
# Every Unicode space separator, plus tabs, becomes a plain space; line breaks
# are kept because they carry sentence boundaries.
_DELETED = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")  # soft hyphen, zero-width chars
# Dashes that join words without spaces in copy ("Trump—notamment"); we pad
# them with spaces so the tokenizer sees three tokens.
_PADDED_DASHES = frozenset("\u2014\u2013\u2015")


def _is_space(char: str) -> bool:
    return char in "\t\v\f" or (char != "\n" and unicodedata.category(char) == "Zs")


@attrs.frozen(slots=True)
class NormalizedText:
    """A normalised copy of ``original`` and the way back.

    ``origin[i]`` is the offset in ``original`` of the character that produced
    ``text[i]``; an inserted character maps to the original character it was
    inserted before. ``origin`` has one more entry than ``text``: the end.
    """

    original: str
    text: str
    origin: tuple[int, ...]

    @classmethod
    def identity(cls, text: str) -> NormalizedText:
        """A text that needs no normalising (a parsed spaCy ``Doc``): every offset maps to itself."""
        return cls(original=text, text=text, origin=tuple(range(len(text) + 1)))

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the half-open span ``text[start:end]`` to original offsets."""
        if start >= end:
            position = self.origin[start]
            return position, position
        # The end is one past the original position of the last character, so
        # that a deleted character after the span is not pulled into it.
        return self.origin[start], self.origin[end - 1] + 1


def _pieces(original: str) -> Iterable[tuple[int, str]]:
    """Yield ``(original offset, replacement)`` for every original character."""
    length = len(original)
    for i, char in enumerate(original):
        if char in _DELETED:
            yield i, ""
        elif char in _APOSTROPHES:
            yield i, APOSTROPHE
        elif char == "\r":
            # Windows line ends: "\r\n" keeps only "\n"; a lone "\r" is a line end.
            yield i, "" if i + 1 < length and original[i + 1] == "\n" else "\n"
        elif _is_space(char):
            yield i, " "
        elif char in _PADDED_DASHES:
            before = " " if i > 0 and not original[i - 1].isspace() else ""
            after = " " if i + 1 < length and not original[i + 1].isspace() else ""
            yield i, f"{before}{char}{after}"
        elif char == "\x00" or (unicodedata.category(char) == "Cc" and char not in "\n"):
            # Control characters confuse tokenizers and mean nothing in prose.
            yield i, " "
        else:
            yield i, char


def normalize(original: str) -> NormalizedText:
    """Normalise ``original`` for parsing and keep the offset map.

    The copy has the same number of lines as the original, straight
    apostrophes, plain spaces, no soft hyphens or zero-width characters, and
    spaces around word-joining dashes.
    """
    out: list[str] = []
    origin: list[int] = []
    for position, replacement in _pieces(original):
        out.append(replacement)
        origin.extend([position] * len(replacement))
    origin.append(len(original))
    return NormalizedText(original=original, text="".join(out), origin=tuple(origin))

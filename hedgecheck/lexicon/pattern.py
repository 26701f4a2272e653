"""Patterns: the ``pattern`` column of the lexicon files, parsed.

Words separated by single spaces. A word matches a token whose lemma or
lower-cased form is that word, and a word with a capital letter only that exact
form (« Le Monde », not « le monde »); ``a|b`` matches either (``rester|reste à
confirmer``, for a lemma the parser gets wrong); ``word/UPOS`` also requires the
Universal POS tag (``possible/ADJ``); ``*`` stands for a gap of zero to three
tokens (``ignorer * si``), ``* *`` for up to six ("as * * as possible": "as many of the
old parts as possible"), and ``*/NOUN`` for up to three tokens of that part of speech
only ("best */NOUN possible": "the best score possible", not "the best outcome, a
possible").
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Final

import attrs

__all__ = ["ALTERNATIVE", "GAP", "MAX_GAP", "UPOS_TAGS", "Pattern", "PatternWord", "parse_pattern"]

UPOS_TAGS: Final = frozenset(
    [
        "ADJ",
        "ADP",
        "ADV",
        "AUX",
        "CCONJ",
        "DET",
        "INTJ",
        "NOUN",
        "NUM",
        "PART",
        "PRON",
        "PROPN",
        "PUNCT",
        "SCONJ",
        "SYM",
        "VERB",
        "X",
    ]
)
GAP: Final = "*"
ALTERNATIVE: Final = "|"
MAX_GAP: Final = 3


@attrs.frozen(slots=True)
class PatternWord:
    """One position of a pattern: alternative words, or a gap; either may require a UPOS."""

    words: tuple[str, ...]
    pos: str | None = None
    # Inflected forms of a verb written in the infinitive, from the language's
    # [inflection] table: matched against the token's form when its lemma is wrong.
    forms: frozenset[str] = frozenset()

    @property
    def is_gap(self) -> bool:
        return not self.words

    def __str__(self) -> str:
        if self.is_gap:
            return f"{GAP}/{self.pos}" if self.pos else GAP
        text = ALTERNATIVE.join(self.words)
        return f"{text}/{self.pos}" if self.pos else text


@attrs.frozen(slots=True)
class Pattern:
    words: tuple[PatternWord, ...]

    def inflected(self, table: Mapping[str, tuple[str, ...]]) -> Pattern:
        """The pattern with every infinitive's regular forms added (see ``language.toml``)."""
        if not table:
            return self
        endings = sorted(table, key=len, reverse=True)
        words = []
        for word in self.words:
            forms: set[str] = set()
            for alternative in word.words:
                ending = next((e for e in endings if alternative.endswith(e) and len(alternative) > len(e) + 1), None)
                if ending is not None:
                    stem = alternative[: -len(ending)]
                    forms.update(stem + suffix for suffix in table[ending])
            words.append(attrs.evolve(word, forms=frozenset(forms - set(word.words))))
        return Pattern(tuple(words))

    def __str__(self) -> str:
        return " ".join(str(w) for w in self.words)

    @property
    def length(self) -> int:
        """Number of non-gap words: longer patterns win over shorter ones."""
        return sum(1 for w in self.words if not w.is_gap)


def parse_pattern(text: str, report: Callable[[int, str], None]) -> Pattern | None:
    """Parse pattern syntax; ``report(offset, message)`` is called for each error."""
    words: list[PatternWord] = []
    offset = 0
    ok = True
    for piece in text.split(" "):
        if not piece:
            report(offset, "two spaces in a row in the pattern")
            ok = False
        elif piece.partition("/")[0] == GAP:
            ok = _read_gap(piece, offset, words, report) and ok
        else:
            word, slash, pos = piece.partition("/")
            alternatives = word.split(ALTERNATIVE)
            if not all(alternatives):
                report(offset, f"empty word in {piece!r}")
                ok = False
            if slash and not _known_tag(pos, offset + len(word) + 1, report):
                ok = False
            words.append(PatternWord(tuple(_fold(w) for w in alternatives), pos or None))
        offset += len(piece) + 1
    if words and words[-1].is_gap:
        report(len(text) - 1, f"a pattern cannot end with {GAP}")
        ok = False
    return Pattern(tuple(words)) if ok and words else None


def _read_gap(piece: str, offset: int, words: list[PatternWord], report: Callable[[int, str], None]) -> bool:
    """Append the gap ``*`` or ``*/UPOS`` to ``words``; False (once reported) when it may not stand there."""
    _, slash, pos = piece.partition("/")
    ok = True
    if not words:
        report(offset, f"a pattern cannot start with {GAP}")
        ok = False
    elif len(words) >= 2 and words[-1].is_gap and words[-2].is_gap:
        report(offset, f"at most two {GAP} in a row (up to six words)")
        ok = False
    if slash and not _known_tag(pos, offset + len(GAP) + 1, report):
        ok = False
    words.append(PatternWord((), pos or None))
    return ok


def _known_tag(pos: str, offset: int, report: Callable[[int, str], None]) -> bool:
    if pos in UPOS_TAGS:
        return True
    report(offset, f"unknown UPOS tag {pos!r}; use one of {' '.join(sorted(UPOS_TAGS))}")
    return False


def _fold(word: str) -> str:
    """The comparison form of a word: straight apostrophes; lower case unless it is a name.

    A word written with a capital (« Le Monde », « AFP ») must match the token
    exactly, so that the outlet « Le Monde » is not « le monde » (the world).
    """
    return word.replace("\u2019", "'")

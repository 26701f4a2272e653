"""A language's quotation marks, read on one parsed sentence.

The marks are the language's (``quotation_marks`` in ``language.toml``). A pair
whose two marks differ (« », “ ”) says by itself which way it faces. A mark that
both opens and closes (the straight ``"``) faces the way its spacing says: set
against the word before it and followed by a space or a stop, it closes
(``not," she said``); otherwise it opens. That matters in a sentence cut from a
longer quotation, whose opening mark stands in an earlier sentence: what comes
before its lone closing mark is quoted, and the tag after it is not. Copy that
mixes its marks (“...," or "...”) is read as a careful copy editor would: a
closing mark closes the quotation that is open, whichever mark opened it.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from hedgecheck.lexicon import Language
from hedgecheck.parsed import ParsedSentence, Token

__all__ = ["QuotationMarks"]


@attrs.frozen(slots=True)
class QuotationMarks:
    """The [opening, closing] mark pairs of a language."""

    pairs: tuple[tuple[str, str], ...]
    introducers: frozenset[str] = frozenset()  # punctuation that opens a quotation after its verb (« : »)
    commas: frozenset[str] = frozenset()  # one right after a closing mark closes the quotation too
    openings: frozenset[str] = attrs.field(init=False)
    closings: frozenset[str] = attrs.field(init=False)

    @openings.default
    def _openings(self) -> frozenset[str]:
        return frozenset(opening for opening, _ in self.pairs)

    @closings.default
    def _closings(self) -> frozenset[str]:
        return frozenset(closing for _, closing in self.pairs)

    @classmethod
    def of(
        cls, pairs: Sequence[tuple[str, str]], introducers: Sequence[str] = (), commas: Sequence[str] = ()
    ) -> QuotationMarks:
        return cls(tuple((opening, closing) for opening, closing in pairs), frozenset(introducers), frozenset(commas))

    @classmethod
    def of_language(cls, language: Language) -> QuotationMarks:
        """The marks of ``language.toml``: its pairs, its introducers and its commas."""
        return cls.of(language.quotation_marks, language.quotation_introducers, language.punctuation.commas)

    def quoted_tokens(self, sentence: ParsedSentence) -> set[int]:
        """Tokens inside quotation marks. A quotation the sentence does not close runs to its
        end; one it closes without opening (opened in an earlier sentence) runs from its start."""
        inside: set[int] = set()
        awaited: list[str] = []  # closing marks awaited, innermost last
        marks = [t for t in sentence.tokens if t.text in self.openings or t.text in self.closings]
        for token in sentence.tokens:
            if token.text not in self.openings and token.text not in self.closings:
                if awaited:
                    inside.add(token.i)
            elif not self._closing(sentence, token, awaited):
                awaited.append(self._partner(token.text))
            elif token.text in awaited:
                del awaited[awaited.index(token.text) :]  # a mark left open inside closes with it
            elif awaited:
                awaited.pop()  # “...," copy that mixes its marks: a closing mark closes the open quotation
            elif not awaited and token is marks[0] and _ends_words_before(sentence, token):
                inside.update(range(token.i))  # opened in an earlier sentence: all before it was quoted
        return inside - {t.i for t in marks}

    def closes(self, sentence: ParsedSentence, token: Token) -> bool:
        """Whether ``token`` is a closing mark, or a comma right after one (« ... », sourit X)."""
        if token.text in self.closings:
            return True
        previous = sentence.tokens[token.i - 1] if token.i > 0 else None
        return token.text in self.commas and previous is not None and previous.text in self.closings

    # -- parts ----------------------------------------------------------------

    def _closing(self, sentence: ParsedSentence, token: Token, awaited: list[str]) -> bool:
        if token.text not in self.closings:
            return False
        if token.text in self.openings:
            return _symmetric_closes(sentence, token, awaited)
        return True

    def _partner(self, opening: str) -> str:
        # A mark that opens several pairs (« '' » in "``...''" and "''...''") awaits itself first.
        closings = [closing for start, closing in self.pairs if start == opening]
        return opening if opening in closings else closings[0]

    def _mark_indices(self, sentence: ParsedSentence) -> set[int]:
        return {t.i for t in sentence.tokens if t.text in self.openings or t.text in self.closings}


def _symmetric_closes(sentence: ParsedSentence, token: Token, awaited: list[str]) -> bool:
    """Whether a mark that both opens and closes closes here: by its spacing, else by alternation."""
    if _faces_back(sentence, token):
        return True
    if _faces_forward(sentence, token):
        return False
    return bool(awaited) and awaited[-1] == token.text


def _ends_words_before(sentence: ParsedSentence, token: Token) -> bool:
    """Whether a closing mark closes the words before it: not one after a line break or a run
    of spaces, nor a stray one that ends the sentence after a space."""
    previous = sentence.tokens[token.i - 1] if token.i > 0 else None
    if previous is None or previous.is_space:
        return False
    return token.i + 1 < len(sentence.tokens) or previous.end == token.start


def _faces_back(sentence: ParsedSentence, token: Token) -> bool:
    """Set against the word before it, with a space, a stop or the end after it."""
    tokens = sentence.tokens
    if token.i == 0 or tokens[token.i - 1].end != token.start or tokens[token.i - 1].is_space:
        return False
    following = tokens[token.i + 1] if token.i + 1 < len(tokens) else None
    return following is None or following.start > token.end or following.upos == "PUNCT"


def _faces_forward(sentence: ParsedSentence, token: Token) -> bool:
    """Set against the word after it (or last), with a space or the start before it.

    A mark that ends a sentence after a space opens a quotation that the next one holds.
    """
    tokens = sentence.tokens
    if token.i > 0 and tokens[token.i - 1].end == token.start and not tokens[token.i - 1].is_space:
        return False
    following = tokens[token.i + 1] if token.i + 1 < len(tokens) else None
    return following is None or (following.start == token.end and following.upos != "PUNCT")

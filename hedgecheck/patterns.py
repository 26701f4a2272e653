"""Matching lexicon patterns against parsed tokens.

A pattern word matches a token whose lemma or lower-cased form equals it
(``/UPOS`` adds a tag constraint); ``*`` skips zero to three tokens (``*/UPOS``,
only tokens with that tag; two gaps in a row, up to six). Patterns
are indexed by their first word, so matching a sentence costs one dictionary
look-up per token and form, whatever the size of the lexicon.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import Generic, Protocol, TypeVar

import attrs

from hedgecheck.lexicon import MAX_GAP, Pattern, PatternWord
from hedgecheck.parsed import ParsedSentence, Token

__all__ = ["Match", "PatternMatcher", "select_longest", "word_matches"]


_NOT_VERBS = frozenset({"NOUN", "PROPN", "DET", "ADP", "PRON", "CCONJ", "SCONJ", "PUNCT", "NUM"})


class _HasPattern(Protocol):
    @property
    def pattern(self) -> Pattern: ...


EntryT = TypeVar("EntryT", bound=_HasPattern)


@attrs.frozen(slots=True)
class Match(Generic[EntryT]):
    """An entry matched on ``tokens`` (indices of the non-gap words, in order)."""

    entry: EntryT
    tokens: tuple[int, ...]

    @property
    def first(self) -> int:
        return self.tokens[0]

    @property
    def last(self) -> int:
        return self.tokens[-1]

    def overlaps(self, other: Match[EntryT] | Match[_HasPattern]) -> bool:
        return self.first <= other.last and other.first <= self.last


def word_matches(word: PatternWord, token: Token) -> bool:
    if word.pos is not None and token.upos != word.pos:
        return False
    if any(token.text == w if w != w.lower() else w in (token.lemma, token.lower) for w in word.words):
        return True
    # An inflected form stands in for a lemma the lemmatizer missed, but only on
    # a word that may be a verb: « l'estime » (a noun) is not « estimer ».
    return token.lower in word.forms and token.upos not in _NOT_VERBS


class PatternMatcher(Generic[EntryT]):
    """All entries whose pattern occurs in a sentence."""

    def __init__(self, entries: Iterable[EntryT]) -> None:
        self._by_first: dict[str, list[EntryT]] = defaultdict(list)
        for entry in entries:
            # The loader rejects a leading gap, so the first word has alternatives.
            first_word = entry.pattern.words[0]
            # A word the tokenizer may split ("Nice-Matin" as "Nice", "-", "Matin") is also found by its first piece.
            pieces = {_first_piece(w) for w in first_word.words} - set(first_word.words)
            for first in {*first_word.words, *first_word.forms, *pieces}:
                self._by_first[first].append(entry)

    def __bool__(self) -> bool:
        return bool(self._by_first)

    def find(self, sentence: ParsedSentence) -> list[Match[EntryT]]:
        tokens = sentence.words
        index = self._by_first
        found: list[Match[EntryT]] = []
        for position, token in enumerate(tokens):
            # Most tokens start no pattern: a set look-up per form rules them out cheaply.
            if token.lower in index or token.lemma in index or token.text in index:
                found.extend(self._matches_at(tokens, position))
        return found

    def _matches_at(self, tokens: Sequence[Token], position: int) -> Iterator[Match[EntryT]]:
        token = tokens[position]
        seen: set[int] = set()
        for key in (token.lower, token.lemma, token.text):
            for entry in self._by_first.get(key, ()):
                # An entry indexed under both the form and the lemma is tried once.
                if id(entry) in seen:
                    continue
                seen.add(id(entry))
                hit = _match_at(entry.pattern.words, tokens, position)
                if hit is not None:
                    yield Match(entry, tuple(tokens[k].i for k in hit))

    def find_at(self, sentence: ParsedSentence, token: Token) -> list[Match[EntryT]]:
        """The entries that match starting exactly at ``token``."""
        tokens = sentence.words
        position = next((k for k, t in enumerate(tokens) if t.i == token.i), None)
        return [] if position is None else list(self._matches_at(tokens, position))


def _match_at(words: Sequence[PatternWord], tokens: Sequence[Token], start: int) -> list[int] | None:
    """Token positions matched by ``words`` from ``start``, or None; gaps are lazy."""
    if not words:
        return []
    word = words[0]
    if word.is_gap:
        for skip in range(MAX_GAP + 1):
            if skip and (start + skip > len(tokens) or not _may_skip(word, tokens[start + skip - 1])):
                return None  # past the end, or a word a gap of one part of speech may not skip
            rest = _match_at(words[1:], tokens, start + skip)
            if rest is not None:
                return rest
        return None
    if start >= len(tokens):
        return None
    width = 1 if word_matches(word, tokens[start]) else _glued_width(word, tokens, start)
    if width is None:
        return None
    rest = _match_at(words[1:], tokens, start + width)
    return None if rest is None else [*range(start, start + width), *rest]


def _first_piece(word: str) -> str:
    """The word up to its first character that is neither a letter nor a digit."""
    end = next((k for k, c in enumerate(word) if not c.isalnum()), len(word))
    return word[:end] or word


@functools.cache
def _splittable(alternatives: tuple[str, ...]) -> tuple[str, ...]:
    """The alternatives with inner punctuation, which a tokenizer may split (computed once per word)."""
    return tuple(a for a in alternatives if _first_piece(a) != a)


def _glued_width(word: PatternWord, tokens: Sequence[Token], start: int) -> int | None:
    """How many tokens from ``start``, written with no space between them, spell one of the word's
    alternatives: the tokenizer split the written word (« Nice-Matin », "Al-Jazeera"), the lexicon did not."""
    for alternative in _splittable(word.words):
        text, end = tokens[start].text, start + 1
        while len(text) < len(alternative) and end < len(tokens) and tokens[end - 1].end == tokens[end].start:
            text += tokens[end].text
            end += 1
        spelled = text == alternative if alternative != alternative.lower() else text.lower() == alternative
        tagged = word.pos is None or any(t.upos == word.pos for t in tokens[start:end])
        if spelled and tagged and end - start > 1:
            return end - start
    return None


def _may_skip(gap: PatternWord, token: Token) -> bool:
    return gap.pos is None or token.upos == gap.pos


def select_longest(matches: Iterable[Match[EntryT]]) -> list[Match[EntryT]]:
    """Keep non-overlapping matches, longer patterns first, then leftmost.

    « sans aucun doute » (certain) must win over « doute » (uncertain) inside it.
    """
    ordered = sorted(matches, key=lambda m: (-m.entry.pattern.length, -(m.last - m.first), m.first))
    chosen: list[Match[EntryT]] = []
    for match in ordered:
        if not any(match.overlaps(other) for other in chosen):
            chosen.append(match)
    return sorted(chosen, key=lambda m: m.first)

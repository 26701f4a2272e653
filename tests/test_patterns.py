"""Lexicon patterns against tokens, with no model: how a written word meets the tokenizer's split."""

from __future__ import annotations

import re

import attrs
import pytest

from hedgecheck.lexicon import Pattern, parse_pattern
from hedgecheck.parsed import ParsedSentence, Token
from hedgecheck.patterns import PatternMatcher

# Words, and every punctuation mark a token of its own, as spaCy's French model splits "Nice-Matin".
_TOKEN = re.compile(r"\w+|[^\w\s]")


@attrs.frozen
class _Entry:
    pattern: Pattern


def _entry(text: str) -> _Entry:
    pattern = parse_pattern(text, lambda column, problem: pytest.fail(problem))
    assert pattern is not None
    return _Entry(pattern)


def _sentence(text: str, *, split: bool = True) -> ParsedSentence:
    matches = _TOKEN.finditer(text) if split else re.finditer(r"[\w-]+|[^\w\s]", text)
    tokens = []
    for i, match in enumerate(matches):
        word = match.group()
        upos = "PUNCT" if not word[0].isalnum() else "PROPN" if word[0].isupper() else "NOUN"
        tokens.append(Token(i, word, word.lower(), upos, frozenset(), "dep", i, match.start(), match.end()))
    return ParsedSentence(tuple(tokens))


def _found(pattern: str, text: str, *, split: bool = True) -> list[str]:
    sentence = _sentence(text, split=split)
    matches = PatternMatcher([_entry(pattern)]).find(sentence)
    return [" ".join(sentence.tokens[i].text for i in m.tokens) for m in matches]


def test_a_hyphenated_word_matches_the_pieces_the_tokenizer_split_it_into() -> None:
    assert _found("Nice-Matin", "Selon Nice-Matin, il pleut.") == ["Nice - Matin"]
    assert _found("porte-parole", "Le Porte-parole a dit non.") == ["Porte - parole"]
    assert _found("a-t-on appris", "Le site a-t-on appris hier.") == ["a - t - on appris"]


def test_a_hyphenated_word_still_matches_a_token_left_whole() -> None:
    assert _found("Nice-Matin", "Selon Nice-Matin, il pleut.", split=False) == ["Nice-Matin"]


def test_pieces_with_a_space_between_them_are_two_words() -> None:
    # "Nice - Matin" written with spaces is not the paper's name, nor is a capital left out.
    assert _found("Nice-Matin", "Entre Nice - Matin et Paris.") == []
    assert _found("Nice-Matin", "Selon nice-matin, il pleut.") == []

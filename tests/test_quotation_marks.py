"""Which tokens a sentence quotes, read from the language's marks alone: no model is loaded."""

from __future__ import annotations

import re

import pytest

from hedgecheck.attribution.marks import QuotationMarks
from hedgecheck.lexicon import load_language
from hedgecheck.parsed import ParsedSentence, Token

_WORD = re.compile(r"\s{2,}|''|``|\w+|[^\w\s]")


def _sentence(text: str) -> ParsedSentence:
    """Tokens of ``text`` with their offsets (a run of spaces is a space token, as spaCy makes it)."""
    tokens = []
    for i, match in enumerate(_WORD.finditer(text)):
        word = match.group()
        upos = "SPACE" if word.isspace() else "PUNCT" if not word[0].isalnum() else "X"
        tokens.append(Token(i, word, word.lower(), upos, frozenset(), "dep", i, match.start(), match.end()))
    return ParsedSentence(tuple(tokens))


def _quoted(marks: QuotationMarks, text: str) -> str:
    sentence = _sentence(text)
    inside = marks.quoted_tokens(sentence)
    return " ".join(t.text for t in sentence.tokens if t.i in inside)


@pytest.fixture(scope="module")
def english() -> QuotationMarks:
    return QuotationMarks.of_language(load_language("en"))


@pytest.fixture(scope="module")
def french() -> QuotationMarks:
    return QuotationMarks.of_language(load_language("fr"))


def test_balanced_marks_quote_what_they_enclose(english: QuotationMarks, french: QuotationMarks) -> None:
    assert _quoted(english, "“We tried,” she said.") == "We tried ,"
    assert _quoted(english, '"We tried," she said.') == "We tried ,"
    assert _quoted(french, "« Nous avons tout essayé », a dit l'avocate.") == "Nous avons tout essayé"


def test_a_quotation_left_open_runs_to_the_end(english: QuotationMarks) -> None:
    assert _quoted(english, "He said: “We tried.") == "We tried ."


def test_a_closing_mark_with_no_opening_quotes_what_comes_before_it(english: QuotationMarks) -> None:
    # The opening mark stood in an earlier sentence: the tag after the closing one is not quoted.
    assert _quoted(english, 'Probably not," Ms. Moore said.') == "Probably not ,"
    assert _quoted(english, "We failed,” she said.") == "We failed ,"


def test_a_straight_mark_faces_the_way_its_spacing_says(english: QuotationMarks) -> None:
    # Set against the word after it, a straight mark opens, even with no other mark in the sentence.
    assert _quoted(english, 'Asked, he said "never again') == "never again"


def test_doubled_apostrophes_open_and_close_as_wire_copy_writes_them(english: QuotationMarks) -> None:
    assert _quoted(english, "The plan ''is a misguided approach,'' said Mr. Burman.") == "is a misguided approach ,"
    # A mark that ends the sentence after a space opens the quotation the next sentence holds.
    assert _quoted(english, "''We lost,'' he said. ''") == "We lost ,"


def test_a_stray_mark_closes_nothing(english: QuotationMarks) -> None:
    # After a run of spaces (a line break in the source) or after a quotation already closed.
    assert _quoted(english, "Mark Barabak noted that it was critical.  ”") == ""
    stray = '“It never crossed my mind,” she said, and more was to come."'
    assert _quoted(english, stray) == "It never crossed my mind ,"


def test_a_comma_after_a_closing_mark_closes_the_quotation(english: QuotationMarks) -> None:
    sentence = _sentence("“We tried”, she said.")
    comma = next(t for t in sentence.tokens if t.text == ",")
    said = next(t for t in sentence.tokens if t.text == "said")
    assert english.closes(sentence, comma)
    assert not english.closes(sentence, said)


def test_a_closing_mark_of_another_pair_closes_the_open_quotation(english: QuotationMarks) -> None:
    # Wire copy mixes curly and straight marks; the tag after the quotation is not quoted.
    assert _quoted(english, '“Deals should not be required," Jason Chaffetz said.') == "Deals should not be required ,"
    assert _quoted(english, '"Oz has a pulpit,” said David Gorski.') == "Oz has a pulpit ,"
    # A straight pair inside a curly quotation still nests.
    assert _quoted(english, '“He called it "a disaster" then,” she said.') == "He called it a disaster then ,"

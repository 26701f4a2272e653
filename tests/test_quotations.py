"""Quotations as units (guidelines v1.3 §2 rule 11): the finder alone, then end to end."""

from __future__ import annotations

import pytest

from hedgecheck import Annotator
from hedgecheck.attribution.quotations import Quotation, QuotationFinder
from hedgecheck.lexicon import load_language


@pytest.fixture(scope="module")
def finder() -> QuotationFinder:
    return QuotationFinder(load_language("fr").quotation_marks)


def test_quotations_are_found_over_several_sentences(finder: QuotationFinder) -> None:
    text = "Il a dit : « Un. Deux. » Puis “trois”."
    assert finder.find(text) == [Quotation(11, 24), Quotation(30, 37)]


def test_straight_quotes_open_and_close_alternately(finder: QuotationFinder) -> None:
    text = 'Il a dit "oui" puis "non".'
    assert [text[q.start : q.end] for q in finder.find(text)] == ['"oui"', '"non"']


def test_a_mark_left_open_does_not_run_into_the_next_paragraph(finder: QuotationFinder) -> None:
    assert finder.find("« Ouvert sans fin.\n\nAutre paragraphe. »") == []


def test_a_closing_mark_of_another_pair_closes_the_open_quotation() -> None:
    finder = QuotationFinder(load_language("en").quotation_marks)
    text = '“Deals are not required. Never," Chaffetz said. "Oz has a pulpit,” said Gorski.'
    quoted = [text[q.start : q.end] for q in finder.find(text)]
    assert quoted == ['“Deals are not required. Never,"', '"Oz has a pulpit,”']
    # A straight pair inside a curly quotation still nests.
    nested = '“He called it "a disaster" then,” she said.'
    assert [nested[q.start : q.end] for q in finder.find(nested)] == [nested[: nested.index(" she")], '"a disaster"']


def test_multi_character_marks_from_the_language_file() -> None:
    finder = QuotationFinder(load_language("en").quotation_marks)
    text = "He said ``We will win. They will lose.'' Then he left."
    [quotation] = finder.find(text)
    assert text[quotation.start : quotation.end] == "``We will win. They will lose.''"


def _main(fr: Annotator, text: str) -> list[tuple[str, str | None, str | None]]:
    out = []
    for sentence in fr(text).sentences:
        main = sentence.main_attribution
        if main is None:
            out.append(("none", None, None))
        else:
            out.append((main.type.value, main.inherited, main.shown_source.text if main.shown_source else None))
    return out


def test_the_tag_after_gives_its_speaker_to_the_sentence_before(fr: Annotator) -> None:
    text = "« La digue a cédé vers minuit. Personne n'a été prévenu », a raconté le maire."
    assert _main(fr, text) == [("named", "quotation", "le maire"), ("named", None, "le maire")]


def test_the_tag_before_gives_its_speaker_to_the_sentences_after(fr: Annotator) -> None:
    text = "Un riverain témoigne : « L'eau montait. Nous sommes partis à pied. » La mairie est fermée."
    assert _main(fr, text) == [
        ("anonymous", None, "Un riverain"),
        ("anonymous", "quotation", "Un riverain"),
        ("none", None, None),
    ]


def test_each_quoted_sentence_keeps_its_own_certainty(fr: Annotator) -> None:
    text = "« Le pont aurait cédé. Nous avons fermé la route », a expliqué la préfète."
    first, second = fr(text).sentences
    assert (first.certainty.value, second.certainty.value) == ("possible", "certain")
    assert first.main_attribution is not None and first.main_attribution.source is None
    assert first.to_dict()["attributions"][0]["source"] is None


def test_an_untagged_quotation_takes_the_speaker_of_the_sentence_before(fr: Annotator) -> None:
    text = "La ministre a répondu aux élus. « Nous reconstruirons l'école. » Les travaux commencent lundi."
    assert [m[0] for m in _main(fr, text)] == ["named", "named", "none"]

from __future__ import annotations

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hedgecheck.lexicon import load_language
from hedgecheck.segment import Segmenter


@pytest.fixture(scope="module")
def segmenter() -> Segmenter:
    return Segmenter(load_language("fr"))


def sentences(segmenter: Segmenter, text: str) -> list[str]:
    return [text[s:e] for s, e in segmenter.split(text)]


def test_glued_full_stop_starts_a_new_sentence(segmenter: Segmenter) -> None:
    assert sentences(segmenter, "pour sa résolution.Les sources indiquent que oui.") == [
        "pour sa résolution.",
        "Les sources indiquent que oui.",
    ]


def test_glued_after_closing_quote(segmenter: Segmenter) -> None:
    assert sentences(segmenter, "Il a dit « non ».Les autres ont ri.") == ["Il a dit « non ».", "Les autres ont ri."]


@pytest.mark.parametrize(
    "text",
    [
        "M. Dupont a parlé à Mme Martin.",
        "Il est né en 44 av. J.-C. à Rome.",
        "Les U.S. Marines sont arrivés.",
        "Le livre de J. K. Rowling est sorti.",
        "Le site Le Monde.fr a publié l'article.",
        "La croissance atteint 3.5 pour cent.",
        "Il a lu l'art. 12 du code.",
    ],
)
def test_abbreviations_and_initials_do_not_end_sentences(segmenter: Segmenter, text: str) -> None:
    assert sentences(segmenter, text) == [text]


def test_colons_semicolons_dashes_and_apostrophes_never_end(segmenter: Segmenter) -> None:
    text = "Il a répondu : oui ; puis — après un silence — il est parti. Qu'en dire ?"
    first = "Il a répondu : oui ; puis — après un silence — il est parti."
    assert sentences(segmenter, text) == [first, "Qu'en dire ?"]


def test_heading_and_blank_lines(segmenter: Segmenter) -> None:
    text = "Un titre sans point\n\nPremière phrase. Deuxième phrase.\n\n\nTroisième"
    assert sentences(segmenter, text) == ["Un titre sans point", "Première phrase.", "Deuxième phrase.", "Troisième"]


def test_heading_on_its_own_line_without_blank_line(segmenter: Segmenter) -> None:
    assert sentences(segmenter, "Un titre\nLe corps commence ici.") == ["Un titre", "Le corps commence ici."]


def test_hard_wrapped_line_is_joined(segmenter: Segmenter) -> None:
    text = "Le ministre a déclaré que la réforme\nserait votée demain."
    assert sentences(segmenter, text) == [text]


def test_closing_quote_stays_with_its_sentence(segmenter: Segmenter) -> None:
    text = "« C'est fini. » Le ministre est parti."
    assert sentences(segmenter, text) == ["« C'est fini. »", "Le ministre est parti."]


def test_a_stop_inside_a_quotation_ends_a_sentence(segmenter: Segmenter) -> None:
    # Guidelines v1.3 §1: the closing mark and the tag go with the last sentence.
    text = "« Nous ne céderons pas. Nous irons jusqu'au bout », a déclaré le ministre. Puis il est parti."
    assert sentences(segmenter, text) == [
        "« Nous ne céderons pas.",
        "Nous irons jusqu'au bout », a déclaré le ministre.",
        "Puis il est parti.",
    ]


def test_curly_quotation_with_its_tag_before_is_split(segmenter: Segmenter) -> None:
    text = "Un riverain témoigne : “L'eau montait. Nous sommes partis à pied.” La digue a cédé."
    assert sentences(segmenter, text) == [
        "Un riverain témoigne : “L'eau montait.",
        "Nous sommes partis à pied.”",
        "La digue a cédé.",
    ]


@pytest.mark.parametrize("dash", ["-", "–", "—"])
def test_a_dateline_joined_by_a_dash_stays_with_its_sentence(segmenter: Segmenter, dash: str) -> None:
    text = f"Inondations\n\n4 mars 2014. {dash} La préfecture indique que la crue recule. Les routes rouvrent."
    assert sentences(segmenter, text) == [
        "Inondations",
        f"4 mars 2014. {dash} La préfecture indique que la crue recule.",
        "Les routes rouvrent.",
    ]


def test_an_abbreviation_that_is_also_a_word_ends_before_a_capital_only(segmenter: Segmenter) -> None:
    # « art. » is marked before_capital in lexicons/fr/abbreviations.tsv.
    assert sentences(segmenter, "Il cite l'art. 12 du code. Le musée expose des œuvres d'art. Ils viennent.") == [
        "Il cite l'art. 12 du code.",
        "Le musée expose des œuvres d'art.",
        "Ils viennent.",
    ]


def test_question_and_exclamation_followed_by_lowercase_do_not_end(segmenter: Segmenter) -> None:
    text = "« Pourquoi ? » a-t-il demandé. Quelle histoire ! Fin."
    assert sentences(segmenter, text) == ["« Pourquoi ? » a-t-il demandé.", "Quelle histoire !", "Fin."]


def test_digit_after_stop_starts_a_sentence(segmenter: Segmenter) -> None:
    assert sentences(segmenter, "Le bilan est lourd. 12 morts sont à déplorer.") == [
        "Le bilan est lourd.",
        "12 morts sont à déplorer.",
    ]


def test_etc_may_end_a_sentence(segmenter: Segmenter) -> None:
    assert sentences(segmenter, "Des pommes, des poires, etc. Le marché ferme.") == [
        "Des pommes, des poires, etc.",
        "Le marché ferme.",
    ]


@settings(max_examples=300)
@given(st.text(alphabet=st.sampled_from(list("ab AB.!?…«»\"'\n:;—-12,")), max_size=80))
def test_sentences_cover_the_text_in_order_without_overlap(segmenter: Segmenter, text: str) -> None:
    spans = segmenter.split(text)
    previous = 0
    for start, end in spans:
        assert previous <= start < end <= len(text)
        assert not text[previous:start].strip()
        assert text[start:end] == text[start:end].strip()
        previous = end
    assert not text[previous:].strip()


def test_a_stopless_dump_is_cut_into_bounded_sentences(segmenter: Segmenter) -> None:
    from hedgecheck.segment import MAX_SENTENCE

    text = " ".join(["mot"] * 8000)  # 31,999 characters, no stop
    spans = segmenter.split(text)
    assert len(spans) == 4
    assert all(end - start <= MAX_SENTENCE for start, end in spans)
    assert " ".join(text[s:e] for s, e in spans) == text


def test_the_stops_dashes_and_quotation_marks_are_the_languages() -> None:
    """A language that writes „...“ and ends sentences with 。: the segmenter knows no marks of its own."""
    french = load_language("fr")
    other = attrs.evolve(
        french,
        quotation_marks=(("„", "“"),),
        punctuation=attrs.evolve(french.punctuation, sentence_stops=("。",), dashes=()),
    )
    assert sentences(Segmenter(other), "Erster Satz。 Zweiter Satz. Noch immer。") == [
        "Erster Satz。",
        "Zweiter Satz. Noch immer。",
    ]
    # “ closes a quotation here: it stays with the sentence it closes, where French opens with it.
    text = "Er sagte: „Ja。“ Dann ging er。"
    assert sentences(Segmenter(other), text) == ["Er sagte: „Ja。“", "Dann ging er。"]
    # A line opening with a dash starts a sentence where the language writes such dashes.
    text = "Le bilan\n— Trois blessés"
    assert sentences(Segmenter(french), text) == ["Le bilan", "— Trois blessés"]
    assert sentences(Segmenter(other), text) == [text]

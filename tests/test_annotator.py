from __future__ import annotations

import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hedgecheck import Annotator, DocumentAnnotation, annotate

SEED_LIKE = (
    "Un titre : ce que disent les sources\n\n"
    "Selon le média Axios, un conseiller a suggéré l’idée.Les sources indiquent qu’il aurait accepté.\n"
    "Le secrétaire d’État—notamment—a affirmé : ‘Oui’."
)


def blank(text: str) -> bool:
    """Nothing to annotate: spaces, control and format characters (NUL, soft hyphen)."""
    return all(c.isspace() or unicodedata.category(c) in ("Cc", "Cf") for c in text)


def check_offsets(text: str, doc: DocumentAnnotation) -> None:
    previous = 0
    for index, sentence in enumerate(doc.sentences):
        assert sentence.index == index
        assert previous <= sentence.start < sentence.end <= len(text)
        assert text[sentence.start : sentence.end] == sentence.text
        assert blank(text[previous : sentence.start])
        for cue in sentence.cues:
            assert sentence.start <= cue.start < cue.end <= sentence.end
            assert text[cue.start : cue.end] == cue.text
        previous = sentence.end
    assert blank(text[previous:])


def test_offsets_point_into_the_original_typographic_text(fr: Annotator) -> None:
    doc = fr(SEED_LIKE)
    check_offsets(SEED_LIKE, doc)
    assert [s.text for s in doc.sentences] == [
        "Un titre : ce que disent les sources",
        "Selon le média Axios, un conseiller a suggéré l’idée.",
        "Les sources indiquent qu’il aurait accepté.",
        "Le secrétaire d’État—notamment—a affirmé : ‘Oui’.",
    ]
    assert [(c.text, c.level.value) for c in doc.sentences[2].cues] == [("aurait", "possible")]


def test_typographic_apostrophes_do_not_hide_cues(fr: Annotator) -> None:
    straight = fr("Il n'est pas certain qu'il vienne.").sentences[0]
    curly = fr("Il n’est pas certain qu’il vienne.").sentences[0]
    assert straight.certainty == curly.certainty
    assert straight.certainty.value == "uncertain"


def test_empty_and_blank_text_give_no_sentence(fr: Annotator) -> None:
    assert fr("").sentences == ()
    assert fr("  \n\n \t ").sentences == ()


def test_pipe_equals_one_call_per_text(fr: Annotator) -> None:
    texts = [SEED_LIKE, "", "Le ministre aurait démissionné. Il part.", "Une phrase."] * 20
    piped = list(fr.pipe(texts, ids=[str(i) for i in range(len(texts))]))
    assert len(piped) == len(texts)
    for i in (0, 1, 2, 3, 77):
        assert piped[i] == fr(texts[i], doc=str(i))


def test_pre_segmented_mode_keeps_one_record_per_string(fr: Annotator) -> None:
    sentences = ["Il aurait menti. Puis il est parti.", "", "  Le ministre a confirmé.  "]
    result = fr.annotate_sentences(sentences)
    assert [s.index for s in result] == [0, 1, 2]
    assert result[0].text == sentences[0]  # not split further
    assert result[0].certainty.value == "possible"
    assert (result[1].start, result[1].end, result[1].text) == (0, 0, "")
    assert (result[2].start, result[2].text) == (2, "Le ministre a confirmé.")


def test_module_level_annotate() -> None:
    doc = annotate("Le ministre aurait démissionné.")
    assert doc.lang == "fr"
    assert doc.sentences[0].certainty.value == "possible"


def test_non_text_input_is_a_type_error(fr: Annotator) -> None:
    with pytest.raises(TypeError, match="annotates str"):
        fr(b"bytes")  # type: ignore[arg-type]


_PIECES = st.sampled_from(
    [
        "Le ministre",
        " aurait",
        " démissionné",
        ".",
        "Les",
        " sources",
        " ont confirmé",
        "’",
        "'",
        " « ",
        " » ",
        "\n",
        "\n\n",
        "—",
        " ?",
        "M.",
        " peut-être",
        "\u00a0",
        "\u00ad",
        "\x00",
        "é",
        " ",
        "!",
        "…",
        "U.S.",
        "😀",
    ]
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_PIECES, max_size=25).map("".join) | st.text(max_size=60))
def test_any_text_is_annotated_with_valid_offsets_deterministically(fr: Annotator, text: str) -> None:
    doc = fr(text)
    check_offsets(text, doc)
    assert fr(text) == doc

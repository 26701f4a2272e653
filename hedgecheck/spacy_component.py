"""hedgecheck as a spaCy pipeline component.

    nlp = spacy.load("fr_core_news_sm")
    nlp.add_pipe("hedgecheck")
    doc = nlp(text); doc._.hedgecheck.sentences[0].certainty

The component reads the ``Doc`` the pipeline already parsed (its tokens, tags,
morphology, dependencies and entities), cuts it into sentences by the
guidelines' rules, and runs the same detectors as :class:`hedgecheck.Annotator`.
Results live in ``doc.user_data`` as plain JSON-like data, so docs cross process
boundaries (``nlp.pipe(..., n_process=2)``) and ``Doc.to_bytes`` unharmed;
``Doc._.hedgecheck`` rebuilds the frozen :class:`DocumentAnnotation` from it.
``Span._.certainty``, ``Span._.attribution`` and ``Span._.cues`` read the sentence
that covers a span. ``nlp.to_disk`` stores the lexicons with the pipeline.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language as SpacyLanguage
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from hedgecheck.annotator import Detectors
from hedgecheck.backends.spacy_backend import tokens_from_doc, uses_clear_labels, word_vectors
from hedgecheck.lexicon import GRADES_FILE, LANGUAGE_FILE, load_language
from hedgecheck.model import Cue, DocumentAnnotation, SentenceAnnotation

__all__ = ["HedgecheckComponent", "make_hedgecheck"]

USER_DATA_KEY = "hedgecheck"
_LEXICON_FOLDER = "lexicons"


def _doc_annotation(doc: Doc) -> DocumentAnnotation | None:
    data = doc.user_data.get(USER_DATA_KEY)
    return DocumentAnnotation.from_dict(data) if data is not None else None


def _span_sentence(span: SpacySpan) -> SentenceAnnotation | None:
    annotation = _doc_annotation(span.doc)
    if annotation is None:
        return None
    start, end = span.start_char, span.end_char
    # The sentence that holds the span, or else the one it overlaps most.
    best, overlap = None, 0
    for sentence in annotation.sentences:
        shared = min(end, sentence.end) - max(start, sentence.start)
        if shared > overlap:
            best, overlap = sentence, shared
    return best


def _span_certainty(span: SpacySpan) -> str | None:
    sentence = _span_sentence(span)
    return sentence.certainty.value if sentence is not None else None


def _span_attribution(span: SpacySpan) -> str | None:
    sentence = _span_sentence(span)
    return sentence.attribution.value if sentence is not None else None


def _span_cues(span: SpacySpan) -> list[Cue]:
    sentence = _span_sentence(span)
    if sentence is None:
        return []
    return [c for c in sentence.cues if c.start < span.end_char and span.start_char < c.end]


def register_extensions() -> None:
    """Declare ``Doc._.hedgecheck`` and the ``Span`` extensions (idempotent)."""
    if not Doc.has_extension("hedgecheck"):
        Doc.set_extension("hedgecheck", getter=_doc_annotation)
    for name, getter in (("certainty", _span_certainty), ("attribution", _span_attribution), ("cues", _span_cues)):
        if not SpacySpan.has_extension(name):
            SpacySpan.set_extension(name, getter=getter)


class HedgecheckComponent:
    """Annotates each ``Doc`` with attribution and certainty, sentence by sentence."""

    def __init__(self, nlp: SpacyLanguage, name: str, lang: str, lexicon_dir: str | Path | None = None) -> None:
        self.name = name
        self.lang = lang
        self.lexicon_dir = Path(lexicon_dir) if lexicon_dir is not None else None
        # A pipeline loaded from disk brings its own lexicons (from_disk); until then, and
        # when the configured folder is not on this machine, the built-in ones serve.
        usable = self.lexicon_dir if self.lexicon_dir is not None and self.lexicon_dir.is_dir() else None
        self.vectors = word_vectors(nlp)
        self.detectors = Detectors(load_language(lang, usable), self.vectors)
        self.clear_labels = uses_clear_labels(nlp)
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        tokens = tokens_from_doc(doc, clear_labels=self.clear_labels).tokens
        annotation = self.detectors.annotate_tokens(doc.text, tokens)
        doc.user_data[USER_DATA_KEY] = annotation.to_dict()
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in docs:
            yield self(doc)

    # -- serialisation: the lexicons travel with the pipeline ----------------------

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        target = Path(path) / _LEXICON_FOLDER
        if target.exists():
            shutil.rmtree(target)
        source = self.detectors.language.directory
        shutil.copytree(source, target / self.lang)
        grades = source / GRADES_FILE if (source / GRADES_FILE).is_file() else source.parent / GRADES_FILE
        if grades.is_file():
            shutil.copy(grades, target / GRADES_FILE)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> HedgecheckComponent:
        folder = Path(path) / _LEXICON_FOLDER / self.lang
        if (folder / LANGUAGE_FILE).is_file():
            self.lexicon_dir = folder
            self.detectors = Detectors(load_language(self.lang, folder), self.vectors)
        return self


@SpacyLanguage.factory("hedgecheck", default_config={"lang": None, "lexicon_dir": None})
def make_hedgecheck(nlp: SpacyLanguage, name: str, lang: str | None, lexicon_dir: str | None) -> HedgecheckComponent:
    """The factory behind ``nlp.add_pipe("hedgecheck", config={"lang": "fr", "lexicon_dir": ...})``."""
    return HedgecheckComponent(nlp, name, lang=lang or str(nlp.lang), lexicon_dir=lexicon_dir)

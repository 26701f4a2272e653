"""The annotator: text in, frozen annotations with original offsets out.

Data flows one way: text → normalised copy with an offset map → sentence
spans → backend parse (one sentence per parse, batched) → detectors → frozen
results mapped back to the original offsets.
"""

from __future__ import annotations

import functools
import itertools
import threading
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

import attrs

from hedgecheck.attribution import AttributionDetector, DocumentContext
from hedgecheck.attribution.neighbours import WordVectors
from hedgecheck.attribution.quotations import Quotation, QuotationFinder, quotation_speakers
from hedgecheck.attribution.readings import SourceReading
from hedgecheck.backends import Backend, BackendError
from hedgecheck.certainty import CertaintyDetector, sentence_level
from hedgecheck.language_id import guess_language
from hedgecheck.lexicon import Language, load_language
from hedgecheck.model import (
    Attribution,
    AttributionType,
    CertaintyLevel,
    Cue,
    DocumentAnnotation,
    Provenance,
    SentenceAnnotation,
    SourcingGrade,
    Span,
)
from hedgecheck.normalize import NormalizedText, normalize
from hedgecheck.parsed import ParsedSentence, Token, cut
from hedgecheck.pool import WorkerError, WorkerPool, batched
from hedgecheck.segment import Segmenter

__all__ = ["Annotator", "Detectors", "annotate", "guess_language"]

T = TypeVar("T")
_DOCS_PER_BATCH = 64


def _batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def _require_text(text: object) -> str:
    if not isinstance(text, str):
        raise TypeError(f"hedgecheck annotates str, got {type(text).__name__}")
    return text


@attrs.frozen(slots=True)
class AnnotatedSentence:
    """A sentence's annotation, and the sources a later sentence may refer back to (main last)."""

    annotation: SentenceAnnotation
    sources: tuple[tuple[SourceReading, tuple[int, int]], ...]


class Detectors:
    """Everything that turns a parsed sentence into its annotation, for one language.

    Shared by :class:`Annotator` (which parses with its own backend) and the spaCy
    pipeline component (which reads a ``Doc`` the user's pipeline parsed).
    """

    def __init__(self, language: Language, vectors: WordVectors | None = None) -> None:
        self.language = language
        self.lang = language.code
        self.segmenter = Segmenter(language)
        self.certainty = CertaintyDetector(language)
        self.attribution = AttributionDetector(language, vectors)
        self.quotations = QuotationFinder(language.quotation_marks)

    def annotate_tokens(self, text: str, tokens: Sequence[Token], doc_id: str | None = None) -> DocumentAnnotation:
        """Annotate a text someone else parsed: ``tokens`` carry offsets into ``text``.

        The sentences are cut by the guidelines' rules (not the parser's), each
        sentence reading the tokens inside it. This is how a spaCy ``Doc`` or a
        stanza ``Document`` is annotated.
        """
        normalized = normalize(text)
        spans = []
        parses = []
        for start, end in self.segmenter.split(normalized.text):
            original_start, original_end = normalized.to_original(start, end)
            parse = cut(tokens, original_start, original_end)
            if parse.tokens:
                spans.append((original_start, original_end))
                parses.append(parse)
        return self.document(NormalizedText.identity(text), spans, parses, doc_id)

    def document(
        self,
        normalized: NormalizedText,
        spans: Sequence[tuple[int, int]],
        parses: Iterable[ParsedSentence],
        doc_id: str | None = None,
    ) -> DocumentAnnotation:
        """Annotate a document from its sentence spans (normalised offsets) and their parses."""
        # The context is read by each sentence and updated here, in document order, only.
        context = DocumentContext()
        sentences = []
        for index, ((start, end), parse) in enumerate(zip(spans, parses, strict=False)):
            context.see_names(parse, self.language.entities)
            annotated = self.sentence(normalized, start, end, parse, index, doc_id, context)
            context.remember_all(annotated.sources)
            sentences.append(annotated.annotation)
        sentences = self.inherit_quotation_speakers(normalized, sentences)
        return DocumentAnnotation(text=normalized.original, sentences=sentences, lang=self.lang, doc=doc_id)

    def inherit_quotation_speakers(
        self, normalized: NormalizedText, sentences: list[SentenceAnnotation]
    ) -> list[SentenceAnnotation]:
        """Give every sentence of a quotation the quotation's speaker as its main source (§2 rule 11)."""
        quotations = [Quotation(*normalized.to_original(q.start, q.end)) for q in self.quotations.find(normalized.text)]
        speakers = quotation_speakers(sentences, quotations, normalized.original)
        out = list(sentences)
        for k, speaker in speakers.items():
            sentence = sentences[k]
            others = [attrs.evolve(a, main=False) for a in sentence.attributions]
            out[k] = attrs.evolve(
                sentence,
                attribution=speaker.type,
                attributions=[speaker, *others],
                sourcing=self.grade(speaker.type, sentence.certainty),
            )
        return out

    def sentence(
        self,
        normalized: NormalizedText,
        start: int,
        end: int,
        parse: ParsedSentence,
        index: int,
        doc_id: str | None,
        context: DocumentContext,
    ) -> AnnotatedSentence:
        """One sentence, its sources resolved against ``context`` (read, never changed here)."""
        original = normalized.original

        def span(tokens: tuple[int, int]) -> Span:
            first, last = parse.tokens[tokens[0]], parse.tokens[tokens[1]]
            return Span.of(original, *normalized.to_original(start + first.start, start + last.end))

        cues = [
            Cue(span((min(hit.tokens), max(hit.tokens))), hit.level, hit.kind, hit.provenance)
            for hit in self.certainty.detect(parse)
        ]
        certainty = sentence_level(c.level for c in cues)
        attributions = []
        resolved = []
        for hit in self.attribution.detect(parse):
            reading, antecedent = context.resolve(hit.reading)
            reading = context.recognise_name(reading, parse.tokens[hit.source[0] : hit.source[1] + 1])
            source = span(hit.source)
            attributions.append(
                Attribution(
                    type=reading.type,
                    source=source,
                    cue=span(hit.cue),
                    main=hit.main,
                    content=span(hit.content) if hit.content is not None else None,
                    provenance=hit.provenance,
                    typing=reading.evidence,
                    refers_to=Span.of(original, *antecedent) if antecedent is not None else None,
                )
            )
            resolved.append((hit.main, reading, antecedent or (source.start, source.end)))
        main = next((a for a in attributions if a.main), None)
        kind = main.type if main is not None else AttributionType.NONE
        orig_start, orig_end = normalized.to_original(start, end)
        annotation = SentenceAnnotation(
            index=index,
            span=Span.of(original, orig_start, orig_end),
            certainty=certainty,
            cues=cues,
            attribution=kind,
            attributions=attributions,
            doc=doc_id,
            lang=self.lang,
            sourcing=self.grade(kind, certainty),
        )
        # The main source comes last: it is the likeliest antecedent of a later « il ».
        ordered = sorted(resolved, key=lambda item: item[0])
        return AnnotatedSentence(annotation, tuple((reading, where) for _, reading, where in ordered))

    def sentence_alone(
        self, normalized: NormalizedText, start: int, end: int, parse: ParsedSentence, index: int, doc_id: str | None
    ) -> SentenceAnnotation:
        """A sentence with no earlier sentence to refer back to (pre-segmented input)."""
        context = DocumentContext()
        context.see_names(parse, self.language.entities)
        return self.sentence(normalized, start, end, parse, index, doc_id, context).annotation

    def grade(self, attribution: AttributionType, certainty: CertaintyLevel) -> SourcingGrade | None:
        row = next((r for r in self.language.grades if r.matches(attribution, certainty)), None)
        return None if row is None else SourcingGrade(row.grade, Provenance(row.path, row.line))


class Annotator:
    """Loads a language's lexicons and parser once; annotate many texts with it.

    >>> annotator = Annotator("fr")                      # doctest: +SKIP
    >>> doc = annotator("Le ministre aurait démissionné.")  # doctest: +SKIP
    >>> doc.sentences[0].certainty                       # doctest: +SKIP
    <CertaintyLevel.POSSIBLE: 'possible'>

    With ``workers=N`` (N > 1), :meth:`pipe` annotates in N worker processes,
    each of which loads its own annotator (same language, model and lexicons)
    when the first ``pipe`` starts; batches of texts go out, the
    :class:`DocumentAnnotation` objects come back, in input order, the same as
    with one process. The workers stop at :meth:`close`, at the end of a
    ``with Annotator("fr", workers=2) as annotator:`` block, or at interpreter
    exit (once the batches in flight are done); a ``pipe`` after ``close``, or
    after a worker died, starts them again. Each worker holds its own
    model (about 500 MB for French) besides this process's, which annotates
    :meth:`__call__` and :meth:`annotate_sentences` itself. Workers need the
    spaCy backend: ``backend="stanza"`` or a ``Backend`` object with
    ``workers > 1`` is a ``ValueError``. Where processes are spawned rather
    than forked (macOS, Windows), the script that uses workers must guard its
    entry point with ``if __name__ == "__main__":``.
    """

    def __init__(
        self,
        lang: str = "fr",
        *,
        model: str | None = None,
        lexicon_dir: str | Path | None = None,
        backend: Backend | str | None = None,
        workers: int = 1,
    ) -> None:
        self.workers = max(1, workers)
        if self.workers > 1 and (backend == "stanza" or not isinstance(backend, str | None)):
            raise ValueError(_workers_need_spacy(self.workers, backend))
        self.language: Language = load_language(lang, lexicon_dir)
        self.lang = self.language.code
        # spaCy is imported here, not with the module: the detectors and their model-free tests need none of it.
        from hedgecheck.backends.spacy_backend import SpacyBackend, load_spacy_model

        if backend is None or backend == "spacy":
            backend = SpacyBackend(load_spacy_model([model] if model else self.language.models))
        elif backend == "stanza":
            from hedgecheck.backends.stanza_backend import StanzaBackend

            backend = StanzaBackend.for_language(self.lang)
        elif isinstance(backend, str):
            raise BackendError(f"unknown backend {backend!r}: use spacy, stanza, or a Backend object")
        self.backend: Backend = backend
        vectors = backend.word_vectors() if isinstance(backend, SpacyBackend) else None
        self.detectors = Detectors(self.language, vectors)
        self.segmenter = self.detectors.segmenter
        self.certainty = self.detectors.certainty
        self.attribution = self.detectors.attribution
        self._recipe = _Recipe(lang, model, lexicon_dir)
        self._pool: WorkerPool[list[_Text], list[DocumentAnnotation]] | None = None
        self._pool_lock = threading.Lock()

    # -- public API ---------------------------------------------------------

    def __call__(self, text: str, doc: str | None = None) -> DocumentAnnotation:
        """Annotate one text, in this process; ``doc`` is an identifier copied into every record."""
        return next(self._annotate_here([(text, doc)]))

    def pipe(self, texts: Iterable[str], *, ids: Iterable[str | None] | None = None) -> Iterator[DocumentAnnotation]:
        """Annotate a stream of texts lazily, in input order, parsing their sentences in batches.

        With ``workers > 1`` the batches are annotated in the worker processes,
        a few per worker at a time, however long the stream. A worker process
        that dies (out of memory, killed) is a :class:`~hedgecheck.pool.WorkerError`
        saying how many documents came before it; the next ``pipe`` starts new workers.
        """
        pairs = zip(texts, ids if ids is not None else itertools.repeat(None), strict=False)
        if self.workers == 1:
            yield from self._annotate_here(pairs)
            return
        checked = ((_require_text(text), doc_id) for text, doc_id in pairs)
        given = 0
        try:
            for batch in self._worker_pool().map(batched(checked, characters=lambda pair: len(pair[0]))):
                for doc in batch:
                    yield doc
                    given += 1
        except WorkerError as error:
            raise WorkerError(
                f"{error}; pipe() gave {given:,} document(s) before it; the next pipe() starts new workers"
            ) from None

    def close(self) -> None:
        """Stop the worker processes, if any are running; closing twice is nothing."""
        with self._pool_lock:
            if self._pool is not None:
                self._pool.close()
                self._pool = None

    def __enter__(self) -> Annotator:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def annotate_stanza(self, document: Any, text: str | None = None, doc: str | None = None) -> DocumentAnnotation:
        """Annotate a ``stanza.Document`` that is already parsed (UPOS, FEATS, lemmas, deps, NER).

        ``text`` is the document's text when the ``Document`` does not hold it (one
        read from CoNLL-U); it is rebuilt from the token offsets otherwise.
        """
        from hedgecheck.backends.stanza_backend import document_text, tokens_from_stanza

        source = text if text is not None else document_text(document)
        return self.detectors.annotate_tokens(source, tokens_from_stanza(document), doc)

    def annotate_sentences(self, sentences: Iterable[str], doc: str | None = None) -> list[SentenceAnnotation]:
        """Pre-segmented mode: every string is exactly one sentence.

        Returns one annotation per input string, in order, indexed by position;
        offsets are into that string. An empty string gives an empty sentence.
        """
        items = [normalize(_require_text(s)) for s in sentences]
        bounds = [_strip_bounds(n.text) for n in items]
        parses = iter(self.backend.parse(n.text[s:e] for n, (s, e) in zip(items, bounds, strict=True) if s < e))
        out = []
        for index, (normalized, (start, end)) in enumerate(zip(items, bounds, strict=True)):
            parse = next(parses) if start < end else ParsedSentence(())
            # Every string stands alone: no earlier sentence to refer back to.
            out.append(self.detectors.sentence_alone(normalized, start, end, parse, index, doc))
        return out

    # -- internals ----------------------------------------------------------

    def _annotate_here(self, pairs: Iterable[_Text]) -> Iterator[DocumentAnnotation]:
        for batch in _batched(pairs, _DOCS_PER_BATCH):
            prepared = []
            for text, _ in batch:
                normalized = normalize(_require_text(text))
                prepared.append((normalized, self.segmenter.split(normalized.text)))
            parsed = self.backend.parse(n.text[s:e] for n, spans in prepared for s, e in spans)
            for (_, doc_id), (normalized, spans) in zip(batch, prepared, strict=True):
                yield self.detectors.document(normalized, spans, itertools.islice(parsed, len(spans)), doc_id)

    def _worker_pool(self) -> WorkerPool[list[_Text], list[DocumentAnnotation]]:
        """The worker processes, started on first use."""
        with self._pool_lock:
            if self._pool is None or self._pool.closed:  # closed: a worker died
                self._pool = WorkerPool(self.workers, _worker_annotator, self._recipe, _annotate_batch)
            return self._pool


@attrs.frozen(slots=True)
class _Recipe:
    """What a worker process needs to load an annotator like this process's."""

    lang: str
    model: str | None
    lexicon_dir: str | Path | None


_Text = tuple[str, str | None]
"""A text to annotate and its document id."""


def _worker_annotator(recipe: _Recipe) -> Annotator:
    return Annotator(recipe.lang, model=recipe.model, lexicon_dir=recipe.lexicon_dir)


def _annotate_batch(annotator: Annotator, batch: list[_Text]) -> list[DocumentAnnotation]:
    return list(annotator.pipe((text for text, _ in batch), ids=[doc_id for _, doc_id in batch]))


def _workers_need_spacy(workers: int, backend: object) -> str:
    named = f"backend={backend!r}" if isinstance(backend, str) else f"a {type(backend).__name__} object"
    return (
        f"workers={workers} needs the spaCy backend, which each worker process loads for itself; "
        f"{named} runs in this process only: pass workers=1"
    )


def _strip_bounds(text: str) -> tuple[int, int]:
    stripped = text.strip()
    if not stripped:
        return 0, 0
    start = len(text) - len(text.lstrip())
    return start, start + len(stripped)


@functools.lru_cache(maxsize=4)
def _shared_annotator(lang: str) -> Annotator:
    return Annotator(lang)


def annotate(text: str, lang: str | None = None) -> DocumentAnnotation:
    """Annotate ``text`` with the built-in lexicons and default model of ``lang``.

    Without ``lang``, the language is told from the text. The annotator is loaded
    on first use and kept for later calls.
    """
    return _shared_annotator(lang or guess_language(text))(text)

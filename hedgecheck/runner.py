"""Annotating a stream of documents into formatted output, in this process or in worker processes.

With ``workers > 1`` the whole annotation runs in a pool of processes: each
loads its annotator once (the pool's initializer), takes a batch of documents,
normalises, segments, parses, detects and formats them, and sends back only the
formatted strings. Sending spaCy's ``Doc`` objects back instead (``nlp.pipe``
with ``n_process``) cost more than the second core gave. Batches come back in
the order they were given, and at most a few per worker are in flight, so
memory stays flat however long the input (:mod:`hedgecheck.pool`, which
``Annotator(workers=N)`` uses too).
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

import attrs

from hedgecheck.formats import document_output
from hedgecheck.pool import WorkerPool, batched

if TYPE_CHECKING:  # the annotator imports spaCy: the parent of a pool never needs it
    from hedgecheck.annotator import Annotator

__all__ = ["Item", "Output", "Settings", "Worker", "annotating", "split_lines"]

Item = tuple[str, str, str]
"""A document to annotate: its language, its id, its text."""

Output = tuple[str, int, str]
"""One output document: its id, its number of sentences, its formatted text."""


@attrs.frozen(slots=True)
class Settings:
    """What a worker needs to know to annotate like the command line would."""

    model: str | None
    lexicons: str | None
    fmt: str
    sentences: bool  # --sentences: every line of a document is one sentence, and one output document
    lang: str | None = None  # the language of every document, loaded as soon as a worker starts


class Worker:
    """The work of one process: an annotator per language, loaded on first use, and the formatting."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._annotators: dict[str, Annotator] = {}

    def annotator(self, lang: str) -> Annotator:
        from hedgecheck.annotator import Annotator

        if lang not in self._annotators:
            self._annotators[lang] = Annotator(lang, model=self.settings.model, lexicon_dir=self.settings.lexicons)
        return self._annotators[lang]

    def run(self, items: list[Item]) -> list[list[Output]]:
        """The output documents of each item, in order (one each, or one per line with --sentences)."""
        out: list[list[Output]] = []
        for lang, group in itertools.groupby(items, key=lambda item: item[0]):
            batch = list(group)
            annotator = self.annotator(lang)
            if self.settings.sentences:
                out.extend(self._lines(annotator, doc_id, text) for _, doc_id, text in batch)
                continue
            ids = [doc_id for _, doc_id, _ in batch]
            docs = annotator.pipe((text for _, _, text in batch), ids=ids)
            fmt = self.settings.fmt
            out.extend([(i, len(doc.sentences), document_output(doc, fmt))] for i, doc in zip(ids, docs, strict=True))
        return out

    def _lines(self, annotator: Annotator, doc_id: str, text: str) -> list[Output]:
        from hedgecheck.model import DocumentAnnotation

        lines = split_lines(text)
        out = []
        for number, sentence in enumerate(annotator.annotate_sentences(lines), start=1):
            line_id = f"{doc_id}:{number}"
            record = attrs.evolve(sentence, index=0, doc=line_id)
            doc = DocumentAnnotation(text=lines[number - 1], sentences=[record], lang=annotator.lang, doc=line_id)
            out.append((line_id, 1, document_output(doc, self.settings.fmt)))
        return out


def split_lines(text: str) -> list[str]:
    """Input lines for --sentences: split on newlines only, a final newline ends the last line."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line.removesuffix("\r") for line in lines]


def _batches(items: Iterable[Item]) -> Iterator[list[Item]]:
    return batched(items, characters=lambda item: len(item[2]))


@contextlib.contextmanager
def annotating(settings: Settings, workers: int = 1) -> Iterator[Callable[[Iterable[Item]], Iterator[list[Output]]]]:
    """A function from items to their output documents, in input order, done by ``workers`` processes.

    The worker processes start here, before the caller opens its output or takes
    its lock, so that they hold neither; they are stopped when the block ends.
    """
    if workers <= 1:
        worker = Worker(settings)

        def in_process(items: Iterable[Item]) -> Iterator[list[Output]]:
            for batch in _batches(items):
                yield from worker.run(batch)

        yield in_process
        return
    with WorkerPool(workers, _load_worker, settings, _run_worker) as pool:

        def pooled(items: Iterable[Item]) -> Iterator[list[Output]]:
            return itertools.chain.from_iterable(pool.map(_batches(items)))

        yield pooled


def _load_worker(settings: Settings) -> Worker:
    """A worker process's state: with --lang, the annotator is loaded as soon as the process starts."""
    worker = Worker(settings)
    if settings.lang is not None:
        worker.annotator(settings.lang)
    return worker


def _run_worker(worker: Worker, items: list[Item]) -> list[list[Output]]:
    return worker.run(items)

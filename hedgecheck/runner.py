"""Annotating a stream of documents into formatted output, in this process or in worker processes.

With ``workers > 1`` the whole annotation runs in a pool of processes: each
loads its annotator once (the pool's initializer), takes a batch of documents,
normalises, segments, parses, detects and formats them, and sends back only the
formatted strings. Sending spaCy's ``Doc`` objects back instead (``nlp.pipe``
with ``n_process``) cost more than the second core gave. Batches come back in
the order they were given, and at most a few per worker are in flight, so
memory stays flat however long the input.
"""

from __future__ import annotations

import collections
import contextlib
import ctypes
import functools
import itertools
import multiprocessing
import multiprocessing.pool
import os
import signal
import sys
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.pool import AsyncResult
from typing import TYPE_CHECKING, Final

import attrs

from hedgecheck.formats import document_output

if TYPE_CHECKING:  # the annotator imports spaCy: the parent of a pool never needs it
    from hedgecheck.annotator import Annotator

__all__ = ["Item", "Output", "Settings", "Worker", "annotating", "split_lines"]

Item = tuple[str, str, str]
"""A document to annotate: its language, its id, its text."""

Output = tuple[str, int, str]
"""One output document: its id, its number of sentences, its formatted text."""

# A batch is parsed in one go; a small one keeps both workers busy to the end of a run.
_BATCH_DOCUMENTS: Final = 64
_BATCH_CHARACTERS: Final = 10_000
_IN_FLIGHT_PER_WORKER: Final = 4
_PR_SET_PDEATHSIG: Final = 1


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
    """Up to 64 documents or about 10,000 characters each; a longer document is a batch of its own."""
    batch: list[Item] = []
    size = 0
    for item in items:
        if batch and size + len(item[2]) > _BATCH_CHARACTERS:
            yield batch
            batch, size = [], 0
        batch.append(item)
        size += len(item[2])
        if len(batch) == _BATCH_DOCUMENTS:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


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
    with _pool(settings, workers) as pool:
        yield functools.partial(_pooled, pool, workers)


# --------------------------------------------------------------------------
# The pool

_worker: Worker | None = None
_failure: BaseException | None = None


def _die_with_parent() -> None:
    """Linux: the kernel kills this worker when the parent dies (a kill -9 leaves no orphan at work)."""
    if sys.platform != "linux":
        return
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    parent = multiprocessing.parent_process()
    if parent is not None and os.getppid() != parent.pid:  # it died before the line above
        os._exit(1)


def _start(settings: Settings) -> None:
    """Load the annotator once per worker process; a failure is kept for the first batch to report."""
    global _worker, _failure
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle, once
    _die_with_parent()
    _worker = Worker(settings)
    try:
        if settings.lang is not None:
            _worker.annotator(settings.lang)
    except Exception as error:  # an initializer that raises is restarted by the pool, forever
        _failure = error


def _run(items: list[Item]) -> list[list[Output]]:
    if _failure is not None:
        raise _failure
    assert _worker is not None
    return _worker.run(items)


def _pool(settings: Settings, workers: int) -> multiprocessing.pool.Pool:
    # fork where it is safe (Linux): a worker starts without importing again what the parent has;
    # the parent has loaded no model, so each worker loads its own.
    context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
    # Workers start with Ctrl-C ignored, so that one pressed while they load prints no
    # traceback of theirs: the parent is interrupted, and stops them.
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        return context.Pool(workers, initializer=_start, initargs=(settings,))
    finally:
        signal.signal(signal.SIGINT, previous)


def _pooled(pool: multiprocessing.pool.Pool, workers: int, items: Iterable[Item]) -> Iterator[list[Output]]:
    pending: collections.deque[AsyncResult[list[list[Output]]]] = collections.deque()
    for batch in _batches(items):
        pending.append(pool.apply_async(_run, (batch,)))
        if len(pending) >= workers * _IN_FLIGHT_PER_WORKER:
            yield from pending.popleft().get()
    while pending:
        yield from pending.popleft().get()

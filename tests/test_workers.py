"""Annotator(workers=N): pipe() annotates in worker processes, and gives what one process gives."""

from __future__ import annotations

import itertools
import multiprocessing
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from deadline import within

from hedgecheck import Annotator, LexiconError, WorkerError
from hedgecheck.pool import BATCH_DOCUMENTS, IN_FLIGHT_PER_WORKER

REPO = Path(__file__).resolve().parent.parent
TEXTS = [p.read_text(encoding="utf-8") for p in sorted((REPO / "tests" / "corpus" / "fr").glob("*/*.txt"))]


@pytest.fixture(scope="module")
def two() -> Iterator[Annotator]:
    with Annotator("fr", workers=2) as annotator:
        yield annotator


def test_two_workers_give_what_one_gives_in_order_with_their_ids(fr: Annotator, two: Annotator) -> None:
    texts = [*TEXTS, "", "  \n ", "Il aurait menti."]  # the corpus, and texts with no sentence or one
    ids = [f"doc{n}" for n in range(len(texts))]
    one = [doc.to_dict() for doc in fr.pipe(texts, ids=ids)]
    pooled = list(two.pipe(texts, ids=ids))
    assert len(TEXTS) >= 36 and len(pooled) == len(texts)
    assert [doc.doc for doc in pooled] == ids
    assert [doc.text for doc in pooled] == texts
    assert [doc.to_dict() for doc in pooled] == one
    # Without ids, and through __call__ (in this process), the same again.
    assert [doc.to_dict() for doc in two.pipe(TEXTS[:5])] == [fr(text).to_dict() for text in TEXTS[:5]]
    assert two(TEXTS[0], doc="x").to_dict() == fr(TEXTS[0], doc="x").to_dict()


def test_a_text_that_is_not_a_string_is_the_error_one_worker_gives(fr: Annotator, two: Annotator) -> None:
    texts: list[object] = [*TEXTS[:3], 42, TEXTS[3]]
    with pytest.raises(TypeError) as one:
        list(fr.pipe(texts))  # type: ignore[arg-type]
    with pytest.raises(TypeError) as pooled:
        list(two.pipe(texts))  # type: ignore[arg-type]
    assert str(pooled.value) == str(one.value) == "hedgecheck annotates str, got int"
    assert [doc.doc for doc in two.pipe(TEXTS[:2], ids=["a", "b"])] == ["a", "b"]  # the workers carry on


def test_a_long_stream_is_read_a_few_batches_ahead(two: Annotator) -> None:
    taken = 0

    def stream() -> Iterator[str]:
        nonlocal taken
        for _ in range(20_000):
            taken += 1
            yield "Selon des sources, le ministre aurait démissionné."

    docs = two.pipe(stream())
    first = list(itertools.islice(docs, 3))
    assert [len(doc.sentences) for doc in first] == [1, 1, 1]
    assert taken <= 2 * IN_FLIGHT_PER_WORKER * BATCH_DOCUMENTS
    docs.close()


def test_workers_need_the_spacy_backend(fr: Annotator) -> None:
    for backend in (fr.backend, "stanza"):
        with pytest.raises(ValueError, match="needs the spaCy backend") as error:
            Annotator("fr", backend=backend, workers=2)
        assert "\n" not in str(error.value)


def test_a_worker_that_cannot_load_says_why(tmp_path: Path) -> None:
    lexicons = tmp_path / "fr"
    shutil.copytree(REPO / "lexicons" / "fr", lexicons)
    with Annotator("fr", lexicon_dir=lexicons, workers=2) as annotator:
        shutil.rmtree(lexicons)  # the workers load theirs when the first pipe() starts
        with pytest.raises(LexiconError, match="no lexicon folder"):
            list(annotator.pipe(TEXTS[:2]))


def test_a_worker_that_dies_is_a_worker_error_and_the_next_pipe_starts_new_workers(two: Annotator) -> None:
    docs = two.pipe(itertools.repeat("Selon des sources, le ministre aurait démissionné.", 20_000))
    given = [next(docs)]
    workers = multiprocessing.active_children()
    assert len(workers) == 2
    os.kill(workers[0].pid or 0, signal.SIGKILL)
    started = time.monotonic()
    with within(60), pytest.raises(WorkerError) as error:
        given.extend(docs)
    assert time.monotonic() - started < 10
    assert str(error.value) == (
        "a worker process died (killed by signal 9, perhaps out of memory); "
        f"pipe() gave {len(given):,} document(s) before it; the next pipe() starts new workers"
    )
    assert [len(doc.sentences) for doc in given] == [1] * len(given)
    assert not any(p.is_alive() for p in workers)
    assert [doc.doc for doc in two.pipe(TEXTS[:2], ids=["a", "b"])] == ["a", "b"]


def test_close_stops_the_workers_twice_over_and_pipe_starts_them_again(two: Annotator) -> None:
    assert len(list(two.pipe(TEXTS[:2]))) == 2
    workers = [p for p in multiprocessing.active_children() if p.is_alive()]
    assert len(workers) == 2
    docs = two.pipe(TEXTS)
    next(docs)
    two.close()
    two.close()
    assert not any(p.is_alive() for p in workers)
    with pytest.raises(ValueError, match="closed"):
        list(docs)  # what was in flight is gone: said, not waited for
    assert [doc.doc for doc in two.pipe(TEXTS[:2], ids=["a", "b"])] == ["a", "b"]
    assert not set(multiprocessing.active_children()) & set(workers)


def test_the_workers_stop_when_the_interpreter_exits(tmp_path: Path) -> None:
    script = (
        "import multiprocessing, hedgecheck\n"
        "annotator = hedgecheck.Annotator('fr', workers=2)\n"
        "docs = annotator.pipe(['Il aurait menti.'] * 1000)\n"
        "print(len(next(docs).sentences), *[p.pid for p in multiprocessing.active_children()])\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0 and result.stderr == ""
    sentences, *pids = result.stdout.split()
    assert sentences == "1" and len(pids) == 2
    for pid in pids:
        with pytest.raises(ProcessLookupError):
            os.kill(int(pid), 0)

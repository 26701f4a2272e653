"""The Dask integration on a real local cluster: two worker processes, same output as one process."""

from __future__ import annotations

from pathlib import Path

import pytest

from hedgecheck import Annotator

db = pytest.importorskip("dask.bag", reason="Dask is an optional extra: pip install 'hedgecheck[dask]'")
distributed = pytest.importorskip("distributed")

from hedgecheck.dask_support import annotate_bag  # noqa: E402

CORPUS = Path(__file__).resolve().parent / "corpus" / "fr" / "test"


def test_local_cluster_gives_the_single_process_output() -> None:
    documents = [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in sorted(CORPUS.glob("*.txt"))]
    single = Annotator("fr")  # loaded as a worker loads it, not the suite's shared one
    expected = [single(d["text"], doc=d["id"]).to_dict() for d in documents]
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    with cluster, distributed.Client(cluster) as client:
        bag = db.from_sequence(documents, npartitions=4)
        result = annotate_bag(bag, lang="fr").compute(scheduler=client.get)
        workers = client.run(lambda: __import__("os").getpid())
    assert len(workers) == 2
    assert result == expected

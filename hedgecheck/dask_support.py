"""Annotating a corpus on a Dask cluster (``pip install 'hedgecheck[dask]'``).

    import dask.bag as db
    from hedgecheck.dask_support import annotate_bag
    texts = db.read_text("archive/*.txt", files_per_partition=100)   # or any bag of str / {"id", "text"}
    records = annotate_bag(texts, lang="fr").compute()

Each worker process loads one :class:`~hedgecheck.Annotator` per configuration,
the first time it needs it, and keeps it: the model and lexicons are loaded once
per worker, not once per partition. Results are plain dictionaries (the JSON of
:meth:`DocumentAnnotation.to_dict`), which travel between processes cheaply and
equal what the single-process path gives.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from typing import Any

from hedgecheck.annotator import Annotator

__all__ = ["annotate_bag", "annotate_partition"]


@functools.lru_cache(maxsize=8)
def _worker_annotator(lang: str, lexicon_dir: str | None, model: str | None) -> Annotator:
    return Annotator(lang, lexicon_dir=lexicon_dir, model=model)


def _id_and_text(item: str | Mapping[str, Any], position: int, id_field: str, text_field: str) -> tuple[str, str]:
    if isinstance(item, str):
        return str(position), item
    return str(item.get(id_field, position)), str(item[text_field])


def annotate_partition(
    items: Iterable[str | Mapping[str, Any]],
    lang: str = "fr",
    lexicon_dir: str | None = None,
    model: str | None = None,
    id_field: str = "id",
    text_field: str = "text",
) -> list[dict[str, Any]]:
    """Annotate one partition: texts, or mappings with an id and a text field."""
    pairs = [_id_and_text(item, k, id_field, text_field) for k, item in enumerate(items)]
    annotator = _worker_annotator(lang, lexicon_dir, model)
    return [doc.to_dict() for doc in annotator.pipe((t for _, t in pairs), ids=(i for i, _ in pairs))]


def annotate_bag(bag: Any, lang: str = "fr", **options: Any) -> Any:
    """A ``dask.bag.Bag`` of texts (or ``{"id", "text"}`` mappings) → a bag of document dictionaries."""
    return bag.map_partitions(annotate_partition, lang=lang, **options)

"""Checking the rows of one lexicon file against its :class:`~hedgecheck.lexicon.files.LexiconFile`.

Every problem is recorded on the :class:`~hedgecheck.lexicon.tsv.TsvFile`; a row
with a problem is left out (or kept without the bad value, when its column says
so), so that one run lists every problem of the file.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from hedgecheck.lexicon.columns import INVALID, OnInvalid
from hedgecheck.lexicon.entries import Entry
from hedgecheck.lexicon.files import LexiconFile
from hedgecheck.lexicon.pattern import GAP, Pattern
from hedgecheck.lexicon.tsv import Row, TsvFile

__all__ = ["read_entries"]


def read_entries(spec: LexiconFile, tsv: TsvFile, inflection: Mapping[str, tuple[str, ...]]) -> list[Entry]:
    """The entries of ``tsv``, a file of kind ``spec``; ``inflection`` is the language's [inflection] table."""
    entries: list[Entry] = []
    keys: list[tuple[str, int]] = []
    for row in tsv.rows():
        values = _values(spec, row, tsv)
        if values is None:
            continue
        broken = next((found for rule in spec.rules if (found := rule(values)) is not None), None)
        if broken is not None:
            column, message = broken
            tsv.problem(row.line, row[column].column, message)
            continue
        if spec.inflected and isinstance(pattern := values.get("pattern"), Pattern):
            values["pattern"] = pattern.inflected(inflection)
        stored = {column.field: values[column.name] for column in spec.columns if column.field is not None}
        entries.append(spec.entry(**stored, path=tsv.display, line=row.line))
        keys.append((" ".join(GAP if values[name] is None else str(values[name]) for name in spec.unique), row.line))
    if spec.unique:
        _check_duplicates(tsv, keys, spec.duplicate)
    if spec.complete is not None and not tsv.problems and (incomplete := spec.complete(entries)) is not None:
        tsv.problem(1, 1, incomplete)
    return entries


def _values(spec: LexiconFile, row: Row, tsv: TsvFile) -> dict[str, object] | None:
    """Each column's value in ``row``, or None when a cell is wrong (all of them reported)."""
    values: dict[str, object] = {}
    valid = True
    for column in spec.columns:
        cell = row[column.name]
        value = column.read(cell, tsv.reporter(row.line, cell.column))
        if value is INVALID:
            valid = False
            if column.on_invalid is OnInvalid.STOP:
                break
        values[column.name] = value
    return values if valid else None


def _check_duplicates(tsv: TsvFile, keyed: Iterable[tuple[str, int]], what: str) -> None:
    first: dict[str, int] = {}
    for key, line in keyed:
        if key in first:
            tsv.problem(line, 1, f"duplicate {what} {key!r}, first given on line {first[key]}")
        else:
            first[key] = line

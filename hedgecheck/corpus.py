"""Corpus-scale input and output: many files, folders, JSONL documents, resumable output.

Everything here streams: documents are read one at a time, annotated in batches
by :meth:`Annotator.pipe`, and written as soon as they are done, so memory stays
flat however large the corpus. An interrupted run restarted with ``resume``
skips the documents already in the output and redoes the last one, which a kill
may have cut short.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

import attrs

from hedgecheck.model import DocumentAnnotation, SentenceAnnotation, SourcingProfile

__all__ = [
    "InputError",
    "Progress",
    "SourceDocument",
    "completed_documents",
    "document_id",
    "read_documents",
    "summarize",
]


class InputError(ValueError):
    """An input cannot be read; the message names the file (and line) and the problem."""


@attrs.frozen(slots=True)
class SourceDocument:
    id: str
    text: str


def decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line = before.count(b"\n") + 1
        column = error.start - (before.rfind(b"\n") + 1) + 1
        raise InputError(
            f"{name}:{line}:{column}: not valid UTF-8 (byte 0x{data[error.start]:02x}); "
            "convert the file to UTF-8 first (e.g. iconv -f latin1 -t utf-8)"
        ) from None


def read_bytes(path: str) -> bytes:
    try:
        return sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, not a text file") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror})") from None


def read_text(path: str) -> str:
    """A whole UTF-8 file, or standard input for ``-``."""
    return decode(read_bytes(path), "standard input" if path == "-" else path)


def _text_id(path: Path, root: Path | None) -> str:
    name = path.relative_to(root) if root is not None else Path(path.name)
    text = str(name)
    return text[: -len(".txt")] if text.endswith(".txt") else text


def document_id(path: str) -> str:
    """The id of a document read from one file: its name without ``.txt``; ``stdin`` for ``-``."""
    return "stdin" if path == "-" else _text_id(Path(path), None)


def _jsonl_documents(path: str, id_field: str, text_field: str) -> Iterator[SourceDocument]:
    if path == "-":
        yield from _jsonl_lines(sys.stdin.buffer, "standard input", id_field, text_field)
        return
    try:
        with Path(path).open("rb") as handle:
            yield from _jsonl_lines(handle, path, id_field, text_field)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None


def _jsonl_lines(lines: Iterable[bytes], name: str, id_field: str, text_field: str) -> Iterator[SourceDocument]:
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        where = f"{name}:{number}"
        line = decode(raw, where)
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise InputError(f"{where}:{error.colno}: invalid JSON: {error.msg}") from None
        if not isinstance(record, dict) or not isinstance(record.get(text_field), str):
            raise InputError(f"{where}: a document is a JSON object with a string field {text_field!r}")
        yield SourceDocument(str(record.get(id_field, f"{Path(name).stem}:{number}")), record[text_field])


def read_documents(
    paths: Iterable[str],
    *,
    input_format: str = "auto",
    pattern: str = "*.txt",
    id_field: str = "id",
    text_field: str = "text",
) -> Iterator[SourceDocument]:
    """Documents from files, folders (recursively, by glob) and JSONL files, one at a time."""
    for path in paths:
        as_jsonl = input_format == "jsonl" or (input_format == "auto" and path.endswith(".jsonl"))
        if as_jsonl:
            yield from _jsonl_documents(path, id_field, text_field)
        elif path != "-" and Path(path).is_dir():
            root = Path(path)
            files = sorted(p for p in root.rglob(pattern) if p.is_file())
            if not files:
                raise InputError(f"{path}: no file matches {pattern!r} in this folder")
            for file in files:
                yield SourceDocument(_text_id(file, root), decode(file.read_bytes(), str(file)))
        else:
            yield SourceDocument(document_id(path), read_text(path))


def completed_documents(output: Path) -> set[str]:
    """The documents an interrupted run finished, after cutting off the last one.

    The last document in the file may have been cut short by the kill, so its
    records are removed and it is annotated again; the file is truncated there.
    """
    if not output.exists():
        return set()
    done: set[str] = set()
    last_start = 0
    last_doc: str | None = None
    offset = 0
    with output.open("rb") as handle:
        for raw in handle:
            if raw.endswith(b"\n"):
                try:
                    doc = json.loads(raw).get("doc")
                except (json.JSONDecodeError, AttributeError):
                    doc = None
                if doc != last_doc:
                    if last_doc is not None:
                        done.add(last_doc)
                    last_doc, last_start = doc, offset
            offset += len(raw)
    with output.open("r+b") as handle:
        handle.truncate(last_start if last_doc is not None else offset)
    return done


class Progress:
    """Documents, sentences and rate on one stderr line; silent when stderr is no terminal."""

    def __init__(self, stream: TextIO, enabled: bool) -> None:
        self.stream = stream
        self.enabled = enabled and stream.isatty()
        self.documents = 0
        self.sentences = 0
        self.started = time.monotonic()
        self._shown = 0.0

    def update(self, doc: DocumentAnnotation) -> None:
        self.documents += 1
        self.sentences += len(doc.sentences)
        now = time.monotonic()
        if self.enabled and now - self._shown > 0.2:
            self._shown = now
            rate = self.documents / max(now - self.started, 1e-9)
            self.stream.write(f"\r{self.documents} documents, {self.sentences} sentences, {rate:.1f} documents/s")
            self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()


# --------------------------------------------------------------------------
# Summaries


@attrs.frozen(slots=True)
class DocumentSummary:
    doc: str
    profile: SourcingProfile

    def row(self) -> dict[str, Any]:
        p = self.profile

        def share(count: int) -> float:
            return round(count / p.sentences, 4) if p.sentences else 0.0

        top = "; ".join(f"{s.text} ({s.type.value}, {s.sentences})" for s in p.sources[:3])
        return {
            "doc": self.doc,
            "sentences": p.sentences,
            "hedged_share": p.hedged_share,
            "anonymous_share": share(p.attribution["anonymous"]),
            "vague_share": share(p.attribution["vague"]),
            "unattributed_share": share(p.attribution["none"]),
            "weak_share": share(p.grades.get("weak", 0)),
            "top_sources": top,
        }


def _records_by_document(path: Path) -> Iterator[tuple[str, list[SentenceAnnotation]]]:
    current: str | None = None
    sentences: list[SentenceAnnotation] = []
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                sentence = SentenceAnnotation.from_dict(json.loads(line))
            except (json.JSONDecodeError, KeyError, ValueError, TypeError) as error:
                raise InputError(f"{path}:{number}: not a hedgecheck record ({error})") from None
            doc = sentence.doc or "document"
            if doc != current and current is not None:
                yield current, sentences
                sentences = []
            current = doc
            sentences.append(sentence)
    if current is not None:
        yield current, sentences


def summarize(path: Path) -> tuple[list[DocumentSummary], SourcingProfile]:
    """Per-document profiles of an annotation file, and the profile of the whole corpus.

    Only one document's records are held at a time; memory grows with the number
    of documents (one small profile each), not with the text.
    """
    documents = [DocumentSummary(doc, SourcingProfile.of(sentences)) for doc, sentences in _records_by_document(path)]
    return documents, SourcingProfile.merge(d.profile for d in documents)

"""Corpus-scale input and output: many files, folders, JSONL documents, resumable output.

Everything here streams: documents are read one at a time, annotated in batches
by :meth:`Annotator.pipe`, and written as soon as they are done, so memory stays
flat however large the corpus. An interrupted run restarted with ``resume``
skips the documents already in the output and redoes the last one, which a kill
may have cut short.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO, Final

import attrs

from hedgecheck.model import AttributionType, SentenceAnnotation, SourcingProfile

__all__ = [
    "MAX_DOCUMENT_BYTES",
    "BadDocument",
    "InputError",
    "InputFile",
    "SourceDocument",
    "completed_documents",
    "document_id",
    "documents",
    "input_files",
    "read_documents",
    "summarize",
]

# The largest document read: a text file, or one line of a JSONL file. News articles
# are a few kilobytes and a book a few megabytes; anything larger is most likely a
# mis-fed file (a dump, a whole archive in one line), and would hold the run for
# hours. ``hedgecheck annotate --max-bytes`` changes it.
MAX_DOCUMENT_BYTES: Final = 50_000_000


class InputError(ValueError):
    """An input cannot be read; the message names the file (and line) and the problem."""


@attrs.frozen(slots=True)
class SourceDocument:
    id: str
    text: str


@attrs.frozen(slots=True)
class BadDocument:
    """A document that cannot be annotated: where it is (``FILE`` or ``FILE:LINE``) and why."""

    where: str
    why: str

    def __str__(self) -> str:
        return f"{self.where}: {self.why}"


@attrs.frozen(slots=True)
class InputFile:
    """One file to read documents from, found before any is read: ``-`` is standard input."""

    path: str
    id: str
    jsonl: bool

    @property
    def name(self) -> str:
        return "standard input" if self.path == "-" else self.path


def _undecodable(data: bytes, error: UnicodeDecodeError, name: str, first_line: int) -> BadDocument:
    before = data[: error.start]
    line = before.count(b"\n") + first_line
    column = error.start - (before.rfind(b"\n") + 1) + 1
    return BadDocument(
        f"{name}:{line}:{column}",
        f"not valid UTF-8 (byte 0x{data[error.start]:02x}); "
        "convert the file to UTF-8 first (e.g. iconv -f latin1 -t utf-8)",
    )


def _decoded(data: bytes, name: str, first_line: int = 1) -> str | BadDocument:
    """``data`` as text; ``first_line`` is the line it starts on in the file called ``name``."""
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        return _undecodable(data, error, name, first_line)


def decode(data: bytes, name: str, first_line: int = 1) -> str:
    text = _decoded(data, name, first_line)
    if isinstance(text, BadDocument):
        raise InputError(str(text))
    return text


def _too_large(where: str, max_bytes: int) -> BadDocument:
    return BadDocument(where, f"document over the size limit of {max_bytes:,} bytes (--max-bytes)")


def _read(path: str, max_bytes: int | None) -> bytes | BadDocument:
    name = "standard input" if path == "-" else path
    limit = -1 if max_bytes is None else max_bytes + 1
    try:
        if path == "-":
            data = sys.stdin.buffer.read(limit)
        else:
            with Path(path).open("rb") as handle:
                # The size on disk first: a huge (or sparse) file is refused without reading it.
                if max_bytes is not None and os.fstat(handle.fileno()).st_size > max_bytes:
                    return _too_large(name, max_bytes)
                data = handle.read(limit)
    except FileNotFoundError:
        return BadDocument(name, "no such file")
    except IsADirectoryError:
        return BadDocument(name, "is a folder, not a text file")
    except OSError as error:
        return BadDocument(name, f"cannot read ({error.strerror or error})")
    if max_bytes is not None and len(data) > max_bytes:
        return _too_large(name, max_bytes)
    return data


def read_bytes(path: str, max_bytes: int | None = None) -> bytes:
    """A whole file, or standard input for ``-``; over ``max_bytes``, an error without reading it all."""
    data = _read(path, max_bytes)
    if isinstance(data, BadDocument):
        raise InputError(str(data))
    return data


def read_text(path: str, max_bytes: int | None = None) -> str:
    """A whole UTF-8 file, or standard input for ``-``."""
    return decode(read_bytes(path, max_bytes), "standard input" if path == "-" else path)


def _read_text(path: str, max_bytes: int | None) -> str | BadDocument:
    data = _read(path, max_bytes)
    return data if isinstance(data, BadDocument) else _decoded(data, "standard input" if path == "-" else path)


def _text_id(path: Path, root: Path | None) -> str:
    name = path.relative_to(root) if root is not None else Path(path.name)
    text = str(name)
    return text[: -len(".txt")] if text.endswith(".txt") else text


def document_id(path: str) -> str:
    """The id of a document read from one file: its name without ``.txt``; ``stdin`` for ``-``."""
    return "stdin" if path == "-" else _text_id(Path(path), None)


def input_files(paths: Iterable[str], *, input_format: str = "auto", pattern: str = "*.txt") -> list[InputFile]:
    """Every file the documents come from, folders listed (recursively, by glob), before any is read.

    A path that does not exist, or a folder with no matching file, is an
    :class:`InputError`: the command line is wrong, and nothing has been done yet.
    """
    files: list[InputFile] = []
    for path in paths:
        as_jsonl = input_format == "jsonl" or (input_format == "auto" and path.endswith(".jsonl"))
        if path == "-":
            files.append(InputFile(path, document_id(path), as_jsonl))
        elif not _exists(path):
            raise InputError(f"{path}: no such file")
        elif Path(path).is_dir():
            if as_jsonl:
                raise InputError(f"{path}: is a folder; JSONL documents are read from files")
            root = Path(path)
            found = sorted(p for p in root.rglob(pattern) if p.is_file())
            if not found:
                raise InputError(f"{path}: no file matches {pattern!r} in this folder")
            files.extend(InputFile(str(p), _text_id(p, root), False) for p in found)
        else:
            files.append(InputFile(path, document_id(path), as_jsonl))
    return files


def _exists(path: str) -> bool:
    """Whether there is something at ``path``; one that cannot be looked at is reported when read."""
    try:
        os.stat(path)
    except FileNotFoundError:
        return False
    except (OSError, ValueError):  # no permission to look; a NUL byte in the name
        return True
    return True


def _text_document(source: InputFile, max_bytes: int) -> SourceDocument | BadDocument:
    text = _read_text(source.path, max_bytes)
    return text if isinstance(text, BadDocument) else SourceDocument(source.id, text)


def _bounded_lines(handle: BinaryIO, max_bytes: int) -> Iterator[bytes | None]:
    """The lines of a file, ``None`` for one over ``max_bytes`` (skipped without holding it in memory)."""
    while line := handle.readline(max_bytes + 1):
        if len(line) - line.endswith(b"\n") <= max_bytes:
            yield line
            continue
        while line and not line.endswith(b"\n"):
            line = handle.readline(1 << 20)
        yield None


def _jsonl_documents(
    source: InputFile, id_field: str, text_field: str, max_bytes: int
) -> Iterator[SourceDocument | BadDocument]:
    if source.path == "-":
        yield from _jsonl_lines(sys.stdin.buffer, source.name, id_field, text_field, max_bytes)
        return
    try:
        with Path(source.path).open("rb") as handle:
            yield from _jsonl_lines(handle, source.name, id_field, text_field, max_bytes)
    except OSError as error:
        # Lines read before the error have been yielded: only the rest of the file is lost.
        yield BadDocument(source.name, f"cannot read ({error.strerror or error})")


def _jsonl_lines(
    handle: BinaryIO, name: str, id_field: str, text_field: str, max_bytes: int
) -> Iterator[SourceDocument | BadDocument]:
    for number, raw in enumerate(_bounded_lines(handle, max_bytes), start=1):
        where = f"{name}:{number}"
        if raw is None:
            yield _too_large(where, max_bytes)
        elif raw.strip() and (document := _jsonl_document(raw, name, number, id_field, text_field)) is not None:
            yield document


def _jsonl_document(
    raw: bytes, name: str, number: int, id_field: str, text_field: str
) -> SourceDocument | BadDocument | None:
    """The document on one line; ``None`` for a blank line (a byte-order mark, Unicode spaces)."""
    where = f"{name}:{number}"
    default_id = f"{Path(name).stem}:{number}"
    line = _decoded(raw, name, number)
    if isinstance(line, BadDocument):
        return line
    if not line.strip():
        return None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return BadDocument(f"{where}:{error.colno}", f"invalid JSON: {error.msg}")
    except (ValueError, RecursionError) as error:  # a 5,000-digit number, arrays nested 100,000 deep
        return BadDocument(where, f"invalid JSON: {error}")
    if not isinstance(record, dict) or not isinstance(record.get(text_field), str):
        return BadDocument(where, f"a document is a JSON object with a string field {text_field!r}")
    doc_id = record.get(id_field)
    if isinstance(doc_id, dict | list):
        return BadDocument(where, f"the id field {id_field!r} is a string or a number, not {type(doc_id).__name__}")
    doc = SourceDocument(default_id if doc_id is None else str(doc_id), record[text_field])
    try:
        # JSON can escape half a surrogate pair ("\\ud800"), which no output can hold.
        doc.id.encode("utf-8")
        doc.text.encode("utf-8")
    except UnicodeEncodeError as error:
        return BadDocument(where, f"not valid Unicode: an unpaired surrogate {error.object[error.start]!r}")
    return doc


def documents(
    files: Iterable[InputFile],
    *,
    id_field: str = "id",
    text_field: str = "text",
    max_bytes: int = MAX_DOCUMENT_BYTES,
    on_bad: Callable[[BadDocument], None] | None = None,
) -> Iterator[SourceDocument]:
    """The documents of ``files``, in order, one at a time.

    A bad document (an unreadable or undecodable file, a JSONL line that is not
    an object with a string text, a document over ``max_bytes``) is handed to
    ``on_bad`` and the reading goes on; without ``on_bad`` it is an
    :class:`InputError`.
    """
    for source in files:
        if source.jsonl:
            items: Iterable[SourceDocument | BadDocument] = _jsonl_documents(source, id_field, text_field, max_bytes)
        else:
            items = [_text_document(source, max_bytes)]
        for item in items:
            if isinstance(item, SourceDocument):
                yield item
            elif on_bad is None:
                raise InputError(str(item))
            else:
                on_bad(item)


def read_documents(
    paths: Iterable[str],
    *,
    input_format: str = "auto",
    pattern: str = "*.txt",
    id_field: str = "id",
    text_field: str = "text",
    max_bytes: int = MAX_DOCUMENT_BYTES,
    on_bad: Callable[[BadDocument], None] | None = None,
) -> Iterator[SourceDocument]:
    """Documents from files, folders (recursively, by glob) and JSONL files, one at a time."""
    files = input_files(paths, input_format=input_format, pattern=pattern)
    yield from documents(files, id_field=id_field, text_field=text_field, max_bytes=max_bytes, on_bad=on_bad)


def completed_documents(output: Path) -> set[str]:
    """The documents an interrupted run finished, after cutting off the last one.

    The last document in the file may have been cut short by the kill, so its
    records are removed and it is annotated again; the file is truncated there.
    """
    try:
        if not output.exists():
            return set()
        done, cut = _finished(output)
        with output.open("r+b") as handle:
            handle.truncate(cut)
    except OSError as error:
        raise InputError(f"{output}: cannot continue this file ({error.strerror or error})") from None
    return done


def _finished(output: Path) -> tuple[set[str], int]:
    """The documents of an output but its last, and where the last one starts."""
    done: set[str] = set()
    last_start = 0
    last_doc: str | None = None
    offset = 0
    with output.open("rb") as handle:
        for raw in handle:
            if raw.endswith(b"\n"):
                doc = _record_doc(raw)
                if doc != last_doc:
                    if last_doc is not None:
                        done.add(last_doc)
                    last_doc, last_start = doc, offset
            offset += len(raw)
    return done, last_start if last_doc is not None else offset


def _record_doc(raw: bytes) -> str | None:
    """The ``doc`` of one output line; ``None`` for a line that is no record (not ours, or cut)."""
    try:
        record = json.loads(raw)
    except (ValueError, RecursionError):  # invalid JSON or UTF-8, a 5,000-digit number, deep nesting
        return None
    doc = record.get("doc") if isinstance(record, dict) else None
    return doc if isinstance(doc, str) else None


# --------------------------------------------------------------------------
# Summaries


@attrs.frozen(slots=True)
class DocumentSummary:
    doc: str
    profile: SourcingProfile

    def row(self, grades: Iterable[str] = ()) -> dict[str, Any]:
        """The summary's columns, with a ``GRADE_share`` for each of ``grades`` (the corpus's).

        The grades are those of ``sourcing_grades.tsv`` that the annotations hold, so that a
        table with grades of its own gets columns of its own.
        """
        p = self.profile
        top = "; ".join(f"{s.text} ({s.type.value}, {s.sentences})" for s in p.sources[:3])
        return {
            "doc": self.doc,
            "sentences": p.sentences,
            "hedged_share": p.hedged_share,
            "anonymous_share": p.share(p.attribution[AttributionType.ANONYMOUS.value]),
            "vague_share": p.share(p.attribution[AttributionType.VAGUE.value]),
            "unattributed_share": p.share(p.attribution[AttributionType.NONE.value]),
            **{f"{grade}_share": p.share(p.grades.get(grade, 0)) for grade in grades},
            "top_sources": top,
        }


def _records_by_document(path: Path) -> Iterator[tuple[str, list[SentenceAnnotation]]]:
    current: str | None = None
    sentences: list[SentenceAnnotation] = []
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    try:
        with path.open("rb") as handle:
            for number, raw in enumerate(handle, start=1):
                if not raw.strip():
                    continue
                sentence = _annotation_record(raw, str(path), number)
                doc = sentence.doc or "document"
                if doc != current and current is not None:
                    yield current, sentences
                    sentences = []
                current = doc
                sentences.append(sentence)
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror or error})") from None
    if current is not None:
        yield current, sentences


def _annotation_record(raw: bytes, name: str, number: int) -> SentenceAnnotation:
    """One line of ``hedgecheck annotate`` output, or an InputError naming the line."""
    where = f"{name}:{number}"
    try:
        sentence = SentenceAnnotation.from_dict(json.loads(decode(raw, name, number)))
    except InputError:
        raise
    # What a line that is not our record can raise, from the JSON parser to the
    # converters of the fields (AttributeError: a list where an object belongs).
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
        reason = " ".join(str(error).split()) or type(error).__name__
        raise InputError(f"{where}: not a hedgecheck record ({reason})") from None
    if not isinstance(sentence.doc, str | None):
        raise InputError(f"{where}: not a hedgecheck record (doc is not a string)")
    return sentence


def summarize(path: Path) -> tuple[list[DocumentSummary], SourcingProfile]:
    """Per-document profiles of an annotation file, and the profile of the whole corpus.

    Only one document's records are held at a time; memory grows with the number
    of documents (one small profile each), not with the text.
    """
    documents = [DocumentSummary(doc, SourcingProfile.of(sentences)) for doc, sentences in _records_by_document(path)]
    return documents, SourcingProfile.merge(d.profile for d in documents)

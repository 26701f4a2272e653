"""The output formats of ``hedgecheck annotate``, one document at a time.

Each document is turned into its own piece of the output (:func:`document_output`)
where it is annotated, in this process or in a worker process, so that only a
string travels back; :class:`OutputWriter` puts the pieces together in order,
with what a format needs around them (the CSV header, the JSON brackets, the
HTML page). Both paths use these same functions: the output of one process and
of many is the same, byte for byte.
"""

from __future__ import annotations

import csv
import io
import json

import attrs

from hedgecheck.html import html_page, html_section
from hedgecheck.model import DocumentAnnotation, SentenceAnnotation, SentenceRow
from hedgecheck.output import Sink

__all__ = [
    "CSV_COLUMNS",
    "FORMATS",
    "OutputWriter",
    "document_output",
    "format_document_text",
    "format_sentence_text",
]

FORMATS = ("jsonl", "json", "text", "csv", "html")

CSV_COLUMNS = tuple(field.name for field in attrs.fields(SentenceRow))  # the keys of DocumentAnnotation.rows()


def format_sentence_text(sentence: SentenceAnnotation) -> str:
    grade = f" · {sentence.sourcing.grade}" if sentence.sourcing is not None else ""
    labels = f"{sentence.certainty.value} · {sentence.attribution.value}{grade}"
    lines = [f"[{sentence.index}] {labels}  ({sentence.start}-{sentence.end})"]
    lines.append(f"    {sentence.text}")
    for a in sentence.attributions:
        role = "main" if a.main else "also"
        refers = f" = {a.refers_to.text!r}" if a.refers_to is not None else ""
        source = repr(a.source.text) if a.source is not None else "(none in the sentence)"
        via = f" via {a.cue.text!r}" if a.cue is not None else f" ({a.inherited})" if a.inherited else ""
        lines.append(f"    source ({role}, {a.type.value}): {source}{refers}{via} ({a.typing})")
    for cue in sentence.cues:
        lines.append(f"    cue {cue.text!r}: {cue.level.value}, {cue.kind.value} ({cue.provenance})")
    return "\n".join(lines)


def format_document_text(doc: DocumentAnnotation) -> str:
    header = f"== {doc.doc or 'document'} ({doc.lang}) =="
    profile = "\n".join("  " + line for line in doc.profile.format().splitlines())
    return "\n".join([header, profile, "", *(format_sentence_text(s) for s in doc.sentences)]) + "\n"


def _csv_writer(buffer: io.StringIO) -> csv.DictWriter[str]:
    return csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")


def document_output(doc: DocumentAnnotation, fmt: str) -> str:
    """One document's piece of the output in ``fmt`` (one of :data:`FORMATS`)."""
    if fmt == "jsonl":
        return doc.to_jsonl()
    if fmt == "text":
        return format_document_text(doc)
    if fmt == "json":
        return json.dumps(doc.to_dict(), ensure_ascii=False)
    if fmt == "csv":
        buffer = io.StringIO()
        _csv_writer(buffer).writerows(doc.rows())
        return buffer.getvalue()
    if fmt == "html":
        return html_section(doc)
    raise ValueError(f"unknown output format {fmt!r}")


class OutputWriter:
    """Writes a run's output from the documents' pieces, in the order they are given."""

    def __init__(self, fmt: str, out: Sink) -> None:
        self.fmt = fmt
        self.out = out
        self.count = 0
        self._sections: list[str] = []  # HTML: the page is written whole, when the run ends

    @property
    def written(self) -> int:
        """The documents in the output so far: an HTML page is written whole, when the run ends."""
        return 0 if self.fmt == "html" else self.count

    def start(self) -> None:
        if self.fmt == "csv":
            buffer = io.StringIO()
            _csv_writer(buffer).writeheader()
            self.out.write(buffer.getvalue())
        elif self.fmt == "json":
            self.out.write("[")

    def add(self, piece: str) -> None:
        if self.fmt == "html":
            self._sections.append(piece)
        elif self.fmt == "json":
            self.out.write(("," if self.count else "") + "\n" + piece)
        else:
            self.out.write(piece)
        if self.fmt in ("jsonl", "text"):
            # Whole documents reach the file as they are done: --resume continues from there.
            self.out.flush()
        self.count += 1

    def finish(self) -> None:
        if self.fmt == "html":
            self.out.write(html_page(self._sections))
        elif self.fmt == "json":
            self.out.write("\n]\n")

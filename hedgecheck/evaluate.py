"""Scoring hedgecheck against gold annotations (the JSONL schema of ANNOTATION.md §4).

A gold file holds one record per sentence, for one or more documents. The
document text comes from ``--text`` or from the ``NAME.txt`` beside
``NAME.gold.jsonl``; without a text, the gold sentences are annotated as
pre-segmented sentences and boundaries are not scored.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from hedgecheck.certainty import sentence_level
from hedgecheck.corpus import InputError, decode
from hedgecheck.gold import GoldSentence, GoldShapeError, GoldSpan
from hedgecheck.model import AttributionType, CertaintyLevel, SentenceAnnotation, Span

if TYPE_CHECKING:  # spaCy is imported only when a run annotates
    from hedgecheck.annotator import Annotator

__all__ = [
    "Coverage",
    "DocumentPair",
    "GoldError",
    "LabelScores",
    "Report",
    "diff_predictions",
    "evaluate_pairs",
    "gold_record_problem",
    "load_gold",
    "load_predictions",
    "validate_gold",
]

GOLD_SUFFIX = ".gold.jsonl"


class GoldError(ValueError):
    """A gold file breaks the schema; the message names file, line and problem."""


@attrs.frozen(slots=True)
class DocumentPair:
    """One gold document: its records and, when known, its text."""

    doc: str
    gold: tuple[GoldSentence, ...]
    text: str | None
    source: str
    lines: tuple[int, ...] = ()  # the line of each gold record in ``source``, when read from a file
    text_source: str | None = None


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise GoldError(f"{path}: no such file") from None
    except OSError as error:
        raise GoldError(f"{path}: cannot read ({error.strerror or error})") from None


def _read_utf8(path: Path) -> str:
    """A file's text as ``Path.read_text`` gives it (universal newlines), errors naming the file and line."""
    data = _read(path)
    try:
        return data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
    except UnicodeDecodeError:
        try:
            decode(data, str(path))  # raises, with the line and column of the bad byte
        except InputError as error:
            raise GoldError(str(error)) from None
        raise


def _gold_lines(path: Path) -> Iterator[tuple[int, GoldSentence]]:
    """The records of a gold file with their line numbers; a GoldError at the first unusable line."""
    # Lines end at "\n" only: JSON strings may hold U+2028 or a form feed, and editors
    # number lines by "\n". Each line is decoded alone, so the first bad line is the one named.
    for number, raw in enumerate(_read(path).split(b"\n"), start=1):
        try:
            line = raw.decode("utf-8").removesuffix("\r")
        except UnicodeDecodeError as error:
            raise GoldError(
                f"{path}:{number}:{error.start + 1}: not valid UTF-8 (byte 0x{raw[error.start]:02x}); "
                "save the file as UTF-8"
            ) from None
        if number == 1:
            line = line.removeprefix("\ufeff")  # a byte-order mark from a spreadsheet or editor
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise GoldError(f"{path}:{number}:{error.colno}: invalid JSON: {error.msg}") from None
        except (ValueError, RecursionError) as error:  # a 5,000-digit number, arrays nested 100,000 deep
            raise GoldError(f"{path}:{number}:1: invalid JSON: {error}") from None
        try:
            gold = GoldSentence.from_dict(record)
        except GoldShapeError as error:
            raise GoldError(f"{path}:{number}:1: {error}") from None
        yield number, gold


def load_gold(path: Path, text_path: Path | None = None) -> list[DocumentPair]:
    """Read a gold file (or every ``*.gold.jsonl`` below a folder) with its texts."""
    if path.is_dir():
        files = sorted(path.rglob(f"*{GOLD_SUFFIX}"))
        if not files:
            raise GoldError(f"{path}: no *{GOLD_SUFFIX} files in this folder")
        return [pair for f in files for pair in load_gold(f)]
    if not path.is_file():
        raise GoldError(f"{path}: no such file or folder")
    records_by_doc: dict[str, list[tuple[int, GoldSentence]]] = defaultdict(list)
    for number, record in _gold_lines(path):
        records_by_doc[record.doc].append((number, record))
    if text_path is None:
        sibling = path.with_name(path.name.removesuffix(GOLD_SUFFIX) + ".txt")
        text_path = sibling if path.name.endswith(GOLD_SUFFIX) and sibling.is_file() else None
    text = None
    if text_path is not None:
        text = _read_utf8(text_path)
        if len(records_by_doc) > 1:
            raise GoldError(f"{path}: holds {len(records_by_doc)} documents but one text was given")
    pairs = []
    for doc, numbered in records_by_doc.items():
        numbered.sort(key=lambda pair: pair[1].index)
        lines = tuple(number for number, _ in numbered)
        gold = tuple(record for _, record in numbered)
        pairs.append(DocumentPair(doc, gold, text, str(path), lines, str(text_path) if text_path else None))
    return pairs


def gold_record_problem(record: Any) -> str | None:
    """Why a parsed gold line cannot be scored (a field missing or of the wrong type), or ``None``.

    Only the shape is checked here (:meth:`GoldSentence.from_dict`), so that reading
    never fails on a surprise; labels, offsets and coverage are :func:`validate_gold`'s.
    """
    try:
        GoldSentence.from_dict(record)
    except GoldShapeError as error:
        return str(error)
    return None


_ATTRIBUTIONS = frozenset(t.value for t in AttributionType)
_LEVELS = frozenset(c.value for c in CertaintyLevel)


def _label_problems(rec: GoldSentence, position: int) -> Iterator[str]:
    """What is wrong with a sentence's labels, whatever its text: unknown labels, mains, cue levels."""
    if rec.index != position:
        yield f"index should be {position}"
    if rec.attribution not in _ATTRIBUTIONS:
        yield f"unknown attribution {rec.attribution!r}"
    if rec.certainty not in _LEVELS:
        yield f"unknown certainty {rec.certainty!r}"
    for a in rec.attributions:
        if a.type not in _ATTRIBUTIONS - {"none"}:
            yield f"unknown attribution type {a.type!r}"
    mains = [a for a in rec.attributions if a.main]
    if rec.attribution == "none" and mains:
        yield "attribution none but a main attribution is listed"
    if rec.attribution != "none" and [a.type for a in mains] != [rec.attribution]:
        yield f"exactly one main attribution of type {rec.attribution} is needed"
    for cue in rec.cues:
        if cue.level not in _LEVELS:
            yield f"cue with unknown level {cue.level!r}"
    expected = sentence_level(CertaintyLevel(c.level) for c in rec.cues if c.level in _LEVELS)
    if rec.certainty in _LEVELS and CertaintyLevel(rec.certainty) != expected:
        yield f"certainty {rec.certainty} but its lowest cue level is {expected}"


def _span_problems(rec: GoldSentence, text: str, previous_end: int) -> Iterator[str]:
    """What is wrong with a sentence's spans in the text; the sentence before it ends at ``previous_end``."""
    sentence = rec.span
    spans: list[tuple[str, GoldSpan]] = [("sentence", sentence)]
    # v1.3 §4: a sentence with no source of its own has a null source (and cue).
    spans += [named for a in rec.attributions for named in a.spans]
    spans += [("cue", cue.span) for cue in rec.cues]
    for name, span in spans:
        if text[span.start : span.end] != span.text:
            yield f"{name} span {span.start}-{span.end} is not {span.text!r}"
        if name != "sentence" and not (sentence.start <= span.start <= span.end <= sentence.end):
            yield f"{name} span {span.text!r} lies outside its sentence"
    for mention in (a.refers_to for a in rec.attributions if a.refers_to is not None):  # elsewhere in the document
        if text[mention.start : mention.end] != mention.text:
            yield f"refers_to span {mention.start}-{mention.end} is not {mention.text!r}"
    if sentence.start < previous_end:
        yield "overlaps the previous sentence"
    if text[previous_end : sentence.start].strip():
        yield f"text before it is in no sentence: {text[previous_end : sentence.start]!r}"


def validate_gold(pair: DocumentPair) -> list[str]:
    """Schema problems of a gold document: labels, spans, sentence order and coverage."""
    problems: list[str] = []
    previous_end = 0
    for position, rec in enumerate(pair.gold):
        line = f":{pair.lines[position]}" if position < len(pair.lines) else ""
        where = f"{pair.source}{line}: doc {pair.doc} sentence {rec.index}"
        problems += [f"{where}: {problem}" for problem in _label_problems(rec, position)]
        if pair.text is not None:
            problems += [f"{where}: {problem}" for problem in _span_problems(rec, pair.text, previous_end)]
            previous_end = rec.span.end
    if pair.text is not None and pair.text[previous_end:].strip():
        problems.append(f"{pair.source}: doc {pair.doc}: text after the last sentence is in no sentence")
    return problems


@attrs.frozen(slots=True)
class Coverage:
    """What a gold corpus exercises: label counts, cue kinds and phenomenon tags."""

    documents: int
    sentences: int
    attribution: dict[str, int]
    certainty: dict[str, int]
    cue_kinds: dict[str, int]
    phenomena: dict[str, int]

    @classmethod
    def of(cls, pairs: Sequence[DocumentPair]) -> Coverage:
        attribution: Counter[str] = Counter()
        certainty: Counter[str] = Counter()
        kinds: Counter[str] = Counter()
        phenomena: Counter[str] = Counter()
        for pair in pairs:
            for rec in pair.gold:
                attribution[rec.attribution] += 1
                certainty[rec.certainty] += 1
                kinds.update(c.kind for c in rec.cues)
                phenomena.update(rec.phenomena)
        return cls(
            documents=len(pairs),
            sentences=sum(len(p.gold) for p in pairs),
            attribution={t.value: attribution[t.value] for t in AttributionType},
            certainty={c.value: certainty[c.value] for c in CertaintyLevel},
            cue_kinds=dict(sorted(kinds.items())),
            phenomena=dict(sorted(phenomena.items())),
        )

    def to_dict(self) -> dict[str, Any]:
        return attrs.asdict(self)

    def format(self) -> str:
        def row(name: str, counts: dict[str, int]) -> str:
            return f"  {name:<12} " + ", ".join(f"{k} {v}" for k, v in counts.items())

        lines = [
            f"coverage: {self.documents} documents, {self.sentences} sentences",
            row("attribution", self.attribution),
            row("certainty", self.certainty),
            row("cue kinds", self.cue_kinds),
        ]
        if self.phenomena:
            lines.append(f"  phenomena    {len(self.phenomena)} tags:")
            items = [f"{k} {v}" for k, v in self.phenomena.items()]
            for start in range(0, len(items), 6):
                lines.append("    " + ", ".join(items[start : start + 6]))
        return "\n".join(lines)


@attrs.frozen(slots=True)
class LabelScores:
    """Per-label precision, recall, F1 and support, plus accuracy and macro-F1."""

    labels: tuple[str, ...]
    confusion: dict[tuple[str, str], int]  # (gold, predicted) → count

    @property
    def total(self) -> int:
        return sum(self.confusion.values())

    @property
    def accuracy(self) -> float:
        right = sum(n for (g, p), n in self.confusion.items() if g == p)
        return right / self.total if self.total else 0.0

    def prf(self, label: str) -> tuple[float, float, float, int]:
        tp = self.confusion.get((label, label), 0)
        predicted = sum(n for (_, p), n in self.confusion.items() if p == label)
        support = sum(n for (g, _), n in self.confusion.items() if g == label)
        precision = tp / predicted if predicted else 0.0
        recall = tp / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1, support

    @property
    def macro_f1(self) -> float:
        """Mean F1 over the labels present in gold or predictions."""
        present = [label for label in self.labels if self.prf(label)[3] or any(p == label for (_, p) in self.confusion)]
        return sum(self.prf(label)[2] for label in present) / len(present) if present else 0.0

    def binary(self, negative: str) -> tuple[float, float, float]:
        """Precision, recall and F1 of "any label but ``negative``" (attributed vs none, hedged vs certain)."""
        tp = sum(n for (g, p), n in self.confusion.items() if g != negative and p != negative)
        predicted = sum(n for (_, p), n in self.confusion.items() if p != negative)
        support = sum(n for (g, _), n in self.confusion.items() if g != negative)
        precision = tp / predicted if predicted else 0.0
        recall = tp / support if support else 0.0
        return precision, recall, 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "accuracy": round(self.accuracy, 4),
            "macro_f1": round(self.macro_f1, 4),
            "labels": {
                label: dict(
                    zip(("precision", "recall", "f1", "support"), (round(x, 4) for x in self.prf(label)), strict=True)
                )
                for label in self.labels
            },
            "confusion": {g: {p: self.confusion.get((g, p), 0) for p in self.labels} for g in self.labels},
        }


@attrs.frozen(slots=True)
class Disagreement:
    doc: str
    index: int
    text: str
    field: str
    gold: str
    predicted: str
    evidence: str


@attrs.frozen(slots=True)
class Report:
    documents: int
    gold_sentences: int
    exact_boundaries: int | None
    certainty: LabelScores
    attribution: LabelScores
    disagreements: tuple[Disagreement, ...]
    coverage: Coverage | None = None
    predictions: tuple[dict[str, Any], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "coverage": self.coverage.to_dict() if self.coverage is not None else None,
            "documents": self.documents,
            "sentences": self.gold_sentences,
            "exact_boundaries": self.exact_boundaries,
            "certainty": self.certainty.to_dict(),
            "attribution": self.attribution.to_dict(),
            "attributed": dict(zip(("precision", "recall", "f1"), self.attribution.binary("none"), strict=True)),
            "hedged": dict(zip(("precision", "recall", "f1"), self.certainty.binary("certain"), strict=True)),
        }

    def format(self, max_disagreements: int = 50) -> str:
        lines = [self.coverage.format(), ""] if self.coverage is not None else []
        lines.append(f"documents: {self.documents}   gold sentences: {self.gold_sentences}")
        if self.exact_boundaries is not None:
            lines.append(f"sentence boundaries: {self.exact_boundaries}/{self.gold_sentences} exact")
        for name, scores in (("certainty", self.certainty), ("attribution", self.attribution)):
            right = round(scores.accuracy * scores.total)
            lines.append("")
            lines.append(
                f"{name}: accuracy {scores.accuracy:.3f} ({right}/{scores.total})   macro-F1 {scores.macro_f1:.3f}"
            )
            negative, positive = ("certain", "hedged") if name == "certainty" else ("none", "attributed")
            p, r, f = scores.binary(negative)
            lines.append(f"  {positive} vs {negative}: P {p:.3f} R {r:.3f} F1 {f:.3f}")
            lines.append(f"  {'label':<12} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5}")
            for label in scores.labels:
                p, r, f, n = scores.prf(label)
                lines.append(f"  {label:<12} {p:6.3f} {r:6.3f} {f:6.3f} {n:5d}")
            lines.append("  confusion (rows gold, columns predicted):")
            lines.append("  " + " " * 12 + "".join(f"{label[:6]:>7}" for label in scores.labels))
            for g in scores.labels:
                row = "".join(f"{scores.confusion.get((g, p), 0):7d}" for p in scores.labels)
                lines.append(f"  {g:<12}{row}")
        if self.disagreements:
            lines.append("")
            lines.append(f"disagreements ({len(self.disagreements)}):")
            for d in self.disagreements[:max_disagreements]:
                excerpt = d.text if len(d.text) <= 160 else d.text[:157] + "..."
                lines.append(f"  {d.doc}#{d.index} {d.field}: gold {d.gold}, predicted {d.predicted} [{d.evidence}]")
                lines.append(f"      {excerpt}")
            if len(self.disagreements) > max_disagreements:
                lines.append(f"  ... and {len(self.disagreements) - max_disagreements} more")
        return "\n".join(lines)


def _shown(span: Span | None) -> str:
    return repr(span.text) if span is not None else "-"


def _evidence(sentence: SentenceAnnotation, field: str) -> str:
    """What decided the predicted label: the cues, or the attributions found."""
    if field == "attribution":
        if not sentence.attributions:
            return "no attribution found"
        return "; ".join(
            f"{'main ' if a.main else ''}{a.type} {_shown(a.shown_source)} via {_shown(a.cue)} ({a.typing})"
            for a in sentence.attributions
        )
    if not sentence.cues:
        return "no cue"
    return "; ".join(f"{c.text!r} {c.level} ({c.provenance})" for c in sentence.cues)


def _aligned(gold: Sequence[GoldSentence], predicted: Sequence[SentenceAnnotation]) -> list[SentenceAnnotation]:
    """For every gold sentence, the predicted sentence overlapping it most."""
    out = []
    cursor = 0
    for span in (rec.span for rec in gold):
        best, best_overlap = None, -1
        for k in range(max(0, cursor - 2), len(predicted)):
            p = predicted[k]
            if p.start > span.end:
                break
            overlap = min(p.end, span.end) - max(p.start, span.start)
            if overlap > best_overlap:
                best, best_overlap, cursor = p, overlap, k
        if best is None:
            best = predicted[-1]
        out.append(best)
    return out


def _prediction(doc: str, rec: GoldSentence, pred: SentenceAnnotation) -> dict[str, Any]:
    """What ``evaluate --save`` writes for one sentence: both labels, gold and predicted, and the evidence."""
    return {
        "doc": doc,
        "index": rec.index,
        "text": rec.span.text,
        "gold_attribution": rec.attribution,
        "gold_certainty": rec.certainty,
        "attribution": pred.attribution.value,
        "certainty": pred.certainty.value,
        "evidence_attribution": _evidence(pred, "attribution"),
        "evidence_certainty": _evidence(pred, "certainty"),
    }


def evaluate_pairs(annotator: Annotator, pairs: Sequence[DocumentPair]) -> Report:
    """Annotate every gold document and compare, sentence by sentence."""
    certainty: Counter[tuple[str, str]] = Counter()
    attribution: Counter[tuple[str, str]] = Counter()
    disagreements: list[Disagreement] = []
    predictions: list[dict[str, Any]] = []
    exact: int | None = 0
    documents = sentences = 0
    for pair in pairs:
        documents += 1
        sentences += len(pair.gold)
        if pair.text is not None:
            predicted = list(annotator(pair.text, doc=pair.doc).sentences)
            starts_ends = {(p.start, p.end) for p in predicted}
            if exact is not None:  # boundaries are scored only when every document has its text
                exact += sum((g.span.start, g.span.end) in starts_ends for g in pair.gold)
            aligned = _aligned(pair.gold, predicted) if predicted else []
        else:
            exact = None
            aligned = annotator.annotate_sentences([g.span.text for g in pair.gold], doc=pair.doc)
        for rec, pred in zip(pair.gold, aligned, strict=False):
            predictions.append(_prediction(pair.doc, rec, pred))
            labels = (
                ("certainty", rec.certainty, pred.certainty.value, certainty),
                ("attribution", rec.attribution, pred.attribution.value, attribution),
            )
            for field, gold_label, predicted_label, counter in labels:
                counter[(gold_label, predicted_label)] += 1
                if gold_label != predicted_label:
                    evidence = _evidence(pred, field)
                    disagreements.append(
                        Disagreement(pair.doc, rec.index, rec.span.text, field, gold_label, predicted_label, evidence)
                    )
    return Report(
        documents=documents,
        gold_sentences=sentences,
        exact_boundaries=exact,
        certainty=LabelScores(tuple(c.value for c in CertaintyLevel), dict(certainty)),
        attribution=LabelScores(tuple(t.value for t in AttributionType), dict(attribution)),
        disagreements=tuple(disagreements),
        coverage=Coverage.of(pairs),
        predictions=tuple(predictions),
    )


def load_predictions(path: Path) -> list[dict[str, Any]]:
    """The predictions an ``evaluate --save`` wrote, for :func:`diff_predictions`.

    A line that is not such a record is a GoldError naming the file and line.
    """
    records = []
    for number, line in enumerate(_read_utf8(path).split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except (ValueError, RecursionError):
            record = None
        if not (
            isinstance(record, dict)
            and all(isinstance(record.get(k), str) for k in ("doc", "certainty", "attribution"))
            and isinstance(record.get("index"), int)
        ):
            raise GoldError(f"{path}:{number}:1: not a prediction saved by evaluate --save")
        records.append(record)
    return records


def diff_predictions(before: Sequence[dict[str, Any]], after: Sequence[dict[str, Any]]) -> list[str]:
    """The sentences whose predicted labels changed between two saved runs, fixed or broken."""
    earlier = {(p["doc"], p["index"]): p for p in before}
    lines = []
    for now in after:
        then = earlier.get((now["doc"], now["index"]))
        if then is None:
            continue
        for field in ("certainty", "attribution"):
            if then[field] == now[field]:
                continue
            gold = now[f"gold_{field}"]
            verdict = "fixed" if now[field] == gold else "broken" if then[field] == gold else "changed"
            lines.append(
                f"{verdict:>7}  {now['doc']}#{now['index']} {field}: {then[field]} -> {now[field]} (gold {gold})"
                f" [{now[f'evidence_{field}']}]\n         {now['text'][:150]}"
            )
    return lines

"""The result model: small frozen value classes that every detector produces.

The JSON shape of these classes is the contract of ANNOTATION.md section 4:
one object per sentence, labels as lower-case strings, offsets into the
*original* input text. ``to_dict``/``from_dict`` round-trip exactly.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import attrs

__all__ = [
    "Attribution",
    "AttributionType",
    "CertaintyLevel",
    "Cue",
    "CueKind",
    "DocumentAnnotation",
    "Provenance",
    "SentenceAnnotation",
    "SentenceRow",
    "SourceSummary",
    "SourcingGrade",
    "SourcingProfile",
    "Span",
]


class CertaintyLevel(enum.StrEnum):
    """How certain a sentence presents its claim; ordered from least to most certain.

    ``min()`` over levels gives the least certain one, which is how a sentence's
    level is computed from its cues (guidelines 3, rule 1).
    """

    UNCERTAIN = "uncertain"
    POSSIBLE = "possible"
    PROBABLE = "probable"
    CERTAIN = "certain"

    @property
    def rank(self) -> int:
        return _LEVEL_RANK[self]

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, CertaintyLevel):
            return NotImplemented
        return self.rank < other.rank

    def __le__(self, other: object) -> bool:
        if not isinstance(other, CertaintyLevel):
            return NotImplemented
        return self.rank <= other.rank

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, CertaintyLevel):
            return NotImplemented
        return self.rank > other.rank

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, CertaintyLevel):
            return NotImplemented
        return self.rank >= other.rank


_LEVEL_RANK = {level: rank for rank, level in enumerate(CertaintyLevel)}


class AttributionType(enum.StrEnum):
    """Who the sentence's main claim comes from (guidelines section 2)."""

    NAMED = "named"
    ANONYMOUS = "anonymous"
    MEDIA = "media"
    INSTITUTION = "institution"
    VAGUE = "vague"
    NONE = "none"


class CueKind(enum.StrEnum):
    """What kind of evidence a cue is."""

    HEDGE = "hedge"
    BOOSTER = "booster"
    REPORTING_VERB = "reporting_verb"
    CONDITIONAL = "conditional"
    QUESTION = "question"


def _non_negative(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")


def _cues(items: Iterable[Cue]) -> tuple[Cue, ...]:
    return tuple(items)


def _attributions(items: Iterable[Attribution]) -> tuple[Attribution, ...]:
    return tuple(items)


def _sentences(items: Iterable[SentenceAnnotation]) -> tuple[SentenceAnnotation, ...]:
    return tuple(items)


@attrs.frozen(slots=True)
class Span:
    """A stretch of the original input: ``text == input[start:end]``."""

    start: int = attrs.field(validator=[attrs.validators.instance_of(int), _non_negative])
    end: int = attrs.field(validator=[attrs.validators.instance_of(int), _non_negative])
    text: str = attrs.field(validator=attrs.validators.instance_of(str))

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")

    @classmethod
    def of(cls, source: str, start: int, end: int) -> Span:
        """The span ``source[start:end]``."""
        return cls(start, end, source[start:end])

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Span:
        return cls(int(data["start"]), int(data["end"]), str(data["text"]))


@attrs.frozen(slots=True)
class Provenance:
    """Where a cue came from: a lexicon file and line, a rule, or both.

    A cue found by a rule that reads a lexicon line (the conditional mood rule,
    say) carries both, so a linguist can find the line that fired and a
    developer the code that applied it.
    """

    lexicon: str | None = None
    line: int | None = None
    rule: str | None = None

    def __attrs_post_init__(self) -> None:
        if self.lexicon is None and self.rule is None:
            raise ValueError("a provenance names a lexicon entry, a rule, or both")

    @property
    def lexicon_ref(self) -> str | None:
        """``path:line`` as printed in the output, or None for a pure rule."""
        if self.lexicon is None:
            return None
        return f"{self.lexicon}:{self.line}" if self.line is not None else self.lexicon

    def __str__(self) -> str:
        parts = [p for p in (self.lexicon_ref, self.rule and f"rule {self.rule}") if p]
        return ", ".join(parts)

    @classmethod
    def from_refs(cls, lexicon_ref: str | None, rule: str | None) -> Provenance:
        if lexicon_ref is None:
            return cls(rule=rule)
        path, sep, line = lexicon_ref.rpartition(":")
        if sep and line.isdigit():
            return cls(lexicon=path, line=int(line), rule=rule)
        return cls(lexicon=lexicon_ref, rule=rule)


class _OnSpan:
    """``start``, ``end`` and ``text`` of a value that stands on a stretch of the input (a cue, a sentence)."""

    __slots__ = ()
    span: Span

    @property
    def start(self) -> int:
        return self.span.start

    @property
    def end(self) -> int:
        return self.span.end

    @property
    def text(self) -> str:
        return self.span.text


@attrs.frozen(slots=True)
class Cue(_OnSpan):
    """One piece of evidence for a certainty level: a word or phrase, or a rule's hit."""

    span: Span
    level: CertaintyLevel = attrs.field(converter=CertaintyLevel)
    kind: CueKind = attrs.field(converter=CueKind)
    provenance: Provenance

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.span.to_dict(),
            "level": self.level.value,
            "kind": self.kind.value,
            "lexicon": self.provenance.lexicon_ref,
            "rule": self.provenance.rule,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Cue:
        return cls(
            span=Span.from_dict(data),
            level=data["level"],
            kind=data.get("kind", CueKind.HEDGE.value),
            # A gold cue names no lexicon line or rule: it comes from the annotators.
            provenance=Provenance.from_refs(
                data.get("lexicon"), data.get("rule") or (None if data.get("lexicon") else "gold")
            ),
        )


def _provenance_dict(provenance: Provenance | None) -> dict[str, Any] | None:
    if provenance is None:
        return None
    return {"lexicon": provenance.lexicon_ref, "rule": provenance.rule}


def _provenance_from(data: Mapping[str, Any] | None) -> Provenance | None:
    if not data or not (data.get("lexicon") or data.get("rule")):
        return None
    return Provenance.from_refs(data.get("lexicon"), data.get("rule"))


@attrs.frozen(slots=True)
class Attribution:
    """A source plus the cue that attributes a claim to it (guidelines section 2).

    ``provenance`` is the lexicon line of the cue (the reporting verb or the
    marker); ``typing`` is the evidence for the source's type (a lexicon line,
    or a rule such as ``entity:PER``); ``refers_to`` is the earlier source a
    pronoun or a bare title was resolved to.

    A sentence that holds no source of its own (guidelines §4) has ``source``
    None, and ``cue`` None when the cue too stands elsewhere: a sentence of a
    quotation whose tag is in another sentence (``inherited`` is then
    ``"quotation"`` and ``refers_to`` the speaker's mention).
    """

    type: AttributionType = attrs.field(converter=AttributionType)
    source: Span | None
    cue: Span | None
    main: bool
    content: Span | None = None
    provenance: Provenance | None = None
    typing: Provenance | None = None
    refers_to: Span | None = None
    inherited: str | None = None

    @classmethod
    def inherited_from(cls, speaker: Attribution, how: str) -> Attribution:
        """The main attribution of a sentence whose source is ``speaker``, found in another sentence."""
        return cls(
            type=speaker.type,
            source=None,
            cue=None,
            main=True,
            provenance=Provenance(rule=f"inherited:{how}"),
            typing=speaker.typing,
            refers_to=speaker.refers_to or speaker.source,
            inherited=how,
        )

    @property
    def shown_source(self) -> Span | None:
        """The mention that names the source: the antecedent of a pronoun or an inherited source, else its own."""
        return self.refers_to if self.refers_to is not None else self.source

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "type": self.type.value,
            "source": self.source.to_dict() if self.source is not None else None,
            "cue": self.cue.to_dict() if self.cue is not None else None,
            "main": self.main,
        }
        if self.content is not None:
            out["content"] = self.content.to_dict()
        if self.provenance is not None:
            out["lexicon"] = self.provenance.lexicon_ref
            out["rule"] = self.provenance.rule
        if self.typing is not None:
            out["source_type_from"] = _provenance_dict(self.typing)
        if self.refers_to is not None:
            out["refers_to"] = self.refers_to.to_dict()
        if self.inherited is not None:
            out["inherited"] = self.inherited
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Attribution:
        content = data.get("content")
        refers_to = data.get("refers_to")
        return cls(
            type=data["type"],
            source=Span.from_dict(data["source"]) if data.get("source") else None,
            cue=Span.from_dict(data["cue"]) if data.get("cue") else None,
            main=bool(data["main"]),
            content=Span.from_dict(content) if content else None,
            provenance=_provenance_from(data),
            typing=_provenance_from(data.get("source_type_from")),
            refers_to=Span.from_dict(refers_to) if refers_to else None,
            inherited=data.get("inherited"),
        )


@attrs.frozen(slots=True)
class SourcingGrade:
    """How much a reader can lean on a sentence, and the table row that says so."""

    grade: str
    provenance: Provenance

    def to_dict(self) -> dict[str, Any]:
        return {"grade": self.grade, "lexicon": self.provenance.lexicon_ref}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SourcingGrade:
        return cls(
            str(data["grade"]), Provenance.from_refs(data.get("lexicon"), None if data.get("lexicon") else "grade")
        )


@attrs.frozen(slots=True)
class SentenceAnnotation(_OnSpan):
    """One sentence with its two labels and the evidence behind them."""

    index: int = attrs.field(validator=_non_negative)
    span: Span
    certainty: CertaintyLevel = attrs.field(converter=CertaintyLevel)
    cues: tuple[Cue, ...] = attrs.field(converter=_cues)
    attribution: AttributionType = attrs.field(default=AttributionType.NONE, converter=AttributionType)
    attributions: tuple[Attribution, ...] = attrs.field(default=(), converter=_attributions)
    doc: str | None = None
    lang: str | None = None
    sourcing: SourcingGrade | None = None

    @property
    def hedged(self) -> bool:
        return self.certainty is not CertaintyLevel.CERTAIN

    @property
    def main_attribution(self) -> Attribution | None:
        return next((a for a in self.attributions if a.main), None)

    def to_dict(self) -> dict[str, Any]:
        out = {
            "doc": self.doc,
            "index": self.index,
            **self.span.to_dict(),
            "lang": self.lang,
            "attribution": self.attribution.value,
            "attributions": [a.to_dict() for a in self.attributions],
            "certainty": self.certainty.value,
            "cues": [c.to_dict() for c in self.cues],
        }
        if self.sourcing is not None:
            out["sourcing"] = self.sourcing.to_dict()
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SentenceAnnotation:
        return cls(
            index=int(data["index"]),
            span=Span.from_dict(data),
            certainty=data["certainty"],
            cues=[Cue.from_dict(c) for c in data.get("cues", [])],
            attribution=data.get("attribution", AttributionType.NONE.value),
            attributions=[Attribution.from_dict(a) for a in data.get("attributions", [])],
            doc=data.get("doc"),
            lang=data.get("lang"),
            sourcing=SourcingGrade.from_dict(data["sourcing"]) if data.get("sourcing") else None,
        )


@attrs.frozen(slots=True)
class SourceSummary:
    """One distinct source of a document: how it reads and how many sentences it supports."""

    text: str
    type: AttributionType
    sentences: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "type": self.type.value, "sentences": self.sentences}


@attrs.frozen(slots=True)
class SourcingProfile:
    """A document at a glance, for a fact-checker: who speaks, how firmly, how well sourced."""

    sentences: int
    attribution: dict[str, int]
    certainty: dict[str, int]
    grades: dict[str, int]
    hedged: int
    sources: tuple[SourceSummary, ...]

    @classmethod
    def of(cls, sentences: Iterable[SentenceAnnotation]) -> SourcingProfile:
        items = list(sentences)
        attribution = {t.value: 0 for t in AttributionType}
        certainty = {c.value: 0 for c in CertaintyLevel}
        grades: dict[str, int] = {}
        support: dict[str, tuple[str, AttributionType, set[int]]] = {}
        for sentence in items:
            attribution[sentence.attribution.value] += 1
            certainty[sentence.certainty.value] += 1
            if sentence.sourcing is not None:
                grades[sentence.sourcing.grade] = grades.get(sentence.sourcing.grade, 0) + 1
            for a in sentence.attributions:
                # A pronoun counts for the source it refers back to.
                mention = a.shown_source
                if mention is None:
                    continue
                shown = mention.text
                key = " ".join(shown.lower().split())
                entry = support.setdefault(key, (shown, a.type, set()))
                entry[2].add(sentence.index)
        sources = sorted(
            (SourceSummary(text, kind, len(indices)) for text, kind, indices in support.values()),
            key=lambda s: (-s.sentences, s.text.lower()),
        )
        return cls(
            sentences=len(items),
            attribution=attribution,
            certainty=certainty,
            grades=dict(sorted(grades.items())),
            hedged=sum(1 for s in items if s.hedged),
            sources=tuple(sources),
        )

    @classmethod
    def merge(cls, profiles: Iterable[SourcingProfile]) -> SourcingProfile:
        """The profile of several documents together (a corpus), from theirs alone."""
        attribution = {t.value: 0 for t in AttributionType}
        certainty = {c.value: 0 for c in CertaintyLevel}
        grades: dict[str, int] = {}
        sources: dict[str, SourceSummary] = {}
        sentences = hedged = 0
        for p in profiles:
            sentences += p.sentences
            hedged += p.hedged
            for k, v in p.attribution.items():
                attribution[k] = attribution.get(k, 0) + v
            for k, v in p.certainty.items():
                certainty[k] = certainty.get(k, 0) + v
            for k, v in p.grades.items():
                grades[k] = grades.get(k, 0) + v
            for s in p.sources:
                key = " ".join(s.text.lower().split())
                seen = sources.get(key)
                sources[key] = attrs.evolve(seen, sentences=seen.sentences + s.sentences) if seen else s
        ranked = sorted(sources.values(), key=lambda s: (-s.sentences, s.text.lower()))
        return cls(sentences, attribution, certainty, dict(sorted(grades.items())), hedged, tuple(ranked))

    def share(self, count: int) -> float:
        """``count`` sentences as a share of the profile's, to four places (0 for no sentences)."""
        return round(count / self.sentences, 4) if self.sentences else 0.0

    @property
    def hedged_share(self) -> float:
        return self.share(self.hedged)

    def to_dict(self) -> dict[str, Any]:
        return {
            "sentences": self.sentences,
            "attribution": {k: {"count": v, "share": self.share(v)} for k, v in self.attribution.items()},
            "certainty": {k: {"count": v, "share": self.share(v)} for k, v in self.certainty.items()},
            "grades": {k: {"count": v, "share": self.share(v)} for k, v in self.grades.items()},
            "hedged_share": self.hedged_share,
            "sources": [s.to_dict() for s in self.sources],
        }

    def format(self) -> str:
        """A few lines of text for the terminal."""

        def shares(counts: dict[str, int]) -> str:
            return ", ".join(f"{k} {v} ({self.share(v):.0%})" for k, v in counts.items() if v)

        lines = [
            f"sentences {self.sentences}; hedged {self.hedged} ({self.hedged_share:.0%})",
            f"attribution: {shares(self.attribution) or '-'}",
            f"sourcing:    {shares(self.grades) or '-'}",
        ]
        if self.sources:
            listed = "; ".join(f"{s.text} [{s.type.value}, {s.sentences}]" for s in self.sources[:8])
            more = f" (+{len(self.sources) - 8} more)" if len(self.sources) > 8 else ""
            lines.append(f"sources:     {listed}{more}")
        return "\n".join(lines)


@attrs.frozen(slots=True)
class DocumentAnnotation:
    """Every sentence of one input text, in order, with offsets into ``text``."""

    text: str
    sentences: tuple[SentenceAnnotation, ...] = attrs.field(converter=_sentences)
    lang: str
    doc: str | None = None

    def __iter__(self) -> Iterator[SentenceAnnotation]:
        return iter(self.sentences)

    def __len__(self) -> int:
        return len(self.sentences)

    @property
    def profile(self) -> SourcingProfile:
        """The document's sourcing profile, computed from its sentences."""
        return SourcingProfile.of(self.sentences)

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc": self.doc,
            "lang": self.lang,
            "text": self.text,
            "profile": self.profile.to_dict(),
            "sentences": [s.to_dict() for s in self.sentences],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DocumentAnnotation:
        return cls(
            text=data["text"],
            sentences=[SentenceAnnotation.from_dict(s) for s in data["sentences"]],
            lang=data["lang"],
            doc=data.get("doc"),
        )

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    def rows(self) -> list[dict[str, Any]]:
        """One flat record per sentence, for tables (CSV, pandas): the fields of :class:`SentenceRow`."""
        return [attrs.asdict(SentenceRow.of(s, self.doc, self.lang)) for s in self.sentences]

    def to_pandas(self) -> Any:
        """The sentences as a ``pandas.DataFrame`` (pandas is optional: ``pip install pandas``)."""
        try:
            import pandas
        except ImportError:
            raise ImportError("to_pandas needs pandas: pip install pandas") from None
        return pandas.DataFrame(self.rows())

    def to_jsonl(self) -> str:
        """One JSON object per sentence, the format of ANNOTATION.md section 4."""
        return "".join(json.dumps(s.to_dict(), ensure_ascii=False) + "\n" for s in self.sentences)


def _text(span: Span | None) -> str | None:
    return span.text if span is not None else None


@attrs.frozen(slots=True)
class SentenceRow:
    """One sentence as a flat table row: the labels, the grade, the main source and the cues as text.

    The fields are the columns, in order (the CSV header of ``hedgecheck annotate``).
    """

    doc: str | None
    index: int
    start: int
    end: int
    lang: str
    attribution: str
    certainty: str
    sourcing: str | None
    source: str | None
    source_cue: str | None
    cues: str
    text: str

    @classmethod
    def of(cls, sentence: SentenceAnnotation, doc: str | None, lang: str) -> SentenceRow:
        main = sentence.main_attribution
        return cls(
            doc=doc,
            index=sentence.index,
            start=sentence.start,
            end=sentence.end,
            lang=lang,
            attribution=sentence.attribution.value,
            certainty=sentence.certainty.value,
            sourcing=sentence.sourcing.grade if sentence.sourcing is not None else None,
            source=_text(main.shown_source) if main is not None else None,
            source_cue=_text(main.cue) if main is not None else None,
            cues="; ".join(f"{c.text} ({c.level.value})" for c in sentence.cues),
            text=sentence.text,
        )

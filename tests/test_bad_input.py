"""Bad input, tried on purpose: every case annotates or fails with one line, never a traceback."""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from hedgecheck import Annotator

EXE = shutil.which("hedgecheck", path=str(Path(sys.executable).parent)) or "hedgecheck"


def blank(text: str) -> bool:
    return all(c.isspace() or unicodedata.category(c) in ("Cc", "Cf") for c in text)


def covers(text: str, annotator: Annotator) -> list[str]:
    doc = annotator(text)
    previous = 0
    for sentence in doc.sentences:
        assert text[sentence.start : sentence.end] == sentence.text
        assert blank(text[previous : sentence.start])
        previous = sentence.end
    assert blank(text[previous:])
    return [s.text for s in doc.sentences]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t\n  ",
        "Le ministre\x00 aurait\x07 démissionné.\x1b",
        "Le ministre 🙂 aurait démissionné. Путин заявил 🚀 что. 习近平说。",
        "« Le ministre aurait démissionné. Il part.",  # unbalanced «
        'Il a dit "non. Puis il est parti.',  # unbalanced "
        "<p>Le ministre <b>aurait</b> démissionné.</p><script>alert(1)</script>",
        "Der Minister hat gestern gesagt, dass die Lage ernst sei. Niemand weiß warum.",
        "!!!???...…",
        "a" * 30_000,
        ("mot " * 25_000).strip(),  # a 100,000-character sentence without a stop
    ],
    ids=["empty", "spaces", "control", "scripts", "guillemet", "quote", "html", "german", "punct", "long-word", "long"],
)
def test_any_text_comes_back_whole(fr: Annotator, text: str) -> None:
    covers(text, fr)


def test_wrong_language_still_annotates(en: Annotator) -> None:
    assert covers("Le ministre aurait démissionné, selon Le Monde.", en)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["annotate", "--lang", "xx", "-"], "no lexicon folder for language 'xx'"),
        (["annotate", "--lexicons", "/nonexistent", "-"], "no lexicon folder"),
        (["evaluate", "/nonexistent.gold.jsonl"], "hedgecheck: error"),
        (["summarize", "/nonexistent.jsonl"], "hedgecheck: error"),
    ],
)
def test_errors_are_one_line_without_traceback(args: list[str], message: str, tmp_path: Path) -> None:
    result = subprocess.run([EXE, *args], input="Une phrase.", capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert message in result.stderr


def test_shared_annotator_in_threads_gives_the_same_results(fr: Annotator) -> None:
    texts = [
        "Selon Le Monde, le ministre aurait démissionné.",
        "Les experts estiment que la crise va durer.",
        "Un conseiller a confirmé la réunion. Il a indiqué qu'elle aurait lieu lundi.",
    ] * 8
    alone = [fr(t).to_json() for t in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        shared = list(pool.map(lambda t: fr(t).to_json(), texts))
    assert shared == alone
    assert threading.active_count() >= 1

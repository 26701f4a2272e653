"""A long fuzz run, apart from the test suite: ``pytest -m fuzz -p no:cacheprovider tests/test_fuzz.py``.

Ten thousand generated texts, each annotated in full: no exception, every
sentence's offsets valid, the text covered in order, the same output twice.
"""

from __future__ import annotations

import unicodedata

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
    from pathlib import Path

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

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from hedgecheck.normalize import normalize


def test_typographic_apostrophes_become_straight() -> None:
    n = normalize("qu’il n’a pas")
    assert n.text == "qu'il n'a pas"
    assert n.to_original(0, 3) == (0, 3)


def test_odd_spaces_become_plain_spaces_and_lines_are_kept() -> None:
    n = normalize("a\u00a0:\u202fb\u2009c\nd\te")
    assert n.text == "a : b c\nd e"


def test_soft_hyphen_is_removed_and_offsets_map_back() -> None:
    original = "dé\u00adploiement total"
    n = normalize(original)
    assert n.text == "déploiement total"
    start, end = n.to_original(0, len("déploiement"))
    assert original[start:end] == "dé\u00adploiement"
    start, end = n.to_original(12, 17)
    assert original[start:end] == "total"


def test_word_joining_dashes_are_padded() -> None:
    original = "Trump—notamment Rubio"
    n = normalize(original)
    assert n.text == "Trump — notamment Rubio"
    position = n.text.index("notamment")
    start, end = n.to_original(position, position + len("notamment"))
    assert original[start:end] == "notamment"


def test_windows_line_ends() -> None:
    n = normalize("a.\r\nB.\rC")
    assert n.text == "a.\nB.\nC"


@given(st.text())
def test_offset_map_is_monotonic_and_in_bounds(text: str) -> None:
    n = normalize(text)
    assert len(n.origin) == len(n.text) + 1
    assert all(0 <= o <= len(text) for o in n.origin)
    assert list(n.origin) == sorted(n.origin)
    assert n.origin[-1] == len(text)


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60))
def test_unchanged_characters_map_to_themselves(text: str) -> None:
    n = normalize(text)
    for i, char in enumerate(n.text):
        original = text[n.origin[i]]
        if char not in " '\n":
            assert original == char

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from hedgecheck import Annotator, LexiconError
from hedgecheck.lexicon import builtin_lexicon_root, check_lexicon_dir, load_language

HEADER = "# a comment\npattern\tlevel\tnegated\tnote\n"


@pytest.fixture
def lexicon_dir(tmp_path: Path) -> Path:
    """A copy of the built-in French lexicons that a test may break."""
    target = tmp_path / "fr"
    shutil.copytree(builtin_lexicon_root() / "fr", target)
    return target


def problems_of(directory: Path) -> list[str]:
    return [str(p) for p in check_lexicon_dir(directory)]


def test_builtin_lexicons_are_valid() -> None:
    assert check_lexicon_dir() == []
    french = load_language("fr")
    assert french.models == ("fr_core_news_md", "fr_core_news_sm")
    assert len(french.cues) > 100


def test_unknown_level_names_file_line_and_column(lexicon_dir: Path) -> None:
    (lexicon_dir / "hedges.tsv").write_text(HEADER + "peut-être\tpossible\t-\n" + "probablement\tprobale\t-\n")
    assert problems_of(lexicon_dir) == [
        f"{lexicon_dir / 'hedges.tsv'}:4:14: unknown level 'probale' in column 'level': "
        "use uncertain, possible, probable, certain or -"
    ]


def test_empty_pattern(lexicon_dir: Path) -> None:
    (lexicon_dir / "hedges.tsv").write_text(HEADER + "\tpossible\t-\tnote\n")
    [problem] = problems_of(lexicon_dir)
    assert problem.endswith("hedges.tsv:3:1: empty pattern")


def test_duplicate_entry_names_the_first_line(lexicon_dir: Path) -> None:
    (lexicon_dir / "hedges.tsv").write_text(HEADER + "possible\tpossible\t-\nx\tpossible\t-\npossible\tprobable\t-\n")
    [problem] = problems_of(lexicon_dir)
    assert problem.endswith("hedges.tsv:5:1: duplicate entry 'possible', first given on line 3")


def test_bad_encoding_is_located(lexicon_dir: Path) -> None:
    (lexicon_dir / "hedges.tsv").write_bytes(HEADER.encode() + "peut-\xeatre\tpossible\t-\n".encode("latin-1"))
    [problem] = problems_of(lexicon_dir)
    assert problem.endswith("hedges.tsv:3:6: not valid UTF-8 (byte 0xea); save the file as UTF-8")


def test_spaces_instead_of_tabs(lexicon_dir: Path) -> None:
    (lexicon_dir / "hedges.tsv").write_text(HEADER + "peut-être    possible    -\n")
    [problem] = problems_of(lexicon_dir)
    assert problem.endswith("hedges.tsv:3:10: columns must be separated by tabs, not spaces")


def test_wrong_header_and_too_many_columns(lexicon_dir: Path) -> None:
    (lexicon_dir / "boosters.tsv").write_text("pattern\tlevel\n")
    (lexicon_dir / "hedges.tsv").write_text(HEADER + "a\tpossible\t-\tnote\textra\n")
    found = problems_of(lexicon_dir)
    header = "boosters.tsv:1:1: the header row must name the columns pattern, level, negated, note"
    assert any(header in p for p in found)
    assert any(p.endswith("hedges.tsv:3:19: expected 4 columns, found 5") for p in found)


def test_bad_pattern_syntax(lexicon_dir: Path) -> None:
    (lexicon_dir / "hedges.tsv").write_text(HEADER + "* possible\tpossible\t-\npossible/ADJECTIVE\tpossible\t-\n")
    found = problems_of(lexicon_dir)
    assert any(p.endswith("hedges.tsv:3:1: a pattern cannot start with * or have two in a row") for p in found)
    assert any("hedges.tsv:4:10: unknown UPOS tag 'ADJECTIVE'" in p for p in found)


def test_booster_must_be_certain_and_conflicts_across_files(lexicon_dir: Path) -> None:
    (lexicon_dir / "boosters.tsv").write_text(HEADER + "clairement\tprobable\t-\npossible/ADJ\tcertain\t-\n")
    found = problems_of(lexicon_dir)
    assert any(p.endswith("boosters.tsv:3:12: a booster's level must be certain, not probable") for p in found)
    assert any("boosters.tsv:4:1: 'possible/ADJ' is also in" in p and "hedges.tsv" in p for p in found)


def test_all_problems_are_listed_at_once(lexicon_dir: Path) -> None:
    (lexicon_dir / "hedges.tsv").write_text(HEADER + "a\tbad\t-\nb\tworse\t-\n")
    (lexicon_dir / "abbreviations.tsv").write_text("abbreviation\tends_sentence\tnote\nM.\tmaybe\t\n")
    assert len(problems_of(lexicon_dir)) == 3


def test_unknown_file_is_reported(lexicon_dir: Path) -> None:
    (lexicon_dir / "hedgse.tsv").write_text(HEADER)
    [problem] = problems_of(lexicon_dir)
    assert "hedgse.tsv:1:1: unknown lexicon file" in problem


def test_loading_a_broken_folder_raises_with_every_problem(lexicon_dir: Path) -> None:
    (lexicon_dir / "hedges.tsv").write_text(HEADER + "a\tbad\t-\nb\tworse\t-\n")
    with pytest.raises(LexiconError) as raised:
        load_language("fr", lexicon_dir)
    assert len(raised.value.problems) == 2


def test_bom_and_crlf_are_reported_with_how_to_fix_them(lexicon_dir: Path) -> None:
    content = "\ufeff" + HEADER + "peut-être\tpossible\t-\n" + "x\tbad\t-\n"
    (lexicon_dir / "hedges.tsv").write_bytes(content.replace("\n", "\r\n").encode())
    found = problems_of(lexicon_dir)
    assert any(
        p.endswith("hedges.tsv:1:1: the file starts with a byte-order mark (BOM); save it as UTF-8 without BOM")
        for p in found
    )
    assert any(
        p.endswith("hedges.tsv:1:12: Windows line ends (CR LF); save the file with Unix line ends (LF)") for p in found
    )
    assert any("hedges.tsv:4:3: unknown level 'bad'" in p for p in found)  # the rest is still checked


def test_user_lexicon_changes_the_annotation(lexicon_dir: Path, fr: Annotator) -> None:
    sentence = "Le projet est ambitieux."
    assert fr(sentence).sentences[0].certainty.value == "certain"
    with (lexicon_dir / "hedges.tsv").open("a", encoding="utf-8") as f:
        f.write("ambitieux\tprobable\t-\ta test entry\n")
    line = len((lexicon_dir / "hedges.tsv").read_text(encoding="utf-8").splitlines())
    custom = Annotator("fr", lexicon_dir=lexicon_dir, backend=fr.backend)
    [result] = custom(sentence).sentences
    assert result.certainty.value == "probable"
    assert [(c.text, c.provenance.lexicon_ref) for c in result.cues] == [
        ("ambitieux", f"{lexicon_dir / 'hedges.tsv'}:{line}")
    ]

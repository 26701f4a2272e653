"""Reading a gold record: typed values, or the first field that is wrong, named by its place."""

from __future__ import annotations

from typing import Any

import pytest

from hedgecheck.evaluate import Coverage, DocumentPair, gold_record_problem, validate_gold
from hedgecheck.gold import GoldSentence, GoldShapeError, GoldSpan

TEXT = "« Personne n'a été prévenu », a raconté le maire."
SPEAKER = {"start": 40, "end": 48, "text": "le maire"}
RECORD: dict[str, Any] = {
    "doc": "d", "index": 0, "start": 0, "end": len(TEXT), "text": TEXT,
    "attribution": "named", "certainty": "certain", "note": "a field the scorer does not read",
    "attributions": [{"type": "named", "main": True, "source": SPEAKER, "cue": None, "refers_to": SPEAKER}],
    "cues": [{"start": 30, "end": 39, "text": "a raconté", "level": "certain"}],
}  # fmt: skip


def test_a_record_is_read_into_typed_values() -> None:
    gold = GoldSentence.from_dict(RECORD)
    assert (gold.doc, gold.index, gold.span) == ("d", 0, GoldSpan(0, len(TEXT), TEXT))
    [attribution] = gold.attributions
    assert attribution.main and attribution.cue is None  # v1.3 §4: null where the sentence has none
    assert attribution.spans == [("source", GoldSpan(40, 48, "le maire"))]  # refers_to is a mention elsewhere
    assert attribution.refers_to == attribution.source
    [cue] = gold.cues
    assert (cue.level, cue.kind) == ("certain", "unspecified")  # gold files may leave the kind out
    assert gold.phenomena == ()
    assert validate_gold(DocumentPair("d", (gold,), TEXT, "d.gold.jsonl")) == []


def test_a_cue_without_a_kind_is_counted_as_unspecified() -> None:
    cues = [{**RECORD["cues"][0], "kind": "reporting_verb"}, RECORD["cues"][0]]
    gold = GoldSentence.from_dict({**RECORD, "cues": cues, "phenomena": ["quotation"]})
    coverage = Coverage.of([DocumentPair("d", (gold,), TEXT, "d.gold.jsonl")])
    assert coverage.cue_kinds == {"reporting_verb": 1, "unspecified": 1}
    assert coverage.phenomena == {"quotation": 1}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"attributions": [RECORD["attributions"][0], {"type": "media", "cue": {**SPEAKER, "end": -1}}]},
         "attributions[1].cue: end is a whole number from 0"),
        ({"attributions": [{"type": "media", "main": 1}]}, "attributions[0]: main is true or false"),
        ({"cues": [{**SPEAKER, "start": True, "level": "certain"}]}, "cues[0]: start is a whole number from 0"),
        ({"cues": [{**SPEAKER, "level": None}]}, "cues[0]: level is a string"),
        ({"end": "47"}, "the sentence: end is a whole number from 0"),
        ({"index": -1, "cues": [1]}, "index is a whole number from 0"),  # the first wrong field in record order
        ({"attribution": 1, "attributions": {}}, "attribution is a string"),
        ({"doc": None, "start": None}, "the sentence: start is a whole number from 0"),
    ],
    ids=["nested-span", "main", "bool-offset", "level", "sentence-end", "index-first", "label-first", "span-first"],
)  # fmt: skip
def test_a_wrong_field_is_named_by_its_place(change: dict[str, Any], message: str) -> None:
    with pytest.raises(GoldShapeError) as raised:
        GoldSentence.from_dict({**RECORD, **change})
    assert str(raised.value) == message
    assert gold_record_problem({**RECORD, **change}) == message
    assert gold_record_problem(RECORD) is None

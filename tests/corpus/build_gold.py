"""Build gold JSONL (ANNOTATION.md §4) from a hand-written draft.

A corpus author writes two files per document:

* ``NAME.txt`` — the document text, exactly as a reader would get it;
* ``NAME.draft.json`` — its sentences in order, each with its labels, and the
  spans given as *strings* found inside the sentence (``"cue": "a déclaré"``).
  A string that occurs more than once in its sentence takes a suffix ``#N``
  for the N-th occurrence (``"a dit#2"``).

``python tests/corpus/build_gold.py DRAFT.json [...] --out DIR`` finds every
sentence in the text (in order), every span in its sentence, computes the
offsets, checks the result with hedgecheck's gold validator, and writes
``DIR/NAME.txt`` and ``DIR/NAME.gold.jsonl``. Draft format:

    {"doc": "fr-pol-001",
     "sentences": [
       {"text": "Le ministre aurait démissionné, selon Le Monde.",
        "attribution": "media",
        "attributions": [{"type": "media", "source": "Le Monde", "cue": "selon",
                          "main": true, "content": "Le ministre aurait démissionné"}],
        "certainty": "possible",
        "cues": [{"text": "aurait", "level": "possible", "kind": "conditional"}],
        "phenomena": ["journalistic_conditional"]}]}

Guidelines v1.3 §4: a sentence that holds no source of its own (a sentence of a
quotation whose tag stands in another sentence, §2 rule 11) has a main
attribution with ``"source": null`` (and ``"cue": null`` when the cue stands
elsewhere too), ``"inherited": "quotation"``, and ``"refers_to"`` naming the
speaker's mention in another sentence of the document by that sentence's
position and a string inside it: ``{"sentence": 4, "text": "le maire"}``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from hedgecheck.evaluate import DocumentPair, validate_gold
from hedgecheck.gold import GoldSentence, GoldShapeError


class DraftError(ValueError):
    pass


def _parse_needle(needle: str) -> tuple[str, int, bool]:
    """``"a dit#2"`` → ("a dit", 2, True); a plain string is its first occurrence."""
    head, sep, tail = needle.rpartition("#")
    if sep and head and tail.isdigit():
        return head, int(tail), True
    return needle, 1, False


def _find(sentence: str, needle: str, where: str) -> tuple[int, int]:
    text, occurrence, explicit = _parse_needle(needle)
    position = -1
    for _ in range(occurrence):
        position = sentence.find(text, position + 1)
        if position == -1:
            raise DraftError(f"{where}: {text!r} (occurrence {occurrence}) not found in the sentence")
    if not explicit and sentence.find(text, position + 1) != -1:
        raise DraftError(f"{where}: {text!r} occurs more than once in the sentence; write {text}#1 or {text}#2")
    return position, position + len(text)


def _span(text: str, sentence_start: int, sentence: str, needle: str, where: str) -> dict[str, Any]:
    start, end = _find(sentence, needle, where)
    start += sentence_start
    end += sentence_start
    return {"start": start, "end": end, "text": text[start:end]}


def _optional_span(text: str, start: int, sentence: str, needle: str | None, where: str) -> dict[str, Any] | None:
    return None if needle is None else _span(text, start, sentence, needle, where)


def _attribution(text: str, start: int, sentence: str, a: dict[str, Any], where: str) -> dict[str, Any]:
    item: dict[str, Any] = {
        "type": a["type"],
        "source": _optional_span(text, start, sentence, a["source"], where),
        "cue": _optional_span(text, start, sentence, a["cue"], where),
        "main": bool(a["main"]),
    }
    if a.get("content"):
        item["content"] = _span(text, start, sentence, a["content"], where)
    if a.get("refers_to") is not None:
        item["refers_to"] = a["refers_to"]  # resolved once every sentence has its offsets
    if a.get("inherited"):
        item["inherited"] = a["inherited"]
    return item


def _resolve_references(records: list[dict[str, Any]], text: str, where: str) -> None:
    """``{"sentence": K, "text": "..."}`` → the span of that string in sentence K of the document."""
    for record in records:
        for a in record["attributions"]:
            reference = a.get("refers_to")
            if reference is None:
                continue
            k = reference.get("sentence")
            if not isinstance(k, int) or not 0 <= k < len(records):
                raise DraftError(f"{where} sentence {record['index']}: refers_to names no sentence of the document")
            target = records[k]
            a["refers_to"] = _span(text, target["start"], target["text"], reference["text"], f"{where} sentence {k}")


def build(draft_path: Path, text_path: Path) -> list[dict[str, Any]]:
    draft = json.loads(draft_path.read_text(encoding="utf-8"))
    text = text_path.read_text(encoding="utf-8")
    doc = draft["doc"]
    records = []
    cursor = 0
    for index, sent in enumerate(draft["sentences"]):
        where = f"{draft_path.name} sentence {index}"
        start = text.find(sent["text"], cursor)
        if start == -1:
            raise DraftError(f"{where}: sentence not found in the text after offset {cursor}: {sent['text'][:60]!r}")
        if text[cursor:start].strip():
            raise DraftError(f"{where}: text skipped before this sentence: {text[cursor:start]!r}")
        end = start + len(sent["text"])
        attributions = [_attribution(text, start, sent["text"], a, where) for a in sent.get("attributions", [])]
        cues = []
        for c in sent.get("cues", []):
            span = _span(text, start, sent["text"], c["text"], where)
            cues.append({**span, "level": c["level"], "kind": c.get("kind", "hedge")})
        record = {
            "doc": doc,
            "index": index,
            "start": start,
            "end": end,
            "text": sent["text"],
            "attribution": sent["attribution"],
            "attributions": attributions,
            "certainty": sent["certainty"],
            "cues": cues,
        }
        if sent.get("phenomena"):
            record["phenomena"] = list(sent["phenomena"])
        records.append(record)
        cursor = end
    if text[cursor:].strip():
        raise DraftError(f"{draft_path.name}: text after the last sentence is in no sentence: {text[cursor:][:60]!r}")
    _resolve_references(records, text, draft_path.name)
    try:
        gold = tuple(GoldSentence.from_dict(record) for record in records)
    except GoldShapeError as error:
        raise DraftError(f"{draft_path.name}: {error}") from None
    problems = validate_gold(DocumentPair(doc, gold, text, str(draft_path)))
    if problems:
        raise DraftError("\n".join(problems))
    return records


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("drafts", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, required=True, help="folder for NAME.txt and NAME.gold.jsonl")
    args = parser.parse_args(argv)
    failed = 0
    for draft_path in args.drafts:
        name = draft_path.name.removesuffix(".draft.json")
        text_path = draft_path.with_name(name + ".txt")
        try:
            records = build(draft_path, text_path)
        except (DraftError, KeyError, json.JSONDecodeError) as error:
            print(f"{draft_path}: {type(error).__name__}: {error}", file=sys.stderr)
            failed += 1
            continue
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / f"{name}.txt").write_text(text_path.read_text(encoding="utf-8"), encoding="utf-8")
        with (args.out / f"{name}.gold.jsonl").open("w", encoding="utf-8") as out:
            for record in records:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        print(f"{draft_path}: {len(records)} sentences -> {args.out / (name + '.gold.jsonl')}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

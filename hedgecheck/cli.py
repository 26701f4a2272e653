"""The command line: a thin layer over the library.

``hedgecheck annotate``, ``hedgecheck evaluate`` and ``hedgecheck lexicon
check``. Every expected failure (bad file, bad lexicon, missing model) is one
line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

import attrs

from hedgecheck.annotator import Annotator, guess_language
from hedgecheck.backends import BackendError
from hedgecheck.evaluate import GoldError, evaluate_pairs, load_gold, validate_gold
from hedgecheck.html import render_html
from hedgecheck.lexicon import LexiconError, check_lexicon_dir
from hedgecheck.model import DocumentAnnotation, SentenceAnnotation

__all__ = ["main"]

EXIT_USAGE = 2
EXIT_FAILURE = 1


class InputError(ValueError):
    """An input file cannot be read as text."""


def read_text(path: str) -> str:
    """Read a UTF-8 file, or standard input for ``-``; fail with a located message."""
    try:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, not a text file") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror})") from None
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line = before.count(b"\n") + 1
        column = error.start - (before.rfind(b"\n") + 1) + 1
        name = "standard input" if path == "-" else path
        raise InputError(
            f"{name}:{line}:{column}: not valid UTF-8 (byte 0x{data[error.start]:02x}); "
            "convert the file to UTF-8 first (e.g. iconv -f latin1 -t utf-8)"
        ) from None


def _doc_id(path: str) -> str:
    if path == "-":
        return "stdin"
    name = Path(path).name
    return name[: -len(".txt")] if name.endswith(".txt") else name


def _lines(text: str) -> list[str]:
    """Input lines for --sentences: split on newlines only, a final newline ends the last line."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line.removesuffix("\r") for line in lines]


# --------------------------------------------------------------------------
# Output formats


def format_sentence_text(sentence: SentenceAnnotation) -> str:
    grade = f" · {sentence.sourcing.grade}" if sentence.sourcing is not None else ""
    labels = f"{sentence.certainty.value} · {sentence.attribution.value}{grade}"
    lines = [f"[{sentence.index}] {labels}  ({sentence.start}-{sentence.end})"]
    lines.append(f"    {sentence.text}")
    for a in sentence.attributions:
        role = "main" if a.main else "also"
        refers = f" = {a.refers_to.text!r}" if a.refers_to is not None else ""
        lines.append(f"    source ({role}, {a.type.value}): {a.source.text!r}{refers} via {a.cue.text!r} ({a.typing})")
    for cue in sentence.cues:
        lines.append(f"    cue {cue.text!r}: {cue.level.value}, {cue.kind.value} ({cue.provenance})")
    return "\n".join(lines)


def format_document_text(doc: DocumentAnnotation) -> str:
    header = f"== {doc.doc or 'document'} ({doc.lang}) =="
    profile = "\n".join("  " + line for line in doc.profile.format().splitlines())
    return "\n".join([header, profile, "", *(format_sentence_text(s) for s in doc.sentences)]) + "\n"


CSV_COLUMNS = (
    "doc",
    "index",
    "start",
    "end",
    "lang",
    "attribution",
    "certainty",
    "sourcing",
    "source",
    "source_cue",
    "cues",
    "text",
)


def _write_documents(docs: Iterator[DocumentAnnotation], fmt: str, out: TextIO) -> None:
    if fmt == "html":
        out.write(render_html(docs))
        return
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for doc in docs:
            writer.writerows(doc.rows())
        return
    if fmt == "json":
        out.write("[")
        for n, doc in enumerate(docs):
            out.write(("," if n else "") + "\n" + json.dumps(doc.to_dict(), ensure_ascii=False))
        out.write("\n]\n")
        return
    for doc in docs:
        out.write(doc.to_jsonl() if fmt == "jsonl" else format_document_text(doc))
        out.flush()


class _Annotators:
    """One annotator per language, loaded when a text in that language first comes."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.lang: str | None = None if args.lang in (None, "auto") else args.lang
        self.model: str | None = args.model
        self.lexicons: str | None = args.lexicons
        self._loaded: dict[str, Annotator] = {}

    def for_text(self, text: str) -> Annotator:
        return self.get(self.lang or guess_language(text))

    def get(self, lang: str) -> Annotator:
        if lang not in self._loaded:
            self._loaded[lang] = Annotator(lang, model=self.model, lexicon_dir=self.lexicons)
        return self._loaded[lang]


# --------------------------------------------------------------------------
# Commands


def cmd_annotate(args: argparse.Namespace) -> int:
    annotators = _Annotators(args)
    paths: list[str] = args.files
    out = sys.stdout
    if args.sentences:

        def sentence_docs() -> Iterator[DocumentAnnotation]:
            for path in paths:
                stem = _doc_id(path)
                text = read_text(path)
                lines = _lines(text)
                # Lines are short: the language is told from the whole input, not line by line.
                annotator = annotators.for_text(text)
                for number, sentence in enumerate(annotator.annotate_sentences(lines), start=1):
                    doc_id = f"{stem}:{number}"
                    record = attrs.evolve(sentence, index=0, doc=doc_id)
                    yield DocumentAnnotation(
                        text=lines[number - 1], sentences=[record], lang=annotator.lang, doc=doc_id
                    )

        _write_documents(sentence_docs(), args.format, out)
        return 0
    if annotators.lang is not None:
        texts = (read_text(path) for path in paths)
        annotator = annotators.get(annotators.lang)
        _write_documents(annotator.pipe(texts, ids=[_doc_id(p) for p in paths]), args.format, out)
        return 0

    def detected() -> Iterator[DocumentAnnotation]:
        for path in paths:
            text = read_text(path)
            yield annotators.for_text(text)(text, doc=_doc_id(path))

    _write_documents(detected(), args.format, out)
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    pairs = load_gold(Path(args.gold), Path(args.text) if args.text else None)
    problems = [p for pair in pairs for p in validate_gold(pair)]
    if problems:
        for problem in problems:
            print(f"gold: {problem}", file=sys.stderr)
        return EXIT_FAILURE
    annotators = _Annotators(args)
    sample = next((p.text or " ".join(r["text"] for r in p.gold) for p in pairs), "")
    report = evaluate_pairs(annotators.for_text(sample), pairs)
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(report.format(args.max_disagreements))
    return 0


def cmd_lexicon_check(args: argparse.Namespace) -> int:
    problems = check_lexicon_dir(args.dir)
    for problem in problems:
        print(problem, file=sys.stderr)
    where = args.dir or "built-in lexicons"
    if problems:
        print(f"{where}: {len(problems)} problem(s)", file=sys.stderr)
        return EXIT_FAILURE
    print(f"{where}: OK")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hedgecheck",
        description="Who each sentence's claim comes from, and how certain it is presented.",
    )
    commands = parser.add_subparsers(dest="command", required=True)

    def language_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("--lang", default=None, help="language of the text: fr, en (default: told from the text)")
        p.add_argument("--model", help="installed spaCy pipeline to use (default: the language's own)")
        p.add_argument("--lexicons", metavar="DIR", help="lexicon folder to use instead of the built-in one")

    annotate = commands.add_parser("annotate", help="annotate texts")
    annotate.add_argument("files", nargs="+", metavar="FILE", help="UTF-8 text files, or - for standard input")
    language_options(annotate)
    annotate.add_argument("--format", choices=("jsonl", "json", "text", "csv", "html"), default="jsonl")
    annotate.add_argument(
        "--sentences", action="store_true", help="every input line is one sentence (one record per line, in order)"
    )
    annotate.set_defaults(handler=cmd_annotate)

    evaluate = commands.add_parser("evaluate", help="score against gold annotations")
    evaluate.add_argument("gold", metavar="GOLD", help="a .gold.jsonl file or a folder of them")
    evaluate.add_argument("--text", help="the document text (default: NAME.txt beside NAME.gold.jsonl)")
    language_options(evaluate)
    evaluate.add_argument("--json", action="store_true", help="print the scores as JSON")
    evaluate.add_argument("--max-disagreements", type=int, default=50, metavar="N")
    evaluate.set_defaults(handler=cmd_evaluate)

    lexicon = commands.add_parser("lexicon", help="work with lexicon folders")
    lexicon_commands = lexicon.add_subparsers(dest="lexicon_command", required=True)
    check = lexicon_commands.add_parser("check", help="validate lexicon files")
    check.add_argument("dir", nargs="?", metavar="DIR", help="a language folder or a root of them (default: built-in)")
    check.set_defaults(handler=cmd_lexicon_check)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args))
    except (InputError, GoldError, BackendError) as error:
        print(f"hedgecheck: error: {error}", file=sys.stderr)
        return EXIT_USAGE if isinstance(error, InputError) else EXIT_FAILURE
    except LexiconError as error:
        for problem in error.problems:
            print(f"hedgecheck: error: {problem}", file=sys.stderr)
        return EXIT_FAILURE
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("hedgecheck: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())

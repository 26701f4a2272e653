"""The command line: a thin layer over the library.

``hedgecheck annotate``, ``hedgecheck evaluate`` and ``hedgecheck lexicon
check``. Every expected failure (bad file, bad lexicon, missing model) is one
line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from hedgecheck.backends import BackendError
from hedgecheck.corpus import (
    MAX_DOCUMENT_BYTES,
    BadDocument,
    DocumentSummary,
    InputError,
    InputFile,
    SourceDocument,
    completed_documents,
    document_id,
    documents,
    input_files,
    summarize,
)
from hedgecheck.evaluate import (
    GoldError,
    diff_predictions,
    evaluate_pairs,
    load_gold,
    load_predictions,
    validate_gold,
)
from hedgecheck.formats import FORMATS, OutputWriter
from hedgecheck.language_id import guess_language
from hedgecheck.lexicon import LexiconError, check_lexicon_dir
from hedgecheck.output import STDOUT_NAME, OutputError, Sink, Target, locked, refuse_inputs, target_of, writing
from hedgecheck.pool import WorkerError
from hedgecheck.progress import Progress, count_documents
from hedgecheck.runner import Item, Output, Settings, annotating

if TYPE_CHECKING:  # the annotator imports spaCy: only the commands that annotate load it
    from hedgecheck.annotator import Annotator

__all__ = ["main"]

EXIT_USAGE = 2
EXIT_FAILURE = 1


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
        from hedgecheck.annotator import Annotator

        if lang not in self._loaded:
            self._loaded[lang] = Annotator(lang, model=self.model, lexicon_dir=self.lexicons)
        return self._loaded[lang]


class _Skips:
    """The error policy of a run: a bad document is reported and skipped, or (--strict) stops the run."""

    def __init__(self, strict: bool, progress: Progress) -> None:
        self.strict = strict
        self.progress = progress
        self.count = 0

    def __call__(self, bad: BadDocument) -> None:
        if self.strict:
            raise InputError(f"{bad} (--strict stops at the first bad document)")
        self.count += 1
        self.progress.note(str(bad))
        self.progress.advance()

    def verdict(self) -> int:
        """The exit status: a run that skipped a document says so, and fails."""
        if not self.count:
            return 0
        print(
            f"hedgecheck: {self.count} bad document(s) skipped, listed above; "
            f"the other {self.progress.documents} are annotated",
            file=sys.stderr,
        )
        return EXIT_FAILURE


# --------------------------------------------------------------------------
# Commands


def _inputs(args: argparse.Namespace) -> list[InputFile]:
    """Every input file, found (and a missing one refused) before anything is written."""
    if not args.sentences:
        return input_files(args.files, input_format=args.input_format, pattern=args.glob)
    files = []
    for path in args.files:
        if path != "-" and Path(path).is_dir():
            raise InputError(f"{path}: is a folder, not a text file (--sentences reads files)")
        if path != "-" and not os.path.lexists(path):
            raise InputError(f"{path}: no such file")
        files.append(InputFile(path, document_id(path), jsonl=False))
    return files


def _check_resume(args: argparse.Namespace) -> None:
    if not args.resume:
        return
    if args.output is None:
        raise InputError("--resume needs --output FILE: the file to continue")
    if args.format != "jsonl":
        raise InputError(f"--resume continues JSONL output; it cannot continue --format {args.format}")


def _settings(args: argparse.Namespace) -> Settings:
    lang = None if args.lang in (None, "auto") else args.lang
    return Settings(model=args.model, lexicons=args.lexicons, fmt=args.format, sentences=args.sentences, lang=lang)


def _items(settings: Settings, docs: Iterator[SourceDocument], skip: set[str], progress: Progress) -> Iterator[Item]:
    for doc in docs:
        if doc.id in skip and not settings.sentences:
            progress.advance()  # --resume: in the output already
            continue
        # Without --lang, each document's language is told from its text (no model needed for that).
        yield settings.lang or guess_language(doc.text), doc.id, doc.text


def _write(results: Iterable[list[Output]], skip: set[str], writer: OutputWriter, progress: Progress) -> None:
    writer.start()
    for outputs in results:
        for doc_id, sentences, text in outputs:
            if doc_id in skip:  # --sentences --resume: every line is annotated, the ones written are not rewritten
                continue
            writer.add(text)
            progress.done(sentences)
        progress.advance()
    writer.finish()


def cmd_annotate(args: argparse.Namespace) -> int:
    _check_resume(args)
    target = target_of(args.output)
    files = _inputs(args)
    refuse_inputs(target, [f.path for f in files])
    settings = _settings(args)
    progress = Progress(sys.stderr, enabled=not args.quiet)
    skips = _Skips(args.strict, progress)
    docs = documents(files, id_field=args.id_field, text_field=args.text_field, max_bytes=args.max_bytes, on_bad=skips)
    with annotating(settings, args.workers) as annotate, locked(target):
        # Read under the lock: another run cannot be adding to the file meanwhile.
        skip = completed_documents(target.path) if args.resume and target.path is not None else set()
        with writing(target, append=args.resume) as out:
            writer = OutputWriter(args.format, out)
            try:
                progress.start(lambda: count_documents(files))
                _write(annotate(_items(settings, docs, skip, progress)), skip, writer, progress)
            except WorkerError as error:
                raise WorkerError(f"{error}; {_what_is_kept(target, args.resume, writer.written)}") from None
            finally:
                progress.close()
    return skips.verdict()


def _what_is_kept(target: Target, resume: bool, written: int) -> str:
    """After a worker died: what the output holds now, and how to go on."""
    if target.path is None or not target.regular:
        return f"this run wrote {written:,} document(s) to {target.name}"
    if resume:
        return f"this run wrote {written:,} document(s) to {target.name}; run again with --resume to continue"
    # Without --resume the output takes its name only when the run ends (hedgecheck.output).
    return f"{target.name} is left as it was; run again, with --resume to keep what a run writes if it stops"


def _stdout() -> Sink:
    """Standard output for the commands' reports: a full disk is an error naming it."""
    return Sink(sys.stdout, STDOUT_NAME)


def _say(text: str = "") -> None:
    _stdout().write(text + "\n")


def cmd_summarize(args: argparse.Namespace) -> int:
    documents, corpus = summarize(Path(args.annotations))
    # A share per grade the annotations hold: the grades are the grade table's, not ours.
    rows = [d.row(corpus.grades) for d in documents]
    overall = DocumentSummary("(all)", corpus).row(corpus.grades)
    if args.format == "csv":
        writer = csv.DictWriter(_stdout(), fieldnames=list(overall), lineterminator="\n")
        writer.writeheader()
        writer.writerows([*rows, overall])
        return 0
    columns = [c for c in overall if c not in ("doc", "top_sources")]
    _say("  ".join([f"{'doc':<24}", *columns]))
    for row in [*rows, overall]:
        cells = [f"{row[c]:>{len(c)}.1%}" if isinstance(row[c], float) else f"{row[c]:>{len(c)}}" for c in columns]
        _say("  ".join([f"{str(row['doc'])[:24]:<24}", *cells]))
    _say()
    _say("top sources overall:")
    for source in corpus.sources[: args.top]:
        _say(f"  {source.sentences:>6}  {source.type.value:<12} {source.text}")
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    pairs = load_gold(Path(args.gold), Path(args.text) if args.text else None)
    problems = [p for pair in pairs for p in validate_gold(pair)]
    if problems:
        for problem in problems:
            print(f"gold: {problem}", file=sys.stderr)
        return EXIT_FAILURE
    # Everything is read, and the output checked, before the long part.
    before = load_predictions(Path(args.diff)) if args.diff else None
    save = target_of(args.save) if args.save else None
    if save is not None:
        inputs = {p.source for p in pairs} | {p.text_source for p in pairs if p.text_source} | {args.diff or ""}
        refuse_inputs(save, sorted(i for i in inputs if i))
    annotators = _Annotators(args)
    sample = next((p.text or " ".join(r.span.text for r in p.gold) for p in pairs), "")
    report = evaluate_pairs(annotators.for_text(sample), pairs)
    if args.json:
        _say(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        _say(report.format(args.max_disagreements))
    if save is not None:
        with locked(save), writing(save) as out:
            for prediction in report.predictions:
                out.write(json.dumps(prediction, ensure_ascii=False) + "\n")
    if before is not None:
        changes = diff_predictions(before, report.predictions)
        _say(f"\nchanged since {args.diff}: {len(changes)} label(s)")
        for line in changes:
            _say(line)
    return 0


def cmd_lexicon_check(args: argparse.Namespace) -> int:
    problems = check_lexicon_dir(args.dir)
    for problem in problems:
        print(problem, file=sys.stderr)
    where = args.dir or "built-in lexicons"
    if problems:
        print(f"{where}: {len(problems)} problem(s)", file=sys.stderr)
        return EXIT_FAILURE
    _say(f"{where}: OK")
    return 0


def _positive(text: str) -> int:
    try:
        value = int(text.replace("_", "").replace(",", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {text!r}")
    return value


def _archive_options(annotate: argparse.ArgumentParser) -> None:
    """How annotate reads folders and JSONL documents, and what it does with a bad one."""
    annotate.add_argument("--glob", default="*.txt", help="which files of a folder to read (default: *.txt)")
    annotate.add_argument(
        "--input-format", choices=("auto", "text", "jsonl"), default="auto", help="auto: .jsonl files are documents"
    )
    annotate.add_argument("--id-field", default="id", help="JSONL field holding the document id (default: id)")
    annotate.add_argument("--text-field", default="text", help="JSONL field holding the text (default: text)")
    annotate.add_argument(
        "--strict", action="store_true", help="stop at the first bad document (default: report it, skip it, go on)"
    )
    annotate.add_argument(
        "--max-bytes",
        type=_positive,
        default=MAX_DOCUMENT_BYTES,
        metavar="N",
        help=f"a larger document (file or JSONL line) is a bad document (default: {MAX_DOCUMENT_BYTES:,})",
    )


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

    annotate = commands.add_parser("annotate", help="annotate texts, files, folders or JSONL documents")
    annotate.add_argument(
        "files", nargs="+", metavar="FILE", help="UTF-8 text files, folders, .jsonl documents, or - for standard input"
    )
    language_options(annotate)
    annotate.add_argument("--format", choices=FORMATS, default="jsonl")
    annotate.add_argument(
        "--sentences", action="store_true", help="every input line is one sentence (one record per line, in order)"
    )
    annotate.add_argument(
        "--output", "-o", metavar="FILE", help="write here instead of standard output (replaced when the run ends)"
    )
    annotate.add_argument(
        "--resume",
        action="store_true",
        help="append to --output, skipping the documents it holds: a run to continue after an interruption",
    )
    annotate.add_argument(
        "--workers", type=_positive, default=1, metavar="N", help="processes that annotate (default: 1, this one)"
    )
    annotate.add_argument("--quiet", action="store_true", help="no progress bar on standard error")
    _archive_options(annotate)
    annotate.set_defaults(handler=cmd_annotate)

    evaluate = commands.add_parser("evaluate", help="score against gold annotations")
    evaluate.add_argument("gold", metavar="GOLD", help="a .gold.jsonl file or a folder of them")
    evaluate.add_argument("--text", help="the document text (default: NAME.txt beside NAME.gold.jsonl)")
    language_options(evaluate)
    evaluate.add_argument("--json", action="store_true", help="print the scores as JSON")
    evaluate.add_argument("--max-disagreements", type=int, default=50, metavar="N")
    evaluate.add_argument("--save", metavar="FILE", help="save this run's predictions (for a later --diff)")
    evaluate.add_argument("--diff", metavar="BEFORE", help="list the sentences whose labels changed since a --save")
    evaluate.set_defaults(handler=cmd_evaluate)

    summary = commands.add_parser("summarize", help="sourcing profiles of an annotation file, per document and overall")
    summary.add_argument("annotations", metavar="OUT.jsonl", help="the output of hedgecheck annotate")
    summary.add_argument("--format", choices=("table", "csv"), default="table")
    summary.add_argument("--top", type=int, default=10, help="how many sources to list (default: 10)")
    summary.set_defaults(handler=cmd_summarize)

    lexicon = commands.add_parser("lexicon", help="work with lexicon folders")
    lexicon_commands = lexicon.add_subparsers(dest="lexicon_command", required=True)
    check = lexicon_commands.add_parser("check", help="validate lexicon files")
    check.add_argument("dir", nargs="?", metavar="DIR", help="a language folder or a root of them (default: built-in)")
    check.set_defaults(handler=cmd_lexicon_check)
    return parser


def _run(args: argparse.Namespace) -> int:
    try:
        return int(args.handler(args))
    except (InputError, GoldError, BackendError, OutputError, WorkerError) as error:
        print(f"hedgecheck: error: {error}", file=sys.stderr)
        return EXIT_USAGE if isinstance(error, InputError) else EXIT_FAILURE
    except LexiconError as error:
        for problem in error.problems:
            print(f"hedgecheck: error: {problem}", file=sys.stderr)
        return EXIT_FAILURE
    except BrokenPipeError:
        return 0  # the reader is gone (``| head``): stop quietly
    except (OSError, UnicodeError) as error:
        # A last guard for the file system: one line, never a traceback.
        print(f"hedgecheck: error: {' '.join(str(error).split())}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("hedgecheck: interrupted", file=sys.stderr)
        return 130


def _settle_stdout(status: int) -> int:
    """Flush standard output while a failure can still be a message, not a traceback at exit."""
    try:
        sys.stdout.flush()
        return status
    except BrokenPipeError:
        pass
    except OSError as error:
        if status == 0:  # otherwise the run has reported its error already, perhaps this one
            print(f"hedgecheck: error: {STDOUT_NAME}: cannot write ({error.strerror or error})", file=sys.stderr)
            status = EXIT_FAILURE
    # Python flushes again at exit; what is left in the buffer goes nowhere instead of failing twice.
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return status


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return _settle_stdout(_run(args))


if __name__ == "__main__":
    sys.exit(main())

"""``hedgecheck annotate --workers 1`` against ``--workers 2`` on real-length French documents.

    python benchmarks/workers.py [--documents 330] [--repeat 3] [--workers 1 2] [--measure command api]

The documents are news-article length (about 700 words): three texts of our
French corpus (tests/corpus/fr) run together, in turn, until there are enough.
Each run is the whole command, start-up included, written to a file; the runs
must give the same bytes, and the figure is the median of ``--repeat`` runs.

With ``--measure api``, each run is instead a fresh Python process that reads
the same documents and annotates them with ``Annotator("fr", workers=N).pipe``,
writing every document's ``to_dict()`` as JSON, which must be the same bytes
for every N; ``api_pipe_only`` times the part after the annotator is built (its
own model loaded, the workers not yet started). ``--measure command api`` runs
both, interleaved, so that both see the same load.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "fr"


def write_folder(folder: Path, count: int, per_document: int = 3) -> int:
    """``count`` documents of ``per_document`` corpus texts each; returns the number of words."""
    texts = [p.read_text(encoding="utf-8").strip() for p in sorted(CORPUS.glob("*/*.txt"))]
    words = 0
    for n in range(count):
        parts = [texts[(n * per_document + k) % len(texts)] for k in range(per_document)]
        text = "\n\n".join(parts) + "\n"
        (folder / f"doc{n:04d}.txt").write_text(text, encoding="utf-8")
        words += len(text.split())
    return words


def timed_command(workers: int, folder: Path) -> tuple[float, str, float | None]:
    """One run of the whole command: its seconds and its output's digest."""
    exe = shutil.which("hedgecheck", path=str(Path(sys.executable).parent)) or "hedgecheck"
    output = folder.with_suffix(".jsonl")
    command = [exe, "annotate", "--lang", "fr", "--quiet", "--workers", str(workers), "-o", str(output), str(folder)]
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    seconds = time.perf_counter() - started
    return seconds, hashlib.sha256(output.read_bytes()).hexdigest(), None


def timed_api(workers: int, folder: Path) -> tuple[float, str, float | None]:
    """One ``--measure api`` run: the whole process's seconds, its output's digest, its pipe's seconds."""
    output = folder.with_suffix(".api.jsonl")
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, __file__, "--api-run", str(workers), str(folder), str(output)],
        check=True,
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - started
    return seconds, hashlib.sha256(output.read_bytes()).hexdigest(), float(done.stdout.split()[-1])


def api_run(workers: int, folder: Path, output: Path) -> None:
    """One api run, in a process of its own: prints the seconds of the pipe, after the annotator is built."""
    from hedgecheck import Annotator

    paths = sorted(folder.glob("*.txt"))
    with Annotator("fr", workers=workers) as annotator, output.open("w", encoding="utf-8") as out:
        started = time.perf_counter()
        texts = (p.read_text(encoding="utf-8") for p in paths)
        for doc in annotator.pipe(texts, ids=[p.stem for p in paths]):
            out.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
        print(round(time.perf_counter() - started, 2))


MEASURES = {"command": timed_command, "api": timed_api}


def processor_seconds() -> float:
    """User and system time of every finished child process, and of theirs (workers are waited for)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def summary(runs: dict[int, list[float]], words: int) -> dict[str, object]:
    medians = {w: statistics.median(s) for w, s in runs.items()}
    first = next(iter(runs))
    return {
        "runs_seconds": {str(w): [round(s, 1) for s in runs[w]] for w in runs},
        "median_seconds": {str(w): round(m, 1) for w, m in medians.items()},
        "words_per_second": {str(w): round(words / m) for w, m in medians.items()},
        "speed_up": {str(w): round(medians[first] / m, 2) for w, m in medians.items()},
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, default=330)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--measure", nargs="+", choices=sorted(MEASURES), default=["command"])
    parser.add_argument("--api-run", nargs=3, metavar=("WORKERS", "FOLDER", "OUTPUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.api_run:
        api_run(int(args.api_run[0]), Path(args.api_run[1]), Path(args.api_run[2]))
        return 0
    runs: dict[str, dict[int, list[float]]] = {m: {w: [] for w in args.workers} for m in args.measure}
    # Processor seconds of the run's processes, workers included: what a neighbour's load does not change much.
    cpus: dict[str, dict[int, list[float]]] = {m: {w: [] for w in args.workers} for m in args.measure}
    pipes: dict[int, list[float]] = {w: [] for w in args.workers}
    digests: dict[str, set[str]] = {m: set() for m in args.measure}
    loads = []  # Another process on the machine takes cores from the two-worker runs most: the load tells.
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "archive"
        folder.mkdir()
        words = write_folder(folder, args.documents)
        for _ in range(args.repeat):
            for measure in args.measure:
                for workers in args.workers:  # interleaved: a neighbour's load falls on all alike
                    loads.append(os.getloadavg()[0])
                    before = processor_seconds()
                    seconds, digest, pipe_seconds = MEASURES[measure](workers, folder)
                    cpus[measure][workers].append(processor_seconds() - before)
                    runs[measure][workers].append(seconds)
                    digests[measure].add(digest)
                    if pipe_seconds is not None:
                        pipes[workers].append(pipe_seconds)
    loads.append(os.getloadavg()[0])
    result: dict[str, object] = {"documents": args.documents, "words": words}
    for measure in args.measure:
        result[measure] = {
            **summary(runs[measure], words),
            "median_processor_seconds": {str(w): round(statistics.median(c), 1) for w, c in cpus[measure].items()},
            "identical_output": len(digests[measure]) == 1,
        }
    if "api" in args.measure:
        result["api_pipe_only"] = summary(pipes, words)
    result["load_average_at_each_run"] = [round(load, 2) for load in loads]
    json.dump(result, sys.stdout, indent=2)
    print()
    return 0 if all(len(d) == 1 for d in digests.values()) else 1


if __name__ == "__main__":
    sys.exit(main())

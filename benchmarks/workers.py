"""``hedgecheck annotate --workers 1`` against ``--workers 2`` on real-length French documents.

    python benchmarks/workers.py [--documents 330] [--repeat 3] [--workers 1 2]

The documents are news-article length (about 700 words): three texts of our
French corpus (tests/corpus/fr) run together, in turn, until there are enough.
Each run is the whole command, start-up included, written to a file; the runs
must give the same bytes, and the figure is the median of ``--repeat`` runs.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
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


def timed(command: list[str], output: Path) -> tuple[float, str]:
    started = time.perf_counter()
    subprocess.run([*command, "-o", str(output)], check=True, stdout=subprocess.DEVNULL)
    seconds = time.perf_counter() - started
    return seconds, hashlib.sha256(output.read_bytes()).hexdigest()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, default=330)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    exe = shutil.which("hedgecheck", path=str(Path(sys.executable).parent)) or "hedgecheck"
    runs: dict[int, list[float]] = {w: [] for w in args.workers}
    digests: set[str] = set()
    # Another process on the machine takes cores from the two-worker runs most: the load tells.
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "archive"
        folder.mkdir()
        words = write_folder(folder, args.documents)
        for _ in range(args.repeat):
            for workers in args.workers:  # interleaved: a neighbour's load falls on both alike
                command = [exe, "annotate", "--lang", "fr", "--quiet", "--workers", str(workers), str(folder)]
                seconds, digest = timed(command, Path(tmp) / f"out-{workers}.jsonl")
                runs[workers].append(seconds)
                digests.add(digest)
    medians = {w: statistics.median(s) for w, s in runs.items()}
    first = args.workers[0]
    result = {
        "documents": args.documents,
        "words": words,
        "runs_seconds": {str(w): [round(s, 1) for s in runs[w]] for w in args.workers},
        "median_seconds": {str(w): round(m, 1) for w, m in medians.items()},
        "words_per_second": {str(w): round(words / m) for w, m in medians.items()},
        "speed_up": {str(w): round(medians[first] / m, 2) for w, m in medians.items()},
        "identical_output": len(digests) == 1,
        "load_average_before_after": [round(load_before, 2), round(os.getloadavg()[0], 2)],
    }
    json.dump(result, sys.stdout, indent=2)
    print()
    return 0 if len(digests) == 1 else 1


if __name__ == "__main__":
    sys.exit(main())

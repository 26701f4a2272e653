"""Peak memory of a streaming run on a 1 MB and a 10 MB corpus (JSONL documents).

    python benchmarks/memory.py [--lang fr] [--sizes 1 10]

Each run is a fresh ``hedgecheck annotate --output`` process over a JSONL file of
our corpus documents repeated to the size; its peak resident memory is read from
the operating system. Streaming means the 10 MB figure should stay close to the
1 MB one: the model dominates, not the text.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"


def write_corpus(path: Path, lang: str, megabytes: float) -> int:
    texts = [p.read_text(encoding="utf-8") for p in sorted((CORPUS / lang).glob("*/*.txt"))]
    size = count = 0
    with path.open("w", encoding="utf-8") as out:
        while size < megabytes * 1_000_000:
            for text in texts:
                line = json.dumps({"id": f"d{count}", "text": text}, ensure_ascii=False) + "\n"
                out.write(line)
                size += len(text.encode("utf-8"))
                count += 1
    return count


def peak_of(command: list[str]) -> tuple[int, float]:
    """Peak RSS in MB of one child process, measured by a wrapper that runs only it."""
    wrapper = (
        "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True); "
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", wrapper, *command], capture_output=True, text=True, check=True)
    return int(result.stdout.split()[-1]) // 1024, time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lang", default="fr")
    parser.add_argument("--sizes", type=float, nargs="+", default=[1.0, 10.0])
    args = parser.parse_args()
    exe = shutil.which("hedgecheck", path=str(Path(sys.executable).parent)) or "hedgecheck"
    results = []
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            corpus = Path(folder) / f"corpus-{size}.jsonl"
            documents = write_corpus(corpus, args.lang, size)
            output = Path(folder) / f"out-{size}.jsonl"
            peak, seconds = peak_of([exe, "annotate", "--lang", args.lang, "--quiet", "-o", str(output), str(corpus)])
            results.append(
                {"megabytes": size, "documents": documents, "peak_rss_megabytes": peak, "seconds": round(seconds)}
            )
    ratio = results[-1]["peak_rss_megabytes"] / results[0]["peak_rss_megabytes"]
    json.dump({"runs": results, "peak_ratio_last_to_first": round(ratio, 3)}, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Throughput of hedgecheck against plain spaCy on the same texts, in the same run.

    python benchmarks/throughput.py [--lang fr] [--model NAME] [--megabytes 1]

The corpus is our own regression corpus (tests/corpus/LANG), repeated until it
reaches the requested size. Both runs parse the same texts with the same model;
the figure that matters is the ratio hedgecheck / spaCy (words per second), which
does not depend on the machine. Start-up (import, model, lexicons) is timed apart
(and in detail by startup.py); ``--workers`` is measured by workers.py.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"


def corpus(lang: str, megabytes: float) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((CORPUS / lang).glob("*/*.txt"))]
    out: list[str] = []
    size = 0
    while size < megabytes * 1_000_000:
        for text in texts:
            out.append(text)
            size += len(text.encode("utf-8"))
    return out


def words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lang", default="fr")
    parser.add_argument("--megabytes", type=float, default=1.0)
    parser.add_argument("--model", default=None, help="a spaCy pipeline other than the language's default")
    args = parser.parse_args()

    started = time.perf_counter()
    import hedgecheck

    annotator = hedgecheck.Annotator(args.lang, model=args.model)
    startup = time.perf_counter() - started
    nlp = annotator.backend.nlp  # type: ignore[attr-defined]
    texts = corpus(args.lang, args.megabytes)
    n_words = words(texts)

    # Warm both paths on a little text first, so neither pays for lazy initialisation.
    list(nlp.pipe(texts[:5]))
    list(annotator.pipe(texts[:5]))

    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    spacy_seconds = time.perf_counter() - started

    started = time.perf_counter()
    sentences = 0
    for doc in annotator.pipe(texts):
        sentences += len(doc.sentences)
    hedgecheck_seconds = time.perf_counter() - started

    result = {
        "lang": args.lang,
        "model": annotator.backend.nlp.meta["name"],  # type: ignore[attr-defined]
        "megabytes": round(sum(len(t.encode("utf-8")) for t in texts) / 1e6, 2),
        "documents": len(texts),
        "words": n_words,
        "sentences": sentences,
        "startup_seconds": round(startup, 2),
        "spacy_words_per_second": round(n_words / spacy_seconds),
        "hedgecheck_words_per_second": round(n_words / hedgecheck_seconds),
        "ratio": round(spacy_seconds / hedgecheck_seconds, 3),
        "peak_rss_megabytes": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }
    json.dump(result, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())

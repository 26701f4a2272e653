"""Start-up: from the command to the first record, and where that time goes.

    python benchmarks/startup.py [--lang fr] [--repeat 5]

``command_to_first_record`` runs ``hedgecheck annotate`` as a fresh process on
one sentence and times it until its first output line arrives. ``parts`` times
the same steps inside one process, each after the one before: importing
hedgecheck with spaCy, spaCy's language class (for French, its tokenizer
exceptions compile large regular expressions on import), loading the model,
reading the lexicons and building the detectors, and the first document.
Every figure is the median of ``--repeat`` runs.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

SENTENCES = {"fr": "Le ministre aurait démissionné, selon Le Monde.", "en": "The minister may resign, sources said."}

PARTS = """
import json, sys, time
lang = sys.argv[1]
marks = [("start", time.perf_counter())]
import spacy, hedgecheck.annotator
from hedgecheck.annotator import Detectors
from hedgecheck.backends.spacy_backend import SpacyBackend, load_spacy_model
from hedgecheck.lexicon import load_language
from hedgecheck.normalize import normalize
marks.append(("import hedgecheck and spaCy", time.perf_counter()))
spacy.util.get_lang_class(lang)
marks.append(("spaCy language class", time.perf_counter()))
language = load_language(lang)
nlp = load_spacy_model(language.models)
marks.append(("spaCy model", time.perf_counter()))
backend = SpacyBackend(nlp)
detectors = Detectors(language, backend.word_vectors())
marks.append(("lexicons and detectors", time.perf_counter()))
text = sys.argv[2]
spans = detectors.segmenter.split(normalize(text).text)
detectors.document(normalize(text), spans, backend.parse(text[s:e] for s, e in spans))
marks.append(("first document", time.perf_counter()))
print(json.dumps({b[0]: b[1] - a[1] for a, b in zip(marks, marks[1:])}))
"""


def first_record(command: list[str], text: str) -> float:
    started = time.perf_counter()
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write(text.encode() + b"\n")
    process.stdin.close()
    process.stdout.readline()
    seconds = time.perf_counter() - started
    process.wait()
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lang", default="fr")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    exe = shutil.which("hedgecheck", path=str(Path(sys.executable).parent)) or "hedgecheck"
    text = SENTENCES[args.lang]
    command = [exe, "annotate", "--lang", args.lang, "--quiet", "-"]
    commands = [first_record(command, text) for _ in range(args.repeat)]
    parts: dict[str, list[float]] = {}
    for _ in range(args.repeat):
        run = subprocess.run([sys.executable, "-c", PARTS, args.lang, text], capture_output=True, text=True, check=True)
        for name, seconds in json.loads(run.stdout).items():
            parts.setdefault(name, []).append(seconds)
    try:
        import torch  # noqa: F401 -- thinc imports it when it is installed: a dev install pays for it
    except ImportError:
        has_torch = False
    else:
        has_torch = True
    result = {
        "lang": args.lang,
        "python": sys.executable,
        "torch_installed": has_torch,
        "command_to_first_record_seconds": round(statistics.median(commands), 2),
        "runs": [round(s, 2) for s in commands],
        "parts_seconds": {name: round(statistics.median(s), 2) for name, s in parts.items()},
    }
    json.dump(result, sys.stdout, indent=2, ensure_ascii=False)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())

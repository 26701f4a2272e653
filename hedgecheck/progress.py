"""The progress bar of ``hedgecheck annotate``, on standard error when it is a terminal.

Documents done out of how many (when that is cheap to know: one per text file,
one per line of a JSONL file, none for standard input), sentences done, the
rate and the time left, drawn by tqdm (which spaCy brings). A message (a bad
document) is printed above the bar, which comes back under it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Never, TextIO

from hedgecheck.corpus import InputFile

if TYPE_CHECKING:
    from tqdm import tqdm

__all__ = ["Progress", "count_documents"]


class Progress:
    """What a run has done: ``documents`` and ``sentences`` written, input documents gone through."""

    def __init__(self, stream: TextIO, enabled: bool) -> None:
        self.stream = stream
        self.enabled = enabled and stream.isatty()
        self.documents = 0
        self.sentences = 0
        self._bar: tqdm[Never] | None = None

    def start(self, total: Callable[[], int | None]) -> None:
        """Show the bar; ``total`` (the number of input documents) is asked only when it is shown."""
        if not self.enabled:
            return
        from tqdm import tqdm

        # A terminal that tells no size (0 by 0: a bare pseudo-terminal) would get no bar at all.
        sized = _sized(self.stream)
        bar: tqdm[Never] = tqdm(
            total=total(),
            unit="doc",
            file=self.stream,
            mininterval=0.2,
            smoothing=0.1,
            dynamic_ncols=sized,
            ncols=None if sized else 100,
            nrows=None if sized else 24,
        )
        bar.set_postfix_str("0 sentences", refresh=False)
        self._bar = bar

    def done(self, sentences: int) -> None:
        """One output document written."""
        self.documents += 1
        self.sentences += sentences

    def advance(self) -> None:
        """One input document gone through: annotated, skipped as bad, or already in the output."""
        if self._bar is not None:
            self._bar.set_postfix_str(f"{self.sentences:,} sentences", refresh=False)
            self._bar.update(1)

    def note(self, line: str) -> None:
        """A message on a line of its own, above the bar."""
        if self._bar is not None:
            self._bar.write(line, file=self.stream)
            return
        self.stream.write(line + "\n")
        self.stream.flush()

    def close(self) -> None:
        if self._bar is not None:
            self._bar.set_postfix_str(f"{self.sentences:,} sentences", refresh=False)
            self._bar.close()
            self._bar = None


def _sized(stream: TextIO) -> bool:
    try:
        size = os.get_terminal_size(stream.fileno())
    except (OSError, ValueError):
        return False
    return size.columns > 0 and size.lines > 0


def count_documents(files: Iterable[InputFile]) -> int | None:
    """How many documents ``files`` hold: a text file is one, a JSONL file one per non-blank line.

    ``None`` when one of them is standard input, which cannot be read twice. A
    file that cannot be read counts as one: it is reported as one bad document.
    """
    total = 0
    for source in files:
        if source.path == "-":
            return None
        total += _jsonl_lines(Path(source.path)) if source.jsonl else 1
    return total


def _jsonl_lines(path: Path) -> int:
    """The non-blank lines of a file, read a megabyte at most at a time (a line may be huge)."""
    count = 0
    content = False
    try:
        with path.open("rb") as handle:
            while piece := handle.readline(1 << 20):
                content = content or bool(piece.strip())
                if piece.endswith(b"\n"):
                    count += content
                    content = False
    except OSError:
        return 1
    return count + content

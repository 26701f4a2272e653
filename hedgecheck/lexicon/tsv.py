"""Reading one tab-separated lexicon file into located cells, collecting problems instead of raising.

A file is ``#`` comment lines, a header row naming the columns, then one entry
per line. Every cell keeps the column where its text starts, so that a problem
points a text editor at it (``file:line:column``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

import attrs

from hedgecheck.lexicon.problems import LexiconProblem

__all__ = ["Cell", "Report", "Row", "TsvFile"]

# A problem inside a cell: its offset from the cell's first character, and the message.
Report = Callable[[int, str], None]


@attrs.frozen(slots=True)
class Cell:
    value: str  # stripped of surrounding spaces
    column: int  # 1-based column of the value's first character


@attrs.frozen(slots=True)
class Row:
    line: int
    cells: Mapping[str, Cell]

    def __getitem__(self, name: str) -> Cell:
        return self.cells[name]


class TsvFile:
    """One lexicon file: its rows, and the problems found reading and checking them."""

    def __init__(self, path: Path, display: str, columns: tuple[str, ...]) -> None:
        self.path = path
        self.display = display  # the path as problems and provenance name it
        self.columns = columns
        self.problems: list[LexiconProblem] = []

    def problem(self, line: int, column: int, message: str) -> None:
        self.problems.append(LexiconProblem(self.display, line, column, message))

    def reporter(self, line: int, column: int) -> Report:
        """Reports problems of the cell at ``line``, ``column``."""
        return lambda offset, message: self.problem(line, column + offset, message)

    def _decode(self) -> str | None:
        try:
            data = self.path.read_bytes()
        except OSError as error:
            self.problem(1, 1, f"cannot read the file ({error.strerror or error})")
            return None
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            before = data[: error.start]
            line = before.count(b"\n") + 1
            column = error.start - (before.rfind(b"\n") + 1) + 1
            self.problem(line, column, f"not valid UTF-8 (byte 0x{data[error.start]:02x}); save the file as UTF-8")
            return None
        # A byte-order mark and Windows line ends come from spreadsheet exports. They are
        # reported, once each, with how to save the file; the rest is still read, so every
        # other problem of the file shows in the same run.
        if text.startswith("\ufeff"):
            self.problem(1, 1, "the file starts with a byte-order mark (BOM); save it as UTF-8 without BOM")
            text = text[1:]  # columns count from the first visible character
        if "\r" in text:
            line = text.count("\n", 0, text.index("\r")) + 1
            column = text.index("\r") - (text.rfind("\n", 0, text.index("\r")) + 1) + 1
            self.problem(line, column, "Windows line ends (CR LF); save the file with Unix line ends (LF)")
        return text.replace("\r\n", "\n").replace("\r", "\n")

    def rows(self) -> list[Row]:
        """The entry rows, after a header that names :attr:`columns`; none when the header is wrong."""
        text = self._decode()
        if text is None:
            return []
        rows: list[Row] = []
        header_seen = False
        for number, raw in enumerate(text.split("\n"), start=1):
            if not raw.strip() or raw.lstrip().startswith("#"):
                continue
            if not header_seen:
                header_seen = True
                if not self._header_is_right(number, raw):
                    return []
            elif (row := self._row(number, raw)) is not None:
                rows.append(row)
        if not header_seen:
            self.problem(1, 1, "the file has no header row naming its columns")
        return rows

    def _header_is_right(self, number: int, raw: str) -> bool:
        names = tuple(c.strip() for c in raw.split("\t"))
        if names == self.columns:
            return True
        self.problem(
            number,
            1,
            f"the header row must name the columns {', '.join(self.columns)} (tab-separated), found {', '.join(names)}",
        )
        return False

    def _row(self, number: int, raw: str) -> Row | None:
        cells = raw.split("\t")
        starts = [0]
        for cell in cells[:-1]:
            starts.append(starts[-1] + len(cell) + 1)
        if len(cells) == 1 and len(self.columns) > 1 and "  " in raw:
            self.problem(number, raw.index("  ") + 1, "columns must be separated by tabs, not spaces")
            return None
        if len(cells) > len(self.columns):
            column = starts[len(self.columns)] + 1
            self.problem(number, column, f"expected {len(self.columns)} columns, found {len(cells)}")
            return None
        # Trailing empty columns (the note, say) may be left out.
        cells += [""] * (len(self.columns) - len(cells))
        starts += [len(raw) + 1] * (len(self.columns) - len(starts))
        located = {
            name: Cell(cell.strip(), start + 1 + (len(cell) - len(cell.lstrip())))
            for name, cell, start in zip(self.columns, cells, starts, strict=True)
        }
        return Row(number, located)

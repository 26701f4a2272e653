"""What is wrong in a lexicon folder, located for a text editor: ``file:line:column: message``."""

from __future__ import annotations

from collections.abc import Iterable

import attrs

__all__ = ["LexiconError", "LexiconProblem"]


@attrs.frozen(slots=True)
class LexiconProblem:
    """One thing wrong in a lexicon file, located for a text editor."""

    path: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.message}"


class LexiconError(ValueError):
    """A lexicon folder or file is malformed; ``problems`` lists every issue found."""

    def __init__(self, problems: Iterable[LexiconProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    def __reduce__(self) -> tuple[type[LexiconError], tuple[tuple[LexiconProblem, ...]]]:
        # Rebuilt from its problems, not its message: it travels back from a worker process.
        return (LexiconError, (self.problems,))

"""Parsing backends: each turns sentence strings into :class:`~hedgecheck.parsed.ParsedSentence`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol

from hedgecheck.parsed import ParsedSentence

__all__ = ["Backend", "BackendError"]


class BackendError(RuntimeError):
    """The parser could not be loaded (a model is missing, say); the message says how to fix it."""


class Backend(Protocol):
    """Parses each given string as one sentence, in order."""

    name: str

    def parse(self, sentences: Iterable[str]) -> Iterator[ParsedSentence]: ...

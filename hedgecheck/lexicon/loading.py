"""Finding language folders, loading one into a :class:`Language`, and checking folders."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from importlib import resources
from pathlib import Path
from typing import Any

import attrs

from hedgecheck.lexicon.entries import CueEntry, Entry
from hedgecheck.lexicon.files import KNOWN_FILES, LANGUAGE_FILE, LEXICON_FILES
from hedgecheck.lexicon.language import Language
from hedgecheck.lexicon.problems import LexiconError, LexiconProblem
from hedgecheck.lexicon.reading import read_entries
from hedgecheck.lexicon.settings import read_settings
from hedgecheck.lexicon.tsv import TsvFile

__all__ = [
    "available_languages",
    "builtin_lexicon_root",
    "check_lexicon_dir",
    "function_words",
    "load_language",
    "read_language",
]


def builtin_lexicon_root() -> Path:
    """The ``lexicons/`` folder: inside the installed package, or beside a source checkout."""
    packaged = Path(str(resources.files("hedgecheck"))) / "lexicons"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "lexicons"  # hedgecheck/lexicon/loading.py


def function_words() -> dict[str, frozenset[str]]:
    """Each built-in language's function words (``language.toml``), for language identification."""
    out = {}
    for code in available_languages():
        path = builtin_lexicon_root() / code / LANGUAGE_FILE
        settings = read_settings(path.parent, str(path), [])
        out[settings.language.code] = frozenset(settings.function_words)
    return out


def available_languages() -> list[str]:
    root = builtin_lexicon_root()
    return sorted(p.name for p in root.iterdir() if (p / LANGUAGE_FILE).is_file()) if root.is_dir() else []


def _display_path(path: Path, builtin: bool, shared: bool = False) -> str:
    if builtin:
        return (
            f"lexicons/{path.name}"
            if shared and path.parent.name == "lexicons"
            else (f"lexicons/{path.parent.name}/{path.name}")
        )
    return str(path)


def _cross_file_conflicts(cues: Iterable[CueEntry]) -> list[LexiconProblem]:
    """The same pattern in two cue files is a conflict a linguist must settle: the matcher could not tell."""
    problems = []
    seen: dict[str, CueEntry] = {}
    for entry in cues:
        key = str(entry.pattern)
        other = seen.get(key)
        if other is None:
            seen[key] = entry
        elif other.path != entry.path:
            message = f"{key!r} is also in {other.path}:{other.line}; keep one entry per pattern"
            problems.append(LexiconProblem(entry.path, entry.line, 1, message))
    return problems


def _unknown_files(directory: Path, display: Callable[[Path], str]) -> list[LexiconProblem]:
    """A .tsv file the loader does not know is most likely a misspelt name: say so."""
    expected = ", ".join(sorted(KNOWN_FILES))
    return [
        LexiconProblem(display(path), 1, 1, f"unknown lexicon file; expected one of {expected}")
        for path in sorted(_listing(directory))
        if path.suffix == ".tsv" and path.name not in KNOWN_FILES
    ]


def read_language(
    directory: Path, *, builtin: bool, cited_as: Path | None = None
) -> tuple[Language, list[LexiconProblem]]:
    """The language of ``directory``, and every problem of its files (the language is then incomplete).

    Files are named as read, or as built-in ones (``lexicons/fr/hedges.tsv``), or,
    with ``cited_as``, as the files of that folder (a copy names its original).
    """
    problems: list[LexiconProblem] = []

    def display(path: Path, shared: bool = False) -> str:
        if cited_as is None:
            return _display_path(path, builtin, shared)
        # A shared file taken from beside the folder is cited beside the cited folder.
        return str((cited_as if path.parent == directory else cited_as.parent) / path.name)

    settings = read_settings(directory, display(directory / LANGUAGE_FILE), problems)
    files: list[TsvFile] = []
    entries: dict[str, list[Entry]] = {spec.field: [] for spec in LEXICON_FILES}
    for spec in LEXICON_FILES:
        path = spec.path_in(directory)
        if path.is_file():
            files.append(TsvFile(path, display(path, spec.shared), spec.header))
            entries[spec.field].extend(read_entries(spec, files[-1], settings.inflection))
    # Each file's entry class is the type of its field (a test checks the table against Language).
    word_lists: dict[str, Any] = {field: tuple(found) for field, found in entries.items()}
    language = attrs.evolve(settings.language, **word_lists)
    problems.extend(_cross_file_conflicts(language.cues))
    problems.extend(_unknown_files(directory, display))
    for file in files:
        problems.extend(file.problems)
    return language, problems


def load_language(
    lang: str = "fr", lexicon_dir: str | Path | None = None, *, cited_as: str | Path | None = None
) -> Language:
    """Load and validate the lexicons of ``lang``.

    ``lexicon_dir`` is either a language folder (holding ``language.toml``) or
    a root holding one folder per language; without it, the lexicons shipped
    with hedgecheck are used. ``cited_as`` is the language folder that evidence
    and messages name instead of the one read: a copy of lexicons (the one a
    saved spaCy pipeline carries) cites the files it was copied from, line for line.
    """
    builtin = lexicon_dir is None
    root = builtin_lexicon_root() if lexicon_dir is None else Path(lexicon_dir)
    directory = root if (root / LANGUAGE_FILE).is_file() else root / lang
    if not directory.is_dir():
        known = ", ".join(available_languages()) or "none"
        raise LexiconError(
            [
                LexiconProblem(
                    str(directory), 1, 1, f"no lexicon folder for language {lang!r} (built-in languages: {known})"
                )
            ]
        )
    cited = Path(cited_as) if cited_as is not None else None
    language, problems = read_language(directory, builtin=builtin, cited_as=cited)
    if problems:
        raise LexiconError(problems)
    return language


def _listing(directory: Path) -> list[Path]:
    """The entries of a folder; none when it cannot be read (its files are then missing, and reported)."""
    try:
        return list(directory.iterdir())
    except OSError:
        return []


def check_lexicon_dir(path: str | Path | None = None) -> list[LexiconProblem]:
    """Validate a language folder, or every language folder under a root."""
    root = builtin_lexicon_root() if path is None else Path(path)
    builtin = path is None
    if not root.is_dir():
        return [LexiconProblem(str(root), 1, 1, "no such folder")]
    try:
        os.listdir(root)
    except OSError as error:
        return [LexiconProblem(str(root), 1, 1, f"cannot read the folder ({error.strerror or error})")]
    subfolders = sorted(p for p in _listing(root) if p.is_dir() and any(p.glob("*.tsv")))
    if (root / LANGUAGE_FILE).is_file() or not subfolders:
        folders = [root] if any(root.glob("*.tsv")) else []
    else:
        folders = subfolders
    if not folders:
        return [LexiconProblem(str(root), 1, 1, "no lexicon folder here")]
    problems: list[LexiconProblem] = []
    for folder in folders:
        problems.extend(read_language(folder, builtin=builtin)[1])
    return problems

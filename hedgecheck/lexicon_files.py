"""A language's lexicon files as bytes: what a saved spaCy pipeline carries.

A pipeline saved with the hedgecheck component must annotate the same way
wherever it is loaded, after the lexicon folder it was built from has been
edited, moved or deleted. So the component keeps the exact bytes of the files
it loaded and writes them out with the pipeline (``to_disk``, ``to_bytes``).
Loading reads the copy but cites the folder it came from, so that evidence
(``lexicons/fr/hedges.tsv:16``) is the same before saving and after loading.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Mapping
from pathlib import Path, PurePosixPath

import attrs

from hedgecheck.lexicon import GRADES_FILE, KNOWN_FILES, LANGUAGE_FILE, Language, load_language

__all__ = ["LexiconFiles"]

# The built-in lexicons are cited by their place in the source tree, not the install path.
_BUILTIN_ROOT = "lexicons"
_READ = KNOWN_FILES | {LANGUAGE_FILE}


def _check_name(name: str) -> str:
    """A stored name is ``file`` or ``folder/file``: data from elsewhere must not write outside the folder."""
    parts = PurePosixPath(name).parts
    if not 1 <= len(parts) <= 2 or name.startswith("/") or any(p in (".", "..") or "\\" in p for p in parts):
        raise ValueError(f"hedgecheck: {name!r} is not a lexicon file name")
    return name


@attrs.frozen(slots=True)
class LexiconFiles:
    """The files of one language folder, by name, and the folder evidence names them by.

    ``files`` maps a path relative to the lexicon root to the file's bytes:
    ``fr/hedges.tsv`` for the language folder's files, ``sourcing_grades.tsv``
    for the grade table shared by all languages when the folder has no table
    of its own. ``cited_as`` is the language folder as evidence names it
    (``lexicons/fr`` for the built-in lexicons).
    """

    lang: str
    cited_as: str
    files: Mapping[str, bytes]

    @classmethod
    def of(cls, language: Language, *, builtin: bool) -> LexiconFiles:
        """The files ``language`` was loaded from, read again from its folder."""
        folder = language.directory
        files = {
            f"{language.code}/{name}": (folder / name).read_bytes()
            for name in sorted(_READ)
            if (folder / name).is_file()
        }
        shared = folder.parent / GRADES_FILE
        if f"{language.code}/{GRADES_FILE}" not in files and shared.is_file():
            files[GRADES_FILE] = shared.read_bytes()
        cited_as = f"{_BUILTIN_ROOT}/{folder.name}" if builtin else str(folder)
        return cls(language.code, cited_as, files)

    @classmethod
    def read(cls, root: Path, lang: str, cited_as: str) -> LexiconFiles:
        """The files a previous :meth:`write` put under ``root``."""
        names = [f"{lang}/{name}" for name in sorted(_READ)] + [GRADES_FILE]
        return cls(lang, cited_as, {name: (root / name).read_bytes() for name in names if (root / name).is_file()})

    def write(self, root: Path) -> None:
        """Write the files under ``root``: ``root/fr/...``, and the shared table beside the folder."""
        for name, data in self.files.items():
            target = root / _check_name(name)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)

    def load(self, root: Path | None = None) -> Language:
        """Load the language from the files (from ``root`` when :meth:`write` put them there already)."""
        if root is not None:
            return load_language(self.lang, root, cited_as=self.cited_as)
        with tempfile.TemporaryDirectory(prefix="hedgecheck-lexicons-") as folder:
            self.write(Path(folder))
            return load_language(self.lang, folder, cited_as=self.cited_as)

    def to_bytes(self) -> bytes:
        """JSON: the loader accepts UTF-8 files only, so every file is text."""
        files = {name: data.decode("utf-8") for name, data in self.files.items()}
        return json.dumps({"lang": self.lang, "cited_as": self.cited_as, "files": files}).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> LexiconFiles:
        """The inverse of :meth:`to_bytes`; other data gives a one-line error."""
        try:
            saved = json.loads(data)
        except (UnicodeDecodeError, json.JSONDecodeError):
            saved = None
        if isinstance(saved, dict):
            lang, cited_as, files = saved.get("lang"), saved.get("cited_as"), saved.get("files")
            named = isinstance(lang, str) and isinstance(cited_as, str)
            if named and isinstance(files, dict) and all(isinstance(text, str) for text in files.values()):
                texts = {_check_name(str(name)): text.encode("utf-8") for name, text in files.items()}
                return cls(str(lang), str(cited_as), texts)
        raise ValueError("hedgecheck: the saved component data holds no lexicon files")

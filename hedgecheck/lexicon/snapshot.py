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

from hedgecheck.lexicon.files import LANGUAGE_FILE, LEXICON_FILES
from hedgecheck.lexicon.language import Language
from hedgecheck.lexicon.loading import load_language

__all__ = ["LexiconSnapshot"]

# The built-in lexicons are cited by their place in the source tree, not the install path.
_BUILTIN_ROOT = "lexicons"


def _check_name(name: str) -> str:
    """A stored name is ``file`` or ``folder/file``: data from elsewhere must not write outside the folder."""
    parts = PurePosixPath(name).parts
    if not 1 <= len(parts) <= 2 or name.startswith("/") or any(p in (".", "..") or "\\" in p for p in parts):
        raise ValueError(f"hedgecheck: {name!r} is not a lexicon file name")
    return name


@attrs.frozen(slots=True)
class LexiconSnapshot:
    """The files one language was loaded from, by name, and the folder evidence names them by.

    ``files`` maps a path relative to the lexicon root to the file's bytes:
    ``fr/hedges.tsv`` for the language folder's files, ``sourcing_grades.tsv``
    for a table shared by all languages when the folder has none of its own.
    ``cited_as`` is the language folder as evidence names it (``lexicons/fr``
    for the built-in lexicons).
    """

    lang: str
    cited_as: str
    files: Mapping[str, bytes]

    @classmethod
    def of(cls, language: Language, *, builtin: bool) -> LexiconSnapshot:
        """The files ``language`` was loaded from, read again from its folder."""
        folder = language.directory
        files = {}
        for path in (folder / LANGUAGE_FILE, *(spec.path_in(folder) for spec in LEXICON_FILES)):
            if path.is_file():
                # A table all languages share lies beside the language's folder, and is stored so.
                files[f"{language.code}/{path.name}" if path.parent == folder else path.name] = path.read_bytes()
        cited_as = f"{_BUILTIN_ROOT}/{folder.name}" if builtin else str(folder)
        return cls(language.code, cited_as, files)

    @classmethod
    def read(cls, root: Path, lang: str, cited_as: str) -> LexiconSnapshot:
        """The files a previous :meth:`write` put under ``root``."""
        names = [LANGUAGE_FILE, *(spec.name for spec in LEXICON_FILES)]
        candidates = [f"{lang}/{name}" for name in names] + [spec.name for spec in LEXICON_FILES if spec.shared]
        return cls(lang, cited_as, {n: (root / n).read_bytes() for n in candidates if (root / n).is_file()})

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
    def from_bytes(cls, data: bytes) -> LexiconSnapshot:
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

"""Lexicon loading and validation.

A language is a folder of tab-separated files that linguists edit in a text
editor or a spreadsheet (``lexicons/fr/``, ``lexicons/en/``). Each file starts
with ``#`` comment lines that explain its columns, then a header row naming
the columns, then one entry per line. This package reads such a folder, checks
every line, and either returns typed entries or raises :class:`LexiconError`
listing *every* problem as ``file:line:column: message``.

One idea per module:

* ``files``: the table of the files a folder may hold, their columns and checks;
* ``columns``: what each column may hold, and the message when it holds something else;
* ``tsv`` reads one file into located cells, ``reading`` checks them into entries;
* ``entries``: what a line becomes; ``pattern``: the pattern syntax;
* ``settings`` reads ``language.toml``; ``language``: the whole language;
* ``loading``: finding, loading and checking language folders.
"""

from __future__ import annotations

from hedgecheck.lexicon.entries import (
    Abbreviation,
    CueEntry,
    EndsSentence,
    GradeRow,
    MarkerEntry,
    MarkerSource,
    MoodEntry,
    MoodModifier,
    PhraseEntry,
    RoleEntry,
    RoleReading,
    TypedEntry,
)
from hedgecheck.lexicon.files import GRADES_FILE, KNOWN_FILES, LANGUAGE_FILE, LEXICON_FILES, LexiconFile
from hedgecheck.lexicon.language import EntityLabels, Language, Punctuation
from hedgecheck.lexicon.loading import (
    available_languages,
    builtin_lexicon_root,
    check_lexicon_dir,
    function_words,
    load_language,
    read_language,
)
from hedgecheck.lexicon.pattern import MAX_GAP, Pattern, PatternWord, parse_pattern
from hedgecheck.lexicon.problems import LexiconError, LexiconProblem

__all__ = [
    "GRADES_FILE",
    "KNOWN_FILES",
    "LANGUAGE_FILE",
    "LEXICON_FILES",
    "MAX_GAP",
    "Abbreviation",
    "CueEntry",
    "EndsSentence",
    "EntityLabels",
    "GradeRow",
    "Language",
    "LexiconError",
    "LexiconFile",
    "LexiconProblem",
    "MarkerEntry",
    "MarkerSource",
    "MoodEntry",
    "MoodModifier",
    "Pattern",
    "PatternWord",
    "PhraseEntry",
    "Punctuation",
    "RoleEntry",
    "RoleReading",
    "TypedEntry",
    "available_languages",
    "builtin_lexicon_root",
    "check_lexicon_dir",
    "function_words",
    "load_language",
    "parse_pattern",
    "read_language",
]

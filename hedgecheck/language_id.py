"""Telling French from English (and any language with a lexicon folder), without a model.

Each language's ``language.toml`` lists its most frequent function words; a text
belongs to the language whose words it uses most. Function words are frequent,
short and rarely shared between French and English, so a sentence or two is
enough, and the cost is one pass over the words.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

__all__ = ["detect_language", "guess_language"]

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_SAMPLE = 20_000  # characters: plenty to decide, and a 10 MB text costs no more than a page


def detect_language(text: str, function_words: Mapping[str, frozenset[str]], default: str) -> str:
    """The language whose function words occur most often in ``text``; ``default`` on a tie."""
    counts = dict.fromkeys(function_words, 0)
    for match in _WORD.finditer(text[:_SAMPLE]):
        word = match.group(0).lower().replace("’", "'")
        for lang, words in function_words.items():
            if word in words:
                counts[lang] += 1
    best = max(counts.values(), default=0)
    if best == 0:
        return default
    winners = [lang for lang, n in counts.items() if n == best]
    return default if default in winners else winners[0]


@functools.lru_cache(maxsize=1)
def _builtin_function_words() -> dict[str, frozenset[str]]:
    from hedgecheck.lexicon import function_words

    return function_words()


def guess_language(text: str, default: str = "fr") -> str:
    """The built-in language ``text`` is most likely written in (function-word counts).

    Without spaCy: the parent of the command line's worker processes tells each
    document's language without loading a model.
    """
    return detect_language(text, _builtin_function_words(), default)

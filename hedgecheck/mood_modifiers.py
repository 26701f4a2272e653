"""Mood modifiers: words in a verb group that change what its mood or modal means.

"Users would often have to remove the cover", "years later the magazine would cite this
decision", "he was given powers so that he could fire officials": a habitual or a
narrative-time adverb, or a purpose conjunction, makes the modal tell what happened or
what was meant to happen, not what might be true (guidelines §3 rules 2 and 5). Which
words do so, for which verb in which mood, is lexicon data (``mood_modifiers.tsv``); this
module only knows the dependency tree: a modifier counts when one of its words depends
on the verb in the mood or on the lexical verb it helps, so that "years later" counts
wherever it stands in the clause and "later" in another clause does not.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from hedgecheck.lexicon import MoodModifier, Pattern
from hedgecheck.parsed import ParsedSentence, Token
from hedgecheck.patterns import PatternMatcher

__all__ = ["MoodModifiers"]


@attrs.frozen(slots=True)
class _Indexed:
    """A row in the shape the matcher indexes: by its modifier, or by its verb."""

    entry: MoodModifier
    pattern: Pattern


class MoodModifiers:
    """The rows of one language's ``mood_modifiers.tsv``, found in parsed sentences."""

    def __init__(self, entries: Iterable[MoodModifier]) -> None:
        rows = tuple(entries)
        self._modifiers = PatternMatcher(_Indexed(row, row.modifier) for row in rows)
        self._verbs = PatternMatcher(_Indexed(row, row.pattern) for row in rows if row.pattern is not None)

    def __bool__(self) -> bool:
        return bool(self._modifiers)

    def find(self, sentence: ParsedSentence, feature: str, verb: Token, group_head: Token) -> MoodModifier | None:
        """The row whose modifier modifies ``verb`` (in the mood ``feature``) or its group head.

        The longest modifier wins, then the first row; None when no row applies.
        """
        if not self:
            return None
        heads = {verb.i, group_head.i}
        named = {id(m.entry.entry) for m in self._verbs.find_at(sentence, verb)}
        found = [
            match
            for match in self._modifiers.find(sentence)
            if match.entry.entry.feature == feature
            and (match.entry.entry.pattern is None or id(match.entry.entry) in named)
            and any(sentence.tokens[i].head in heads and i not in heads for i in match.tokens)
        ]
        if not found:
            return None
        best = min(found, key=lambda m: (-m.entry.pattern.length, m.entry.entry.line))
        return best.entry.entry

"""Certainty detection: how certain a sentence presents its claim.

Everything language-specific is lexicon data; this module only knows
Universal Dependencies (UPOS, FEATS such as ``Mood=Cnd`` and
``Polarity=Neg``, deprels) and the lexicon entry types. The steps:

1. fixed phrases that are never speculative (« dès que possible ») block the
   tokens they cover;
2. hedge, booster and reporting-verb patterns are matched on lemmas and forms,
   the longest match winning; a negated cue takes its ``negated`` level;
3. verbs in a listed mood (the French conditional) are cues unless their mood
   entry says otherwise; a simple conditional heading a complement clause of a
   past-tense verb only marks the future in the past (``after_past`` level); a
   listed modifier in its verb group ("would often", "years later ... would")
   gives the level of its own row (:mod:`hedgecheck.mood_modifiers`);
4. a yes/no question is ``uncertain``;
5. the sentence level is the lowest cue level, ``certain`` without cues.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import attrs

from hedgecheck.lexicon import CueEntry, Language, MoodEntry, MoodModifier, Pattern, PhraseEntry
from hedgecheck.model import CertaintyLevel, CueKind, Provenance
from hedgecheck.mood_modifiers import MoodModifiers
from hedgecheck.morphology import guess_features
from hedgecheck.parsed import ParsedSentence, Token, negators
from hedgecheck.patterns import PatternMatcher, select_longest

__all__ = ["CertaintyDetector", "CueHit", "sentence_level"]

_PAST = ("Tense=Past", "Tense=Imp", "Tense=Pqp")
_QUESTION_WORD_WINDOW = 3


@attrs.frozen(slots=True)
class CueHit:
    """A cue found in a parsed sentence, with token-level offsets (normalised text)."""

    start: int
    end: int
    level: CertaintyLevel
    kind: CueKind
    provenance: Provenance
    tokens: tuple[int, ...]


def sentence_level(levels: Iterable[CertaintyLevel]) -> CertaintyLevel:
    """The lowest level among the cues; ``certain`` when there is none."""
    return min(levels, default=CertaintyLevel.CERTAIN)


class CertaintyDetector:
    """Finds certainty cues in parsed sentences of one language."""

    def __init__(self, language: Language) -> None:
        self._cues: PatternMatcher[CueEntry] = PatternMatcher(language.cues)
        self._exceptions: PatternMatcher[PhraseEntry] = PatternMatcher(language.exceptions)
        self._hypothesis: PatternMatcher[PhraseEntry] = PatternMatcher(language.hypothesis_markers)
        self._question_words: PatternMatcher[PhraseEntry] = PatternMatcher(language.question_words)
        self._expletive = frozenset(language.expletive_negation)
        self._mood_forms = language.mood_forms
        self._mood_kinds = dict(language.mood_cue_kinds)
        self._question_marks = frozenset(language.punctuation.question_marks)
        self._opening_quotes = frozenset(opening for opening, _ in language.quotation_marks)
        self._closing_quotes = frozenset(closing for _, closing in language.quotation_marks)
        listed: dict[str, list[MoodEntry]] = defaultdict(list)
        self._mood_defaults: dict[str, MoodEntry] = {}
        for entry in language.moods:
            if entry.pattern is None:
                self._mood_defaults[entry.feature] = entry
            else:
                listed[entry.feature].append(entry)
        self._mood_features = frozenset(listed) | frozenset(self._mood_defaults)
        self._mood_lists = {feature: _MoodMatcher(entries) for feature, entries in listed.items()}
        self._mood_modifiers = MoodModifiers(language.mood_modifiers)

    def detect(self, sentence: ParsedSentence) -> list[CueHit]:
        if not sentence.tokens:
            return []
        blocked = {i for m in self._exceptions.find(sentence) for i in range(m.first, m.last + 1)}
        hits = []
        for match in select_longest(self._cues.find(sentence)):
            if any(i in blocked for i in range(match.first, match.last + 1)):
                continue
            entry = match.entry
            level = entry.negated if self._is_negated(sentence, match.tokens) else entry.level
            if level is not None:
                hits.append(_hit(sentence, match.tokens, level, entry.kind, Provenance(entry.path, entry.line)))
        taken = blocked | {i for h in hits for i in h.tokens}
        hits.extend(self._mood_hits(sentence, taken))
        question = self._question_hit(sentence)
        if question is not None:
            hits.append(question)
        return sorted(hits, key=lambda h: (h.start, h.end))

    # -- negation -------------------------------------------------------

    def _is_negated(self, sentence: ParsedSentence, token_ids: Iterable[int]) -> bool:
        return any(negators(sentence, sentence.tokens[i], self._expletive) for i in token_ids)

    # -- mood -------------------------------------------------------------

    def _mood_hits(self, sentence: ParsedSentence, taken: set[int]) -> Iterable[CueHit]:
        if not self._mood_features:
            return
        hypothesis = bool(self._hypothesis) and bool(self._hypothesis.find(sentence))
        for token in sentence.tokens:
            if token.i in taken:
                continue
            for feature in self._mood_features & guess_features(token, self._mood_forms):
                group_head = _verb_group_head(sentence, token)
                entry, matched = self._mood_entry(feature, sentence, token, group_head)
                if entry is None:
                    continue
                level, provenance = entry.level, _mood_provenance(entry, feature)
                # A hypothesis or a perfect ("would have won") keeps the verb hypothetical.
                if not hypothesis and _is_simple(sentence, token):
                    level, provenance = self._simple_reading(sentence, feature, token, group_head, entry)
                if level is None:
                    continue
                # The language says each mood's kind of cue (the French conditional is one of its own).
                kind = self._mood_kinds.get(feature, CueKind.HEDGE)
                yield _hit(sentence, matched, level, kind, provenance)

    def _simple_reading(
        self, sentence: ParsedSentence, feature: str, token: Token, group_head: Token, entry: MoodEntry
    ) -> tuple[CertaintyLevel | None, Provenance]:
        """The level of a one-word mood outside a hypothesis, and the lexicon line that gives it.

        After a past verb it may only mark the future in the past; a listed modifier in its
        verb group ("would often", "years later ... would") gives the level of its own row.
        """
        modifier = self._mood_modifiers.find(sentence, feature, token, group_head)
        if modifier is not None:
            return modifier.level, _mood_provenance(modifier, feature)
        level = entry.after_past if _after_past_verb(sentence, group_head) else entry.level
        return level, _mood_provenance(entry, feature)

    def _mood_entry(
        self, feature: str, sentence: ParsedSentence, token: Token, group_head: Token
    ) -> tuple[MoodEntry | None, tuple[int, ...]]:
        matcher = self._mood_lists.get(feature)
        if matcher is not None:
            for start in (token, group_head):
                best = matcher.best_at(sentence, start)
                if best is not None:
                    entry, tokens = best
                    # The cue is the conditional verb itself, even when the entry
                    # was found through the lexical verb of its group (« aurait pu »).
                    return entry, (token.i,) if start is not token else tokens
        return self._mood_defaults.get(feature), (token.i,)

    # -- questions --------------------------------------------------------

    def _question_hit(self, sentence: ParsedSentence) -> CueHit | None:
        words = [t for t in sentence.tokens if not t.is_space]
        last = next((t for t in reversed(words) if t.upos != "PUNCT" or t.text in self._question_marks), None)
        if last is None or last.text not in self._question_marks:
            return None
        openers = {t.i for t in _first_words(words)}
        # A question that ends a quotation (asking "Who governs Britain?") opens where the quotation does.
        if any(t.text in self._closing_quotes for t in words if t.i > last.i):
            opening = next((t for t in reversed(words) if t.i < last.i and t.text in self._opening_quotes), None)
            if opening is not None:
                openers |= {t.i for t in _first_words([t for t in words if t.i > opening.i])}
        if any(match.first in openers for match in self._question_words.find(sentence)):
            return None  # an open (wh-) question asks for detail, not about the claim
        return _hit(sentence, (last.i,), CertaintyLevel.UNCERTAIN, CueKind.QUESTION, Provenance(rule="yes_no_question"))


class _MoodMatcher:
    def __init__(self, entries: Iterable[MoodEntry]) -> None:
        self._matcher: PatternMatcher[_PatternedMood] = PatternMatcher(
            _PatternedMood(e, e.pattern) for e in entries if e.pattern is not None
        )

    def best_at(self, sentence: ParsedSentence, token: Token) -> tuple[MoodEntry, tuple[int, ...]] | None:
        """The longest listed entry matching from ``token``, with its tokens."""
        matches = self._matcher.find_at(sentence, token)
        if not matches:
            return None
        best = max(matches, key=lambda m: m.entry.pattern.length)
        return best.entry.entry, best.tokens


@attrs.frozen(slots=True)
class _PatternedMood:
    """A mood entry with its (set) pattern, in the shape the matcher indexes."""

    entry: MoodEntry
    pattern: Pattern


def _mood_provenance(line: MoodEntry | MoodModifier, feature: str) -> Provenance:
    """The lexicon line that gave a verb in a mood its level, and the rule that read it."""
    return Provenance(line.path, line.line, rule=f"verb_mood:{feature}")


def _first_words(tokens: Iterable[Token]) -> list[Token]:
    """The words a question word must be among to open the question."""
    return [t for t in tokens if t.upos != "PUNCT"][:_QUESTION_WORD_WINDOW]


def _hit(
    sentence: ParsedSentence, token_ids: tuple[int, ...], level: CertaintyLevel, kind: CueKind, provenance: Provenance
) -> CueHit:
    first = sentence.tokens[min(token_ids)]
    last = sentence.tokens[max(token_ids)]
    return CueHit(first.start, last.end, level, kind, provenance, tuple(token_ids))


def _verb_group_head(sentence: ParsedSentence, token: Token) -> Token:
    """The lexical verb of a verb group: an auxiliary or copula points to it."""
    if token.dep.startswith(("aux", "cop")) and token.head != token.i:
        return sentence.head_of(token)
    return token


def _is_simple(sentence: ParsedSentence, token: Token) -> bool:
    """A simple (one-word) tense: « arriveraient », not « aurait rencontré »."""
    if not token.dep.startswith("aux") or token.dep.startswith("aux:pass"):
        return True  # a copula or a passive auxiliary: « serait présentée » is one tense
    head = sentence.head_of(token)
    if not head.has("VerbForm=Part"):
        return True
    if token.has("VerbType=Mod"):
        # A modal before a passive or a progressive ("would be renamed", "would be touring")
        # is one tense; before a perfect ("would have won") it is a counterfactual.
        return head.has("Tense=Pres") or any(c.dep.startswith("aux:pass") for c in sentence.children_of(head))
    return False


def _after_past_verb(sentence: ParsedSentence, clause_head: Token) -> bool:
    """Whether the clause depends, at any depth, on a verb in a past tense (sequence of tenses).

    « Ils ont indiqué que les renforts arriveraient », "declined to say which offices
    would be affected", "spent billions on the assumption that carmakers would keep
    paying": the mood or modal may only mark the future seen from that past.
    """
    if clause_head.head == clause_head.i:
        return False
    node = sentence.head_of(clause_head)
    for _ in range(len(sentence.tokens)):
        if node.upos in ("VERB", "AUX") and _is_past(sentence, node):
            return True
        if node.head == node.i:
            return False
        node = sentence.head_of(node)
    return False


def _is_past(sentence: ParsedSentence, verb: Token) -> bool:
    auxiliaries = [c for c in sentence.children_of(verb) if c.dep.startswith("aux")]
    if any(any(a.has(f) for f in _PAST) for a in auxiliaries):
        return True
    # "It is widely believed that": a passive participle takes its tense from its auxiliary.
    passive = any(a.dep.startswith("aux:pass") for a in auxiliaries)
    return not passive and any(verb.has(f) for f in _PAST)

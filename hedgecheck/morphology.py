"""Repairing the parser's morphology where it is known to fail.

The small French model tags many conditionals of less frequent verbs as
indicative (« le ministre démissionnerait » → ``Mood=Ind``), which would hide
the journalistic conditional, the most frequent French hedge. A language may
therefore describe, in its ``language.toml``, how a mood shows in the word
form; a verb whose form fits gets the feature added. The description is data:

    [mood_from_form."Mood=Cnd"]
    endings = ["aient", "ait", "ais", "ions", "iez"]
    dropped_lemma_endings = ["e"]
    irregular_stems = ["ser", "aur", "fer", "pourr", ...]

A form is in that mood when it is a *stem* plus one of the endings, where the
stem is the lemma itself (« démissionner-ait »), the lemma less one of the
dropped endings (« rejoindr-ait ») or one of the irregular stems. This tells the
conditional « déclarerait » from the imperfect « déclarait », whose stem
« déclar » is neither.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from hedgecheck.parsed import Token

__all__ = ["FormMoodRule", "guess_features"]

_VERBAL = frozenset({"VERB", "AUX"})
# Irregular stems this long are distinctive enough to match at the end of a
# prefixed verb (« deviendr » in « redeviendrait », « tiendr » in « obtiendrait »).
_SUFFIX_STEM_LENGTH = 5


@attrs.frozen(slots=True)
class FormMoodRule:
    feature: str
    endings: tuple[str, ...]
    irregular_stems: frozenset[str] = frozenset()
    dropped_lemma_endings: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        return self.feature.partition("=")[0]

    def denies(self, token: Token) -> bool:
        """The tagger gave the feature, but the word ends in none of its endings."""
        return token.has(self.feature) and not any(token.lower.endswith(e) for e in self.endings)

    def matches(self, token: Token) -> bool:
        # The tagger sometimes calls a conditional an adverb (« recueilleraient »/ADV) while
        # its lemmatiser still finds the verb: a lemma unlike the form says so.
        mistagged_verb = token.upos == "ADV" and token.lemma != token.lower
        if (token.upos not in _VERBAL and not mistagged_verb) or token.has(self.feature):
            return False
        form = token.lower
        for ending in self.endings:
            if not form.endswith(ending) or len(form) <= len(ending):
                continue
            stem = form[: -len(ending)]
            if stem == token.lemma or stem in self.irregular_stems or self._lemma_less_ending(stem, token.lemma):
                return True
            if any(len(s) >= _SUFFIX_STEM_LENGTH and stem.endswith(s) for s in self.irregular_stems):
                return True
        return False

    def _lemma_less_ending(self, stem: str, lemma: str) -> bool:
        return any(stem + dropped == lemma for dropped in self.dropped_lemma_endings)


def guess_features(token: Token, rules: Iterable[FormMoodRule]) -> frozenset[str]:
    """The token's features plus those its form shows (replacing a wrong value of the same key).

    A feature the tagger gave but the form rules out is dropped: a French
    conditional always ends in one of its endings, so « notons » or « restent »
    tagged ``Mood=Cnd`` are not conditionals.
    """
    rules = list(rules)
    added = [rule for rule in rules if rule.matches(token)]
    denied = {rule.feature for rule in rules if rule.denies(token)}
    if not added and not denied:
        return token.feats
    keys = {rule.key for rule in added}
    kept = {f for f in token.feats if f.partition("=")[0] not in keys and f not in denied}
    return frozenset(kept | {rule.feature for rule in added})

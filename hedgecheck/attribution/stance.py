"""Stance nouns: « La principale crainte des observateurs est que ... », "Trump's claim is that ...".

A **stance noun** (``stance_nouns.tsv``: a claim, a fear, an argument, a conclusion)
that is the subject of the main clause's copula reports its owner's position: the
predicate is what the owner holds (guidelines §2 rule 1, "a stated position of its
source"). The owner is the noun's possessor (« sa », "Trump's") or its genitive
complement (« des observateurs », "of the report"); with no owner, nobody is named
and the noun reports nothing ("The implication is clear").
"""

from __future__ import annotations

from collections.abc import Iterable

from hedgecheck.attribution.readings import AttributionHit, Rank
from hedgecheck.attribution.source_typing import SourceTyper
from hedgecheck.attribution.syntax import in_main_clause, subtree
from hedgecheck.attribution.view import MarkerSpans, SentenceView
from hedgecheck.lexicon import Language, PhraseEntry
from hedgecheck.model import Provenance
from hedgecheck.parsed import ParsedSentence, Token
from hedgecheck.patterns import Match, PatternMatcher, select_longest

__all__ = ["StanceNounFinder"]


class StanceNounFinder:
    """Finds stance nouns that open the main clause's copula, with the owner who holds the stance."""

    def __init__(self, language: Language, typer: SourceTyper) -> None:
        self._nouns: PatternMatcher[PhraseEntry] = PatternMatcher(language.stance_nouns)
        self._copulas = frozenset(language.copulas)
        self._typer = typer

    def hits(self, view: SentenceView, marked: MarkerSpans) -> Iterable[AttributionHit]:
        sentence = view.sentence
        for match in select_longest(self._nouns.find(sentence)):
            noun = sentence.tokens[match.last]
            if noun.i in marked.tokens or not _copular_subject(sentence, noun, self._copulas):
                continue
            owned = self._typer.owners.type(view, noun)
            if owned is None:
                continue
            reading, source = owned
            yield AttributionHit(
                source=source,
                cue=(match.first, match.last),
                reading=reading,
                provenance=_provenance(match),
                content=_predicate(sentence, noun),
                # Below a main-clause verb: « La thèse du gouvernement est fausse, estiment les experts ».
                rank=Rank.MAIN_CLAUSE_MARKER,
            )


def _copular_subject(sentence: ParsedSentence, noun: Token, copulas: frozenset[str]) -> bool:
    """The subject of the main clause's copula: « La crainte ... est X », "The claim is that X"."""
    if not noun.dep.startswith("nsubj") or noun.head == noun.i:
        return False
    predicate = sentence.head_of(noun)
    # "Trump's claim is false", « la position de l'équipe est fragile »: the author judges the
    # noun, and nobody holds an adjective; a clause or a noun after the copula is what is held.
    if predicate.upos == "ADJ" or any(
        c.upos == "ADJ" and c.dep.startswith("xcomp") for c in sentence.children_of(predicate)
    ):
        return False
    copular = (
        predicate.upos == "AUX"
        or predicate.lemma in copulas
        or any(c.dep == "cop" for c in sentence.children_of(predicate))
    )
    return copular and in_main_clause(sentence, predicate)


def _predicate(sentence: ParsedSentence, noun: Token) -> tuple[int, int] | None:
    """What the owner holds: the clause after the copula, or the predicate without its subject."""
    predicate = sentence.head_of(noun)
    clause = next((c for c in sentence.children_of(predicate) if c.dep.startswith("ccomp")), None)
    head = clause if clause is not None else predicate
    subject = subtree(sentence, noun)
    members = sorted(
        i
        for i in subtree(sentence, head)
        if i not in subject and sentence.tokens[i].upos != "PUNCT" and sentence.tokens[i].dep not in ("cop", "mark")
    )
    return (members[0], members[-1]) if members and sentence.tokens[head.i].upos != "AUX" else None


def _provenance(match: Match[PhraseEntry]) -> Provenance:
    return Provenance(match.entry.path, match.entry.line)

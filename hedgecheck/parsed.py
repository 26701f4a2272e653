"""The parse that detectors read: Universal Dependencies tokens, backend-neutral.

Detectors never touch spaCy or stanza objects. A backend turns its own parse
into these small frozen records (UPOS, FEATS, lemma, head and deprel, entity
type), so a detector written once works for every backend and language.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

__all__ = ["ParsedSentence", "Token", "cut"]


@attrs.frozen(slots=True)
class Token:
    """One token; ``start``/``end`` are offsets into the normalised document text."""

    i: int
    text: str
    lemma: str
    upos: str
    feats: frozenset[str]
    dep: str
    head: int
    start: int
    end: int
    ent_type: str = ""

    @property
    def lower(self) -> str:
        return self.text.lower()

    def has(self, feature: str) -> bool:
        """Whether the token carries a UD feature written ``Key=Value``."""
        return feature in self.feats

    @property
    def is_space(self) -> bool:
        return self.upos == "SPACE" or not self.text.strip()


@attrs.frozen(slots=True)
class ParsedSentence:
    """A sentence's tokens (indexed by ``Token.i``) and its children lists."""

    tokens: tuple[Token, ...]
    children: tuple[tuple[int, ...], ...] = attrs.field()

    @children.default
    def _children(self) -> tuple[tuple[int, ...], ...]:
        kids: list[list[int]] = [[] for _ in self.tokens]
        for token in self.tokens:
            if token.head != token.i:
                kids[token.head].append(token.i)
        return tuple(tuple(k) for k in kids)

    words: tuple[Token, ...] = attrs.field()

    @words.default
    def _words(self) -> tuple[Token, ...]:
        """The tokens that are not white space: what patterns are matched over."""
        return tuple(t for t in self.tokens if not t.is_space)

    def __len__(self) -> int:
        return len(self.tokens)

    def head_of(self, token: Token) -> Token:
        return self.tokens[token.head]

    def children_of(self, token: Token) -> tuple[Token, ...]:
        return tuple(self.tokens[i] for i in self.children[token.i])


def with_verbal_predicates(sentence: ParsedSentence) -> ParsedSentence:
    """The sentence with nouns that govern a subject but no copula re-tagged as verbs, and names
    the tagger read as verbs re-tagged as proper nouns.

    In Universal Dependencies a noun has a subject only as a copular predicate (« il
    est médecin »). A noun with a subject and no copula is a verb the tagger
    missed: « une directive européenne demande aux pilotes » (« demande »/NOUN).
    """
    retag = {
        t.i
        for t in sentence.tokens
        if t.upos == "NOUN"
        and any(c.dep.startswith("nsubj") for c in sentence.children_of(t))
        and not any(c.dep == "cop" for c in sentence.children_of(t))
    }
    # The other way round: a word the recogniser calls an entity, standing where a noun
    # phrase stands with no determiner, is a name the tagger read as a verb or a common
    # noun ("Trump this week said" → VERB, "Trump has tried" → NOUN).
    names = {t.i for t in sentence.tokens if t.upos in ("VERB", "NOUN") and _bare_entity(sentence, t)}
    if not retag and not names:
        return sentence
    tokens = tuple(
        attrs.evolve(t, upos="VERB") if t.i in retag else attrs.evolve(t, upos="PROPN") if t.i in names else t
        for t in sentence.tokens
    )
    return ParsedSentence(tokens, sentence.children)


def with_subordinating_coordinators(sentence: ParsedSentence, coordinators: frozenset[str]) -> ParsedSentence:
    """The sentence with a coordinator that opens a reason (« car ») read as a subordinating conjunction.

    Universal Dependencies tags « car » as a coordinating conjunction, so the clause it
    opens looks like a second main clause; in meaning it is a subordinate reason, and a
    report inside it is not the sentence's main one (guidelines §2 rule 8).
    """
    cc = {t.i for t in sentence.tokens if t.dep == "cc" and t.lemma in coordinators and t.head != t.i}
    if not cc:
        return sentence
    clauses = {sentence.tokens[i].head for i in cc}
    tokens = tuple(
        attrs.evolve(t, upos="SCONJ", dep="mark")
        if t.i in cc
        else attrs.evolve(t, dep="advcl")
        if t.i in clauses and t.dep.startswith("conj")
        else t
        for t in sentence.tokens
    )
    return ParsedSentence(tokens, sentence.children)


_NOMINAL_RELATIONS = ("nsubj", "obj", "iobj", "obl", "nmod", "appos", "compound", "flat")


def _bare_entity(sentence: ParsedSentence, token: Token) -> bool:
    """An entity word in a noun's place, governing nothing a verb or a common noun would."""
    if not token.ent_type or not token.dep.startswith(_NOMINAL_RELATIONS):
        return False
    governs = ("nsubj", "aux", "ccomp", "xcomp", "mark", "det", "amod", "nummod")
    return not any(c.dep.startswith(governs) for c in sentence.children_of(token))


def cut(tokens: Sequence[Token], start: int, end: int) -> ParsedSentence:
    """The tokens of a whole document's parse that fall in ``[start, end)``, as one sentence.

    Indices are renumbered from 0, a head outside the stretch becomes a root, and
    character offsets become relative to ``start``: the shape a backend gives a
    sentence it parsed on its own.
    """
    inside = [t for t in tokens if t.start < end and start < t.end]
    index = {t.i: k for k, t in enumerate(inside)}
    return ParsedSentence(
        tuple(
            attrs.evolve(
                t,
                i=k,
                head=index.get(t.head, k),
                start=max(t.start, start) - start,
                end=min(t.end, end) - start,
            )
            for k, t in enumerate(inside)
        )
    )


def negators(sentence: ParsedSentence, token: Token, expletives: frozenset[str]) -> list[Token]:
    """The words that negate ``token``: a child with Polarity=Neg or the ``neg`` relation, except
    the language's expletive negation words (French « ne » alone: « ne ... que » restricts)."""
    return [
        c
        for c in sentence.children_of(token)
        if (c.has("Polarity=Neg") or c.dep == "neg") and c.lemma not in expletives
    ]

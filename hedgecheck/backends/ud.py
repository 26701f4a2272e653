"""Bringing a parse into Universal Dependencies shape.

Detectors read UD: a preposition is a ``case`` child of its noun, a passive
subject is ``nsubj:pass``, an object ``obj``. spaCy's English pipelines use the
older ClearNLP scheme instead (``prep`` heading ``pobj``, ``nsubjpass``,
``dobj``, ``agent``), so this module converts such a parse, token by token,
before any detector sees it. Modal auxiliaries (tag ``MD``) also get the UD
feature ``VerbType=Mod``, which the English ``moods.tsv`` keys on.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from hedgecheck.parsed import Token

__all__ = ["CLEAR_LABELS", "clear_to_ud"]

# Labels only the ClearNLP scheme has: their presence tells which scheme a parser uses.
CLEAR_LABELS = frozenset({"pobj", "dobj", "nsubjpass", "auxpass", "prep"})

_RENAMED = {
    "nsubjpass": "nsubj:pass",
    "csubjpass": "csubj:pass",
    "auxpass": "aux:pass",
    "dobj": "obj",
    "dative": "iobj",
    "poss": "nmod:poss",
    "relcl": "acl:relcl",
    "npadvmod": "obl:npmod",
    "prt": "compound:prt",
    "acomp": "xcomp",
    "oprd": "xcomp",
    "attr": "obj",
}
_PREDICATES = frozenset({"VERB", "AUX", "ADJ", "ADV"})


def clear_to_ud(tokens: Sequence[Token], tags: Sequence[str] = ()) -> list[Token]:
    """The same tokens with UD relations: prepositions become ``case`` children of their objects."""
    heads = [t.head for t in tokens]
    deps = [_RENAMED.get(t.dep, t.dep) for t in tokens]
    for token in tokens:
        if token.dep not in ("prep", "agent"):
            continue
        objects = [t for t in tokens if t.head == token.i and t.i != token.i and t.dep == "pobj"]
        if not objects:
            continue
        noun = objects[0]
        governor = tokens[token.head]
        # The object takes the preposition's place under its governor ...
        heads[noun.i] = token.head if token.head != token.i else noun.i
        if token.dep == "agent":
            deps[noun.i] = "obl:agent"
        elif token.head == token.i:
            deps[noun.i] = "ROOT"
        else:
            deps[noun.i] = "obl" if governor.upos in _PREDICATES else "nmod"
        # ... and the preposition becomes its case marker; its other children follow the noun.
        heads[token.i] = noun.i
        deps[token.i] = "case"
        for other in tokens:
            if other.head == token.i and other.i not in (noun.i, token.i) and other.dep != "pobj":
                heads[other.i] = noun.i
    out = []
    for token, head, dep in zip(tokens, heads, deps, strict=True):
        feats = token.feats
        if tags and tags[token.i] == "MD":
            feats = feats | {"VerbType=Mod"}
        out.append(attrs.evolve(token, head=head, dep=dep, feats=feats))
    return out

"""Pure look-ups on the parse of one sentence: noun-phrase spans, verb groups, clauses, quotes.

They read Universal Dependencies relations and features only, and no lexicon,
so every attribution part can share them.
"""

from __future__ import annotations

import unicodedata

from hedgecheck.lexicon import MarkerEntry
from hedgecheck.parsed import ParsedSentence, Token
from hedgecheck.patterns import Match

__all__ = [
    "IDENTITY_DEPS",
    "NOMINAL",
    "attached_to_main",
    "claimed_content",
    "dateline",
    "glued_word",
    "grammatical_number",
    "identity_tokens",
    "in_main_clause",
    "is_acronym",
    "leading_phrase",
    "marker_object",
    "may_be_verb",
    "noun_phrase_span",
    "passive_or_pronominal",
    "previous_word",
    "subtree",
    "verb_group",
]

NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM", "X"})
# Relations through which a noun phrase still names the same entity as its
# head: apposition, flat names, conjunction, plain nominal modifiers.
IDENTITY_DEPS = ("appos", "flat", "conj", "nmod", "amod", "nummod", "compound")
# Relations whose subtree is never part of a source's span.
# Not part of a noun phrase: clauses, and time or measure adjuncts ("Trump this week said").
_CLAUSAL = ("acl:relcl", "advcl", "ccomp", "parataxis", "obl:npmod", "obl:tmod", "nmod:tmod")


def grammatical_number(token: Token) -> str | None:
    for value in ("Sing", "Plur"):
        if token.has(f"Number={value}"):
            return value
    return None


def verb_group(sentence: ParsedSentence, verb: Token) -> list[int]:
    """The verb and its auxiliaries, with what stands between them (« a longtemps rejeté »)."""
    auxiliaries = [c.i for c in sentence.children_of(verb) if c.dep.startswith("aux") and c.i < verb.i]
    if not auxiliaries:
        return [verb.i]
    return list(range(min(auxiliaries), verb.i + 1))


def may_be_verb(sentence: ParsedSentence, token: Token) -> bool:
    """A reporting verb candidate: tagged a verb, or mis-tagged but not used as a noun.

    The small French model tags « disent » as an adverb and « évoque » as an
    adjective; a word after a determiner or a preposition (« l'estime ») is a noun.
    """
    if token.upos in ("VERB", "AUX"):
        return True
    if token.upos not in ("NOUN", "ADJ", "ADV", "X", "INTJ"):
        return False
    if any(c.dep.startswith("aux") for c in sentence.children_of(token)):
        return True
    before = previous_word(sentence, token.i)
    return before is None or before.upos not in ("DET", "ADP")


def passive_or_pronominal(sentence: ParsedSentence, subject: Token) -> bool:
    """« il a été annoncé que », « il se dit que »: an impersonal subject; « il a indiqué que » is a person.

    The parser sometimes calls the subject of an active reporting verb expletive.
    """
    verb = sentence.head_of(subject)
    return verb.has("Voice=Pass") or any(
        c.dep.startswith(("aux:pass", "expl:pass")) or c.has("Reflex=Yes") for c in sentence.children_of(verb)
    )


def is_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def previous_word(sentence: ParsedSentence, index: int) -> Token | None:
    for i in range(index - 1, -1, -1):
        token = sentence.tokens[i]
        if not token.is_space:
            return token
    return None


def subtree(sentence: ParsedSentence, token: Token, skip: tuple[str, ...] = ()) -> set[int]:
    found = {token.i}
    stack = [token]
    while stack:
        node = stack.pop()
        for child in sentence.children_of(node):
            if child.i not in found and not child.dep.startswith(skip):
                found.add(child.i)
                stack.append(child)
    return found


def noun_phrase_span(
    sentence: ParsedSentence, head: Token, exclude: set[int], stop_at: tuple[str, ...] = ()
) -> tuple[int, int] | None:
    """The contiguous stretch of the noun phrase around ``head``, without clauses or punctuation edges.

    It ends before the first of the ``stop_at`` marks after ``head`` (a marker's phrase at its comma).
    """
    members = (subtree(sentence, head, skip=_CLAUSAL) | glued_word(sentence, head)) - exclude
    start = end = head.i
    while start - 1 in members:
        start -= 1
    while end + 1 in members and sentence.tokens[end + 1].text not in stop_at:
        end += 1
    while start < end and (sentence.tokens[start].upos == "PUNCT" or sentence.tokens[start].dep.startswith("case")):
        start += 1  # « par le Kremlin »: the preposition is not part of the source
    while end > start and sentence.tokens[end].upos == "PUNCT":
        end -= 1
    if sentence.tokens[start].upos == "PUNCT":
        return None
    return start, _close_brackets(sentence, start, end)


def _close_brackets(sentence: ParsedSentence, start: int, end: int) -> int:
    """The span's end, moved past the bracket that closes one it opened: "Jason Chaffetz (R-Utah)".

    Brackets are told by their Unicode class (open and close punctuation), which no language changes.
    """
    depth = 0
    for token in sentence.tokens[start : end + 1]:
        depth += _bracket_step(token)
    following = end + 1
    while depth > 0 and following < len(sentence.tokens) and _bracket_step(sentence.tokens[following]) < 0:
        depth -= 1
        end = following
        following += 1
    return end


def _bracket_step(token: Token) -> int:
    """+1 for an opening bracket, -1 for a closing one, 0 for anything else."""
    if len(token.text) != 1:
        return 0
    category = unicodedata.category(token.text)
    return 1 if category == "Ps" else -1 if category == "Pe" else 0


def glued_word(sentence: ParsedSentence, token: Token) -> set[int]:
    """The tokens of the written word ``token`` belongs to: « Al-Jazeera » split at its hyphen."""
    found = {token.i}
    k = token.i
    while k > 0 and sentence.tokens[k - 1].end == sentence.tokens[k].start:
        k -= 1
        found.add(k)
    k = token.i
    while k + 1 < len(sentence.tokens) and sentence.tokens[k].end == sentence.tokens[k + 1].start:
        k += 1
        found.add(k)
    # Punctuation glued to a word (« Rubio, ») is no part of it.
    return {i for i in found if sentence.tokens[i].upos != "PUNCT" or 0 < i - min(found) < len(found) - 1}


def identity_tokens(sentence: ParsedSentence, head: Token) -> list[Token]:
    """Tokens that name the same entity as ``head``: not behind « de » (« un conseiller du président X »)."""
    found = [head]
    stack = [head]
    while stack:
        node = stack.pop()
        for child in sentence.children_of(node):
            if not child.dep.startswith(IDENTITY_DEPS) or child.dep.startswith("nmod:poss"):
                continue
            # Behind a preposition, a name qualifies the speaker without naming it:
            # « un conseiller du président Trump », "an adviser to President Trump" (rule 4).
            if any(c.dep.startswith("case") for c in sentence.children_of(child)):
                continue
            found.append(child)
            stack.append(child)
    return found


_LEADING_PHRASE_LIMIT = 6


def leading_phrase(sentence: ParsedSentence, end: int) -> tuple[Token, tuple[int, int]] | None:
    """The short verbless phrase that opens the sentence before ``end``, and its head."""
    tokens = [t for t in sentence.tokens[:end] if not t.is_space]
    while tokens and tokens[0].upos == "PUNCT":
        tokens.pop(0)
    if not tokens or len(tokens) > _LEADING_PHRASE_LIMIT or any(t.upos in ("VERB", "AUX") for t in tokens):
        return None
    inside = {t.i for t in tokens}
    heads = [t for t in tokens if t.head not in inside or t.head == t.i]
    head = next((t for t in heads if t.upos in ("PROPN", "NOUN", "PRON")), None)
    if head is None:
        return None
    return head, (tokens[0].i, tokens[-1].i)


def marker_object(sentence: ParsedSentence, match: Match[MarkerEntry]) -> Token | None:
    """The head of the noun phrase a marker introduces."""
    last = sentence.tokens[match.last]
    if last.head != last.i and last.head > match.last:
        head = sentence.head_of(last)
        if head.upos in NOMINAL:
            return head
    following = match.last + 1
    while following < len(sentence.tokens) and sentence.tokens[following].upos in ("DET", "ADJ", "PUNCT"):
        following += 1
    if following < len(sentence.tokens) and sentence.tokens[following].upos in NOMINAL:
        token = sentence.tokens[following]
        # "citing three people", "― Jorge Falcon": a number or a first name modifies the noun that heads the phrase.
        while (
            (token.upos == "NUM" or token.dep.startswith(("compound", "flat")))
            and token.head > token.i
            and sentence.head_of(token).upos in NOMINAL
        ):
            token = sentence.head_of(token)
        return token
    return None


def in_main_clause(sentence: ParsedSentence, token: Token, tag: bool = False) -> bool:
    """Whether ``token`` belongs to the main clause (guidelines §2 rules 2 and 8).

    It does unless a clause on its way up to the root is a relative clause, an
    adnominal clause, or a subordinate clause opened by a conjunction (« que »,
    « si », « parce que »). Participial and gerund clauses (« Interrogé par
    l'AFP, ... s'est borné à indiquer ») and quoted clauses of an inverted tag
    stay in the main clause: the parser often hangs the tag's verb under them.
    """
    if tag:
        # An inverted tag (« », a déclaré X ») is the main clause whatever the
        # parser hangs it under, unless it sits in a relative clause.
        return not token.dep.startswith("acl")
    node = token
    for _ in range(len(sentence.tokens)):
        if _main_verb_hung_on_a_relative(sentence, node):
            return True
        if node.dep.startswith(("acl", "nmod", "obl", "amod")) and node.upos in ("VERB", "AUX"):
            governor = sentence.head_of(node) if node.head != node.i else node
            # « qui a déclaré »; « dont le fondateur avait assuré »: the pronoun may hang on the subject.
            relative = any(
                c.has("PronType=Rel") or any(g.has("PronType=Rel") for g in sentence.children_of(c))
                for c in sentence.children_of(node)
            )
            # A broken parse hangs the verb on a verbless root (« Le quotidien X rapporte que »);
            # a clause with a relative pronoun (« qui a déclaré ») is a real relative clause.
            if relative or not (governor.head == governor.i and governor.upos not in ("VERB", "AUX", "ADJ")):
                return False
        if node.dep.startswith(("ccomp", "advcl", "csubj")) and any(
            c.dep == "mark" and c.upos == "SCONJ" for c in sentence.children_of(node)
        ):
            return False
        if node.head == node.i:
            return True
        node = sentence.head_of(node)
    return True


def _main_verb_hung_on_a_relative(sentence: ParsedSentence, verb: Token) -> bool:
    """« Une infirmière, qui a requis l'anonymat, évoque des nuits »: the parser, finding no verb
    for the subject, makes the main verb a conjunct of the relative clause and the subject the
    root. After the comma that closes the relative clause, the verb is the main one."""
    if not verb.dep.startswith("conj") or verb.head == verb.i or verb.upos not in ("VERB", "AUX"):
        return False
    relative = sentence.head_of(verb)
    if not relative.dep.startswith("acl") or relative.head == relative.i:
        return False
    subject = sentence.head_of(relative)
    before = sentence.tokens[verb.i - 1] if verb.i > 0 else None
    return (
        subject.head == subject.i
        and subject.upos in ("NOUN", "PROPN", "PRON")
        and any(c.has("PronType=Rel") for c in sentence.children_of(relative))
        and before is not None
        and before.upos == "PUNCT"
    )


_DATELINE_LIMIT = 12


def dateline(sentence: ParsedSentence, dashes: tuple[str, ...]) -> set[int]:
    """« PARIS, 2 septembre (AFP) — »: the wire dateline up to the first of the language's dashes, if any."""
    for token in sentence.tokens[:_DATELINE_LIMIT]:
        if token.text in dashes and token.i > 0:
            return set(range(token.i + 1))
    return set()


def attached_to_main(sentence: ParsedSentence, token: Token) -> bool:
    """Whether a marker's noun phrase modifies the main clause (not a noun or a subordinate clause)."""
    if token.head == token.i:
        return True
    governor = sentence.head_of(token)
    return in_main_clause(sentence, governor) and governor.upos in ("VERB", "AUX", "ADJ", "NOUN")


def claimed_content(sentence: ParsedSentence, verb: Token, source: tuple[int, int]) -> tuple[int, int] | None:
    """What is claimed: the complement clause or object, or the clause an inverted tag follows."""
    for child in sentence.children_of(verb):
        if child.dep.startswith(("ccomp", "obj")) and not source[0] <= child.i <= source[1]:
            members = sorted(i for i in subtree(sentence, child) if sentence.tokens[i].upos != "PUNCT")
            members = [i for i in members if not (sentence.tokens[i].dep == "mark" and i == members[0])]
            if members:
                return members[0], members[-1]
    return None

"""Who may be speaking through a reporting verb: its possible speakers, likeliest first.

The source of a reporting verb is its subject, the agent of a passive, or the
noun phrase after the verb in an inverted tag (« ..., a indiqué le ministre »,
« a-t-il déclaré »); failing those, the governing verb's speaker or the words
right before the verb.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

from hedgecheck.attribution.syntax import NOMINAL, previous_word, verb_group
from hedgecheck.attribution.view import MarkerSpans, SentenceView
from hedgecheck.lexicon import Language
from hedgecheck.parsed import ParsedSentence, Token

__all__ = ["SpeakerCandidate", "SpeakerFinder"]


@attrs.frozen(slots=True)
class SpeakerCandidate:
    """A possible source: its head token, its span when already known, whether it follows its verb."""

    head: Token
    inverted: bool = False
    span: tuple[int, int] | None = None
    subject: bool = False  # the parser's subject or agent: a speaker even if its noun is unlisted
    clitic: bool = False  # « a-t-il déclaré »


class SpeakerFinder:
    """Lists the possible speakers of a reporting verb; the caller keeps the first one typed as a speaker."""

    def __init__(self, language: Language) -> None:
        self._clitics = frozenset(language.inverted_clitics)
        self._reflexives = frozenset(language.reflexive_clitics)
        self._impersonal = frozenset(language.impersonal_pronouns)
        # What a verb that opens an inverted tag follows: a comma, a closing quotation mark, a dash...
        punctuation = language.punctuation
        closings = (closing for _, closing in language.quotation_marks)
        self._tag_openers = frozenset((*punctuation.commas, *punctuation.tag_openers, *closings))

    def candidates(
        self, view: SentenceView, marked: MarkerSpans, verb: Token, group: Sequence[int]
    ) -> Iterable[SpeakerCandidate]:
        """Possible sources of a reporting verb, likeliest first; the first one typed as a speaker wins.

        The parser's subject comes first; but after a comma or a closing quote the
        verb may open an inverted tag (« ..., a indiqué le ministre »), whose
        source follows it, and the parser often calls that noun an object.
        """
        sentence = view.sentence
        children = sentence.children_of(verb)
        start = min(group)
        clitic = self._clitic(sentence, verb, start)
        if clitic is not None:
            yield SpeakerCandidate(clitic, inverted=True, clitic=True)  # « a-t-il déclaré », « estiment-ils »
            return
        if _passive(verb, children, self._reflexives):
            yield from _passive_speakers(verb, children, self._reflexives, self._impersonal)
            return
        subject = _subject(children, self._reflexives)
        if subject is not None and subject.i < verb.i:
            yield _subject_before(sentence, verb, subject)
        yield from _inverted_subjects(view, verb, start, children, self._tag_openers)
        if subject is not None and subject.i > verb.i:
            yield SpeakerCandidate(subject, subject=True)
        participle = verb.has("VerbForm=Part") and start == verb.i and subject is None
        if verb.head != verb.i and (verb.dep.startswith(("conj", "xcomp")) or participle):
            yield from self._governor_speakers(view, marked, verb)
        if participle or verb.has("VerbForm=Inf"):
            return  # « ..., affirmant que », « a tenu à souligner »: the governing verb's speaker, or nobody
        yield from _nearest_left_stretch(view, marked, start)

    def _clitic(self, sentence: ParsedSentence, verb: Token, start: int) -> Token | None:
        """The subject clitic of an inverted verb (« a-t-il déclaré »), within the verb group."""
        return next(
            (sentence.tokens[i] for i in range(start, min(verb.i + 3, len(sentence.tokens)))
             if sentence.tokens[i].lower in self._clitics),
            None,
        )  # fmt: skip

    def _governor_speakers(self, view: SentenceView, marked: MarkerSpans, verb: Token) -> Iterable[SpeakerCandidate]:
        """« X a souligné ... et a insisté », « X a tenu à souligner »: the governor's source."""
        sentence = view.sentence
        head = sentence.head_of(verb)
        # "Officials are confident that": the English parse makes the copula the root.
        if head.upos == "VERB" or (head.upos == "AUX" and verb.upos == "ADJ"):
            yield from (c for c in self.candidates(view, marked, head, verb_group(sentence, head)) if not c.inverted)


def _reflexive(token: Token, clitics: frozenset[str]) -> bool:
    """A reflexive clitic: by its feature, or by its form where the parser leaves the feature out."""
    return token.has("Reflex=Yes") or token.lower in clitics


def _passive(verb: Token, children: Sequence[Token], reflexives: frozenset[str]) -> bool:
    """A passive verb; with a reflexive clitic it is pronominal (« se dit »), and its subject may speak."""
    reflexive = any(_reflexive(c, reflexives) for c in children if c.upos == "PRON")
    if reflexive:
        return False
    if any(c.dep.startswith("aux:pass") for c in children):
        return True
    # « Mme Castagné a assuré que »: the parser may mark a participle passive that only a
    # tense auxiliary governs; that is an active compound tense, not a passive.
    return verb.has("Voice=Pass") and not any(c.dep.startswith("aux:tense") for c in children)


def _passive_speakers(
    verb: Token, children: Sequence[Token], reflexives: frozenset[str], impersonal: frozenset[str]
) -> Iterable[SpeakerCandidate]:
    # A passive reporting verb names its source in the agent (« annoncée par le Kremlin »);
    # its subject is what is reported on ("The House is expected to vote", "He was accused
    # of fraud"), unless it is an expletive before the reported clause ("It was reported
    # that", « il a été annoncé que »).
    agent = next((c for c in children if c.dep.startswith("obl:agent")), None)
    if agent is not None:
        yield SpeakerCandidate(agent, subject=True)
    clause = any(c.dep.startswith(("ccomp", "csubj")) for c in children)
    expletive = next(
        (
            c
            for c in children
            if c.dep.startswith(("nsubj", "expl"))
            and c.upos == "PRON"
            and c.i < verb.i
            and (c.dep.startswith("expl") or (clause and c.lower in impersonal))  # not "He was told that"
            and not _reflexive(c, reflexives)
        ),
        None,
    )
    if expletive is not None:
        yield SpeakerCandidate(expletive, subject=True)


def _subject(children: Sequence[Token], reflexives: frozenset[str]) -> Token | None:
    return next(
        (
            c
            for c in children
            if c.dep.startswith(("nsubj", "expl:subj"))
            and c.upos in NOMINAL | {"ADJ", "ADV"}
            and not _reflexive(c, reflexives)
        ),
        None,
    )


def _subject_before(sentence: ParsedSentence, verb: Token, subject: Token) -> SpeakerCandidate:
    # A relative clause's own subject speaks (« devant des milliers de partisans [...], le
    # président a déclaré », parsed as a relative clause); its relative pronoun stands for the noun.
    if subject.has("PronType=Rel") and verb.head != verb.i:
        return SpeakerCandidate(sentence.head_of(verb), subject=True)  # « le ministre, qui a déclaré »
    return SpeakerCandidate(subject, subject=True)


def _inverted_subjects(
    view: SentenceView, verb: Token, start: int, children: Sequence[Token], openers: frozenset[str]
) -> Iterable[SpeakerCandidate]:
    """« ..., a indiqué le ministre », « », sourit X »: the noun after a verb that opens a tag."""
    sentence = view.sentence
    before = previous_word(sentence, start)
    # « comme l'a souligné la ministre »: past an object clitic, the clause's own conjunction opens the tag.
    while before is not None and before.upos == "PRON" and before.dep.startswith(("obj", "iobj")):
        before = previous_word(sentence, before.i)
    opens_clause = before is not None and before.dep == "mark" and before.head == verb.i
    after_punctuation = before is None or before.text in openers or opens_clause
    # ", citing three people": an adjunct participle, whose object is not its speaker.
    after_quote = before is not None and view.closes_quotation(before)
    bare_participle = (
        verb.has("VerbForm=Part") and start == verb.i and verb.dep.startswith(("advcl", "acl")) and not after_quote
    )
    if (
        after_punctuation
        and not bare_participle
        and not any(c.dep.startswith("ccomp") and c.i > verb.i for c in children)
    ):
        for child in children:
            if child.i > verb.i and child.upos in NOMINAL and child.dep.startswith(("nsubj", "obj")):
                yield SpeakerCandidate(child, inverted=True)


def _stretch_head(tokens: Sequence[Token]) -> Token | None:
    """The first noun of a stretch, or else its first pronoun that is not relative (« dont »)."""
    noun = next((t for t in tokens if t.upos in ("NOUN", "PROPN")), None)
    if noun is not None:
        return noun
    return next((t for t in tokens if t.upos == "PRON" and not t.has("PronType=Rel")), None)


def _nearest_left_stretch(view: SentenceView, marked: MarkerSpans, start: int) -> list[SpeakerCandidate]:
    """A subject the parser lost: the stretch of words right before the verb.

    The stretch starts after a preceding marker phrase (« Selon Axios, ») or at
    the start of the sentence, so « Selon le média Axios, un conseiller du
    président, Donald Trump, a suggéré » finds « un conseiller du président,
    Donald Trump » with « conseiller » as its head.
    """
    sentence = view.sentence
    blocked = marked.main
    # A secondary marker set off by commas (« , cité par Ouest-France, ») is skipped over.
    skipped = marked.secondary
    region: list[Token] = []
    for i in range(start - 1, -1, -1):
        token = sentence.tokens[i]
        if i in skipped:
            continue
        if i in blocked or token.upos in ("VERB", "SCONJ") or token.text in view.marks.closings:
            break
        region.append(token)
    region.reverse()
    while region and region[0].upos in ("PUNCT", "ADV", "CCONJ"):
        region.pop(0)
    while region and region[-1].upos == "PUNCT":
        region.pop()
    if not region:
        return []
    head = _stretch_head(region)
    if head is None:
        return []
    candidates = [SpeakerCandidate(head, span=(region[0].i, region[-1].i))]
    # "..., court records show": the last segment before the verb, when the whole stretch is no speaker.
    commas = [k for k, t in enumerate(region) if t.text in view.punctuation.commas]
    if commas and commas[-1] + 1 < len(region):
        segment = region[commas[-1] + 1 :]
        last_head = _stretch_head(segment)
        if last_head is not None and last_head is not head:
            candidates.append(SpeakerCandidate(last_head, span=(segment[0].i, segment[-1].i)))
    return candidates

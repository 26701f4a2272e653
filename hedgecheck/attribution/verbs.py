"""Reporting verbs (« a déclaré », « a-t-il précisé », "said"), their speakers and the outlets they address.

A **reporting verb** (``reporting_verbs.tsv``) comes with its source: the
subject, the agent of a passive, or the noun phrase after the verb in an
inverted tag (« ..., a indiqué le ministre », « a-t-il déclaré »). A negated
reporting verb (« n'a pas dit ») attributes nothing, unless its lexicon entry gives
the negated use a level (« n'a pas confirmé »: the source is on record as not
confirming, decision 6).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from hedgecheck.attribution.readings import AttributionHit, Rank, SourceReading
from hedgecheck.attribution.source_typing import SourceTyper
from hedgecheck.attribution.speakers import SpeakerCandidate, SpeakerFinder
from hedgecheck.attribution.syntax import (
    claimed_content,
    dateline,
    in_main_clause,
    may_be_verb,
    noun_phrase_span,
    previous_word,
    verb_group,
)
from hedgecheck.attribution.view import MarkerSpans, SentenceView, evidence_of
from hedgecheck.lexicon import CueEntry, Language, PhraseEntry
from hedgecheck.model import AttributionType, CueKind, Provenance
from hedgecheck.parsed import ParsedSentence, Token, negators
from hedgecheck.patterns import Match, PatternMatcher, select_longest

__all__ = ["ReportingVerbFinder"]


class ReportingVerbFinder:
    """Finds the reporting verbs of a sentence, their speakers and the outlets they address."""

    def __init__(self, language: Language, typer: SourceTyper) -> None:
        # Verbs that report only as an inverted tag (« ... », a lancé le maire): tag_verbs.tsv.
        self._tag_only = frozenset(
            CueEntry(e.pattern, None, None, CueKind.REPORTING_VERB, e.path, e.line, e.note) for e in language.tag_verbs
        )
        self._verbs: PatternMatcher[CueEntry] = PatternMatcher([*language.reporting_verbs, *self._tag_only])
        # Verbs that report only with a content of their own ("wrote that", not "wrote a memoir").
        self._content_only: PatternMatcher[PhraseEntry] = PatternMatcher(language.content_verbs)
        self._typer = typer
        self._speakers = SpeakerFinder(language)
        self._expletive = frozenset(language.expletive_negation)
        self._addressee = frozenset(language.addressee_prepositions)
        self._topic = frozenset(language.topic_prepositions)
        self._negating = frozenset(language.negating_governors)
        self._parenthetical_marks = frozenset(language.parenthetical_report_marks)

    def hits(self, view: SentenceView, marked: MarkerSpans) -> Iterable[AttributionHit]:
        content_only = {i for m in self._content_only.find(view.sentence) for i in m.tokens}
        for match in select_longest(self._verbs.find(view.sentence)):
            for hit in self._hits_for_verb(view, marked, match):
                if match.last in content_only and not _has_content(view, hit, self._topic):
                    break
                yield hit

    def _hits_for_verb(
        self, view: SentenceView, marked: MarkerSpans, match: Match[CueEntry]
    ) -> Iterable[AttributionHit]:
        """The hit of one reporting verb with its first speaker, and the outlets it addresses."""
        sentence = view.sentence
        # « s'indigner »: the verb is the first matched word that is not a clitic.
        verb = next(sentence.tokens[i] for i in match.tokens if sentence.tokens[i].upos != "PRON" or i == match.last)
        if not self._usable_verb(sentence, verb, match) or verb.i in marked.tokens:
            return
        group = verb_group(sentence, verb)
        cue = (min(group[0], match.first), max(max(group), match.last))
        # « X, dans une interview accordée à NBC, a affirmé »: the marker phrase is no part of X.
        exclude = set(range(cue[0], cue[1] + 1)) | marked.tokens
        tag_only = match.entry in self._tag_only
        for candidate in self._speakers.candidates(view, marked, verb, group):
            if tag_only and not (
                candidate.inverted or self._tags_quotation(view, candidate.head) or _introduces_quotation(view, cue)
            ):
                continue
            source = candidate.span or noun_phrase_span(sentence, candidate.head, exclude=exclude)
            if source is None:
                continue
            reading = self._typer.type_source(view, candidate.head, source, lenient=candidate.subject)
            if reading is None:
                continue
            rank = _rank(view, marked, verb, group, candidate, source, cue)
            if self._parenthetical(view.sentence, verb):
                rank = Rank.MAIN_CLAUSE_VERB
            provenance = Provenance(match.entry.path, match.entry.line)
            yield AttributionHit(
                source=source,
                cue=cue,
                reading=reading,
                provenance=provenance,
                content=claimed_content(sentence, verb, source),
                rank=rank,
            )
            yield from self._addressee_outlets(view, marked, verb, source, cue, provenance)
            return

    def _addressee_outlets(
        self,
        view: SentenceView,
        marked: MarkerSpans,
        verb: Token,
        source: tuple[int, int],
        cue: tuple[int, int],
        provenance: Provenance,
    ) -> Iterable[AttributionHit]:
        """ "She told CNN", « a déclaré à l'AFP »: the outlet addressed is a secondary media source."""
        for child in view.sentence.children_of(verb):
            if source[0] <= child.i <= source[1] or child.i in marked.tokens:
                continue
            addressed = child.dep.startswith(("iobj", "obj")) or (
                child.dep.startswith("obl")
                and any(c.lemma in self._addressee for c in view.sentence.children_of(child) if c.dep == "case")
            )
            if not addressed:
                continue
            span = noun_phrase_span(view.sentence, child, exclude=set(range(cue[0], cue[1] + 1)))
            if span is None or child.i not in view.media:
                continue
            reading = SourceReading(AttributionType.MEDIA, evidence_of(view.media[child.i]))
            yield AttributionHit(source=span, cue=cue, reading=reading, provenance=provenance, rank=Rank.SECONDARY)

    def _parenthetical(self, sentence: ParsedSentence, verb: Token) -> bool:
        """ "As X put it, ...", « comme l'a souligné X, ... »: a report set beside the main clause.

        The clause is opened by one of the language's ``parenthetical_report_marks``
        and hangs on a verb of the main clause: its speaker is the main clause's source.
        """
        if not verb.dep.startswith("advcl") or verb.head == verb.i:
            return False
        children = sentence.children_of(verb)
        marks = [c for c in children if c.dep == "mark"]
        # Its content is the main clause: the verb takes no complement of its own but a pronoun
        # standing for it (« comme l'a dit », "as she put it"); "as officials praised the protests" is a time.
        complement = any(c.dep.startswith(("obj", "ccomp", "xcomp")) and c.upos != "PRON" for c in children)
        governor = sentence.head_of(verb)
        return (
            bool(marks)
            and marks[0].lemma in self._parenthetical_marks
            and not complement
            and in_main_clause(sentence, governor)
        )

    def _tags_quotation(self, view: SentenceView, speaker: Token) -> bool:
        """“...,” she continued: the speaker stands right after a closing quotation mark."""
        return _after_closing_mark(view, speaker.i)

    def _usable_verb(self, sentence: ParsedSentence, verb: Token, match: Match[CueEntry]) -> bool:
        """A reporting use: a verb (even mis-tagged), not negated, not a pronominal passive.

        « s'expliquer » (to be explained) is not « expliquer »; an infinitive counts
        only under a verb that has a real, non-negated subject (« a tenu à
        souligner »), not « sans préciser » or « n'a pas souhaité commenter ».
        """
        if not may_be_verb(sentence, verb) or verb.has("Mood=Imp"):
            return False  # « notons », « rappelons que »: the author's own aside, no source
        if self._negated(sentence, verb) and match.entry.negated is None:
            # « n'a pas dit que » claims nothing; « n'a pas confirmé » puts the source on
            # record as not confirming: its entry gives the negated use a level.
            return False
        adjective_entry = any(word.pos == "ADJ" for word in match.entry.pattern.words)  # not a verb mis-tagged ADJ
        if adjective_entry and not _predicative(sentence, verb):
            return False  # "The minister, confident of victory, left": a state of mind, not a stated position
        if any(c.dep == "compound:prt" and c.i not in match.tokens for c in sentence.children_of(verb)):
            return False  # a phrasal verb is a verb of its own: "backed out", "called off" report nothing
        reflexive_entry = match.first != verb.i
        if not reflexive_entry and any(
            c.dep.startswith(("expl:pass", "expl:comp")) and c.has("Reflex=Yes") for c in sentence.children_of(verb)
        ):
            return False
        # A bare infinitive under a modal ("would say") heads a finite verb group.
        modal = any(c.dep.startswith("aux") and c.upos == "AUX" for c in sentence.children_of(verb))
        # "advisers say," tagged as an infinitive: a verb with a subject of its own is finite.
        if verb.has("VerbForm=Inf") and not modal and not _has_own_subject(sentence, verb):
            # "declined to threaten Moscow or declare it responsible": a conjoined infinitive
            # shares the governor of the first one.
            while verb.dep.startswith("conj") and verb.head != verb.i and sentence.head_of(verb).has("VerbForm=Inf"):
                verb = sentence.head_of(verb)
            if not verb.dep.startswith("xcomp") or verb.head == verb.i:
                return False
            governor = sentence.head_of(verb)
            if self._negated(sentence, governor) or governor.lemma in self._negating:
                return False  # « n'a pas souhaité commenter », "refused to discuss"
            return any(c.dep.startswith("nsubj") for c in sentence.children_of(governor))
        return True

    def _negated(self, sentence: ParsedSentence, verb: Token) -> bool:
        """« n'a pas dit », "did not say"; not a negation inside a quotation before the tag.

        The negation word must sit in the verb group, with no punctuation between it
        and the verb: in « "Probably not," Ms. Moore said » the parser hangs the
        quoted « not » on « said ».
        """
        start = min(verb_group(sentence, verb))
        for child in negators(sentence, verb, self._expletive):
            low, high = sorted((child.i, verb.i))
            if child.i >= start - 2 and not any(sentence.tokens[i].upos == "PUNCT" for i in range(low + 1, high)):
                return True
        return False


def _has_content(view: SentenceView, hit: AttributionHit, topic_prepositions: frozenset[str]) -> bool:
    """A clause, an infinitive, a quotation or a topic ("spoke of X") of the verb's own, or a tag it makes."""
    sentence = view.sentence
    predicates = [
        sentence.tokens[i]
        for i in range(hit.cue[0], hit.cue[1] + 1)
        if sentence.tokens[i].upos in ("VERB", "AUX", "ADJ")  # "skeptical that": an adjective of attitude
    ]
    dependents = [c for v in predicates for c in sentence.children_of(v)]
    clause = any(c.dep.startswith(("ccomp", "xcomp", "csubj", "parataxis")) for c in dependents)
    topic = any(
        c.dep.startswith("obl")
        and any(m.dep == "case" and m.lemma in topic_prepositions for m in sentence.children_of(c))
        for c in dependents
    )
    inverted = hit.source[0] > hit.cue[1]
    return clause or topic or inverted or _after_closing_mark(view, hit.cue[0]) or _introduces_quotation(view, hit.cue)


def _after_closing_mark(view: SentenceView, index: int) -> bool:
    """“...,” she continued: the word right before ``index`` closes a quotation."""
    before = previous_word(view.sentence, index)
    return before is not None and view.closes_quotation(before)


def _predicative(sentence: ParsedSentence, adjective: Token) -> bool:
    """An adjective said of its subject: with a copula, or the complement of "remain", "be"."""
    if adjective.head == adjective.i or adjective.dep.startswith("xcomp"):
        return True
    return any(c.dep == "cop" for c in sentence.children_of(adjective))


def _has_own_subject(sentence: ParsedSentence, verb: Token) -> bool:
    return any(c.dep.startswith("nsubj") for c in sentence.children_of(verb))


def _introduces_quotation(view: SentenceView, cue: tuple[int, int]) -> bool:
    """She continued, “...”; Caddell continued: the verb opens a quotation after a comma or colon."""
    following = [t for t in view.sentence.tokens[cue[1] + 1 :] if not t.is_space][:2]
    if not following or following[0].upos != "PUNCT" or following[0].text in view.marks.closings:
        return False
    # A colon that ends the sentence opens the quotation the next one holds ("Caddell continued:").
    if len(following) == 1:
        return following[0].text in view.marks.introducers
    return following[1].text in view.marks.openings


def _rank(
    view: SentenceView,
    marked: MarkerSpans,
    verb: Token,
    group: Sequence[int],
    candidate: SpeakerCandidate,
    source: tuple[int, int],
    cue: tuple[int, int],
) -> Rank:
    """How the verb, with this speaker, stands as the main attribution (guidelines §2 rules 2 and 8)."""
    # A tag inside the quotation marks (« ..., a-t-il précisé, ... ») still tags the quotation.
    quoted = view.in_quotation(verb.i) and not candidate.clitic
    # « ..., affirmant que », "Asked whether ...,": an adjunct participle, not the main clause.
    adjunct = (
        verb.has("VerbForm=Part")
        and min(group) == verb.i
        and not candidate.inverted
        and verb.head != verb.i
        and (verb.has("Tense=Pres") or verb.dep.startswith(("advcl", "acl")))
    )
    if quoted:
        return Rank.SECONDARY
    if adjunct:
        # "..., promising to meet": its speaker is the subject of the clause it hangs on.
        governor = view.sentence.head_of(verb)
        # Only a present participle reports: a past one is passive (« le projet annoncé par X »).
        beside_main = (
            verb.has("Tense=Pres") and verb.dep.startswith("advcl") and in_main_clause(view.sentence, governor)
        )
        own_subject = _has_own_subject(view.sentence, verb)
        return Rank.MAIN_CLAUSE_ADJUNCT if beside_main and not own_subject else Rank.SECONDARY
    if in_main_clause(view.sentence, verb, tag=candidate.inverted) or _leads_sentence(view, marked, source, cue):
        return Rank.MAIN_CLAUSE_VERB
    return Rank.SECONDARY


def _leads_sentence(view: SentenceView, marked: MarkerSpans, source: tuple[int, int], cue: tuple[int, int]) -> bool:
    """« SOURCE VERB que ... » at the head of the sentence: the classic attribution lead.

    The parser often loses the main verb of such a lead (« Le Télégramme
    rapporte que » parsed as a noun phrase); word order is the safer guide. The
    source must open the sentence — after punctuation, adverbs and a main
    marker phrase (« Selon L'Équipe, ») — and be followed by the cue, with at
    most commas, adverbs and secondary markers (« , cité par X, ») in between.
    """
    sentence = view.sentence
    opening = marked.main | dateline(sentence, view.punctuation.dashes)
    secondary = marked.secondary
    for i in range(source[0]):
        token = sentence.tokens[i]
        if not (i in opening or token.upos in ("PUNCT", "ADV", "CCONJ") or token.is_space):
            return False
    for i in range(source[1] + 1, cue[0]):
        token = sentence.tokens[i]
        if not (i in secondary or token.upos in ("PUNCT", "ADV") or token.is_space or token.dep.startswith("nmod")):
            return False
    return source[1] < cue[0]

"""Typing a source noun phrase: media, institution, named person, anonymous, vague — or no speaker at all.

Each source noun phrase is typed from the lexicons (media, institutions,
person roles, vague sources, anonymity markers, reporting nouns) and the
parser's named entities. Pronouns and definite roles that may refer back to an
earlier source are left *pending* and resolved by
:class:`~hedgecheck.attribution.context.DocumentContext` over the document.

(The module is not called ``typing``, which would read as the standard library's.)
"""

from __future__ import annotations

import enum
from collections.abc import Callable

import attrs

from hedgecheck.attribution.neighbours import NearestEntries, SourceList, WordVectors
from hedgecheck.attribution.readings import NameGuess, Pending, SourceReading, entity_evidence
from hedgecheck.attribution.syntax import (
    IDENTITY_DEPS,
    NOMINAL,
    grammatical_number,
    identity_tokens,
    is_acronym,
    noun_phrase_span,
    passive_or_pronominal,
)
from hedgecheck.attribution.view import SentenceView, evidence_of
from hedgecheck.lexicon import EntityLabels, Language, PhraseEntry, RoleEntry, RoleReading, TypedEntry
from hedgecheck.model import AttributionType, Provenance
from hedgecheck.parsed import ParsedSentence, Token
from hedgecheck.patterns import Match

__all__ = ["SourceTyper"]

_LIST_TYPES = {
    SourceList.INSTITUTION: AttributionType.INSTITUTION,
    SourceList.MEDIA: AttributionType.MEDIA,
    SourceList.VAGUE: AttributionType.VAGUE,
}
# The object of « selon » is a speaker only when this near a list of speakers.
_MARKER_SIMILARITY = 0.5


class _Verdict(enum.Enum):
    NOT_A_SPEAKER = "not a speaker"  # a step has decided: no later step may type the phrase


@attrs.frozen(slots=True)
class _SourcePhrase:
    """A source noun phrase being typed, with what the typing steps read about it."""

    view: SentenceView
    head: Token
    span: tuple[int, int]
    lenient: bool
    entities: EntityLabels
    identity: list[Token]  # the tokens that name the same entity as the head
    person: Token | None  # the first of them tagged a person
    role: Match[RoleEntry] | None
    institution: Match[PhraseEntry] | None

    @classmethod
    def read(
        cls, view: SentenceView, head: Token, span: tuple[int, int], lenient: bool, entities: EntityLabels
    ) -> _SourcePhrase:
        identity = identity_tokens(view.sentence, head)
        person = next((t for t in identity if t.ent_type in entities.person), None)
        role = view.roles.get(head.i)
        institution = view.institutions.get(head.i)
        return cls(view, head, span, lenient, entities, identity, person, role, institution)

    @property
    def number(self) -> str | None:
        return grammatical_number(self.head)

    @property
    def bare_name(self) -> bool:
        """A proper noun that is no listed role or institution: its description or its form types it."""
        return self.head.upos == "PROPN" and self.role is None and self.institution is None

    def reading(self, kind: AttributionType, evidence: Provenance) -> SourceReading:
        return SourceReading(kind, evidence, key=self.head.lemma, number=self.number)


_Step = Callable[[_SourcePhrase], SourceReading | _Verdict | None]


class SourceTyper:
    """Types source noun phrases from the lexicons, the named entities and, if given, word vectors."""

    def __init__(self, language: Language, vectors: WordVectors | None = None) -> None:
        self._neighbours = (
            NearestEntries(
                {
                    SourceList.INSTITUTION: language.institutions,
                    SourceList.ROLE: language.roles,
                    SourceList.MEDIA: language.media,
                    SourceList.VAGUE: language.vague_sources,
                    SourceList.NON_SPEAKER: language.non_speakers,
                },
                vectors,
            )
            if vectors is not None
            else None
        )
        self._entities = language.entities
        self.owners = NounOwners(self, frozenset(language.genitive_markers))
        self._inverted_clitics = frozenset(language.inverted_clitics)
        self._impersonal = frozenset(language.impersonal_pronouns)
        self._capitals_mark_names = language.capitals_mark_names
        # The first step that answers types the phrase; the order is the order of precedence.
        self._steps: tuple[_Step, ...] = (
            self._counted_group,
            _vague_words,
            _named_members,
            _media,
            self._reporting_noun,
            _described_name,
            _person_entity_at_head,
            _name_with_role,
            _acronym,
            _role,
            _institution,
            _organisation_or_place,
            _person_entity_in_phrase,
            _proper_noun,
            self._unlisted_noun,
        )

    def type_source(
        self, view: SentenceView, head: Token, span: tuple[int, int], lenient: bool = False
    ) -> SourceReading | None:
        """The type of the source noun phrase headed by ``head`` (None: no possible speaker).

        ``lenient`` is for the subject of a reporting verb, which is a speaker even
        when its noun is in no lexicon (« des urgentistes dénoncent »): it is then
        read like a role. The object of « selon » must be a known speaker, since
        « selon la météo » means "depending on".
        """
        if head.upos == "PRON":
            return self.type_pronoun(view, head, grammatical_number(head))
        if not lenient and _no_speaker_here(view, head):
            return None  # « selon les régions »: depending on (rule 9), though « la région a annoncé » speaks
        if not lenient and _body_named(view, head) is None and _bare_singular_noun(view, head):
            return None  # "per student", "according to plan": a rate or a manner, no one speaking
        phrase = _SourcePhrase.read(view, head, span, lenient, self._entities)
        for step in self._steps:
            found = step(phrase)
            if isinstance(found, SourceReading):
                return found
            if found is _Verdict.NOT_A_SPEAKER:
                return None
        return None

    def type_pronoun(self, view: SentenceView, head: Token, number: str | None) -> SourceReading | None:
        vague = view.vague.get(head.i)
        if vague is not None:  # "some in the Dunmore camp": vague before partitive
            return SourceReading(AttributionType.VAGUE, evidence_of(vague), key=head.lemma, number=number)
        partitive = self._type_partitive(view, head)
        if partitive is not None:
            return partitive
        if head.has("Person=1"):
            return None  # unquoted first person is the author (rule 6); a quoted one has its own tag
        if head.has("Person=2"):
            return None  # "Do you really think that ...?": the one addressed is asked, not reported
        if head.has("PronType=Dem") and view.has_anonymity_marker and _modified(view, head):
            # "Those close to him say", "those familiar with the talks": people, described only.
            return SourceReading(AttributionType.ANONYMOUS, Provenance(rule="anonymity_marker"), key=head.lemma)
        if head.has("PronType=Dem") and not any(f.startswith("Gender=") for f in head.feats):
            return None  # « cela », « ce »: a thing, not a speaker (« celui-ci » has a gender)
        if head.has("Reflex=Yes") and head.dep.startswith("expl:comp"):
            return None  # « s'est efforcé »: the verb's own clitic, no subject
        # « s'est-il dit »: an inverted subject clitic is the speaker, not an impersonal subject.
        impersonal = head.dep.startswith("expl") and head.lower not in self._inverted_clitics
        if impersonal and passive_or_pronominal(view.sentence, head):
            return SourceReading(AttributionType.VAGUE, Provenance(rule="impersonal_subject"), key=head.lemma)
        expletive = head.has("Gender=Neut") or (
            head.lower in self._impersonal
            and any(
                c.dep.startswith(("ccomp", "csubj")) for c in view.sentence.children_of(view.sentence.head_of(head))
            )
        )
        if head.dep.startswith("nsubj:pass") and head.lower not in self._inverted_clitics and expletive:
            # "It was reported that", « il a été annoncé que »: the subject of a passive is a
            # speaker only as an expletive before the reported clause, so nobody in particular.
            return SourceReading(AttributionType.VAGUE, Provenance(rule="impersonal_subject"), key=head.lemma)
        if head.has("Gender=Neut"):
            # "it said": a body mentioned before, not a person.
            return SourceReading(
                AttributionType.INSTITUTION,
                Provenance(rule="pronoun"),
                pending=Pending.THING,
                key=head.lemma,
                number=number,
            )
        return SourceReading(
            AttributionType.NAMED, Provenance(rule="pronoun"), pending=Pending.PRONOUN, key=head.lemma, number=number
        )

    def _type_partitive(self, view: SentenceView, head: Token) -> SourceReading | None:
        """« l'un de leurs avocats », « plusieurs des grévistes »: one or some of a group, typed by the group.

        One unnamed member of a group of people is anonymous (rule 7), however definite the group.
        """
        sentence = view.sentence
        group = next(
            (
                c
                for c in sentence.children_of(head)
                if c.dep.startswith("nmod")
                and c.i > head.i
                and c.upos in ("NOUN", "PROPN")
                and any(g.dep.startswith("case") for g in sentence.children_of(c))
            ),
            None,
        )
        if group is None:
            return None
        span = noun_phrase_span(sentence, group, exclude=set())
        reading = self.type_source(view, group, span, lenient=True) if span is not None else None
        if reading is None or reading.type is not AttributionType.NAMED:
            return reading
        return attrs.evolve(reading, type=AttributionType.ANONYMOUS, pending=None, key=head.lemma)

    def _counted_group(self, phrase: _SourcePhrase) -> SourceReading | None:
        """ "dozens of papers", "a majority of voters": a number of a group speaks as the group does."""
        if phrase.head.ent_type not in self._entities.quantity:
            return None
        return self._type_partitive(phrase.view, phrase.head)

    def _reporting_noun(self, phrase: _SourcePhrase) -> SourceReading | _Verdict | None:
        """« le rapport de l'ONU », « son communiqué »: the owner speaks, else the noun's own type, else nobody."""
        noun = phrase.view.reporting_nouns.get(phrase.head.i)
        if noun is None:
            return None
        reading = self._type_reporting_noun(phrase.view, phrase.head, noun, phrase.number)
        return _Verdict.NOT_A_SPEAKER if reading is None else reading

    def _type_reporting_noun(
        self, view: SentenceView, head: Token, noun: Match[TypedEntry], number: str | None
    ) -> SourceReading | None:
        owned = self.owners.type(view, head, number)
        if owned is not None:
            return owned[0]
        if noun.entry.type is None:
            return None
        return SourceReading(noun.entry.type, evidence_of(noun), key=head.lemma, number=number)

    def _unlisted_noun(self, phrase: _SourcePhrase) -> SourceReading | None:
        """A head noun in no list (guidelines §2 rule 12): the nearest entries by word vectors, else its form.

        The subject of a reporting verb is a speaker whatever its noun (``lenient``);
        the object of « selon » only when its noun is near a list of speakers, since
        « selon la saison » means "depending on".
        """
        view, head, number, lenient = phrase.view, phrase.head, phrase.number, phrase.lenient
        if head.upos not in ("NOUN", "ADJ") or head.i in view.non_speakers:
            return None
        neighbour = self._neighbours.nearest(head.lemma) if self._neighbours is not None else None
        if neighbour is not None and neighbour.kind is SourceList.NON_SPEAKER:
            return None
        if neighbour is not None and (lenient or neighbour.similarity >= _MARKER_SIMILARITY):
            if neighbour.kind is SourceList.ROLE:
                return role_reading(view, head, None, number, evidence=neighbour.provenance)
            return phrase.reading(_LIST_TYPES[neighbour.kind], neighbour.provenance)
        if not lenient:
            return None
        if number == "Plur" or head.upos == "ADJ":
            # « Des voisins disent », « les grévistes affirment »: unlisted people.
            return role_reading(view, head, None, number)
        if any(c.upos == "PROPN" and c.dep.startswith(IDENTITY_DEPS) for c in view.sentence.children_of(head)):
            # « le groupement Vigie Eau dénonce », "the Teamsters local said": a named body.
            return phrase.reading(AttributionType.INSTITUTION, Provenance(rule="unlisted_noun_with_name"))
        if self._capitals_mark_names and _capitalised_inside_sentence(view, head) and not _determined(view, head):
            # "The Latest: Trump urges": a capital letter inside the sentence marks a name the tagger missed.
            return phrase.reading(AttributionType.NAMED, Provenance(rule=NameGuess.CAPITALISED_NOUN))
        return None  # "the gunman had argued": with no vectors, a singular noun alone is too weak a clue


class NounOwners:
    """Finds and types the owner of a noun: « son communiqué », "the company's statement",
    "a UN report", « le rapport de l'ONU », « la crainte des observateurs »."""

    def __init__(self, typer: SourceTyper, genitive_markers: frozenset[str]) -> None:
        self._typer = typer
        self._genitive = genitive_markers  # « de », "of": the owner follows one of them

    def type(
        self, view: SentenceView, noun: Token, number: str | None = None
    ) -> tuple[SourceReading, tuple[int, int]] | None:
        """The typed owner of ``noun`` and its span, or None when it has none that speaks."""
        sentence = view.sentence
        for child in sentence.children_of(noun):
            if not self._owns(sentence, child) or child.upos not in NOMINAL | {"DET"}:
                continue
            if child.upos == "DET":  # « son rapport »: the owner is someone mentioned before
                reading = SourceReading(
                    AttributionType.NAMED, Provenance(rule="possessive"), pending=Pending.PRONOUN, number=number
                )
                return reading, (child.i, child.i)
            # "Trump's": the possessive ending is no part of the owner's name.
            ending = {c.i for c in sentence.children_of(child) if c.dep.startswith("case") and c.i > child.i}
            span = noun_phrase_span(sentence, child, exclude=ending)
            typed = self._typer.type_source(view, child, span) if span is not None else None
            if typed is not None and span is not None:
                return typed, span
        return None

    def _owns(self, sentence: ParsedSentence, child: Token) -> bool:
        return (
            child.has("Poss=Yes")
            or child.dep.startswith(("nmod:poss", "compound"))
            or (child.dep.startswith("nmod") and any(c.lemma in self._genitive for c in sentence.children_of(child)))
        )


# -- the typing steps, in the order SourceTyper tries them ------------------------


def _no_speaker_here(view: SentenceView, head: Token) -> bool:
    """A non-speaker or "depending on" entry covers the head, and no longer name of a body does
    (« selon la météo » is no source, « selon Météo-France » is)."""
    blocker = view.non_speakers.get(head.i) or view.depending_on.get(head.i)
    if blocker is None:
        return False
    body = _body_named(view, head)
    return body is None or body.last - body.first <= blocker.last - blocker.first


def _body_named(view: SentenceView, head: Token) -> Match[PhraseEntry] | None:
    """The institution or outlet entry that covers the head ("police", « Météo-France »), if any."""
    return view.institutions.get(head.i) or view.media.get(head.i)


def _bare_singular_noun(view: SentenceView, head: Token) -> bool:
    """A singular common noun with nothing but its preposition: no article, modifier or name.

    A preposition that carries an article (« du quotidien », Definite=Def) is an article too.
    """
    children = view.sentence.children_of(head)
    return (
        head.upos == "NOUN"
        and grammatical_number(head) == "Sing"
        and any(c.dep.startswith("case") for c in children)
        and all(
            c.dep.startswith(("case", "punct")) and not any(f.startswith("Definite=") for f in c.feats)
            for c in children
        )
    )


def _capitalised_inside_sentence(view: SentenceView, head: Token) -> bool:
    """A word written with a capital that is not the sentence's first word, where any word takes one."""
    words = [t for t in view.sentence.tokens if not t.is_space and t.upos != "PUNCT"]
    return head.text[:1].isupper() and head.text[1:].islower() and bool(words) and words[0].i != head.i


def _determined(view: SentenceView, head: Token) -> bool:
    return any(c.dep.startswith(("det", "nmod:poss")) for c in view.sentence.children_of(head))


def _modified(view: SentenceView, head: Token) -> bool:
    return any(c.dep.startswith(("amod", "acl")) for c in view.sentence.children_of(head))


def _vague_words(phrase: _SourcePhrase) -> SourceReading | None:
    """A vague source word before or at the head (« certains observateurs », "some officials")."""
    first_words = range(phrase.span[0], phrase.head.i + 1)
    vague = next((phrase.view.vague[i] for i in first_words if i in phrase.view.vague), None)
    return phrase.reading(AttributionType.VAGUE, evidence_of(vague)) if vague is not None else None


def _named_members(phrase: _SourcePhrase) -> SourceReading | None:
    """« des membres ... — notamment le secrétaire d'État Marco Rubio — »: members named after a marker."""
    span = phrase.span
    for match in phrase.view.inclusion_markers:
        if span[0] <= match.first and match.last < span[1]:
            after = phrase.view.sentence.tokens[match.last + 1 : span[1] + 1]
            if any(t.ent_type in phrase.entities.person for t in after):
                evidence = Provenance(match.entry.path, match.entry.line, rule="named_members")
                return phrase.reading(AttributionType.NAMED, evidence)
    return None


def _media(phrase: _SourcePhrase) -> SourceReading | None:
    """An outlet among the words naming the head, unless they name a person outside it ("CNN anchor Jake Tapper")."""
    view, head, person = phrase.view, phrase.head, phrase.person
    media = next((view.media[t.i] for t in phrase.identity if t.i in view.media), None)
    if media is not None and (person is None or media.first <= head.i <= media.last or person.i in view.media):
        return phrase.reading(AttributionType.MEDIA, evidence_of(media))
    return None


def _described_name(phrase: _SourcePhrase) -> SourceReading | None:
    """ "Border Watch, a Geneva-based monitoring group": the description types the name."""
    if not phrase.bare_name:
        return None
    view = phrase.view
    for token in (c for c in view.sentence.children_of(phrase.head) if c.dep.startswith("appos")):
        if token.i in view.media and token.upos == "NOUN":
            return phrase.reading(AttributionType.MEDIA, evidence_of(view.media[token.i]))
        if token.i in view.institutions and token.upos == "NOUN":
            return phrase.reading(AttributionType.INSTITUTION, evidence_of(view.institutions[token.i]))
    return None


def _person_entity_at_head(phrase: _SourcePhrase) -> SourceReading | None:
    """A person entity that the head is, or names with a role or a proper noun (« le ministre Gabriel Attal »)."""
    person, head = phrase.person, phrase.head
    if person is not None and (phrase.role is not None or head.upos == "PROPN" or head.i == person.i):
        return phrase.reading(AttributionType.NAMED, entity_evidence(person.ent_type))
    return None


def _name_with_role(phrase: _SourcePhrase) -> SourceReading | None:
    """« Karima, une habitante du troisième étage »: a name described by a role is a named person."""
    if not phrase.bare_name:
        return None
    described = next((phrase.view.roles[t.i] for t in phrase.identity if t.i in phrase.view.roles), None)
    if described is None:
        return None
    evidence = Provenance(described.entry.path, described.entry.line, rule="name_with_role")
    return phrase.reading(AttributionType.NAMED, evidence)


def _acronym(phrase: _SourcePhrase) -> SourceReading | None:
    """« l'ARS », « la CGT »: organisations, not people."""
    if phrase.bare_name and is_acronym(phrase.head.text):
        return phrase.reading(AttributionType.INSTITUTION, Provenance(rule="acronym"))
    return None


def _role(phrase: _SourcePhrase) -> SourceReading | None:
    if phrase.role is None:
        return None
    return role_reading(phrase.view, phrase.head, phrase.role, phrase.number)


def _institution(phrase: _SourcePhrase) -> SourceReading | None:
    if phrase.institution is None:
        return None
    return phrase.reading(AttributionType.INSTITUTION, evidence_of(phrase.institution))


def _organisation_or_place(phrase: _SourcePhrase) -> SourceReading | None:
    label = phrase.head.ent_type
    if label in phrase.entities.organization and phrase.entities.lone_organization_is_person and _lone_name(phrase):
        # "Scott joked", "O'Neill said": a surname the parser took for an organisation (issue of the
        # small English model); the lexicons and acronyms have already had their say.
        return phrase.reading(AttributionType.NAMED, Provenance(rule=NameGuess.LONE_NAME_NOT_ORGANISATION))
    if label in phrase.entities.organization or label in phrase.entities.place:
        return phrase.reading(AttributionType.INSTITUTION, entity_evidence(label))
    return None


def _lone_name(phrase: _SourcePhrase) -> bool:
    """A proper noun alone: no determiner ("the Teamsters"), no other name beside it ("Goldman Sachs")."""
    sentence = phrase.view.sentence
    first, last = phrase.span
    names = [t for t in sentence.tokens[first : last + 1] if t.upos == "PROPN"]
    determined = any(c.dep.startswith("det") for c in sentence.children_of(phrase.head))
    # "Brightwater said it planned": the sentence goes on about the speaker as a thing.
    neuter = any(t.has("Gender=Neut") and t.upos == "PRON" for t in sentence.tokens[last + 1 :])
    return phrase.head.upos == "PROPN" and len(names) == 1 and not determined and not neuter


def _person_entity_in_phrase(phrase: _SourcePhrase) -> SourceReading | None:
    """A person named anywhere in the phrase, when nothing about the head said otherwise."""
    if phrase.person is None:
        return None
    return phrase.reading(AttributionType.NAMED, entity_evidence(phrase.person.ent_type))


def _proper_noun(phrase: _SourcePhrase) -> SourceReading | None:
    if phrase.head.upos != "PROPN":
        return None
    if phrase.head.has("Number=Plur"):
        # "Democrats also described", "the Europeans derided": a group, not an identified person.
        return phrase.reading(AttributionType.ANONYMOUS, Provenance(rule="plural_proper_noun"))
    return phrase.reading(AttributionType.NAMED, Provenance(rule=NameGuess.PROPER_NOUN))


def role_reading(
    view: SentenceView,
    head: Token,
    role: Match[RoleEntry] | None,
    number: str | None,
    evidence: Provenance | None = None,
) -> SourceReading:
    """A person noun, from the lexicon or (``role`` None) unknown but the subject of a reporting verb."""
    if evidence is None:
        evidence = evidence_of(role) if role is not None else Provenance(rule="unlisted_speaker_noun")
    reading = role.entry.reading if role is not None else RoleReading.ROLE
    key = head.lemma
    if reading is RoleReading.GROUP:
        return SourceReading(AttributionType.ANONYMOUS, evidence, key=key, number=number)
    determiners = [c for c in view.sentence.children_of(head) if c.dep.startswith("det")]
    definite = any(d.has("Definite=Def") or d.has("Poss=Yes") or d.has("PronType=Dem") for d in determiners) or any(
        c.dep.startswith("nmod:poss") for c in view.sentence.children_of(head)
    )  # "the company's chief executive" picks out one person
    # "Senator from Texas says": a headline drops the article of a role that picks out one person.
    bare = (
        not determiners
        and number == "Sing"
        and not any(c.dep.startswith("nummod") for c in view.sentence.children_of(head))
    )
    definite = definite or bare
    if reading is RoleReading.GENERIC:
        # "people close to the boardroom say": described as sources, they are specific people.
        generic = number == "Plur" and not view.has_anonymity_marker
        kind = AttributionType.VAGUE if generic else AttributionType.ANONYMOUS
        # "the people said" after "people familiar with the matter": the same people.
        pending = Pending.DEFINITE_ROLE if definite else None
        return SourceReading(kind, evidence, pending=pending, key=key, number=number)
    if view.has_anonymity_marker or not definite or number == "Plur":
        return SourceReading(AttributionType.ANONYMOUS, evidence, key=key, number=number)
    return SourceReading(AttributionType.NAMED, evidence, pending=Pending.DEFINITE_ROLE, key=key, number=number)

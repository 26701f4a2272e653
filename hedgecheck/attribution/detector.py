"""Attribution detection: who the claim of each sentence comes from.

Like certainty, this package only knows Universal Dependencies and lexicon data.
The detector finds two kinds of attribution in a parsed sentence:

* a **reporting verb** (``reporting_verbs.tsv``, :mod:`~hedgecheck.attribution.verbs`)
  with its source (:mod:`~hedgecheck.attribution.speakers`): the subject, the
  agent of a passive, or the noun phrase after the verb in an inverted tag
  (« ..., a indiqué le ministre », « a-t-il déclaré »); a negated reporting verb
  (« n'a pas dit ») attributes nothing unless its entry gives the negation a level
  (« n'a pas confirmé »);
* an **attribution marker** (``attribution_markers.tsv``: « selon », « d'après »,
  « dans une interview accordée à », :mod:`~hedgecheck.attribution.markers`)
  with the noun phrase after it; a marker whose noun phrase is no possible
  speaker (« selon la météo ») is no attribution (guidelines §2 rule 9).

Each source noun phrase is typed by :mod:`~hedgecheck.attribution.source_typing`
from the lexicons and the parser's named entities; pronouns and definite roles
that may refer back to an earlier source are left *pending* and resolved by
:class:`~hedgecheck.attribution.context.DocumentContext` over the document.
The main attribution is the one attached to the main clause; reporting verbs
there win over markers (« Selon Axios, un conseiller a suggéré » → the adviser).
"""

from __future__ import annotations

import attrs

from hedgecheck.attribution.markers import MarkerFinder
from hedgecheck.attribution.marks import QuotationMarks
from hedgecheck.attribution.neighbours import WordVectors
from hedgecheck.attribution.readings import AttributionHit
from hedgecheck.attribution.source_typing import SourceTyper
from hedgecheck.attribution.stance import StanceNounFinder
from hedgecheck.attribution.verbs import ReportingVerbFinder
from hedgecheck.attribution.view import MarkerSpans, SentenceView, SourceLists
from hedgecheck.lexicon import Language
from hedgecheck.parsed import ParsedSentence, with_subordinating_coordinators, with_verbal_predicates

__all__ = ["AttributionDetector"]


class AttributionDetector:
    """Finds attributions and types their sources in parsed sentences of one language."""

    def __init__(self, language: Language, vectors: WordVectors | None = None) -> None:
        self.source_lists = SourceLists.compile(language)
        self.quotation_marks = QuotationMarks.of_language(language)
        self.punctuation = language.punctuation
        self._subordinating = frozenset(language.subordinating_coordinators)
        typer = SourceTyper(language, vectors)
        self._markers = MarkerFinder(language, typer)
        self._verbs = ReportingVerbFinder(language, typer)
        self._stances = StanceNounFinder(language, typer)

    def detect(self, sentence: ParsedSentence) -> list[AttributionHit]:
        if not sentence.tokens:
            return []
        sentence = with_subordinating_coordinators(with_verbal_predicates(sentence), self._subordinating)
        view = SentenceView(sentence, self.source_lists, self.quotation_marks, self.punctuation)
        # Markers first: the reporting verbs are read around them.
        marked = MarkerSpans.of(self._markers.hits(view))
        hits = [*marked.hits, *self._verbs.hits(view, marked), *self._stances.hits(view, marked)]
        return _choose_main(hits)


def _choose_main(hits: list[AttributionHit]) -> list[AttributionHit]:
    """Mark the main attribution: a main-clause reporting verb first, then a main-clause marker.

    Ties go to the earliest cue; the hits come back in the order of their cues.
    """
    candidates = [h for h in hits if h.may_be_main]
    if not candidates:
        return sorted(hits, key=lambda h: h.cue[0])
    best = min(candidates, key=lambda h: (h.rank, h.cue[0]))
    return sorted((attrs.evolve(h, main=h is best) for h in hits), key=lambda h: h.cue[0])

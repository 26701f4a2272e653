"""Attribution: who the claim of each sentence comes from (guidelines §2).

* :mod:`~hedgecheck.attribution.detector` finds cues (reporting verbs, markers)
  and their speakers in one parsed sentence, and types each source, through:

  * :mod:`~hedgecheck.attribution.view`, the sentence's lexicon look-ups;
  * :mod:`~hedgecheck.attribution.markers`, « selon X », « d'après X », « X : »;
  * :mod:`~hedgecheck.attribution.verbs`, reporting verbs, and
    :mod:`~hedgecheck.attribution.speakers`, the possible speakers of each;
  * :mod:`~hedgecheck.attribution.source_typing`, the type of a source noun
    phrase, with :mod:`~hedgecheck.attribution.neighbours` for unlisted nouns;
  * :mod:`~hedgecheck.attribution.syntax`, the parse helpers they share, and
    :mod:`~hedgecheck.attribution.readings`, the values they produce;
* :mod:`~hedgecheck.attribution.context` resolves pronouns and bare titles
  against the earlier sources of the document (rule 3);
* :mod:`~hedgecheck.attribution.quotations` finds quotations that span several
  sentences and gives their speaker to every sentence inside (rule 11).
"""

from hedgecheck.attribution.context import DocumentContext
from hedgecheck.attribution.detector import AttributionDetector
from hedgecheck.attribution.readings import AttributionHit, Pending, SourceReading

__all__ = ["AttributionDetector", "AttributionHit", "DocumentContext", "Pending", "SourceReading"]

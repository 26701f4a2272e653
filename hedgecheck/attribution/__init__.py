"""Attribution: who the claim of each sentence comes from (guidelines §2).

* :mod:`~hedgecheck.attribution.detector` finds cues (reporting verbs, markers)
  and their speakers in one parsed sentence, and types each source;
* :mod:`~hedgecheck.attribution.context` resolves pronouns and bare titles
  against the earlier sources of the document (rule 3);
* :mod:`~hedgecheck.attribution.quotations` finds quotations that span several
  sentences and gives their speaker to every sentence inside (rule 11).
"""

from hedgecheck.attribution.context import DocumentContext
from hedgecheck.attribution.detector import AttributionDetector
from hedgecheck.attribution.readings import AttributionHit, Pending, SourceReading

__all__ = ["AttributionDetector", "AttributionHit", "DocumentContext", "Pending", "SourceReading"]

"""The spaCy backend: the default, using an installed pipeline package."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import cast

import attrs
import spacy
from spacy.language import Language as SpacyLanguage
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from hedgecheck.backends import BackendError
from hedgecheck.backends.ud import CLEAR_LABELS, clear_to_ud
from hedgecheck.normalize import normalize
from hedgecheck.parsed import ParsedSentence, Token

__all__ = ["SpacyBackend", "load_spacy_model", "rule_annotators", "tokens_from_doc", "with_normalized_forms"]

# What a pipeline component is to spaCy: a function from Doc to Doc.
DocAnnotator = Callable[[Doc], Doc]


def load_spacy_model(candidates: Sequence[str]) -> SpacyLanguage:
    """Load the first installed pipeline among ``candidates``; never downloads."""
    for name in candidates:
        try:
            return spacy.load(name)
        except OSError:
            continue
    tried = ", ".join(candidates) or "(none configured)"
    package = candidates[0].replace("_", "-") if candidates else "MODEL"
    raise BackendError(
        f"no spaCy model installed for this language (tried {tried}); "
        f"install one from the package index, e.g. pip install {package}"
    )


def uses_clear_labels(nlp: SpacyLanguage) -> bool:
    """Whether the pipeline's parser uses the ClearNLP scheme (English) rather than UD."""
    if "parser" not in nlp.pipe_names:
        return False
    labels = set(getattr(nlp.get_pipe("parser"), "labels", ()))
    return bool(labels & CLEAR_LABELS)


def tokens_from_doc(doc: Doc | Span, offset: int = 0, clear_labels: bool = False) -> ParsedSentence:
    """Convert a spaCy ``Doc`` or ``Span`` into backend-neutral tokens.

    Token indices are re-based on the first token so that a ``Span`` taken
    from a larger ``Doc`` converts the same way as a ``Doc`` of its own;
    ``offset`` is added to character offsets (a ``Span``'s own start, say).
    """
    if len(doc) == 0:
        return ParsedSentence(())
    base = doc[0].i
    last = base + len(doc) - 1
    tokens = []
    for t in doc:
        morph = str(t.morph)
        head = t.head.i
        # A head outside the span (a Span cut from a larger parse) counts as a root.
        head = head - base if base <= head <= last else t.i - base
        tokens.append(
            Token(
                i=t.i - base,
                text=t.text,
                lemma=(t.lemma_ or t.text).lower(),
                upos=t.pos_,
                feats=frozenset(morph.split("|")) if morph else frozenset(),
                dep=t.dep_,
                head=head,
                start=t.idx + offset,
                end=t.idx + len(t.text) + offset,
                ent_type=t.ent_type_,
            )
        )
    if clear_labels:
        return ParsedSentence(tuple(clear_to_ud(tokens, [t.tag_ for t in doc])))
    return ParsedSentence(tuple(tokens))


def rule_annotators(nlp: SpacyLanguage) -> tuple[DocAnnotator, ...]:
    """The pipeline's rule-based token annotators (attribute ruler, lemmatizer), in pipeline order."""
    return tuple(proc for _, proc in nlp.pipeline if isinstance(proc, AttributeRuler | Lemmatizer))


@functools.lru_cache(maxsize=1 << 16)
def _normalized_form(word: str) -> str:
    # Word forms repeat (Zipf): most are normalised once per process.
    return normalize(word).text or word


def with_normalized_forms(doc: Doc, parsed: ParsedSentence, annotators: Sequence[DocAnnotator]) -> ParsedSentence:
    """``parsed`` with every token's form normalised the way :class:`~hedgecheck.Annotator` normalises text.

    A user's pipeline parses the text as given, so its tokens keep typographic
    apostrophes (« qu’ », "they’re") where lexicon entries, like the text the
    Annotator parses, have straight ones. A token whose form changes takes the
    lemma that the pipeline's own rule-based ``annotators`` give the new form
    (« qu' » → « que », "'re" → "be"), read off a copy of the Doc that keeps its
    tags and morphology: the statistical models are not run again, so a model
    that tags a word differently for its curly apostrophe still does.
    """
    tokens = list(doc)
    forms = [_normalized_form(t.text) for t in tokens]
    changed = [i for i, (t, form) in enumerate(zip(tokens, forms, strict=True)) if form != t.text]
    if not changed:
        return parsed
    copy = Doc(
        doc.vocab,
        words=forms,
        spaces=[bool(t.whitespace_) for t in tokens],
        tags=[t.tag_ for t in tokens],
        pos=[t.pos_ for t in tokens],
        morphs=[str(t.morph) for t in tokens],
    )
    for annotate in annotators:
        copy = annotate(copy)
    out = list(parsed.tokens)
    for i in changed:
        # Without a rule-based lemmatizer (a trained one, or none), the old lemma is normalised.
        lemma = copy[i].lemma_.lower() or _normalized_form(out[i].lemma)
        out[i] = attrs.evolve(out[i], text=forms[i], lemma=lemma)
    return ParsedSentence(tuple(out))


class SpacyBackend:
    """Parses sentences with a spaCy pipeline, batching them through ``nlp.pipe``."""

    name = "spacy"

    def __init__(self, nlp: SpacyLanguage, batch_size: int = 256, n_process: int = 1) -> None:
        self.nlp = nlp
        self.batch_size = batch_size
        self.n_process = n_process
        self.clear_labels = uses_clear_labels(nlp)

    def word_vectors(self) -> Callable[[str], Sequence[float] | None] | None:
        """The pipeline's static word vectors (``fr_core_news_md`` has them, the small models do not)."""
        return word_vectors(self.nlp)

    def parse(self, sentences: Iterable[str]) -> Iterator[ParsedSentence]:
        for doc in self.nlp.pipe(sentences, batch_size=self.batch_size, n_process=self.n_process):
            yield tokens_from_doc(doc, clear_labels=self.clear_labels)


class _VocabVectors:
    """A word → vector look-up over a vocabulary's vectors table.

    A class, not a closure, so that a pipeline holding the component pickles
    (``pickle.dumps(nlp)``, and ``nlp.pipe(n_process=2)`` where processes are spawned).
    """

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, word: str) -> Sequence[float] | None:
        vocab = self.vocab
        return cast("Sequence[float]", vocab.get_vector(word)) if vocab.has_vector(word) else None


def word_vectors(nlp: SpacyLanguage) -> Callable[[str], Sequence[float] | None] | None:
    """A word → vector look-up over ``nlp``'s vectors table, or None when it has no vectors."""
    return _VocabVectors(nlp.vocab) if nlp.vocab.vectors.shape[0] else None

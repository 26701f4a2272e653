"""The stanza backend: a ready ``stanza.Pipeline``, or a ``stanza.Document`` someone annotated.

stanza is optional (``pip install hedgecheck[stanza]``) and imported only here.
Its output is already Universal Dependencies, so conversion is a matter of
reading each word: UPOS, FEATS, lemma, head, deprel, character offsets (a
multi-word token's words share the token's offsets) and the token's NER tag.
hedgecheck never downloads stanza models; see the README for how to get them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from hedgecheck.backends import BackendError
from hedgecheck.parsed import ParsedSentence, Token, cut

__all__ = ["StanzaBackend", "document_text", "tokens_from_stanza"]

DEFAULT_PROCESSORS = "tokenize,mwt,pos,lemma,depparse,ner"


def _entity(tag: str | None) -> str:
    """« B-PER » → « PER »; « O » and nothing → no entity."""
    if not tag or tag == "O":
        return ""
    return tag.split("-", 1)[-1]


def tokens_from_stanza(document: Any) -> list[Token]:
    """Every word of a stanza ``Document`` as a :class:`Token`, offsets into the document's text."""
    tokens: list[Token] = []
    for sentence in document.sentences:
        base = len(tokens)
        for word in sentence.words:
            parent = word.parent
            start = word.start_char if word.start_char is not None else parent.start_char
            end = word.end_char if word.end_char is not None else parent.end_char
            if start is None or end is None:
                raise BackendError("this stanza Document has no character offsets (start_char/end_char)")
            position = base + word.id - 1
            head = base + word.head - 1 if word.head else position
            tokens.append(
                Token(
                    i=position,
                    text=word.text,
                    lemma=(word.lemma or word.text).lower(),
                    upos=word.upos or "X",
                    feats=frozenset(word.feats.split("|")) if word.feats else frozenset(),
                    dep=word.deprel or "dep",
                    head=head,
                    start=start,
                    end=end,
                    ent_type=_entity(getattr(parent, "ner", None)),
                )
            )
    return tokens


def document_text(document: Any) -> str:
    """The document's text, or one rebuilt from the tokens' offsets (``CoNLL.conll2doc`` keeps none)."""
    if document.text:
        return str(document.text)
    pieces: list[str] = []
    length = 0
    for sentence in document.sentences:
        for token in sentence.tokens:
            pieces.append(" " * (token.start_char - length) + token.text)
            length = token.end_char
    return "".join(pieces)


class StanzaBackend:
    """Parses sentences with a ``stanza.Pipeline``."""

    name = "stanza"

    def __init__(self, pipeline: Any) -> None:
        self.pipeline = pipeline

    @classmethod
    def for_language(cls, lang: str, processors: str = DEFAULT_PROCESSORS) -> StanzaBackend:
        try:
            import stanza
        except ImportError:
            raise BackendError("the stanza backend needs stanza: pip install 'hedgecheck[stanza]'") from None
        try:
            # download_method=None: never fetch models while running.
            pipeline = stanza.Pipeline(lang, processors=processors, download_method=None, verbose=False)
        except Exception as error:  # stanza raises several kinds for a missing model
            raise BackendError(
                f"no stanza model for {lang!r} ({error}); with internet access, run once: "
                f"python -c 'import stanza; stanza.download(\"{lang}\")'"
            ) from None
        return cls(pipeline)

    def parse(self, sentences: Iterable[str]) -> Iterator[ParsedSentence]:
        for text in sentences:
            document = self.pipeline(text)
            yield cut(tokens_from_stanza(document), 0, len(text))

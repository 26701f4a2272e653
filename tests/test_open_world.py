"""Open-world attribution (guidelines v1.3 §2 rules 1 and 12): sources typed by what they are, speech acts as cues.

Sentences written for these tests, one per mechanism; each mechanism names the rule or
lexicon file that decides, so a failure points at it.
"""

from __future__ import annotations

import pytest

from hedgecheck import Annotator, SentenceAnnotation


def main_of(sentence: SentenceAnnotation) -> tuple[str, str | None, str | None]:
    found = sentence.main_attribution
    if found is None:
        return ("none", None, None)
    rule = found.typing.rule if found.typing is not None else None
    return (found.type.value, found.source.text if found.source else None, rule)


def one(annotator: Annotator, text: str) -> SentenceAnnotation:
    [sentence] = annotator(text).sentences
    return sentence


@pytest.mark.parametrize(
    ("text", "kind", "source"),
    [
        # a speaker no list knows, typed by the nearest entries (word vectors) or its form
        ("L'amicale des locataires a précisé que la grève continuerait.", "institution", "L'amicale des locataires"),
        ("Le groupement Vigie Eau dénonce la pollution de la rivière.", "institution", "Le groupement Vigie Eau"),
        ("Des grévistes affirment que la direction a menti.", "anonymous", "Des grévistes"),
        # partitive: one unnamed member of a group
        ("L'un de leurs avocats a fait savoir qu'il ferait appel.", "anonymous", "L'un de leurs avocats"),
        # speech acts with a noun-phrase, infinitive or « à » complement
        ("Le syndicat réclame une hausse des salaires.", "institution", "Le syndicat"),
        ("La maire appelle les habitants à la prudence.", "named", "La maire"),
        ("Le collectif menace de bloquer la rocade.", "institution", "Le collectif"),
        # a verb the tagger called a noun: a subject and no copula
        ("Une directive européenne demande aux pilotes de ne pas suivre ces informations.", "institution",
         "Une directive européenne"),
        # opinion markers
        ("De l'avis de la préfète, la crue va reculer.", "named", "la préfète"),
    ],
)  # fmt: skip
def test_french_sources_no_list_needs_to_know(fr: Annotator, text: str, kind: str, source: str) -> None:
    assert main_of(one(fr, text))[:2] == (kind, source)


@pytest.mark.parametrize(
    "text",
    [
        "Il lance le programme de rénovation en 2015.",  # tag_verbs.tsv: « lancer » only as an inverted tag
        "Les vents ont soufflé toute la nuit sur la côte.",  # non_speakers.tsv: winds do not speak
        "Selon la loi française, ces faits sont des délits.",  # depending_on.tsv: according to a rule (rule 9)
        "Égypte : Mohamed Morsi élu président",  # a headline colon without a quotation: a topic
        "Il avait été accusé d'avoir touché des pots-de-vin.",  # the subject of a passive is reported on
    ],
)
def test_french_things_that_do_not_speak(fr: Annotator, text: str) -> None:
    assert main_of(one(fr, text))[0] == "none"


def test_a_tag_verb_attributes_as_an_inverted_tag(fr: Annotator) -> None:
    sentence = one(fr, "Par ailleurs, poursuit la ministre, la réforme sera votée.")
    assert main_of(sentence)[:2] == ("named", "la ministre")


def test_the_law_speaks_as_a_subject(fr: Annotator) -> None:
    # depending_on.tsv is read for markers only: « la loi prévoit » is the text speaking for its issuer.
    assert main_of(one(fr, "Le décret précise que les commerces resteront fermés."))[0] == "institution"


def test_a_lone_surname_tagged_organisation_is_a_person(en: Annotator) -> None:
    sentence = one(en, "Scott joked that the senator ranks fourth in a two-way race.")
    assert main_of(sentence)[0] == "named"


def test_a_lone_name_the_sentence_calls_it_is_a_body(en: Annotator) -> None:
    sentence = one(en, "Brightwater said it planned to apply for approval next year.")
    assert main_of(sentence)[0] == "institution"


def test_a_parenthetical_report_gives_the_main_source(fr: Annotator) -> None:
    # language.toml parenthetical_report_marks: « comme l'a souligné X, ... »
    sentence = one(fr, "Comme l'a souligné la ministre, la réforme sera votée en juin.")
    assert main_of(sentence)[:2] == ("named", "la ministre")


def test_a_time_clause_is_no_parenthetical_report(en: Annotator) -> None:
    sentence = one(en, "The footage was released as officials praised the protests for being peaceful.")
    assert main_of(sentence)[0] == "none"


def test_a_listed_body_speaks_though_a_word_of_its_name_does_not(fr: Annotator) -> None:
    # « météo » is no speaker (« selon la météo »); « Météo-France », split by the tokenizer, is a body.
    def source(text: str) -> tuple[str, str | None]:
        kind, span, _ = main_of(one(fr, text))
        return kind, span

    assert source("Selon Météo-France, il pleuvra demain.") == ("institution", "Météo-France")
    assert source("Selon la météo, il pleuvra demain.") == ("none", None)
    assert source("Selon Nice-Matin, le maire a démissionné.") == ("media", "Nice-Matin")


def test_a_name_keeps_the_kind_the_document_gave_it_in_full(en: Annotator) -> None:
    # "a name once seen as a person stays a person", and the same for a body's short name.
    text = (
        "A cyberattack has knocked out computer systems at Pinebrook Health, the company said on Tuesday. "
        "Pinebrook said patient care was continuing safely. "
        "Sen. Lindsey Graham spoke to reporters on Monday. "
        "Graham said the vote would be close."
    )
    sentences = en(text).sentences
    kinds = [(s.attribution.value, s.main_attribution.typing.rule if s.main_attribution else None) for s in sentences]
    assert kinds[1] == ("institution", "organisation_seen_before")
    assert kinds[3][0] == "named"


def test_a_stance_noun_before_the_copula_reports_its_owner(fr: Annotator, en: Annotator) -> None:
    # stance_nouns.tsv: the owner holds what the predicate says; with no owner nobody is named.
    def source(annotator: Annotator, text: str) -> tuple[str, str | None]:
        kind, span, _ = main_of(one(annotator, text))
        return kind, span

    assert source(fr, "La principale crainte des observateurs est que le scrutin dégénère.") == (
        "vague",
        "observateurs",
    )
    assert source(fr, "La conclusion du rapport est que la digue a cédé.") == ("institution", "rapport")
    assert source(fr, "L'explication est simple.") == ("none", None)
    assert source(en, "Trump's claim is that thousands were shot.") == ("named", "Trump")
    assert source(en, "The implication is clear: the plan failed.") == ("none", None)
    # Not the subject of the copula: the claim is what Politifact checked, not the sentence's report.
    assert source(en, "Politifact seized on Trump's claim that thousands were shot.") == ("none", None)


def test_the_small_model_s_broken_parses_of_a_main_verb(fr: Annotator) -> None:
    # A participle marked passive under a tense auxiliary only (« a assuré ») is active; a main
    # verb the parser hangs on the relative clause of its subject is still the main verb.
    def source(text: str) -> tuple[str, str | None]:
        kind, span, _ = main_of(one(fr, text))
        return kind, span

    assert source("Mme Castagné a toutefois assuré que le gouvernement ne renoncerait pas.") == (
        "named",
        "Mme Castagné",
    )
    text = "Une infirmière du service, qui a requis l’anonymat, évoque des nuits épuisantes."
    assert source(text) == ("anonymous", "Une infirmière du service")

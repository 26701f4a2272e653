"""One test per cue kind and per exception of guidelines §3."""

from __future__ import annotations

from pathlib import Path

import pytest

from hedgecheck import Annotator, CueKind, SentenceAnnotation
from hedgecheck.lexicon import builtin_lexicon_root


def one(fr: Annotator, text: str) -> SentenceAnnotation:
    [sentence] = fr(text).sentences
    return sentence


@pytest.mark.parametrize(
    ("text", "level", "cue", "kind"),
    [
        ("Poutine a peut-être accepté un compromis.", "possible", "peut-être", CueKind.HEDGE),
        ("Le scrutin sera probablement reporté.", "probable", "probablement", CueKind.HEDGE),
        ("Des concessions potentielles ont été évoquées en coulisses.", "possible", "potentielles", CueKind.HEDGE),
        ("Les causes de l'incendie restent incertaines.", "uncertain", "incertaines", CueKind.HEDGE),
        ("L'information reste à confirmer.", "uncertain", "reste à confirmer", CueKind.HEDGE),
        ("Il est clair que la situation se dégrade.", "certain", "Il est clair", CueKind.HEDGE),
        ("Le ministre a sans aucun doute commis une erreur.", "certain", "sans aucun doute", CueKind.BOOSTER),
        ("Les experts estiment que la croissance ralentira.", "probable", "estiment", CueKind.REPORTING_VERB),
        ("Un conseiller a suggéré un report du sommet.", "possible", "suggéré", CueKind.REPORTING_VERB),
        ("Le porte-parole a confirmé la nouvelle.", "certain", "confirmé", CueKind.REPORTING_VERB),
        ("Le ministre aurait rencontré l'émissaire russe.", "possible", "aurait", CueKind.CONDITIONAL),
        ("Le suspect aurait pu s'enfuir par la fenêtre.", "possible", "aurait", CueKind.CONDITIONAL),
        ("Le projet de loi devrait être adopté avant l'été.", "probable", "devrait", CueKind.CONDITIONAL),
        ("Le gouvernement va-t-il céder ?", "uncertain", "?", CueKind.QUESTION),
    ],
)
def test_cue_kinds(fr: Annotator, text: str, level: str, cue: str, kind: CueKind) -> None:
    sentence = one(fr, text)
    assert sentence.certainty.value == level
    assert any(c.text == cue and c.kind is kind for c in sentence.cues), sentence.cues


@pytest.mark.parametrize(
    "text",
    [
        "Nous voulons un accord dès que possible.",  # fixed phrase
        "Les discussions devaient être traitées en privé.",  # deontic devoir, indicative
        "Je voudrais remercier les secouristes.",  # politeness conditional
        "Il aurait besoin de repos après ce marathon.",  # softened need
        "Ils n'avaient pas encore toutes les informations.",  # negated certainty as a fact
        "Il est possible de réserver en ligne.",  # feasibility
        "Quand le sommet aura-t-il lieu ?",  # open question
        "Les négociations doivent reprendre jeudi.",  # deontic
        "Le club espère signer un attaquant cet hiver.",  # hope adds no cue
    ],
)
def test_exceptions_are_not_hedges(fr: Annotator, text: str) -> None:
    sentence = one(fr, text)
    assert sentence.certainty.value == "certain", sentence.cues


def test_negated_booster_is_uncertain(fr: Annotator) -> None:
    sentence = one(fr, "Le ministère n'a pas confirmé l'information.")
    assert sentence.certainty.value == "uncertain"
    assert [c.text for c in sentence.cues] == ["confirmé"]


def test_negated_certain_adjective_is_uncertain(fr: Annotator) -> None:
    assert one(fr, "Ils ne sont pas certains que le plan soit prêt.").certainty.value == "uncertain"


def test_only_negated_entry(fr: Annotator) -> None:
    assert one(fr, "Une dissolution n'est pas exclue.").certainty.value == "possible"
    assert one(fr, "Le joueur a été exclu du match.").certainty.value == "certain"


def test_ne_que_is_not_a_negation(fr: Annotator) -> None:
    assert one(fr, "Le ministre ne fait que confirmer la rumeur.").certainty.value != "uncertain"


def test_sentence_level_is_the_lowest_cue(fr: Annotator) -> None:
    sentence = one(fr, "Le porte-parole a confirmé que des troupes pourraient être déployées.")
    assert {c.level.value for c in sentence.cues} == {"certain", "possible"}
    assert sentence.certainty.value == "possible"


def test_longest_pattern_wins(fr: Annotator) -> None:
    sentence = one(fr, "Il viendra sans doute demain.")
    assert [(c.text, c.level.value) for c in sentence.cues] == [("sans doute", "probable")]


def test_provenance_points_at_the_line_that_fired(fr: Annotator) -> None:
    sentence = one(fr, "Le ministre a peut-être menti.")
    [cue] = sentence.cues
    path, line = cue.provenance.lexicon, cue.provenance.line
    assert path == "lexicons/fr/hedges.tsv"
    assert line is not None
    lines = (builtin_lexicon_root() / "fr" / "hedges.tsv").read_text(encoding="utf-8").splitlines()
    assert lines[line - 1].split("\t")[0] == "peut-être"


def test_conditional_provenance_names_rule_and_line(fr: Annotator) -> None:
    [cue] = one(fr, "Le ministre aurait démissionné.").cues
    assert cue.provenance.rule == "verb_mood:Mood=Cnd"
    lines = Path(builtin_lexicon_root() / "fr" / "moods.tsv").read_text(encoding="utf-8").splitlines()
    assert cue.provenance.line is not None
    assert lines[cue.provenance.line - 1].startswith("Mood=Cnd\t*\t")


def test_future_in_the_past_is_not_a_hedge(fr: Annotator) -> None:
    sentence = one(fr, "Le ministre a annoncé que la réforme serait présentée en juin.")
    assert sentence.certainty.value == "certain", sentence.cues


def test_compound_conditional_after_past_verb_stays_a_hedge(fr: Annotator) -> None:
    sentence = one(fr, "La police a indiqué que le suspect aurait quitté le pays.")
    assert sentence.certainty.value == "possible"


def test_hypothesis_marker_keeps_the_conditional_a_hedge(fr: Annotator) -> None:
    sentence = one(fr, "Il a prévenu que si la Russie attaquait, l'OTAN riposterait.")
    assert sentence.certainty.value == "possible", sentence.cues
    assert [c.text for c in sentence.cues] == ["riposterait"]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Le ministre démissionnerait dans les prochains jours.", "démissionnerait"),
        ("Le joueur rejoindrait le PSG cet été.", "rejoindrait"),
        ("Selon la presse, le club obtiendrait un délai.", "obtiendrait"),
    ],
)
def test_conditional_missed_by_the_tagger_is_read_from_the_form(fr: Annotator, text: str, cue: str) -> None:
    sentence = one(fr, text)
    assert [(c.text, c.kind) for c in sentence.cues] == [(cue, CueKind.CONDITIONAL)]


@pytest.mark.parametrize("text", ["Il déclarait que tout allait bien.", "Le tireur tirait sur la foule."])
def test_imperfect_is_not_read_as_conditional(fr: Annotator, text: str) -> None:
    assert one(fr, text).certainty.value == "certain"

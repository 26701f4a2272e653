"""French attribution, one test per cue pattern, source type and trap of guidelines §2."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from hedgecheck import Annotator, AttributionType, SentenceAnnotation
from hedgecheck.lexicon import LexiconError, builtin_lexicon_root, load_language


def one(fr: Annotator, text: str) -> SentenceAnnotation:
    [sentence] = fr(text).sentences
    return sentence


def main(sentence: SentenceAnnotation) -> tuple[str, str, str] | None:
    found = sentence.main_attribution
    return None if found is None else (found.type.value, found.source.text, found.cue.text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # reporting verb with its subject
        ("Le ministre de l'Intérieur a déclaré que la situation était sous contrôle.",
         ("named", "Le ministre de l'Intérieur", "a déclaré")),
        # inverted tag after a quotation
        ("« La situation est sous contrôle », a indiqué le préfet du Rhône.",
         ("named", "le préfet du Rhône", "a indiqué")),
        # clitic inversion
        ("La réforme sera adoptée avant l'été, a-t-il déclaré.", ("named", "-il", "a-t-il déclaré")),
        # passive with an agent
        ("La décision a été annoncée par le Kremlin.", ("institution", "le Kremlin", "a été annoncée")),
        # prepositional attributions
        ("Selon l'AFP, le sommet est reporté.", ("media", "l'AFP", "Selon")),
        ("D'après un communiqué de l'ONU, les combats ont repris.",
         ("institution", "un communiqué de l'ONU", "D'après")),
        ("Pour le porte-parole du gouvernement, la réforme est nécessaire.",
         ("named", "le porte-parole du gouvernement", "Pour")),
        # source types
        ("Un haut responsable, sous couvert d'anonymat, a confirmé l'information.",
         ("anonymous", "Un haut responsable, sous couvert d'anonymat", "a confirmé")),
        ("Des sources proches du dossier indiquent que l'accord est prêt.",
         ("anonymous", "Des sources proches du dossier", "indiquent")),
        ("Le Monde rapporte que le ministre va démissionner.", ("media", "Le Monde", "rapporte")),
        ("La Russie a rejeté l'idée d'un cessez-le-feu.", ("institution", "La Russie", "a rejeté")),
        ("Les experts soulignent l'importance d'une approche prudente.", ("vague", "Les experts", "soulignent")),
        ("Certains observateurs estiment que la crise va durer.", ("vague", "Certains observateurs", "estiment")),
        ("On dit que le maire va démissionner.", ("vague", "On", "dit")),
        ("Il se murmure que le club cherche un attaquant.", ("vague", "Il", "se murmure")),
        ("Le président Zelensky a souligné l'importance de ces discussions.",
         ("named", "Le président Zelensky", "a souligné")),
        # rule 7: definite role picks out one person, indefinite does not
        ("La porte-parole de la fédération a démenti toute sanction.",
         ("named", "La porte-parole de la fédération", "a démenti")),
        ("Un porte-parole de la police a démenti toute bavure.",
         ("anonymous", "Un porte-parole de la police", "a démenti")),
    ],
)  # fmt: skip
def test_cue_patterns_and_source_types(fr: Annotator, text: str, expected: tuple[str, str, str]) -> None:
    sentence = one(fr, text)
    assert main(sentence) == expected, sentence.attributions
    assert sentence.attribution.value == expected[0]


def test_name_inside_an_anonymous_description_stays_anonymous(fr: Annotator) -> None:
    sentence = one(fr, "Un conseiller du président Donald Trump a suggéré un report du sommet.")
    assert sentence.attribution is AttributionType.ANONYMOUS


def test_nested_attribution_main_is_the_main_clause(fr: Annotator) -> None:
    sentence = one(fr, "Selon Axios, un conseiller de la Maison Blanche a suggéré un report.")
    assert sentence.attribution is AttributionType.ANONYMOUS
    secondary = [a for a in sentence.attributions if not a.main]
    assert [(a.type.value, a.source.text, a.cue.text) for a in secondary] == [("media", "Axios", "Selon")]


def test_interview_outlet_is_secondary_media(fr: Annotator) -> None:
    sentence = one(
        fr, "Le secrétaire d'État, Marco Rubio, dans une interview accordée à NBC, a affirmé que la paix était proche."
    )
    assert main(sentence) == ("named", "Le secrétaire d'État, Marco Rubio", "a affirmé")
    assert [(a.type.value, a.source.text) for a in sentence.attributions if not a.main] == [("media", "NBC")]


@pytest.mark.parametrize(
    "text",
    [
        "Le président n'a pas dit que la guerre était finie.",  # negated reporting
        "Il faut agir vite pour sauver l'usine.",  # not a reporting verb
        "Selon la météo, il pleuvra demain.",  # « selon » = depending on
        "Les prix varient selon les régions.",  # « selon » = depending on
        "Les discussions entre Trump et Poutine ont repris.",  # topic, not source (rule 5)
        "Je crois que la situation va s'améliorer.",  # unquoted first person is the author (rule 6)
        "Le parquet n'a pas souhaité commenter cette information.",  # negated governor
    ],
)
def test_traps_are_no_attribution(fr: Annotator, text: str) -> None:
    sentence = one(fr, text)
    assert sentence.attribution is AttributionType.NONE, sentence.attributions


def test_subordinate_report_is_not_the_main_clause(fr: Annotator) -> None:
    sentence = one(fr, "Le ministre, qui a déclaré que la réforme était prête, est arrivé à Lyon.")
    assert sentence.attribution is AttributionType.NONE


def test_pronoun_refers_back_to_the_earlier_source(fr: Annotator) -> None:
    doc = fr("Un conseiller du ministre a confirmé la réunion. Il a indiqué qu'elle aurait lieu lundi.")
    first, second = doc.sentences
    assert first.attribution is AttributionType.ANONYMOUS
    assert second.attribution is AttributionType.ANONYMOUS
    attribution = second.main_attribution
    assert attribution is not None and attribution.refers_to is not None
    assert attribution.refers_to.text == "Un conseiller du ministre"
    assert attribution.typing is not None and attribution.typing.rule == "pronoun_refers_back"


def test_bare_title_refers_back(fr: Annotator) -> None:
    doc = fr("Selon Axios, un conseiller a évoqué un report. Le conseiller a confirmé en privé la rumeur.")
    assert doc.sentences[1].attribution is AttributionType.ANONYMOUS


def test_pre_segmented_sentences_do_not_refer_across(fr: Annotator) -> None:
    first, second = fr.annotate_sentences(
        ["Un conseiller a confirmé la réunion.", "Il a indiqué que tout allait bien."]
    )
    assert first.attribution is AttributionType.ANONYMOUS
    assert second.attribution is AttributionType.NAMED  # a pronoun with nothing before it: a person


def test_every_attribution_names_its_lexicon_line(fr: Annotator) -> None:
    sentence = one(fr, "Selon l'AFP, un diplomate européen a confirmé la rencontre.")
    for attribution in sentence.attributions:
        assert attribution.provenance is not None and attribution.provenance.lexicon is not None
        path = builtin_lexicon_root().parent / attribution.provenance.lexicon
        if not path.exists():  # installed package: lexicons/ lives inside hedgecheck/
            path = builtin_lexicon_root() / Path(attribution.provenance.lexicon).relative_to("lexicons")
        lines = path.read_text(encoding="utf-8").splitlines()
        assert attribution.provenance.line is not None
        entry = lines[attribution.provenance.line - 1].split("\t")[0]
        assert entry.split()[0].split("|")[0] in {"selon", "confirmer"}


def test_sourcing_grade_comes_from_the_table(fr: Annotator) -> None:
    strong = one(fr, "Le ministre de la Santé a confirmé la fermeture de l'hôpital.")
    weak = one(fr, "Un conseiller aurait évoqué la fermeture de l'hôpital.")
    asserted = one(fr, "L'hôpital ferme ses portes lundi.")
    assert (strong.sourcing and strong.sourcing.grade, weak.sourcing and weak.sourcing.grade) == ("strong", "weak")
    assert asserted.sourcing is not None and asserted.sourcing.grade == "asserted"
    assert asserted.sourcing.provenance.lexicon == "lexicons/sourcing_grades.tsv"


def test_grade_table_must_cover_every_combination(tmp_path: Path) -> None:
    shutil.copytree(builtin_lexicon_root() / "fr", tmp_path / "fr")
    (tmp_path / "sourcing_grades.tsv").write_text(
        "attribution\tcertainty\tgrade\tnote\nnamed\tcertain\tstrong\t\n", encoding="utf-8"
    )
    with pytest.raises(LexiconError, match="no grade for named/uncertain"):
        load_language("fr", tmp_path)


def test_document_profile(fr: Annotator) -> None:
    doc = fr(
        "Le ministre a affirmé que la réforme passerait. Il a ajouté qu'il ne céderait pas. "
        "Selon des sources proches du dossier, le vote pourrait être reporté. La séance reprend lundi."
    )
    profile = doc.profile
    assert profile.sentences == 4
    assert profile.attribution["named"] == 2 and profile.attribution["anonymous"] == 1
    assert profile.attribution["none"] == 1
    assert profile.hedged == 1
    assert [(s.text, s.type.value, s.sentences) for s in profile.sources] == [
        ("Le ministre", "named", 2),
        ("des sources proches du dossier", "anonymous", 1),
    ]
    as_json = json.loads(doc.to_json())
    assert as_json["profile"]["attribution"]["named"] == {"count": 2, "share": 0.5}
    assert as_json["profile"]["hedged_share"] == 0.25

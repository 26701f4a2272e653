"""English: the same labels from the English lexicons and model, and telling the languages apart."""

from __future__ import annotations

import pytest

from hedgecheck import Annotator, AttributionType, SentenceAnnotation, guess_language
from hedgecheck.backends import BackendError


def one(en: Annotator, text: str) -> SentenceAnnotation:
    [sentence] = en(text).sentences
    return sentence


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("The company may cut 500 jobs next year.", "possible"),
        ("The suspect allegedly fled the scene.", "possible"),
        ("If the talks fail, the strike will continue.", "possible"),
        ("Growth is likely to slow in the third quarter.", "probable"),
        ("The minister apparently misled parliament.", "probable"),
        ("It is unclear whether the deal will survive.", "uncertain"),
        ("The cause of the fire remains unknown.", "uncertain"),
        ("Will the senator run again?", "uncertain"),
        ("The talks resumed on Monday.", "certain"),
        ("Officials want a deal as soon as possible.", "certain"),
        ("She said the talks would resume on Monday.", "certain"),  # future in the past
        ("The plant can produce 500 cars a day.", "certain"),  # ability
        ("The ministry did not confirm the report.", "uncertain"),  # negated booster
    ],
)
def test_certainty(en: Annotator, text: str, level: str) -> None:
    sentence = one(en, text)
    assert sentence.certainty.value == level, sentence.cues


@pytest.mark.parametrize(
    ("text", "kind", "source"),
    [
        ("Marco Rubio said the war would end soon.", "named", "Marco Rubio"),
        ('"We will not back down," said Sen. John Smith.', "named", "Sen. John Smith"),
        ("The Secretary of State told NBC that talks had stalled.", "named", "The Secretary of State"),
        ("A senior official, who spoke on condition of anonymity, said the plan was ready.", "anonymous",
         "A senior official"),
        ("Sources familiar with the talks said a deal was close.", "anonymous", "Sources familiar with the talks"),
        ("The Pentagon said the strike hit its target.", "institution", "The Pentagon"),
        ("The Post reported that the mayor would resign.", "media", "The Post"),
        ("According to Axios, the vote was delayed.", "media", "Axios"),
        ("Experts say the drought will worsen.", "vague", "Experts"),
        ("Some believe the election was rigged.", "vague", "Some"),
        ("It is widely believed that the governor will run.", "vague", "It"),
        ("There are fears that the dam will break.", "vague", "There"),  # nobody in particular fears
        ("In the eyes of critics, the plan is a failure.", "vague", "critics"),  # an opinion marker
        ("According to police, the suspect fled.", "institution", "police"),  # a listed body, bare
        ("The administration's position is untenable, critics say.", "vague", "critics"),  # the tag wins
        ("Scientists have long suspected that the virus spread earlier.", "vague", "Scientists"),  # a class
    ],
)  # fmt: skip
def test_attribution(en: Annotator, text: str, kind: str, source: str) -> None:
    sentence = one(en, text)
    main = sentence.main_attribution
    assert main is not None, sentence.attributions
    assert (main.type.value, main.source.text) == (kind, source)


def test_outlet_told_is_a_secondary_media_source(en: Annotator) -> None:
    sentence = one(en, "The Secretary of State told NBC that talks had stalled.")
    assert [(a.type.value, a.source.text, a.main) for a in sentence.attributions] == [
        ("named", "The Secretary of State", True),
        ("media", "NBC", False),
    ]


def test_name_inside_an_anonymous_description(en: Annotator) -> None:
    assert one(en, "An adviser to President Trump suggested a delay.").attribution is AttributionType.ANONYMOUS


@pytest.mark.parametrize(
    "text",
    [
        "The senator did not say that the bill was dead.",
        "Prices rose according to plan.",
        "The discussions between Trump and Putin resumed.",
    ],
)
def test_traps(en: Annotator, text: str) -> None:
    assert one(en, text).attribution is AttributionType.NONE


def test_headline_colon_attribution(en: Annotator) -> None:
    sentence = one(en, "Mike Pence: Flowers will not attend the debate")
    assert sentence.attribution is AttributionType.NAMED


def test_pronoun_refers_back_in_english(en: Annotator) -> None:
    doc = en("A White House aide confirmed the meeting. She said it would last an hour.")
    assert [s.attribution.value for s in doc.sentences] == ["anonymous", "anonymous"]


def test_language_is_told_from_the_text() -> None:
    assert guess_language("The talks resumed on Monday, officials said.") == "en"
    assert guess_language("Les discussions ont repris lundi, selon des responsables.") == "fr"
    assert guess_language("12 345 !!!") == "fr"  # nothing to go on: the default


def test_a_missing_model_is_a_clear_error() -> None:
    with pytest.raises(BackendError, match=r"no spaCy model installed.*pip install no-such-model"):
        Annotator("en", model="no_such_model")


@pytest.mark.parametrize(
    "text",
    [
        "The governor urged lawmakers to pass the bill.",
        "The union called for a national strike.",
        "The newspaper endorsed Clinton on Sunday.",
        "The senator slammed the decision.",
        "The mayor praised the firefighters.",
        "Prosecutors accused the company of fraud.",
        "The agency warned of more flooding.",
        "The president vowed to veto the bill.",
        "The minister promised a full inquiry.",
        "The rebels threatened to attack the city.",
        "The company denied the allegations.",
        "The coach acknowledged his mistakes.",
        "The candidate conceded the race.",
        "Protesters demanded his resignation.",
        "The chief justice spoke of the legacy of racism.",  # a content verb with its topic
        "She wrote about her illness after she left office.",
        "The senator hit back at his critics.",  # a phrasal verb listed with its particle
        "She pointed out that the plan had failed.",
        "Some doctors remain skeptical that the weight loss will last.",  # an adjective of attitude
        "Officials are confident that the dam will hold.",
    ],
)
def test_speech_acts_with_a_noun_phrase_or_an_infinitive_attribute(en: Annotator, text: str) -> None:
    """Guidelines v1.3 §2 rule 1: a cue reports a communicative act whatever its complement."""
    assert one(en, text).attribution is not AttributionType.NONE


@pytest.mark.parametrize(
    ("text", "kind", "source"),
    [
        ('Probably not," Ms. Moore said.', "named", "Ms. Moore"),  # the opening mark stood in an earlier sentence
        ("It is a misguided approach,'' said Mr. Burman.", "named", "Mr. Burman"),
        ("Mrs. Clinton has embraced the approach, promising to meet his goals.", "named", "Mrs. Clinton"),
        ("Those close to him say that he will run.", "anonymous", "Those close to him"),
        ("Democrats also described the showdown as ominous.", "anonymous", "Democrats"),
        ("However, 63 percent said the decision was justified.", "anonymous", "63 percent"),
        ("Poll: Wealthy voters abandon the Republican Party.", "institution", "Poll"),
        ("She continued, “For us, all we ask is a hearing.", "named", "She"),
        (
            '“Deals are not a requirement," Chairman Jason Chaffetz (R-Utah) said.',
            "named",
            "Chairman Jason Chaffetz (R-Utah)",
        ),
        ('"Oz has a huge bully pulpit,” said David Gorski, a surgeon.', "named", "David Gorski, a surgeon"),
        ("The Latest: Trump urges supporters to monitor polling places.", "named", "Trump"),  # tagged NOUN
    ],
)
def test_sources_of_real_english_news(en: Annotator, text: str, kind: str, source: str) -> None:
    sentence = one(en, text)
    main = sentence.main_attribution
    assert main is not None and main.source is not None, sentence.attributions
    assert (sentence.attribution.value, main.source.text) == (kind, source)


@pytest.mark.parametrize(
    "text",
    [
        "Mariano wrote a memoir of her time at the White House.",  # an act, not a report (content_verbs.tsv)
        "The nominee was speaking Friday in Fort Wayne.",
        "The Guard and state troopers will remain in the city.",  # "state" is a noun here
        "The talks continued: nobody left.",  # a tag verb with no quotation
        "Syria: Rebels take the city.",  # a place before a headline colon is a topic
        "Research shows that the plan failed.",  # a capital that starts the sentence marks no name
        "Washington backed out.",  # a phrasal verb is a verb of its own: "back out" is not "back"
        "The union called off the strike.",
        "It costs less per student.",  # a rate, not a source
        "He was accused of taking bribes.",  # the subject of a passive is reported on, not a speaker
        "He was told that the plan had failed.",  # the one told is no source, nor an expletive
        "Trump's claim is false.",  # the author judges the claim; nobody holds "false"
        "A skeptical public watched the debate.",  # an attitude beside a noun states nothing
        "The minister, confident of victory, left early.",
        "Mr. Trump, do you really think that climate change is a hoax?",  # the one addressed is asked
    ],
)
def test_acts_and_topics_are_no_attribution(en: Annotator, text: str) -> None:
    assert one(en, text).attribution is AttributionType.NONE, one(en, text).attributions


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("He announced that the center would be renamed in her honor.", "certain"),  # future in the past
        ("The gift made it possible for students to attend.", "certain"),
        ("It earned the highest possible rating.", "certain"),
        ("Smoking is a risk factor for the disease.", "certain"),
        ("There is no evidence that the vaccine causes harm.", "uncertain"),
        ("He is widely regarded as the father of the movement.", "probable"),
        ("The storm could hit the coast on Friday.", "possible"),
    ],
)
def test_english_certainty_on_real_news_constructions(en: Annotator, text: str, level: str) -> None:
    sentence = one(en, text)
    assert sentence.certainty.value == level, sentence.cues


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # §3 rule 2: fixed phrases and "possible" of what can be done; the speculative use stays.
        ("It used as many commercially available parts as possible.", "certain"),
        ("A perfect game is the best score possible in bowling.", "certain"),
        ("He faces a maximum possible sentence of 20 years.", "certain"),
        ("Pagans continued, wherever possible, to practice their faith.", "certain"),
        ("The biggest risk is a possible recession.", "possible"),
        ("The worst outcome, a possible default, was avoided.", "possible"),
        ("The heat has weakened most if not all of the children.", "certain"),  # a hedge on quantity
        ("If not, the talks will collapse.", "possible"),
        ("Shares rose faster than expected.", "certain"),  # a fact measured against an expectation
        ("Shares are expected to rise.", "probable"),
        ("Wonder Woman is a playable character.", "certain"),  # the noun is a marvel
        ("Many wonder whether the deal will survive.", "uncertain"),
        ("The eventual winner was Smith.", "certain"),  # "eventual" is final, not « éventuel »
        # §3 rule 5: "would" that tells what happened; the hypothetical one stays.
        ("She would later sell the lands.", "certain"),
        ("If elected, he would later raise taxes.", "possible"),
        ("Chicago would not make the playoffs again until the 2005 season.", "certain"),
        ("Sometimes the showman would perform for a crowd with puppets.", "certain"),
        ("Wilson would never again play for the club.", "certain"),
        ("Russia would never accept NATO troops on its border.", "possible"),  # a prediction in news
        ("The deal would never have happened without him.", "possible"),  # a perfect: counterfactual
        ("The cuts would hit the poorest neighbourhoods hardest.", "possible"),
        # "could not" is inability; "could not be verified" leaves the claim unconfirmed.
        ("He could not be reached for comment.", "certain"),
        ("The claim could not be independently verified.", "uncertain"),
        ("Officials verified the figures.", "certain"),
        ("The storm could not have come at a worse time.", "possible"),  # a perfect: counterfactual
    ],
)
def test_english_uses_that_are_no_hedge_and_their_hedged_neighbours(en: Annotator, text: str, level: str) -> None:
    sentence = one(en, text)
    assert sentence.certainty.value == level, sentence.cues

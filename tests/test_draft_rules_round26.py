"""The drafter's round-26 rules (issue 11), found on the spent round-25 holdout
(moved to dev) and on probes of constructions newsrooms print everywhere; one
short made-up sentence each."""

from __future__ import annotations

import pytest

from .drafting import people, speakers


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Salt\nRavi Kumar, secretary of the union, said the union had asked the owners for "
            '"shade and water".',
            "Ravi Kumar",
        ),
        (
            "Quilts\nCurator Ana Reyes said the quilts told the island's story 'in thread'.",
            "Ana Reyes",
        ),
        (
            "Floods\nJoseph Mbala said through an interpreter that residents had warned of cracks "
            '"for months".',
            "Joseph Mbala",
        ),
    ],
)
def test_a_description_opening_what_was_said_is_not_the_speaker(text, name):
    assert speakers(text) == [(name, None)]


def test_a_name_opening_what_was_said_keeps_its_own_verb():
    text = (
        "Fraud\nProsecutor Fiona Hale said Darren Price had asked for deposits, promising to "
        "start ‘within ten days’."
    )
    assert speakers(text) == [("Darren Price", None)]


@pytest.mark.parametrize(
    "opening",
    [
        "The region's Minister of Transport Ivan Petrov told reporters on Monday.",
        "The region's Minister of Transport and Road Facilities Ivan Petrov told reporters.",
        "Speaking at the session, the chairman of the Committee on Budget Affairs Ivan Petrov "
        "noted that costs rose.",
    ],
)
def test_the_role_before_a_name_with_no_comma_makes_the_role_a_later_quote_names(opening):
    text = f'Ferry\nA ferry line will open. {opening}\n"Two ferries will sail," the ' + (
        "chairman said." if "chairman" in opening else "minister said."
    )
    assert speakers(text) == [("Ivan Petrov", None)]


@pytest.mark.parametrize("word", ["Teenager", "Veteran", "Youngster"])
def test_what_a_person_is_before_the_name_is_not_part_of_it(word):
    text = f'Late winner\n{word} Boo Jae-hyun scored late.\n"I just jumped," Boo said.'
    assert people(text) == ["Boo Jae-hyun"]
    assert speakers(text) == [("Boo Jae-hyun", None)]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Cup tie\nCity equalised through centre-back Jacaré at a corner.", "Jacaré"),
        ("Cup tie\nThe shot beat goalkeeper Marcão at his near post.", "Marcão"),
        (
            "Cup tie\nThe winner came from Neném, a 19-year-old striker from Feira de Santana.",
            "Neném",
        ),
    ],
)
def test_a_player_known_by_one_name_is_a_person(text, name):
    assert people(text) == [name]


def test_a_position_word_used_as_an_adverb_makes_no_person():
    text = "Aid\nThe minister said the government would bring forward European aid."
    assert people(text) == []


@pytest.mark.parametrize(
    "opening, described",
    [
        (
            "A woman of 84 who sang in the choir and came from the island with her daughters said "
            "she was baptised there.",
            "A woman of 84 who sang in the choir and came from the island with her daughters",
        ),
        (
            "A spokesperson for the association of tourist flat owners in Gipuzkoa said it fails.",
            "A spokesperson for the association of tourist flat owners in Gipuzkoa",
        ),
        (
            "At Kesarbari Tea Estate, a plucker who did not wish to be named said pay had not "
            "changed.",
            "a plucker who did not wish to be named",
        ),
    ],
)
def test_a_pronoun_after_an_unnamed_speaker_keeps_the_description(opening, described):
    text = f"Reopening\n{opening} ‘I wanted to come back,’ she said."
    assert speakers(text) == [(None, described)]


def test_a_shared_surname_is_the_one_who_runs_the_firm_now():
    text = (
        "Chain sold\nThe chain, which Roméo Lavigne founded in 1952, was sold.\nMarie-Ève Lavigne, "
        '54, who has run the chain since 2011, said the family agreed.\n"We wanted a buyer '
        'who speaks French," Lavigne said.'
    )
    assert speakers(text) == [("Marie-Ève Lavigne", None)]


def test_a_firm_then_two_roles_joined_by_and_then_the_name_speaks():
    text = (
        'Deal\n"Our customers already shop at both," Boisvert Caron president and chief '
        "executive Jean-Sébastien Boisvert told analysts."
    )
    assert speakers(text) == [("Jean-Sébastien Boisvert", None)]


def test_an_irregular_past_tense_after_a_name_is_no_apposition():
    text = (
        "Slide\nA survivor, Pinda Tamalu, 34, lost his wife and two daughters. He said he had "
        'been outside.\n"I heard a sound like thunder," he said.'
    )
    assert speakers(text) == [("Pinda Tamalu", None)]


@pytest.mark.parametrize("role", ["publisher", "translator", "magistrate", "vicar"])
def test_more_trades_before_a_name_say_it_is_a_person(role):
    text = (
        f"Novel\nThe book sold 1,300 copies, according to its {role}, Soazig Ar Gall. “For us, "
        "that is a bestseller,” she said."
    )
    assert speakers(text) == [("Soazig Ar Gall", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Strike\nThe Tigray Interim Regional Administration said in a statement that pay rose.",
        "Agave\nAna Ruiz, undersecretary at the state Secretariat for Agri-Food Development and "
        "Rural Development (Sefader), said prices fell.",
    ],
)
def test_a_body_named_before_said_is_not_a_person(text):
    assert "Tigray Interim Regional Administration" not in people(text)
    assert "Rural Development" not in people(text)


@pytest.mark.parametrize("verb", ["fumed", "snapped", "exclaimed", "scoffed"])
def test_a_speech_verb_of_temper_attributes_the_quote(verb):
    assert speakers(f"Row\n“It is a scandal,” {verb} Ana Ruiz.") == [("Ana Ruiz", None)]


def test_the_champion_is_the_person_named_before():
    text = (
        "Final\nSerena Okafor, 24, won her third title. “I never doubted it,” the three-time "
        "champion said."
    )
    assert speakers(text) == [("Serena Okafor", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Deal\nMorgan Stanley and Goldman Sachs advised on the deal.",
        "Deal\nGoldman Sachs is advising on the $2bn listing.",
    ],
)
def test_a_name_that_advises_on_a_deal_is_a_firm(text):
    assert people(text) == []


def test_a_person_of_an_age_who_advised_on_a_deal_stays_a_person():
    assert people("Deal\nAna Ruiz, 45, advised on the deal.") == ["Ana Ruiz"]

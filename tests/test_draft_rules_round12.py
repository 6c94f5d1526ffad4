"""The drafter's round-12 rules (issue 11), found on the spent round-11 holdout; one
short made-up sentence each."""

from __future__ import annotations

import pytest

from .drafting import draft, figures, people, speakers


@pytest.mark.parametrize(
    "text, name",
    [
        # The place governed is no part of the governor's name; a given name stays.
        (
            "Governor of Sfax Mohamed Ali Trabelsi, who opened the show, said the medina was "
            "“a living museum”.",
            "Mohamed Ali Trabelsi",
        ),
        ("“We will pay,” said Minister of Health Victoria Smith.", "Victoria Smith"),
        # A court's counsel, and Brunei's courtesy titles.
        (
            "The Crown was represented by Senior Crown Counsel Anya Flowers, who called the "
            "sentence “a clear message”.",
            "Anya Flowers",
        ),
        (
            "Dayang Rosmawati binti Ahmad, 54, learnt she had diabetes. “I felt healthy,” she "
            "said.",
            "Rosmawati binti Ahmad",
        ),
        # The title's holder, named after the portfolio: "said Director of ... Dr X".
        (
            "“The vans will go to the villages,” said Director of Health Services Dr Mohammad "
            "Firdaus bin Haji Yusof, who attended.",
            "Mohammad Firdaus bin Haji Yusof",
        ),
    ],
)
def test_round12_speakers(text, name):
    assert speakers(text)[-1] == (name, None)


@pytest.mark.parametrize(
    "text, name, alias",
    [
        # "Haji" after "binti" is the father's, not a title; the name with a title alone
        # is the person named in full.
        (
            "“Many had never been tested,” said lead researcher Dr Nurul Huda binti Haji Abdul "
            "Rahman. Dr Nurul Huda said each case cost the state.",
            "Nurul Huda binti Haji Abdul Rahman",
            "Nurul Huda",
        ),
        (
            "“The rain did not stop,” said Joseph Mbarga Ndzana, who farms near Obala. Mr "
            "Mbarga Ndzana said a farmer must spray often.",
            "Joseph Mbarga Ndzana",
            "Mbarga Ndzana",
        ),
    ],
)
def test_round12_one_person_not_two(text, name, alias):
    result = draft(text)
    assert [p.name for p in result.people] == [name]
    assert alias in result.people[0].aliases


def test_the_end_of_an_offices_name_is_not_a_person():
    assert (
        people(
            "“Nine are missing,” said the director of the National Office for Risk and Disaster "
            "Management, speaking through an interpreter."
        )
        == []
    )


@pytest.mark.parametrize(
    "sentence, text, value, unit",
    [
        # a one-letter currency printed with a scale once is money in small amounts too
        ("The council backs a BD32m car park; parking costs BD10 a day.", "BD10", 10, "dinars"),
        ("Gangs took Q2.3 million, charging Q300 a week.", "Q300", 300, "quetzales"),
    ],
)
def test_round12_figures(sentence, text, value, unit):
    assert (text, value, unit) in figures(sentence)


def test_a_one_letter_currency_alone_is_still_no_money():
    assert figures("The Q3 results were strong, and the R34 was closed.") == []


@pytest.mark.parametrize(
    "text",
    [
        # where a place is, not who: an apposition that locates; a house described as one
        "Fishermen from Triunfo de la Cruz, near Tela, were missing, the navy said.",
        "The show opened at Dar Jellouli, a 17th-century house in the medina.",
    ],
)
def test_places_described_as_places_are_not_people(text):
    assert people(text) == []


def test_a_town_named_at_the_start_of_a_longer_name_is_not_that_town():
    assert "Triunfo" not in {
        loc.name for loc in draft("Fishermen from Triunfo de la Cruz were missing.").locations
    }

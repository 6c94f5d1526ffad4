"""The drafter's round-23 rules (issue 11), found on the spent round-22 holdout
and on probes of constructions newsrooms print everywhere; one short made-up
sentence each."""

from __future__ import annotations

import pytest

from .drafting import people, places, speakers


def test_a_regions_own_government_after_its_possessive_names_the_region():
    text = "Housing plan\nYukon's housing minister said the plan would help small towns."
    assert places(text)["Yukon"].country_code == "CA"


@pytest.mark.parametrize("town", ["Vulcănești", "Vulcăneşti"])
def test_a_romanian_town_is_found_with_either_comma_or_cedilla(town):
    text = f"Farm news\nFarmers in the south of the autonomy, around {town}, lost their wheat."
    assert places(text)[town].latitude == pytest.approx(45.68, abs=0.05)


def test_a_quantifier_after_a_comma_is_no_apposition():
    text = (
        "Derby won\nAbout 1,800 supporters made the crossing from Gran Canaria, most of "
        "them on the ferry from Agaete, and were escorted to the stadium."
    )
    assert "Gran Canaria" not in people(text)


@pytest.mark.parametrize("name", ["Gran Canaria", "Gran Teatro del Cibao"])
def test_an_opening_adjective_alone_is_not_a_place(name):
    assert "Gran" not in places(f"Crowds came from {name} on Saturday.")


# From the round-23 holdout, scored once and so spent.


@pytest.mark.parametrize(
    "text, description",
    [
        (
            "Nanooks win\nWinger Tanner Okleasik scored twice as the Nanooks won 4-2.\n"
            "Okleasik's grandmother, who flew in from Kotzebue, was waiting outside the "
            'locker room with a sign. "He learned to skate on the lagoon," she said.',
            "Okleasik's grandmother",
        ),
        (
            "Copper theft\nPolice held Arnel Sumagaysay, 41, on Monday.\nA relative of "
            "Sumagaysay, who asked not to be named, told reporters that he had lost his job.\n"
            "“He is not a bad man,” she said.",
            "A relative of Sumagaysay",
        ),
    ],
)
def test_a_relative_known_by_whose_they_are_keeps_the_pronoun_from_them(text, description):
    assert speakers(text) == [(None, description)]


def test_a_relative_named_in_apposition_is_that_person():
    text = (
        "Developer jailed\nThe court jailed Rui Carvalhal.\nCarvalhal's defence lawyer, "
        "João Pedro Vaz, said his client would appeal. He said the council had given "
        "“contradictory information” for years."
    )
    assert speakers(text) == [("João Pedro Vaz", None)]

"""The drafter's round-7 rules (issue 11), found on the spent round-6 holdout; one
short made-up sentence each."""

from __future__ import annotations

import pytest

from .drafting import figures, people, places, speakers


@pytest.mark.parametrize(
    "text, name",
    [
        # A Mongolian patronymic initial joined to the given name, and a Buddhist title.
        ("The abbot, Khamba Lama B.Dorj, spoke. “We pray here,” B.Dorj said.", "B.Dorj"),
        # A Taiwanese name, family name first, with its characters in brackets.
        (
            "Wang Li-hua (王麗華), an analyst at a think tank, said: “Light is the answer.”",
            "Wang Li-hua",
        ),
        # A list of portfolios after "Minister of".
        (
            "Minister of Culture, Sports, Tourism and Youth Ch.Nomin said: “We will train them.”",
            "Ch.Nomin",
        ),
        # A Spanish title kept in an English-language paper.
        (
            "“The old city was built for people,” said Intendenta Laura Ferreira Díaz.",
            "Laura Ferreira Díaz",
        ),
    ],
)
def test_round7_speakers(text, name):
    assert speakers(text) == [(name, None)]


@pytest.mark.parametrize(
    "text",
    [
        # A nationality before a plural is a party or a group, not a person.
        "The Lithuanian Christian Democrats said the levy punished savers.",
        "The Association of Lithuanian Banks said it would comply.",
        # A compass word is not a given name.
        "Floods cut roads in West Coast Berbice.",
    ],
)
def test_round7_not_people(text):
    assert people(text) == []


def test_a_surname_of_a_firm_makes_no_second_person():
    # "R. Lall" of "R. Lall & Sons" is the firm's; "Lall, 58," is Rajendra Lall.
    text = "They robbed Rajendra Lall. Lall, 58, runs R. Lall & Sons Jewellery."
    assert people(text) == ["Rajendra Lall"]


@pytest.mark.parametrize(
    "sentence, text, value",
    [
        ("He was paid K650,000 for the maize.", "K650,000", 650000),
        ("Damage was at least K2 million.", "K2 million", 2e6),
        ("A sack sold for Rwf4,500.", "Rwf4,500", 4500),
        ("Volumes fell by half.", "half", 0.5),
        ("He repaid less than a sixth of it.", "a sixth", 1 / 6),
    ],
)
def test_round7_figures(sentence, text, value):
    assert any(t.endswith(text) and abs(v - value) < 1e-6 for t, v, _ in figures(sentence))


def test_a_country_named_without_the():
    found = places("Potatoes go to Goma in the Democratic Republic of Congo.")
    assert "Democratic Republic of Congo" in found and "Congo" not in found


def test_a_town_before_based_inside_a_firms_name():
    assert "Hsinchu" in places("Hsinchu-based Yongsheng Photonics Corp. will invest.")

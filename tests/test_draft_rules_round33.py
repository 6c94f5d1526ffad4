"""The drafter's round-33 rules (issue 11), found on probes of constructions
newsrooms print everywhere, on the classes the round-32 holdout left open and on
the round-33 practice sets; one short made-up sentence each."""

from __future__ import annotations

import pytest

from .drafting import people, speakers


def test_two_firms_in_a_list_of_advisers_stay_firms_when_one_is_named_apart():
    text = (
        "The packer will be sold to the food group Hallam Pryce for £30m.\n"
        "Hallam Pryce, based in Selby, said the deal would lift its sales.\n"
        "The packer was advised by Grant Thornton and Hallam Pryce by Rothschild & Co."
    )
    assert people(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The chain Lavigne & Brault was sold. Aurèle Brault said he was glad.",
        "The law firm Ó Baoill and Mac Giolla Bhríde acted for him.",
    ],
)
def test_a_firm_of_two_surnames_joined_by_and_stays_one_firm(text):
    assert "Lavigne" not in people(text) and "Ó Baoill" not in people(text)


def test_a_club_named_after_a_man_is_no_person_under_its_short_name_either():
    text = (
        "Chapecó Futsal beat Clube Atlético Mário Wendt, of Blumenau, 4-2 on Saturday.\n"
        'The Mário Wendt coach, Adilson Bittencourt, said his side had lost focus. "We were '
        'the better team for 30 minutes," he said.'
    )
    assert people(text) == ["Adilson Bittencourt"]
    assert speakers(text)[-1] == ("Adilson Bittencourt", None)


def test_a_club_opening_with_its_initials_before_a_mans_name_is_a_club():
    assert people("CD Juan Aurich beat Alianza 2-1 and CA Tomás Frei lost at home.") == []


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ('"It will not stand," said the Green member of parliament Sandra Pöltl.', "Sandra Pöltl"),
        ('"We will appeal," said board member Anna Berg.', "Anna Berg"),
        ('"We knew," said the UN head of mission Ana Ruiz.', "Ana Ruiz"),
    ],
)
def test_a_role_with_of_and_a_party_before_the_name_names_the_speaker(sentence, speaker):
    assert speakers(sentence) == [(speaker, None)]

"""The drafter's round-14 rules (issue 11), found on the spent round-13 holdout;
one short made-up sentence each."""

from __future__ import annotations

from .drafting import draft, speakers


def test_a_name_after_the_leader_of_a_group_is_a_persons():
    # "the group" closes the description, but the head is "leader": a person
    text = (
        "The leader of the social democratic group, Mònica Gelabert Solà, voted no.\n"
        "‘A nurse can’t live here,’ Gelabert said in Catalan."
    )
    assert speakers(text) == [("Mònica Gelabert Solà", None)]


def test_said_in_a_language_is_still_speech():
    text = "Ana Ruiz Solà voted no.\n‘A nurse can’t live here,’ Ruiz said in Catalan."
    assert speakers(text) == [("Ana Ruiz Solà", None)]


def test_the_end_of_a_list_of_portfolios_is_not_a_person():
    text = "The Ministry of Agriculture and Rural Development said on Tuesday it would pay."
    assert draft(text).people == []


def test_a_minister_after_a_long_portfolio():
    text = (
        "The government released $2 million, Minister of Humanitarian Affairs and Disaster"
        " Management Ayan Mohamed Jama told reporters."
    )
    assert [p.name for p in draft(text).people] == ["Ayan Mohamed Jama"]

"""The drafter's round-11 rules (issue 11), found on the spent round-10 holdout; one
short made-up sentence each."""

from __future__ import annotations

import pytest

from .drafting import figures, people, speakers


@pytest.mark.parametrize(
    "text, name",
    [
        # Eswatini's honorific for a mother, and an administrator's office, are no part
        # of the name.
        (
            "Make Zodwa Nxumalo, a grower at Mhlume, lost her crop. “The mill pays us once a "
            "year,” she said.",
            "Zodwa Nxumalo",
        ),
        ("“The dam is low,” said Lubombo Regional Administrator Thembi Mamba.", "Thembi Mamba"),
    ],
)
def test_round11_speakers(text, name):
    assert speakers(text)[-1] == (name, None)


def test_a_name_joined_by_and_to_a_person_of_that_surname_is_a_person():
    text = (
        "Gopee Frères was founded by the brothers Devanand Gopee and Rajesh Gopee. Devanand "
        "Gopee, 83, still comes into the office."
    )
    assert sorted(people(text)) == ["Devanand Gopee", "Rajesh Gopee"]


def test_a_firm_described_as_a_conglomerate_is_not_a_person():
    text = (
        "Rault Ng Holdings will buy the distributor. Rault Ng, a conglomerate formed in 1991, "
        "grew fast. He said Rault Ng would invest more."
    )
    assert people(text) == []


@pytest.mark.parametrize(
    "sentence, text, value, unit",
    [
        ("He comes into the office twice a week.", "twice a week", 2, "times a week"),
        ("The mill pays us once a year.", "once a year", 1, "times a year"),
        ("The plan costs Nu 186M.", "Nu 186M", 186_000_000, "ngultrum"),
    ],
)
def test_round11_figures(sentence, text, value, unit):
    assert (text, value, unit) in figures(sentence)


def test_twice_alone_is_still_a_multiplier():
    assert ("twice", 2, "times") in figures("She scored twice in the final.")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Children aged one to five were tested.", [("one", 1), ("five", 5)]),
        ("Adults aged 18 to 24 voted.", [("18", 18), ("24", 24)]),
    ],
)
def test_an_age_range_is_two_ages(sentence, expected):
    found = [(t, v) for t, v, unit in figures(sentence) if unit == "years of age"]
    assert found == expected


def test_one_alone_is_still_no_figure():
    assert figures("One of them left the room.") == []

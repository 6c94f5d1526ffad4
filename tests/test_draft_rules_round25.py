"""The drafter's round-25 rules (issue 11), found on the spent round-24 holdout
and on probes of constructions newsrooms print everywhere; one short made-up
sentence each."""

from __future__ import annotations

import pytest

from .drafting import places, speakers


def test_a_title_abbreviated_in_brackets_before_a_name_is_that_person_later():
    text = (
        "Doctor freed\nKhuzdar Senior Superintendent of Police (SSP) Jan Muhammad Mengal told "
        "reporters the doctor was safe. “The kidnappers opened fire,” the SSP said."
    )
    assert speakers(text) == [("Jan Muhammad Mengal", None)]


def test_an_organizations_abbreviation_names_no_person():
    text = (
        "Cases rise\nThe World Health Organization (WHO) said cases rose. “We are "
        "worried,” the WHO said."
    )
    assert speakers(text)[0][0] is None


@pytest.mark.parametrize(
    "text, name, latitude",
    [
        (
            "Furniture deal\nIts head office is in Quebec City, and it sells across Quebec.",
            "Quebec",
            53.6,
        ),
        (
            "Storm\nRain hit New York City on Monday, and flooding spread across New York.",
            "New York",
            42.8,
        ),
    ],
)
def test_a_name_beside_its_city_is_the_province_or_state(text, name, latitude):
    assert places(text)[name].latitude == pytest.approx(latitude, abs=0.5)
    assert places(text)[name + " City"].latitude != pytest.approx(latitude, abs=0.5)


# From the round-25 holdout, scored once and so spent.


def test_a_firm_of_two_surnames_is_not_the_person_who_shares_the_second():
    text = (
        "Bakery sold\nRowe and Penrose chief executive Daniel Penrose said pasties were "
        "growing.\nRowe and Penrose, which runs 41 bakeries across Devon, said it would keep "
        'all 310 jobs "for the foreseeable future".'
    )
    assert speakers(text) == [(None, "Rowe and Penrose")]

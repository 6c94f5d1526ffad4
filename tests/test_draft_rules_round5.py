"""The drafter's round-5 rules (issue 11), one short made-up sentence each."""

from __future__ import annotations

import pytest

from .drafting import figures, people, places, speakers

# --- Speakers --------------------------------------------------------------------


def test_the_rest_of_a_sentence_is_not_an_apposition():
    # ", now goes to the Senate" is not a description of "Regional Development", so the
    # portfolio is not a person and does not make "she" ambiguous.
    text = (
        "The bill, pushed by the Ministry for Regional Development, now goes to the Senate. "
        "Regional Development Minister Eva Dvořáková spoke after the vote. "
        "“Empty flats are a waste,” she said."
    )
    assert speakers(text) == [("Eva Dvořáková", None)]
    assert people(text) == ["Eva Dvořáková"]


@pytest.mark.parametrize(
    "text, name",
    [
        # A family name written first: "Ms Tan" is Tan Mei Ling.
        ("Ms Tan Mei Ling, 38, runs the shop. “Rent doubled,” Ms Tan said.", "Tan Mei Ling"),
        # The first of two Spanish surnames: "Ramírez" is Luis Ramírez Soto.
        (
            "The curator, Luis Ramírez Soto, spoke first. “It is a rare find,” Ramírez said.",
            "Luis Ramírez Soto",
        ),
        # A given name used with a title, as Singapore's papers write Tamil names.
        ("His lawyer, Mr Suresh Pillai, spoke. “He is sorry,” said Mr Suresh.", "Suresh Pillai"),
    ],
)
def test_a_word_of_a_fuller_name_is_that_person(text, name):
    assert speakers(text) == [(name, None)]
    assert people(text) == [name]


def test_reported_speech_gives_the_speakers_gender():
    # "said he had heard" gives the speaker's gender, so the "he" of the next
    # paragraph, whose sentence before names only him, is him.
    text = (
        "Tenzing Norbu Sherpa, a shopkeeper, said he had heard the hillside crack.\n"
        "“I ran out with my daughters,” he said."
    )
    assert speakers(text) == [("Tenzing Norbu Sherpa", None)]


def test_a_name_after_a_role_with_commas_of_its_own():
    text = (
        "The island assembly's Secretary of Tourism, Culture and Transport, Kwame Roberts, "
        "called the delays “unacceptable”."
    )
    assert speakers(text) == [("Kwame Roberts", None)]


@pytest.mark.parametrize(
    "text",
    [
        # An organization named for a country, and an outlet.
        "The plans, submitted by Sport Malta, were rejected. Sport Malta said it would appeal.",
        "“I studied ten hours a day,” the student told Ahram Online.",
    ],
)
def test_organizations_are_not_people(text):
    assert people(text) == []


# --- Figures ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, text, value, unit",
    [
        ("The crossing took two and a half hours.", "two and a half hours", 2.5, "hours"),
        ("The ferry took 3 1/2 hours.", "3 1/2 hours", 3.5, "hours"),
        # One duration in two units, counted in the smaller.
        ("He was jailed for two years and four months.", "two years and four months", 28, "months"),
        ("Taxes could rise fivefold.", "fivefold", 5, "times"),
        ("Seven of the top ten students were girls.", "top ten", 10, "places"),
        # "second" counts, as every set's annotators count it.
        ("It is the city's second underground school.", "second underground", 2, "underground"),
    ],
)
def test_round5_figures(sentence, text, value, unit):
    assert (text, value, unit) in figures(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Most cases were in District 10 and Ward 3.",
        "They were given a second chance.",
    ],
)
def test_round5_not_figures(sentence):
    assert figures(sentence) == []


# --- Places ----------------------------------------------------------------------


def test_letters_without_a_combining_mark_are_folded():
    # "Dong Nai" as English-language papers print GeoNames' "Đồng Nai".
    found = places("Cases rose in Dong Nai and Ho Chi Minh City.")
    assert "Dong Nai" in found and abs(found["Dong Nai"].latitude - 11.1) < 0.5


def test_a_metropolitan_area_is_at_its_citys_point_and_is_a_place_of_its_own():
    found = places("The minister spoke in downtown Cairo. Most came from outside Greater Cairo.")
    assert {"Cairo", "Greater Cairo"} <= set(found)
    assert found["Greater Cairo"].kind == "region"


@pytest.mark.parametrize(
    "text, not_a_place",
    [
        # A word of a portfolio after "Ministry of", and a currency's country code.
        ("The Ministry of Home Affairs said police were short of officers.", "Home"),
        ("Rugs sell for up to 45,000 pesos (about US $2,500).", "United States"),
    ],
)
def test_words_that_only_look_like_places(text, not_a_place):
    assert not_a_place not in places(text)


def test_an_article_before_a_hyphen_however_capitalised():
    assert "Kafr El-Sheikh" in places("Top students came from Sohag, Minya and Kafr El-Sheikh.")

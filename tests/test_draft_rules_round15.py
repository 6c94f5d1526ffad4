"""The drafter's round-15 rules (issue 11), found on the spent round-14 holdout;
one short made-up sentence each."""

from __future__ import annotations

import pytest

from .drafting import draft, figures, speakers


@pytest.mark.parametrize(
    "text, figure, value",
    [
        ("Premiums of up to CHF 65'000 are covered.", "up to CHF 65'000", 65_000),
        ("About 9’400 people signed.", "About 9’400 people", 9_400),
        ("The plant costs MOP320 million.", "MOP320 million", 320_000_000),
        ("Wages are MOP3,500 a month.", "MOP3,500", 3_500),
    ],
)
def test_apostrophes_between_thousands_and_macau_patacas(text, figure, value):
    assert (figure, value) in [(f, v) for f, v, _ in figures(text)]


def test_a_rate_keeps_its_denominator():
    text = "The rate was 1,367 per 100,000, three times the 480 per 100,000 expected."
    found = figures(text)
    assert ("480 per 100,000", 480, "per 100,000") in found
    assert all(value != 100_000 for _, value, _ in found)


def test_a_person_named_again_by_the_given_name_alone():
    # Eritrean, Ethiopian and Icelandic papers do so
    text = (
        "Tesfalem Ghebremedhin of Asmara Cycling Club won the stage.\n"
        '"At Ghinda I was suffering," Tesfalem told Eri-TV.'
    )
    assert speakers(text) == [("Tesfalem Ghebremedhin", None)]


def test_the_malian_dit_inside_a_name():
    text = "“Cotton is our bank,” said Mamadou dit Mady Coulibaly, 57, who farms near Koutiala."
    assert speakers(text) == [("Mamadou dit Mady Coulibaly", None)]


@pytest.mark.parametrize(
    "text, name",
    [
        ("“We closed,” said Hajj Mahmoud Hammoudeh, 81.", "Mahmoud Hammoudeh"),
        ("“We wait,” said Maman Thérèse Mbombo, a teacher.", "Thérèse Mbombo"),
    ],
)
def test_pilgrims_and_courtesy_titles(text, name):
    assert speakers(text) == [(name, None)]


def test_the_honourable_after_the():
    text = (
        "The deputy for Kananga, the Honourable Dieudonné Mukendi Kasonga, spoke.\n"
        "‘Free education cannot mean free teachers,’ he said."
    )
    assert speakers(text) == [("Dieudonné Mukendi Kasonga", None)]


def test_another_name_after_known_as_is_no_second_person():
    text = "Hajj Mahmoud Hammoudeh, 81, known in the old city as Abu Samir, reopened it."
    assert [p.name for p in draft(text).people] == ["Mahmoud Hammoudeh"]


def test_known_as_without_an_apposition_still_names_people():
    assert [p.name for p in draft("He was known as Tony Blair's fixer.").people] == ["Tony Blair"]


def test_a_street_named_first_is_no_person():
    text = "Vendors on Rua de Lisboa protested.\nMaria da Luz Fortes, 52, said she would stay."
    assert [p.name for p in draft(text).people] == ["Maria da Luz Fortes"]


def test_a_nickname_after_whom_they_call_is_no_quote():
    text = (
        "Thérèse Mbombo Kapinga, 46, a teacher whom her pupils call ‘Maman Thérèse’, spoke.\n"
        "‘I sell groundnuts,’ she said."
    )
    assert [q.text for q in draft(text).quotes] == ["I sell groundnuts"]


def test_a_family_bakery_named_like_a_person_is_no_person():
    text = "Ieong Sio Kei, the family bakery founded in 1962, will build a factory."
    assert draft(text).people == []


@pytest.mark.parametrize(
    "text, not_a_place",
    [
        ("MACAU - Deposits at Banco Nacional Ultramarino rose.", "Banco Nacional"),
        ("ASMARA - He won the fourth stage of the Tour of Eritrea.", "Tour"),
    ],
)
def test_a_bank_and_a_race_are_not_towns(text, not_a_place):
    assert not_a_place not in [loc.name for loc in draft(text).locations]

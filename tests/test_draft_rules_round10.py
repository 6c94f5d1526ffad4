"""The drafter's round-10 rules (issue 11), found on the spent round-9 holdout; one
short made-up sentence each."""

from __future__ import annotations

import pytest

from .drafting import draft, figures, people, places, speakers


@pytest.mark.parametrize(
    "text, name",
    [
        # "Name of Place, ..., said": the person, not the village.
        (
            "Chief Joel Tari of Ranwadi, speaking in Bislama through an interpreter, said the "
            "wind came “like a train”.",
            "Joel Tari",
        ),
        # An office in apposition before the name is her role, so "the minister" finds her;
        # a Portuguese double surname alone is the same woman.
        (
            "The Minister of Transport, Amélia Cruz Tavares, opened the line. Cruz Tavares said "
            "freight had doubled. “The corridor is not only for copper,” the minister said.",
            "Amélia Cruz Tavares",
        ),
        # "one of the buyers, retired teacher X," is X, not a second candidate for "she".
        (
            "Outside the court, one of the buyers, retired teacher Margaret Hale, 71, said she "
            "had lost her savings. “We have waited seven years for this,” she said.",
            "Margaret Hale",
        ),
        # A place after "from" is no one "she" can be.
        (
            "Dženana Ćatić, a mother of two from Novo Sarajevo, said she backed the strike. "
            "“My children are at home,” she said.",
            "Dženana Ćatić",
        ),
        # Kyrgyz names end in "uulu" (son of) and "kyzy" (daughter of).
        (
            "Herder Kanybek Toktogul uulu, 52, lost eleven horses. “A horse is a savings "
            "account,” Toktogul uulu said.",
            "Kanybek Toktogul uulu",
        ),
        (
            "Aizada Nurlan kyzy, a police spokeswoman, said: “The group knew the pastures.”",
            "Aizada Nurlan kyzy",
        ),
        # A portfolio of two words is not part of the minister's name.
        (
            "Minister of Natural Resources and Spatial Planning Tjaša Žnidaršič told MPs that "
            "rents had risen. “That is a trap,” Žnidaršič said.",
            "Tjaša Žnidaršič",
        ),
    ],
)
def test_round10_speakers(text, name):
    assert speakers(text)[-1] == (name, None)


@pytest.mark.parametrize(
    "text, name, alias",
    [
        # An Arabic surname with "Al" after a title, and Saint Lucia's "Jn Baptiste".
        (
            "“We did not expect it,” said Dr. Khalid bin Saif Al Hinai, a urologist. Dr. Al "
            "Hinai said patients drank too little.",
            "Khalid bin Saif Al Hinai",
            "Al Hinai",
        ),
        (
            "Shervon Jn Baptiste, 17, took four wickets. “I wanted to bowl slower,” Jn Baptiste "
            "said.",
            "Shervon Jn Baptiste",
            "Jn Baptiste",
        ),
    ],
)
def test_round10_one_person_not_two(text, name, alias):
    result = draft(text)
    assert [p.name for p in result.people] == [name]
    assert alias in result.people[0].aliases


def test_a_chain_named_after_its_founders_is_not_a_person():
    assert (
        people(
            "Supermarket group Rivera Sosa will buy the Almacenes Delvalle chain. “It is a good "
            "deal,” Almacenes Delvalle said in a statement."
        )
        == []
    )


def test_a_bodys_name_in_quotation_marks_is_not_a_quote():
    result = draft(
        "“Parking is too cheap,” said councillor Kristīne Liepa. According to the municipal "
        'company "Rīgas satiksme", which runs the trams, 2,300 cars park there.'
    )
    assert [q.text for q in result.quotes] == ["Parking is too cheap"]


@pytest.mark.parametrize(
    "sentence, text, value, unit",
    [
        # the currency's code after the amount, and Vanuatu's vatu
        ("Farmers get 1 800 FCFA per kilogram.", "1 800 FCFA", 1800, "CFA francs"),
        ("Rent is capped at 8.50 EUR per square metre.", "8.50 EUR", 8.5, "euros"),
        ("Damage reached VT120 million.", "VT120 million", 120_000_000, "vatu"),
        # dots between thousands everywhere in an article that prints "30.000"
        ("The line is 1.344 kilometres long and carries 30.000 passengers.",
         "1.344 kilometres", 1344, "kilometres"),
    ],
)  # fmt: skip
def test_round10_figures(sentence, text, value, unit):
    assert (text, value, unit) in figures(sentence)


def test_a_decimal_stays_a_decimal_where_no_dots_separate_thousands():
    assert ("1.344 kilometres", 1.344, "kilometres") in figures("The line is 1.344 kilometres.")


def test_a_storms_category_is_a_figure():
    assert any(value == 4 for _, value, _ in figures("A Category 4 cyclone hit the island."))


def test_a_patronymic_is_not_a_town():
    assert "Toktogul" not in places(
        "Herder Kanybek Toktogul uulu, 52, lost eleven horses near the village."
    )


def test_the_title_with_the_is_the_person_given_it():
    text = (
        "The monastery's abbot, Khamba Lama D.Ganbold, said services had moved. “People come "
        "from every province,” the Khamba Lama said."
    )
    assert speakers(text)[-1] == ("D.Ganbold", None)


@pytest.mark.parametrize("name", ["Vanuatu Red Cross", "Vanuatu Mobile Force"])
def test_a_body_whose_name_opens_with_its_country_is_not_a_person(name):
    assert people(f"“We need tarpaulins,” {name} said.") == []


def test_a_person_whose_given_name_is_a_country_is_a_person():
    assert people("“We need tarpaulins,” Jordan Henderson said.") == ["Jordan Henderson"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Shervon Jn Baptiste, 17, took four wickets. ‘I bowled slower,’ the teenager said.",
            ("Shervon Jn Baptiste", None),
        ),
        (
            "Shervon Jn Baptiste, 37, took four wickets. ‘I bowled slower,’ the teenager said.",
            (None, "the teenager"),
        ),
    ],
)
def test_the_teenager_is_the_one_whose_age_says_so(text, expected):
    assert speakers(text)[-1] == expected

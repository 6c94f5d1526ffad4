"""The drafter's round-18 rules (issue 11), found on the spent round-17 holdout;
one short made-up sentence each."""

from __future__ import annotations

import pytest

from .drafting import people, places, speakers


@pytest.mark.parametrize(
    "title, name",
    [
        ("Kapitein", "Erwin Sampie"),  # a Maroon or Indigenous village head in Suriname
        ("Granman", "Albert Aboikoni"),
        ("Ntate", "Thabo Mokoena"),  # Sesotho's courtesy title for a man
        ("Thiru", "Raman Pillai"),
        ("Aunty", "Rose Walker"),  # an Aboriginal elder, as Australian papers write it
    ],
)
def test_a_local_title_is_not_part_of_the_name(title, name):
    text = (
        f"{title} {name} of the village said children walked to school on the road.\n"
        f"“There is no shoulder and no lights,” {name.split()[-1]} said."
    )
    assert people(text) == [name]
    assert speakers(text) == [(name, None)]


def test_a_word_written_before_the_surname_alone_is_a_title():
    # "Mama" is no title in the lists (it is a given name in West Africa), but the text
    # writes it before the full name and again before the surname alone
    text = (
        "Her granddaughter, Mama Teuira Tuara-Pokino, 81, said the quilts were old.\n"
        "“You cannot hurry a tivaevae,” said Mama Tuara-Pokino.\n"
        "Mama Ngatokorua Tuara, her cousin, agreed.\n"
    )
    assert people(text) == ["Teuira Tuara-Pokino", "Ngatokorua Tuara"]
    assert speakers(text) == [("Teuira Tuara-Pokino", None)]


@pytest.mark.parametrize(
    "text",
    [
        # the text never writes the first word before the surname alone
        "Mama Sidibé Keita, a trader, said prices had doubled.\n“We cannot pay,” Keita said.",
        # a given name the lists know is never taken for a title
        "Mary Ann Hollis said prices had doubled. Mary Hollis is her aunt.\n"
        "“We cannot pay,” Hollis said.",
    ],
)
def test_a_first_word_is_kept_without_that_evidence(text):
    assert people(text)[0] in ("Mama Sidibé Keita", "Mary Ann Hollis")


def test_a_sentence_opening_with_where_is_not_the_speaker():
    text = (
        "In Houndé, about 100 kilometres north-east of Bobo-Dioulasso, the head of a "
        "cooperative of 312 producers, Mariam Ouédraogo, said the price was “a small "
        "relief, not a solution”.\n"
        "“A hectare costs me more,” she said."
    )
    assert speakers(text) == [("Mariam Ouédraogo", None)] * 2
    assert people(text) == ["Mariam Ouédraogo"]


def test_a_place_phrase_with_no_name_after_it_names_nobody():
    text = "In Houndé, the head of the cooperative said the price was “a small relief”."
    assert people(text) == []
    assert speakers(text) == [(None, "the head of the cooperative")]


def test_a_party_in_brackets_does_not_make_she_ambiguous():
    text = (
        "Proposing the repair, Cllr Siobhán Ní Mhurchú (Sinn Féin) said the pool was "
        "‘the only place where a child can learn to swim’.\n"
        "‘We live in a county that is one-third water,’ she said."
    )
    assert speakers(text) == [("Siobhán Ní Mhurchú", None)] * 2


@pytest.mark.parametrize(
    "text",
    [
        # an age before a thing, with a preposition between it and the town
        "Mamas of Mangaia bring 80-year-old tivaevae to Avarua for the show.",
        # a thing's name after "called", then what the thing does
        "The exhibition, called Te Akapapa'anga, runs until the end of March.",
        # a body after "the local": no person, whatever given name it opens with
        "Three children died, according to the local Red Crescent.",
        "Aid arrived on Monday, according to the national Red Cross.",
    ],
)
def test_things_and_bodies_are_not_people(text):
    assert people(text) == []


def test_a_person_called_by_name_is_still_a_person():
    text = "A farmer named Ana Ruiz said the crop had failed. Ruiz, 52, grows maize."
    assert people(text) == ["Ana Ruiz"]


def test_a_home_town_after_an_age_is_not_a_speaker_nor_a_foreign_namesake():
    text = (
        "Jerelle Hazell, 38, of Paget Farm, Bequia, had pleaded guilty in the High Court "
        "in Kingstown to 31 counts of theft."
    )
    assert people(text) == ["Jerelle Hazell"]
    # "Paget Farm" is a village, not Paget parish of Bermuda
    assert "Paget" not in places(text)
    assert "Kingstown" in places(text)

"""The drafter's round-16 rules (issue 11), found on the spent round-15 holdout;
one short made-up sentence each."""

from __future__ import annotations

import pytest

from .drafting import draft, speakers


def test_faroese_particles_inside_and_before_a_surname():
    text = "Heini í Skorini scored twice.\n‘I have dreamed about this,’ í Skorini said."
    assert speakers(text) == [("Heini í Skorini", None)]


def test_a_surname_that_is_a_feature_word_after_a_given_name():
    text = (
        "Their coach, Poul Andrias Dam, said the team had lost.\n‘It is not a disaster,’ Dam said."
    )
    assert speakers(text) == [("Poul Andrias Dam", None)]


def test_a_dam_is_still_a_dam():
    assert draft("Water levels at Kariba Dam fell again.").people == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("Lantråd Ulrika Öhberg said the fares would rise.", "Ulrika Öhberg"),
        ("Tavana Moetai Tehaamoana, the mayor of Makemo, agreed.", "Moetai Tehaamoana"),
        ("Dah Hounon Agbodjan, a dignitary of the society, spoke.", "Hounon Agbodjan"),
    ],
)
def test_titles_of_tahiti_aland_and_benin(text, name):
    assert [p.name for p in draft(text).people] == [name]


def test_a_wholesaler_with_a_pilgrims_title_is_a_person_and_his_nickname_no_quote():
    text = (
        "“A truck carries 600 sacks,” said El Hadj Issoufou Mamane, a wholesaler from"
        " Birni N’Konni known in the markets as “Mai Albasa”."
    )
    result = draft(text)
    assert [(q.text, q.speaker_name) for q in result.quotes] == [
        ("A truck carries 600 sacks", "Issoufou Mamane")
    ]
    assert [p.name for p in result.people] == ["Issoufou Mamane"]


def test_a_retailer_in_apposition_without_a_title_stays_a_firm():
    assert draft("Hartley Dunn, a retailer, said sales fell.").people == []


def test_a_list_after_in_shares_its_cue_past_a_village_the_data_lacks():
    text = (
        # (the story names Ghana's and Côte d'Ivoire's cities too, so no single country
        # makes a bare town name local)
        "Prices fell in Tahoua, traders said.\n"
        "Onions are trucked to Accra and Abidjan, in Ghana and Côte d'Ivoire.\n"
        "Warehouses will be built in Galmi, Madaoua and Bouza before the next season."
    )
    names = [loc.name for loc in draft(text).locations]
    assert "Madaoua" in names and "Bouza" in names

"""The drafter's round-22 rules (issue 11), found on the spent round-21 holdout
and on probes of constructions newsrooms print everywhere; one short made-up
sentence each."""

from __future__ import annotations

import pytest

from .drafting import figures, people, places, speakers


@pytest.mark.parametrize(
    "text, name, latitude, longitude",
    [
        (
            "Portugal's Azores will buy two ferries.\nThe boats will sail from Horta to "
            "Velas and São Roque do Pico, and a quay is planned in Madalena.",
            "Madalena",
            38.54,
            -28.53,
        ),
        (
            "Portugal's Algarve has a new road.\nHotels in Portimão and Albufeira are "
            "full, and the council in Lagoa wants more buses.",
            "Lagoa",
            37.14,
            -8.45,
        ),
    ],
)
def test_a_namesake_is_the_one_among_the_articles_other_places(text, name, latitude, longitude):
    place = places(text)[name]
    assert (place.latitude, place.longitude) == pytest.approx((latitude, longitude), abs=0.05)
    assert "the one among the article's other places" in place.found_by


def test_a_big_city_is_not_traded_for_a_small_namesake_near_the_other_places():
    text = (
        "Dairy farmers met in Kitchener, Woodstock and St. Thomas.\n"
        "They will sell their cheese in London and Paris next year."
    )
    found = places(text)
    assert found["St. Thomas"].country_code == "CA"  # the other places are in Ontario
    assert (found["London"].country_code, found["Paris"].country_code) == ("GB", "FR")


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "The road at La Coupée, the narrow isthmus that links the two halves of "
            "the island, will be repaired.",
            "La Coupée",
        ),
        ("Divers visited Manu Tara, the islet where the birds nest, on Monday.", "Manu Tara"),
        ("Hikers climbed to Rangi Kotu, the crater above the village.", "Rangi Kotu"),
    ],
)
def test_a_place_described_as_a_feature_is_not_a_person(text, name):
    assert name not in people(text)


def test_a_place_opening_with_little_is_not_a_person():
    text = "The ferry links Little Sark to the harbour, and the school in Little Sark is full."
    assert "Little Sark" not in people(text)


def test_the_home_after_an_age_is_not_a_person():
    text = "Kai Tuitt, 38, of Davy Hill, was jailed for four years on Monday."
    assert people(text) == ["Kai Tuitt"]


def test_a_plural_subject_and_its_verb_after_a_comma_are_not_an_apposition():
    text = (
        "During the race in the crater lake of Rano Kau, rangers counted some 3,400 "
        "people on the slopes."
    )
    assert "Rano Kau" not in people(text)


@pytest.mark.parametrize(
    "text",
    [
        "Owners of second homes will pay a new tax.",
        "Second homes make up a third of the island's housing.",
        "She sold her second house in the village.",
        "Beans of second grade sell for less.",
    ],
)
def test_a_second_home_or_grade_is_not_a_count(text):
    assert not any(
        text_ == "second" or text_.lower().startswith("second ") for text_, *_ in figures(text)
    )


@pytest.mark.parametrize(
    "text, name",
    [
        (
            'The shop is run by Olivier Brin, who said the family had received "several '
            'offers from overseas" but preferred to sell locally.',
            "Olivier Brin",
        ),
        (
            'The harbour master, Klaus Weber, who said the quay was "falling apart", '
            "resigned on Monday.",
            "Klaus Weber",
        ),
        (
            'The plan was backed by Anne Moreau, a teacher who said it was "long overdue".',
            "Anne Moreau",
        ),
    ],
)
def test_a_quote_in_a_relative_clause_is_its_antecedents(text, name):
    assert speakers(text) == [(name, None)]


def test_the_statement_speaks_for_the_one_person_who_issued_it():
    text = (
        "In a statement read outside the court, the managing director, Alston Meade, "
        "said the company had refunded every customer.\n"
        "“We are a family business,” the statement said."
    )
    assert speakers(text) == [("Alston Meade", None)]


@pytest.mark.parametrize(
    "text",
    [
        "The Ministry of Fisheries said in a statement that the quota would rise. "
        "“This is good news,” the statement said.",
        "Lawyers for Ana Ruiz issued a statement on Monday.\n"
        "“She is innocent,” the statement said.",
    ],
)
def test_a_bodys_statement_or_one_issued_for_someone_stays_unnamed(text):
    assert speakers(text) == [(None, "the statement")]


@pytest.mark.parametrize(
    "text, name, code",
    [
        ("Flooding in Georgia closed roads in Atlanta and Savannah.", "Georgia", "US"),
        ("Farmers in Niger met in Minna and Bida on Monday.", "Niger", "NG"),
    ],
)
def test_a_countrys_name_is_the_region_of_the_country_of_every_other_place(text, name, code):
    place = places(text)[name]
    assert (place.kind, place.country_code) == ("region", code)


@pytest.mark.parametrize(
    "text",
    [
        "Flooding in Georgia closed roads in Tbilisi and Batumi.",
        "Flooding in Georgia closed roads in Atlanta.",  # one town is not enough
        "Georgia's president spoke in Paris and Lyon.",
    ],
)
def test_a_countrys_name_stays_the_country_otherwise(text):
    assert places(text)["Georgia"].kind == "country"


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_an_elided_particle_stays_in_a_countrys_name(apostrophe):
    text = f"Cocoa farms in the south-west of Côte d{apostrophe}Ivoire were hit by the virus."
    assert places(text)[f"Côte d{apostrophe}Ivoire"].country_code == "CI"


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Former president Valéry Giscard d'Estaing opened the museum.\n"
            '"It is time," Giscard d\'Estaing said.',
            "Valéry Giscard d'Estaing",
        ),
        ("“The book is done,” said Anne d’Arcy, a teacher.", "Anne d’Arcy"),
    ],
)
def test_an_elided_particle_stays_in_a_persons_name(text, name):
    assert people(text) == [name]
    assert speakers(text) == [(name, None)]


@pytest.mark.parametrize("what", ["parliament", "harbour", "islanders", "new airport"])
def test_what_only_a_place_has_is_a_cue_for_a_small_town(what):
    text = f"Sark's {what} will be discussed on Monday."
    assert places(text)["Sark"].country_code == "GG"


@pytest.mark.parametrize("leader", ["Sánchez", "Carney", "Marcos"])
def test_a_leaders_government_is_no_place_cue(leader):
    # (each is also a town's name in the gazetteer)
    assert leader not in places(f"{leader}'s government has approved the plan.")


def test_a_towns_name_is_found_whichever_apostrophe_the_paper_sets():
    text = "Fishermen in Sant’Antioco and Carloforte protested on Monday."
    assert places(text)["Sant’Antioco"].latitude == pytest.approx(39.07, abs=0.05)


# From the round-22 holdout, scored once and so spent.


@pytest.mark.parametrize(
    "text, description",
    [
        (
            "Two men were held.\nThey were named as K.P. Shameer, 29, and Anil Das, 34.\n"
            "Shameer's father, who runs a tea shop near the bus stand, told reporters "
            "that his son had lost his job.\n"
            "“He told us he was coming home,” he said, declining to give his name.",
            "Shameer's father",
        ),
        (
            "Appeal lodged\nMaria Lopez's lawyer said she would appeal.\n“She is innocent,” he "
            "said.",
            "Maria Lopez's lawyer",
        ),
    ],
)
def test_a_pronoun_after_someones_relative_or_lawyer_is_theirs_not_the_named_owner(
    text, description
):
    assert speakers(text) == [(None, description)]


def test_a_bodys_officer_named_after_its_possessive_keeps_the_pronoun():
    text = (
        "The Tobago House of Assembly's Secretary of Tourism, Culture and Transportation, "
        "Kwesi Roberts-Bascombe, described the situation as unacceptable.\n"
        "“Tobago cannot be held hostage,” he said."
    )
    assert speakers(text) == [("Kwesi Roberts-Bascombe", None)]


def test_the_one_described_as_something_is_not_the_speaker():
    text = (
        "Court jails eleven\nDefence lawyer Giuseppe Musumeci said his client would appeal.\n"
        "He described the prosecution's main witness, a former member of the gang, as "
        "“a man who would say anything to get out of prison”."
    )
    assert speakers(text) == [("Giuseppe Musumeci", None)]


def test_a_fraction_before_a_participle_and_its_clause_is_a_fraction():
    text = "The survey found nearly a third saying they worked on weekends."
    assert ("nearly a third", pytest.approx(1 / 3), "fraction") in figures(text)
    assert not any(text_.startswith("third") for text_, *_ in figures(text))


def test_one_of_a_plural_of_things_in_apposition_is_not_a_person():
    text = (
        "Deal agreed\nFerrante Castellano will buy the assembler Lanusse Ortiz, one of the "
        "oldest factories in Río Grande's industrial park, for 38 billion pesos."
    )
    assert "Lanusse Ortiz" not in people(text)
    guard = "Team named\nThe coach picked Ana Ruiz, one of the best players in the league."
    assert people(guard) == ["Ana Ruiz"]


def test_a_town_after_in_is_not_the_person_of_the_age_after_it():
    text = (
        "Posts unfilled\nAt an elementary school in Nago, a 34-year-old teacher said she "
        "had been teaching two classes at once."
    )
    assert people(text) == []
    guard = "Posts unfilled\nThe head, Yui Nakama, a 34-year-old teacher, said she was tired."
    assert people(guard) == ["Yui Nakama"]


def test_a_name_apposed_to_one_of_a_group_with_its_institution_is_the_speaker():
    text = (
        "Contest won\nOne of the judges, the ethnomusicologist Prof. Thejangulie Meru of "
        "Nagaland University, said the standard was “remarkably high” but warned that "
        "several troupes had “borrowed too much from film music”."
    )
    assert speakers(text) == [("Thejangulie Meru", None)] * 2


def test_a_second_partial_quote_after_but_and_a_verb_keeps_the_subject():
    text = (
        "Vote held\nMayor Ana Ruiz said the plan was “a gift to developers” and added "
        "that residents were “furious about it”."
    )
    assert speakers(text) == [("Ana Ruiz", None)] * 2


def test_a_body_after_a_title_ending_in_of_stops_at_the_initials():
    text = (
        "Gold seized\n“These are carriers,” said Deputy Commissioner of Customs "
        "R. Vishnuprasad. “We are looking for the people who sent them.”"
    )
    assert people(text) == ["R. Vishnuprasad"]
    assert speakers(text) == [("R. Vishnuprasad", None)] * 2


def test_a_hawaiian_name_with_its_long_vowel_is_the_gazetteers_plain_one():
    found = places("Corals bleached, said researchers from Mānoa and Kailua.")
    assert found["Mānoa"].latitude == pytest.approx(21.32, abs=0.05)
    # (but only in a country that writes them so: "Tāne" is not Thane, India)
    assert "Tāne" not in places("Kauri dieback was found near Tāne Mahuta on Monday.")

"""The drafter's round-20 rules (issue 11), found on the spent round-19 holdout
and on probes of constructions newsrooms print everywhere; one short made-up
sentence each."""

from __future__ import annotations

import pytest

from .drafting import figures, people, places, speakers


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Minister of Public Works and Housing Eng. Sami Nasser said the loans "
            "would start soon.\n“Every family matters,” Nasser said.",
            "Sami Nasser",
        ),
        (
            "Governor of Aleppo Arch. Lina Darwish said the market would reopen.\n"
            "“The stalls are ready,” Darwish said.",
            "Lina Darwish",
        ),
    ],
)
def test_a_dotted_rank_after_a_long_post_is_not_part_of_the_name(text, name):
    assert name in people(text)
    assert speakers(text) == [(name, None)]


def test_eng_without_its_stop_is_still_a_surname():
    assert "Eng Kah Seng" in people("Minister of Works Eng Kah Seng said the road would open.")


@pytest.mark.parametrize("opener", ["Born", "Raised", "Educated", "Nicknamed"])
def test_a_participle_opening_a_sentence_is_not_part_of_the_name(opener):
    text = (
        f"{opener} Joséphine Alcide-Saint-Aimé in Sainte-Marie, the dancer still "
        "teaches.\n“I danced before I walked,” she says."
    )
    assert "Joséphine Alcide-Saint-Aimé" in people(text)
    assert speakers(text) == [("Joséphine Alcide-Saint-Aimé", None)]


def test_born_inside_a_name_is_kept():
    assert "Max Born" in people("“Physics is hard,” said Max Born.")


def test_a_first_name_given_after_the_clause_is_the_source_not_the_place_before():
    text = (
        "A miner interviewed at a health post in Saint-Laurent, who gave only his "
        "first name, Josué, 34, said he had caught malaria five times.\n"
        "“In the camp you take whatever pill somebody sells you,” he said."
    )
    assert "Saint-Laurent" not in people(text)
    assert speakers(text) == [("Josué", None)]


def test_the_first_name_before_the_clause_still_counts():
    text = "Amina, who gave only her first name, said: “We have no water.”"
    assert speakers(text) == [("Amina", None)]


@pytest.mark.parametrize(
    "lead",
    [
        "Burnt Pine shop owner Tania Nobbs",
        "Kingston taxi driver Tania Nobbs",
    ],
)
def test_a_place_before_a_qualified_role_does_not_make_the_pronoun_ambiguous(lead):
    text = f"{lead} said freight was the biggest cost.\n‘Milk is $7.50 here now,’ she said."
    assert speakers(text) == [("Tania Nobbs", None)]


@pytest.mark.parametrize(
    "text, name",
    [
        ("On Monday the Health Minister Ana Ruiz said the cuts were deep.", "Ana Ruiz"),
        ("Member of the Assembly Dr. Rima Haddad, who represents Latakia, said so.", "Rima Haddad"),
        ("The motion was tabled by the Reverend Tomas Ek.", "Tomas Ek"),
    ],
)
def test_the_article_before_a_title_belongs_to_the_title_not_the_name(text, name):
    assert name in people(text + "\n“We must act now,” " + name.split()[-1] + " said.")
    assert speakers(text + "\n“We must act now,” " + name.split()[-1] + " said.")[-1] == (
        name,
        None,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Staff of the Vientiane State Bus Enterprise said the line was ready.",
        "Prosecutors at the Fiscalía General de la República said the boat was seized.",
        "A report by the Associated Press said so.",
    ],
)
def test_an_organization_after_the_is_still_nobody(text):
    assert people(text) == []


def test_a_quote_after_an_attribution_naming_someone_after_by_continues_the_speaker():
    text = (
        "“We have waited a long time for this,” Stars captain Ludwig Agege said after "
        "being presented with the cup by NAFA president Roxanne Adeang. “Half of these "
        "boys were not even born the last time we won.”"
    )
    assert speakers(text) == [("Ludwig Agege", None), ("Ludwig Agege", None)]


def test_a_person_named_as_a_subject_after_the_quote_still_stops_the_continuation():
    text = (
        "“We have waited a long time for this,” Ludwig Agege said. Roxanne Adeang "
        "presented the cup. “Half of these boys were not even born.”"
    )
    assert speakers(text)[1] != ("Ludwig Agege", None)


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Head of the Assembly's Budget and Accounts Committee Mahmoud Sheikh Ibrahim "
            "said the committee had added an article.",
            "Mahmoud Sheikh Ibrahim",
        ),
        (
            "Member of the Regional Council Ana Ruiz said the road would wait.",
            "Ana Ruiz",
        ),
    ],
)
def test_a_name_after_a_bodys_name_after_head_of_or_member_of(text, name):
    said = text + "\n“It is fair,” " + name.split()[-1] + " said."
    assert name in people(said)
    assert speakers(said) == [(name, None)]


def test_an_age_description_is_never_a_person_the_text_gives_another_age():
    text = (
        "Farmer Ana Ruiz, 45, lost her crop. Her neighbour Pedro Gil, 61, lost his too.\n"
        "“It is all gone,” the 45-year-old said."
    )
    assert speakers(text) == [("Ana Ruiz", None)]


def test_an_age_nobody_has_leaves_the_speaker_unnamed():
    text = (
        "Farmer Ana Ruiz, 45, lost her crop. Pedro Gil, 61, lost his too.\n"
        "“It is all gone,” the 52-year-old said."
    )
    assert speakers(text) == [(None, "the 52-year-old")]


def test_an_age_description_still_finds_someone_given_no_age():
    text = "Farmer Pedro Gil lost his crop.\n“It is all gone,” the 61-year-old said."
    assert speakers(text) == [("Pedro Gil", None)]


@pytest.mark.parametrize(
    "text, figure",
    [
        ("The council received only one tender for the work.", ("only one tender", 1, "tender")),
        ("She admitted one count of theft.", ("one count", 1, "count")),
        ("One latrine serves 200 families.", ("One latrine", 1, "latrine")),
        ("The island has one ambulance.", ("one ambulance", 1, "ambulance")),
    ],
)
def test_one_before_its_noun_is_a_count(text, figure):
    assert figure in figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "One of them said the water was dirty.",
        "One day the river rose.",
        "One resident said the water was dirty.",
        "One gentleman, who is 91, kept paying.",
        "One comes every week.",
        "They blamed one another.",
        "The one thing they lacked was water.",
    ],
)
def test_one_as_a_pronoun_an_idiom_or_somebody_is_not_a_figure(text):
    assert [f for f in figures(text) if f[1] == 1] == []


def _latitude(text: str, name: str) -> float:
    return places(text)[name].latitude


@pytest.mark.parametrize(
    "text, name, town_latitude",
    [
        ("A developer from Faro, Portugal, was jailed on Monday.", "Faro", 37.02),
        (
            "The biennale opened in Sfax and moves to Mahdia next month, Tunisia's culture "
            "ministry said.",
            "Mahdia",
            35.50,
        ),
    ],
)
def test_a_name_alone_is_the_town_its_region_is_named_after(text, name, town_latitude):
    assert abs(_latitude(text, name) - town_latitude) < 0.05


def test_the_region_with_its_word_is_still_the_region():
    text = "Fires burned across Faro district in Portugal."
    assert abs(_latitude(text, "Faro district") - 37.02) > 0.05


@pytest.mark.parametrize("name", ["Nguyen Van An", "Pham Thi Do"])
def test_a_vietnamese_given_name_that_is_an_english_word_ends_the_name(name):
    text = f"{name}, a farmer, said the rice was late.\n“We wait,” {name.split()[-1]} said."
    assert name in people(text)
    assert speakers(text) == [(name, None)]


def test_van_inside_a_vietnamese_name_is_not_the_turkish_city():
    assert "Van" not in places("Pham Van An, a farmer, said the rice was late.")


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Pope Leo XIV said the Church must listen.\n“We are all migrants,” the pope said.",
            "Leo XIV",
        ),
        ("King Tupou VI opened parliament.\n“We serve,” the king said.", "Tupou VI"),
        (
            "Pope Francis said the Church must listen.\n“We are all migrants,” the pope said.",
            "Francis",
        ),
    ],
)
def test_popes_and_monarchs_by_one_name_and_a_regnal_number(text, name):
    assert name in people(text)
    assert speakers(text) == [(name, None)]


def test_a_one_word_name_after_another_title_is_still_not_a_person_alone():
    assert people("Cardinal Parolin said the talks went well.") == []


# From the round-20 holdout, scored once and so spent: its misses, fixed by class.


def test_a_place_after_in_with_an_apposition_about_the_subject_is_still_a_place():
    text = "About 120 Thai nationals live in Tromsø, the largest foreign group after Swedes."
    assert places(text)["Tromsø"].latitude == pytest.approx(69.65, abs=0.05)


def test_a_demonym_that_is_another_name_of_a_country_is_not_the_country():
    assert "Thai" not in places("About 120 Thai nationals live in Tromsø.")
    assert "Djibouti" in places("Djibouti said the port was open.")


def test_a_trade_after_a_firms_noun_makes_the_apposition_a_persons():
    text = (
        "Sharlene Nisbett, a 29-year-old bank clerk from Gingerland, said she spends "
        "EC$800 a month.\n“Some mornings we sit at the dock,” Ms. Nisbett said."
    )
    assert speakers(text) == [("Sharlene Nisbett", None)]
    assert people("Lending at Hartley Dunn, a bank based in Leeds, fell.") == []


def test_the_holder_of_an_office_of_a_body_is_not_the_body():
    text = (
        "The president of the Council, Hervé Lebailly, defended the budget.\n"
        "‘We cannot spend money the State no longer gives us,’ he said."
    )
    assert speakers(text) == [("Hervé Lebailly", None)]


def test_an_age_and_a_trade_after_said_stand_for_the_person_just_named():
    text = (
        "In Capesterre-Belle-Eau, Ginette Bordelais walks between rows of plants.\n"
        "“I have never seen the river so low,” says the 58-year-old grower."
    )
    assert speakers(text) == [("Ginette Bordelais", None)]


def test_an_organization_a_profession_and_a_title_after_said():
    text = "“The varieties resist the disease,” said Cirad agronomist Dr Laure Fabre-Jalton."
    assert speakers(text) == [("Laure Fabre-Jalton", None)]


@pytest.mark.parametrize("rank", ["Lieutenant-Colonel", "Major-General"])
def test_a_rank_of_two_titles_joined_is_not_part_of_the_name(rank):
    text = f"“They watched the villas,” Gendarmerie Commander {rank} Arnaud Deschamps said."
    assert speakers(text) == [("Arnaud Deschamps", None)]


def test_the_end_of_a_long_portfolio_before_a_comma_is_not_a_person():
    text = (
        "Minister of Public Infrastructure and Domestic Transport, the Honourable Dr. "
        "Lindsay Mills-Browne, signed the contract. She said the vessels were “tired and "
        "expensive to keep afloat”."
    )
    assert people(text) == ["Lindsay Mills-Browne"]
    assert speakers(text) == [("Lindsay Mills-Browne", None)]


def test_a_minister_named_after_the_portfolio_and_a_comma_is_still_found():
    text = "The Minister of Finance, Eugénia Neto Ceita, said: “This is a budget of sacrifice.”"
    assert speakers(text) == [("Eugénia Neto Ceita", None)]


def test_the_tail_of_an_italian_bodys_name_does_not_make_a_pronoun_ambiguous():
    text = (
        "Restorers led by Dr. Giulia Antonelli-Serra, with specialists from the Opificio "
        "delle Pietre Dure in Florence, worked for a year. The feathers would break “if "
        "you only breathed on them”, she said."
    )
    assert speakers(text) == [("Giulia Antonelli-Serra", None)]


def test_an_island_known_by_its_towns_other_name_and_the_town_are_two_places():
    text = (
        "ST. CROIX — A supervisor in the US Virgin Islands was jailed. He had worked on "
        "St. Thomas. The company has depots on St. Croix and in Charlotte Amalie."
    )
    found = places(text)
    assert {"St. Thomas", "Charlotte Amalie", "US Virgin Islands"} <= set(found)


def test_one_place_under_two_spellings_is_still_one():
    assert [n for n in places("Talks in Malmö went well. Malmo's mayor agreed.")] == ["Malmö"]


@pytest.mark.parametrize(
    "name, latitude",
    [("St Maarten", 18.0), ("US Virgin Islands", 18.3), ("Saint-Pierre-et-Miquelon", 46.8)],
)
def test_territories_by_the_names_newsrooms_print(name, latitude):
    assert places(f"Police in {name} agreed.")[name].latitude == pytest.approx(latitude, abs=0.5)


def test_a_big_city_abroad_placed_by_in_is_kept_though_small_namesakes_exist():
    text = (
        "VATICAN CITY — The Vatican Museums reopened the hall on Thursday. Two "
        "specialists came from a restoration institute in Florence."
    )
    assert places(text)["Florence"].latitude == pytest.approx(43.78, abs=0.05)


@pytest.mark.parametrize("mark, close", [("‘", "’"), ("'", "'")])
def test_a_single_quote_left_open_and_reopened_on_the_next_paragraph(mark, close):
    text = (
        "Mr Lebailly said the timetable would be reviewed in March.\n"
        f"{mark}I hear the anger of Miquelon, and I share it. But I will not put a "
        "budget before this assembly that we cannot pay for.\n"
        f"{mark}The truth is that this archipelago is shrinking.{close}"
    )
    assert speakers(text) == [("Lebailly", None), ("Lebailly", None)]


def test_an_apostrophe_opening_a_paragraph_is_no_open_quote():
    text = "Ana Ruiz spoke.\n‘Twas the night before the vote, and nobody slept.\nThe vote came."
    assert speakers(text) == []


def test_the_listener_after_told_does_not_stop_a_continued_quote():
    text = (
        "Justice Marcia Delpesh-Lewis sentenced Jerelle Hazell, 38.\n"
        "“This was not one moment of weakness,” the judge told Hazell, who stood in the "
        "dock. “Every evening you sat down with the manifest.”"
    )
    assert speakers(text) == [("Marcia Delpesh-Lewis", None)] * 2


@pytest.mark.parametrize(
    "description",
    [
        "the head of the department",
        "the head of the criminal investigation department of the Ministry of Internal Affairs",
    ],
)
def test_said_a_long_description_then_a_rank_in_lower_case_and_the_name(description):
    text = f"‘The cable was burned,’ said {description}, police colonel Vitaly Kravchenko."
    assert speakers(text) == [("Vitaly Kravchenko", None)]


def test_said_a_description_then_a_relative_clause_stays_unnamed():
    text = "‘The cable was burned,’ said the head of the department, who asked not to be named."
    assert speakers(text) == [(None, "the head of the department")]


def test_a_home_town_after_an_age_is_not_the_one_convicted():
    text = "Delroy A. Hendricks Jr., 46, of Estate Grove Place, was convicted by a jury."
    assert people(text) == ["Delroy A. Hendricks Jr."]
    assert ("46", 46, "years of age") in figures(text)


@pytest.mark.parametrize("place", ["Cascade Pier", "Kingstown Jetty", "Coral Bay Marina"])
def test_a_landing_or_a_marina_is_no_person(place):
    assert people(f"Work on {place}, the island's main cargo landing, starts in May.") == []


@pytest.mark.parametrize(
    "text, figure",
    [
        ("The group will open a third outlet in The Valley.", ("third outlet", 3, "outlet")),
        ("A fifth hospital opened in May.", ("fifth hospital", 5, "hospital")),
    ],
)
def test_a_third_before_a_singular_noun_is_an_ordinal(text, figure):
    assert figure in figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sales fell by a third.",
        "A third of the staff left.",
        "A third said they would leave.",
        "The harvest was a third less than last year.",
        "Prices rose by more than a third among the elderly.",
    ],
)
def test_a_third_as_a_fraction_stays_a_fraction(text):
    assert [f[1] for f in figures(text)] == [pytest.approx(1 / 3)]


@pytest.mark.parametrize(
    "attribution, description",
    [
        ("an official who asked not to be named said", "an official who asked not to be named"),
        ("a farmer who lost his crop told AFP", "a farmer who lost his crop"),
    ],
)
def test_a_relative_clause_keeps_its_verb_out_of_the_attribution(attribution, description):
    text = f"Governor Ana Ruiz toured the area.\n“We need boats,” {attribution}."
    assert speakers(text) == [(None, description)]


@pytest.mark.parametrize(
    "text, figure",
    [
        ("A coffee costs 2,50 euros in Marigot.", ("2,50 euros", 2.5, "euros")),
        ("The fare rose to €2,50 on Monday.", ("€2,50", 2.5, "euros")),
        ("It costs €2,500 in all.", ("€2,500", 2500, "euros")),
    ],
)
def test_euro_cents_after_a_decimal_comma(text, figure):
    assert figure in figures(text)


# From the round-21 holdout, scored once and so spent.


def test_a_titled_surname_two_people_share_is_the_one_the_title_fits():
    text = (
        "The hotel has been run since 1989 by Monique Brin, 81, and her son Olivier Brin.\n"
        "Land sells for 15,000 euros, said the notary Me Sandrine Questel-Magras.\n"
        "Mrs. Brin, who opened the hotel with her late husband, Henri, said she would keep "
        "a small house.\n“I will still go down to the beach every morning,” she said."
    )
    assert speakers(text)[-1][0] != "Sandrine Questel-Magras"
    # (left unnamed after round 21; from round 22 "Mrs." picks her among the Brins)
    assert speakers(text)[-1] == ("Monique Brin", None)


@pytest.mark.parametrize("title", ["Conseiller", "Conseillère", "Député"])
def test_french_titles_kept_in_english_copy(title):
    text = f"{title} Martin Guille-Perrée said the breakwater was failing."
    assert people(text) == ["Martin Guille-Perrée"]

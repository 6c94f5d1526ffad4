"""The drafter's round-33 rules (issue 11), found on probes of constructions
newsrooms print everywhere, on the classes the round-32 holdout left open and on
the round-33 practice sets; one short made-up sentence each."""

from __future__ import annotations

import pytest

from .drafting import draft, figures, people, places, speakers


def test_two_firms_in_a_list_of_advisers_stay_firms_when_one_is_named_apart():
    text = (
        "The packer will be sold to the food group Hallam Pryce for £30m.\n"
        "Hallam Pryce, based in Selby, said the deal would lift its sales.\n"
        "The packer was advised by Grant Thornton and Hallam Pryce by Rothschild & Co."
    )
    assert people(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The chain Lavigne & Brault was sold. Aurèle Brault said he was glad.",
        "The law firm Ó Baoill and Mac Giolla Bhríde acted for him.",
    ],
)
def test_a_firm_of_two_surnames_joined_by_and_stays_one_firm(text):
    assert "Lavigne" not in people(text) and "Ó Baoill" not in people(text)


def test_a_club_named_after_a_man_is_no_person_under_its_short_name_either():
    text = (
        "Chapecó Futsal beat Clube Atlético Mário Wendt, of Blumenau, 4-2 on Saturday.\n"
        'The Mário Wendt coach, Adilson Bittencourt, said his side had lost focus. "We were '
        'the better team for 30 minutes," he said.'
    )
    assert people(text) == ["Adilson Bittencourt"]
    assert speakers(text)[-1] == ("Adilson Bittencourt", None)


def test_a_club_opening_with_its_initials_before_a_mans_name_is_a_club():
    assert people("CD Juan Aurich beat Alianza 2-1 and CA Tomás Frei lost at home.") == []


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ('"It will not stand," said the Green member of parliament Sandra Pöltl.', "Sandra Pöltl"),
        ('"We will appeal," said board member Anna Berg.', "Anna Berg"),
        ('"We knew," said the UN head of mission Ana Ruiz.', "Ana Ruiz"),
    ],
)
def test_a_role_with_of_and_a_party_before_the_name_names_the_speaker(sentence, speaker):
    assert speakers(sentence) == [(speaker, None)]


def test_a_participle_opening_the_sentence_is_no_speaker_and_the_description_after_it_is():
    text = (
        "The company's founder, Mohamed Ag Alhassane, 46, an engineer, spoke at the ceremony.\n"
        "Speaking at the ceremony, the 46-year-old engineer, who spent 15 years at the utility, "
        "said: “Every bakery runs on a generator.”"
    )
    assert speakers(text) == [("Mohamed Ag Alhassane", None)]


def test_a_power_producer_before_a_name_is_a_firm():
    assert people("Nigerien power producer Aïr Solaire will build a 20 MW plant.") == []


@pytest.mark.parametrize(
    "sentence, text, value",
    [
        ("Arsenic was above the limit in 7 of 10 homes.", "7 of 10 homes", 0.7),
        ("Nine of 10 wells were dry.", "Nine of 10 wells", 0.9),
    ],
)
def test_n_of_ten_or_a_hundred_is_a_share(sentence, text, value):
    assert [(t, round(v, 3)) for t, v, _ in figures(sentence)] == [(text, value)]


def test_n_of_a_number_other_than_ten_or_a_hundred_stays_a_count():
    assert ("5 judges", 5.0) in [(t, v) for t, v, _ in figures("Three of 5 judges agreed.")]


@pytest.mark.parametrize(
    "sentence, town",
    [
        ("It comes down the Tambo river from the volcanic rocks.", "Tambo"),
        ("Farmers in the Tambo valley grow rice.", "Tambo"),
        ("The Ubinas volcano erupted near Arequipa.", "Ubinas"),
    ],
)
def test_a_town_name_before_a_lower_case_feature_noun_is_the_feature_not_the_town(sentence, town):
    assert town not in {loc.name for loc in draft(sentence).locations}


def test_a_portuguese_do_inside_a_name_keeps_the_name_whole():
    text = 'Judge Maria do Carmo Vilhena said the men "treated workers as a cost".'
    assert speakers(text) == [("Maria do Carmo Vilhena", None)]


def test_a_provincial_affairs_portfolio_is_no_person():
    text = (
        "The Minister of State for Manicaland Provincial Affairs, Tinashe Mudzingwa, said "
        "the government had released money."
    )
    assert people(text) == ["Tinashe Mudzingwa"]


@pytest.mark.parametrize(
    "text",
    [
        "Taygetos lost at home. On Sunday Taygetos climbed to first.",
        "The vote was held last Monday Kaunda Square was full.",
    ],
)
def test_a_weekday_after_on_or_last_is_the_day_not_a_given_name(text):
    assert people(text) == []


def test_a_club_named_with_its_town_is_no_person_when_named_alone_again():
    text = "Taygetos beat Palamidi Nafplio 2-1. Palamidi, who had led at the break, lost a man."
    assert people(text) == []


def test_mont_before_a_name_opens_a_mountain_not_a_given_name():
    assert people("From our terrace you can see Mont Ventoux, and many people.") == []


def test_a_city_inside_a_hospitals_name_after_a_compass_word_is_named():
    assert "Maputo" in places("She is a lung specialist at the Maputo Central Hospital.")


def test_a_compass_word_after_a_place_before_a_constituency_is_still_a_seat():
    assert "St James" not in places("The St James Central Constituency Council met.")


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Children in Mozambique’s Tete province have reduced lung function.", "Tete province"),
        ("Hail hit vineyards in Argentina's Mendoza province.", "Mendoza province"),
    ],
)
def test_a_region_noun_after_a_city_and_region_of_one_name_drafts_the_region(sentence, name):
    assert places(sentence)[name].kind == "region"


def test_a_district_court_is_no_district():
    found = places("They will sue at the Nicosia district court, in Cyprus.")
    assert "Nicosia district" not in found and found["Nicosia"].kind == "city"


def test_an_adjective_before_a_lower_case_noun_is_no_natural_feature():
    text = "In Winsum, Marrit Zijlstra of Jirnsum won her fourth Frisian title in five years."
    assert "Frisian" not in places(text)


def test_a_number_after_the_before_a_participle_is_a_count_not_a_unit_or_a_label():
    found = figures("The company employs 241 drivers against the 290 needed to run it.")
    assert ("290", 290.0, "count") in found


@pytest.mark.parametrize(
    "sentence, text",
    [
        ("Five arrested over cable theft.", "Five arrested"),
        ("Goats died after three failed rainy seasons, officials said.", "three failed"),
    ],
)
def test_a_participle_after_a_number_without_the_keeps_its_span(sentence, text):
    assert any(t.startswith(text) for t, _, _ in figures(sentence))


def test_a_corniche_named_after_a_river_is_a_place_not_a_man_called_nile():
    assert people("The council approved a plan to rebuild the city's Nile Corniche.") == []


def test_answers_after_q_are_quotes_of_the_one_person_the_lead_in_names():
    text = (
        "After the final concert, the agency asked Ilmira Kusimova about the future.\n"
        "Q: Will the festival stay so far from the city?\n"
        "A: Yes. It is 370 kilometres away, but people came anyway.\n"
        "Q: Is the cave in danger?\n"
        "A: The stage is far from the cave."
    )
    assert speakers(text) == [("Ilmira Kusimova", None), ("Ilmira Kusimova", None)]
    assert draft(text).quotes[0].text == "Yes. It is 370 kilometres away, but people came anyway."


def test_an_answer_labelled_with_a_name_is_that_persons_quote():
    text = (
        "Yeison Múnera and Sebastián Ospina sat beyond the finish line.\n"
        "Q: Was the attack planned?\n"
        "Múnera: Not at all. The director told me to wait."
    )
    assert speakers(text) == [("Yeison Múnera", None)]


def test_an_answer_after_a_lead_in_naming_two_people_has_no_speaker():
    text = (
        "Anna Berg and Tom Hart spoke to reporters.\n"
        "Q: Will you appeal?\n"
        "A: We will decide next week."
    )
    assert speakers(text) == [(None, None)]


def test_a_label_and_colon_with_no_question_before_it_is_no_answer():
    assert speakers("Update: the police said the road was open.\nNote: it rained.") == []


def test_a_count_before_more_keeps_its_thousands():
    assert ("at least 2,000 more teachers", 2000.0, "teachers") in figures(
        "The state needs at least 2,000 more teachers."
    )


def test_an_age_and_a_trade_after_the_one_person_the_sentence_before_names_is_that_person():
    text = (
        "KINDERSLEY, Sask. — Dale Hnatyshyn walked into one of his lentil fields last week.\n"
        "“It sounds like rain on a tin roof,” the 61-year-old grain farmer said."
    )
    assert speakers(text) == [("Dale Hnatyshyn", None)]


def test_an_age_that_is_not_the_one_the_text_gives_stays_unnamed():
    text = (
        "Dale Hnatyshyn, 45, walked into one of his lentil fields last week.\n"
        "“It sounds like rain on a tin roof,” the 61-year-old grain farmer said."
    )
    assert speakers(text)[0][0] is None


def test_a_city_named_like_a_prince_is_no_prince():
    text = "Grasshoppers have reached fields around Prince Albert, the ministry said."
    assert people(text) == [] and "Prince Albert" in places(text)


def test_bare_questions_each_followed_by_a_quoted_answer_are_an_interview():
    text = (
        "The paper met Örjan Lidén in the barn the day before the premiere.\n"
        "Why a barn and not a theatre?\n"
        "“Because the Forest Finns never had theatres.”\n"
        "Isn't it cold?\n"
        "“In June, no.”"
    )
    assert speakers(text) == [("Örjan Lidén", None), ("Örjan Lidén", None)]


def test_of_two_people_the_lead_in_names_the_one_it_says_was_asked_answers():
    text = (
        "Frontier asked Kyaw Zin Htet whether Thein Aung would keep selling to Yangon.\n"
        "Q: Are you giving up on the Yangon market?\n"
        "A: No. We still send about 400 tonnes south every year."
    )
    assert speakers(text) == [("Kyaw Zin Htet", None)]


def test_a_landowner_before_a_name_is_what_the_person_is():
    text = "Landowner Seán Ó Donnabháin, 67, said the route would cut his farm in two."
    assert people(text) == ["Seán Ó Donnabháin"]


def test_a_trading_firms_full_name_is_no_person():
    text = "Green Lotus Coffee Trading, the largest private buyer in Ywangan, said prices rose."
    assert people(text) == []


def test_the_first_of_two_surnames_alone_is_the_person_it_belongs_to():
    text = (
        "The race went to Matías Huenchumán Catrilef, 26. The defending champion, Joaquín "
        "Schwerter Opitz, was third.\n"
        "Huenchumán works as a guide. “I know every stone on this mountain,” he said."
    )
    assert speakers(text) == [("Matías Huenchumán Catrilef", None)]


def test_an_arabic_abu_is_no_first_surname():
    text = "Saber Abu Zeid, the governor, said boats would sail to Abu Simbel again."
    assert "Abu Simbel" in places(text)


# From the round-33 holdout, scored once and so spent: its misses were read after
# the score, and these classes fixed; each sentence is a shortened one of the set.


def test_an_interview_whose_questions_carry_the_askers_initials():
    text = (
        "The museum's director, Dr. Hatice Karabıyık, answered the agency's questions:\n"
        "AA: Why a whole museum for a single fabric?\n"
        "Karabıyık: Because kutnu is the story of this city."
    )
    assert speakers(text) == [("Hatice Karabıyık", None)]


def test_coached_by_gives_the_coach_for_the_coach_said():
    text = (
        "At the Willie Davids stadium, the team coached by Cláudio Hasegawa came from two "
        "goals down. Hasegawa, 47, said the comeback was a reward.\n"
        '"We kept playing football," the coach said.'
    )
    assert speakers(text) == [("Cláudio Hasegawa", None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The han was built around 1640 and badly damaged in the February 2023 earthquakes.",
        '"Nobody can tell me when I will unload," said one driver from Los Angeles.',
    ],
)
def test_years_before_their_noun_and_one_speaker_are_no_figures(sentence):
    assert figures(sentence) == []


def test_a_university_named_after_an_explorer_names_no_place():
    text = "Dr Thi Mai Nguyen, an economist at Charles Sturt University in Wagga Wagga, said so."
    assert set(places(text)) == {"Wagga Wagga"}


# From the second round-33 holdout, scored once (on the round's final code) and so
# spent.


def test_a_detective_constables_con_is_her_title_not_her_name():
    text = '"Call us," said Det Con Sunita Raval, of Dorset Police. Con Houlihan said nothing.'
    assert speakers(text) == [("Sunita Raval", None)]
    assert "Con Houlihan" in people(text)


def test_a_province_abbreviation_after_a_town_places_it_in_that_province():
    found = places("The company's plants include factories in Cambridge, Ont., and Sudbury.")
    assert abs(found["Cambridge"].latitude - 43.36) < 0.5  # Ontario's, not Massachusetts'
    town = places("Crowds gathered in Tehran, Isfahan, Shiraz and Ahvaz.")["Tehran"]
    assert abs(town.latitude - 35.69) < 0.5  # a list of cities, not Isfahan province's Tīrān

"""The drafter's round-32 rules (issue 11), found on probes of constructions
newsrooms print everywhere, on the classes the round-31 holdout left open and on
the round-32 practice sets; one short made-up sentence each."""

from __future__ import annotations

import pytest

from .drafting import draft, figures, people, places, speakers


def test_a_town_with_a_macron_before_which_is_a_place_not_a_firm():
    text = (
        "The council will fix failing water plants in Kaitāia, Kaikohe and Paihia.\n"
        "It includes a new water source for Kaitāia, which came within days of running dry."
    )
    assert [o.name for o in draft(text).organizations] == []
    assert {"Kaitāia", "Kaikohe", "Paihia"} <= set(places(text))


def test_a_region_in_a_headline_is_the_one_the_text_names_in_full():
    result = draft_with_headline(
        "Far North rates to rise",
        "Far North District Council has voted for a rates rise. Kerikeri will get a pool.",
    )
    far_north = next(loc for loc in result.locations if loc.name.startswith("Far North"))
    assert far_north.latitude < -30  # New Zealand's district, not Cameroon's region
    assert "Kerikeri" in {loc.name for loc in result.locations}


def draft_with_headline(headline: str, text: str):
    from newsroom.draft import draft_article

    return draft_article(headline + "\n" + text)


@pytest.mark.parametrize(
    "sentence, town, province_latitude",
    [
        ("BATHURST, N.B. (CP) — Fishermen said prices fell.", "Bathurst", 47.6),
        ("SUMMERSIDE, P.E.I. (CP) — The mill will close.", "Summerside", 46.4),
        ("BRANDON, Man. (CP) — Farmers said the harvest was late.", "Brandon", 49.8),
    ],
)
def test_a_canadian_press_province_abbreviation_places_the_town(sentence, town, province_latitude):
    found = places(sentence)
    assert abs(found[town].latitude - province_latitude) < 1


def test_a_district_collector_of_a_place_is_a_title_before_the_name():
    assert speakers(
        '"We will rebuild every house," said District Collector of Chamoli Anil Rawat.'
    ) == [("Anil Rawat", None)]


@pytest.mark.parametrize(
    "written, latin",
    [
        ("अनिल", "Anil"),  # the vowel a name's last consonant carries is dropped
        ("दीपक", "Deepak"),  # a long ī as "ee"
        ("कृष्ण", "Krishna"),  # kept after two joined consonants
        ("सिंह", "Singh"),
        ("अश्विन", "Ashwin"),
        ("ଯଦୁମଣି", "Jadumani"),  # Odia's "ya" letter is "j"
        ("রোহিত", "Rohit"),  # Bengali
        ("રાકેશ", "Rakesh"),  # Gujarati
    ],
)
def test_given_names_in_indian_scripts_are_read_in_the_spellings_papers_print(written, latin):
    from newsroom.draft.indicnames import indic_spellings

    assert latin in indic_spellings(written)


def test_indian_given_names_open_a_persons_name_without_another_cue():
    assert people("Villagers met Dinesh Negi and Ramesh Bisht on Monday.") == [
        "Dinesh Negi",
        "Ramesh Bisht",
    ]


def test_a_name_a_locale_lists_for_both_sexes_keeps_its_gender_from_the_others():
    from newsroom.draft.givennames import given_name_gender

    assert given_name_gender("Priya") == "f"
    assert given_name_gender("Anil") == "m"


@pytest.mark.parametrize(
    "sentence, number, value, unit",
    [
        ("Councillors backed the plan by 27 votes to nine.", "nine", 9, "votes"),
        ("Operators cut their daily trips from 22 to nine.", "nine", 9, "count"),
        ("The road will take three hours instead of nine.", "nine", 9, "hours"),
        ("Police arrested six men. Two were charged with robbery.", "Two", 2, "men"),
        ("Of the 37 students screened, five had valve damage.", "five", 5, "students"),
        ("There are two or three women left who sing them.", "two", 2, "women"),
    ],
)
def test_a_number_word_whose_noun_is_left_out_counts_what_the_number_before_counts(
    sentence, number, value, unit
):
    found = {text: (v, u) for text, v, u in figures(sentence)}
    assert found[number] == (value, unit)


@pytest.mark.parametrize(
    "sentence, number",
    [
        ("Police arrested six men at four in the morning.", "four"),
        ("Sent in to bat, the hosts posted 301 for six in their 50 overs.", "six"),
        ("Landowners say the 26km route will split their farms in two.", "two"),
    ],
)
def test_a_number_word_that_is_an_hour_a_score_or_an_idiom_is_no_count(sentence, number):
    assert number not in {text for text, _, _ in figures(sentence)}


def test_a_description_after_a_preposition_is_no_apposition_to_the_name_after_it():
    text = (
        "Judge Sunanda Desai convicted the builder.\n"
        '"The accused knew the land was under litigation," the court observed.\n'
        "Outside the court, Anthony Rodrigues, 68, said he had waited eight years."
    )
    assert speakers(text)[0][0] != "Anthony Rodrigues"


def test_a_place_before_a_named_speaker_is_no_unnamed_speaker_for_she():
    text = (
        "At a state school in Canoas, in the metropolitan region, Portuguese teacher "
        "Juliana Kehl, 38, said she had voted for the strike.\n"
        '"My students lost their school in the flood," she said.'
    )
    assert speakers(text) == [("Juliana Kehl", None)]


def test_a_name_in_quotation_marks_does_not_continue_a_quote():
    text = (
        '"We will miss her," said captain Niels Bach, of the old ferry.\n'
        "The ferry \u201cTumleren\u201d will stay in service as a reserve."
    )
    assert [q.text for q in draft(text).quotes] == ["We will miss her"]


@pytest.mark.parametrize(
    "sentence, name",
    [
        (
            "Gold Stars will host Obuasi Goldfields next Sunday, the coach said.",
            "Obuasi Goldfields",
        ),
        (
            "Not everyone is convinced. Niels Bach, chairman of the commuter association "
            "Færgens Venner, says the crossing should have had two smaller ferries.",
            "Færgens Venner",
        ),
    ],
)
def test_a_club_after_a_verb_or_an_association_after_its_noun_is_no_person(sentence, name):
    assert name not in people(sentence)


def test_a_turkish_dotted_capital_i_opens_a_given_name():
    assert people("The veteran then set up İsmail Erdoğdu for the equaliser.") == ["İsmail Erdoğdu"]


def test_a_person_of_a_group_named_after_of_the_speaks():
    text = (
        "Animesh Bose of the environmental group Mahananda Bachao Mancha said the plan "
        "did nothing about the waste dumped on the banks of the Mahananda. "
        "The Mahananda Bridge is closed."
    )
    assert people(text) == ["Animesh Bose"]


def test_portfolios_joined_by_and_before_a_ministers_name():
    text = (
        '"This programme gives it all three," Regional Development and EU Funds Minister '
        "Ivana Đurić told a press conference."
    )
    assert speakers(text) == [("Ivana Đurić", None)]


def test_a_movement_is_no_person_a_pronoun_could_mean():
    text = (
        "Homeland Movement (DP) MP Mato Kovačević said his party would back it. "
        '"We are in favour," he said.'
    )
    assert speakers(text) == [("Mato Kovačević", None)]


@pytest.mark.parametrize(
    "sentence, firm",
    [
        ("Italian wool fabric maker Ravetti Coda has agreed to buy a rival.", "Ravetti Coda"),
        (
            "Fındık Gücü travel to Giresun, while Maçka Zigana host Yomra Belediyespor.",
            "Yomra Belediyespor",
        ),
    ],
)
def test_a_firm_after_maker_and_a_team_after_host_are_no_people(sentence, firm):
    assert firm not in people(sentence)


def test_a_maker_in_apposition_is_still_a_person():
    text = '"Gas is our biggest cost," said Dinesh Bhimani, a tile maker in Morbi.'
    assert speakers(text) == [("Dinesh Bhimani", None)]


def test_a_term_in_quotation_marks_after_under_a_is_no_quote():
    text = 'Ituri has been under a "state of siege" since 2021, with army officers in charge.'
    assert draft(text).quotes == []


@pytest.mark.parametrize(
    "sentence, name, latitude, longitude",
    [
        ("Climbers on Mount Kenya were rescued.", "Mount Kenya", -0.15, 37.3),
        ("Ships avoided the Ross Sea.", "Ross Sea", -79.5, 166.3),
        ("Floods swept the Dadu River valley.", "Dadu River", 30.8, 102.0),
        ("Fishermen on Lake Victoria near Kisumu said catches fell.", "Lake Victoria", -0.3, 34.0),
        ("Heavy rain fell across Java, officials in Jakarta said.", "Java", -7.4, 110.2),
        ("The Mekong burst its banks near Kratie and Stung Treng.", "Mekong", 13.0, 106.0),
    ],
)
def test_a_river_a_lake_an_island_or_a_mountain_is_placed_from_natural_earth(
    sentence, name, latitude, longitude
):
    place = places(sentence)[name]
    assert abs(place.latitude - latitude) < 1.5 and abs(place.longitude - longitude) < 1.5
    assert "Natural Earth" in place.coordinates_source and place.needs_review


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("The French had ruled the island since 1853, the mayor said.", "French"),
        # (Tasmania's Tamar, the table's only one, is far from a Cornish story)
        ("Bakers in Truro and Redruth ship pasties across the Tamar.", "Tamar"),
    ],
)
def test_a_people_or_a_far_namesake_is_no_feature_of_natural_earth(sentence, name):
    assert name not in places(sentence)


def test_read_before_a_statement_names_the_statement_as_the_source():
    assert speakers('"The decision is final," read a statement from the ministry.') == [
        (None, "a statement from the ministry")
    ]


def test_an_unnamed_official_speaking_through_an_interpreter_is_the_he_after():
    text = (
        "The minister, speaking through an interpreter, said the aid would arrive on "
        'Monday. "We have not forgotten you," he said.'
    )
    assert speakers(text) == [(None, "The minister")]


def test_maitre_is_a_lawyers_title_not_a_given_name():
    assert speakers('"We will appeal," their lawyer, Maître Jean Dupont, told AFP.') == [
        ("Jean Dupont", None)
    ]


@pytest.mark.parametrize(
    "sentence, name, latitude",
    [
        # (the South African town of Orkney and the Indian one of Tanna are far away)
        (
            "KIRKWALL — Orkney councillors voted for a levy on cruise passengers in Stromness.",
            "Orkney",
            59.1,
        ),
        (
            "Families on Tanna slept in churches, officials in Port Vila said.",
            "Tanna",
            -19.5,
        ),
    ],
)
def test_a_town_abroad_gives_way_to_an_island_of_the_story(sentence, name, latitude):
    place = places(sentence)[name]
    assert abs(place.latitude - latitude) < 1 and "Natural Earth" in place.coordinates_source


@pytest.mark.parametrize(
    "sentence",
    [
        "North Rift farmers rejected the price, said Kiprono, in Eldoret.",
        "South Caicos fishermen said the catch was poor, in Cockburn Town.",
    ],
)
def test_north_and_south_alone_are_no_islands(sentence):
    assert not {"North", "South"} & set(places(sentence))


@pytest.mark.parametrize(
    "sentence, text, value, unit",
    [
        ("Each family lost one and a half hectares.", "one and a half hectares", 1.5, "hectares"),
        ("It cost two and a half times as much.", "two and a half times", 2.5, "times"),
        ("The 40-odd growers met on Monday.", "40-odd growers", 40, "growers"),
        ("They sold 9,000-plus tonnes of maize.", "9,000-plus tonnes", 9000, "tonnes"),
    ],
)
def test_a_half_before_any_noun_and_odd_or_plus_after_digits(sentence, text, value, unit):
    assert (text, value, unit) in figures(sentence)


def test_a_single_quote_left_open_after_a_sentence_continues_in_the_next_paragraph():
    text = (
        "Detective Inspector Clare Pattinson said the breakthrough came from farmers.\n"
        "‘This is the kind of crime that hurts,’ she said. ‘These thieves had been watching "
        "yards for days.\n‘It was a farmer’s dashcam that led us to them.’"
    )
    assert [q.text[:13] for q in draft(text).quotes] == [
        "This is the k",
        "These thieves",
        "It was a farm",
    ]


def test_a_judge_named_after_a_long_title_with_in_is_the_judge_who_wrote():
    text = (
        "The Fourth District Judge in Administrative Matters in the State of Jalisco, Mónica "
        "Lomelí Ramos, granted the residents a suspension.\nThe judge wrote that their right "
        "to water “could suffer damage that is difficult to repair” if the wells were drilled."
    )
    assert speakers(text) == [("Mónica Lomelí Ramos", None)]


def test_a_spanish_developers_name_is_a_firm_and_its_founders_son_a_man():
    text = (
        "Arriaga Velasco Desarrollos said in a statement that it “respects the judicial "
        "decision” and will appeal. Its director general, Eduardo Arriaga Velasco, did not "
        "respond to requests for an interview."
    )
    assert speakers(text) == [(None, "Arriaga Velasco Desarrollos")]
    assert people(text) == ["Eduardo Arriaga Velasco"]


@pytest.mark.parametrize(
    "sentence, present",
    [
        ("About one primary school teacher in three went on strike.", True),
        ("One day in 2019 the plant closed.", False),
        ("They tested 1,146 children aged one to six in 22 villages.", False),
    ],
)
def test_one_noun_of_up_to_three_words_in_n_is_a_proportion(sentence, present):
    shares = [value for _, value, unit in figures(sentence) if unit.startswith("share")]
    assert bool(shares) == present and all(value < 1 for value in shares)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The star was a singer known as « Tamghart », whose real name is Fadma Azerkane. "
            "« I have sung at three hundred weddings », she said.",
            [("Fadma Azerkane", None)],
        ),
        (
            "Its environment spokesman, Àngel Vilaró i Pujol, said the law «arrives four years "
            "late» and accused the government.",
            [("Àngel Vilaró i Pujol", None)],
        ),
        (
            'Harbormaster Wade Greenlaw said the pier was failing. "It is a question of when," '
            "Greenlaw said.",
            [("Wade Greenlaw", None)],
        ),
        ('Flood water filled Wadi Hadramaut. "We are still searching," he said.', [(None, "he")]),
    ],
)
def test_a_real_name_a_catalan_i_a_harbormaster_and_a_wadi(text, expected):
    assert speakers(text) == expected


def test_a_portfolio_alone_makes_no_surname_of_a_region():
    text = (
        "A Mid Canterbury irrigation company was fined. Environment Canterbury said the "
        "fine was fair."
    )
    assert people(text) == []


def test_an_epithet_after_called_the_is_no_quote():
    text = "In Shibam, the town travellers have called the 'Manhattan of the desert', towers fell."
    assert draft(text).quotes == []


# From the round-32 holdout, scored once and so spent.


def test_a_pronoun_opening_the_quotes_sentence_is_its_speaker_not_the_man_named_in_it():
    text = (
        "Judge Ana Tautahi jailed him. She ordered Craig Mackintosh to pay $150,000, but said "
        "it was “unlikely the victims will ever be made whole”."
    )
    assert speakers(text) == [("Ana Tautahi", None)]


def test_a_body_opening_the_quotes_sentence_leaves_it_to_no_person_before():
    text = (
        "Johann Fuchsbichler of the FPÖ backed it.\nThe Styrian Chamber of Commerce welcomed "
        "the register but warned against „a planning bureaucracy“ that would slow investment."
    )
    assert speakers(text)[0][0] is None


def test_comm_is_a_police_title_and_kampung_a_village():
    text = (
        "Senior Asst Comm Jimmy Lajim Gimbang said the drugs came by boat. Villagers in "
        'Kampung Titingan said boats came at night. "We were afraid," he said.'
    )
    assert people(text) == ["Jimmy Lajim Gimbang"]


@pytest.mark.parametrize(
    "sentence, not_a_place",
    [
        ("The drugs were flown to Bukit Aman, police headquarters in Kuala Lumpur.", "Aman"),
        ("The plain of Piano Grande was in bloom above Norcia.", "Piano"),
    ],
)
def test_a_malay_hill_and_an_italian_plain_hold_no_town(sentence, not_a_place):
    assert not_a_place not in places(sentence)


def test_a_year_like_number_before_an_irregular_plural_is_a_count():
    assert ("1870 cattle", 1870, "cattle") in figures("He sold 1870 cattle that did not exist.")


def test_a_party_in_brackets_after_an_apposed_name_keeps_the_name_the_speaker():
    text = (
        "„That cannot go on,“ said the provincial councillor responsible for spatial "
        "planning, Mag. Cornelia Hödl-Stranzl (ÖVP), in the debate."
    )
    assert speakers(text) == [("Cornelia Hödl-Stranzl", None)]

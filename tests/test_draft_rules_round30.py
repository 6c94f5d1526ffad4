"""The drafter's round-30 rules (issue 11), found on dev misses and probes of
constructions newsrooms print everywhere; one short made-up sentence each."""

from __future__ import annotations

import pytest

from .drafting import figures, people, places, speakers


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Councilor Ma. Lourdes Abad said the loan was approved.", "Ma. Lourdes Abad"),
        ("Mayor Ma. Luisa Santos said the budget was approved.", "Ma. Luisa Santos"),
        ('Councilor Ma. Teresa "Tess" Abad said the loan was approved.', "Ma. Teresa Abad"),
        ("Ma. Cristina Reyes, 41, said the water came at night.", "Ma. Cristina Reyes"),
    ],
)
def test_ma_before_a_given_name_is_part_of_the_name(sentence, name):
    assert people(sentence) == [name]


def test_a_surname_ma_still_ends_its_sentence():
    found = people("The deal was signed by Jack Ma. Teresa Abad, a lawyer, said it was fair.")
    assert "Teresa Abad" in found and not any(name.startswith("Ma.") for name in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "The councilor told SunStar Cebu that the loan was approved.",
        "“It was wrong,” a trader told MercoPress on Monday.",
        "Ana Ruiz told IranWire Central that she had left.",
    ],
)
def test_a_word_with_a_brands_capital_inside_is_no_persons_name(sentence):
    assert not {"SunStar Cebu", "MercoPress", "IranWire Central"} & set(people(sentence))


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Ryan McKenzie said the deal was done.", "Ryan McKenzie"),
        ("Marie LeBlanc said the deal was done.", "Marie LeBlanc"),
        ("MaryAnn Okoro said the deal was done.", "MaryAnn Okoro"),
        ("Tom FitzGerald said the deal was done.", "Tom FitzGerald"),
    ],
)
def test_a_surnames_own_capital_inside_keeps_the_name(sentence, name):
    assert people(sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "A spokesperson for the Ministry of Water, Land and Resource Stewardship said it "
        "would review the dams.",
        "The Department of Fisheries, Forestry and Rural Affairs said the ban would stay.",
    ],
)
def test_the_last_portfolio_of_a_ministrys_list_is_no_person(sentence):
    assert people(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The parish also includes Pedro Lemos, the village about 8 kilometres away that "
        "was buried by the mudslide of a tailings dam in the rains of 2015.",
        "The road climbs to Santa Cruz, a hamlet near the border, in an hour.",
    ],
)
def test_a_name_whose_apposition_opens_with_a_places_noun_is_no_person(sentence):
    assert people(sentence) == []


def test_a_persons_apposition_opening_with_a_places_word_before_their_trade_stays():
    assert people("Ana Ruiz, a farm worker, said the rain came late.") == ["Ana Ruiz"]


def test_a_team_financed_by_someone_is_no_person():
    sentence = "Hermanos Giraldo, a team financed by a coffee exporter from Rionegro, won."
    assert people(sentence) == []


def test_declared_before_a_name_with_no_quote_before_it_is_no_attribution():
    assert people("UNESCO declared World Heritage the church in 2000.") == []


def test_declared_after_a_quote_still_attributes():
    assert people("“We won,” declared Ana Ruiz, the mayor.") == ["Ana Ruiz"]


@pytest.mark.parametrize(
    "sentence, language",
    [
        ("“We will not leave,” she said in Cebuano.", "Cebuano"),
        ("The councillor, speaking in Tagalog, said the river had risen.", "Tagalog"),
        ("Most families there speak Fang, and the mayor spoke in Fang too.", "Fang"),
    ],
)
def test_speech_in_a_language_is_not_a_town_of_that_name(sentence, language):
    assert language not in places(sentence)


@pytest.mark.parametrize(
    "sentence, place",
    [
        ("The minister said in Geneva that talks would resume.", "Geneva"),
        ("The president said in Nauru that the port would open.", "Nauru"),
    ],
)
def test_speech_in_a_place_is_still_the_place(sentence, place):
    assert places(sentence)[place].latitude is not None


def test_a_role_before_a_title_lets_the_role_name_the_speaker_later():
    text = (
        "The parish priest, Father Tomás Ruiz, said the church would reopen in May.\n"
        "“The village carried this church for 280 years,” the priest said."
    )
    assert speakers(text) == [("Tomás Ruiz", None)]


def test_the_title_still_names_the_speaker_after_a_role_before_it():
    text = (
        "The parish priest, Father Tomás Ruiz, said the church would reopen in May.\n"
        "“The village carried this church for 280 years,” Father Ruiz said."
    )
    assert speakers(text)[0][0] == "Tomás Ruiz"


def test_the_mother_of_so_many_points_back_to_the_woman_just_named():
    text = (
        "Amina Yusuf lost her stall in the fire on Friday.\n"
        "“Everything is gone,” the mother of four said."
    )
    assert speakers(text) == [("Amina Yusuf", None)]


def test_the_mother_of_so_many_is_not_the_man_just_named():
    text = (
        "Mr Tomás Ruiz lost his stall in the fire on Friday.\n"
        "“Everything is gone,” the mother of two said."
    )
    assert speakers(text)[0][0] is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Hotel Bristol said bookings were down.",
        "Doña Ana County said the road was closed.",
        "Mercado Libre said it would hire 300 people.",
        "Marcha Patriótica said its members would march on Friday.",
    ],
)
def test_a_hotel_a_county_and_a_body_that_says_it_are_no_people(sentence):
    assert people(sentence) == []


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Ana Ruiz said it would take years.", "Ana Ruiz"),
        ("One of its organizers, Ayumi Shimabukuro, said it had 4,200 names.", "Ayumi Shimabukuro"),
    ],
)
def test_a_given_name_or_a_role_keeps_a_person_who_says_it(sentence, name):
    assert people(sentence) == [name]


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("The fine was Rs 3,20,000 last year.", ("Rs 3,20,000", 320000.0, "rupees")),
        ("Prices rose to 1.250,50 euros per tonne.", ("1.250,50 euros", 1250.5, "euros")),
        ("The river rose to 7.8 m above normal.", ("7.8 m", 7.8, "metres")),
        ("The town lies 1,450 m above sea level.", ("1,450 m", 1450.0, "metres")),
    ],
)
def test_indian_and_european_digit_groups_and_metres_after_a_space(sentence, figure):
    assert figure in figures(sentence)


def test_millions_after_a_space_stay_millions():
    assert ("£4.1 m", 4100000.0, "pounds") in figures("The club lost £4.1 m last year.")


def test_the_end_of_a_list_of_places_is_no_firm():
    found = places("Sowing in Multan, Bahawalpur and Muzaffargarh was slow.")
    assert {"Multan", "Bahawalpur", "Muzaffargarh"} <= set(found)


def test_a_firm_named_and_so_on_is_still_a_firm():
    assert "Spencer" not in places("Shares in Marks and Spencer rose on Monday.")


def test_a_place_opening_a_regions_body_with_which_after_it_is_named():
    found = places("The show was funded by the Puglia Region, which paid most of it.")
    assert round(found["Puglia Region"].latitude) == 41


@pytest.mark.parametrize(
    "sentence, sea, kind, latitude",
    [
        ("Ships crossed the Pacific on Monday.", "Pacific", "ocean", 0),
        ("The Indian Ocean warmed last year.", "Indian Ocean", "ocean", -20),
        ("The North Sea froze in January.", "North Sea", "sea", 56),
        ("The storm moved into the Gulf of Mexico.", "Gulf of Mexico", "sea", 25),
        ("Migrants crossed the Aegean to Lesbos.", "Aegean", "sea", 39),
    ],
)
def test_oceans_and_seas_are_placed_with_a_note_that_they_were_placed_by_hand(
    sentence, sea, kind, latitude
):
    place = places(sentence)[sea]
    assert (place.kind, round(place.latitude)) == (kind, latitude)
    assert "placed by hand" in place.coordinates_source


def test_the_country_in_a_gulfs_name_is_not_drafted():
    assert "Mexico" not in places("The storm moved into the Gulf of Mexico.")


def test_a_sea_word_before_a_capitalised_word_is_not_the_ocean():
    assert "Pacific" not in places("Leaders met at the Pacific Islands Forum in Suva.")


@pytest.mark.parametrize(
    "sentence, region",
    [
        ("Trade in Latin America grew.", "Latin America"),
        ("The Horn of Africa faces drought.", "Horn of Africa"),
        ("Floods hit the Balkans in May.", "Balkans"),
    ],
)
def test_world_regions_newsrooms_name_are_placed_at_their_countries_mean(sentence, region):
    place = places(sentence)[region]
    assert place.kind == "world region" and "countries" in place.coordinates_source


def test_latin_america_is_not_the_united_states():
    assert "United States" not in places("Trade in Latin America grew.")


@pytest.mark.parametrize(
    "sentence, islands, latitude",
    [
        ("Growers compete with fruit from the Canary Islands.", "Canary Islands", 28),
        ("A licence in the Balearic Islands begins with ETV.", "Balearic Islands", 39),
    ],
)
def test_an_archipelago_the_data_has_as_a_region_is_placed(sentence, islands, latitude):
    assert round(places(sentence)[islands].latitude) == latitude


def test_a_sea_comes_before_the_region_named_after_it():
    assert places("Ships avoided the Red Sea in March.")["Red Sea"].kind == "sea"


@pytest.mark.parametrize(
    "text",
    [
        'The budget was described by opposition leader Ana Costa as "a betrayal".',
        'The plan was branded by Ana Costa, the opposition leader, as "reckless".',
        'The plan was branded by the opposition leader, Ana Costa, as "reckless".',
    ],
)
def test_the_agent_of_a_passive_called_is_the_speaker(text):
    assert speakers(text)[0][0] == "Ana Costa"


def test_a_body_as_the_agent_of_a_passive_called_names_no_one():
    assert speakers('The plan was described by the opposition as "reckless".')[0][0] is None


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Tavita Lefiti scored twice as Lupe o le Soaga won.", "Tavita Lefiti"),
        ("Tróndur Joensen scored the winner for KÍ.", "Tróndur Joensen"),
        ("The equaliser came from a cross from Bongani Zungu.", "Bongani Zungu"),
        ("Ngozi Eze's header won the match.", "Ngozi Eze"),
    ],
)
def test_a_players_part_in_a_match_makes_a_name_a_persons(sentence, name):
    assert people(sentence) == [name]


@pytest.mark.parametrize(
    "sentence", ["Kaizer Chiefs scored twice after the break.", "Harambee Stars netted late."]
)
def test_a_team_named_with_a_plural_that_scores_is_no_person(sentence):
    assert people(sentence) == []


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("Police arrested two Colombians on the boat.", ("two Colombians", 2.0, "Colombians")),
        ("Two Kalashnikovs were found in the car.", ("Two Kalashnikovs", 2.0, "Kalashnikovs")),
        ("The 142 MPs voted in favour.", ("142 MPs", 142.0, "MPs")),
        (
            "The fund bought two New Zealand companies.",
            ("two New Zealand companies", 2.0, "companies"),
        ),
        ("The club received three very strong bids.", ("three very strong bids", 3.0, "bids")),
        (
            "He made at least four earlier shipments.",
            ("at least four earlier shipments", 4.0, "shipments"),
        ),
    ],
)
def test_what_a_number_counts_past_its_modifiers(sentence, figure):
    assert figure in figures(sentence)


def test_a_number_word_after_digits_is_no_modifier():
    found = figures("Staff fell from roughly 1,400 five years ago.")
    assert ("five years", 5.0, "years") in found


def test_a_function_word_ending_in_s_is_nothing_counted():
    assert not any(
        unit == "this" for _, _, unit in figures("It went top for the first time this season.")
    )


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("PS Peter Ochieng said the funds had been released.", "Peter Ochieng"),
        ("MCA John Kamau said the ward had no water.", "John Kamau"),
        ("DCE Kwesi Appiah said the road would be fixed.", "Kwesi Appiah"),
    ],
)
def test_an_acronym_before_a_given_name_and_a_surname_is_a_title(sentence, name):
    assert people(sentence) == [name]


def test_a_given_name_the_lists_lack_before_a_known_one_stays_in_the_name():
    text = "Mubarak Saad Kulhi, 52, a fisherman, said the sea rose. Kulhi lost his boat."
    assert "Saad Kulhi" not in people(text)


@pytest.mark.parametrize(
    "sentence",
    ["El Tiempo reported that the mayor had resigned.", "La Nación said the minister would go."],
)
def test_a_spanish_article_before_a_word_that_is_no_given_name_names_a_paper(sentence):
    assert people(sentence) == []


def test_el_before_a_given_name_stays_a_persons_name():
    assert people("El Mehdi Benali said the port was closed.") == ["El Mehdi Benali"]


def test_a_known_surname_outweighs_a_big_towns_other_name_in_the_given_name():
    text = "Amara Diallo was in tears.\n“We lost the house,” she said."
    assert speakers(text) == [("Amara Diallo", None)]


def test_a_big_town_before_a_word_that_is_no_surname_is_still_no_person():
    assert people("Victoria Station was closed on Monday.") == []


def test_asks_after_a_question_attributes_it():
    assert speakers("“Why should we pay?” asks Maria Diallo, a trader.")[0][0] == "Maria Diallo"


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("The hosts finished with ten men after Tróndur Joensen was sent off.", "Tróndur Joensen"),
        ("Samoana led after two touchdown runs by Tavita Lefiti.", "Tavita Lefiti"),
        ("The chain was founded by his brother-in-law, Aurèle Brault, in 1952.", "Aurèle Brault"),
    ],
)
def test_a_sending_off_a_touchdown_run_and_an_in_law_make_a_person(sentence, name):
    assert people(sentence) == [name]


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("Temperatures fell to minus 19 degrees.", ("minus 19 degrees", -19.0, "degrees")),
        ("It was −12°C at dawn.", ("−12°C", -12.0, "degrees Celsius")),
        ("The co-op lost 212 mil. yen.", ("212 mil. yen", 212000000.0, "yen")),
        ("The council approved a PHP180-M loan.", ("PHP180-M", 180000000.0, "pesos")),
    ],
)
def test_below_zero_and_the_million_of_asian_papers(sentence, figure):
    assert figure in figures(sentence)


def test_a_road_numbered_like_an_amount_is_no_money():
    found = figures("Hijackings on the R545 near Kriel cost R4.8m, police said.")
    assert [value for _, value, _ in found] == [4800000.0]


def test_a_hyphen_is_no_minus():
    assert ("15", 15.0, "count") not in figures("The Covid-15 study ended.")


@pytest.mark.parametrize(
    "sentence",
    ["The 26-year-old Basque striker joined in June.", "“It was hard,” she told Movistar Plus."],
)
def test_an_adjective_after_an_age_and_a_broadcaster_are_no_people(sentence):
    assert people(sentence) == []


def test_a_one_word_name_after_an_age_stays_a_persons():
    assert people("The 61-year-old Ngatemin lost his house.") == ["Ngatemin"]


AGE_STORY = (
    "Judge Mariko Fujisawa said Kazuhiro Sannomiya, 54, had betrayed 1,300 growers.\n"
    "His lawyer, Takeshi Onodera, asked for leniency. The court refused. Appeals are possible.\n"
)


def test_an_age_points_back_to_the_one_person_given_it_however_far():
    text = AGE_STORY + "“I betrayed farmers I grew up with,” the 54-year-old told the court."
    assert speakers(text) == [("Kazuhiro Sannomiya", None)]


def test_a_pronoun_after_a_sentence_whose_subject_is_an_age_finds_that_person():
    text = (
        AGE_STORY + "During the trial, the 54-year-old admitted the charges.\n"
        "“I betrayed farmers I grew up with,” he told the court."
    )
    assert speakers(text)[0][0] == "Kazuhiro Sannomiya"


def test_an_age_no_one_was_given_does_not_name_the_nearest_man():
    text = AGE_STORY + "“We will appeal,” the 61-year-old said."
    assert speakers(text)[0][0] != "Kazuhiro Sannomiya"


def test_names_before_families_are_surnames_not_towns():
    assert "Sullivan" not in places("It is owned by the Sullivan and Reid families of Halifax.")


def test_a_sentences_capital_d_apostrophe_is_the_same_surname():
    text = (
        "Paul d'Entremont, the president, said the plant would stay. D'Entremont, 63, will advise."
    )
    assert people(text) == ["Paul d'Entremont"]


def test_a_nguni_locative_e_before_a_towns_name_finds_the_town():
    found = places("Trucks were hijacked between eMalahleni and Kriel on Sunday.")
    assert round(found["eMalahleni"].latitude) == -26


def test_a_brand_written_with_a_small_e_is_no_place():
    assert places("He sold the boat on eBay last year.") == {}


# From the round-30 holdout, scored once and so spent.


def test_a_club_whose_coach_follows_its_name_is_no_person():
    text = (
        "Ak Bars replied twice in the middle period.\n"
        "“We made life difficult,” Ak Bars head coach Ravil Sabirzyanov told a news conference."
    )
    assert "Ak Bars" not in people(text)


def test_a_name_joined_to_the_next_by_and_keeps_its_person():
    assert "Tavita Leiataua" in people(
        "They led after tries by wing Tavita Leiataua and lock Tomasi Vaka."
    )


def test_an_age_two_people_just_named_could_have_is_left_unnamed():
    text = (
        "Forward Rustem Khairullin scored the winner after a pass by captain Timur Galiakberov.\n"
        "“I just tried to put the puck upstairs,” the 22-year-old told Match TV."
    )
    assert speakers(text)[0][0] is None


def test_an_office_from_a_community_before_a_name_makes_it_a_persons():
    text = (
        "The deputy prefect from the ranks of the Italian national community, Marino Gherbaz, "
        "spoke in Italian and said the towns were full.\n‘The kindergarten has closed,’ he said."
    )
    assert speakers(text) == [("Marino Gherbaz", None)]


def test_demanded_attributes_a_quote():  # (a guard: the lead-in named her before)
    text = (
        "Former MLA Rekha Godara, who visited Sanchore, alleged that the teams had not come.\n"
        '"Farmers have lost crops worth crores," she demanded.'
    )
    assert speakers(text)[0][0] == "Rekha Godara"


@pytest.mark.parametrize("republic", ["Tatarstan", "Bashkortostan"])
def test_a_russian_republic_goes_by_its_short_name(republic):
    found = places(f"Kazan and Ufa are the capitals of Tatarstan and Bashkortostan, in {republic}.")
    assert found[republic].kind == "region"


def test_a_party_before_its_leaders_role_is_no_one_a_pronoun_could_mean():
    text = (
        "Opposition Congress leader and former MLA Rekha Godara alleged the teams had not come.\n"
        '"Farmers have lost crops worth crores," she demanded.'
    )
    assert speakers(text)[0][0] == "Rekha Godara"


def test_a_year_before_a_capitalised_modifier_is_no_count():
    assert not any(value == 2020 for _, value, _ in figures("He won 2020 Paralympic medals."))

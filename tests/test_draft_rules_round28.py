"""The drafter's round-28 rules (issue 11), found on probes of constructions and
naming customs newsrooms print everywhere; one short made-up sentence each."""

from __future__ import annotations

import pytest

from newsroom.draft.givennames import given_name_gender, given_names
from newsroom.draft.romanize import romanized

from .drafting import figures, people, places, speakers


@pytest.mark.parametrize(
    "written, locale, spelling",
    [
        ("Кирилл", "ru_RU", "Kirill"),
        ("Евгений", "ru_RU", "Yevgeny"),
        ("Евгений", "ru_RU", "Evgeny"),
        ("Дмитрий", "ru_RU", "Dmitry"),
        ("Алексей", "ru_RU", "Alexei"),
        ("Олександр", "uk_UA", "Oleksandr"),
        ("Сергій", "uk_UA", "Serhiy"),
        ("Δημήτρης", "el_GR", "Dimitris"),
        ("გიორგი", "ka_GE", "Giorgi"),
        ("Տիգրան", "hy_AM", "Tigran"),
    ],
)
def test_given_names_in_other_scripts_are_read_as_papers_spell_them(written, locale, spelling):
    assert spelling in romanized(written, locale)


def test_a_name_in_the_latin_alphabet_is_not_romanized():
    assert romanized("Kirill", "ru_RU") == []


@pytest.mark.parametrize("name, gender", [("Kirill", "m"), ("Dmytro", "m"), ("Anahit", "f")])
def test_romanized_given_names_are_known_with_their_gender(name, gender):
    assert name in given_names()
    assert given_name_gender(name) == gender


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Kirill Lapitsky scored the winner in the 80th minute.", "Kirill Lapitsky"),
        ("Giorgi Beridze was fined.", "Giorgi Beridze"),
    ],
)
def test_a_romanized_given_name_makes_a_name_without_other_cues(sentence, name):
    assert people(sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    ["Residents of Venda Nova were told to boil water.", "Cherno More Varna lost at home."],
)
def test_rare_bulgarian_names_are_not_given_names(sentence):
    assert people(sentence) == []


@pytest.mark.parametrize(
    "text",
    [
        'Mayor-elect Tomasz Zieliński wrote on X: "The work starts tomorrow."',
        '"The work starts tomorrow," said Governor-designate Tomasz Zieliński.',
        'Ex-minister Tomasz Zieliński said: "The work starts tomorrow."',
    ],
)
def test_an_office_not_yet_taken_or_left_is_a_title_not_part_of_the_name(text):
    assert speakers(text) == [("Tomasz Zieliński", None)]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            '"The sea gives less every year," was how fisherman Ilyas Baloch, 61, put it.',
            ("Ilyas Baloch", None),
        ),
        (
            '"We were sold a dream," is how Ama Owusu, a trader in Kumasi, sees it.',
            ("Ama Owusu", None),
        ),
        ('"A slow death for the town," was how one resident described it.', (None, "one resident")),
    ],
)
def test_was_how_x_put_it_attributes_the_quote_before_it(text, speaker):
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Sipho Ndlovu, however, disagreed.", "Sipho Ndlovu"),
        ("Police arrested Oluwaseun Adeyemi on Monday.", "Oluwaseun Adeyemi"),
    ],
)
def test_a_surname_of_a_non_english_locale_makes_a_name_without_other_cues(sentence, name):
    assert people(sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "Floods hit Bukit Merah overnight.",  # a place's opening word
        "Mwajuma Hassan walks 10 km to the clinic.",  # Hassan is a town in India too
        "The Street Waters band played.",  # English surnames are words as often as not
    ],
)
def test_a_surname_does_not_make_a_name_of_a_place_or_of_words(sentence):
    assert people(sentence) == []


def test_a_pronoun_after_a_name_found_by_its_surname_points_to_it():
    text = 'Sipho Ndlovu, however, disagreed.\n"It is a waste of public money," he said.'
    assert speakers(text) == [("Sipho Ndlovu", None)]


@pytest.mark.parametrize(
    "name",
    ["Ahmad bin Ismail", "Jimbun anak Tawai", "Máire Ní Bhaoill", "Dafydd ap Iorwerth"],
)
def test_according_to_a_name_only_a_person_has_names_the_speaker(name):
    assert speakers(f'The meeting ended late.\nAccording to {name}, "the roads are closed."') == [
        (name, None)
    ]


@pytest.mark.parametrize("source", ["Al Jazeera", "Human Rights Watch", "Statistics Norway"])
def test_according_to_an_outlet_or_a_body_names_no_person(source):
    text = f'The meeting ended late.\nAccording to {source}, "the talks have collapsed."'
    assert [name for name, _ in speakers(text)] == [None]


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("Workers repaired a 40m section of the quay.", ("40m", 40.0, "metres")),
        ("A 15m-high wall collapsed.", ("15m", 15.0, "metres")),
        # (no figure before round 28, which could not tell metres from millions)
        ("A 5m wall fell on the road.", ("5m", 5.0, "metres")),
    ],
)
def test_digits_with_m_before_a_thing_of_length_are_metres(sentence, figure):
    assert figures(sentence) == [figure]


def test_digits_with_m_before_people_are_still_millions():
    assert figures("About 40m people live in the region.") == [
        ("About 40m people", 40_000_000.0, "people")
    ]


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("The club finished seventh in the league.", ("seventh", 7.0, "rank")),
        ("She came second in the final.", ("second", 2.0, "rank")),
        ("They climbed to fifth after the win.", ("fifth", 5.0, "rank")),
    ],
)
def test_a_place_in_a_table_or_a_race_is_a_rank(sentence, figure):
    assert figures(sentence) == [figure]


def test_an_ordinal_word_with_nothing_to_count_and_no_placing_is_no_figure():
    assert figures("The second was better.") == []


@pytest.mark.parametrize(
    "sentence, latitude",
    [
        ("Ghana's Northern Region had no rain in May.", 9.2),  # the data: "Northern"
        ("In Uganda's Northern Region, schools closed.", 2.6),  # the data: "Northern Region"
    ],
)
def test_a_region_with_its_noun_is_found_in_the_storys_country(sentence, latitude):
    assert round(places(sentence)["Northern Region"].latitude, 1) == latitude


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Floods hit the Volta Region of Ghana on Monday.", "Volta Region"),
        ("The Lualaba Province is rich in cobalt.", "Lualaba Province"),
    ],
)
def test_a_region_with_its_noun_capitalised_is_a_place_not_a_body(sentence, name):
    assert places(sentence)[name].latitude is not None


def test_a_region_noun_inside_a_bodys_name_keeps_it_a_body():
    found = places("KOROR — The Koror State Legislature on Thursday passed a bill.")
    assert "Koror State" not in found


@pytest.mark.parametrize(
    "sentence, not_a_place",
    [
        ("Boats moored in the Marlborough Sounds.", "Marlborough"),
        ("The Niger Delta is polluted.", "Niger"),
        ("Farmers on the Jos Plateau lost crops.", "Jos"),
    ],
)
def test_a_town_or_country_naming_a_natural_feature_is_not_the_place(sentence, not_a_place):
    assert not_a_place not in places(sentence)


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("Fuel costs K28.50 a litre.", ("K28.50", 28.5, "kwacha or kina")),
        ("Bread costs R12.99 now.", ("R12.99", 12.99, "rand")),
    ],
)
def test_a_one_letter_currency_before_an_amount_in_cents_is_money(sentence, figure):
    assert figures(sentence) == [figure]


@pytest.mark.parametrize("sentence", ["An M4.5 quake hit the coast.", "The R34 was closed."])
def test_a_letter_before_a_magnitude_or_a_road_number_is_no_money(sentence):
    assert figures(sentence) == []


def test_a_place_the_gazetteer_has_only_in_a_longer_form_is_placed_there():
    found = places("Farmers in Nyabihu, in the north of Rwanda, lost their crops.")
    assert round(found["Nyabihu"].latitude, 1) == -1.6
    assert "Nyabihu District" in found["Nyabihu"].needs_review


def test_a_longer_form_abroad_places_nothing():
    # Yell is a Shetland island; GeoNames' "Yell County" is in Arkansas
    found = places("In Scotland, the Yell ferry stopped. Islanders in Yell were angry.")
    assert "Yell" not in found or found["Yell"].latitude is None


@pytest.mark.parametrize(
    "attribution, description",
    [
        ("the ministry separately said", "the ministry"),
        ("Mägi's office later said in a statement", "Mägi's office"),
        ("the company eventually said", "the company"),
        ("the family said", "the family"),  # a noun ending in -ly stays
    ],
)
def test_an_unnamed_speakers_description_drops_a_trailing_adverb(attribution, description):
    assert speakers(f'"We will review it," {attribution}.') == [(None, description)]


@pytest.mark.parametrize(
    "sentence",
    ["The King Fahd Causeway was closed.", "The Nelson Mandela Square was full."],
)
def test_a_causeway_or_a_square_named_after_someone_is_no_person(sentence):
    assert people(sentence) == []


@pytest.mark.parametrize(
    "sentence, figure",
    [
        (
            "One and a half million people fled.",
            ("One and a half million people", 1_500_000.0, "people"),
        ),
        (
            "The fund has two and a half billion dollars.",
            ("two and a half billion dollars", 2_500_000_000.0, "dollars"),
        ),
    ],
)
def test_n_and_a_half_million_is_one_figure(sentence, figure):
    assert figures(sentence) == [figure]


# From the round-28 holdout, scored once and so spent: its misses, each on a
# shortened sentence of the set.


def test_dean_before_one_word_is_a_given_name():
    text = (
        "Dean Hollis, who runs kayak and snorkel tours from West Island, said operators "
        "had not been asked.\n'Twenty-five dollars on top of the ferry is a lot,' he said."
    )
    assert speakers(text) == [("Dean Hollis", None)]


def test_binti_in_a_name_says_its_bearer_is_a_woman():
    text = (
        "Cr Norliza Binti Yusuf said many Home Island families went there at weekends.\n"
        "A tour operator was less sure.\n'It is a lot of money,' he said."
    )
    assert speakers(text)[-1][0] != "Norliza Binti Yusuf"


def test_a_single_name_opening_a_sentence_before_who_is_a_person():
    text = (
        "Sutrisno, who heads the Bali chapter of the association of licensed money "
        "changers, welcomed the arrests.\n"
        '"Every time a tourist is cheated, all of us lose customers," he said.'
    )
    assert speakers(text) == [("Sutrisno", None)]


def test_a_department_before_a_name_is_its_portfolio():
    text = (
        "The crop will be close to 11,000 tonnes, Director of Horticulture Tsewang Dolkar "
        'said.\n"Growers have lost nearly all their fruit," Dolkar told PTI.'
    )
    assert speakers(text) == [("Tsewang Dolkar", None)]


def test_she_after_an_unnamed_subject_of_said_is_that_speaker_not_a_name_in_her_words():
    text = (
        "Dwayne Paul Thibodeaux, 61, was found guilty.\n"
        "A juror who spoke to reporters on condition that her name not be used said the "
        "panel had been persuaded by records showing that Thibodeaux deposited cash.\n"
        '"It was the whole pile," she said.'
    )
    assert [name for name, _ in speakers(text)] == [None]
    assert speakers(text)[0][1].startswith("A juror who spoke to reporters")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Policía Nacional reported that two supporters had been arrested.",
        "The play, “Oro verde” (Green Gold), by the playwright Ermilo Dzul Tun, sold out.",
    ],
)
def test_a_police_force_in_its_language_and_a_translated_title_are_no_people(sentence):
    assert people(sentence) in ([], ["Ermilo Dzul Tun"])


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The flight takes about an hour and twenty minutes.",
            [("about an hour and twenty minutes", 80.0, "minutes")],
        ),
        ("Its 2020 census counted 4,000 speakers.", [("4,000 speakers", 4000.0, "speakers")]),
        (
            "He was sent off for a second yellow in the 70th minute.",
            [("70th minute", 70.0, "minute")],
        ),
    ],
)
def test_a_duration_in_hours_and_minutes_a_census_year_and_a_second_yellow(sentence, expected):
    assert figures(sentence) == expected


def test_a_region_the_storys_places_lie_in_beats_a_town_abroad_of_its_name():
    text = (
        "Denpasar, Bali (ANTARA) - The Bali Police have arrested six people in Kuta, "
        "Legian, Ubud and Gianyar. Tourists from Australia, India and China were cheated."
    )
    assert places(text)["Bali"].country_code == "ID"


@pytest.mark.parametrize(
    "sentence, not_a_place",
    [
        ("The castle at Vranov nad Dyjí reopened.", "Vranov"),
        ("Police in Kingston upon Hull arrested two.", "Kingston"),
    ],
)
def test_the_first_word_of_a_longer_towns_name_is_not_that_town(sentence, not_a_place):
    found = places(sentence)
    assert not_a_place not in found or found[not_a_place].latitude is None

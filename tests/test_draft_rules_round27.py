"""The drafter's round-27 rules (issue 11), found on the spent round-26 holdout
(moved to dev) and on probes of constructions newsrooms print everywhere; one
short made-up sentence each."""

from __future__ import annotations

import pytest

from .drafting import figures, people, places, speakers


@pytest.mark.parametrize(
    "naming",
    [
        "who gave only her first name, Marta",
        "who gave only her first name as Marta",
        "who asked to be identified only as Marta",
        "who gave her name only as Marta",
    ],
)
def test_a_name_given_after_the_description_names_the_speaker(naming):
    text = f'Rink\n"I have had this seat for years," said a fan from Hall, {naming}.'
    assert speakers(text) == [("Marta", None)]


def test_a_description_without_a_name_after_it_stays_unnamed():
    text = (
        'Rink\n"I have had this seat for years," said a fan from Hall, who did not want to '
        "be named."
    )
    assert speakers(text) == [(None, "a fan from Hall")]


@pytest.mark.parametrize(
    "text, description",
    [
        (
            'Court\nThe firm has appealed.\n"We will fight this ruling," the statement read.',
            "the statement",
        ),
        (
            'Court\nThe firm has appealed. "We will fight this ruling," a statement from the '
            "firm read.",
            "a statement from the firm",
        ),
        ('Protest\nThe crowd gathered. "No more cuts," the banner read.', "the banner"),
        ('Protest\nThe crowd gathered. One placard read: "No more cuts."', "One placard"),
    ],
)
def test_a_document_that_reads_is_the_source_not_the_last_person_named(text, description):
    text = text.replace("The firm has", "Ana Costa said the firm had")
    assert speakers(text) == [(None, description)]


def test_a_statement_announced_and_paraphrased_before_it_is_quoted_is_its_issuers():
    text = (
        "Rescue\nThe police spokeswoman, Ada Eze, disclosed this in a statement on Sunday.\n"
        "Eze said the unit stormed the camp at dawn.\nShe said the gang had asked for a ransom.\n"
        "She added that no ransom was paid.\n"
        '"The suspects opened fire on the team," the statement read.'
    )
    assert speakers(text) == [("Ada Eze", None)]


@pytest.mark.parametrize("office", ["Police Public Relations Officer", "Chief Medical Officer"])
def test_a_run_of_capitals_ending_in_an_office_is_no_person(office):
    text = f"Rescue\nThe {office} in the state, Ada Eze, spoke on Sunday. The police said more."
    assert people(text) == ["Ada Eze"]


@pytest.mark.parametrize("trade", ["Weaver", "Crofter", "Butcher", "Potter"])
def test_a_trade_before_a_given_name_and_surname_is_not_part_of_the_name(trade):
    text = f"Mill\nThe mill was sold.\n\n{trade} Seonaidh Maciver said: 'Folk were worried.'"
    assert (people(text), speakers(text)) == (["Seonaidh Maciver"], [("Seonaidh Maciver", None)])


def test_a_trade_that_is_a_given_name_stays_before_a_surname_alone():
    assert people("Match\nBaker Mayfield said he was pleased.") == ["Baker Mayfield"]


def test_names_in_the_speakers_relative_clause_are_no_rivals_for_his_pronoun():
    text = (
        "Mill\nManaging director Calum Macaulay, whose grandfather Roddy Macaulay set up the "
        "business with Donald John Morrison, said the sale would secure the mill's future.\n"
        "'We have had a hard few years,' he said."
    )
    assert speakers(text) == [("Calum Macaulay", None)]


@pytest.mark.parametrize(
    "description",
    ["the 34-year-old crane operator", "the 29-year-old assistant head coach"],
)
def test_an_age_and_a_role_of_several_words_before_a_name_name_the_speaker(description):
    text = f'Port\n"It was long," said {description} Jamal Osei, who has worked there since 2010.'
    assert speakers(text) == [("Jamal Osei", None)]


def test_a_speaker_after_the_quote_that_no_pattern_reads_does_not_continue_the_last_one():
    text = (
        'Match\n"We won," said Ana Costa. "It was cold," Tongan-born lock forward and '
        "vice-captain Sione Vaipulu of the Blues told reporters."
    )
    assert speakers(text)[1][0] is None


def test_an_age_and_a_role_do_not_point_back_to_someone_of_no_known_age_or_role():
    text = (
        'Match\n"We won," said Ana Costa. "It was wet," the 29-year-old assistant head coach '
        "of the national under-21 side, who took charge in May, said."
    )
    assert speakers(text)[1][0] is None


def test_an_age_the_text_gave_still_points_back_to_its_person():
    text = (
        'Farm\nAna Costa, 58, grows maize near the river. "It was dry," the 58-year-old '
        "grower said."
    )
    assert speakers(text) == [("Ana Costa", None)]


@pytest.mark.parametrize("verb", ["also confirmed", "explained", "admitted"])
def test_the_subject_of_any_speech_verb_before_is_the_next_pronouns(verb):
    text = (
        f"Match\nManager Paul Mulligan {verb} that striker Liam Doherty had been taken to "
        'hospital. "He\'ll be fine," he added.'
    )
    assert speakers(text) == [("Paul Mulligan", None)]


def test_a_role_after_the_one_person_named_just_before_is_that_person():
    text = (
        "Match\nRovers won 2-1.\nHis opposite number, Paul Mulligan, was less happy. "
        '"We gave it away," the Harbour boss said.'
    )
    assert speakers(text) == [("Paul Mulligan", None)]


def test_a_role_after_an_unnamed_official_is_not_the_person_named_before_them():
    text = (
        "Flood\nHawa Adam, 52, said the water came at midnight.\n"
        "An official with the U.N. office, who spoke on condition of anonymity, said 26,000 "
        'people were affected.\n"That is how cholera spreads," the official said.'
    )
    assert speakers(text) == [(None, "the official")]


# The regular forms of Slovenia, Calabria and Punjab, which countryinfo does not list.
@pytest.mark.parametrize("demonym", ["Slovenian", "Calabrian", "Punjabi"])
def test_the_regular_demonym_of_a_country_or_region_before_a_name_is_not_part_of_it(demonym):
    text = f"Match\nHe took a pass from the {demonym} Luka Zupančič and scored."
    assert people(text) == ["Luka Zupančič"]


def test_a_nationality_points_back_only_to_someone_not_of_another():
    text = (
        "Match\nHe took a pass from the Slovenian Luka Zupančič and scored.\n"
        '"We deserved it," the Sicilian said.'
    )
    assert speakers(text) == [(None, "the Sicilian")]


def test_the_first_of_two_surnames_is_the_person_though_a_big_city_has_it():
    text = (
        "Strike\nThe state's Secretary of Education, Rosa Elena Trujillo Coutiño, spoke on "
        "Monday.\nTrujillo said the delays had been caused by payroll errors and called on "
        "teachers to “return to the classrooms”."
    )
    assert speakers(text) == [("Rosa Elena Trujillo Coutiño", None)]
    assert "Trujillo" not in places(text)


@pytest.mark.parametrize(
    "sentence, description",
    [
        (
            "The state will deduct the days of strike, a measure the union called “a provocation”.",
            "the union",
        ),
        (
            "Tickets cost 90 euros, a price the supporters' federation called “abusive”.",
            "the supporters' federation",
        ),
        (
            "Many were not paid because of what the education department calls “administrative "
            "errors”.",
            "the education department",
        ),
        (
            'The opposition voted against the law, which it described as "a disguised '
            'abolition of the countryside".',
            "The opposition",
        ),
    ],
)
def test_words_a_subject_called_something_are_its_quote(sentence, description):
    assert speakers(f"Strike\n{sentence}") == [(None, description)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The village, called “Hope”, has 300 people.",
        "It is a dish called “paella”.",
        "The bridge, which locals call “the Hump”, is old.",
    ],
)
def test_a_thing_called_something_is_still_no_quote(sentence):
    assert speakers(f"Town\n{sentence}") == []


@pytest.mark.parametrize(
    "words, value",
    [
        ("Two hundred and fifty thousand people", 250_000),
        ("Three hundred and twelve homes", 312),
        ("Some two thousand five hundred people", 2_500),
        ("Five thousand and twenty fans", 5_020),
    ],
)
def test_numbers_in_words_with_and_inside_are_one_figure(words, value):
    found = figures(f"March\n{words} came to the square on Sunday.")
    assert [(text, amount) for text, amount, _ in found] == [(words, value)]


def test_and_between_two_numbers_in_words_still_joins_two_figures():
    found = figures("Boats\nBetween five and six boats sank.")
    assert [amount for _, amount, _ in found] == [5, 6]


def test_a_name_before_a_quote_that_opens_with_its_verb_is_what_was_said_about():
    text = (
        "Treaty\nEgypt's minister, Ahmed Al-Sayed, met his counterpart on Monday.\n"
        "Al-Sayed, speaking through an interpreter, said Egypt “welcomes” the step."
    )
    assert speakers(text) == [("Ahmed Al-Sayed", None)]


# From the round-27 holdout, scored once and so spent: its sentences, shortened.


def test_a_sasak_honorific_is_not_part_of_the_name():
    text = 'Floods\nIn Bayan, Inaq Rahmawati, 46, said she ran uphill.\n"I took nothing," she said.'
    assert (people(text), speakers(text)) == (["Rahmawati"], [("Rahmawati", None)])


def test_an_irish_junior_barrister_after_the_name_is_a_post_nominal():
    text = (
        "Court\nCounsel for Mac Giolla Bhríde, Úna Boyle-McFadden BL, said her client had "
        "“lost everything he spent 30 years building”."
    )
    assert speakers(text) == [("Úna Boyle-McFadden", None)]


def test_a_speech_verb_after_a_determiner_is_a_noun():
    text = (
        "Court\nMr Gallagher said Mr Boyle, who founded the business with the accused in 1998, "
        "had been “kept in the dark about the notebook”."
    )
    assert speakers(text) == [("Gallagher", None)]


@pytest.mark.parametrize("name", ["Máire Ní Bhaoill", "Seán Kelly"])
def test_a_name_then_the_body_it_speaks_for_names_the_speaker(name):
    text = (
        f"Court\nOutside the courthouse, {name} of the Donegal Inshore Fishers’ Association said "
        "boats had spent years “watching the big lads get away with it”."
    )
    assert speakers(text) == [(name, None)]


def test_the_iban_anak_joins_a_name_and_the_given_name_alone_is_its_short_form():
    text = (
        "Schools\nSTU president Jimbun anak Tawai said the shortage had worsened.\n"
        "Jimbun said at least 38 schools had fewer than five teachers."
    )
    assert people(text) == ["Jimbun anak Tawai"]


def test_an_unnamed_speaker_placed_on_a_river_keeps_her_description_for_she():
    text = (
        "Schools\nSTU secretary-general Wong Siew Ling said the union had written to the "
        "ministry.\nA teacher at a primary school on the upper Rajang, who asked not to be "
        "named, said she travelled three hours by boat.\n"
        '"There are four of us for 71 pupils," she said.'
    )
    assert speakers(text)[-1] == (None, "A teacher at a primary school on the upper Rajang")


def test_a_defender_on_second_reference_is_the_centre_back_named_before():
    text = (
        "Derby\nCentre-back Pelayo Suárez Menéndez headed in a corner in the 88th minute.\n"
        "Suárez Menéndez, 31, rose above Oviedo's captain, Borja Fernández Arias, to meet a "
        "corner from the Argentine Tomás Lencina.\n"
        "\"It's the ugliest goal I've scored,\" the defender said."
    )
    assert people(text) == ["Pelayo Suárez Menéndez", "Borja Fernández Arias", "Tomás Lencina"]
    assert speakers(text) == [("Pelayo Suárez Menéndez", None)]


@pytest.mark.parametrize("region", ["East Lombok", "North Lombok", "Upper Valais"])
def test_a_compass_word_before_a_name_makes_it_a_region_not_a_person(region):
    text = f"Floods\nRain fell at one station in {region}, more than the area usually receives."
    assert people(text) == []


@pytest.mark.parametrize(
    "sentence, text, value",
    [
        ("Of the price, $7.5-million is paid up front.", "$7.5-million", 7_500_000),
        ("Somebody had to answer for a thousand tonnes.", "a thousand tonnes", 1_000),
        ("Parents sent children as young as seven to board.", "as young as seven", 7),
        (
            '"I dreamed of this since I was six and my grandfather took me," he said.',
            "since I was six",
            6,
        ),
        ("The timetable cuts winter sailings to two a day.", "two a day", 2),
    ],
)
def test_money_with_a_hyphened_scale_a_thousand_ages_and_so_many_a_day(sentence, text, value):
    assert [(t, v) for t, v, _ in figures(f"Figures\n{sentence}")] == [(text, value)]


def test_school_years_are_names_not_figures():
    text = "Schools\nHeadmasters teach combined classes of Year 4, Year 5 and Year 6 pupils."
    assert figures(text) == []


def test_a_town_inside_a_courts_name_before_the_storys_country_is_known_is_placed():
    text = (
        "Fraud\nA fish buyer has been jailed for four years at Letterkenny Circuit Criminal "
        "Court.\nThe buyer, of Killybegs, Co Donegal, sold his house in Dungloe."
    )
    assert places(text)["Letterkenny"].country_code == "IE"

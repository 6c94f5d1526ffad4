"""The drafter's round-4 rules (issue 11): constructions of newsrooms worldwide.

One short made-up sentence per construction, as in test_draft_rules.py; each
comment says what it covers and why the answer is right.
"""

from __future__ import annotations

import pytest

from newsroom.draft import draft_article

from .drafting import draft, figures, people, places, speakers

# --- People ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        # Honorifics of Ghana, Nigeria and Indonesia are titles, not given names.
        ("Nana Kofi Asante II, the chief of the area, said the farms were lost.", "Kofi Asante II"),
        ("Madam Ama Serwaa, a trader, said prices had doubled.", "Ama Serwaa"),
        ("Mallam Sani Bello said the road was closed.", "Sani Bello"),
        ("Banyuwangi Regent Dewi Lestari said the shelters were full.", "Dewi Lestari"),
        # A title ending in "of" takes the force or portfolio after it.
        (
            "Deputy Commissioner of Police Marlon Grant-Baptiste said two men were held.",
            "Marlon Grant-Baptiste",
        ),
        (
            "Director of Public Prosecutions Ruth Okello said the case would go ahead.",
            "Ruth Okello",
        ),
        # An age in brackets after a name, as southern African papers print it.
        ("Chipo Moyo (34) of Mabvuku was remanded in custody.", "Chipo Moyo"),
        # A nickname with an article ('el', 'o') stays out of the name.
        ('Striker Diego "el Toro" Paz scored twice.', "Diego Paz"),
    ],
)
def test_titles_honorifics_and_cues_around_names(text, name):
    assert name in people(text)


@pytest.mark.parametrize(
    "text, name",
    [
        # One-word names (Indonesia, Myanmar) with an age: a person of their own.
        ("Sukirno, 58, a fisherman from the village, said the boats were gone.", "Sukirno"),
        ("Warsini, a 47-year-old vendor, said she had nothing left.", "Warsini"),
        # Arabic and Urdu compounds joined by a small word are personal names.
        ("Zia-ul-Islam, a trader at the market, said sales had halved.", "Zia-ul-Islam"),
    ],
)
def test_names_of_one_word(text, name):
    assert name in people(text)


def test_a_surname_with_a_full_name_elsewhere_is_not_a_second_person():
    # "Mr Moyo" is Tendai Moyo, not a one-word person of his own.
    found = people("Tendai Moyo (51) was arrested. Mr Moyo denied the charge.")
    assert found == ["Tendai Moyo"]


def test_a_family_name_written_first_speaks():
    # Korean names: family name first; "Park said" is Park Ji-hoon.
    text = (
        "The study was led by professor Park Ji-hoon of Seoul National University. "
        "“The cells charge in minutes,” Park said."
    )
    assert speakers(text) == [("Park Ji-hoon", None)]


def test_a_club_before_a_coach_is_not_the_coach():
    # "said Rovers coach Ana Lima": the coach speaks, and "Rovers" is nobody.
    text = "“We were lucky,” said Harbour coach Ana Lima, smiling."
    assert speakers(text) == [("Ana Lima", None)]
    assert "Harbour" not in " ".join(people(text))


def test_a_police_division_is_not_a_he():
    # "he" after a sentence naming a unit and one officer is the officer.
    text = (
        "Inspector Joseph Banda said the Fraud Investigation Unit had made two arrests. "
        "“We will find the money,” he said."
    )
    assert speakers(text) == [("Joseph Banda", None)]


def test_a_settlement_named_like_a_person_is_not_a_he():
    text = (
        "Darmo, 70, a farmer from Sumber Wuluh village, said the ash came at noon. "
        "“It was dark as night,” he said."
    )
    assert speakers(text) == [("Darmo", None)]


def test_a_defendants_accounts_and_lawyers_do_not_make_him_a_firm():
    text = (
        "Peter Mwale (39) was charged. Money went into Mwale's accounts, "
        "and Mwale's lawyers asked for bail."
    )
    assert people(text) == ["Peter Mwale"]


# --- Quotes ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # A quoted name in title case is a name, not someone's words.
        'The country lies on the Pacific "Ring of Fire", officials said.',
        "The city launched its ‘Clean Streets Week’ on Monday.",
    ],
)
def test_title_cased_names_in_quotation_marks_are_not_quotes(text):
    assert draft(text).quotes == []


def test_a_headline_in_title_case_keeps_its_quote():
    text = "Mayor Promises To ‘Fix Every Road’ By Spring\nThe mayor spoke on Monday."
    assert [q.text for q in draft_article(text).quotes] == ["Fix Every Road"]


# --- Places ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, name, country_latitude",
    [
        # Datelines with a colon (Pakistan, India) and after the agency (Italy).
        ("ISLAMABAD: The regulator raised tariffs on Tuesday.", "Islamabad", 33.7),
        ("(ANSA) - TURIN, DEC 5 - The museum reopened on Friday.", "Turin", 45.1),
    ],
)
def test_datelines(text, name, country_latitude):
    found = places(text)
    assert name in found and abs(found[name].latitude - country_latitude) < 0.5


def test_saint_written_st_and_the_storys_country_decides_a_region():
    # Jamaica's parish, not Barbados's: the story names Jamaica's towns.
    found = places(
        "Police in Montego Bay and Spanish Town made arrests. Most arrests were made in St James."
    )
    assert abs(found["St James"].latitude - 18.4) < 0.3


def test_a_nationality_in_the_lede_sets_the_story_country():
    # "South Korean" sets the story in Korea, so a town inside a university's name counts.
    found = places(
        "A South Korean research team has built a new cell.\n"
        "The work was done at Pohang University of Science and Technology."
    )
    assert "Pohang" in found and found["Pohang"].latitude > 35


@pytest.mark.parametrize(
    "text",
    [
        "The rover found water that could support life on Earth, the team said.",
        "The minister told Dawn that the plan would go ahead.",
        "Published in Nation, March 3rd.",
    ],
)
def test_outlets_and_the_planet_are_not_towns(text):
    assert places(text) == {}


def test_a_town_inside_an_outlets_name_still_counts():
    assert "Kyiv" in places("She told the Kyiv Independent that classes would resume.")


def test_a_spanish_town_is_not_spain():
    # "Spanish Town" is a Jamaican town: the demonym opens a name, not a nationality.
    assert "Spain" not in places("Police in Spanish Town arrested three men.")


# --- Figures ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, text, value, unit",
    [
        # Currencies as Latin American, Asian and African newsrooms print them.
        ("The fine was S/ 2,500 for each breach.", "S/ 2,500", 2500, "soles"),
        ("Fares rose to RD$150 a trip.", "RD$150", 150, "Dominican pesos"),
        ("He repaid ZiG150 000 to the firm.", "ZiG150 000", 150000, "ZiG"),
        ("Bread now costs KZT 450 a loaf.", "KZT 450", 450, "tenge"),
        ("The levy is Nu.50 a night.", "Nu.50", 50, "ngultrum"),
        # Ages written as words after "aged" and "the age of".
        (
            "She began playing at the age of eight, her coach said.",
            "age of eight",
            8,
            "years of age",
        ),
        ("Children aged six were tested.", "aged six", 6, "years of age"),
        # The low end of a range written as a word counts what the high end counts.
        ("Farmers waited between six and nine months to be paid.", "between six", 6, "months"),
        # "said that half of": "that" is a conjunction, not a period ("that half").
        ("He said that half of the crop was lost.", "half", 0.5, "fraction"),
    ],
)
def test_round4_figures(sentence, text, value, unit):
    assert (text, value, unit) in figures(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # Years of an era and a dateline's day are not figures.
        "The city was buried in AD 79 by the eruption.",
        "The temple dates from 300 BC, the guide said.",
        "(ANSA) - ROME, DEC 5 - The museum reopened.",
    ],
)
def test_round4_not_figures(sentence):
    assert figures(sentence) == []


# --- Given names -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        # A given name from Faker's lists opens a person's name with no other cue.
        ("The keeper saved shots from Lucas Zárate and Matías Benítez.", "Matías Benítez"),
        ("The visitors led when Kwame Boateng rose to head in a corner.", "Kwame Boateng"),
    ],
)
def test_a_given_name_makes_a_person(text, name):
    assert name in people(text)


@pytest.mark.parametrize(
    "text",
    [
        # Not after "the", not a big town's name, not an English word of the text,
        # not an Arabic article, not a team.
        "Fans of Rosario Central filled the stands.",
        "The Grace Hospital reopened.",
        "Talks resumed on Monday, according to Al Jazeera.",
        "The Harambee Stars lost at home.",
        "We will see, said the official. Will Power is a race driver's name, and will is a word.",
    ],
)
def test_given_name_look_alikes_are_not_people(text):
    assert people(text) == []


def test_a_pronoun_after_a_person_named_by_a_given_name_is_resolved_and_flagged():
    result = draft("Tom Reyes disagreed with the ruling. “This is wrong,” he said.")
    [quote] = result.quotes
    assert quote.speaker_name == "Tom Reyes" and "pronoun" in (quote.needs_review or "")


@pytest.mark.parametrize(
    "text, name",
    [
        # An age and a trade between the speech verb and the name.
        ("“The water came at night,” recalled 70-year-old fisherman Ahmed Saleh.", "Ahmed Saleh"),
        # A trade opening the sentence is not part of the name.
        ("Fisherman Ahmed Saleh, 70, lost his boat. “We lost everything,” he said.", "Ahmed Saleh"),
    ],
)
def test_ages_and_trades_before_a_speakers_name(text, name):
    assert speakers(text) == [(name, None)]


def test_a_hyphenated_region_however_capitalised():
    # GeoNames writes "Kwazulu-Natal"; newsrooms write "KwaZulu-Natal".
    found = places("Most attacks were in Gauteng and KwaZulu-Natal.")
    assert "KwaZulu-Natal" in found and found["KwaZulu-Natal"].latitude < -27


@pytest.mark.parametrize(
    "text, name, latitude",
    [
        # Names joined by a small word or a possessive.
        ("Police in Dar es Salaam arrested three men.", "Dar es Salaam", -6.8),
        ("The storm hit Cox's Bazar in Bangladesh.", "Cox's Bazar", 21.4),
    ],
)
def test_names_joined_by_small_words(text, name, latitude):
    found = places(text)
    assert name in found and abs(found[name].latitude - latitude) < 0.5
    assert "Dar" not in found


def test_the_adjective_before_town_of_is_not_a_place():
    # "the Andean town of Huancayo": Huancayo is the place, "Andean town" is not.
    found = places("A landslide buried homes in the Andean town of Huancayo.")
    assert "Huancayo" in found and not any("Andean" in name for name in found)


def test_a_surname_that_is_a_city_after_a_given_name():
    assert "Pedro Lima" in people("Ana Costa and Pedro Lima both spoke at the meeting.")


def test_a_one_word_name_with_an_age_beats_a_small_town_of_that_name():
    text = (
        "“I didn't see it coming,” Hernández told reporters. Hernández, 29, joined the "
        "club in June."
    )
    assert speakers(text) == [("Hernández", None)]


@pytest.mark.parametrize(
    "text, organization",
    [
        # Firms named like people: shares in them, trades in their names.
        (
            "Shares in Johnson Matthey fell 4%. “We are disappointed,” Johnson Matthey said.",
            "Johnson Matthey",
        ),
        ("Dangote Cement said profits rose.", "Dangote Cement"),
    ],
)
def test_firms_named_like_people(text, organization):
    result = draft(text)
    assert organization in [o.name for o in result.organizations]
    assert organization not in [p.name for p in result.people]


def test_the_spokesperson_speaks_not_the_firm_she_speaks_for():
    text = "“We welcome the ruling,” said a spokesperson for Morgan Stanley."
    assert speakers(text) == [(None, "a spokesperson for Morgan Stanley")]
    assert people(text) == []


def test_a_person_of_an_airline():
    assert people("Michael Okoth of Kenya Airways said flights resumed.") == ["Michael Okoth"]

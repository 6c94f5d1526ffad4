"""The drafter's round-31 rules (issue 11), found on probes of constructions
newsrooms print everywhere and on the round-31 practice set; one short made-up
sentence each."""

from __future__ import annotations

import pytest

from .drafting import figures, people, places, speakers


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Judge Rakoff said the settlement was unfair.", "Rakoff"),
        ("Lady Justice Carr said the sentence was wrong.", "Carr"),
        ("Lord Justice Singh said the sentence was wrong.", "Singh"),
        ("Justice Chandrachud said the right was fundamental.", "Chandrachud"),
    ],
)
def test_a_judge_goes_by_the_surname_after_the_title(sentence, name):
    assert people(sentence) == [name]


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Oba Akiolu said the palace had not been consulted.", "Akiolu"),
        ("Kgosi Mothibi said the chieftaincy would not interfere.", "Mothibi"),
        ("Inkosi Mzimela said the land belonged to the people.", "Mzimela"),
    ],
)
def test_a_traditional_ruler_goes_by_one_name_after_the_title(sentence, name):
    assert people(sentence) == [name]


def test_a_title_word_before_an_institution_is_no_person():
    assert people("The Justice Ministry said the law would change.") == []


def test_the_judge_title_lets_a_pronoun_name_her():
    found = speakers('Lady Justice Carr dismissed the appeal. "It was lenient," she said.')
    assert found == [("Carr", None)]


def test_the_chief_is_the_one_named_with_a_chiefs_title():
    found = speakers(
        'Kgosi Mothibi said he would not interfere. "This is for the courts," the chief told Mmegi.'
    )
    assert found == [("Mothibi", None)]


@pytest.mark.parametrize("verb", ["shrugged", "laughed", "smiled", "grinned"])
def test_a_gesture_after_a_quote_attributes_it(verb):
    found = speakers(f'"We\'ll see," {verb} veteran midfielder Thiago Alcântara.')
    assert found == [("Thiago Alcântara", None)]


def test_a_repeated_word_is_a_quote_of_its_speaker():
    found = speakers(
        'Mr Okafor said he had lost everything. "Everything," he repeated. "Twenty years."'
    )
    assert found == [("Okafor", None), ("Okafor", None)]


def test_basis_points_are_the_unit_of_a_rate_change():
    assert ("50 basis points", 50, "basis points") in figures(
        "The bank raised its key rate by 50 basis points to 6.75%."
    )


def test_a_surname_inside_an_institutions_name_is_no_town():
    found = places("He studied at Ahmadu Bello University in Zaria.")
    assert "Bello" not in found and "Zaria" in found


@pytest.mark.parametrize(
    "sentence, place",
    [
        ("At Aalborg University Hospital, staff received 40 alerts a day.", "Aalborg"),
        ("Officers from Greater Manchester Police arrested the man.", "Greater Manchester"),
    ],
)
def test_a_place_after_a_sentences_first_word_or_a_qualifier_stays(sentence, place):
    assert place in places(sentence)


@pytest.mark.parametrize("dash", ["–", "—", "-"])
def test_a_dash_between_a_quote_and_its_attribution(dash):
    found = speakers(f'"The decision is final" {dash} said Interior Minister Petr Novák.')
    assert found == [("Petr Novák", None)]


def test_a_law_firm_named_with_attorneys_is_no_person():
    sentence = (
        '"We are disappointed," said Tshepo Mokoena of Mokoena Attorneys, '
        "representing the families."
    )
    assert people(sentence) == ["Tshepo Mokoena"]


def test_sources_at_a_firm_make_it_a_firm():
    assert people("Sources at Goldman Sachs said the bank would cut 200 jobs.") == []


def test_the_statement_speaks_for_who_issued_it_not_who_it_names():
    found = speakers(
        "The police spokeswoman, DSP Folasade Odukoya, said in a statement that five men "
        "were held. The victim, Olaniyi Adebowale, 47, was abducted on October 4, the "
        "statement said. Odukoya said the gang had asked for N50m. The family paid N3m. "
        'He was freed on October 10. "The operatives traced the gang," the statement read.'
    )
    assert found == [("Folasade Odukoya", None)]


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("The alleged leader, one Sunday Adeleke, 34, was arrested.", "Sunday Adeleke"),
        ("Monday Okpebholo, the governor, said he was hopeful.", "Monday Okpebholo"),
    ],
)
def test_a_day_name_opens_a_west_african_name(sentence, name):
    assert people(sentence) == [name]


def test_a_weekday_before_a_papers_word_is_no_name():
    assert people("The Sunday Mail said the minister had resigned.") == []


def test_a_clause_opening_with_despite_is_no_apposition():
    sentence = "The trail will link Oughterard and Maam Cross, despite objections from landowners."
    assert people(sentence) == []


def test_a_label_in_quotation_marks_is_no_quote():
    found = speakers(
        "The deductions for “accommodation and transport” totalled more than $57,000. "
        "Ferris told the men he would put them “on the next plane back to Apia”."
    )
    assert len(found) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "He was woken shortly after 2 a.m. by the noise.",
        "The ferry left at 6 p.m. on Friday.",
        "Santa Cruz beat Sport 2-1 on Sunday afternoon (9) at the Arruda stadium.",
    ],
)
def test_a_clock_time_with_stops_and_a_bracketed_day_are_no_figures(sentence):
    assert [f for f in figures(sentence) if f[0] not in ("2-1",)] == []


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("Exports will take two to three quarters to recover.", ("three quarters", 3, "quarters")),
        ("Growth slowed for three quarters in a row.", ("three quarters", 3, "quarters")),
        (
            "About three quarters of the pupils were infected.",
            ("About three quarters", 0.75, "fraction"),
        ),
    ],
)
def test_quarters_of_a_year_are_counted_and_of_a_whole_are_a_fraction(sentence, figure):
    assert figure in figures(sentence)


def test_a_town_after_another_countrys_demonym_is_the_storys_own():
    found = places(
        "A Hastings labour contractor who housed 17 Samoan fruit pickers has been jailed. "
        "He appeared in the Napier District Court. He ran a firm in Havelock North, Hawke's Bay."
    )
    assert found["Hastings"].country_code == "NZ"


def test_a_small_namesake_abroad_after_a_demonym_stays_out():
    found = places(
        "The Samoan pickers were owed their pay before Christmas. They worked in Havelock "
        "North and Hastings, Hawke's Bay."
    )
    assert "Christmas" not in found


def test_the_before_a_small_towns_name_makes_it_a_river():
    found = places("The wolves crossed the Elbe near Wittenberge, in Brandenburg.")
    # (not the town of Elbe: since round 32 the river itself, from Natural Earth)
    assert ("Elbe" not in found or found["Elbe"].kind == "river") and "Wittenberge" in found


def test_the_before_a_list_of_towns_and_their_noun_keeps_them():
    found = places(
        "The worst losses were in the Barreiro and Venda Nova regions of Belo Horizonte."
    )
    assert "Belo Horizonte" in found and "Barreiro" in found


def test_a_big_citys_name_before_neighbourhood_is_a_part_of_the_storys_city():
    found = places("Fans fought in the Campo Grande neighbourhood of Recife, Brazil.")
    assert "Campo Grande" not in found and "Recife" in found


@pytest.mark.parametrize("state", ["Pernambuco", "Bahia", "Pará"])
def test_a_states_own_name_is_the_state_not_an_old_name_of_its_capital(state):
    found = places(f"Both clubs play in {state}, in Brazil's north-east.")
    assert found[state].kind == "region"


def test_new_york_stays_the_city():
    assert places("She moved to New York in 2019.")["New York"].kind == "city"


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Collector of Jalore Anupama Meena said the losses were heavy.", "Anupama Meena"),
        ("Kagawad Rodel Santos said the road was closed.", "Rodel Santos"),
        ("Voivode Anna Kowalska said the aid would come.", "Anna Kowalska"),
        ("The Wali of Tangier Younes Tazi said the port would reopen.", "Younes Tazi"),
    ],
)
def test_local_offices_are_titles_before_a_name(sentence, name):
    assert people(sentence) == [name]


def test_two_quoted_words_after_a_participle_of_speech_are_a_quote():
    found = speakers('The minister, Lina Haddad, defended the plan, arguing it would "save lives".')
    assert found == [("Lina Haddad", None)]


def test_two_quoted_words_with_no_speech_stay_scare_quotes():
    assert speakers('The plan, critics fear, is a "white elephant".') == []


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("Fuel costs LE15 a litre in Cairo.", ("LE15", 15, "Egyptian pounds")),
        ("The fine was 12,000 zł.", ("12,000 zł", 12000, "zlotys")),
        ("The loan is worth 2.4bn Kč.", ("2.4bn Kč", 2.4e9, "koruny")),
    ],
)
def test_egypts_le_and_central_europes_signs_after_the_digits(sentence, figure):
    assert figure in figures(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        'Her colleague Dr Ben Okoye added: "We need beds."',
        'Her husband Ben Okoye added: "We need beds."',
    ],
)
def test_a_kin_or_peer_noun_then_a_name_without_commas_names_the_speaker(sentence):
    assert speakers(sentence) == [("Ben Okoye", None)]


def test_a_body_described_before_its_name_is_no_speakers_name():
    found = speakers(
        'The anti-corruption group Transparency Serbia said the verdict was "a rare one".'
    )
    assert found[0][0] is None


def test_a_roads_two_ends_joined_by_and_are_towns_not_a_firm():
    found = places("The road between Mzuzu and Karonga was washed away.")
    assert {"Mzuzu", "Karonga"} <= set(found)


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Village head Paijo said 30 homes were damaged.", "Paijo"),
        ("Rice farmer Sukarmi said the water rose fast.", "Sukarmi"),
    ],
)
def test_a_persons_role_before_one_name_that_speaks_is_a_person(sentence, name):
    assert people(sentence) == [name]


def test_a_rival_before_one_name_stays_a_club():
    assert people("Their rival Ajax said the match would go ahead.") == []


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Bandari goalkeeper Said Omar Bakari had to tip the ball over.", "Said Omar Bakari"),
        ("The minister Said Mohamed Ali said the port would reopen.", "Said Mohamed Ali"),
    ],
)
def test_said_inside_a_sentence_before_a_name_is_a_given_name(sentence, name):
    assert people(sentence) == [name]


def test_a_name_taking_a_plural_who_clause_is_a_team():
    found = people("Bandari lead by one point from Gor Mahia, who were held to a draw by Tusker.")
    assert "Gor Mahia" not in found


def test_a_name_in_quotation_marks_after_under_the_name_is_no_quote():
    found = speakers(
        "Oberholtzer is accused of using a forged registration under the name "
        "“Pudding River Farms” to make the sales."
    )
    assert found == []


def test_an_age_group_before_as_is_still_an_age_group():
    found = figures("The ministry will test children under five as a priority.")
    assert ("under five", 5, "years of age") in found


def test_parts_per_million_are_a_unit():
    found = figures("Most had more than 2 parts per million (ppm) of mercury in their hair.")
    assert ("more than 2 parts per million", 2, "parts per million") in found


@pytest.mark.parametrize(
    "text, state, town, latitude",
    [
        ("SALEM, Ore. (AP) — Nuts were stolen near Aurora and Keizer.", "Ore.", "Aurora", 45.2),
        ("SANTA FE, N.M. (AP) — The Senate voted on Tuesday.", "N.M.", "Santa Fe", 35.7),
    ],
)
def test_an_ap_state_after_a_town_is_the_state_and_places_the_storys_towns(
    text, state, town, latitude
):
    found = places(text)
    assert found[state].kind == "region" and found[state].country_code == "US"
    assert found[town].country_code == "US" and abs(found[town].latitude - latitude) < 0.5


def test_a_town_in_a_state_named_by_the_story_is_that_states():
    found = places("Flooding in Oregon closed roads near Dayton and Keizer.")
    assert abs(found["Dayton"].longitude - (-123.08)) < 0.5


def test_a_world_city_keeps_its_name_in_a_story_that_names_a_state():
    found = places("The Texas delegation flew from Houston to Paris on Monday.")
    assert found["Paris"].country_code == "FR"


def test_the_before_another_name_of_a_big_city_is_a_region_not_the_city():
    found = places("The singers came from the Quebrada de Humahuaca and the Puna, by bus.")
    assert "Puna" not in found


def test_the_hague_stays_the_city():
    assert places("The case will be heard in the Hague, the court said.")["Hague"].kind == "city"


# From the round-31 holdout, scored once and so spent.


def test_an_apostrophe_inside_a_name_in_apposition_is_no_quotation_mark():
    found = speakers(
        "Mrs Kessler’s solicitor, Michael O’Donoghue, said she was ‘relieved that it is over’."
    )
    assert found == [("Michael O’Donoghue", None)]


def test_a_director_of_two_portfolios_before_a_name_is_an_office():
    sentence = (
        "Provincial Director of Culture and Tourism Hasan Tahsin Erdoğdu said the church "
        "would reopen."
    )
    assert people(sentence) == ["Hasan Tahsin Erdoğdu"]


def test_the_regional_director_of_a_body_named_after_is_still_a_body():
    found = people(
        '"The herds have nothing to eat," the regional director of Civil Defence, engineer '
        "Walter Apaza Yucra, told Andina."
    )
    assert found == ["Walter Apaza Yucra"]


def test_a_family_firm_et_fils_is_no_person():
    found = people(
        "Hennessey Ross has agreed to buy Shediac lobster processor Pêcheries Cormier et Fils "
        "for $48.5 million. Marc-André Cormier, the chief executive, will stay on."
    )
    assert found == ["Marc-André Cormier"]


def test_the_kalenjin_arap_stays_in_the_name_and_mr_and_the_surname_name_him():
    found = speakers(
        '"Prices are too low," said Mr Kipkemboi arap Rotich, the chairman. Mr Rotich said '
        'farmers sold to brokers. "A broker comes to your gate," he asked.'
    )
    assert found == [("Kipkemboi arap Rotich", None)] * 2


def test_a_description_then_a_trade_then_a_name_and_where_they_work():
    found = speakers(
        '"Nobody would think they have a heart problem," said the study\'s lead author, '
        "cardiologist Tamsin Achterberg from the University of Western Australia."
    )
    assert found == [("Tamsin Achterberg", None)]


def test_a_turkish_dotted_capital_in_a_dateline():
    assert "Nevşehir" in places("NEVŞEHİR, Turkey (AA) - The church reopened.")


def test_a_continent_is_no_town_of_its_name_in_a_country_the_story_names():
    found = places("The firm exports lobster to Asia, and has an office in Manila, Philippines.")
    assert found["Asia"].kind == "continent"

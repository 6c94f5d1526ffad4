"""The drafter's round-29 rules (issue 11), found on dev misses and probes of
constructions newsrooms print everywhere; one short made-up sentence each."""

from __future__ import annotations

import pytest

from newsroom.draft.spellings import loose, one_edit_apart, own_name_variants

from .drafting import figures, people, places, speakers


@pytest.mark.parametrize(
    "sentence, ends",
    [
        ("Landslides closed the Kandy-Badulla road on Sunday.", ("Kandy", "Badulla")),
        ("The Dammam–Khobar trip now takes 35 minutes.", ("Dammam", "Khobar")),
        ("Petrozavodsk-Kostomuksha flights resume in May.", ("Petrozavodsk", "Kostomuksha")),
    ],
)
def test_both_ends_of_a_hyphenated_route_are_places(sentence, ends):
    found = places(sentence)
    assert all(found[end].latitude is not None for end in ends)


@pytest.mark.parametrize(
    "sentence, not_places",
    [
        ("The Russian-Belarusian border was closed.", {"Russian", "Belarusian"}),
        ("The Anglo-Dutch pipeline was shut.", {"Anglo", "Dutch"}),
    ],
)
def test_a_hyphenated_pair_of_words_that_are_not_both_places_is_no_route(sentence, not_places):
    assert not not_places & set(places(sentence))


@pytest.mark.parametrize(
    "sentence, town, latitude",
    [
        ("Tourists flocked to Byron Bay for the holiday.", "Byron Bay", -28.6),
        ("Lobster was stolen from a plant in Glace Bay, N.S., last week.", "Glace Bay", 46.2),
    ],
)
def test_a_town_named_for_its_feature_is_the_town_after_a_place_cue(sentence, town, latitude):
    assert round(places(sentence)[town].latitude, 1) == latitude


def test_a_feature_with_the_before_it_is_still_not_a_town():
    # (since round 30 the Red Sea is placed as a sea, from the drafter's table)
    found = places("Ships crossed the Red Sea on Monday.")
    assert "Red Sea" not in found or found["Red Sea"].kind != "city"


@pytest.mark.parametrize(
    "sentence, town, latitude",
    [
        # GeoNames: "Yur’yevets", "Ak’ordat" (a transliteration's apostrophe dropped)
        ("Floods reached Yuryevets, in Russia, on Friday.", "Yuryevets", 57.3),
        ("Traders in Akordat, Eritrea, closed their shops.", "Akordat", 15.5),
        # GeoNames: "Pobé" (the same letters, another accent)
        ("The masks came from Pobè, in Benin.", "Pobè", 7.0),
    ],
)
def test_a_small_town_is_found_under_its_own_name_spelled_another_way(sentence, town, latitude):
    assert round(places(sentence)[town].latitude, 1) == latitude


def test_an_accented_word_is_not_an_unaccented_town():
    # Confederation is a village in Canada; the union is the Confédération
    assert "Confédération" not in places("The Confédération des syndicats nationaux met.")


@pytest.mark.parametrize(
    "own, alternates, kept",
    [
        ("Lokichokio", ["Lokichoggio", "Lodwar"], ["Lokichoggio"]),
        ("Medvezh’yegorsk", ["Karhumäki", "Medvezhyegorsk"], ["Medvezhyegorsk"]),
        ("Åkirkeby", ["Aakirkeby", "Akirkeby"], ["Aakirkeby", "Akirkeby"]),
        # another name, and the possessive of another place, are not spellings
        ("Saint George", ["Saint George's", "Bermuda"], []),
        ("Tsqaltubo", ["Tskaltubo", "Tskhaltubo"], ["Tskaltubo"]),
    ],
)
def test_only_a_towns_own_name_spelled_another_way_is_kept(own, alternates, kept):
    assert own_name_variants(own, alternates) == kept


def test_loose_keys_ignore_what_transliterations_disagree_on():
    assert loose("Dek’emhāre") == loose("Dekemhare") == loose("dek-emhare")
    assert loose("Lokichoggio") == loose("Lokichogio")


def test_one_edit_apart_is_exactly_one_edit():
    assert one_edit_apart("lokichokio", "lokichogio")
    assert one_edit_apart("tsqaltubo", "tskaltubo")
    assert not one_edit_apart("abc", "abc")
    assert not one_edit_apart("tskhaltubo", "tsqaltubo")


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Herder Erdenebat Batbayar lost half his flock.", "Erdenebat Batbayar"),
        ("Guide Dolma Sherpa reached the summit on Monday.", "Dolma Sherpa"),
        ("Climber Dolma Sherpa reached the summit.", "Dolma Sherpa"),
        ("Mother-of-three Ana Silva was evicted on Monday.", "Ana Silva"),
        ("Father-of-two Tomasz Wójcik was fined.", "Tomasz Wójcik"),
    ],
)
def test_what_a_person_is_written_before_the_name_makes_it_a_persons(sentence, name):
    assert people(sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "The victim, named locally as Tevita Fonua, was 23.",
        "The driver, identified by police as Tevita Fonua, was 23.",
    ],
)
def test_named_locally_as_introduces_a_person(sentence):
    assert people(sentence) == ["Tevita Fonua"]


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("A magnitude 5.8 earthquake hit the region.", ("magnitude 5.8", 5.8, "magnitude")),
        ("The 6.1-magnitude quake struck at night.", ("6.1-magnitude", 6.1, "magnitude")),
    ],
)
def test_a_quakes_magnitude_is_a_figure_on_its_scale(sentence, figure):
    assert figures(sentence) == [figure]


@pytest.mark.parametrize(
    "sentence, first",
    [
        ("Lorries wait for two or three days at the crossing.", ("two", 2, "days")),
        ("The crossing takes six to eight hours.", ("six", 6, "hours")),
        ("Councillors voted seven to two in favour.", ("seven", 7, "votes")),
    ],
)
def test_the_first_end_of_a_range_in_words_is_a_figure_of_the_same_thing(sentence, first):
    assert first in figures(sentence)


@pytest.mark.parametrize(
    "sentence", ["Rents rose from two to three.", "One or two and more.", "One to five were ill."]
)
def test_a_range_of_words_with_nothing_counted_is_no_figure_of_its_own(sentence):
    assert not [f for f in figures(sentence) if f[0].lower() in ("two", "one")]


MAYOR = 'Mayor Peter Hansen opened the market. "It is a good day," Hansen said. '


@pytest.mark.parametrize(
    "sentence",
    [
        'But Ulugbek disagreed. "Nobody has money," he said.',
        'Ulugbek was less sure. "Nobody has money," he said.',
    ],
)
def test_a_pronoun_does_not_reach_past_someone_the_rules_did_not_confirm(sentence):
    # the one-word name has no cue, but it is the subject of the sentence between
    assert speakers(MAYOR + sentence)[1][0] is None


@pytest.mark.parametrize(
    "sentence",
    ['Ulugbek was less sure.\n"Nobody has money."', 'Ulugbek disagreed. "Nobody has money."'],
)
def test_an_unattributed_quote_does_not_go_to_a_speaker_before_someone_unconfirmed(sentence):
    assert speakers(MAYOR + sentence)[1][0] is None


def test_a_conjunction_opening_the_lead_in_is_not_part_of_the_speakers_name():
    # (once "But" is gone, one word with no cue is not confirmed as a person)
    name, description = speakers(MAYOR + 'But Ulugbek disagreed: "Nobody has money."')[1]
    assert name is None and description == "Ulugbek"


@pytest.mark.parametrize(
    "sentence",
    [
        'Brazil won the game. "Nobody has money," he said.',
        'Nobody disagreed. "Nobody has money," he said.',
        'Zoubi was less sure. "Nobody has money," he said.',
    ],
)
def test_a_place_a_pronoun_or_a_name_already_found_does_not_stop_the_pronoun(sentence):
    text = MAYOR.replace("Peter Hansen", "Peter Zoubi").replace("Hansen said", "Zoubi said")
    assert speakers(text + sentence)[1][0] == "Peter Zoubi"


def test_a_persons_role_in_apposition_makes_a_one_word_name_a_persons():
    text = MAYOR + 'A herder, Batjargal, disagreed. "Nobody has money," he said.'
    assert speakers(text)[1][0] == "Batjargal"


def test_a_role_a_firm_can_hold_in_apposition_does_not_make_a_person():
    assert "Shell" not in people("Its partner, Shell, will build the plant.")


@pytest.mark.parametrize(
    "sentence, town",
    [
        ("The ferry left Lamu for Mombasa at dawn.", "Lamu"),
        ("The convoy passed through Voi on Monday.", "Voi"),
        ("The boat was bound for Kilwa when it sank.", "Kilwa"),
    ],
)
def test_the_ends_and_stops_of_a_journey_are_place_cues(sentence, town):
    assert places(sentence)[town].latitude is not None


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("The new line is 2,5 km long.", ("2,5 km", 2.5, "km")),
        ("The quake was felt 12,5 km away.", ("12,5 km", 12.5, "km")),
    ],
)
def test_a_decimal_comma_before_a_measure_is_a_decimal(sentence, figure):
    assert figures(sentence) == [figure]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Jorge Chávez airport reopened.",
        "The Dolores Ibárruri school was renamed.",
        "The Josephine Baker exhibition opened on Friday.",
    ],
)
def test_a_name_after_a_sentences_the_names_a_thing_not_a_person(sentence):
    assert people(sentence) == []


def test_a_title_after_a_sentences_the_keeps_the_person():
    assert people("The Reverend Samuel Otieno led the service.") == ["Samuel Otieno"]


# From the round-29 holdout, scored once and so spent.


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Minority Floor Leader Joel Gabuya Sr. said the plan was late.", "Joel Gabuya Sr."),
        (
            'Mayor Rodolfo "Dodong" Abellanosa Jr. said the loan was needed.',
            "Rodolfo Abellanosa Jr.",
        ),
        ("The Minister for Local Authorities, Catherine Delvaux, spoke.", "Catherine Delvaux"),
    ],
)
def test_a_floor_leader_a_junior_with_a_nickname_and_local_authorities(sentence, name):
    assert people(sentence) == [name]


def test_advised_attributes_a_quote():
    text = '"Drink plenty of water," a PMD official in Karachi advised.'
    assert speakers(text) == [(None, "a PMD official in Karachi")]


def test_top_before_an_amount_is_the_verb_not_a_ranking():
    assert figures("Trips top 1 million in nine months.")[0] == ("1 million", 1_000_000, "count")


@pytest.mark.parametrize(
    "sentence", ["He was born in Mariana in 1762.", "The chapel has stood since 1748."]
)
def test_an_older_year_after_in_or_since_is_no_count(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize(
    "sentence, saint",
    [
        (
            "He painted the Church of São Francisco de Assis in Ouro Preto.",
            "São Francisco de Assis",
        ),
        ("Restorers at the Matriz Nossa Senhora de Nazaré found it.", "Nossa Senhora de Nazaré"),
    ],
)
def test_a_churchs_saint_is_not_the_town_of_that_name(sentence, saint):
    assert saint not in places(sentence)


def test_a_town_named_for_a_saint_is_still_a_town():
    assert places("Police in Santa Cruz arrested two men.")["Santa Cruz"].latitude is not None


@pytest.mark.parametrize(
    "sentence, figure",
    [
        (
            "He made two saves in the last quarter of an hour.",
            ("quarter of an hour", 0.25, "hours"),
        ),
        ("It took three quarters of an hour.", ("three quarters of an hour", 0.75, "hours")),
        (
            "They tested children under the age of ten in 12 villages.",
            ("under the age of ten", 10, "years of age"),
        ),
    ],
)
def test_a_quarter_of_an_hour_and_an_age_written_out(sentence, figure):
    assert figure in figures(sentence)


def test_an_age_written_out_is_no_proportion_with_the_count_after_it():
    found = figures("They tested children under the age of ten in 12 villages.")
    assert ("12 villages", 12, "villages") in found


def test_a_pronoun_goes_to_the_subject_in_apposition_not_the_name_in_what_he_said():
    text = (
        "The agency's superintendent, Marcos Guimarães, said an attribution to Manuel "
        "Ataíde himself would need more study.\n"
        "“It is too early. Ataíde had assistants,” he said."
    )
    assert speakers(text) == [("Marcos Guimarães", None)]


def test_a_couple_sharing_a_surname_are_two_people():
    text = (
        "The firm was founded in 1994 by Grant and Heather McCaw.\n"
        "Mr McCaw, 71, said they had no children. “We wanted a buyer,” he said."
    )
    assert sorted(people(text)) == ["Grant McCaw", "Heather McCaw"]
    assert speakers(text)[0][0] == "Grant McCaw"


@pytest.mark.parametrize(
    "sentence",
    [
        "It was founded by Pierre Meyer and Romain Lentz in 2004.",
        "Clinics will open in Saint-Pierre and Le Tampon.",
    ],
)
def test_names_after_a_capitalised_word_or_a_hyphen_are_no_couple(sentence):
    assert not [name for name in people(sentence) if name in ("Meyer Lentz", "Pierre Tampon")]

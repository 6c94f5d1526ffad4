"""The drafter's round-24 rules (issue 11), found on the spent round-23 holdout
and on probes of constructions newsrooms print everywhere; one short made-up
sentence each."""

from __future__ import annotations

import pytest

from .drafting import figures, people, places, speakers


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            'Festival back\nAbbé Jean-Luc Sarr, the parish priest, opened the fair. "It is good '
            'to see the drums again," he said.',
            "Jean-Luc Sarr",
        ),
        (
            'Asthma study\nLike most islanders, Islander Maria Repetto, 52, has the cough. "It '
            'is part of life here," she said.',
            "Maria Repetto",
        ),
        (
            'Hockey final\nGoaltender Mason Petit made 31 saves. "We held on," Petit said.',
            "Mason Petit",
        ),
    ],
)
def test_a_descriptor_before_a_full_name_is_no_part_of_it(text, speaker):
    assert speakers(text) == [(speaker, None)]
    assert people(text) == [speaker]


@pytest.mark.parametrize("name", ["Rose Mary Ellis", "Nasser Al Hajri"])
def test_a_given_name_or_a_word_never_printed_in_lower_case_stays_in_the_name(name):
    text = f'Award\n{name} won the prize. "I am proud," said {name}. The rose garden won too.'
    assert speakers(text) == [(name, None)]


def test_a_capitalised_particle_stays_in_the_name_a_quote_gives():
    text = (
        'Shoemaker sold\n"Thirty jobs are thirty families," said Griet Van den Broeck, '
        "the union delegate."
    )
    assert speakers(text) == [("Griet Van den Broeck", None)]


def test_a_surname_opening_with_lower_case_particles_is_the_speaker():
    text = (
        'Shoemaker sold\n"We will fight," said Piet van der Berg, a union man. "It is '
        'hard," van der Berg said.'
    )
    assert speakers(text) == [("Piet van der Berg", None), ("Piet van der Berg", None)]


def test_a_given_name_with_particles_names_a_person():
    text = "Shoemaker sold\nAnna De la Cruz agreed on Monday. Piet Van der Berg did not."
    assert people(text) == ["Anna De la Cruz", "Piet Van der Berg"]


def test_a_place_after_a_particle_is_no_persons_surname():
    text = "Race\nThe climb of the Alto de Las Palmas decided the stage."
    assert people(text) == []


def test_maria_abbreviated_after_a_title_does_not_end_the_sentence():
    text = (
        'Cable theft\n"Every metre they cut, our consumers pay for," said Engr. Ma. Theresa '
        "Ocampo, the cooperative's spokesperson."
    )
    assert speakers(text) == [("Ma. Theresa Ocampo", None)]


def test_a_surname_ma_after_a_title_still_ends_the_sentence():
    text = 'Founder leaves\n"Go," said Jack Ma. Then he left. "Go on," said Mr. Ma. Then he left.'
    assert speakers(text) == [("Jack Ma", None), ("Jack Ma", None)]


@pytest.mark.parametrize("role", ["secretary general", "inspector general"])
def test_a_role_with_general_after_it_goes_before_the_speakers_name(role):
    text = f'Strike\n"We cannot live on this," said Unison {role} Ana Ruiz Gil at a rally.'
    assert speakers(text) == [("Ana Ruiz Gil", None)]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Port\nThe port handled 2.3 mln tonnes of cargo.", 2.3e6),
        ("Port\nPassenger trips rose to 1.6 mln this year.", 1.6e6),
        ("Port\nThe fund reached 3 bln yuan.", 3e9),
        ("Port\nA 5.2-billion-yuan bridge opened.", 5.2e9),
        ("Port\nIt was a 40-million-dollar deal.", 4e7),
    ],
)
def test_agency_scale_abbreviations_and_hyphenated_scales_multiply(text, value):
    assert [v for _, v, _ in figures(text)] == [value]


def test_the_agency_a_dateline_credits_is_no_town():
    text = "Port\nHAIKOU, March 3 (Xinhua) -- Passenger trips rose by a fifth, Xinhua reported."
    assert "Xinhua" not in places(text)
    assert "Haikou" in places(text)


# From the round-24 holdout, scored once and so spent.


def test_a_relative_known_by_whose_they_are_after_them_is_the_unnamed_speaker():
    text = (
        "Balcony case\nHotelier Nikos Manousakis, 61, was convicted on Monday.\nThe father "
        "of the woman from Leeds, who asked not to be named, said his daughter still could "
        "not walk. “She was 22,” he said."
    )
    assert speakers(text) == [(None, "The father of the woman from Leeds")]


def test_a_russian_name_opens_one_word_before_its_patronymic_after_a_portfolio():
    text = (
        "Ice crossing\n“The ice has thinned,” said Deputy Minister of Road Facilities Nyurgun "
        "Vasilyevich Sivtsev."
    )
    assert speakers(text) == [("Nyurgun Vasilyevich Sivtsev", None)]


def test_an_age_before_a_surname_first_name_is_no_part_of_it():
    text = "Jeju win\nNineteen-year-old Boo Jae-hyun headed in. “I closed my eyes,” Boo said."
    assert speakers(text) == [("Boo Jae-hyun", None)]


def test_a_plural_thing_before_said_is_never_the_he_of_a_quote():
    text = (
        "Floods\nRescue teams were using excavators and their bare hands, but heavy equipment "
        "could not reach some areas, said district head Rizal Pakaya. “We are sending food by "
        "motorbike,” he said through an interpreter."
    )
    assert speakers(text) == [("Rizal Pakaya", None)]


def test_god_is_no_town():
    text = "Court case\n“We put our trust in God,” said a lawyer in Heraklion."
    assert places(text).keys() == {"Heraklion"}

"""The drafter's round-19 rules (issue 11), found on the spent round-18 holdout;
one short made-up sentence each."""

from __future__ import annotations

import pytest

from .drafting import figures, people, places, speakers


def test_a_name_inside_the_reported_clause_is_not_the_speaker_of_a_partial_quote():
    text = "Manager Omar Briceño said he had given Marcano “the green light” before the pitch."
    assert speakers(text) == [("Omar Briceño", None)]


def test_a_role_word_before_a_name_after_said_still_names_the_speaker():
    assert speakers("“We lost,” said the veteran striker Ana Ruiz.") == [("Ana Ruiz", None)]


COURT = (
    "Darren Mahy, 52, admitted 11 counts of fraud.\n"
    "Crown Advocate Fiona Le Prevost said Mahy had asked for deposits of up to half "
    "the price.\n"
)


def test_a_pronoun_after_x_said_y_is_the_one_who_said_it():
    text = COURT + "‘Some of these victims had saved for years,’ she said."
    assert speakers(text) == [("Fiona Le Prevost", None)]


def test_with_an_apposition_before_the_verb_too():
    text = (
        "Darren Mahy, 52, admitted 11 counts of fraud.\n"
        "Lieutenant Bailiff Helen Tostevin, sitting with seven jurats, said the court had "
        "given Mahy credit for his pleas.\n"
        "‘The defendant chose his clients because they trusted him,’ she said."
    )
    assert speakers(text) == [("Helen Tostevin", None)]


def test_the_subject_rule_needs_the_others_named_only_after_the_verb():
    # both named before the verb: still ambiguous
    text = (
        "Darren Mahy and Fiona Le Prevost met on Monday and she said the deal was off.\n"
        "‘We are done,’ she said."
    )
    assert speakers(text)[0][0] is None


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "The deputy from the Lebap velayat Myratgeldi Hojanepesov spoke about the "
            "hospital.\n“The residents are grateful,” he said.",
            "Myratgeldi Hojanepesov",
        ),
        (
            "Speaking at the meeting, the chairwoman of the Mejlis Committee on Economic "
            "Issues Ogulbibi Nuryagdyyeva noted that the budget was balanced.",
            "Ogulbibi Nuryagdyyeva",
        ),
    ],
)
def test_a_name_after_a_long_title_is_found_by_its_surname_ending(text, name):
    assert name in people(text)


def test_a_patronymic_keeps_the_given_name():
    text = "Foreign Minister Sergei Viktorovich Lavrov said talks would continue."
    assert people(text) == ["Sergei Viktorovich Lavrov"]


@pytest.mark.parametrize(
    "text",
    [
        'The deputies adopted the Law of Turkmenistan "On the State Budget of Turkmenistan '
        'for 2026" and other acts.',
        'They also amended the Law "On pension provision", the minister said.',
    ],
)
def test_a_laws_title_in_quotation_marks_is_no_quote(text):
    assert speakers(text) == []


@pytest.mark.parametrize(
    "text, not_a_place",
    [
        ("Police seized 86,000 roubles and 3,200 US dollars in Tiraspol.", "United States"),
        (
            "JAMESTOWN, St Helena — Water from the Harper's reservoirs and Rupert's Valley "
            "ran short.",
            "Harper",
        ),
        ("JAMESTOWN, St Helena — Water from Rupert's Valley ran short.", "Rupert"),
    ],
)
def test_a_currency_or_a_feature_named_after_someone_is_not_a_place(text, not_a_place):
    assert not_a_place not in places(text)


def test_the_country_itself_is_still_a_place():
    assert "United States" in places("The US and Canada signed the deal.")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Nearly one adult in five was poisoned.", ("Nearly one adult in five", 0.2)),
        ("One child in three is anaemic.", ("One child in three", 1 / 3)),
        ("Every fourth manat goes to schools.", ("Every fourth", 0.25)),
    ],
)
def test_a_proportion_with_its_noun_inside_and_every_nth(text, expected):
    assert [(t, round(v, 6)) for t, v, _ in figures(text)] == [(expected[0], round(expected[1], 6))]


def test_one_child_in_a_place_is_still_one_child():
    assert figures("One child in the village died.") == [("One child", 1.0, "childs")]

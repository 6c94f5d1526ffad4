"""The drafter's round-8 rules (issue 11), found on the spent round-7 holdout; one
short made-up sentence each."""

from __future__ import annotations

import pytest

from .drafting import figures, people, places, speakers


@pytest.mark.parametrize(
    "text, name",
    [
        # Traditional leaders and members of the Knesset: the title is not the name.
        ("Kgosi Mpho Sebele of Gumare spoke. “Our cattle are our life,” he said.", "Mpho Sebele"),
        (
            "The committee's chairman, MK Yossi Peretz, said it would meet. “We will act,” "
            "he said.",
            "Yossi Peretz",
        ),
        # Two verbs joined by "but": the speaker is the subject of the first.
        (
            "Home coach Luka Babić praised the teenager but said his side had been “lucky in "
            "the first half”.",
            "Luka Babić",
        ),
    ],
)
def test_round8_speakers(text, name):
    assert speakers(text)[-1] == (name, None)


def test_a_surnames_initial_keeps_its_full_stop():
    assert "Mateo R." in people("Police identified the leader as Mateo R., alias Chino.")


@pytest.mark.parametrize(
    "text",
    [
        # A film and a founders' firm described as such are not people.
        "The opening film, Adama Nights, by a young director, was shot in Podor.",
        "Van Hecke, the family-owned biscuit maker from Kortrijk, agreed the deal.",
    ],
)
def test_things_described_as_things(text):
    assert people(text) == []


@pytest.mark.parametrize(
    "sentence, text, value, unit",
    [
        ("Families with three or more children get more.", "three or more children", 3, "children"),
        ("The train will run four times a week.", "four times a week", 4, "times a week"),
        ("A family of five shares one room.", "family of five", 5, "people"),
        ("The water rose one metre in an hour.", "one metre", 1, "metres"),
    ],
)
def test_round8_figures(sentence, text, value, unit):
    assert (text, value, unit) in figures(sentence)


def test_a_clock_time_in_words_is_not_a_figure():
    assert figures("The meeting started at four o'clock.") == []


def test_a_church_named_after_a_parish_is_not_the_parish():
    assert "St James Parish" not in places("They met in St James Parish Church in Holetown.")


def test_a_registry_alias_opening_with_a_mark_does_not_break_the_index():
    # Tongan and Hawaiian names open with an ʻokina ("ʻEua Island"); the alias index
    # keys aliases on their first word and must not fail on one that opens otherwise.
    from newsroom.spans import AliasIndex, AliasTarget

    index = AliasIndex(
        [AliasTarget("location", "eua", "ʻEua Island"), AliasTarget("location", "x", "Tonga")]
    )
    assert [m.entity_id for m in index.find("Ferries to Tonga were cancelled.")] == ["x"]

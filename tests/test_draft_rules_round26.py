"""The drafter's round-26 rules (issue 11), found on the spent round-25 holdout
(moved to dev) and on probes of constructions newsrooms print everywhere; one
short made-up sentence each."""

from __future__ import annotations

import pytest

from .drafting import speakers


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Salt\nRavi Kumar, secretary of the union, said the union had asked the owners for "
            '"shade and water".',
            "Ravi Kumar",
        ),
        (
            "Quilts\nCurator Ana Reyes said the quilts told the island's story 'in thread'.",
            "Ana Reyes",
        ),
        (
            "Floods\nJoseph Mbala said through an interpreter that residents had warned of cracks "
            '"for months".',
            "Joseph Mbala",
        ),
    ],
)
def test_a_description_opening_what_was_said_is_not_the_speaker(text, name):
    assert speakers(text) == [(name, None)]


def test_a_name_opening_what_was_said_keeps_its_own_verb():
    text = (
        "Fraud\nProsecutor Fiona Hale said Darren Price had asked for deposits, promising to "
        "start ‘within ten days’."
    )
    assert speakers(text) == [("Darren Price", None)]


def test_a_firm_then_two_roles_joined_by_and_then_the_name_speaks():
    text = (
        'Deal\n"Our customers already shop at both," Boisvert Caron president and chief '
        "executive Jean-Sébastien Boisvert told analysts."
    )
    assert speakers(text) == [("Jean-Sébastien Boisvert", None)]

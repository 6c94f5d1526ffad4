"""The drafter's round-23 rules (issue 11), found on the spent round-22 holdout
and on probes of constructions newsrooms print everywhere; one short made-up
sentence each."""

from __future__ import annotations

import pytest

from .drafting import places


def test_a_regions_own_government_after_its_possessive_names_the_region():
    text = "Housing plan\nYukon's housing minister said the plan would help small towns."
    assert places(text)["Yukon"].country_code == "CA"


@pytest.mark.parametrize("town", ["Vulcănești", "Vulcăneşti"])
def test_a_romanian_town_is_found_with_either_comma_or_cedilla(town):
    text = f"Farm news\nFarmers in the south of the autonomy, around {town}, lost their wheat."
    assert places(text)[town].latitude == pytest.approx(45.68, abs=0.05)

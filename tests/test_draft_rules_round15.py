"""The drafter's round-15 rules (issue 11), found on the spent round-14 holdout;
one short made-up sentence each."""

from __future__ import annotations

import pytest

from .drafting import draft


def figures(text: str) -> list[tuple[str, float, str]]:
    return [(f.text, f.value, f.unit) for f in draft(text).figures]


@pytest.mark.parametrize(
    "text, figure, value",
    [
        ("Premiums of up to CHF 65'000 are covered.", "up to CHF 65'000", 65_000),
        ("About 9’400 people signed.", "About 9’400 people", 9_400),
        ("The plant costs MOP320 million.", "MOP320 million", 320_000_000),
        ("Wages are MOP3,500 a month.", "MOP3,500", 3_500),
    ],
)
def test_apostrophes_between_thousands_and_macau_patacas(text, figure, value):
    assert (figure, value) in [(f, v) for f, v, _ in figures(text)]


def test_a_rate_keeps_its_denominator():
    text = "The rate was 1,367 per 100,000, three times the 480 per 100,000 expected."
    found = figures(text)
    assert ("480 per 100,000", 480, "per 100,000") in found
    assert all(value != 100_000 for _, value, _ in found)

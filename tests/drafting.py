"""Short-hands for the drafter's rule tests: each drafts one made-up sentence."""

from __future__ import annotations

from newsroom.draft import draft_article


def draft(text: str):
    """The draft of ``text`` under a headline (the first line is the title)."""
    return draft_article("Headline\n" + text)


def speakers(text: str) -> list[tuple[str | None, str | None]]:
    """(speaker name, speaker description) per quote."""
    return [(q.speaker_name, q.speaker_description) for q in draft(text).quotes]


def people(text: str) -> list[str]:
    return [p.name for p in draft(text).people]


def places(text: str) -> dict:
    """Places with coordinates and those to locate, by name."""
    result = draft(text)
    return {loc.name: loc for loc in [*result.locations, *result.unlocated]}


def figures(text: str) -> list[tuple[str, float, str]]:
    return [(f.text, f.value, f.unit) for f in draft(text).figures]

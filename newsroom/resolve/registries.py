"""The registries (people, organizations, locations): checks across entries and
files, the alias index every article is matched against, and their rows."""

from __future__ import annotations

import json
from pathlib import Path

from ..corpus import Registries
from ..problems import ProblemList
from ..spans import AliasIndex, AliasTarget
from .common import RegistryIndex, reference_problem

REGISTRIES = ("people", "organizations", "locations")
# Registry fields that name an entry of another registry (or their own):
# (registry, field, registry it names, kind of entry).
CROSS_REFERENCES = (
    ("people", "affiliation", "organizations", "organization"),
    ("organizations", "country", "locations", "location"),
    ("locations", "country", "locations", "location"),
)
KIND_OF = {"people": "person", "organizations": "organization", "locations": "location"}


def _source(registries: Registries, attribute: str) -> tuple[Path, str]:
    return registries.sources.get(attribute, (Path(f"{attribute}.yml"), ""))


def _in_file(registries: Registries, attribute: str, found: ProblemList) -> ProblemList:
    """``found``, with line numbers looked up in the registry file's YAML."""
    found.attach_yaml(_source(registries, attribute)[1], 1)
    return found


def duplicate_ids(registries: Registries) -> tuple[dict[str, set[str]], ProblemList]:
    """Every registry's ids (plus ids of entries that failed validation, so
    they are not reported again as unknown), and ids used twice in one file."""
    problems, ids = ProblemList(), {}
    for attribute in REGISTRIES:
        path, _ = _source(registries, attribute)
        found, seen = ProblemList(), set()
        for index, record in enumerate(getattr(registries, attribute)):
            if record.id in seen:
                found.add(
                    path,
                    (index, "id"),
                    f"the id {record.id!r} is used twice in this file",
                    "give each entry its own id, or merge the two entries",
                )
            seen.add(record.id)
        ids[attribute] = seen | registries.invalid_ids
        problems.extend(_in_file(registries, attribute, found))
    return ids, problems


def cross_reference_problems(registries: Registries, ids: dict[str, set[str]]) -> ProblemList:
    problems = ProblemList()
    for attribute, field_name, target, kind in CROSS_REFERENCES:
        if target in registries.unreadable:
            continue  # reported once, as the unreadable file itself
        path, _ = _source(registries, attribute)
        found = ProblemList()
        for index, record in enumerate(getattr(registries, attribute)):
            value = getattr(record, field_name)
            if value and value not in ids[target]:
                reference_problem(
                    found, path, (index, field_name), kind, value, ids[target], f"{target}.yml"
                )
        problems.extend(_in_file(registries, attribute, found))
    return problems


def coordinate_problems(registries: Registries) -> ProblemList:
    """Coordinates come in pairs, and from outside the articles: with a source
    and a precision."""
    path, _ = _source(registries, "locations")
    found = ProblemList()
    for index, location in enumerate(registries.locations):
        has_latitude, has_longitude = location.latitude is not None, location.longitude is not None
        if has_latitude != has_longitude:
            missing = "longitude" if has_latitude else "latitude"
            found.add(
                path,
                (index, missing),
                f"{missing} is missing while the other coordinate is given",
                "give both latitude and longitude, or neither",
            )
        if has_latitude and has_longitude:
            for required in ("coordinates_source", "precision"):
                if getattr(location, required) is None:
                    found.add(
                        path,
                        (index, required),
                        f"coordinates are given without {required}",
                        "coordinates come from outside the articles: say where from "
                        "(coordinates_source) and how exact they are (precision: exact, "
                        "approximate or centroid)",
                    )
    return _in_file(registries, "locations", found)


def alias_targets(registries: Registries) -> tuple[list[AliasTarget], ProblemList]:
    """One target per alias; an alias claimed by two entities is a problem,
    and only its first owner keeps it."""
    targets, owner_of, problems = [], {}, ProblemList()
    for attribute in REGISTRIES:
        kind, path = KIND_OF[attribute], _source(registries, attribute)[0]
        found = ProblemList()
        for index, record in enumerate(getattr(registries, attribute)):
            for alias_index, alias in enumerate(record.aliases):
                owner = owner_of.get(alias)
                if owner is not None and owner != (kind, record.id):
                    found.add(
                        path,
                        (index, "aliases", alias_index),
                        f"the alias {alias!r} also belongs to {owner[0]} {owner[1]!r}",
                        "an alias must name one entity only; use a longer form "
                        "(e.g. the full name) for one of them",
                    )
                    continue
                if owner is None:
                    owner_of[alias] = (kind, record.id)
                    targets.append(AliasTarget(kind, record.id, alias))
        problems.extend(_in_file(registries, attribute, found))
    return targets, problems


def registry_rows(registries: Registries) -> dict[str, list[dict]]:
    def aliases(record) -> str:
        return json.dumps(record.aliases, ensure_ascii=False)

    return {
        "people": [
            {
                "id": p.id,
                "name": p.name,
                "role": p.role,
                "role_basis": p.role_basis,
                "affiliation_id": p.affiliation,
                "aliases": aliases(p),
                "source_note": p.source_note,
                "notes": p.notes,
            }
            for p in registries.people
        ],
        "organizations": [
            {
                "id": o.id,
                "name": o.name,
                "kind": o.kind,
                "country_id": o.country,
                "aliases": aliases(o),
                "description": o.description,
                "source_note": o.source_note,
                "notes": o.notes,
            }
            for o in registries.organizations
        ],
        "locations": [
            {
                "id": place.id,
                "name": place.name,
                "kind": place.kind,
                "country_id": place.country,
                "latitude": place.latitude,
                "longitude": place.longitude,
                "precision": place.precision,
                "coordinates_source": place.coordinates_source,
                "aliases": aliases(place),
                "notes": place.notes,
                "popup": location_popup(place),
            }
            for place in registries.locations
        ],
    }


def location_popup(location) -> str | None:
    """The map popup datasette-cluster-map shows: it escapes title and
    description itself; the link is built from a validated slug only."""
    if location.latitude is None:
        return None
    description = location.kind + (
        f" ({location.precision} position)" if location.precision else ""
    )
    return json.dumps(
        {
            "title": location.name,
            "description": description,
            "link": f"/corpus/locations/{location.id}",
        },
        ensure_ascii=False,
    )


def resolve_registries(
    registries: Registries,
) -> tuple[RegistryIndex, dict[str, list[dict]], ProblemList]:
    """The index articles are checked against, the registries' rows, and every
    problem across entries and files."""
    problems = ProblemList()
    ids, found = duplicate_ids(registries)
    problems.extend(found)
    problems.extend(cross_reference_problems(registries, ids))
    problems.extend(coordinate_problems(registries))
    targets, found = alias_targets(registries)
    problems.extend(found)
    index = RegistryIndex(
        people={
            **dict.fromkeys(registries.invalid_ids, None),
            **{p.id: p.name for p in registries.people},
        },
        organizations=ids["organizations"],
        locations=ids["locations"],
        aliases=AliasIndex(targets),
        role_bases={p.id: p.role_basis for p in registries.people if p.role_basis},
        unreadable=frozenset(registries.unreadable),
    )
    return index, registry_rows(registries), problems

"""Cross-checks and spans: from validated models to the rows the database holds.

Everything that needs more than one field or file is checked here: references
between files, duplicate ids, alias clashes, and that every annotated text
stands verbatim in its article body. Each function returns rows and problems;
none touches the database.
"""

from __future__ import annotations

import difflib
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from .corpus import ParsedArticle, Registries
from .problems import FieldPath, ProblemList
from .spans import AliasIndex, AliasTarget, SpanError, locate

MENTION_TABLES = {
    "person": ("person_mentions", "person_id"),
    "organization": ("organization_mentions", "organization_id"),
    "location": ("location_mentions", "location_id"),
}


def stable_id(prefix: str, *parts: object) -> str:
    """A short id derived from content, identical on every rebuild."""
    digest = hashlib.sha1("\x1f".join(str(part) for part in parts).encode("utf-8")).hexdigest()
    return f"{prefix}-{digest[:12]}"


@dataclass
class RegistryIndex:
    people: dict[str, str]  # id -> name
    organizations: set[str]
    locations: set[str]
    aliases: AliasIndex
    # Person id -> role_basis, to be found in an article that mentions the person.
    role_bases: dict[str, str]
    # "people", "organizations", "locations" that could not be read at all.
    unreadable: frozenset[str] = frozenset()

    def unknown(self, registry: str, value: str | None) -> bool:
        """Is ``value`` a reference to an entry that does not exist? Never said
        of an unreadable registry: its own problem is reported instead."""
        return (
            value is not None
            and registry not in self.unreadable
            and value not in getattr(self, registry)
        )


@dataclass
class ArticleRows:
    article: dict
    tables: dict[str, list[dict]] = field(default_factory=dict)
    # People whose role_basis this article's body contains.
    roles_confirmed: set[str] = field(default_factory=set)


def _reference_problem(
    problems: ProblemList,
    file: Path,
    path: FieldPath,
    kind: str,
    value: str,
    known: set[str],
    registry_file: str,
) -> None:
    close = difflib.get_close_matches(value, sorted(known), n=1)
    hint = (
        f"did you mean {close[0]!r}? " if close else ""
    ) + f"use an id from {registry_file} in the corpus, or add the {kind} there"
    problems.add(file, path, f"unknown {kind} {value!r}", hint)


def resolve_registries(
    registries: Registries,
) -> tuple[RegistryIndex, dict[str, list[dict]], ProblemList]:
    problems = ProblemList()
    ids: dict[str, set[str]] = {}
    for attribute in ("people", "organizations", "locations"):
        path, text = registries.sources.get(attribute, (Path(attribute), ""))
        found = ProblemList()
        seen: set[str] = set()
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
        found.attach_yaml(text, 1)
        problems.extend(found)

    people_path, people_text = registries.sources.get("people", (Path("people.yml"), ""))
    orgs_path, orgs_text = registries.sources.get("organizations", (Path("organizations.yml"), ""))
    places_path, places_text = registries.sources.get("locations", (Path("locations.yml"), ""))

    # Registry fields that name an entry of another registry (or their own).
    cross_references = (
        ("people", "affiliation", "organizations", "organization"),
        ("organizations", "country", "locations", "location"),
        ("locations", "country", "locations", "location"),
    )
    for attribute, field_name, target, kind in cross_references:
        if target in registries.unreadable:
            continue  # reported once, as the unreadable file itself
        path, text = registries.sources.get(attribute, (Path(f"{attribute}.yml"), ""))
        found = ProblemList()
        for index, record in enumerate(getattr(registries, attribute)):
            value = getattr(record, field_name)
            if value and value not in ids[target]:
                _reference_problem(
                    found, path, (index, field_name), kind, value, ids[target], f"{target}.yml"
                )
        found.attach_yaml(text, 1)
        problems.extend(found)

    found = ProblemList()
    for index, location in enumerate(registries.locations):
        has_latitude, has_longitude = location.latitude is not None, location.longitude is not None
        if has_latitude != has_longitude:
            missing = "longitude" if has_latitude else "latitude"
            found.add(
                places_path,
                (index, missing),
                f"{missing} is missing while the other coordinate is given",
                "give both latitude and longitude, or neither",
            )
        if has_latitude and has_longitude:
            for required in ("coordinates_source", "precision"):
                if getattr(location, required) is None:
                    found.add(
                        places_path,
                        (index, required),
                        f"coordinates are given without {required}",
                        "coordinates come from outside the articles: say where from (coordinates_source) "
                        "and how exact they are (precision: exact, approximate or centroid)",
                    )
    found.attach_yaml(places_text, 1)
    problems.extend(found)

    targets, alias_owner, alias_problems = [], {}, ProblemList()
    for kind, attribute, (path, text) in (
        ("person", "people", (people_path, people_text)),
        ("organization", "organizations", (orgs_path, orgs_text)),
        ("location", "locations", (places_path, places_text)),
    ):
        found = ProblemList()
        for index, record in enumerate(getattr(registries, attribute)):
            for alias_index, alias in enumerate(record.aliases):
                owner = alias_owner.get(alias)
                if owner is not None and owner != (kind, record.id):
                    found.add(
                        path,
                        (index, "aliases", alias_index),
                        f"the alias {alias!r} also belongs to {owner[0]} {owner[1]!r}",
                        "an alias must name one entity only; use a longer form (e.g. the full name) for one of them",
                    )
                    continue
                if owner is None:
                    alias_owner[alias] = (kind, record.id)
                    targets.append(AliasTarget(kind, record.id, alias))
        found.attach_yaml(text, 1)
        alias_problems.extend(found)
    problems.extend(alias_problems)

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
    rows = {
        "people": [
            {
                "id": p.id,
                "name": p.name,
                "role": p.role,
                "role_basis": p.role_basis,
                "affiliation_id": p.affiliation,
                "aliases": json.dumps(p.aliases, ensure_ascii=False),
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
                "aliases": json.dumps(o.aliases, ensure_ascii=False),
                "description": o.description,
                "source_note": o.source_note,
                "notes": o.notes,
            }
            for o in registries.organizations
        ],
        "locations": [
            {
                "id": l.id,
                "name": l.name,
                "kind": l.kind,
                "country_id": l.country,
                "latitude": l.latitude,
                "longitude": l.longitude,
                "precision": l.precision,
                "coordinates_source": l.coordinates_source,
                "aliases": json.dumps(l.aliases, ensure_ascii=False),
                "notes": l.notes,
                "popup": location_popup(l),
            }
            for l in registries.locations
        ],
    }
    return index, rows, problems


def resolve_article(
    parsed: ParsedArticle, index: RegistryIndex, allow_drafts: bool = False
) -> tuple[ArticleRows | None, ProblemList]:
    """Check one article against the registries and compute all of its spans."""
    problems = ProblemList()
    article, body, path = parsed.article, parsed.body, parsed.path
    add = problems.add

    if article.draft and not allow_drafts:
        add(
            path,
            ("draft",),
            "this article is a draft: its annotations have not been reviewed",
            "check every annotation against the text, then delete the 'draft: true' line "
            "(or build with --drafts to include drafts anyway)",
        )
    if not body.strip():
        add(
            path,
            (),
            "the article body is empty",
            "paste the article text after the closing '---' line",
            line=parsed.body_first_line,
        )
        problems.attach_yaml(parsed.front_matter, parsed.front_matter_first_line)
        return None, problems

    body_sha256 = hashlib.sha256(body.encode("utf-8")).hexdigest()
    if article.body_sha256 and article.body_sha256 != body_sha256:
        add(
            path,
            ("body_sha256",),
            "the body is not the text this checksum was taken from",
            "the body must stay verbatim: undo the accidental edit (an editor may have changed quotes or "
            f"trailing spaces); if the change is deliberate, set body_sha256: {body_sha256}",
        )

    def must_be_in_body(field_path: FieldPath, text: str | None, what: str) -> None:
        if text is not None and text not in body:
            add(
                path,
                field_path,
                f"the {what} is not in the article body verbatim",
                "copy the words exactly from the body: same spelling, punctuation and quote marks",
            )

    if article.title_inferred and not article.title_basis:
        add(
            path,
            ("title_basis",),
            "title_inferred is true but title_basis is missing",
            "quote the sentence of the body that the title rests on",
        )
    must_be_in_body(("title_basis",), article.title_basis, "title_basis")
    for role, basis_field, known, registry in (
        ("outlet", "outlet_basis", index.organizations, "organizations.yml"),
        ("distributor", "distributor_basis", index.organizations, "organizations.yml"),
    ):
        value = getattr(article, role)
        if index.unknown("organizations", value):
            _reference_problem(problems, path, (role,), "organization", value, known, registry)
        must_be_in_body((basis_field,), getattr(article, basis_field), basis_field)
    must_be_in_body(("rights",), article.rights, "rights line")
    if article.events_date_inferred and not article.events_date_basis:
        add(
            path,
            ("events_date_basis",),
            "events_date_inferred is true but events_date_basis is missing",
            "quote the sentence of the body the date rests on",
        )
    if article.events_date_basis and article.events_date is None:
        add(
            path,
            ("events_date",),
            "events_date_basis is given without events_date",
            "add the date as YYYY-MM-DD, or remove the basis",
        )
    must_be_in_body(("events_date_basis",), article.events_date_basis, "events_date_basis")

    def span(field_path: FieldPath, text: str, occurrence: int | None) -> tuple[int, int] | None:
        try:
            return locate(body, text, occurrence)
        except SpanError as error:
            add(path, field_path, str(error), error.hint)
            return None

    def occurrence_number(text: str, start: int) -> int:
        # Which occurrence a span is: part of the stable id, so an id does not
        # change when unrelated text is edited elsewhere in the body.
        return body.count(text, 0, start) + 1 if text else 0

    tables: dict[str, list[dict]] = {
        name: []
        for name in (
            "quotes",
            "figures",
            "event_dates",
            "photos",
            "photo_agencies",
            "person_mentions",
            "organization_mentions",
            "location_mentions",
        )
    }

    for number, quote in enumerate(article.quotes):
        where = ("quotes", number)
        if quote.speaker is None and quote.speaker_description is None:
            add(
                path,
                where + ("speaker",),
                "the quote has no speaker",
                "add 'speaker:' with a person id, or 'speaker_description:' for an unnamed source",
            )
        if index.unknown("people", quote.speaker):
            _reference_problem(
                problems,
                path,
                where + ("speaker",),
                "person",
                quote.speaker,
                index.people,
                "people.yml",
            )
        found = span(where + ("text",), quote.text, quote.occurrence)
        if found:
            start, end = found
            tables["quotes"].append(
                {
                    "id": stable_id(
                        "q", article.id, quote.text, occurrence_number(quote.text, start)
                    ),
                    "article_id": article.id,
                    "person_id": quote.speaker,
                    "speaker_description": quote.speaker_description,
                    "speaker_name": index.people.get(quote.speaker) or quote.speaker_description,
                    "text": quote.text,
                    "start": start,
                    "end": end,
                    "partial": int(quote.partial),
                    "attribution": quote.attribution,
                    "notes": quote.notes,
                }
            )

    for number, figure in enumerate(article.figures):
        where = ("figures", number)
        if index.unknown("people", figure.stated_by):
            _reference_problem(
                problems,
                path,
                where + ("stated_by",),
                "person",
                figure.stated_by,
                index.people,
                "people.yml",
            )
        found = span(where + ("text",), figure.text, figure.occurrence)
        if found:
            start, end = found
            tables["figures"].append(
                {
                    "id": stable_id(
                        "f", article.id, figure.text, occurrence_number(figure.text, start)
                    ),
                    "article_id": article.id,
                    "text": figure.text,
                    "start": start,
                    "end": end,
                    "value": float(figure.value),
                    "unit": figure.unit,
                    "qualifier": figure.qualifier,
                    "subject": figure.subject,
                    "stated_by": figure.stated_by,
                    "notes": figure.notes,
                }
            )

    for number, event in enumerate(article.dates):
        where = ("dates", number)
        if event.inferred and not event.basis:
            add(
                path,
                where + ("basis",),
                "the date is inferred but its basis is missing",
                "quote the words of the body the date rests on",
            )
        must_be_in_body(where + ("basis",), event.basis, "basis")
        found = span(where + ("text",), event.text, event.occurrence)
        if found:
            start, end = found
            tables["event_dates"].append(
                {
                    "id": stable_id(
                        "d", article.id, event.text, occurrence_number(event.text, start)
                    ),
                    "article_id": article.id,
                    "date": event.date.isoformat(),
                    "event": event.event,
                    "text": event.text,
                    "start": start,
                    "end": end,
                    "inferred": int(event.inferred),
                    "basis": event.basis,
                    "notes": event.notes,
                }
            )

    for number, photo in enumerate(article.photos):
        where = ("photos", number)
        if index.unknown("people", photo.photographer):
            _reference_problem(
                problems,
                path,
                where + ("photographer",),
                "person",
                photo.photographer,
                index.people,
                "people.yml",
            )
        for agency_number, agency in enumerate(photo.agencies):
            if index.unknown("organizations", agency):
                _reference_problem(
                    problems,
                    path,
                    where + ("agencies", agency_number),
                    "organization",
                    agency,
                    index.organizations,
                    "organizations.yml",
                )
        if photo.caption is None and photo.credit is None:
            add(
                path,
                where,
                "the photo has neither caption nor credit",
                "add the caption or credit text from the body",
            )
        row: dict = {"article_id": article.id}
        anchor = None
        for part in ("title", "caption", "credit"):
            ref = getattr(photo, part)
            row[part] = row[f"{part}_start"] = row[f"{part}_end"] = None
            if ref is None:
                continue
            found = span(where + (part,), ref.text, ref.occurrence)
            if found:
                row[part], (row[f"{part}_start"], row[f"{part}_end"]) = ref.text, found
                anchor = anchor or (ref.text, occurrence_number(ref.text, found[0]))
        if anchor is None:
            continue
        row["id"] = stable_id("p", article.id, *anchor)
        row["photographer_id"], row["notes"] = photo.photographer, photo.notes
        tables["photos"].append(row)
        for position, agency in enumerate(photo.agencies, start=1):
            tables["photo_agencies"].append(
                {"photo_id": row["id"], "organization_id": agency, "position": position}
            )

    roles_confirmed = set()
    for mention in index.aliases.find(body):
        table, column = MENTION_TABLES[mention.kind]
        tables[table].append(
            {
                "id": stable_id("m", article.id, mention.start),
                "article_id": article.id,
                column: mention.entity_id,
                "text": mention.text,
                "start": mention.start,
                "end": mention.end,
            }
        )
        basis = index.role_bases.get(mention.entity_id) if mention.kind == "person" else None
        if basis and basis in body:
            roles_confirmed.add(mention.entity_id)

    problems.attach_yaml(parsed.front_matter, parsed.front_matter_first_line)
    if problems:
        return None, problems

    article_row = {
        "id": article.id,
        "title": article.title,
        "title_inferred": int(article.title_inferred),
        "title_basis": article.title_basis,
        "outlet_id": article.outlet,
        "outlet_basis": article.outlet_basis,
        "distributor_id": article.distributor,
        "distributor_basis": article.distributor_basis,
        "published": _iso(article.published),
        "byline": article.byline,
        "url": article.url,
        "rights": article.rights,
        "events_date": _iso(article.events_date),
        "events_date_inferred": int(article.events_date_inferred),
        "events_date_basis": article.events_date_basis,
        "events_date_note": article.events_date_note,
        "language": article.language,
        "body": body,
        "body_length": len(body),
        "body_sha256": body_sha256,
        "source_file": article.source_file,
        "corpus_file": f"articles/{path.name}",
        "draft": int(article.draft),
        "notes": article.notes,
    }
    return ArticleRows(article_row, tables, roles_confirmed), problems


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


def _iso(value) -> str | None:
    return value.isoformat() if value is not None else None

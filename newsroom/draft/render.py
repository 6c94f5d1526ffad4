"""Rendering a draft: the corpus file (front matter), JSON, and registry proposals."""

from __future__ import annotations

import datetime
import hashlib
from pathlib import Path

import yaml

from ..corpus import DRAFT_COMMENT, parse_article
from ..spans import locate
from .candidates import Draft, DraftError


def to_json(draft: Draft) -> dict:
    return {
        "id": draft.id,
        "title": draft.title,
        "people": [
            {
                "name": p.name,
                "id": p.id,
                "in_registry": p.in_registry,
                "role": p.role,
                "role_basis": p.role_basis,
                "aliases": p.aliases,
                "found_by": "; ".join(p.found_by),
                "needs_review": p.needs_review,
            }
            for p in draft.people
        ],
        "organizations": [
            {
                "name": o.name,
                "id": o.id,
                "in_registry": o.in_registry,
                "found_by": o.found_by,
                "needs_review": o.needs_review,
            }
            for o in draft.organizations
        ],
        "quotes": [
            {
                "speaker": q.speaker_name or q.speaker_description,
                "speaker_id": q.speaker,
                "speaker_description": q.speaker_description,
                "text": q.text,
                "start": q.start,
                "end": q.end,
                "partial": q.partial,
                "attribution": q.attribution,
                "found_by": q.found_by,
                "needs_review": q.needs_review,
            }
            for q in draft.quotes
        ],
        "locations": [_location_json(loc) for loc in draft.locations],
        "places_without_coordinates": [_location_json(loc) for loc in draft.unlocated],
        "figures": [
            {
                "value": f.value,
                "unit": f.unit,
                "text": f.text,
                "start": f.start,
                "end": f.end,
                "qualifier": f.qualifier,
                "subject": f.subject,
                "stated_by": f.stated_by,
                "found_by": f.found_by,
                "needs_review": f.needs_review,
            }
            for f in draft.figures
        ],
        "dates": [
            {
                "text": d.text,
                "date": d.date,
                "inferred": d.inferred,
                "basis": d.basis,
                "event": d.event,
                "found_by": d.found_by,
                "needs_review": d.needs_review,
            }
            for d in draft.dates
        ],
        "unresolved_dates": [
            {"text": d.text, "found_by": d.found_by, "event": d.event}
            for d in draft.unresolved_dates
        ],
    }


def _location_json(loc) -> dict:
    return {
        "name": loc.name,
        "latitude": loc.latitude,
        "longitude": loc.longitude,
        "id": loc.id,
        "in_registry": loc.in_registry,
        "kind": loc.kind,
        "country_code": loc.country_code,
        "coordinates_source": loc.coordinates_source,
        "flagged": loc.flagged,
        "found_by": loc.found_by,
        "needs_review": loc.needs_review,
    }


def front_matter(draft: Draft, source_file: str | None = None) -> dict:
    """The draft as an Article mapping (only keys the schema knows)."""
    data: dict = {"id": draft.id, "title": draft.title, "title_inferred": False, "draft": True}
    data.update(draft.metadata)
    if source_file:
        data["source_file"] = source_file
    data["body_sha256"] = hashlib.sha256(draft.body.encode("utf-8")).hexdigest()
    data["quotes"] = []
    for q in draft.quotes:
        item: dict = {"text": q.text}
        if q.occurrence:
            item["occurrence"] = q.occurrence
        if q.speaker:
            item["speaker"] = q.speaker
        else:
            item["speaker_description"] = q.speaker_description or "unknown"
        if q.attribution:
            item["attribution"] = q.attribution
        if q.partial:
            item["partial"] = True
        item["notes"] = _review(q.needs_review) + f"found by: {q.found_by}"
        data["quotes"].append(item)
    data["figures"] = []
    for f in draft.figures:
        item = {"text": f.text}
        if f.occurrence:
            item["occurrence"] = f.occurrence
        item.update({"value": int(f.value) if f.value == int(f.value) else f.value, "unit": f.unit})
        if f.qualifier:
            item["qualifier"] = f.qualifier
        item["subject"] = f.subject
        if f.stated_by:
            item["stated_by"] = f.stated_by
        item["notes"] = _review(f.needs_review) + (
            f"found by: {f.found_by}; subject is the clause it stands in, to be rewritten"
        )
        data["figures"].append(item)
    data["dates"] = []
    for d in draft.dates:
        item = {"text": d.text}
        if d.occurrence:
            item["occurrence"] = d.occurrence
        item.update({"date": datetime.date.fromisoformat(d.date), "event": d.event})
        if d.inferred:
            item.update({"inferred": True, "basis": d.basis})
        item["notes"] = _review(d.needs_review) + f"found by: {d.found_by}"
        data["dates"].append(item)
    data["notes"] = notes_text(draft)
    return {key: value for key, value in data.items() if value != []}


def review_count(draft: Draft) -> int:
    """How many candidates say the editor must look twice."""
    candidates = [*draft.people, *draft.organizations, *draft.quotes, *draft.locations,
                  *draft.unlocated, *draft.figures, *draft.dates]  # fmt: skip
    return sum(1 for item in candidates if item.needs_review)


def notes_text(draft: Draft) -> str:
    """What the schema has no field for: people, organizations and places, each
    with how it was found, and dates that could not be resolved."""
    lines = list(draft.source_notes)
    lines.append("People:")
    for p in draft.people:
        status = f"in registry as {p.id}" if p.in_registry else f"NEW, proposed id {p.id}"
        role = f"; role: {p.role}" if p.role and not p.in_registry else ""
        lines.append(
            f"- {p.name} ({status}{role}); {_review(p.needs_review)}"
            f"found by: {'; '.join(p.found_by) or 'registry'}"
        )
    if draft.organizations:
        lines.append("Organizations:")
        for o in draft.organizations:
            status = f"in registry as {o.id}" if o.in_registry else f"NEW, proposed id {o.id}"
            lines.append(f"- {o.name} ({status}); {_review(o.needs_review)}found by: {o.found_by}")
    for heading, places in (
        ("Places:", draft.locations),
        ("Places to locate (no coordinates in the packaged data):", draft.unlocated),
    ):
        if not places:
            continue
        lines.append(heading)
        for loc in places:
            status = f"in registry as {loc.id}" if loc.in_registry else f"NEW, proposed id {loc.id}"
            where = (
                f" at {loc.latitude}, {loc.longitude}"
                if loc.latitude is not None
                else " (no coordinates)"
            )
            flag = f" FLAGGED: {loc.flagged}" if loc.flagged else ""
            lines.append(
                f"- {loc.name} ({status}, {loc.kind or 'kind unknown'}){where}; "
                f"{_review(loc.needs_review)}found by: {loc.found_by}.{flag}"
            )
    if draft.unresolved_dates:
        lines.append("Dates not resolved (no year or no publication date in the text):")
        for d in draft.unresolved_dates:
            lines.append(f"- '{d.text}' in '{d.event}'")
    return "\n".join(lines)


def _review(reason: str | None) -> str:
    """The editor's cue, first in a note: "NEEDS REVIEW: <why>; "."""
    return f"NEEDS REVIEW: {reason}; " if reason else ""


def registry_proposals(draft: Draft) -> str:
    """YAML comments: entries to paste into people.yml, organizations.yml and
    locations.yml. Each line is "# " plus the YAML at column 0, so that deleting
    the two characters gives entries that paste straight into a registry."""
    people = [p for p in draft.people if not p.in_registry]
    organizations = [o for o in draft.organizations if not o.in_registry]
    places = [loc for loc in [*draft.locations, *draft.unlocated] if not loc.in_registry]
    if not people and not organizations and not places:
        return ""
    out = [
        "# Proposed registry entries: check each one and delete those you reject;",
        "# `build_db.py accept THIS_FILE` adds the rest to the registry named above it.",
    ]
    if people:
        out.append("# ---- people.yml ----")
        for p in people:
            entry = {"id": p.id, "name": p.name, "aliases": p.aliases}
            if p.role:
                entry.update({"role": p.role, "role_basis": p.role_basis})
            out.extend("# " + line for line in _dump([entry]).splitlines())
    if organizations:
        out.append("# ---- organizations.yml (set kind: news outlet, ministry, company, ...) ----")
        for o in organizations:
            entry = {"id": o.id, "name": o.name, "aliases": [o.name], "kind": o.kind}
            out.extend("# " + line for line in _dump([entry]).splitlines())
    if places:
        out.append(
            "# ---- locations.yml (places without coordinates were not found in any gazetteer) ----"
        )
        for loc in places:
            entry = {
                "id": loc.id,
                "name": loc.name,
                "aliases": [loc.name],
                "kind": loc.kind or "place",
            }
            if loc.latitude is not None:
                entry.update(
                    {
                        "latitude": loc.latitude,
                        "longitude": loc.longitude,
                        "precision": "approximate" if loc.kind == "region" else "centroid",
                        "coordinates_source": loc.coordinates_source,
                    }
                )
            out.extend("# " + line for line in _dump([entry]).splitlines())
    return "\n".join(out) + "\n"


def _dump(data) -> str:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


def instructions(draft: Draft) -> str:
    """What the editor is to do, as YAML comments (DRAFT_COMMENT), not notes:
    notes are published, and `accept --publish` removes these lines."""
    lines = [
        "written by `build_db.py draft`: check every annotation against the text, keep or",
        "delete the proposed registry entries below, then run `build_db.py accept FILE --publish`",
        "(or add them by hand and delete 'draft: true').",
    ]
    if reviews := review_count(draft):
        lines.append(f"{reviews} annotation(s) marked NEEDS REVIEW: the drafter says why.")
    return "".join(f"{DRAFT_COMMENT} {line}\n" for line in lines)


def render(draft: Draft, source_file: str | None = None) -> str:
    """The whole corpus file. The body is written with one extra newline, which
    the reader removes, so the stored body is the input byte for byte."""
    front = _dump(front_matter(draft, source_file))
    return f"---\n{instructions(draft)}{registry_proposals(draft)}{front}---\n{draft.body}\n"


def check_rendered(text: str, body: str, path: Path) -> None:
    """Refuse to write a draft that would not load: it must validate as an
    Article, keep the body verbatim and locate every span."""
    parsed, problems = parse_article(text, path)
    if parsed is None or problems:
        raise DraftError(
            f"internal error: the draft does not validate:\n{problems.finish() if problems else ''}"
        )
    if parsed.body != body:
        raise DraftError("internal error: the body did not survive the round trip")
    article = parsed.article
    for item in [*article.quotes, *article.figures, *article.dates]:
        locate(body, item.text, item.occurrence)

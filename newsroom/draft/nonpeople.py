"""Names shaped like people's that the text says are something else.

An organization, a campaign group, an iwi, a library, a tree or a typhoon can be
written like a person ("Glasgow Life said", "Te Roroa, the local iwi",
"Typhoon Lumen"). Counted as people they become speakers, and they make "he" or
"she" ambiguous. These rules read only the words around the name: what it is
called in apposition, the word that opens it, the letters after it.
"""

from __future__ import annotations

import re

from .gazetteer import gazetteer
from .givennames import given_names
from .wordlists import COMPASS

# Heads of an apposition or a description that name something other than a person:
# "Glasgow Life, the arm's-length organisation that ...", "the local iwi, Te Roroa".
NON_PERSON_NOUNS = set(
    re.findall(
        r"\S+",
        """organisation organization organisations organizations group charity body agency
    trust iwi hapū hapu tribe union party council committee board firm company club team band
    orchestra choir association society network coalition alliance campaign movement court
    tribunal regulator watchdog operator railway airline library museum gallery school college
    university hospital clinic foundation fund institute centre center newspaper broadcaster
    outlet station tree kauri oak redwood sequoia baobab ship vessel boat ferry typhoon storm
    cyclone hurricane volcano mountain river lake landmark building monument statue bridge
    stadium park forest village town city suburb district neighbourhood neighborhood region
    province county headland peninsula island beach brand label restaurant hotel venue
    theatre theater church cathedral mosque temple prison estate farm mine
    maker manufacturer producer brewer exporter importer supplier carrier chain processor
    film documentary novel book album song play series exhibition show programme program
    site memorial mausoleum shrine monastery conglomerate distributor retailer wholesaler
    insurer lender bank group holding cooperative co-operative house palace villa mansion fort
    castle tower market souq bazaar bakery shop store workshop factory pharmacy café cafe bar
    salon garage studio brewery winery distillery mill
    isthmus islet atoll archipelago reef lagoon bay cove harbour harbor port quay pier
    wharf marina crater valley plateau plain desert glacier cape headland cliff ridge hill
    pass strait channel sound gulf coast shore creek stream waterfall spring pond
    reservoir dam canal road street avenue highway square plaza airport settlement
    hamlet municipality commune parish borough quarter islands force police army service
    capital""",
    )
)
# Words that open the name of a storm, not a person: "Typhoon Lumen", "Storm Ciarán".
STORM_WORDS = {"Typhoon", "Storm", "Cyclone", "Hurricane", "Tropical", "Super", "Tornado"}
# Assembly post-nominals that may stand between a constituency and a name
# ("Clare TD Pádraig Mac Mathúna", "Plaid Cymru MS Rhun ap Iorwerth").
ASSEMBLY_LETTERS = {"MP", "MEP", "MS", "MSP", "TD", "MLA", "MPP", "MHA", "MNA", "MLC", "MHK"}
# AP's party-and-home tag after a legislator's name: "Sen. Ana Ruiz, D-Las Cruces,".
PARTY_TAG = re.compile(r"^[DRIL]-(?=[A-Z])")
_CLAUSE_END = re.compile(
    r"\s+(?:that|which|who|whose|where|and|of|in|at|for|with|from|based|formed|founded|set|"
    r"created|established|owned|run|listed|headquartered|since|when|registered|called|named|"
    r"built|moored|carrying|bound|known|flagged|flying|licensed|operated|managed|led|headed|"
    r"chaired|backed|funded|financed|sponsored|supported|controlled|organised|organized|"
    # (where it lies: "the village about 8 kilometres away", "a hamlet near the border")
    r"about|some|around|near|outside|on|by|off|across|along|beside|below|above|upstream|"
    r"downstream)\b"
)


def head_noun(description: str) -> str:
    """The noun a description is about: "the city's main reference library and one of
    the largest" -> "library"; "a sheep farmer whose land borders" -> "farmer"."""
    core = _CLAUSE_END.split(description, maxsplit=1)[0]
    words = re.findall(r"[\w’'\-]+", core)
    return words[-1].lower() if words else ""


def apposition_names_a_thing(description: str) -> str | None:
    """ "Glasgow Life, the arm's-length organisation that runs ...": "organisation".
    Only a described noun counts ("X, founded the company ..." is a clause)."""
    if not re.match(r"(?:the|a|an|its|their|one|our)\s", description):
        return None
    # "one of the oldest factories in Río Grande's industrial park": one of a plural
    head = head_noun(re.sub(r"^one\s+of\s+(?:the|its|their|our)\s+", "the ", description))
    singular = re.sub(r"ies$", "y", head) if head.endswith("ies") else re.sub(r"s$", "", head)
    return head if {head, singular} & NON_PERSON_NOUNS else None


# The noun right after a name's comma, where what follows it is no more of the noun:
# "Bento Rodrigues, the village about 8 kilometres away that was buried by ..." (an
# apposition too long to read whole); "Ana Ruiz, a farm worker," is a worker's.
THING_OPENING_APPOSITION = re.compile(
    r",\s+(?:the|a|an)\s+(?:[a-z\-]+\s+)?(?P<noun>[a-z]+)(?=[,.;]|\s+(?:about|that|which|"
    r"where|in|of|near|on|by|some|around|outside|off|across|along|beside|below|above|"
    r"upstream|downstream)\b)"
)


def thing_opening_apposition(after: str) -> str | None:
    opening = THING_OPENING_APPOSITION.match(after)
    noun = opening.group("noun") if opening else ""
    return noun if noun in NON_PERSON_NOUNS else None


DESCRIPTION_BEFORE = re.compile(
    r"(?:^|[\s(])(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Oo]ur)\s+(?:[\w’'\-]+\s+){0,3}?(?P<noun>[\w’'\-]+)"
    r"(?:\s+(?:based|set\s+up|formed|founded|run)\s+[^,;.“”\"]{0,40})?,\s+$"
)


# A vessel, an animal or a work named right after its noun, with no comma: "the ship
# Gloria Maris", "the ferry Lady Mary", "the racehorse Golden Boy", "the film Ama".
THING_NAMED_AFTER = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\w’'\-]+\s+)?(?P<noun>ship|vessel|"
    r"boat|ferry|tanker|trawler|yacht|freighter|barge|tug|liner|dhow|schooner|catamaran|"
    r"horse|racehorse|mare|stallion|colt|dog|film|album|novel|song|documentary)\s+$"
)


def thing_named_after(before: str) -> str | None:
    close = THING_NAMED_AFTER.search(before)
    return close.group("noun") if close else None


def described_before_as_a_thing(before: str) -> str | None:
    """ "a residents' group based in Kilkee, Save West Clare Uplands": the name after
    a description whose head is not a person is not a person's."""
    match = DESCRIPTION_BEFORE.search(before)
    if match and (
        re.search(r"\b(?:of|for|at|in|from)$", before[: match.start()].rstrip())
        or re.search(r"\s(?:of|for)\s", match.group())  # "The president of the Council,"
    ):
        return None  # "The leader of the group, Mònica Gelabert Solà": the leader's name
    if match and match.group("noun").lower() in NON_PERSON_NOUNS:
        return match.group("noun").lower()
    return None


def spokesperson_after(before: str, after: str) -> bool:
    """ "A Glasgow Life spokeswoman said": an organization has the spokeswoman."""
    return bool(
        re.search(r"\b(?:[Aa]n?|[Tt]he)\s+$", before)
        and re.match(r"^\s+spokes(?:man|woman|person|people)\b", after)
    )


def is_storm_or_tag(words: list[str]) -> bool:
    return bool(words) and (words[0] in STORM_WORDS or bool(PARTY_TAG.match(words[0])))


def constituency_words(words: list[str], before: str) -> int:
    """How many leading words of a name after "TD for" or "MP for" are the
    constituency: "TD for Clare Pádraig Mac Mathúna" -> 1 ("Clare")."""
    if not re.search(r"\b(?:" + "|".join(ASSEMBLY_LETTERS) + r")\s+for\s+$", before):
        return 0
    places = gazetteer()
    cut = 0
    for k in range(1, len(words) - 1):
        if " ".join(words[:k]) in places:
            cut = k
    while cut and cut < len(words) - 2 and words[cut].lower() in COMPASS:
        cut += 1  # "Bristol West": a compass word belongs to the seat
    return cut


def party_before_letters(after: str) -> bool:
    """ "Fianna Fáil TD for Clare": the words before the letters name a party (the
    member follows), not a person."""
    return bool(re.match(r"^\s+(?:" + "|".join(ASSEMBLY_LETTERS) + r")\s+for\s+[A-Z]", after))


# Prefixes of surnames written with a capital inside: McKenzie, MacLeod, DiMaggio,
# LeBlanc, DeShawn, VanDyke, FitzGerald, O'Brien's "O'" is no letter run.
CAPITAL_INSIDE_PREFIXES = {
    "Mc",
    "Mac",
    "Nic",  # (Scottish Gaelic women's surnames: "NicDhòmhnaill", "NicLeòid")
    "Di",
    "De",
    "Da",
    "Du",
    "Dos",
    "La",
    "Le",
    "Van",
    "Von",
    "Vander",
    "Fitz",
    "St",
    "Ten",
    "Ter",
    "Al",
    "El",
    "Ben",
    "Abu",
    "Bin",
    "Ibn",
}


def a_brands_capitals(word: str) -> bool:
    """A capital inside a word after three letters or more that open no surname and
    are no given name: "SunStar", "MercoPress", "WhatsApp", "IranWire" are brands;
    "McKenzie", "LeBlanc", "MaryAnn", "JoAnne" are people's."""
    inside = re.fullmatch(r"([A-Z][a-zà-ÿ]+)([A-Z][a-zà-ÿ]{2,}).*", word)
    if not inside:
        return False
    prefix = inside.group(1)
    return not (prefix in CAPITAL_INSIDE_PREFIXES or prefix in given_names() or len(prefix) < 3)

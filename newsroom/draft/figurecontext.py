"""The words around a number that say what it counts, or that it counts nothing:
"crew of five", "58 votes in favour and four against", "the three were charged",
"the second-largest", "by 1030 GMT", "a 2.4-mile road".

Patterns only, used by ``figures``; they read a few words either side of a number
(and the qualifier before it: "more than", "nearly").
"""

from __future__ import annotations

import re

from .units import UNIT_SUFFIX
from .wordlists import MONTHS, QUALIFIERS

# "third consecutive year", "the fifth-largest": an ordinal that counts
CONSECUTIVE = re.compile(
    r"\s+(?:consecutive|straight|successive|largest|biggest|highest|lowest|time)\b"
)
# "the second half", "a second chance", "second-hand", "second homes" (kept for
# holidays), "second-class": no count of anything
NOT_A_SECOND = re.compile(
    r"[\s-]+(?:half|halves|hand|thought|thoughts|chance|look|opinion|time|place|leg|quarter|"
    r"period|innings|set|nature|guessing|wave|homes?|houses?|residences?|languages?|"
    r"class|grade|yellow)\b"
)
# "at the age of eight", "aged six"
# (and "children as young as seven", "since I was six": an age too)
AGE_BEFORE = re.compile(
    r"\b(?:age\s+of|aged|as\s+(?:young|old)\s+as|(?:since|when)\s+(?:I|he|she|we|they)\s+"
    r"(?:was|were))\s+$"
)
# "800m from the tree", "a 15m-high wall", "a 40m section of the quay": metres, not
# millions (money has its currency: "a £40m deal").
DISTANCE_AFTER = re.compile(
    r"(?:\s+(?:from|away|long|high|deep|wide|tall|north|south|east|west|offshore|inland|above|"
    r"below|under|thick|in\s+(?:length|height|depth|diameter)|"
    r"upstream|downstream)|-(?:high|long|wide|deep|tall)|"
    r"\s+(?:section|stretch|strip|length|span|drop|wall|seawall|fence|cliff|tower|mast|"
    r"crane|wave|boat|yacht|vessel|pole|statue|ramp|slope|shaft|trench|gap|dune|"
    r"breakwater|pier|jetty|runway|chimney)s?)\b"
)
# "Okoye, 47,": a name and a comma before an age
AGE_APPOSITION = re.compile(r"[A-Z][\w’'\-]+\.?,\s$")  # ("Hendricks Jr., 46,")
# "a 2.4-mile road", "the 16-team table", "the 27-km line"
COMPOUND_UNIT = re.compile(r"-(?P<unit>[a-z]{3,})\b(?!-old)")
SHORT_UNIT_COMPOUND = re.compile(r"-(?P<usfx>" + UNIT_SUFFIX + r")(?![\w/²-])")
# Not "two-way", "one-off", "two-thirds", "three-time champion" (a count of wins).
WORD_COMPOUND = re.compile(
    r"-(?!(?:way|off|sided|thirds?|quarters?|fifths?|tenths?|halves|time|times)\b)"
    r"(?P<unit>[a-z]{3,})\b(?!-old)"
)
IRREGULAR_PLURALS = {"people", "children", "men", "women", "staff", "police", "cattle", "sheep"}
LENGTH_UNITS = {"metres", "meters", "miles", "minutes", "seconds", "hours", "kilometres"}
# A part of a whole: "nine of its 31 stores", "three of the four".
PART_OF = re.compile(r"\s+of\s+(?:its|the|their|our|his|her|these|those|them)\b")
# Clock times and date ranges are not figures: "by 1030 GMT", "August 8 to 11".
CLOCK_AFTER = re.compile(
    r"\s*(?:(?:GMT|BST|UTC|CET|CEST|EST|EDT|PST|PDT|IST|ET|am|pm|hrs)\b|[ap]\.m\.)"
)
DATE_RANGE_BEFORE = re.compile(
    r"\b(?:" + "|".join(MONTHS) + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?\s*(?:-|–|to|and|through)\s*$",
    re.IGNORECASE,
)
# A rate's denominator: "1,367 per 100,000", "12 per 1,000 live births"
RATE_PER = re.compile(
    r"\s+per\s+(?:100,000|100 000|10,000|10 000|1,000|1 000|100|million|thousand)\b"
)
# "Dominica's second-largest town", "the fourth-placed side"
RANK_COMPOUND = re.compile(
    r"-(?:largest|biggest|highest|lowest|smallest|busiest|oldest|most|best|worst|placed|ranked|"
    r"richest|poorest|longest|tallest|fastest|deadliest|strongest)\b"
)
# "58 votes in favour and four against"
VOTES_AFTER = re.compile(r"\s+(?:against|in\s+favou?r|abstained|abstaining)\b")
# A group of people counted by the number after "of": "crew of five", "a family of four".
GROUP_OF_BEFORE = re.compile(
    r"\b(?:crew|family|team|group|gang|party|panel|squad|household|delegation|band|jury|"
    r"committee|trio|quartet)\s+of\s+$"
)
# "two other men", "three more underground schools": the noun after the modifier.
# Also a common adjective or a proper one: "six new electric trains", "three Danish
# hospitals", "eleven Luxembourg companies".
MORE_BEFORE_NOUN = re.compile(
    r"\s+(?:other|more|further|additional|remaining|new|old|former|[A-Z][\w’'\-]+)(?=\s+[a-z])"
)
# "The three were charged", "the other two", "all four": a number that stands for
# the people already named; "arrest six over", "kill four in": the people a verb takes.
PEOPLE_BEFORE = re.compile(
    r"\b(?:(?:[Tt]he|[Aa]ll)(?:\s+other)?|[Aa]rrest(?:s|ed)?|[Kk]ill(?:s|ed)?|[Ii]njur(?:es|ed|e)|"
    r"[Dd]etain(?:s|ed)?|[Rr]escue[sd]?|[Ee]vacuate[sd]?)\s+$"
)
STANDS_ALONE_AFTER = re.compile(
    r"\s*[,.;:)]|\s+(?:were|are|was|have|had|will|would|could|did|who|of|in|on|at|over|"
    r"after|for|from|with|and|to|remain|remained|appeared|died|face|faced)\b"
)


def stands_for_people(body: str, start: int, end: int) -> bool:
    """ "the three were charged", "police arrested six over": people, not a count of
    things (the number has no noun after it)."""
    return bool(
        PEOPLE_BEFORE.search(body, max(0, start - 16), start)
        and STANDS_ALONE_AFTER.match(body, end)
    )


def qualifier_before(body: str, start: int) -> tuple[str | None, int]:
    before = body[max(0, start - 20) : start]
    match = QUALIFIER_BEFORE.search(before)
    if match is None:
        return None, start
    return match.group("q"), start - len(before) + match.start("q")


# One pattern for every qualifier (a pattern each, three times over, crowded the
# sentence splitter's patterns out of ``re``'s cache); the earliest start wins, so
# "just over" before "over".
QUALIFIER_BEFORE = re.compile(
    r"(?<!\w)(?P<q>"
    + "|".join(re.escape(q) for q in sorted(QUALIFIERS, key=len, reverse=True))
    + r")\s+$",
    re.IGNORECASE,
)


# What a number counts past its modifiers: "two Colombians", "142 MPs", "two New
# Zealand companies", "three very strong bids", "four earlier shipments".
_MODIFIER = (
    r"(?!(?:hundred|thousand|million|billion)\b)(?:[A-Z][\w’'\-]*|very|more|most|new|old|"
    r"other|earlier|later|former|small|large|big|young|local|strong|foreign|separate|"
    r"different|further|additional|[a-z]{3,}(?:ian|ese|ish|al|ic|ful|ous|ive|ed|ing|er))"
)
_CAPITAL_PLURAL = r"[A-Z][a-z]+(?:an|ian)s|[A-Z][a-z]*[a-z]ovs|[A-Z]{2,}s"
PLURAL_PAST_MODIFIERS = re.compile(
    # (with no modifier, only a capitalised plural: a lowercase one is the plain case)
    r"(?:(?:\s+"
    + _MODIFIER
    + r"){1,3}?\s+(?P<noun>[a-z][a-z\-]+[^s\W]s|"
    + _CAPITAL_PLURAL
    + r")|\s+(?P<capital>"
    + _CAPITAL_PLURAL
    + r"))\b(?![’'\-])"
)


def plural_past_modifiers(body: str, end: int) -> tuple[str | None, int]:
    match = PLURAL_PAST_MODIFIERS.match(body, end)
    if not match:
        return None, end
    group = "noun" if match.group("noun") else "capital"
    return match.group(group), match.end(group)


# Below zero: "minus 19 degrees", "−12°C" (the minus sign, not a hyphen).
MINUS_BEFORE = re.compile(r"(?:\b[Mm]inus\s+|−)$")

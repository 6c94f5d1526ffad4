"""Digits that are not figures: telephone numbers and hotlines, and the day of the
month printed in brackets after a weekday (Brazilian and Portuguese style:
"on Wednesday (14)"), years of an era ("AD 79") and the day of a dateline's month
in capitals ("DEC 5"). Their spans are skipped before figures are looked for.

And the other side of the same question for the word "one", mostly a pronoun or an
article: ``a_count_of_one`` says when it counts a thing ("one tender"); for a bare
number after "the", ``a_label`` (a bus route) and ``the_number_needed`` (a count
whose noun is left out)."""

from __future__ import annotations

import re

from .figurecontext import PART_OF
from .wordlists import NOT_UNITS, WEEKDAYS

# A number starting with a zero, or an international prefix, followed by more
# groups: "08600 10111", "0800 123 456", "+44 20 7946 0958".
PHONE = re.compile(r"(?<![\w.,])(?:\+\d{1,3}|0\d{2,})(?:[ \-]\d{2,}){0,4}(?![\w.,]\d)")
# Digits after "call", "hotline" or "on" in a sentence about calling: several groups,
# or five digits or more ("call 10111" is a number; "a call for 500 nurses" is not).
CALL_NUMBER = re.compile(
    r"\b(?:call|dial|phone|telephone|tel\.?|SMS|WhatsApp|hotline|helpline|toll-free|"
    r"freephone)\b[^.\n\d]{0,40}?(?P<number>\d{3,}(?:[ \-]\d{2,})+|\d{5,})",
    re.IGNORECASE,
)
# A year shortened after an apostrophe: "worse than '88", "the class of ’95".
SHORT_YEAR = re.compile(r"(?<![\w])['’](?P<year>\d{2})(?=[,.;:!?\"”’)]|\s+(?:and|or|season)\b|$)")
# Emergency and short numbers after "call" or "dial": "call 999", "dial 10111".
SHORT_NUMBER = re.compile(
    r"\b(?:[Cc]all|[Dd]ial|[Rr]ing)\s+(?P<number>\d{3,5})\b(?!\s*(?:times|people|%|per\b))"
)
DAY_IN_BRACKETS = re.compile(
    # ("on Sunday afternoon (9)", as Brazilian papers date a match)
    r"\b(?:" + "|".join(WEEKDAYS) + r")(?:\s+(?:morning|afternoon|evening|night))?"
    r"\s*\((?P<day>\d{1,2})\)",
    re.IGNORECASE,
)


# Years of an era: "AD 79", "79 AD", "300 BC", "1200 BCE".
ERA_YEAR = re.compile(
    r"\b(?:AD|CE)\s+(?P<a>\d{1,4})\b|\b(?P<b>\d{1,4})\s+(?:BC|BCE|AD|CE|B\.C\.|A\.D\.)(?!\w)"
)
# A day after a month in capitals, as wire datelines print it: "NAPLES, DEC 5 -".
CAPITAL_MONTH_DAY = re.compile(
    r"\b(?:JAN|FEB|MAR|APR|MAY|JUN|JUNE|JUL|JULY|AUG|SEP|SEPT|OCT|NOV|DEC)\.?\s+(?P<day>\d{1,2})\b"
)


# Numbers that name something: "District 10", "Ward 3", "Terminal 2", "Route 66".
NAMED_NUMBER = re.compile(
    r"\b(?:District|Ward|Zone|Route|Gate|Terminal|Platform|Block|Sector|Phase|Level|Grade|"
    r"Form|Room|Line|Highway|Road|Lane|Street|Avenue|Unit|Building|Hall|Chapter|Article|"
    r"Section|Clause|Pier|Berth|Runway|Stage|Precinct|Constituency|Division|Year|"
    # rules and numbers of things ("Rule 42", "No. 3", "Vision
    # 2030"), and the models of aircraft, cars and phones ("Boeing 737", "iPhone 15")
    r"No\.?|Nos\.?|Number|Rule|Regulation|Resolution|Amendment|"
    r"Vision|Agenda|Flight|Case|Plot|Lot|Page|Paragraph|Schedule|Annex|Item|Version|"
    r"Episode|Volume|Channel|Boeing|Model|iPhone|Galaxy|Windows|PlayStation|Class|"
    # kinds of a disease ("type 2 diabetes", "Type 1")
    r"[Tt]ype)\s+(?P<n>\d{1,4})\b"
)


# A clock time in words: "at four o'clock".
# A Spanish or Portuguese date that names a club, a street or a holiday: "9 de Octubre",
# "Rua 7 de Setembro", "25 de Mayo".
DATE_NAME = re.compile(
    r"\b(?P<n>\d{1,2})\s+de\s+(?i:enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
    r"septiembre|setiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|"
    r"julho|setembro|outubro|novembro|dezembro)\b"
)
O_CLOCK = re.compile(r"(?i)\b(?P<n>[a-z]+|\d{1,2})\s+o[’']clock\b")
# A time reference, not an amount: "a year ago", "one week earlier". A number before
# "ago" is counted, as the annotators of every set count it ("two years ago").
TIME_AGO = re.compile(
    r"(?i)\b(?P<n>a|an|one)\s+"
    r"(?:years?|months?|weeks?|days?|decades?)\s+(?:ago|earlier)\b"
)


def not_figure_spans(body: str) -> list[tuple[int, int]]:
    spans = [(m.start(), m.end()) for m in PHONE.finditer(body) if _phone_like(m.group())]
    spans += [(m.start("number"), m.end("number")) for m in CALL_NUMBER.finditer(body)]
    spans += [(m.start("day"), m.end("day")) for m in DAY_IN_BRACKETS.finditer(body)]
    spans += [(m.start("number"), m.end("number")) for m in SHORT_NUMBER.finditer(body)]
    spans += [(m.start("year"), m.end("year")) for m in SHORT_YEAR.finditer(body)]
    spans += [m.span("a") if m.group("a") else m.span("b") for m in ERA_YEAR.finditer(body)]
    spans += [m.span("day") for m in CAPITAL_MONTH_DAY.finditer(body)]
    spans += [m.span("n") for m in NAMED_NUMBER.finditer(body)]
    spans += [m.span("n") for m in TIME_AGO.finditer(body)]
    spans += [m.span("n") for m in O_CLOCK.finditer(body)]
    spans += [m.span("n") for m in DATE_NAME.finditer(body)]
    return spans


def _phone_like(text: str) -> bool:
    """ "0800 123 456" or "+44 20 ..." but not "0.5" or a lone "05"."""
    digits = re.sub(r"\D", "", text)
    return len(digits) >= 6 or text.startswith("+")


# "one" counts a thing only before its noun ("one tender", "only one ambulance", "one
# count of theft"), as the annotators of every set count it; not "one of them", "one
# day", "one resident said" (somebody), "the one thing", "one another".
ONE_IDIOMS = set(
    "day time way side thing another moment hand kind sort point stage place "
    "question reason look thought back elderly more last final other".split()
)
NOT_ONE_BEFORE = re.compile(
    r"(?i)\b(?:the|any|no|every|each|this|that|which|some|said|says|told|according\s+to)\s+$"
)  # ("said one driver from Los Ángeles": a speaker, not a count of drivers)
# (nor one introduced: "One gentleman, who is 91,", "one buyer, a civil servant,")
ONE_NOUN = re.compile(r"\s+(?P<noun>[a-z][a-z\-]+)\b(?!,)(?:\s+(?P<next>\w+))?")
# "One needed", "One comes": a pronoun opening a sentence, before its verb
ONE_BEFORE_A_VERB = re.compile(r"One\s+[a-z]+(?:ed|[^s]s)\b")
SPOKE = {"said", "says", "told", "added", "explained", "recalled", "wrote", "who", "whose"}


def a_count_of_one(body: str, start: int, end: int) -> re.Match | None:
    """The noun a "one" at ``start``..``end`` counts, if it counts one."""
    noun = ONE_NOUN.match(body, end)
    counts = (
        noun
        and noun.group("noun") not in NOT_UNITS | ONE_IDIOMS
        and (noun.group("next") or "") not in SPOKE
        and not NOT_ONE_BEFORE.search(body, max(0, start - 12), start)
        and not ONE_BEFORE_A_VERB.match(body, start)
    )
    return noun if counts else None


# An older year after "in", "since", "from": "born in Mariana in 1762", "built around 1640".
OLD_YEAR = re.compile(
    r"\b(?:in|since|from|until|circa|c\.|(?:built|founded|erected|completed|dating|dated)"
    r"\s+(?:in\s+|from\s+)?(?:around|about|circa|c\.))\s+$"
)
# A year before a plural noun after its month: "the February 2023 earthquakes" (not "the
# 1870 cattle", a count).
YEAR_BEFORE_NOUN = re.compile(
    r"(?:\b(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December))\s+\Z"
)


def a_year(body: str, start: int, value: float) -> bool:
    """Four digits that are a year: 1800 to 2100, or an older year after its cue."""
    return 1800 <= value <= 2100 or (
        1000 <= value < 1800 and bool(OLD_YEAR.search(body[max(0, start - 24) : start]))
    )


PARTICIPLE = re.compile(r"[a-z]{3,}(?<!e)ed")  # "needed", "affected" (not "bed", "seed")


def a_label(body: str, start: int, end: int, number: str) -> bool:
    """A bare whole number after "the" with nothing it counts names something (a bus
    route, a shirt, a room): "the 19 between Llanrwst and Llandudno"."""
    return (
        number.isdigit()
        and bool(re.search(r"\b[Tt]he\s+$", body[max(0, start - 5) : start]))
        and not PART_OF.match(body, end)
        and not re.match(r"\s*(?:[,.]|(?:who|were|are|have|had)\b)", body[end : end + 6])
        and not re.match(
            r" " + PARTICIPLE.pattern + r"\b", body[end : end + 16]
        )  # "the 290 needed"
    )


def the_number_needed(body: str, end: int, match: re.Match) -> bool:
    """ "241 drivers against the 290 needed": a participle, no noun of its own (but
    "Five arrested", "three failed rainy seasons" keep theirs)."""
    return bool(
        PARTICIPLE.fullmatch(match.group("u1"))
        and not (match.group("u2") or "").endswith("s")
        and re.search(r"\b[Tt]he\s+[\d,]+$", body[max(0, end - 16) : end])
    )

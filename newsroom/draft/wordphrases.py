"""Figures written as word phrases: "an hour and a half" (1.5 hours), "more than a
decade" (10 years, qualifier "more than"), "less than an hour", "mother of three"
(3 children), "ten more days", "two behind" (points), "one dose".

Each pattern is narrow on purpose: "a year ago" or "one day we will" are not
figures, so a bare "a" or "one" counts only in these constructions."""

from __future__ import annotations

import re

from .wordlists import TENS_WORDS, UNITS_WORDS, WORD_NUMBER

_N = r"(?P<n>\d{1,3}|" + WORD_NUMBER + r")"
_PERIODS = r"hour|day|week|month|year|minute|decade|century"
# How many of the plain unit a period word is: "a decade" is 10 years.
PERIOD_VALUE = {"decade": (10, "years"), "century": (100, "years"), "fortnight": (2, "weeks")}
AND_A_HALF = re.compile(
    r"(?i:\b(?P<text>(?P<n>an?|one|\d{1,3}|" + WORD_NUMBER + r")\s+(?P<u>" + _PERIODS + r")s?"
    r"\s+and\s+a\s+(?P<part>half|quarter)))\b"  # ("an hour and a quarter": 1.25 hours)
)
A_PERIOD = re.compile(
    r"\b(?P<q>(?:in\s+)?(?:more|less|fewer)\s+than|under|over|nearly|almost|about|within|"
    # (or a bare "in" or "for": "the most in a decade", "handing back keys for a week")
    r"just\s+over|just\s+under|barely|around|in|for)\s+(?P<text>an?\s+(?P<u>"
    + _PERIODS
    + r"|fortnight))\b"
    r"(?!\s+(?:and|or)\s+a\s+(?:half|quarter)|\s+or\b|\s+(?:ago|earlier|later|before)\b)",
    re.IGNORECASE,
)
# "about a year after the flood" (when, not how long); "for a decade of decisions",
# "in a year’s time", "a year-long trial" (no span of time of its own)
AFTER_WORD = re.compile(r"\s+after\b")
NOT_A_SPAN_AFTER = re.compile(r"\s+of\b|['’-]")
PARENT_OF = re.compile(
    r"\b(?P<text>(?:mother|father|mum|mom|dad|parent|grandmother|grandfather|grandparent)"
    r"[\s-]of[\s-]" + _N + r")\b(?![\s-](?:children|kids|sons|daughters))",
    re.IGNORECASE,
)
N_MORE = re.compile(
    r"(?<![\d,.])\b(?P<text>" + _N + r"\s+more\s+(?P<u>[a-z]{3,}s))\b(?<!times)", re.IGNORECASE
)
# A deficit or lead in a table: "seven points from four matches, two behind leaders Mali".
BEHIND = re.compile(
    r"(?:,\s+|\b(?:just|only|now|still|are|is|sit|sits|lie|lies)\s+)(?P<text>"
    + _N
    + r"(?:\s+points?)?\s+(?:behind|adrift|clear)\b)"
)
# "two and a half hours", "two-and-a-half years", "3 1/2 hours", "3½ days": N and a half,
# the unit after.
HALF_BEFORE_UNIT = re.compile(
    r"(?i:\b(?P<text>(?P<n>\d{1,3}|" + WORD_NUMBER + r")(?:[\s-]+and[\s-]+a[\s-]+half|"
    r"\s+1/2|½)[\s-]+(?P<u>" + _PERIODS + r"|mile|kilometre|kilometer|metre|meter|"
    r"litre|liter|kilogram|percent)s?))\b"
)
# "one and a half hectares", "two and a half times": N and a half of any plural noun.
HALF_BEFORE_NOUN = re.compile(
    r"(?i:\b(?P<text>(?P<n>\d{1,3}|" + WORD_NUMBER + r")[\s-]+and[\s-]+a[\s-]+half"
    r"\s+(?P<u>[a-z]{2,}s)))\b"
)
# "one and a half million people", "2 and a half billion dollars": N.5 times the scale.
HALF_SCALE = re.compile(
    r"(?i:\b(?P<text>(?P<n>\d{1,3}|" + WORD_NUMBER + r")[\s-]+and[\s-]+a[\s-]+half[\s-]+"
    r"(?P<scale>thousand|million|billion|trillion)(?:\s+(?P<noun>[a-z]+s|people))?))\b"
)
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
# A race time, "4 hours 1 minute and 37 seconds" or a gap of "1 minute 47 seconds",
# is one duration in seconds.
RACE_TIME = re.compile(
    r"\b(?P<text>(?:(?P<h>\d{1,2})\s+hours?,?\s+)?(?P<m>\d{1,2})\s+minutes?,?\s+(?:and\s+)?"
    r"(?P<s>\d{1,2})\s+seconds?)\b"
)
# "two years and four months" is one duration: 28 months.
COMPOUND_DURATION = re.compile(
    # ("1 hour 20 minutes" goes without the "and"; years and months do not)
    # ("an hour and twenty minutes", "a year and four months")
    r"(?i:\b(?P<text>(?P<n>\d{1,3}|an?|" + WORD_NUMBER + r")\s+(?P<u>year|hour)s?\s+"
    r"(?:and\s+|(?<=hours\s)|(?<=hour\s))"
    r"(?P<m>\d{1,3}|" + WORD_NUMBER + r")\s+(?P<u2>month|minute)s?))\b"
)
# "the top ten students", "in the top 100": a rank's reach.
# ("trips top 1 million": the verb, before an amount)
TOP_N = re.compile(
    r"\b(?P<text>top\s+(?P<n>\d{1,4}|" + WORD_NUMBER + r"))\b"
    r"(?!\s*%|[.,]\d|\s*(?:million|billion|trillion|thousand|mln|bn)\b)"
)
# "a Category 4 system", "Category 2 cyclone": a storm's category on its scale.
STORM_CATEGORY = re.compile(r"\b(?P<text>Category\s+(?P<n>[1-5]))\b")
# "a magnitude 5.8 earthquake", "the 6.1-magnitude quake": a quake on its scale.
QUAKE_MAGNITUDE = re.compile(
    r"\b(?P<text>[Mm]agnitude[- ](?P<n>\d(?:\.\d{1,2})?)|(?P<n2>\d(?:\.\d{1,2})?)[- ]magnitude)\b"
)
# "two or three days", "six to eight hours", "voted seven to two": the first end of a
# range of words counts the same thing as the second.
WORD_RANGE = re.compile(
    r"(?i:\b(?P<text>(?P<n>" + WORD_NUMBER + r"))\s+(?:or|to)\s+(?:" + WORD_NUMBER + r")"
    r"(?:\s+(?P<u>[a-z]{3,}))?)\b"
)
# (the thing counted is a plural noun: "one to five were tested" counts nothing named)
NOT_A_THING = {"was", "has", "is", "does", "this", "thus", "plus", "less", "always", "perhaps"}
# "in the last quarter of an hour", "three quarters of an hour": a period.
QUARTER_HOUR = re.compile(
    r"(?i:\b(?P<text>(?:(?P<n>a|one|three)\s+)?quarters?\s+of\s+an\s+hour))\b"
)
# "fivefold", "a 10-fold rise": a multiplier.
N_FOLD = re.compile(
    r"(?i:(?<![\d.])(?P<text>(?P<n>\d{1,3}(?:\.\d{1,2})?|\b" + WORD_NUMBER + r")-?fold))\b"
)
# "one" is mostly a pronoun; before a countable of these kinds it is a count.
ONE_UNIT = re.compile(
    r"\b(?P<text>[Oo]ne\s+(?:small\s+|single\s+)?(?P<u>dose|jab|injection|shot|goal|point|vote|"
    r"seat|wicket|medal|child|metre|meter|kilometre|kilometer|mile|room|bed|boat|vehicle|car|"
    r"truck|rifle|gun|house|school|temple|greenhouse|tanker|ship|count|death|case|cow|goat))\b"
    r"(?!\s+of\b|\s+in\s+(?:every\s+)?(?:\d|" + WORD_NUMBER + r")\b)"  # not "one child in three"
)
# "three or more children", "two or more cases": the floor of a count.
OR_MORE = re.compile(r"\b(?P<text>" + _N + r"\s+or\s+more\s+(?P<u>[a-z]{3,}))\b", re.IGNORECASE)
# "four times a week": a frequency.
TIMES_A = re.compile(
    r"\b(?P<text>" + _N + r"\s+times\s+(?:an?|per|each)\s+"
    r"(?P<u>hour|day|week|month|year|season))\b",
    re.IGNORECASE,
)
# "once a year", "twice a week": a frequency in one word.
ONCE_A = re.compile(
    r"\b(?P<text>(?P<n>once|twice|thrice)\s+(?:an?|per|each)\s+(?P<u>hour|day|week|month|year|season))\b",
    re.IGNORECASE,
)
ONCE_VALUE = {"once": 1, "twice": 2, "thrice": 3}
# "cuts winter sailings to two a day", "running three a day": so many in a period, the
# thing counted said before (a number in words: digits are counted anyway).
N_A_PERIOD = re.compile(
    r"\b(?P<text>(?P<n>" + WORD_NUMBER + r")\s+(?:a|per)\s+(?P<u>day|week|month|year))\b"
    r"(?!\s+(?:ago|earlier|later))",
    re.IGNORECASE,
)
# "a family of five": the family's size.
FAMILY_OF = re.compile(r"\b(?P<text>(?:family|household)\s+of\s+" + _N + r")\b", re.IGNORECASE)


def value_of(word: str) -> float:
    word = word.lower()
    if re.fullmatch(r"\d+(?:\.\d+)?", word):
        return float(word)  # "a 2.5-fold rise"
    if word in ("a", "an", "one"):
        return 1.0
    if "-" in word:
        tens, units = word.split("-", 1)
        return TENS_WORDS[tens] + UNITS_WORDS[units]
    return float(TENS_WORDS.get(word, UNITS_WORDS.get(word, 0)))


def word_phrases(body: str) -> list[tuple[int, int, float, str, str, str | None]]:
    """(start, end, value, unit, how, qualifier) for every phrase above."""
    found = []
    for m in AND_A_HALF.finditer(body):
        count, unit = PERIOD_VALUE.get(m.group("u").lower(), (1, m.group("u").lower() + "s"))
        value = (value_of(m.group("n")) + (0.5 if m.group("part") == "half" else 0.25)) * count
        found.append((m.start("text"), m.end("text"), value, unit, "'N and a half'", None))
    for m in HALF_BEFORE_UNIT.finditer(body):
        unit = m.group("u").lower()
        unit = "percent" if unit == "percent" else unit + "s"
        value = value_of(m.group("n")) + 0.5
        found.append(
            (m.start("text"), m.end("text"), value, unit, "'N and a half' before its unit", None)
        )
    taken = {start for start, *_ in found}
    for m in HALF_BEFORE_NOUN.finditer(body):
        if m.start("text") not in taken:
            value = value_of(m.group("n")) + 0.5
            how = "'N and a half' before a plural noun"
            found.append((m.start("text"), m.end("text"), value, m.group("u").lower(), how, None))
    for m in HALF_SCALE.finditer(body):
        value = (value_of(m.group("n")) + 0.5) * _SCALES[m.group("scale").lower()]
        unit = (m.group("noun") or "count").lower()
        found.append((m.start("text"), m.end("text"), value, unit, "'N and a half million'", None))
    for m in RACE_TIME.finditer(body):
        value = int(m.group("h") or 0) * 3600 + int(m.group("m")) * 60 + int(m.group("s"))
        how = "a time in hours, minutes and seconds"
        found.append((m.start("text"), m.end("text"), float(value), "seconds", how, None))
    for m in COMPOUND_DURATION.finditer(body):
        big, small = m.group("u").lower(), m.group("u2").lower()
        per = (
            12
            if (big, small) == ("year", "month")
            else 60
            if (big, small) == ("hour", "minute")
            else None
        )
        if per:
            value = value_of(m.group("n")) * per + value_of(m.group("m"))
            how = "a duration in two units ('two years and four months')"
            found.append((m.start("text"), m.end("text"), value, small + "s", how, None))
    for m in TOP_N.finditer(body):
        how = "the reach of a ranking ('the top ten')"
        found.append((m.start("text"), m.end("text"), value_of(m.group("n")), "places", how, None))
    for m in STORM_CATEGORY.finditer(body):
        how = "a storm's category ('a Category 4 cyclone')"
        value = value_of(m.group("n"))
        found.append((m.start("text"), m.end("text"), value, "category", how, None))
    for m in QUARTER_HOUR.finditer(body):
        how = "a quarter of an hour"
        value = 0.75 if (m.group("n") or "").lower() == "three" else 0.25
        found.append((m.start("text"), m.end("text"), value, "hours", how, None))
    for m in QUAKE_MAGNITUDE.finditer(body):
        how = "a quake's magnitude ('a magnitude 5.8 earthquake')"
        value = float(m.group("n") or m.group("n2"))
        found.append((m.start("text"), m.end("text"), value, "magnitude", how, None))
    for m in WORD_RANGE.finditer(body):
        noun = (m.group("u") or "").lower()
        voted = re.search(
            r"\bvot(?:ed|es?|ing)\s+(?:by\s+)?$", body[max(0, m.start() - 12) : m.start()]
        )
        plural = noun.endswith("s") and noun not in NOT_A_THING
        unit = "votes" if voted else noun if plural else None
        aged = re.search(r"\baged\s+$", body[max(0, m.start() - 6) : m.start()])
        if unit and not aged and m.group("n").lower() not in ("a", "an"):
            how = "the first end of a range ('two or three days')"
            found.append((m.start("n"), m.end("n"), value_of(m.group("n")), unit, how, None))
    for m in N_FOLD.finditer(body):
        how = "a multiplier ('fivefold')"
        found.append((m.start("text"), m.end("text"), value_of(m.group("n")), "times", how, None))
    for m in A_PERIOD.finditer(body):
        value, unit = PERIOD_VALUE.get(m.group("u").lower(), (1, m.group("u").lower() + "s"))
        if AFTER_WORD.match(body, m.end()) and not m.group("q").lower().startswith("in"):
            continue  # "about a year after the flood": when, not how long
        qualifier = re.sub(r"^in\s+", "", m.group("q").lower())
        if qualifier in ("in", "for") and NOT_A_SPAN_AFTER.match(body, m.end()):
            continue  # "pay for a decade of decisions", "in a year’s time", "a year-long trial"
        qualifier = None if qualifier in ("in", "for") else qualifier
        how = "a period written as words ('more than a decade')"
        found.append((m.start("text"), m.end("text"), value, unit, how, qualifier))
    for m in PARENT_OF.finditer(body):
        how = "children counted in 'mother of three'"
        found.append(
            (m.start("text"), m.end("text"), value_of(m.group("n")), "children", how, None)
        )
    for m in N_MORE.finditer(body):
        how = "a count before 'more' ('ten more days')"
        found.append(
            (m.start("text"), m.end("text"), value_of(m.group("n")), m.group("u"), how, None)
        )
    for m in BEHIND.finditer(body):
        how = "a deficit or lead in points ('two behind')"
        found.append((m.start("text"), m.end("text"), value_of(m.group("n")), "points", how, None))
    for m in OR_MORE.finditer(body):
        how = "a count's floor ('three or more children')"
        found.append(
            (m.start("text"), m.end("text"), value_of(m.group("n")), m.group("u"), how, "or more")
        )
    for m in TIMES_A.finditer(body):
        unit = f"times {'an' if m.group('u').lower() == 'hour' else 'a'} {m.group('u').lower()}"
        how = "a frequency ('four times a week')"
        found.append((m.start("text"), m.end("text"), value_of(m.group("n")), unit, how, None))
    for m in N_A_PERIOD.finditer(body):
        unit, how = f"a {m.group('u').lower()}", "so many in a period ('two a day')"
        found.append((m.start("text"), m.end("text"), value_of(m.group("n")), unit, how, None))
    for m in ONCE_A.finditer(body):
        unit = f"times {'an' if m.group('u').lower() == 'hour' else 'a'} {m.group('u').lower()}"
        how = "a frequency ('twice a week')"
        found.append(
            (m.start("text"), m.end("text"), ONCE_VALUE[m.group("n").lower()], unit, how, None)
        )
    for m in FAMILY_OF.finditer(body):
        how = "a family's size ('a family of five')"
        found.append((m.start("text"), m.end("text"), value_of(m.group("n")), "people", how, None))
    for m in ONE_UNIT.finditer(body):
        unit = m.group("u").lower() + "s"
        found.append((m.start("text"), m.end("text"), 1.0, unit, "'one' before a countable", None))
    return found

"""Figures written as phrases, found before single numbers so that their parts are
not figures of their own: proportions ("1 in 8"), age groups ("children under
five"), multipliers ("three times", "twice"), fractions of a scale word ("a quarter of a
million" = 250,000) and fractions ("a quarter", "nearly half", "two thirds").

A fraction is drafted as its value (0.25 for "a quarter of the workforce"), with
unit "fraction"; "the third quarter", "the second half" and "half an hour" are
periods, not fractions, and are left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .units import CURRENCY, currency_name
from .wordlists import (
    COMMON_WORDS,
    MONTHS,
    ORDINAL_WORDS,
    SCALES,
    TENS_WORDS,
    UNITS_WORDS,
    WORD_NUMBER,
)
from .wordphrases import word_phrases

# A decimal comma before a scale word or a percentage: "1,2 million", "61,4 per cent" (never
# thousands: they need three).
COMMA_DECIMAL = (
    r"\d{1,3},\d{1,2}"
    r"(?=\s?(?:million|billion|trillion|mil|mln|bn)\b|\s?%|\s(?:per\s?cent|percent)\b)"
    # and euro cents, as the euro's countries print them: "€2,50", "12,80 euros"
    r"|(?<=€)\d{1,3},\d{2}(?![\d,])|\d{1,3},\d{2}(?=\s?(?:€|euros?\b|EUR\b))"
    # and measures: "2,5 km", "1,75 m", "3,8 tonnes" (a list of numbers has a space)
    r"|(?<![\d,])\d{1,3},\d{1,2}(?=\s?(?:km/h|km|m|cm|mm|kg|ha|°C|kilomet(?:re|er)s|"
    r"met(?:re|er)s|kilos|kilograms|tonnes|tons|lit(?:re|er)s|hectares|degrees)\b)"
)

# Dots as the thousands separator, as continental Europe, Latin America and Indonesia
# print them: "1.234.567 tonnes", and one group ending in hundreds ("R$ 1.900",
# "12.000 people"), which English writes as a decimal only by mistake.
DOTTED_DIGITS = r"\d{1,3}(?:\.\d{3}){2,}(?![\d,.]\d)|\d{1,3}\.\d00(?![\d,.]\d)"
# A space as the thousands separator ("R500 000", "1 200 km"), not after a month
# ("March 3 200 protesters" is a date, then a count).
_NOT_AFTER_MONTH = "".join(f"(?<!{m.title()} )" for m in sorted(MONTHS) if m.isalpha())
SPACED_DIGITS = _NOT_AFTER_MONTH + r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.]\d)"
# Apostrophes between thousands, as Swiss and Liechtenstein papers print them: "CHF 65'000".
APOSTROPHE_DIGITS = r"\d{1,3}(?:['’]\d{3})+(?![\d,.'’]\d)"
# Thousands with dots and a decimal comma ("1.250,50 euros"), and India's lakh
# grouping ("Rs 3,20,000", "12,34,56,789"): digits English papers print from there.
DOTTED_DECIMAL = r"\d{1,3}(?:\.\d{3})+,\d{1,2}(?![\d,.]\d)"
INDIAN_DIGITS = r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?![\d,.]\d)"
OTHER_GROUPINGS = DOTTED_DECIMAL + "|" + INDIAN_DIGITS

NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|" + WORD_NUMBER + r")"
PROPORTION = re.compile(
    r"(?<![\w.,])(?P<a>"
    + NUMBER
    + r")\s+(?P<how>in|out\s+of|of)\s+(?:every\s+)?(?P<b>"
    + NUMBER
    + r")\b"
    r"(?:\s+(?P<noun>[a-z][a-z\-]+))?",
    re.IGNORECASE,
)
RANGE_END_BEFORE = re.compile(
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s*(?:to|-|–)\s*$",
    re.IGNORECASE,
)
# Words after "one in five" that are no noun: "One in five had high levels".
NOT_A_SHARES_NOUN = {
    "the", "a", "an", "and", "of", "had", "has", "have", "were", "was", "is", "are", "will",
    "would", "could", "said", "say", "says", "who", "that", "to", "in", "on", "at", "for",
}  # fmt: skip
# "up from 1,900 in 2019": a count, then the year it was counted
YEAR = re.compile(r"(?:1[89]|20)\d\d")
PERSON_NOUNS = (
    r"children|kids|babies|infants|toddlers|people|adults|pupils|those|patients|men|women|boys|"
    r"girls|players|residents|workers|voters|drivers|smokers|teenagers|youngsters|anyone|everyone"
)
AGE_GROUP = re.compile(
    r"\b(?:" + PERSON_NOUNS + r")\s+(?:aged\s+)?(?P<text>(?P<q>under|over|below|above)\s+"
    r"(?P<n>\d{1,3}|" + WORD_NUMBER + r"))\b(?!\s*(?:%|percent|per\s|years?\b|months?\b|weeks?\b|"
    # (not "under five years", "under five families": a plural noun counts; "as" is none)
    r"million|billion|thousand|hundred|(?!(?:as|is|was|has|this|thus|its|his|us)\b)[a-z]+s\b))",
    re.IGNORECASE,
)
# "children under the age of ten": an age group written out
UNDER_THE_AGE_OF = re.compile(
    r"\b(?P<text>(?P<q>under|over|below|above)\s+the\s+age\s+of\s+(?P<n>\d{1,3}|"
    + WORD_NUMBER
    + r"))\b",
    re.IGNORECASE,
)
_NOT_NOUN = r"(?:in|to|or|and|of|out|from)\b"  # ("aged one to six in 22 villages")
# "Nearly one adult in five", "one child in three", "one primary school teacher in
# three": a proportion with its noun inside.
ONE_NOUN_IN_N = re.compile(
    r"(?<![\w.,])[Oo]ne\s+(?P<noun>(?:(?!" + _NOT_NOUN + r")[a-z][a-z\-]+\s+){0,2}"
    r"(?!" + _NOT_NOUN + r")[a-z][a-z\-]+)"
    r"\s+in\s+(?:every\s+)?(?P<b>" + NUMBER + r")\b"
)
# "Every fourth manat of the budget": one in four.
EVERY_NTH = re.compile(
    r"\b[Ee]very\s+(?P<n>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b"
)
# "15- to 24-year-olds": a range whose first end shares the second's "-year-old".
SUSPENDED_AGES = re.compile(r"\b(?P<a>\d{1,3})-\s+to\s+(?P<b>\d{1,3})-year-olds?\b")
AGE_RANGE = re.compile(
    r"\baged\s+(?P<a>\d{1,3}|"
    + WORD_NUMBER
    + r")\s*(?:to|and|-|–)\s*(?P<b>\d{1,3}|"
    + WORD_NUMBER
    + r")\b(?!\s*(?:%|percent|months?|weeks?|days?))",
    re.IGNORECASE,
)
AGE_BAND = re.compile(
    r"\b(?P<text>(?P<q>under|over)-(?P<n>\d{1,3}|" + WORD_NUMBER + r")s)\b", re.IGNORECASE
)
MULTIPLIER = re.compile(
    r"(?<![\w.,])(?<!at )(?<!many )(?<!several )(?<!some )(?P<text>(?P<n>\d+(?:\.\d+)?|"
    + WORD_NUMBER
    + r")\s+times)\b(?!\s+(?:a|an|per|each|every)\b)",
    re.IGNORECASE,
)
# "twice" and "thrice" are multipliers of their own ("scored twice", "twice as fast"),
# but "twice a week" is a frequency, as "three times a week" is.
TWICE = re.compile(r"\b(?P<text>(?i:twice|thrice))\b(?!\s+(?:a|an|per|each|every)\b)")
# "almost double what it produced", "nearly double a normal sale": a multiplier as a
# comparison (not the verb: "will nearly double the price", "to double the fleet").
DOUBLE = re.compile(
    r"(?<!\bto )(?<!will )(?<!would )(?<!could )(?<!may )(?<!might )(?<!can )"
    r"\b(?P<text>(?P<q>nearly|almost|roughly|about|close to|more than)\s+"
    r"(?P<n>double|triple|treble))"
    r"\s+(?=(?:what|a|an|the|its|their|his|her|last|that|this)\b)",
    re.IGNORECASE,
)
TEMPERATURE = re.compile(
    r"(?<![\w.,])(?P<text>(?P<minus>minus\s+|-|−)?(?P<n>\d{1,3}(?:\.\d)?)\s?(?:°\s?|degrees\s+)?"
    r"(?P<scale>C|F|Celsius|Fahrenheit)\b)"
)
# A range of money with one currency sign and one scale word: "€20–25 million" is
# 20 million to 25 million euros, two figures.
MONEY_RANGE = re.compile(
    r"(?<![\w.,:/-])(?P<cur>" + CURRENCY + r")\s?(?P<a>\d+(?:\.\d+)?)\s?(?:[-–]|\s+to\s+)\s?"
    r"(?:(?P=cur)\s?)?(?P<b>\d+(?:\.\d+)?)\s?(?P<scale>million|billion|trillion|thousand|"
    r"bn|m|k)\b"
)
FRACTIONS = {"half": 0.5, "third": 1 / 3, "quarter": 0.25, "fifth": 0.2, "sixth": 1 / 6,
             "eighth": 0.125, "tenth": 0.1}  # fmt: skip
FRACTION_OF_SCALE = re.compile(
    r"\b(?P<a>a|one|two|three|four)[\s-](?P<f>half|halves|thirds?|quarters?|fifths?|tenths?)"
    r"\s+of\s+an?\s+(?P<scale>million|billion|trillion)\b",
    re.IGNORECASE,
)
# Quarters of a year, not of a whole: in a range, or in a row.
QUARTERS_OF_A_YEAR = re.compile(
    r"(?<=\w\s(?:to|or)\s)\w+\s+quarters\b|\w+\s+quarters\s+(?:in\s+a\s+row|running|straight|"
    r"to\s+recover)\b",
    re.IGNORECASE,
)
FRACTION_WORDS = {
    "half",
    "halves",
    "third",
    "thirds",
    "quarter",
    "quarters",
    "fifth",
    "fifths",
    "sixth",
    "sixths",
    "eighth",
    "eighths",
}


def a_fraction_not_a_unit(unit: str, body: str, start: int) -> bool:
    """ "two of a kind", "three quarters" of a whole: a word number needs what it counts
    (but "three quarters in a row" counts quarters of a year)."""
    return unit in FRACTION_WORDS and not QUARTERS_OF_A_YEAR.match(body, start)


FRACTION = re.compile(
    # not inside a word ("it's half"), but after an opening quotation mark ("'A third of")
    r"(?<![\w-])(?<![\w][’'])(?P<text>(?:(?P<a>[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our)[\s-])?"
    r"(?P<f>[Hh]alf|halves|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?))\b"
    r"(?![\s-]+(?:an?\s+hour|time|term|century|year|way|marathon|hearted|price|back|dozen))"
    r"(?!-)"  # "a third-grade teacher", "a quarter-final"
)
# After "a third", "a fifth": the word that makes it an ordinal, not a fraction.
ORDINAL_USE_AFTER = re.compile(
    r"\s+(?:consecutive|straight|successive|failed\s+(?!to\b)[a-z]+|term|season|round|wave|"
    r"attempt|child|son|daughter|victim|suspect|body|case|match|game|goal|title|edition|"
    r"generation|phase|stage|year|day|week|month)\b"
)
# A singular noun after "a third", "a fifth" (not a verb, a plural, a unit or a function
# word): the ordinal's noun, as in "a third outlet", "a fifth hospital".
NOUN_AFTER = re.compile(r"\s+(?P<word>[a-z][a-z\-]+)\b(?!['’])")
NOT_ORDINAL_NOUNS = COMMON_WORDS | set(
    "less fewer lower higher smaller larger bigger below above down up said say voted "
    "mile pound inch acre hectare kilometre kilometer metre meter cup share point century".split()
)


def _before_a_singular_noun(body: str, end: int, base: str) -> bool:
    noun = NOUN_AFTER.match(body, end)
    word = noun.group("word") if noun else ""
    return (
        base in ("third", "fifth", "sixth", "eighth", "tenth")
        and bool(word)
        and word not in NOT_ORDINAL_NOUNS
        and not word.endswith(("s", "ed", "ly"))
        # "nearly a third saying they worked": a participle with its clause, not a noun
        and not re.match(
            r"\s+[a-z]+ing\s+(?:they|that|their|them|it|its|he|she|we|the)\b", body[end:]
        )
    )


HALF_A_UNIT = re.compile(
    r"(?<![\w-])[Hh]alf\s+an?\s+(?P<unit>hour|minute|second|day|week|month|year|decade|century|"
    r"metre|meter|kilometre|kilometer|mile|litre|liter|kilo|kilogram|tonne|ton|hectare|acre|"
    r"point|percentage\s+point|million|billion|thousand|hundred|dozen)\b"
)
HALF_SCALES = {"million": 1e6, "billion": 1e9, "thousand": 1e3, "hundred": 100, "dozen": 12}
PERIOD_BEFORE = re.compile(
    # (not "that": "said that half of the crop" is a conjunction before a fraction)
    r"\b(?:the|first|second|third|fourth|final|last|next|this|each|every|per|a|its)\s+$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Amount:
    start: int
    end: int
    number_start: int
    value: float
    unit: str
    how: str
    qualifier: str | None = None


def number_value(text: str) -> float:
    text = text.lower().replace(",", "")
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text)
    if "-" in text:
        tens, units = text.split("-", 1)
        return TENS_WORDS[tens] + UNITS_WORDS[units]
    return TENS_WORDS.get(text, UNITS_WORDS.get(text, 0))


def phrase_amounts(body: str) -> list[Amount]:
    found: list[Amount] = [
        Amount(start, end, start, value, unit, how, qualifier)
        for start, end, value, unit, how, qualifier in word_phrases(body)
    ]
    for match in PROPORTION.finditer(body):
        a, b = number_value(match.group("a")), number_value(match.group("b"))
        if (
            not 0 < a < b
            or RANGE_END_BEFORE.search(body[max(0, match.start() - 12) : match.start()])
            or YEAR.fullmatch(match.group("b"))
            # ("children under the age of ten in 12 villages": an age, then a count)
            or re.search(r"\bage\s+of\s+$", body[max(0, match.start() - 8) : match.start()])
            # ("7 of 10 homes" is a share; "3 of 5 judges" a count of judges)
            or (match.group("how").lower() == "of" and b not in (10, 100))
        ):
            # "aged 10 to 14 in 16 municipalities", "aged one to six in 22 villages": a
            # range's end, then a count; "1,900 in 2019": a count and its year
            continue
        noun = match.group("noun")
        a_noun = noun and noun not in NOT_A_SHARES_NOUN and not noun.endswith("ed")
        end = match.end("noun") if a_noun else match.end("b")  # not "three in 10 opposed"
        unit = f"share of {noun}" if end == match.end("noun") else "share"
        found.append(
            Amount(
                match.start(),
                end,
                match.start(),
                a / b,
                unit,
                f"a proportion ('{match.group('a')} in {match.group('b')}')",
            )
        )
    for match in ONE_NOUN_IN_N.finditer(body):
        # "one adult in five", "one child in three": the noun between the two numbers
        b = number_value(match.group("b"))
        year = 1800 <= b <= 2100 and "," not in match.group("b")  # ("one day in 2019")
        if b > 1 and not year and (" " not in match.group("noun") or b <= 100):
            how = f"a proportion ('one {match.group('noun')} in {match.group('b')}')"
            noun = match.group("noun").split()[-1]
            plural = {"child": "children", "person": "people", "man": "men", "woman": "women"}
            unit = f"share of {plural.get(noun, noun + 's')}"
            found.append(Amount(match.start(), match.end(), match.start(), 1 / b, unit, how))
    for match in EVERY_NTH.finditer(body):
        n = ORDINAL_WORDS[match.group("n").lower()]
        how = f"a proportion ('every {match.group('n')}')"
        found.append(Amount(match.start(), match.end(), match.start(), 1 / n, "share", how))
    for match in [*AGE_RANGE.finditer(body), *SUSPENDED_AGES.finditer(body)]:
        # "aged one to five": the youngest and the oldest, two ages
        for group, qualifier in (("a", "from"), ("b", "to")):
            found.append(
                Amount(
                    match.start(group),
                    match.end(group),
                    match.start(group),
                    number_value(match.group(group)),
                    "years of age",
                    "an age range ('aged one to five')",
                    qualifier,
                )
            )
    for pattern in (AGE_GROUP, AGE_BAND, UNDER_THE_AGE_OF):
        for match in pattern.finditer(body):
            found.append(
                Amount(
                    match.start("text"),
                    match.end("text"),
                    match.start("n"),
                    number_value(match.group("n")),
                    "years of age",
                    "an age group ('under five', 'over-65s')",
                    match.group("q").lower(),
                )
            )
    for match in MULTIPLIER.finditer(body):
        found.append(
            Amount(
                match.start("text"),
                match.end("text"),
                match.start("n"),
                number_value(match.group("n")),
                "times",
                "a multiplier ('three times')",
            )
        )
    for match in TWICE.finditer(body):
        found.append(
            Amount(
                match.start(),
                match.end(),
                match.start(),
                2 if match.group().lower() == "twice" else 3,
                "times",
                "a multiplier ('twice')",
            )
        )
    for match in DOUBLE.finditer(body):
        found.append(
            Amount(
                match.start("text"),
                match.end("text"),
                match.start("n"),
                2 if match.group("n").lower() == "double" else 3,
                "times",
                "a multiplier as a comparison ('nearly double what')",
                match.group("q").lower(),
            )
        )
    for match in MONEY_RANGE.finditer(body):
        low, high = float(match.group("a")), float(match.group("b"))
        scale = SCALES[match.group("scale").lower()]
        if not low < high:
            continue
        unit, how = currency_name(match.group("cur")), "a range of money ('€20–25 million')"
        for start, end, value in (
            (match.start(), match.end("a"), low),
            (match.start("b"), match.end(), high),
        ):
            found.append(Amount(start, end, start, round(value * scale, 6), unit, how))
    for match in TEMPERATURE.finditer(body):
        value = float(match.group("n")) * (-1 if match.group("minus") else 1)
        unit = "degrees Fahrenheit" if match.group("scale").startswith("F") else "degrees Celsius"
        found.append(
            Amount(match.start(), match.end(), match.start(), value, unit, "a temperature")
        )
    for match in FRACTION_OF_SCALE.finditer(body):
        count = 1 if match.group("a").lower() in ("a", "one") else number_value(match.group("a"))
        fraction = FRACTIONS[match.group("f").lower().rstrip("s").replace("halve", "half")]
        value = count * fraction * SCALES[match.group("scale").lower()]
        found.append(
            Amount(
                match.start(),
                match.end(),
                match.start(),
                round(value, 6),
                "count",
                "a fraction of a scale word",
            )
        )
    for match in FRACTION.finditer(body):
        word = match.group("f").lower()
        count = match.group("a")
        base = word.rstrip("s").replace("halve", "half")
        if count is None and (
            base != "half" or PERIOD_BEFORE.search(body[max(0, match.start() - 12) : match.start()])
        ):
            continue  # "the third quarter", "the second half": periods; "quarters" alone
        if count and count.lower() in ("a", "one") and word.endswith("s"):
            continue
        if word == "quarters" and count and QUARTERS_OF_A_YEAR.match(body, match.start()):
            continue  # "two to three quarters to recover": a count of quarters, read below
        if base == "half" and count is None and HALF_A_UNIT.match(body, match.start("f")):
            continue  # "half a metre", "half a million": read whole below
        if count and count.lower() == "a" and ORDINAL_USE_AFTER.match(body, match.end()):
            continue  # "a third failed rainy season", "a fifth consecutive year": an ordinal
        if count and count.lower() == "a" and _before_a_singular_noun(body, match.end(), base):
            continue  # "a third outlet": the ordinal counts it (not "a third said", "a third of")
        if (
            count is None
            and not re.match(
                r"\s+(?:of|the|a|an|their|its|our|all|his|her|my|your)\b", body[match.end() :]
            )
            and not re.search(
                r"\b(?:than|nearly|almost|about|around|over|under|roughly|some|just|only|by)\s+$",
                body[max(0, match.start() - 12) : match.start()],
            )
        ):
            continue  # "half" alone: "cut in half", "half-time"
        number = 1 if count is None or count.lower() in ("a", "one") else number_value(count)
        century = re.match(r"\s+of\s+a\s+century\b", body[match.end() :])
        if century:  # "a quarter of a century": 25 years, not a quarter
            end = match.end() + century.end()
            value = round(number * FRACTIONS[base] * 100, 9)
            how = f"a fraction of a century ('{body[match.start('text') : end]}')"
            found.append(Amount(match.start("text"), end, match.start("text"), value, "years", how))
            continue
        found.append(
            Amount(
                match.start("text"),
                match.end("text"),
                match.start("text"),
                round(number * FRACTIONS[base], 12),  # a third is 0.333..., as annotated
                "fraction",
                f"a fraction ('{match.group('text')}')",
            )
        )
    for match in HALF_A_UNIT.finditer(body):
        # "rises another half a metre", "walk for half an hour": half of the unit;
        # "half a million people": half of the scale, counting the noun after it
        unit = match.group("unit").lower()
        scale = HALF_SCALES.get(unit)
        noun = re.match(r"\s+([a-z]+s)\b", body[match.end() : match.end() + 30]) if scale else None
        if unit == "century":  # "half a century": 50 years
            how = f"half a century ('{match.group()}')"
            found.append(Amount(match.start(), match.end(), match.start(), 50, "years", how))
            continue
        found.append(
            Amount(
                match.start(),
                match.end() + (noun.end() if noun else 0),
                match.start(),
                0.5 * scale if scale else 0.5,
                (noun.group(1) if noun else "count") if scale else unit.rstrip("s") + "s",
                f"half a unit ('{match.group()}')",
            )
        )
    return found


def digits_value(number: str, dotted_style: bool = False) -> float:
    """The value of digits as printed: "1,500", "1 500", "1.500.000", "1,2" (million)."""
    if re.fullmatch(DOTTED_DIGITS, number) or (
        dotted_style and re.fullmatch(r"\d{1,3}\.\d{3}", number)
    ):
        return float(number.replace(".", ""))
    if re.fullmatch(DOTTED_DECIMAL, number):  # "1.250,50"
        return float(number.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d{1,3},\d{1,2}", number):  # (COMMA_DECIMAL, its scale word left out)
        return float(number.replace(",", "."))
    return float(re.sub(r"[,\s'’]", "", number))


SCALE_WORD = re.compile(r"\b(?:thousand|million|billion|trillion|lakh|crore)\b")


def scale_of_the_high_end(high_text: str, high_value: float, low_text: str) -> float:
    """The scale a range's low end leaves to its high end: "between 94 and 97 million
    years" is 94 million (1 when the low end has its own, or is the larger number:
    "between 900,000 and 1.2 million", or the high end has none)."""
    number = re.search(r"\d+(?:\.\d+)?", high_text.replace(",", ""))
    if not number or not SCALE_WORD.search(high_text) or SCALE_WORD.search(low_text):
        return 1
    low = re.fullmatch(r"\D*(\d+(?:\.\d+)?)\D*", low_text.replace(",", ""))
    if not low or float(low.group(1)) >= float(number.group()):
        return 1
    scale = high_value / float(number.group())
    return scale if scale >= 1000 else 1

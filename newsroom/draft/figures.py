"""Figures: numbers with their unit, qualifier and the clause they stand in."""

from __future__ import annotations

import re

from .amounts import (
    APOSTROPHE_DIGITS,
    COMMA_DECIMAL,
    DOTTED_DIGITS,
    OTHER_GROUPINGS,
    SPACED_DIGITS,
    a_fraction_not_a_unit,
    digits_value,
    phrase_amounts,
    scale_of_the_high_end,
)
from .candidates import FigureCandidate, QuoteCandidate
from .dates import clause_around
from .ellipses import left_out_nouns
from .figurecontext import (
    AGE_APPOSITION,
    AGE_BEFORE,
    CLOCK_AFTER,
    COMPOUND_UNIT,
    CONSECUTIVE,
    DATE_RANGE_BEFORE,
    DISTANCE_AFTER,
    GROUP_OF_BEFORE,
    IRREGULAR_PLURALS,
    LENGTH_UNITS,
    MINUS_BEFORE,
    MORE_BEFORE_NOUN,
    NOT_A_SECOND,
    PART_OF,
    RANK_COMPOUND,
    RATE_PER,
    SHORT_UNIT_COMPOUND,
    VOTES_AFTER,
    WORD_COMPOUND,
    plural_past_modifiers,
    qualifier_before,
    stands_for_people,
)
from .notfigures import YEAR_BEFORE_NOUN, a_count_of_one, a_label, a_year, the_number_needed
from .text import LOWER, occurrence_of
from .units import (
    CURRENCY,
    CURRENCY_AFTER,
    MEASURE_AFTER,
    SHY_CURRENCY,
    UNIT_SUFFIX,
    UNIT_SUFFIXES,
    currency_name,
    measure_name,
)
from .wordlists import (
    NOT_UNITS,
    ORDINAL_NUMBER,
    ORDINAL_WORDS,
    SCALES,
    WORD_NUMBER,
)
from .wordnumbers import COMPOUND_WORD_NUMBER, word_value

DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# A currency touches the digits or stands a space before them ("$US640m", "KSh 450,000");
# a one-letter currency ("R2.4bn") is checked for a scale after the match.
FIGURE_DIGITS = re.compile(
    # (two capitals may stand a space before: "KD 3.2 billion", "BD 450,000")
    r"(?<![\w.,:/-])(?:(?P<cur>(?:" + CURRENCY + r")\s?)|(?P<shy>" + SHY_CURRENCY + r")"
    r"(?:(?<=[A-Z]{2}) )?)?"
    r"(?P<num>"
    + SPACED_DIGITS
    + "|"
    + APOSTROPHE_DIGITS
    + "|"
    + OTHER_GROUPINGS
    + "|"
    + DOTTED_DIGITS
    + "|"
    + COMMA_DECIMAL
    + "|"
    + DIGITS
    + r")"
    r"(?:(?P<usfx>" + UNIT_SUFFIX + r")|(?P<suffix>bn|tn|mn|mln|bln|bil|mil|b|m|k|p|Bn|BN|M|B|K))?"
    r"(?![\w:/²]|-\d|,\d|\.\d)"
    # ("2.3 mln", as agencies write it; "a 5.2-billion-yuan bridge")
    # ("$7.5-million", as Canadian papers print it)
    r"(?:(?:\s*|-(?=(?:thousand|million|billion|trillion|lakh|crore)\b))"
    r"(?P<scale>hundred|thousand|million|billion|trillion|lakh\s+crore|lakh|crore|bn|bln|mln|mn|mil|"
    r"m|k)\b)?"
    r"(?P<pct>\s*%)?"
)
FIGURE_WORDS = re.compile(
    r"\b(?P<num>"
    + COMPOUND_WORD_NUMBER  # ("three hundred and twelve homes")
    + r"|"
    + WORD_NUMBER
    + r"|[Aa](?=\s+(?:dozen|hundred|thousand|million)\b))\b"  # "a dozen homes", "a thousand"
    # ("Two hundred thousand rats": both scales)
    + r"(?:\s+(?P<scale>(?:hundred\s+)?(?:thousand|million|billion)|hundred|lakh|crore|dozen)\b)?",
    re.IGNORECASE,
)
# A place in a table or a race: "finished seventh", "came second", "sits fourth".
PLACING_BEFORE = re.compile(
    r"\b(?:finish(?:ed|es|ing)?|came|comes|placed|end(?:ed|s|ing)|lie|lies|lying|sit|sits|sitting|"
    r"(?:climb|rise|rose|drop|fell|fall|slip|move)(?:s|ed|ped|ping|ing)?(?:\s+up)?\s+to)\s+$"
)
FIGURE_ORDINAL = re.compile(
    r"\b(?P<num>" + ORDINAL_NUMBER + r"|\d+(?:st|nd|rd|th))\b", re.IGNORECASE
)
AGE = re.compile(r"-year-old\b")  # used with .match(body, pos): no "^"
UNIT_AFTER = re.compile(
    r"\s+(?P<u1>" + LOWER + r"[\w\-]*)(?:\s+(?P<u2>" + LOWER + r"[\w\-]*))?"
)  # "2,000 zł" too


# Two numbers joined by a hyphen or dash: a range when a unit follows ("30-40 per cent").
RANGE = re.compile(
    r"(?<![\w.,:/-])(?P<a>" + DIGITS + r")\s?[-–]\s?(?P<b>" + DIGITS + r")(?![\w.,:/-]\d|[\w-])"
)
RANGE_JOIN = re.compile(r"\s+(?:and|to)\s+|\s?[-–]\s?")
# Other spellings of the scale letters: "$1.9b", "Dh5mn", "RUB 3 bln".
# Capitals ("$96M", "$2B", "€5K") only with a currency: "3M" is a firm, "5K" a race.
# Malaysian papers write "RM1.2bil" and "RM310mil".
SUFFIX_SPELLINGS = {"b": "bn", "bln": "bn", "mn": "m", "mln": "m", "Bn": "bn", "BN": "bn",
                    "bil": "bn", "mil": "m"}  # fmt: skip
CAPITAL_SUFFIXES = {"M": "m", "B": "bn", "K": "k", "Bn": "bn", "BN": "bn"}


def unit_after(body: str, end: int) -> tuple[str | None, int]:
    """The noun a number counts ("150,000 troops", "30 member countries"): the
    next word, or the next two when the first modifies a plural noun."""
    match = UNIT_AFTER.match(body, end)
    if not match or match.group("u1") in NOT_UNITS or the_number_needed(body, end, match):
        return plural_past_modifiers(body, end)
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


def figure_candidates(
    body: str, skip: list[tuple[int, int]], quotes: list[QuoteCandidate]
) -> list[FigureCandidate]:
    """Numbers with what they count: digits, decimals, scale words, currencies,
    percentages, numbers written as words, ordinals and ages. Years, dates,
    times, scores and numbers inside names are skipped."""
    figures: list[FigureCandidate] = []
    taken = list(skip)
    # An article that prints "30.000" or "1.234.567" puts dots between thousands
    # everywhere: its "1.051 kilometres" is 1,051.
    dotted_style = bool(re.search(DOTTED_DIGITS, body))
    # A one-letter currency the article prints with a scale or thousands ("BD32m",
    # "Q2.3 million") is that currency in its small amounts too ("BD10", "Q300").
    confirmed_shy = {
        m.group("shy")
        for m in FIGURE_DIGITS.finditer(body)
        if m.group("shy")
        and (m.group("scale") or m.group("suffix") or re.search(r"[, ]|\.\d\d$", m.group("num")))
    }

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

    for amount in phrase_amounts(body):
        if not free(amount.start, amount.end):
            continue
        unit, end = amount.unit, amount.end
        if unit == "count":
            unit, end = unit_after(body, amount.end)
            unit = unit or "count"
        add(amount.start, end, amount.value, unit, amount.how, amount.number_start)
        if amount.qualifier:
            figures[-1].qualifier = amount.qualifier

    for match in RANGE.finditer(body):
        low, high = (float(match.group(k).replace(",", "")) for k in ("a", "b"))
        unit, unit_end = _range_unit(body, match)
        if unit is None or not low < high or 1800 <= low <= 2100:
            continue  # "won 3-2", "the 2019-20 season"
        how = "a range ('30-40 per cent')"
        add(match.start("a"), match.end("a"), low, unit, how + ", its low end", match.start("a"))
        add(match.start("b"), unit_end, high, unit, how + ", its high end", match.start("b"))

    for match in FIGURE_DIGITS.finditer(body):
        start, end = match.start(), match.end()
        if not free(start, end):
            continue
        number = match.group("num")
        value = digits_value(number, dotted_style)
        currency, scale, percent = match.group("cur"), match.group("scale"), match.group("pct")
        suffix = SUFFIX_SPELLINGS.get(match.group("suffix"), match.group("suffix"))
        if match.group("suffix") in CAPITAL_SUFFIXES:
            if not (currency or match.group("shy")):
                continue
            suffix = CAPITAL_SUFFIXES[match.group("suffix")]
        if CLOCK_AFTER.match(body, end) or DATE_RANGE_BEFORE.search(
            body[max(0, start - 25) : start]
        ):
            continue
        if match.group("shy"):
            # "R34" is a road, "N95" a mask (unless "BD32m" said it is money); an amount
            # in cents is money ("K28.50"), unlike "an M4.5 quake"
            if not (scale or suffix or re.search(r"[, ]|\.\d\d$", number)) and (
                match.group("shy") not in confirmed_shy or body[start - 4 : start] == "the "
            ):
                continue  # ("the R545 between eMalahleni and Kriel": a road, in rand too)
            currency = match.group("shy")
        hyphened = currency and re.match(r"-[MB]\b", body[end : end + 3])  # "P180-M"
        scale, end = (
            ({"M": "m", "B": "bn"}[hyphened.group()[1]], end + 2) if hyphened else (scale, end)
        )
        end += scale == "mil" and body.startswith(".", end)  # Kyodo's "212 mil. yen"
        minus = MINUS_BEFORE.search(body, max(0, start - 7), start)
        if minus and not currency:  # "minus 19 degrees", "−12°C": below zero
            value, start = -value, minus.start()
        if suffix == "bn" and match.group("suffix") == "b" and not currency:
            continue  # "5b" alone is a name ("Boeing 5b"), "$1.9b" is money
        if match.group("usfx"):
            unit = UNIT_SUFFIXES[match.group("usfx")]
            add(start, end, value, unit, "digits with a unit against them ('214mm')", start)
            continue
        if "m" in (suffix, scale) and not currency and DISTANCE_AFTER.match(body, end):
            add(start, end, value, "metres", "digits with 'm' before a distance word", start)
            continue
        if (scale in ("m", "k") or suffix in ("m", "k")) and not currency:
            # "1.5m people" is 1.5 million; "a 5m wall" and "5 m" are metres
            noun, _ = unit_after(body, end)
            plural = noun and (noun.endswith("s") or noun in IRREGULAR_PLURALS)
            if not (suffix and plural and noun not in LENGTH_UNITS):
                continue
        if suffix == "p":
            if currency:
                continue
            add(start, end, value, "pence", "an amount in pence", start)
            continue
        if suffix:
            value = round(value * SCALES[suffix], 6)  # "£4.1m", "$2.7bn", "€300k"
        if scale:
            value = round(value * SCALES[SUFFIX_SPELLINGS.get(scale, " ".join(scale.split()))], 6)
        scale = scale or suffix
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
            and " " not in number
            and a_year(body, start, value)
            and not CURRENCY_AFTER.match(body, end)
        ):
            unit, noun_end = unit_after(body, end)  # (the noun right after: "2020 Paralympic")
            plural = unit and (
                unit.endswith("s")
                and not unit.endswith(("us", "is", "ss"))
                or unit in IRREGULAR_PLURALS  # ("1870 cattle")
            )
            if (
                not plural
                or body[end:noun_end].strip() != unit
                or YEAR_BEFORE_NOUN.search(body, max(0, start - 12), start)
            ):
                continue  # a year (and "the 2020 census", "the February 2023 earthquakes")
        if currency:
            unit, unit_end = currency_name(currency), end
            how = "a currency amount" + (" with a scale word" if scale else "")
        elif percent:
            unit, unit_end, how = "percent", end, "a percentage"
        else:
            pct = re.match(
                r"\s+(?:percent|per cent)\b|\s+(?P<points>percentage|basis) points?\b", body[end:]
            )
            if pct:  # (a central bank's "50 basis points" too)
                points = pct.group("points")
                unit = f"{points} points" if points else "percent"
                unit_end = end + pct.end()
                how = "a percentage"
            else:
                unit, unit_end = unit_after(body, end)
                hyphened = scale and re.match(r"-(" + LOWER + r"\w*)", body[end:])
                if hyphened:  # "5.2-billion-yuan"
                    unit, unit_end = hyphened.group(1), end + hyphened.end()
                how = "digits" + (" with a scale word" if scale else "")
                measure = MEASURE_AFTER.match(body, end)
                if measure:  # "12 sq km", "1.2 billion cubic metres", "7.2 pc"
                    unit, unit_end = measure_name(measure.group("unit")), measure.end()
                rate = RATE_PER.match(body, end)
                if rate:  # "480 per 100,000": a rate, its denominator part of it
                    unit, unit_end = rate.group().strip(), rate.end()
                    how = "a rate ('N per 100,000')"
                code = CURRENCY_AFTER.match(body, end)
                if code:  # "1 800 FCFA", "8.50 EUR": the currency printed after the amount
                    unit, unit_end = currency_name(code.group("code").replace(" ", "")), code.end()
                    how = "a currency amount, its code after it"
                compound = COMPOUND_UNIT.match(body, end)
                if compound:  # "a 2.4-mile road", "the 16-team table"
                    unit, unit_end = compound.group("unit"), end
                    unit += "" if unit.endswith("s") else "s"
                    how = "digits in a compound ('16-team')"
                short = SHORT_UNIT_COMPOUND.match(body, end)
                if short:  # "the 27-km line", "a 40-MW plant"
                    unit, unit_end = UNIT_SUFFIXES[short.group("usfx")], short.end()
                    how = "digits in a compound with a unit's symbol ('27-km')"
                approximate = re.match(r"-(?:odd|plus)\b", body[end : end + 6])
                if approximate:  # "40-odd growers", "9,000-plus tonnes"
                    unit, unit_end = unit_after(body, end + approximate.end())
                if (
                    unit is None
                    and AGE_APPOSITION.search(body[max(0, start - 40) : start])
                    and (
                        body[end : end + 1] in ",)"
                        # "said don Ernesto Picado, 71.": the age closes the sentence
                        or (body[end : end + 1] in ".;" and 0 < value <= 110)
                    )
                ):
                    unit, unit_end, how = "years of age", end, "an age after a name ('Okoye, 47,')"
                if unit is None and a_label(body, start, end, number):
                    continue  # "relied on the 19 to reach her GP": a bus route, not a count
                if unit is None:
                    unit, unit_end = "count", end
                    how += ", no unit word after it"
        if re.fullmatch(DOTTED_DIGITS, number):
            how += " with dots between the thousands"
        elif re.fullmatch(r"\d{1,3},\d{1,2}", number):
            how += " with a decimal comma"
        elif "," in number or " " in number:
            how += " with thousands separators"
        if "." in number and not re.fullmatch(DOTTED_DIGITS, number):
            how = how.replace("digits", "a decimal")
        add(start, unit_end, value, unit, how, start)

    for match in FIGURE_WORDS.finditer(body):
        start, end = match.start(), match.end()
        if not free(start, end):
            continue
        word = match.group("num")
        value = 1 if word in ("a", "A") else word_value(word)
        scale = match.group("scale")
        aged = AGE_BEFORE.search(body, max(0, start - 16), start)
        for part in (scale or "").lower().split():
            value *= SCALES[part]
        one = word.lower() == "one" and a_count_of_one(body, start, end)
        if word.lower() == "one" and not aged and not one and not scale:
            continue  # "one" is mostly a pronoun or an article ("one of them")
        if AGE.match(body, end):
            age_end = end + len("-year-old")
            add(start, age_end, value, "years of age", "an age written as a word", start)
            continue
        # (a range only after "aged": "as young as seven to board", "since I was six and
        # my grandfather" are one age each)
        ranged = r"|\s+(?:and|or|to)\b" if aged and aged.group().startswith(("age", "Age")) else ""
        if aged and not re.match(r"[\s-]+\w*(?:months?|weeks?|days?)\b" + ranged, body[end:]):
            # "at the age of eight", "aged six": an age, with nothing after it
            add(aged.start(), end, value, "years of age", "an age written as a word", start)
            continue
        pct = re.match(r"\s+(?:percent|per cent)\b", body[end:])
        if pct:
            add(start, end + pct.end(), value, "percent", "a percentage written as words", start)
            continue
        compound = WORD_COMPOUND.match(body, end)
        if compound and not scale:  # "a six-month contest", "a three-day strike"
            unit = compound.group("unit")
            unit = "times" if unit == "fold" else unit + ("" if unit.endswith("s") else "s")
            add(start, end, value, unit, "a number written as a word in a compound", start)
            continue
        unit, unit_end = unit_after(body, end)
        if one and not scale:  # "One latrine serves": the noun "one" counts, not the verb
            unit, unit_end = one.group("noun"), one.end("noun")
        how = "a number written as a word"
        if GROUP_OF_BEFORE.search(body, max(0, start - 30), start) and not (
            unit and (unit.endswith("s") or unit in IRREGULAR_PLURALS)
        ):
            # "his crew of five depended on", "a family of four": the people in it
            add(
                start, end, value, "people", "a number of people in a group ('crew of five')", start
            )
            continue
        more = MORE_BEFORE_NOUN.match(body, end)
        if unit is None and more:
            unit, unit_end = unit_after(body, more.end())  # "two other men", "three more schools"
        if unit is None and PART_OF.match(body, end):
            unit, unit_end = "count", end  # "nine of its 31 stores"
        than = re.match(r"\s+(?:more|fewer)(?=\s+than\b)", body[end:])
        if unit is None and than:
            unit, unit_end = "count", end + than.end()  # "three more than anyone else"
        if unit is None and VOTES_AFTER.match(body, end):
            unit, unit_end = "votes", end  # "58 votes in favour and four against"
        if unit is None and stands_for_people(body, start, end):
            unit, unit_end = "people", end
            how = "a number standing for people ('the three were charged', 'arrest six')"
        if unit is None or a_fraction_not_a_unit(unit, body, start):
            continue  # "two of a kind": a word number needs what it counts
        add(start, unit_end, value, unit, how, start)

    for match in FIGURE_ORDINAL.finditer(body):
        start, end = match.start(), match.end()
        if not free(start, end):
            continue
        word = match.group("num").lower()
        value = ORDINAL_WORDS.get(word) or int(re.match(r"\d+", word).group())
        # "first" mostly means "earliest": a count only in a run ("first consecutive
        # year"); "second" counts, as the annotators of every set count it ("the city's
        # second underground school", "second-largest").
        if value <= 1 and not CONSECUTIVE.match(body, end):
            continue
        if value == 2 and NOT_A_SECOND.match(body, end):
            continue  # "the second half", "a second chance", "second-hand"
        if re.match(r"[\s-]centur(?:y|ies)\b", body[end : end + 10]):
            continue  # "the 12th-century mosque": a date, not a count
        ranked = RANK_COMPOUND.match(body, end)
        if ranked:  # "Dominica's second-largest town", "the fourth-placed side"
            add(
                start, ranked.end(), value, "rank", "an ordinal in a rank ('second-largest')", start
            )
            continue
        if value >= 2 and re.match(r"\s+time\b", body[end : end + 6]):
            # "for the third time": a count of times, as annotators count it
            add(start, end + 5, value, "times", "an ordinal count of times ('third time')", start)
            continue
        unit, unit_end = unit_after(body, end)
        if unit is None and (word[:1].isdigit() or PLACING_BEFORE.search(body, 0, start)):
            unit, unit_end = "rank", end  # "lifts the team to 13th", "finished seventh"
        if unit is None:
            continue
        if CONSECUTIVE.match(body, end):
            unit, unit_end = unit_after(body, CONSECUTIVE.match(body, end).end())
            if unit is None:
                continue
        add(start, unit_end, value, unit, "an ordinal", start)

    figures.sort(key=lambda f: f.start)
    # "by 27 votes to nine", "between six and nine months": a number word whose noun is
    # left out counts what the number beside it counts
    for left_out in left_out_nouns(body, figures, free):
        add(*left_out[:2], left_out.value, left_out.unit, left_out.how, left_out.start)
    figures.sort(key=lambda f: f.start)
    for low, high in zip(figures, figures[1:], strict=False):
        # "between 30 and 40 people": the low end counts what the high end counts.
        opened = re.search(r"\b(?:[Bb]etween|[Ff]rom)\s+$", body[max(0, low.start - 9) : low.start])
        if not (opened and RANGE_JOIN.fullmatch(body, low.end, high.start)):
            continue
        if low.unit == "count":
            low.unit = high.unit
        if low.unit == high.unit:
            low.value *= scale_of_the_high_end(
                high.text, high.value, low.text
            )  # "94 and 97 million years"
    for figure in figures:
        figure.occurrence = occurrence_of(body, figure.text, figure.start)
    return figures


def _range_unit(body: str, match: re.Match) -> tuple[str | None, int]:
    """The unit after a range's high end: a percentage or a plural noun ("30-40
    people"); a score ("3-2 win") has neither."""
    end = match.end("b")
    pct = re.match(r"\s*%|\s+(?:percent|per cent)\b", body[end:])
    if pct:
        return "percent", end + pct.end()
    unit, unit_end = unit_after(body, end)
    if unit and (unit.endswith("s") or unit in IRREGULAR_PLURALS) and unit not in NOT_UNITS:
        return unit, unit_end
    return None, end

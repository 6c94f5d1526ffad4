"""Numbers written as words whose noun is left out, because a number before them
already said what they count: "backed the plan by 27 votes to nine", "cut its
daily trips from 22 to nine", "Police arrested six men. Two were charged", "in
three hours instead of nine", "between six and nine months". Each counts what the
number before it (or, for the low end of a range, after it) counts.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .text import sentence_bounds
from .wordlists import WORD_NUMBER
from .wordnumbers import word_value

# ("one" is mostly a pronoun: "one of the", "no one")
NUMBER_WORD = re.compile(
    r"(?<![\w\-’'])(?P<num>(?!one\b)(?:" + WORD_NUMBER + r"))(?![\w\-])", re.IGNORECASE
)
# What may stand after a number whose noun is left out: a stop, a preposition or
# conjunction, or a verb of which it is the subject ("nine were still missing").
NOUNLESS_AFTER = re.compile(
    r"\s*(?:[,.;:)!?\"”’]|$)"
    r"|\s+(?:to|and|or|in|from|on|instead|not|were|are|was|had|have|has|will|would|"
    r"remain|remained|died|still|apiece|each|so\s+far|this\s+year|last\s+year|"
    r"the\s+(?:year|month|week)\s+before|a\s+(?:day|week|month|year))\b"
)
# Where a number word is a label or an hour, not a count: "at four in the morning",
# "page two", "the top three", "301 for six" (wickets).
LABEL_BEFORE = re.compile(
    r"\b(?:at|[Pp]age|[Nn]umber|No\.|[Cc]hapter|[Aa]ct|[Pp]art|[Tt]op|[Ff]ormula|[Cc]hannel|"
    r"[Pp]hase|[Ss]tage|[Ll]evel|[Gg]rade|[Cc]ategory|[Tt]ype|[Ss]ection|[Cc]lass|[Gg]ame|"
    r"[Dd]ay|[Ww]eek|[Rr]ound|[Ll]ine|[Rr]oute|[Gg]ate|[Pp]latform|[Tt]erminal|[Ww]ard)\s+$"
    # (a cricket score, "301 for six", and "split in two")
    r"|\d\s+for\s+$"
)
# The low end of a range whose unit follows the high end: "between six and nine months",
# "two or three women", "from five to seven days".
LOW_END = re.compile(
    r"\b(?:(?:[Bb]etween|[Ff]rom)\s+(?P<num>" + WORD_NUMBER + r")\s+(?:and|to)"
    # ("one or two" is a vague few, not a range)
    r"|(?<![\w\-])(?P<alone>(?!one\b)(?:" + WORD_NUMBER + r"))\s+or)\s+$"
)
# What a number before may count for a later one: not money or a percentage with a
# scale ("£4m, up from three" is three million) and not an age.
NOT_CARRIED = {"percent", "years of age"}
NEAREST = 160  # characters: the number before must be close


class Ellipsis(NamedTuple):
    start: int
    end: int
    value: float
    unit: str
    how: str


def left_out_nouns(body: str, figures: list, free) -> list[Ellipsis]:
    """The number words ``figures`` (sorted by start) left without a noun that count
    what a neighbouring figure counts; ``free(start, end)`` says a span is no one's."""
    found: list[Ellipsis] = []
    for high in figures:
        low = LOW_END.search(body, max(0, high.start - 30), high.start)
        if low:
            group = "num" if low.group("num") else "alone"
            span = low.span(group)
            if free(*span) and (group == "num" or high.text[:1].isalpha()):
                how = "the low end of a range"
                start = low.start() if group == "num" else span[0]  # ("between six")
                value = word_value(low.group(group))
                found.append(Ellipsis(start, span[1], value, high.unit, how))
    for match in NUMBER_WORD.finditer(body):
        start, end = match.span()
        if not free(start, end) or any(e.start == start for e in found):
            continue
        if not NOUNLESS_AFTER.match(body, end) or LABEL_BEFORE.search(
            body, max(0, start - 12), start
        ):
            continue
        if body[max(0, start - 3) : end].lower() == "in two":
            continue  # "split the farms in two"
        before = _counted_before(body, start, figures)
        if before is not None:
            how = f"a number whose noun is left out, counting what '{before.text}' counts"
            found.append(Ellipsis(start, end, word_value(match.group("num")), before.unit, how))
    return found


def _counted_before(body: str, start: int, figures: list):
    """The nearest figure before ``start`` in its sentence or the one before it,
    if what it counts can be carried over."""
    sentence_start = sentence_bounds(body, start)[0]
    floor = sentence_bounds(body, sentence_start - 2)[0] if sentence_start >= 2 else 0
    floor = max(floor, start - NEAREST)
    before = [f for f in figures if floor <= f.start and f.end <= start]
    if not before:
        return None
    nearest = before[-1]
    if nearest.unit in NOT_CARRIED or re.search(
        r"\d\s*(?:[mbk]|bn|million|billion)\b", nearest.text
    ):
        return None
    if "\n" in body[nearest.end : start]:
        return None  # not across paragraphs
    return nearest

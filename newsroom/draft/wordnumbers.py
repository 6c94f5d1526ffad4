"""Numbers written in words, with British "and" inside them: "three hundred and
twelve" = 312, "Two hundred and fifty thousand" = 250,000 (as a scale after the
number), "two thousand five hundred" = 2,500. "between five and six" stays two
numbers: "and" joins only after "hundred" or a scale."""

from __future__ import annotations

import re

from .wordlists import TENS_WORDS, UNITS_WORDS, WORD_NUMBER

_HUNDREDS = r"(?:" + WORD_NUMBER + r")\s+hundred(?:\s+and\s+(?:" + WORD_NUMBER + r"))?"
_SCALE = r"(?:thousand|million|billion)"
# A number of several words: hundreds with what follows, or a scale with more after
# it. (A bare "two hundred" or "five thousand" is left to the number-and-scale rule.)
COMPOUND_WORD_NUMBER = (
    r"(?:" + _HUNDREDS + r"|" + WORD_NUMBER + r")\s+" + _SCALE
    + r",?\s+(?:and\s+)?(?:" + _HUNDREDS + r"|" + WORD_NUMBER + r")"
    + r"|" + _HUNDREDS
)  # fmt: skip

_SCALE_VALUES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}


def word_value(text: str) -> float:
    """The value of a number in words: "fifty" 50, "twenty-one" 21, "three hundred and
    twelve" 312, "two thousand five hundred" 2500."""
    total = current = 0.0
    for word in re.split(r"[\s,]+", text.lower()):
        if word in ("", "and"):
            continue
        if word == "hundred":
            current *= 100
        elif word in _SCALE_VALUES:
            total, current = total + current * _SCALE_VALUES[word], 0.0
        elif "-" in word:
            tens, units = word.split("-", 1)
            current += TENS_WORDS[tens] + UNITS_WORDS[units]
        else:
            current += TENS_WORDS.get(word, UNITS_WORDS.get(word, 0))
    return total + current

"""What the text says of a person's role: the role words and titles written with
their name ("the judge" is "Mr Justice Ó Dálaigh"), and an age that makes "the
teenager" them."""

from __future__ import annotations

import functools
import re

from .candidates import PersonCandidate
from .wordlists import ROLE_TITLES


def a_teenager(person: PersonCandidate, body: str) -> bool:
    """The text gives the person an age of 13 to 19: "Shervon Jn Baptiste, 17," or
    "17-year-old Shervon Jn Baptiste"."""
    for alias in person.aliases:
        name = re.escape(alias)
        if re.search(name + r"(?:,\s+|\s+\()1[3-9]\b", body) or re.search(
            r"\b1[3-9]-year-old\s+(?:[a-z][\w\-]*\s+){0,2}" + name, body
        ):
            return True
    return False


def unpossessed(word: str) -> str:
    """The word without a possessive ending: "Russia's" -> "Russia" (str.strip("’'s")
    would eat the first letter of "secretary" too)."""
    return re.sub(r"[’'](?:s)?$", "", word)


def role_has(person: PersonCandidate, head: str) -> bool:
    texts = [person.role or ""] + [cue for cue in person.found_by if cue.startswith("title")]
    pattern = _role_pattern(head)
    return bool(head) and any(pattern.search(text) for text in texts)


@functools.lru_cache(maxsize=1024)
def _role_pattern(head: str) -> re.Pattern:
    """Compiled once per role word: compiling per person and role pushed the patterns
    of the sentence splitter out of ``re``'s cache."""
    pattern = r"\b" + re.escape(head) + r"\b"
    titles = ROLE_TITLES.get(head, ())
    if titles:
        # A title says the role only as a title: "Gov." and "Justice", not "justice system".
        return re.compile(r"(?i:" + pattern + r")|\b(?:" + "|".join(titles) + r")\b")
    return re.compile(pattern, re.IGNORECASE)

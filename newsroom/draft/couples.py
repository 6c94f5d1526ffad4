"""Two people who share a surname, written once: "founded by Grant and Heather McCaw".

The surname follows only the second given name, so the first person's name is
never printed whole; without this, "Grant" is a word (or a place) and "Mr McCaw"
later is taken for Heather. The first person is proposed under the full name,
at the span of the given name, with the printed form saying so."""

from __future__ import annotations

import re

from .givennames import given_names
from .text import UPPER
from .wordlists import ORG_WORDS

COUPLE = re.compile(
    r"(?<![\w’'\-])(?P<first>"
    + UPPER
    + r"[a-z’'\-]+) (?:and|&) (?P<second>"
    + UPPER
    + r"[a-z’'\-]+) "
    r"(?P<surname>" + UPPER + r"[\w’'\-]+)\b"
)


def couple_occurrences(body: str, found: list) -> list:
    """A name occurrence for the first of "Grant and Heather McCaw" when the second,
    "Heather McCaw", is a name found and both first words are given names."""
    from .names import NameOccurrence  # (names imports this module)

    names = {(o.start, o.name) for o in found}
    extra = []
    for match in COUPLE.finditer(body):
        first, second, surname = match.group("first", "second", "surname")
        before = body[max(0, match.start() - 40) : match.start()].split()
        if before and before[-1][:1].isupper():
            continue  # "Pierre Meyer and Romain Lentz", "South Hill and Stoney Ground"
        if (
            first in given_names()
            and second in given_names()
            and surname not in ORG_WORDS
            and (match.start("second"), f"{second} {surname}") in names
        ):
            extra.append(
                NameOccurrence(
                    f"{first} {surname}",
                    match.start("first"),
                    match.end("first"),
                    None,
                    None,
                    [f"a couple sharing a surname ('{match.group()}')"],
                    printed=first,
                )
            )
    return extra

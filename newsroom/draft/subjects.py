"""Someone the rules did not take for a person, yet who acts in the sentence.

"Mayor Peter Hansen opened the market ... But Ulugbek disagreed. “Nobody has
money,” he said.": a one-word name with no cue is not proposed as a person,
and "he" would then reach back past it to the mayor. A capitalised subject of
a sentence that disagrees, says or is described as a person is (", who ...",
", 52,") stops that reach: the quote is left unnamed for the editor."""

from __future__ import annotations

import re

from .candidates import PersonCandidate
from .gazetteer import demonyms, gazetteer
from .text import UPPER
from .wordlists import COMMON_WORDS, MONTHS, ORG_WORDS, WEEKDAYS

OPENERS = ("But", "And", "Yet", "Still", "Meanwhile", "However", "Now", "Then", "Instead", "So")
_OPENERS = r"(?:(?:" + "|".join(OPENERS) + r")[, ]+)?"
_STANCE_VERBS = (
    r"said|says|disagreed|disagrees|agreed|agrees|added|argued|argues|insisted|insists|"
    r"countered|replied|objected|complained|warned|explained|recalled|admitted|told|asked|"
    r"laughed|shrugged|nodded|sighed|smiled|was|is|has|had|thinks|thought|believes|believed|"
    r"feels|felt|wants|wanted|hopes|hoped|fears|feared|knows|knew|remembers|remembered"
)
UNKNOWN_SUBJECT = re.compile(
    _OPENERS + r"(?P<name>" + UPPER + r"[\w’'\-]+(?: " + UPPER + r"[\w’'\-]+){0,2})"
    r"(?:,\s+(?:who\b|\d{1,3},|an?\s)|\s+(?:" + _STANCE_VERBS + r")\b)"
)


def unconfirmed_subject(sentence: str) -> str | None:
    """The capitalised subject opening ``sentence`` that is no place, body, month or
    ordinary word: possibly a person the rules did not find."""
    # (a sentence that opens with a quotation is someone's words, not the narrative's)
    match = UNKNOWN_SUBJECT.match(sentence.lstrip())
    if not match:
        return None
    name = match.group("name")
    words = name.split()
    places = gazetteer().get(name) or ()
    if (
        # (a country, a region or a city says things; a village of a person's name
        # does not: "Ulugbek disagreed")
        any(p.kind != "city" or p.population >= 100_000 for p in places)
        or name in demonyms()
        or any(w in ORG_WORDS for w in words)
        or words[0].lower() in COMMON_WORDS
        or words[0] in OPENERS
        or words[0] in ("Nobody", "Everybody", "Everyone", "Someone", "Somebody", "Anyone")
        or words[0] in MONTHS
        or words[0] in WEEKDAYS
    ):
        return None
    return name


def _of_a_name_found(resolver, name: str) -> bool:
    """ "Zoubi, a professor" after "Dr Hala Al Zoubi": a word of someone's name."""
    return any(name in p.name.split() for p in resolver.by_id.values())


def stranger_at(resolver, position: int, back: int) -> PersonCandidate | None:
    """The unconfirmed subject of the sentence ``back`` sentences before
    ``position`` (up to it), as a candidate whose id says it is unconfirmed; not
    a word of a name already found ("Zoubi, a professor" of Dr Hala Al Zoubi)."""
    start, end = resolver.sentences[max(0, resolver.sentence_index(position) - back)]
    name = unconfirmed_subject(resolver.body[start : min(end, position)])
    if not name or _of_a_name_found(resolver, name):
        return None
    return PersonCandidate("?" + name, name, ["an unconfirmed subject"])


def stranger_between(resolver, start: int, end: int) -> str | None:
    """An unconfirmed subject opening a sentence between ``start`` and ``end``: "But
    Ulugbek disagreed." between a quote and the next stops the next continuing it."""
    for sentence in re.split(r"(?<=[.!?])\s+|\n", resolver.body[start:end]):
        name = unconfirmed_subject(sentence)
        if name and not _of_a_name_found(resolver, name):
            return name
    return None


# A sentence whose subject is a description: "During the trial, the 54-year-old
# admitted the charges", "The judge then adjourned the case".
DESCRIBED_SUBJECT = re.compile(
    r"^(?:[^,.“”\"]{0,40},\s+)?(?P<desc>[Tt]he\s+(?:\d{1,3}-year-old|[a-z]+)(?:\s+[a-z]+)?)"
    r"\s+(?:then\s+|also\s+)?(?:[a-z]+ed|was|is|has|had|says|told)\b"
)


def described_subject(resolver, position: int, back: int):
    """The person a description opening the sentence ``back`` sentences before
    stands for ("the 54-year-old admitted the charges. He said ... “…,” he told the
    court"), where that description names someone; else None."""
    start, end = resolver.sentences[max(0, resolver.sentence_index(position) - back)]
    opening = DESCRIBED_SUBJECT.match(resolver.body[start : min(end, position)])
    if not opening:
        return None
    found = resolver.description(opening.group("desc"), start + opening.start("desc"))
    return found.person

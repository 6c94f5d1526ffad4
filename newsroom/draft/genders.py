"""A person's gender, from the text: a title (Mr, Ms, Dame), a gendered noun written
with the name (spokeswoman, chairman), or reported speech with a pronoun ("Pemba
Dorje Lama said he had heard"). A given name's gender in Faker's lists is only a
hint across cultures ("Josefa" is a man in Fiji), so it decides nothing alone: it
withholds a pronoun from a person whose name reads as the other gender when
someone the pronoun fits is also in reach, and, with an honorific the text prints,
picks among people who share a surname ("Ms Gopee", in ``quotes``).
"""

from __future__ import annotations

import re

from .candidates import PersonCandidate
from .givennames import given_name_gender
from .text import sentence_spans
from .wordlists import FEMALE_NOUNS, FEMALE_TITLES, MALE_NOUNS, MALE_TITLES


def gender_of_words(words: list[str]) -> tuple[str | None, str | None]:
    for word in words:
        bare = word.rstrip(".,").strip("’'")
        if bare in MALE_TITLES or bare.lower() in MALE_NOUNS:
            return "m", f"'{bare}'"
        if bare in FEMALE_TITLES or bare.lower() in FEMALE_NOUNS:
            return "f", f"'{bare}'"
    return None, None


GENDERED_TITLE = re.compile(
    r"\b(" + "|".join(sorted(MALE_TITLES | FEMALE_TITLES, key=len, reverse=True)) + r")\.?\s+"
)


def _ends_of(alias: str, body: str):
    """Where each whole-word occurrence of ``alias`` ends (str.find: a pattern per
    alias would be compiled anew for every person of every article)."""
    start = body.find(alias)
    while start != -1:
        end = start + len(alias)
        before = body[start - 1 : start] if start else ""
        if not (before.isalnum() or before in "’'") and not body[end : end + 1].isalnum():
            yield end
        start = body.find(alias, start + 1)


REPORTED_PRONOUN = re.compile(
    r"(?:,[^,“”\"‘’.]{1,140},)?\s+(?:said|says|told\s+\w+(?:\s+\w+)?|added|insisted)"
    r"(?:\s+that)?\s+(?P<pronoun>he|she)\b"
)


def set_gender_evidence(body: str, people: list[PersonCandidate]) -> None:
    """Gender from titles and gendered nouns written with each person's name."""
    for person in people:
        if person.gender:
            continue
        evidence: dict[str, str] = {}
        in_the_name = gender_in_the_name(person.name)  # "Norliza binti Yusuf": a daughter
        if in_the_name:
            evidence[in_the_name] = f"a word of the name '{person.name}'"
        texts = [person.role or ""] + [cue for cue in person.found_by if cue.startswith("title")]
        for text in texts:
            gender, word = gender_of_words(re.findall(r"[\w’'.\-]+", text))
            if gender:
                evidence.setdefault(gender, f"{word} in '{text[:60]}'")
        for match in GENDERED_TITLE.finditer(body):
            # One pattern for all titles, the alias checked after it: a pattern per alias
            # would be compiled anew for each person of each article.
            rest = body[match.end() : match.end() + 80]
            for alias in person.aliases:
                if rest.startswith(alias) and not rest[len(alias) : len(alias) + 1].isalnum():
                    gender = "m" if match.group(1) in MALE_TITLES else "f"
                    evidence.setdefault(gender, f"'{match.group()}{alias}'")
        for alias in person.aliases:
            # "Pemba Dorje Lama, a shopkeeper, said he had heard ...": reported speech
            # with a pronoun says whose gender it is
            for end in _ends_of(alias, body):
                said = REPORTED_PRONOUN.match(body, end)
                if said:
                    gender = "m" if said.group("pronoun") == "he" else "f"
                    evidence.setdefault(gender, f"'{alias} ... {said.group().strip()[-20:]}'")
        if len(evidence) == 1:
            person.gender, person.gender_basis = next(iter(evidence.items()))


def rival_of_the_pronoun(person: PersonCandidate, gender, groups) -> PersonCandidate | None:
    """Someone else in the pronoun's reach it fits better, when the one person the
    nearest sentence names has no gender from the text and a given name that lists
    give the other ("Pinto said. '…,' she added." after "the governor, Ana Reis"). A
    given name's gender is only a hint across cultures, so it decides nothing alone."""
    if person.gender or person.id[:1] in "?~" or gender is None:
        return None
    if given_name_gender(person.name.split()[0]) in (None, gender):
        return None
    others = [p for group in groups for p in group if p is not person and p.id[:1] not in "?~"]
    return next((p for p in others if gender_or_hint(p) == gender), None)


def fits_by_what_the_text_says(fits: list[PersonCandidate], gender) -> list[PersonCandidate]:
    """ "Regula Frei, a granddaughter of Ernst Frei, said ... “…,” she told Reuters": of
    two people a pronoun may mean, the one the text gives its gender, when the other's
    given name says the other gender (a hint that decides only with the text's word)."""
    given = [p for p in fits if p.gender == gender]
    others = [p for p in fits if p not in given]
    if gender and len(given) == 1 and all(gender_or_hint(p) not in (None, gender) for p in others):
        return given
    return fits


def gender_or_hint(person: PersonCandidate) -> str | None:
    """The gender the text gives a person, else their given name's in Faker's lists."""
    return person.gender or given_name_gender(person.name.split()[0])


# Words of a name that say whose daughter or son its bearer is: Malay and Arabic
# "binti" and "bin", Icelandic "-dóttir" (not "-son", which English surnames end in
# too), Russian patronymics, Kazakh and Uzbek "-kyzy", "-qizi", "-uly" and "-o'g'li".
_DAUGHTER = re.compile(r"^(?:binti|bint)$|(?:dóttir|dottir|ovna|evna|yevna|kyzy|qizi|gizi)$")
_SON = re.compile(r"^(?:bin|ibn)$|(?:ovich|evich|yevich|uly|ogli|o‘g‘li|o'g'li)$")


def gender_in_the_name(name: str) -> str | None:
    words = [w.lower() for w in name.split()[1:]]
    daughter = any(_DAUGHTER.search(w) for w in words)
    son = any(_SON.search(w) for w in words)
    return "f" if daughter and not son else "m" if son and not daughter else None


# "He", "She", and the possessives: "Rui Carvalhal, 58, was found guilty. His son, ..."
SUBJECT_PRONOUN = re.compile(r"^(?:He|She|His|Her)\b")


def bind_narrative_pronouns(body: str, people, mentions, quotes) -> None:
    """A sentence opening with "He" or "She" (or "His", "Her") right after a sentence
    that names one person, and nobody else, tells that person's gender ("Graham
    Pelling, 58, pleaded guilty. He had been a partner...")."""
    by_id = {p.id: p for p in people}
    outside = [m for m in mentions if not any(q.open < m.start < q.close for q in quotes)]
    spans = sentence_spans(body)
    for (s0, e0), (s1, _) in zip(spans, spans[1:], strict=False):
        opening = SUBJECT_PRONOUN.match(body[s1 : s1 + 4])
        named = {m.entity_id for m in outside if s0 <= m.start < e0}
        if opening and len(named) == 1 and "\n\n" not in body[e0:s1]:
            person = by_id[next(iter(named))]
            if person.gender is None:
                person.gender = "m" if opening.group() in ("He", "His") else "f"
                person.gender_basis = f"'{opening.group()}' opening the next sentence"

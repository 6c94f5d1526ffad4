"""A role or a description that points back to the one person just named, though
the text never gives that person the role: sports reports and features write a
second reference this way ("His opposite number, Paul Mulligan, was less happy.
“…,” the Harbour boss said")."""

from __future__ import annotations

import re

from .candidates import PersonCandidate, Resolution
from .genders import gender_or_hint
from .roles import of_the_age, role_has, unpossessed
from .speechpatterns import SAID_AFTER_SUBJECT


def lone_person_just_before(
    resolver, position: int, gender, roled: bool = False, modifiers: list[str] = ()
) -> PersonCandidate | None:
    """ "His opposite number, Paul Mulligan, was less happy. “…,” the Harbour boss
    said": the one person the sentence before names, confirmed, of no role the text
    gives (or, ``roled``, of one: "The director of the institute, Ana Cruz, said ...
    “…,” the official said") and not of the other gender, when the quote's own
    sentence names nobody."""
    groups = resolver.groups_before(position)
    if len(groups) < 2 or groups[0] or len(groups[1]) != 1:
        return None
    person, (start, end) = groups[1][0], resolver.sentences[resolver.sentence_index(position) - 1]
    # (not after a quote: in "“We won,” said Ana Costa. “…,” the coach said" the
    # coach is someone new)
    quoted = re.search(r"[“”\"‘’]", resolver.body[start:end])
    if person.id[:1] in "?~" or (person.role is None) is roled or quoted:
        return None
    if modifiers and of_another_home(resolver, person, modifiers, position):
        return None  # "Mexico City’s Itzel Zamudio" is not "the Tulancingo runner"
    return person if gender is None or person.gender in (None, gender) else None


def official_just_before(resolver, text: str, head: str, position: int, gender):
    """ "The director of the institute, Ana Cruz, said ... “…,” the official said": the
    one person the sentence before names, whatever office the text gives her."""
    lone = head in ("official", "officer") and lone_person_just_before(
        resolver, position, gender, roled=True
    )
    if not lone:
        return None
    return Resolution(
        lone,
        f"speaker resolved through '{text}' to {lone.name}, the only person named in the "
        "sentence before, who holds an office",
        f"'{text}' pointing back to the only person named in the sentence before, an "
        f"office-holder ('{lone.name}')",
    )


def role_in_article(
    resolver, text: str, head: str, gender, position: int, modifiers: list[str] = ()
) -> Resolution:
    """ "the judge" paragraphs after "Mr Justice Cathal Ó Dálaigh": the one person
    named before it with that role anywhere in the article; two or more, nobody.
    Every word before the role must be in theirs: "the health minister" is not
    "Finance Minister Ana Costa"."""
    fits = _named_before(
        resolver,
        position,
        gender,
        lambda p: role_has(p, head) and all(role_has(p, unpossessed(m).lower()) for m in modifiers),
    )
    if len(fits) == 1:
        person = fits[0]
        return Resolution(
            person,
            f"speaker resolved through the description '{text}' to {person.name}, "
            "the only person given that role earlier in the article",
            f"the description '{text}' pointing back to the only person given that role "
            f"in the article ('{person.name}')",
        )
    if fits:
        names = " or ".join(p.name for p in fits)
        return Resolution(
            None,
            f"'{text}' could be {names}; speaker left unnamed",
            f"'{text}' could be {names}",
        )
    return Resolution(None, None, f"'{text}' is an unnamed source")


def only_one_of_that_age(resolver, age: str, gender, position: int) -> Resolution | None:
    """ "the 54-year-old" paragraphs after "Kazuhiro Sannomiya, 54,": the one person
    named before it whom the text gives that age; two, or none, and it stays open."""
    fits = _named_before(resolver, position, gender, lambda p: of_the_age(p, age, resolver.body))
    if len(fits) != 1:
        return None
    person = fits[0]
    return Resolution(
        person,
        f"speaker resolved through '{age}' to {person.name}, the only person the article "
        "gives that age",
        f"'the {age}' pointing back to the only person given that age ('{person.name}')",
    )


def _named_before(resolver, position: int, gender, fits) -> list[PersonCandidate]:
    """The confirmed people named before ``position``, of no other gender, for whom
    ``fits`` holds."""
    named_before = {m.entity_id for m in resolver.mentions if m.start < position}
    return [
        p
        for key, p in resolver.by_id.items()
        if key in named_before
        and key[:1] not in "?~"
        and (gender is None or p.gender in (None, gender))
        and fits(p)
    ]


def the_one_from(resolver, place: str, text: str, gender, position: int) -> Resolution | None:
    """ "the Tulancingo runner" after "María Hernández, from Tulancingo": the one person
    named before with that town as home ("X, from P", "X, 31, of P", "P's X"); two or
    none, and the description is left to the other rules."""
    home = re.escape(place)
    fits = set()
    for m in resolver.mentions:
        if m.start >= position or m.entity_id[:1] in "?~":
            continue
        after = resolver.body[m.end : m.end + 40]
        before = resolver.body[max(0, m.start - 40) : m.start]
        if re.match(r",\s+(?:\d{1,3},\s+)?(?:from|of)\s+" + home + r"\b", after) or re.search(
            r"\b" + home + r"['’]s\s+(?:[a-z]+\s+){0,3}$", before
        ):
            fits.add(m.entity_id)
    person = resolver.by_id.get(next(iter(fits))) if len(fits) == 1 else None
    if person is None or (gender is not None and person.gender not in (None, gender)):
        return None
    return Resolution(
        person,
        f"speaker resolved through '{text}' to {person.name}, the only person named as "
        f"from {place}",
        f"'{text}' pointing back to the only person named as from {place} ('{person.name}')",
    )


def of_another_home(resolver, person: PersonCandidate, modifiers: list[str], position: int) -> bool:
    """ "Mexico City’s Itzel Zamudio" is not "the Tulancingo runner": the person named
    just before has a home of the text's that is not the description's."""
    for m in resolver.mentions:
        if m.entity_id == person.id and m.start < position:
            home = re.search(
                r"([A-Z][\w ]+?)['’]s\s+$", resolver.body[max(0, m.start - 30) : m.start]
            )
            if home and home.group(1).split()[-1] not in modifiers:
                return True
    return False


def subject_of_said(resolver, fits: list, position: int, back: int = 1, gender=None):
    """ "Fiona Le Prevost said Mahy had asked …", then "'…,' she said": of several the
    pronoun fits, the subject of the speech verb ``back`` sentences before (at least
    one), the others named only in what she said; not one whose given name says the
    pronoun's other gender ("Det Gda Siobhán Kenneally said ... He told gardaí")."""
    index = max((i for i, (s, _) in enumerate(resolver.sentences) if s <= position), default=0)
    start, end = resolver.sentences[index - max(back, 1)] if index >= max(back, 1) else (0, 0)
    if start <= position <= end or not end:
        return None
    ids = {p.id for p in fits}
    found = [m for m in resolver.mentions if start <= m.start < end and m.entity_id in ids]
    for mention in found:
        if mention.entity_id[:1] == "?":
            continue  # an unconfirmed name names no speaker here
        said = SAID_AFTER_SUBJECT.match(resolver.body, mention.end)
        if said and all(
            m.start >= said.end() or (said.group("relative") and m.start > mention.end)
            for m in found
            if m.entity_id != mention.entity_id
        ):
            person = resolver.by_id[mention.entity_id]
            hint = gender_or_hint(person) if gender and person.gender is None else None
            return None if hint not in (None, gender) else person
    return None

"""People: which names in the text are people's (a strong cue, a given name, a
registry alias), with their aliases; the names and cues come from ``names``."""

from __future__ import annotations

import re

from ..corpus import Registries
from ..spans import AliasIndex, AliasTarget
from .candidates import PersonCandidate
from .gazetteer import demonyms, gazetteer
from .givennamecue import given_name_cue, named_for_a_country, surname_cue, surnames_printed_alone
from .givennames import given_names
from .namecontext import FIRMS_TOO
from .names import (
    NameOccurrence,
)
from .personcues import PERSON_ONLY_CUE, STRONG_CUE
from .roles import office_before_a_body
from .text import PATRONYMIC_ENDINGS, SURNAME_PREFIXES, UPPER, slugify
from .titles import PLAYING_POSITIONS, PORTFOLIOS, TITLE_WORDS
from .wordlists import COMMON_WORDS, GENERATIONAL, ORG_WORDS, PARTICLES

# Faroese particles that stay lower case before a surname even opening a clause.
LOWERCASE_SURNAME_PARTICLES = {"í", "við", "á", "undir", "úr"}
# Mongolian and Central Asian names: a patronymic initial joined to the given name
# ("S.Oyunchimeg", "Ts.Enkhmaa", "D.Ganbold").
INITIAL_NAME = re.compile(UPPER + r"[a-z]?\." + UPPER + r"[a-z]{2,}")
# A romanised Korean given name, written after the family name: "Seo-jin", "Do-yeon".
KOREAN_GIVEN_NAME = re.compile(UPPER + r"[a-z]+-[a-z]+")
# Names of one word that only people have: "Faraz-ur-Rehman", "Zia-ul-Haq",
# "Moin-ud-Din" (Arabic and Urdu compounds joined by a small word).
COMPOUND_GIVEN_NAME = re.compile(
    UPPER + r"\w+-(?:ur|ul|ud|us|al|el|ad|an|e|i|bin|binti|bint)-" + UPPER + r"\w+"
)


def person_candidates(
    body: str,
    registries: Registries,
    occurrences_: list[NameOccurrence],
    places: set[str],
    blocked: list[tuple[int, int]] = (),
) -> list[PersonCandidate]:
    """People: registry names found in the body, then new names with a cue.

    "according to X" alone is not enough for a new name: it attributes as often to
    outlets and reports ("according to Al Jazeera") as to people."""
    registry_alias = {
        alias: person for person in registries.people for alias in [person.name, *person.aliases]
    }
    lowercase_words = set(re.findall(r"\b[a-z][\w’'\-]*\b", body))
    people: dict[str, PersonCandidate] = {}

    for mention in AliasIndex(
        [
            AliasTarget("person", p.id, a)
            for p in registries.people
            for a in dict.fromkeys([p.name, *p.aliases])
        ]
    ).find(body):
        person = next(p for p in registries.people if p.id == mention.entity_id)
        if person.id not in people:
            people[person.id] = PersonCandidate(
                person.id,
                person.name,
                [f"registry alias '{mention.text}'"],
                True,
                person.role,
                person.role_basis,
                list(dict.fromkeys([person.name, *person.aliases])),
                mention.start,
            )

    # Multi-word names with a strong cue become people; their last word then
    # stands for them ("Konashenkov said" after "Igor Konashenkov").
    taken_ids = {p.id for p in registries.people}
    # "Bankole, 41," or "says Kuyateh" makes the full name met once before a person's.
    surname_cues: dict[str, str] = {}
    for occurrence in occurrences_:
        strong = [c for c in occurrence.cues if c.startswith(STRONG_CUE)]
        # ("Environment Canterbury said": a portfolio alone is no one's title, and its
        # "Canterbury" no surname for "Mid Canterbury"; but "Justice Bello said" is a judge)
        portfolio = set((occurrence.role or "").split()) <= PORTFOLIOS - {"Justice"}
        if len(occurrence.name.split()) == 1 and strong and not (occurrence.role and portfolio):
            surname_cues.setdefault(occurrence.name, strong[0])
    name_words = {w for o in occurrences_ if " " in o.name for w in o.name.split()}
    full_names: dict[str, set[str]] = {}
    for occurrence in occurrences_:
        in_a_firm = any(s <= occurrence.start and occurrence.end <= e for s, e in blocked)
        if len(occurrence.name.split()) > 1 and not in_a_firm:
            # ("R. Lall" of the firm "R. Lall & Sons" is not a second Lall)
            full_names.setdefault(occurrence.name.split()[-1], set()).add(occurrence.name)
    # "Tesfalem told Eri-TV" after "Tesfalem Ghebremedhin": Eritrean, Ethiopian and
    # Icelandic papers name a person again by the given name alone.
    first_names: dict[str, set[str]] = {}
    for occurrence in occurrences_:
        if len(occurrence.name.split()) > 1:
            first_names.setdefault(occurrence.name.split()[0], set()).add(occurrence.name)
    given_alone: dict[str, str] = {}
    for occurrence in occurrences_:
        words = occurrence.name.split()
        last = words[-1]
        first = words[0]
        if last in surname_cues and len(full_names.get(last, ())) == 1:
            occurrence.cues.append(f"surname '{last}' with the cue {surname_cues[last]}")
        elif (
            len(words) > 1
            and first in surname_cues
            and len(first_names.get(first, ())) == 1
            and first not in full_names
            and first not in TITLE_WORDS
            # (not "Palamidi Nafplio", a club and its town: "Palamidi, who had led")
            and not (words[-1] in gazetteer() and first not in given_names())
        ):
            occurrence.cues.append(f"given name '{first}' alone with the cue {surname_cues[first]}")
            given_alone[occurrence.name] = first
        elif len(words) >= 3:
            # "Quintero said" for Brayan Stiven Quintero Ospina: a first of two surnames
            cued = next((w for w in words[1:-1] if w in surname_cues), None)
            if cued:
                occurrence.cues.append(f"surname '{cued}' with the cue {surname_cues[cued]}")
    longer = sorted({o.name for o in occurrences_}, key=len, reverse=True)
    things = not_people(occurrences_)
    for occurrence in occurrences_:
        name = occurrence.name
        if name.split()[0].lower() in PARTICLES or re.match(r"[DL][’']", name):
            # "Von der Leyen" is the surname of "Ursula von der Leyen" named elsewhere, and
            # a sentence's "D'Entremont, 63," that of "Paul d'Entremont"
            tail = name[0].lower() + name[1:]
            name = next((n for n in longer if n.endswith(" " + tail)), name)
        if name.split()[0] in SURNAME_PREFIXES:
            # "Ms Ní Chonaill" is "Máire Ní Chonaill" named elsewhere
            name = next((n for n in longer if n.endswith(" " + name)), name)
        if name in registry_alias or name in things or named_for_a_country(name):
            continue
        one_word = len(name.split()) < 2
        if one_word and not _a_one_word_name(occurrence, full_names, name_words):
            continue
        if name in places and not (one_word and _only_a_small_town(name)):
            continue  # ("Hernández, 29," is a man though a town has his name)
        if occurrence.role and f"{occurrence.role} {name}" in places:
            continue  # "Prince Albert", Saskatchewan: a city, not a prince
        if any(s < occurrence.end and occurrence.start < e for s, e in blocked):
            continue  # inside a firm's name: "Hartley Dunn" of "law firm Hartley Dunn"
        strong = [cue for cue in occurrence.cues if cue.startswith(STRONG_CUE)]
        paired = _surnamed_pair(name)
        role = occurrence.role or (
            paired != name and office_before_a_body(body, occurrence.start, occurrence.end, paired)
        )
        name = paired
        existing = next((p for p in people.values() if name in p.aliases), None)
        words = name.split()
        if (
            existing is None
            and not strong
            and len(words) == 2
            and KOREAN_GIVEN_NAME.fullmatch(words[1])
        ):
            # "Lin Mei-ling", "Yoon Seo-jin": a family name, then a hyphenated given name
            strong = ["romanised East Asian name"]
            occurrence.cues.append(strong[0])
        if existing is None and not strong and _surname_ending(words) and name not in places:
            # "The deputy from the Lebap velayat Myratgeldi Hojanepesov spoke"
            strong = [f"surname ending '-{SURNAME_ENDING.search(words[-1]).group()}'"]
            occurrence.cues.append(strong[0])
        if existing is None and not strong:
            given = given_name_cue(body, occurrence, places, lowercase_words) or surname_cue(
                body, occurrence, places, lowercase_words
            )
            if given is None:
                continue
            occurrence.cues.append(given)
        if existing is None:
            person_id = slugify(name)
            while person_id in taken_ids:
                person_id += "-2"
            taken_ids.add(person_id)
            existing = people[person_id] = PersonCandidate(
                person_id, name, [], False, first_seen=occurrence.start, aliases=[name]
            )
        for alias in (occurrence.printed, occurrence.nickname, given_alone.get(name)):
            if alias and alias not in existing.aliases:
                existing.aliases.append(alias)
        for cue in occurrence.cues:
            note = f"{cue} at '{name}'"
            if (
                not existing.in_registry
                and note not in existing.found_by
                and len(existing.found_by) < 4
            ):
                existing.found_by.append(note)
        if not existing.in_registry and existing.role is None and role:
            existing.role, existing.role_basis = role, occurrence.role_basis
    _add_coordinated(body, occurrences_, people, taken_ids)
    _add_nicknames(body, occurrences_, people)
    _merge_initialled(people)
    _merge_tails(people)
    # Surnames as aliases, only where one person has that surname.
    surnames: dict[str, list[PersonCandidate]] = {}
    for person in people.values():
        if not person.in_registry:
            words = [w for w in person.name.split() if w.rstrip(".") not in GENERATIONAL]
            # "von der Leyen", with its particles (capitalised when it opens a sentence)
            start = len(words) - 1
            while start > 1 and (words[start - 1] in PARTICLES | SURNAME_PREFIXES):
                start -= 1
            if words[-1] in PATRONYMIC_ENDINGS and len(words) > 2:
                start -= 1  # "Toktogul uulu": the father's name and "son of"
            surname = " ".join(words[start:])
            if len(words) == 2 and KOREAN_GIVEN_NAME.fullmatch(words[1]):
                surname = words[0]  # "Yoon Seo-jin" is Yoon: the family name comes first
            surnames.setdefault(surname, []).append(person)
            if start < len(words) - 1:
                person.aliases.append(surname[0].upper() + surname[1:])
                if words[start] in LOWERCASE_SURNAME_PARTICLES | {"arap"}:
                    # "í Skorini said": an attribution reads from the capital, "Skorini"
                    # ("Kipkemboi arap Rotich" is "Mr Rotich")
                    surnames.setdefault(words[-1], []).append(person)
    for surname, owners in surnames.items():
        if surname in registry_alias:
            continue
        if len(owners) == 1:
            owners[0].aliases.append(surname)
            continue
        # Two people share a surname: the bare surname is the one named first when
        # every bare use before the second is introduced ("Andrea Pichler ... Pichler
        # said ... the founder, Franz Pichler"), which the editor is asked to check.
        bare = min((o.start for o in occurrences_ if o.name == surname), default=None)
        owners = sorted(owners, key=lambda p: p.first_seen)
        if bare is not None and owners[0].first_seen < bare < owners[1].first_seen:
            owners[0].aliases.append(surname)
            others = ", ".join(p.name for p in owners[1:])
            owners[0].needs_review = (
                f"the surname '{surname}' alone taken as {owners[0].name}, named first; "
                f"{others} has it too"
            )
    # "Han said" after "Han Zheng", "Ms Soh" after "Ms Soh Jia Hui", "Núñez said" after
    # "Ángel Núñez Ortiz", "Mr Ravindran" after "Mr Ravindran Krishnan": a name of one
    # word with a cue, which is a word other than the last of exactly one person's name
    # (a family name written first, a first of two surnames, a given name).
    for occurrence in occurrences_:
        word = occurrence.name
        strong = any(c.startswith(STRONG_CUE) for c in occurrence.cues)
        if " " in word or not strong or word in registry_alias:
            continue
        if _a_country(word) or any(word in p.aliases for p in people.values()):
            continue
        owners = [p for p in people.values() if not p.in_registry and word in p.name.split()[:-1]]
        if len(owners) == 1:
            owners[0].aliases.append(word)
    for person in [p for p in people.values() if not p.in_registry]:
        others = [p.name for p in people.values() if p is not person]
        person.aliases += surnames_printed_alone(person.name, body, others)
    # "Ahmad Fauzi said" after "Ahmad Fauzi Jainal" (Malay names drop the father's
    # name): a name of two words or more that opens exactly one fuller person's name.
    for person in list(people.values()):
        words = person.name.split()
        if person.in_registry or len(words) < 2:
            continue
        fuller = [
            p
            for p in people.values()
            if p is not person and p.name.startswith(person.name + " ") and not p.in_registry
        ]
        if (
            len(fuller) == 1
            and person.found_by
            # ("Dr Nurul Huda said" after "Dr Nurul Huda binti Haji Abdul Rahman")
            and all(
                "'said X'" in f or "'X said'" in f or f.startswith("title") for f in person.found_by
            )
        ):
            fuller[0].aliases.append(person.name)
            del people[person.id]
    for person in people.values():
        person.aliases = list(dict.fromkeys(person.aliases))
    return sorted(people.values(), key=lambda p: (p.first_seen, p.id))


# Russian, Ukrainian, Caucasian and Central Asian surnames ("Petrov", "Nuryagdyyeva",
# "Berdimuhamedow", "Kovalenko"), and the patronymics that may stand before them.
SURNAME_ENDING = re.compile(r"(?:ov|ova|ev|eva|yev|yeva|iev|ieva|ow|owa|enko|shvili|adze|yan)$")
PATRONYMIC = re.compile(r"(?:ovich|evich|ovna|evna|ich|ichna)$")


def _surname_ending(words: list[str]) -> bool:
    """Two words, the last a surname by its ending, the first not an ordinary word."""
    return (
        len(words) == 2
        and len(words[1]) > 4
        and bool(SURNAME_ENDING.search(words[1]))
        and words[0].isalpha()
        and words[0].lower() not in COMMON_WORDS
    )


def _surnamed_pair(name: str) -> str:
    """ "Economic Issues Ogulbibi Nuryagdyyeva" (after "the chairwoman of the Mejlis
    Committee on"): the last two words, when the last is a surname by its ending and
    the words before are neither given names nor a patronymic ("Sergei Viktorovich
    Lavrov" stays whole)."""
    words = name.split()
    if len(words) < 3 or not _surname_ending(words[-2:]) or PATRONYMIC.search(words[-2]):
        return name
    if any(w in given_names() or w.lower() in PARTICLES for w in words[:-2]):
        return name
    return " ".join(words[-2:])


def _add_nicknames(body: str, occurrences_, people: dict[str, PersonCandidate]) -> None:
    """ "Somchai Sriprasert, known as Lek,": the name after "known as" is an alias of
    the person named nearest before it in the paragraph, so that "Lek said" is him."""
    for occurrence in occurrences_:
        if not (occurrence.not_person or "").startswith("a nickname"):
            continue
        paragraph_start = body.rfind("\n", 0, occurrence.start) + 1
        before = body[paragraph_start : occurrence.start]
        named = [p for p in people.values() if p.name in before and not p.in_registry]
        if named:
            person = max(named, key=lambda p: before.rfind(p.name))
            if occurrence.name not in person.aliases:
                person.aliases.append(occurrence.name)


def _add_coordinated(body, occurrences_, people: dict[str, PersonCandidate], taken_ids) -> None:
    """ "the brothers Devanand Gopee and Rajesh Gopee", "founded by Abdulla Fardan and
    Yousef Saleh": a name of two or three words joined by "and" to a person's full
    name is a person too, when it shares that surname or is neither a place's nor
    an organisation's name."""
    for occurrence in occurrences_:
        words = occurrence.name.split()
        if not 2 <= len(words) <= 3 or occurrence.not_person:
            continue
        if any(occurrence.name in p.aliases for p in people.values()):
            continue
        before = body[max(0, occurrence.start - 60) : occurrence.start]
        after = body[occurrence.end : occurrence.end + 60]
        plain = occurrence.name not in gazetteer() and not any(w in ORG_WORDS for w in words)
        partner = next(
            (
                p
                for p in people.values()
                if len(p.name.split()) > 1
                and (before.endswith(f"{p.name} and ") or after.startswith(f" and {p.name}"))
                and (p.name.split()[-1] == words[-1] or plain)
            ),
            None,
        )
        if partner is None:
            continue
        person_id = slugify(occurrence.name)
        while person_id in taken_ids:
            person_id += "-2"
        taken_ids.add(person_id)
        people[person_id] = PersonCandidate(
            person_id,
            occurrence.name,
            [f"named with {partner.name} by 'and' at '{occurrence.name}'"],
            False,
            first_seen=occurrence.start,
            aliases=[occurrence.name],
        )


def _merge_tails(people: dict[str, PersonCandidate]) -> None:
    """ "Cruz Tavares said" after "Amélia Cruz Tavares", "Toktogul uulu said" after
    "Kanybek Toktogul uulu": a name of two words or more, met only as the subject of
    a speech verb or after a title, that ends exactly one fuller person's name is
    that person's."""
    for person in list(people.values()):
        if person.in_registry or " " not in person.name or not person.found_by:
            continue
        if person.name.split()[0] in given_names() and not all(
            "'said X'" in f or "'X said'" in f or f.startswith("title") for f in person.found_by
        ):
            # ("Mr Mbarga Ndzana" after "Joseph Mbarga Ndzana" too; and two surnames,
            # however cued: "Suárez Menéndez, 31, rose" after "Pelayo Suárez Menéndez")
            continue
        fuller = [
            p
            for p in people.values()
            if p is not person and not p.in_registry and p.name.endswith(" " + person.name)
        ]
        if len(fuller) == 1:
            fuller[0].aliases.append(person.name)
            del people[person.id]


# "J. Mensah" or the French "M. Koné" (Monsieur) for a person named in full elsewhere.
INITIALLED = re.compile(r"(?P<initials>(?:" + UPPER + r"\.\s?)+)(?P<surname>" + UPPER + r"\S+)")


def _merge_initialled(people: dict[str, PersonCandidate]) -> None:
    """An initial and a surname stand for the one person of that surname whose given
    name has that initial (or for any one, after the French "M." for Monsieur)."""
    for person in list(people.values()):
        match = INITIALLED.fullmatch(person.name)
        if person.in_registry or not match:
            continue
        initial = match.group("initials")[0]
        fuller = [
            p
            for p in people.values()
            if p is not person
            and not p.in_registry
            and len(p.name.split()) > 1
            and p.name.split()[-1] == match.group("surname")
            and (p.name[0] == initial or match.group("initials").strip() == "M.")
        ]
        if len(fuller) == 1:
            fuller[0].aliases.append(person.name)
            del people[person.id]


def _a_country(name: str) -> bool:
    """A country is never a word of a person's name alone; a city may be ("Trujillo
    said" after "Rosa Elena Trujillo Coutiño", though Trujillo has a million people)."""
    return any(p.kind == "country" for p in gazetteer().get(name) or ())


def _only_a_small_town(name: str) -> bool:
    """A name that the gazetteer knows only as towns of under 100,000."""
    return all(p.kind == "city" and p.population < 100_000 for p in gazetteer().get(name) or ())


def _a_one_word_name(
    occurrence: NameOccurrence, full_names: dict[str, set[str]], name_words: set[str]
) -> bool:
    """A name of one word that stands for a person of its own, not a surname of
    someone named in full: "Ngatemin, 61,", "Faraz-ur-Rehman ... said"."""
    if occurrence.name in full_names or occurrence.name in name_words:
        return False  # a word of a fuller name: "Ms Soh" of "Ms Soh Jia Hui"
    if COMPOUND_GIVEN_NAME.fullmatch(occurrence.name) or INITIAL_NAME.fullmatch(occurrence.name):
        return any(c.startswith(STRONG_CUE) for c in occurrence.cues)
    if any(c in REIGNING_CUES or c.startswith(PERSON_ONLY_CUE) for c in occurrence.cues):
        return True
    # ("bring forward European aid": an adverb before a demonym)
    playing = any(PLAYING_POSITION.match(c) for c in occurrence.cues)
    # "Village head Paijo said": a role only a person holds, then a speech verb
    speaking = any(c.startswith(("'X said'", "'said X'")) for c in occurrence.cues)
    role = any(
        c.startswith("role noun '") and _a_persons_role(c.split("'")[1]) for c in occurrence.cues
    )
    return (playing or (role and speaking)) and occurrence.name not in demonyms()


def _a_persons_role(role: str) -> bool:
    """A role before a one-word name that no club or firm holds: "farmer Sukarmi",
    "village head Paijo" (not "rival Ajax", "host Brazil")."""
    words = role.split()
    return len(words) <= 2 and words[-1] not in FIRMS_TOO - {"head", "chief"}


# Footballers go by one name after a playing position ("goalkeeper Marcão").
PLAYING_POSITION = re.compile(r"role noun '" + PLAYING_POSITIONS + "'")


# Popes and monarchs go by one name: "Pope Francis", "King Letsie", "Sheikh Tamim".
REIGNING_CUES = {
    f"title '{title}'"
    for title in "Pope King Queen Prince Princess Emir Sultan Sheikh Sheikha Emperor Empress "
    "Patriarch".split()
    # and so do traditional rulers: "Oba Akiolu", "Kgosi Mothibi", "Ratu Sukuna"
    + "Oba Ooni Igwe Obong Kgosi Kgosikgolo Inkosi Mwami Ratu Togbe".split()
}


def not_people(occurrences_: list[NameOccurrence]) -> set[str]:
    """Names the text calls something other than a person in any of their occurrences."""
    return {o.name for o in occurrences_ if o.not_person}


def person_index(people: list[PersonCandidate], organizations=()) -> AliasIndex:
    """People's aliases; an organization's name given as well is matched whole, so
    that a person's surname inside it ('Pichler' of 'Pichler Haas') is no mention."""
    claimed: set[str] = set()
    targets = []
    for person in people:
        for alias in person.aliases:
            if alias not in claimed and re.match(r"\w", alias):
                claimed.add(alias)
                targets.append(AliasTarget("person", person.id, alias))
    for name in organizations:
        if name not in claimed and re.match(r"\w", name):
            claimed.add(name)
            targets.append(AliasTarget("organization", name, name))
    return AliasIndex(targets)


def person_mentions(body: str, people: list[PersonCandidate], organizations=()) -> list:
    """Where the people are named, not counting names inside an organization's."""
    found = person_index(people, organizations).find(body)
    return [m for m in found if m.kind == "person"]

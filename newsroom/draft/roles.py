"""What the text says of a person's role: the role words and titles written with
their name ("the judge" is "Mr Justice Ó Dálaigh"), a role held now rather than
a founding or a kinship, and an age that makes "the teenager" them; and whether
a description of someone unnamed is instead in apposition to a name, owned by a
name that is not a person's, or a relative known only by whose they are."""

from __future__ import annotations

import functools
import re

from .candidates import PersonCandidate, Resolution
from .gazetteer import demonyms
from .text import OPENING_PLACE
from .titles import TITLE_WORDS
from .wordlists import ROLE_NOUNS, ROLE_TITLES


def ages_given(person: PersonCandidate, body: str) -> set[int]:
    """The ages the text gives the person: "Shervon Jn Baptiste, 17," or "17-year-old
    Shervon Jn Baptiste"."""
    ages = set()
    for alias in person.aliases:
        name = re.escape(alias)
        ages.update(int(a) for a in re.findall(name + r"(?:,\s+|\s+\()(\d{1,3})\b", body))
        before = r"\b(\d{1,3})-year-old\s+(?:[a-z][\w\-]*\s+){0,2}" + name
        ages.update(int(a) for a in re.findall(before, body))
    return ages


def a_teenager(person: PersonCandidate, body: str) -> bool:
    return any(13 <= age <= 19 for age in ages_given(person, body))


def of_another_age(person: PersonCandidate, head: str, body: str) -> bool:
    """ "the 45-year-old" is not a person the text gives another age."""
    age = re.fullmatch(r"(\d{1,3})-year-old", head)
    ages = ages_given(person, body) if age else set()
    return bool(ages) and int(age.group(1)) not in ages


def of_the_age(person: PersonCandidate, head: str, body: str) -> bool:
    """ "the 45-year-old" is a person the text gives that age."""
    age = re.fullmatch(r"(\d{1,3})-year-old", head)
    return bool(age) and int(age.group(1)) in ages_given(person, body)


def unpossessed(word: str) -> str:
    """The word without a possessive ending: "Russia's" -> "Russia" (str.strip("’'s")
    would eat the first letter of "secretary" too)."""
    return re.sub(r"[’'](?:s)?$", "", word)


def role_has(person: PersonCandidate, head: str) -> bool:
    texts = [person.role or ""] + [cue for cue in person.found_by if cue.startswith("title")]
    heads = (head, *PLAYING_POSITIONS_OF.get(head, ()))  # "the defender": a centre-back
    patterns = [_role_pattern(h) for h in heads]
    return bool(head) and any(p.search(text) for p in patterns for text in texts)


# What a match report calls a player on second reference, and the positions it covers.
PLAYING_POSITIONS_OF = {
    "defender": ("centre-back", "center-back", "full-back", "left-back", "right-back",
                 "wing-back", "sweeper", "centre-half"),
    "forward": ("striker", "centre-forward", "center-forward", "winger"),
    "striker": ("centre-forward", "center-forward"),
    "keeper": ("goalkeeper",),
    "goalkeeper": ("keeper",),
}  # fmt: skip


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


# Nationality nouns a sports or foreign desk uses for the person just named: "The Finn
# said" (those that are adjectives too, "The Czech said", are the gazetteer's demonyms).
# fmt: off
NATIONALITY_NOUNS = {"finn", "scot", "dane", "swede", "pole", "brit", "briton", "spaniard", "turk",
                     "serb", "croat", "slovak", "slovene", "frenchman", "frenchwoman", "dutchman",
                     "welshman", "irishman", "englishman", "kiwi", "aussie"}
# fmt: on


def names_a_nationality(words: list[str]) -> bool:
    """ "The Finn", "the Czech": a nationality for the person just named."""
    return words[-1].lower() in NATIONALITY_NOUNS or (len(words) == 2 and words[-1] in demonyms())


# A role held now, not a kinship or a founding: "Chief executive Dionne Ebanks,
# whose father, Roy Ebanks, founded the business" makes "Ebanks said" the daughter.
CURRENT_ROLE = re.compile(
    r"\b(?:chief|executive|director|partner|chair\w*|president|manager|head|boss|"
    r"minister|secretary|spokes\w+)\b"
    # or a firm run now: "Marie-Ève Lavigne, 54, who has run Lavigne & Brault since 2011"
    r"|\b(?:who|which)\s+(?:has\s+|now\s+|still\s+)?(?:run|runs|heads|leads|manages)\b",
    re.IGNORECASE,
)
# The firm "is now run by his daughter, Sophie Lentz".
RUN_BY = re.compile(r"\b(?:run|headed|led|managed)\s+by\s+(?:(?:his|her|their)\s+[a-z\-]+,?\s+)?$")
# What the sentence says after the name, up to the next name or clause: "Priya Gopee
# will stay on as chief executive", "Gabriela Delvalle Brin, who became chief
# executive in 2019" (not "Romain Lentz, and is now run by his daughter").
AFTER_THE_NAME = re.compile(r"[^.;“”\"]*?(?=\s+and\b|,\s+and\b|[.;“”\"]|$)")
FORMER = re.compile(r"\b(?:former|ex-|late|retired|then)\s*$", re.IGNORECASE)


def holds_a_role_now(body: str, person: PersonCandidate) -> bool:
    """The person's role, or the text at their full name, says they hold an office
    now: not a founder, a father or a former chief."""
    if _a_role_now(person.role or ""):
        return True
    start = body.find(person.name)
    if start == -1:
        return False
    if RUN_BY.search(body, max(0, start - 40), start):
        return True
    after = AFTER_THE_NAME.match(body, start + len(person.name))
    return bool(after) and _a_role_now(after.group())


def _a_role_now(text: str) -> bool:
    role = CURRENT_ROLE.search(text)
    return bool(role) and not FORMER.search(text[: role.start()])


def describes_a_name(body: str, match: re.Match, mentions) -> bool:
    """The description is in apposition to a person named right before it, or has
    one in apposition after it: one person, not two a pronoun could be."""
    start, end = match.start(), match.end("desc")
    after = body[end : match.end()]
    return (
        any(
            0 <= start - m.end <= 2
            and body[m.end : start].strip() in ("", ",")
            and not OPENING_PLACE.search(body, max(0, m.start - 12), m.start)
            for m in mentions
        )
        or any(
            end <= m.start < match.end()
            and re.fullmatch(r",?\s*(?:[a-z][\w\-]*\s+){0,3}", _untitled(body[end : m.start]))
            for m in mentions
        )  # "Her neighbour, Mykola Bondar, said", "one of the buyers, retired teacher X,"
        # ("Her co-author, Associate Professor Tomasz Wierzbicki, called ...")
        # "Her neighbour Mykola Bondar said" (not "A relative of Sumagaysay": whose)
        or any(
            start < m.start < end and not re.search(r"\b(?:of|for)\s+$", body[start : m.start])
            for m in mentions
        )
        or bool(
            re.match(
                r",\s+(?:who\s+)?(?:\w+\s+){0,3}?(?:named|called|known\s+(?:only\s+)?as|"
                r"identified\s+(?:only\s+)?as|first\s+name|name\s+as)\b",
                after,
            )
            # (not "who declined to be named": an unnamed source, as the name says)
            and not re.search(r"\bto\s+be\s+(?:named|identified)\b", after[:60])
        )
    )


def owner_is_a_person(match: re.Match, mentions) -> bool:
    """ "Shameer's father said": a description owned by a name is an unnamed speaker
    only when the name is a person's ("Tobago House of Assembly's Secretary of
    Tourism, Kwesi Roberts-Bascombe," is a body's officer, named after it)."""
    desc = match.group("desc")
    owner = re.match(r"([A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*?)['’]s\s", desc)
    if owner is None:
        return True  # "a provincial health official", "his lawyer"
    end = match.start() + owner.end(1)
    return any(m.end == end and m.start <= match.start() for m in mentions)


# "Okleasik's grandmother, who flew in from Kotzebue, was waiting outside": a relative
# or a lawyer known only by whose they are, opening a sentence, whatever its verb.
# Or by whose they are written after them: "The father of the woman from Leeds, who
# asked not to be named, said".
_KIN = (
    r"(?:grandmother|grandfather|mother|father|wife|husband|son|daughter|brother|sister|"
    r"uncle|aunt|cousin|nephew|niece|partner|widow|widower|lawyer|neighbour|neighbor|"
    r"friend|landlord|landlady)"
)
POSSESSED_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<desc>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2}['’]s\s+"
    r"(?:[a-z][\w\-]*\s+)?" + _KIN + r"|(?:The|A|An)\s+" + _KIN + r"\s+of\s+(?:the|a|an)\s+"
    r"(?:[a-z][\w\-]*\s+)??[a-z][\w\-]*(?:\s+(?:from|in)\s+[A-Z][\w’'\-]*)?)\b"
    # (not one named in apposition: "Carvalhal's defence lawyer, João Pedro Vaz, said")
    r"(?!,\s+(?!who\b|which\b|whose\b)(?:[a-z][\w\-]*\s+){0,3}[A-Z])",
    re.MULTILINE,
)


def named_after_abbreviation(body: str, acronym: str, position: int, mentions) -> str | None:
    """ "Senior Superintendent of Police (SSP) Mir Jan Muhammad Mengal told reporters
    ... “…,” the SSP said": the id of the one person named, before ``position``,
    right after the abbreviation in brackets."""
    ids = {
        m.entity_id
        for found in re.finditer(r"\(" + re.escape(acronym) + r"\)\s+", body[:position])
        for m in mentions
        if m.start == found.end() and m.entity_id[:1] not in "?~"
    }
    return ids.pop() if len(ids) == 1 else None


# A role in lower case, "of" and a body, straight before a run of capitals that
# holds the rest of the body's name and then the person's: "the chairwoman of the
# Mejlis Committee on Economic Issues Ogulbibi Nuryagdyyeva".
OFFICE_OF_BODY = re.compile(
    r"(?<![\w’'])(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts)\s+(?:[\w’'\-]+\s+){0,2}?(?i:"
    + "|".join(sorted(set(ROLE_NOUNS), key=len, reverse=True))
    + r")\s+(?:of|for|at)\s+[^,.;:“”\"\n]{1,60}$"
)


def office_before_a_body(body: str, start: int, end: int, name: str) -> str | None:
    """The role of a person whose name ends the run ``body[start:end]``, when the words
    of the run before the name finish the name of a body the role is "of"."""
    office = OFFICE_OF_BODY.search(body, max(0, start - 100), start)
    if not office or not body[start:end].endswith(name):
        return None
    return body[office.start() : end - len(name)].strip()


# Titles, and the words that stand before a title without being one ("Associate
# Professor").
TITLES_AND_MODIFIERS = TITLE_WORDS | {"Associate", "Assistant", "Adjunct", "Emeritus", "Senior"}


def _untitled(text: str) -> str:
    """The words between a description and a name, titles written in lower case."""
    return re.sub(
        r"\b[A-Z][a-z]+\b",
        lambda w: w.group().lower() if w.group() in TITLES_AND_MODIFIERS else w.group(),
        text,
    )


NOT_AFTER_A_PREPOSITION = "".join(
    f"(?<!\\b{p}\\s)"
    # ("the" too, so that "the court" is matched whole and what stands before it read)
    for p in "at in on near from outside inside At In Outside Inside the The".split()
)


def printed_with_name(body: str, who: str, people: list[PersonCandidate]) -> Resolution | None:
    """A description printed elsewhere in apposition with one person's name ("says
    Ukraine's foreign minister" in a headline; "Ukraine's foreign minister, Andrii
    Sybiha," in the text) stands for that person."""
    core = re.sub(r"^(?:[Tt]he)\s+", "", who)
    pattern = r"(?i:(?:the\s+)?" + re.escape(core) + r")"
    # (not after a preposition: "Outside the court, Anthony Rodrigues said" is a place)
    apposed = NOT_AFTER_A_PREPOSITION + pattern
    found = [
        person
        for person in people
        if any(
            re.search(apposed + r",\s+" + re.escape(name) + r"\b", body)
            or re.search(r"\b" + re.escape(name) + r",\s+" + pattern + r"\b", body)
            for name in person.aliases
            if len(name.split()) > 1
        )
    ]
    if len(found) != 1:
        return None
    person = found[0]
    return Resolution(
        person,
        f"speaker resolved through the description '{who}', printed with {person.name}'s name",
        f"the description '{who}', printed elsewhere in apposition with '{person.name}'",
    )


# A role the text gives in the passive: "the team coached by Cláudio Hasegawa".
PASSIVE_ROLES = {"coached": "coach", "managed": "manager", "chaired": "chair",
                 "directed": "director", "captained": "captain", "trained": "trainer",
                 "founded": "founder", "owned": "owner", "edited": "editor"}  # fmt: skip


def roles_given_in_the_passive(body: str, people: list[PersonCandidate]) -> None:
    """ "the team coached by Cláudio Hasegawa" ... "“…,” the coach said": a person of no
    role whom the text calls the one who coached (managed, chaired) something takes
    that role, with the words it rests on."""
    verbs = "|".join(PASSIVE_ROLES)
    for person in people:
        if person.role is not None:
            continue
        for alias in person.aliases or [person.name]:
            match = re.search(
                r"\b(?P<verb>" + verbs + r") by " + re.escape(alias) + r"(?![\w’'-])", body
            )
            if match:
                person.role = PASSIVE_ROLES[match.group("verb")]
                person.role_basis = match.group()
                break

"""People: names found by their cues (titles, role nouns, 'said X', apposition)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..corpus import Registries
from ..spans import AliasIndex, AliasTarget
from .candidates import PersonCandidate
from .gazetteer import gazetteer
from .givennames import given_names
from .nonpeople import (
    ASSEMBLY_LETTERS,
    apposition_names_a_thing,
    constituency_words,
    described_before_as_a_thing,
    is_storm_or_tag,
    party_before_letters,
    spokesperson_after,
)
from .text import NICKNAME, UPPER, Run, Token, slugify
from .wordlists import (
    COMMON_WORDS,
    GENERATIONAL,
    LANDMARK_FIRST,
    MONTHS,
    MONTHS_AS_NAMES,
    NOT_APPOSITION_START,
    ORG_WORDS,
    PARTICLES,
    PLACE_WORDS,
    POST_NOMINALS,
    ROLE_BEFORE,
    ROLE_NOUNS,
    SPEECH,
    TITLE_WORDS,
    WEEKDAYS,
)


@dataclass
class NameOccurrence:
    name: str
    start: int
    end: int
    role: str | None
    role_basis: str | None
    cues: list[str]
    nickname: str | None = None
    printed: str | None = None  # the name as printed, when it differs ('João “Jota” Silva')
    not_person: str | None = None  # why the text says this name is not a person's


def split_title(words: list[str]) -> int:
    """How many leading words of a run are title (ends after the last title word)."""
    cut = 0
    for index, word in enumerate(words[:-1]):
        role = word.lower().removeprefix("co-").removeprefix("vice-")
        if word.rstrip(".") in TITLE_WORDS or (index == cut and role in ROLE_NOUNS):
            cut = index + 1  # "Co-founder Mere Hollis", "Economist Tom Reyes" open a sentence
        elif word in ASSEMBLY_LETTERS and index + 1 < len(words) - 1:
            cut = index + 1  # "Clare TD Pádraig Mac Mathúna": the seat and the letters
    return cut


def looks_like_name(words: list[str]) -> bool:
    if not words or len(words) > 4:
        return False
    for position, word in enumerate(words):
        bare = word.rstrip(".")
        # Month names, but not the short forms and months that are also first
        # names ("Jan Bakker", "April Ross"): those are caught as dates by the digits after them.
        month = bare.lower() in MONTHS and len(bare) > 3 and bare not in MONTHS_AS_NAMES
        # A feature word ends a place's name ("Gorky Park") or opens a landmark's
        # ("Mount Kenya"); "Park Ji-hoon" is a Korean family name.
        feature = bare in PLACE_WORDS and (position == len(words) - 1 or bare in LANDMARK_FIRST)
        if bare in ORG_WORDS or feature or month or bare.lower() in WEEKDAYS:
            return False
        if word.isupper() and len(word) > 1 and not re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?\.?", word):
            # acronyms: NATO, TASS (but not initials: "A.J." Hinch)
            return False
        if any(ch.isdigit() for ch in word):
            return False
    last = words[-1]
    return last[:1].isupper() and last not in PARTICLES and last.lower() not in COMMON_WORDS


def _leading_common(
    words: list[str], tokens_: tuple[Token, ...], body: str, lowercase_words: set[str]
) -> int:
    """Leading words of a run that are ordinary words capitalised by position."""
    skip = 0
    for index, word in enumerate(words):
        lower = word.lower()
        sentence_initial = _is_sentence_initial(body, tokens_[index].start)
        if word.isupper() and len(word) > 1:
            break  # an acronym before a title belongs to the role ("US President")
        if (lower in COMMON_WORDS and word.rstrip(".") not in TITLE_WORDS) or (
            sentence_initial and lower in lowercase_words and word not in TITLE_WORDS
        ):
            skip = index + 1
            continue
        break
    return skip


def _is_sentence_initial(body: str, start: int) -> bool:
    before = body[:start].rstrip(' “"‘(')
    return not before or before[-1] in ".!?\n:"


# "Commissioner of Police", "Director of Public Prosecutions", "Minister of State":
# a title ending in "of" before the run of capitals that holds the name.
TITLE_OF = re.compile(
    r"\b(?:" + "|".join(sorted(TITLE_WORDS, key=len, reverse=True)) + r")\s+of\s+$"
)
PORTFOLIOS = {
    "Public",
    "Prosecutions",
    "Affairs",
    "Works",
    "Staff",
    "Home",
    "State",
    "Justice",
    "Foreign",
    "Internal",
    "Information",
    "Youth",
    "Sports",
    "Tourism",
    "Culture",
}
# A role noun after a run: "Central coach Ariel Quiroga" (the run is the coach's club).
ROLE_AFTER = re.compile(
    r"\s+(?:" + "|".join(sorted(set(ROLE_NOUNS), key=len, reverse=True)) + r")\s+" + UPPER
)

APPOSITION = re.compile(
    r",\s+(?P<age>\d{1,3},\s+)?(?P<role>(?:the|a|an|[a-z][\w’'\-]*)\b[^,;:.“”\"\n]{0,90}?)"
    r"(?=,|;|\.(?:\s|$)|\s+" + SPEECH + r"\b|$)"
)


def name_occurrences(body: str, runs: list[Run]) -> list[NameOccurrence]:
    """Every capitalised run that could be a person's name, with the cues around it."""
    lowercase_words = {w for w in re.findall(r"\b[a-z][\w’'\-]*\b", body)}
    found: list[NameOccurrence] = []
    nick_spans = [(m.start("nick"), m.end("nick")) for m in NICKNAME.finditer(body)]
    for run in runs:
        words = run.words()
        skip = _leading_common(words, run.tokens, body, lowercase_words)
        if (
            0 < skip < len(words)
            and words[skip - 1].lower() in PARTICLES
            and (words[skip] in PARTICLES)
        ):
            skip -= 1  # "Von der Leyen" opening a sentence
        words, toks = words[skip:], run.tokens[skip:]
        if not words:
            continue
        cut = split_title(words)
        role_start = toks[0].start
        title_of = TITLE_OF.search(body[max(0, role_start - 60) : role_start])
        if not cut and title_of:
            # "Assistant Commissioner of Police Damion Whyte-Levy": the words after
            # "of" that name a force or a portfolio are the title's, not the name's.
            while cut < len(words) - 1 and words[cut] in ORG_WORDS | TITLE_WORDS | PORTFOLIOS:
                cut += 1
            if cut:
                role_start -= len(title_of.group())
        if cut == len(words) or is_storm_or_tag(words[cut:]):
            continue  # "Typhoon Lumen"; AP's "D-Las Cruces" after a senator's name
        seat = constituency_words(words[cut:], body[max(0, toks[0].start - 30) : toks[0].start])
        cut += seat  # "TD for Clare Pádraig Mac Mathúna": Clare is the seat
        name_tokens = list(toks[cut:])
        cues: list[str] = []
        # Honours after the name are not part of it ("Jane Smith KC"), and say it is a person's.
        while len(name_tokens) > 2 and name_tokens[-1].text.rstrip(".") in POST_NOMINALS:
            cues.insert(0, f"post-nominal '{name_tokens.pop().text}'")
        if len(name_tokens) == 2 and name_tokens[-1].text.rstrip(".") in POST_NOMINALS:
            continue
        if cues and party_before_letters(body[name_tokens[-1].end : name_tokens[-1].end + 40]):
            continue  # "Fianna Fáil TD for Clare ...": a party, the member's name follows
        if len(name_tokens) > 2 and name_tokens[-1].text in GENERATIONAL:
            cues.append(f"generational suffix '{name_tokens[-1].text}'")  # only people have one
        nick = [t for t in name_tokens if any(a <= t.start < b for a, b in nick_spans)]
        plain = [t for t in name_tokens if t not in nick]
        bare = [t.text for t in plain if t.text.rstrip(".") not in GENERATIONAL or t is plain[0]]
        if not plain or not looks_like_name(bare):
            continue
        start, end = name_tokens[0].start, name_tokens[-1].end
        if body[end : end + 1] == "." and name_tokens[-1].text in ("Jr", "Sr"):
            end += 1  # "Jr." (but "III." ends a sentence)
        name = body[start:end]
        nickname = printed = None
        if nick:
            nickname = body[nick[0].start : nick[-1].end]
            printed, name = name, " ".join(t.text for t in plain)
        role = role_basis = None
        if cut:
            role_end = toks[cut - 1].end + (body[toks[cut - 1].end : toks[cut - 1].end + 1] == ".")
            role = body[role_start:role_end]
            # A possessive before the title belongs to it ("Russia's President").
            role_basis = body[toks[0].start : end]
            cues.append(f"title '{role}'")
        before = body[max(0, start - 60) : start]
        after = body[end : end + 160]
        if body[: toks[0].start].rstrip().endswith(" the") or re.search(r"\bthe\s+$", before):
            continue  # "the Associated Press": a person's name takes no article
        role_match = ROLE_BEFORE.search(body[max(0, toks[0].start - 40) : toks[0].start])
        if role_match and not cut:
            noun = role_match.group().strip().rstrip(",")  # "father, Ross Kellaway": no comma
            cues.append(f"role noun '{noun}' before the name")
            role = role or noun
        said = re.match(
            # "Sione Fifita, who runs walks from Dargaville, 50km south, said"
            r"(?:,\s+who\b[^.“”\"\n]{1,160}?,|,[^,.“”\"\n]{1,100},|,)?\s+(?:has\s+|had\s+|also\s+|then\s+|later\s+|previously\s+)?"
            + SPEECH
            + r"\b(?P<particle>\s+(?:in|on|off|up|for|out)\b)?",
            after,
        )
        # "A spokesperson for Natural England said": the speaker is the spokesperson.
        for_whom = re.search(r"\b[a-z]+\s+(?:for|of|at|from|with)\s+(?:the\s+)?$", before)
        if said and not said.group("particle") and not for_whom:
            cues.append("'X said' pattern")
        if re.search(r"\b" + SPEECH + r"\s+$", before) and not ROLE_AFTER.match(after):
            # (not "said Central coach Ariel Quiroga": Central is the coach's club)
            cues.append("'said X' pattern")
        apposition = APPOSITION.match(after)
        # An apposition describes; a clause with a verb ("According to Paul Okafor,
        # the span has failed") is the rest of the sentence.
        if (
            apposition
            and apposition.group("role").split()[0].lower() not in NOT_APPOSITION_START
            and not apposition.group("role").split()[0].endswith("ed")  # "called in by"
            and len(plain) > 1
            and not re.search(
                r"\b(?:has|have|had|is|are|was|were|will|would|said|says)\b",
                apposition.group("role"),
            )
        ):
            text = apposition.group("role").strip()
            cues.append(f"apposition ', {text}'")
            role = f"{role}, {text}" if role else text
            role_basis = body[(toks[0].start if cut else start) : end + apposition.end("role")]
            role_basis = role_basis.rstrip()
        # "the local iwi, Te Roroa, said" (a name closed by a comma), but not "the town,
        # Tom Reyes said, ..." (a person's aside) nor a name with a title ("Mayor Ana Ruiz").
        closed = re.match(r"\s*(?:[,.;)]|and\b|or\b)", after)
        thing = (apposition_names_a_thing(apposition.group("role")) if apposition else None) or (
            described_before_as_a_thing(body[max(0, toks[0].start - 80) : toks[0].start])
            if closed and not cut
            else None
        )
        if thing:
            not_person = f"written as a {thing}"
        elif spokesperson_after(body[max(0, toks[0].start - 6) : toks[0].start], after):
            not_person = "has a spokesperson ('A X spokeswoman')"
        else:
            not_person = None
        if re.match(r",\s+\d{1,3},\s", after):
            cues.append("age apposition ', N,'")
        elif re.match(r",\s+(?:a|an)\s+\d{1,3}-year-old\b", after):
            cues.append("age apposition ', a N-year-old'")
        elif re.match(r"\s+\(\d{1,3}\)", after):
            cues.append("age in brackets '(N)'")  # "Tinashe Mlambo (41) of Hillside"
        if after.startswith("/") or re.search(r"\b[Pp]hoto(?:graph)?s?\s+by\s+$", before):
            cues.append("photo credit")
        elif CREDIT.search(before):
            cues.append(f"credit '{CREDIT.search(before).group().strip()}'")
        if re.search(r"\baccording to\s+$", before, re.IGNORECASE):
            cues.append("'according to X'")
        found.append(
            NameOccurrence(name, start, end, role, role_basis, cues, nickname, printed, not_person)
        )
    return found


# Gaelic surname prefixes, capitalised: "Ní Chonaill", "Mac Mathúna", "Ó Dálaigh".
SURNAME_PREFIXES = {"Ní", "Nic", "Mac", "Mc", "Ó", "Ua", "Uí", "Mhic", "Ap"}

# Bylines and credits: "(Reporting by Tom Ellery; Editing by Mark Potter)",
# "Translated from the Polish by Marta Wójcik".
CREDIT = re.compile(
    r"\b(?:[Rr]eporting|[Ee]diting|[Ww]riting|[Tt]ranslated(?:\s+from\s+(?:the\s+)?\w+)?|"
    r"[Tt]ranslation|[Ii]llustrations?|[Aa]dditional\s+reporting|[Cc]ompiled|[Ww]ritten|"
    r"[Ii]nterviews?|[Gg]raphics?|[Vv]ideo)\s+by\s+$"
)

STRONG_CUE = (
    "post-nominal",
    "generational suffix",
    "credit",
    "surname",
    "title",
    "role noun",
    "'X said'",
    "'said X'",
    "apposition",
    "age apposition",
    "age in brackets",
    "photo credit",
    "given name",
)
# Cues only a person's name takes, enough for a name of one word ("Ngatemin, 61, a
# farmer", "Mr Gumbo") when no fuller name in the text ends with it.
PERSON_ONLY_CUE = (
    "age apposition",
    "age in brackets",
    "title 'M",
    "title 'Dr",
    "title 'Madam",
    "generational suffix",
)
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
        if len(occurrence.name.split()) == 1 and strong:
            surname_cues.setdefault(occurrence.name, strong[0])
    full_names: dict[str, set[str]] = {}
    for occurrence in occurrences_:
        if len(occurrence.name.split()) > 1:
            full_names.setdefault(occurrence.name.split()[-1], set()).add(occurrence.name)
    for occurrence in occurrences_:
        last = occurrence.name.split()[-1]
        if last in surname_cues and len(full_names.get(last, ())) == 1:
            occurrence.cues.append(f"surname '{last}' with the cue {surname_cues[last]}")
    longer = sorted({o.name for o in occurrences_}, key=len, reverse=True)
    things = not_people(occurrences_)
    for occurrence in occurrences_:
        name = occurrence.name
        if name.split()[0].lower() in PARTICLES:
            # "Von der Leyen" is the surname of "Ursula von der Leyen" named elsewhere
            tail = name[0].lower() + name[1:]
            name = next((n for n in longer if n.endswith(" " + tail)), name)
        elif name.split()[0] in SURNAME_PREFIXES:
            # "Ms Ní Chonaill" is "Máire Ní Chonaill" named elsewhere
            name = next((n for n in longer if n.endswith(" " + name)), name)
        if name in registry_alias or name in places or name in things:
            continue
        if len(name.split()) < 2 and not _a_one_word_name(occurrence, full_names):
            continue
        if any(s < occurrence.end and occurrence.start < e for s, e in blocked):
            continue  # inside a firm's name: "Hartley Dunn" of "law firm Hartley Dunn"
        strong = [cue for cue in occurrence.cues if cue.startswith(STRONG_CUE)]
        existing = next((p for p in people.values() if name in p.aliases), None)
        if existing is None and not strong:
            given = given_name_cue(body, occurrence, places, lowercase_words)
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
        for alias in (occurrence.printed, occurrence.nickname):
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
        if not existing.in_registry and existing.role is None and occurrence.role:
            existing.role, existing.role_basis = occurrence.role, occurrence.role_basis
    # Surnames as aliases, only where one person has that surname.
    surnames: dict[str, list[PersonCandidate]] = {}
    for person in people.values():
        if not person.in_registry:
            words = [w for w in person.name.split() if w.rstrip(".") not in GENERATIONAL]
            # "von der Leyen", with its particles (capitalised when it opens a sentence)
            start = len(words) - 1
            while start > 1 and (words[start - 1] in PARTICLES | SURNAME_PREFIXES):
                start -= 1
            surname = " ".join(words[start:])
            if len(words) == 2 and KOREAN_GIVEN_NAME.fullmatch(words[1]):
                surname = words[0]  # "Yoon Seo-jin" is Yoon: the family name comes first
            surnames.setdefault(surname, []).append(person)
            if start < len(words) - 1:
                person.aliases.append(surname[0].upper() + surname[1:])
    for surname, owners in surnames.items():
        if len(owners) == 1 and surname not in registry_alias:
            owners[0].aliases.append(surname)
    # "Han said" after "Han Zheng": a name of one word, said to speak, that opens the
    # name of exactly one person (a family name written first, or a first name).
    for occurrence in occurrences_:
        word = occurrence.name
        speaks = any(c.startswith(("'X said'", "'said X'")) for c in occurrence.cues)
        if " " in word or not speaks or word in registry_alias or word in places:
            continue
        if any(word in p.aliases for p in people.values()):
            continue
        owners = [p for p in people.values() if not p.in_registry and p.name.split()[0] == word]
        if len(owners) == 1:
            owners[0].aliases.append(word)
    for person in people.values():
        person.aliases = list(dict.fromkeys(person.aliases))
    return sorted(people.values(), key=lambda p: (p.first_seen, p.id))


# Articles of Arabic and Romance names that Faker also lists as given names: "Al
# Jazeera", "El Salvador", "La Liga".
NAME_ARTICLES = {
    "Al",
    "El",
    "La",
    "Le",
    "Les",
    "Los",
    "Las",
    "De",
    "Da",
    "Di",
    "Du",
    "Van",
    "Von",
    "San",
    "Santa",
    "Saint",
    "St",
}


def given_name_cue(
    body: str, occurrence: NameOccurrence, places, lowercase_words: set[str]
) -> str | None:
    """ "given name 'Lucas'" when a name of two or three words opens with a given name
    (Faker's lists) and nothing says it is anything else: not an English word in
    this text ("Will", "May", "Hope"), not a town of 100,000 or more ("Rosario
    Central", "Victoria Station"), not after "the"."""
    words = occurrence.name.split()
    first, last = words[0], words[-1]
    if not 2 <= len(words) <= 3 or first not in given_names() or occurrence.not_person:
        return None
    if any(w.lower() in COMMON_WORDS | lowercase_words for w in (first, last)):
        return None
    if first in TITLE_WORDS or first in NAME_ARTICLES or occurrence.name in places:
        return None
    towns = gazetteer().get(first) or ()
    if any(p.kind != "city" or p.population >= 100_000 for p in towns):
        return None
    # a surname may be a town's name too ("Lucas Zárate"), not a country's or a big city's
    if any(p.kind != "city" or p.population >= 1_000_000 for p in gazetteer().get(last) or ()):
        return None
    if re.search(r"\bthe\s+$", body[max(0, occurrence.start - 5) : occurrence.start]):
        return None
    return f"given name '{first}'"


def _a_one_word_name(occurrence: NameOccurrence, full_names: dict[str, set[str]]) -> bool:
    """A name of one word that stands for a person of its own, not a surname of
    someone named in full: "Ngatemin, 61,", "Faraz-ur-Rehman ... said"."""
    if occurrence.name in full_names:
        return False
    if COMPOUND_GIVEN_NAME.fullmatch(occurrence.name):
        return any(c.startswith(STRONG_CUE) for c in occurrence.cues)
    return any(c.startswith(PERSON_ONLY_CUE) for c in occurrence.cues)


def not_people(occurrences_: list[NameOccurrence]) -> set[str]:
    """Names the text calls something other than a person in any of their occurrences."""
    return {o.name for o in occurrences_ if o.not_person}


def person_index(people: list[PersonCandidate]) -> AliasIndex:
    claimed: set[str] = set()
    targets = []
    for person in people:
        for alias in person.aliases:
            if alias not in claimed and re.match(r"\w", alias):
                claimed.add(alias)
                targets.append(AliasTarget("person", person.id, alias))
    return AliasIndex(targets)

"""Firms shaped like people's names: "Baker McKenzie", "Marks and Spencer", "Ernst & Young".

A capitalised name is a firm when the text says so: a firm noun before it ("law
firm Hartley Dunn") or in apposition ("Hartley Dunn, the law firm"), a firm's
ending ("LLP", "plc"), an ampersand, "which" after it, or something only a firm
has ("Marks and Spencer's shares", "a partner at Baker McKenzie"). Nothing is
decided from the name alone: "Hartley Dunn" with none of these is a person.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .givennames import given_names
from .placeforms import place_names
from .text import UPPER
from .titles import PORTFOLIOS
from .wordlists import FIRM_NOUNS, FIRM_POSSESSIONS, FIRM_SUFFIXES, ROLE_NOUNS

# Titles a firm's people hold, written before their names.
# Titles only a person's name takes (not "President" or "Chairman", which firms' names
# may open with in a list of officers).
HONORIFICS = {
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Sir",
    "Dame",
    "Hajj",
    "Hadj",
    "Haji",
    "Elhadj",
    "Alhaji",
    "Sheikh",
    "Madam",
    "Madame",
    "Monsieur",
    "Señor",
    "Señora",
}
PERSON_TITLES = {
    "President", "Chairman", "Chairwoman", "Chairperson", "Chair", "Director",
    "Director-General", "Secretary", "CEO", "Governor", "Mayor", "Chief", "Executive",
    "Manager", "Founder", "Co-founder", "Vice-President", "Treasurer", "Spokesman",
    "Spokeswoman", "Spokesperson", "Dr", "Mr", "Mrs", "Ms", "Prof",
}  # fmt: skip

# Words that open a club's or a foundation's name before the man it is named after.
# (not "US" or "SC": "US President", "Ann Kerr SC")
CLUB_OPENERS = {"Club", "Clube", "Atlético", "Atletico", "Deportivo", "Esporte", "Sport",
                "Sporting", "Associação", "Sociedade", "Esportiva", "Asociación", "Futebol",
                "Recreativo", "Unión", "União", "CD", "CA", "EC", "SE", "AA", "AD", "CF", "FC",
                "ASD", "SV", "TSV", "VfB", "VfL"}  # fmt: skip
CLUB_BEFORE = re.compile(r"(?<![\w’'])(?:(?:" + "|".join(CLUB_OPENERS) + r") )+$")
_WORD = UPPER + r"[\w’'\-.]*"
# Names joined by "and", "&" or "+": "Marks and Spencer", "Ernst & Young", "Gilbert + Tobin".
JOINED = re.compile(
    r"(?<![\w’'])"
    + _WORD
    + r"(?: "
    + _WORD
    + r"){0,2} (?:and|&|\+) "
    + _WORD
    + r"(?: "
    + _WORD
    + r"){0,2}"
)
_NOUNS = "|".join(sorted((re.escape(n) for n in FIRM_NOUNS), key=len, reverse=True))
_POSSESSIONS = "|".join(sorted((re.escape(n) for n in FIRM_POSSESSIONS), key=len, reverse=True))
# ("maker" only before the name: "wool fabric maker Ravetti Coda" is a firm, "Dinesh
# Bhimani, a tile maker" a man)
NOUN_BEFORE = re.compile(r"(?:^|[^\w])(?P<noun>" + _NOUNS + r"|maker)[ \t]+$")
# Not "X, the company's operations director": a possessive makes X a person of the firm.
NOUN_AFTER = re.compile(
    r"^,\s+(?:the|a|an|its|which\s+is\s+(?:a|an|the))\s+"
    # not through a preposition: "Rebecca Tan, an analyst at the broker" works there
    r"(?:(?!(?:at|of|for|with|from|in|on|to)\b)[\w’'\-]+\s+){0,3}?(?P<noun>"
    + _NOUNS
    # (not "a 29-year-old bank clerk": a noun of a trade after it makes a person)
    + r")\b(?![’'])(?!\s+(?:"
    + "|".join(sorted({*ROLE_NOUNS, "clerk", "employee", "teller"}, key=len, reverse=True))
    + r")\b)"
)
WHICH_AFTER = re.compile(r"^,?\s+which\b")
# The sons, brothers and company of French, Spanish and Portuguese family firms:
# "Pêcheries Cormier et Fils", "Gopee Frères", "Molina y Hermanos", "Costa e Filhos".
FAMILY_FIRM_AFTER = re.compile(
    r"^\s+(?:(?:et|e|y|&)\s+)?(?:Fils|Filhos|Hijos|Cie|Cía|Compagnie|Irmãos|Hermanos|Hnos|"
    r"Frères)\b"
)
POSSESSION_AFTER = re.compile(r"^[’']s?\s+(?:[a-z\-]+\s+)?(?P<noun>" + _POSSESSIONS + r")\b")
# Two people would take a plural verb: "Marks and Spencer has", "... said it would".
SINGULAR_AFTER = re.compile(
    r"^\s+(?:has|is|was|says|plans|wants|expects|employs|owns|operates|sells|makes|"
    r"(?:said|says|announced|confirmed)\s+(?:it|its)\b)"
)
WORKPLACE_BEFORE = re.compile(
    r"(?i)\b(?:partner|partners|analyst|analysts|lawyer|lawyers|economist|economists|employee|"
    r"employees|staff|worker|workers|associate|consultant|strategist|banker|bankers|accountant|"
    r"accountants|director|executive|chief executive|managing director|chairman|chairwoman|"
    r"founder|shareholders|customers|clients|sources|officials|executives|insiders|traders|"
    r"dealers|managers)\s+(?:at|of|with)\s+$"
)
FROM_BEFORE = re.compile(
    r"\b(?:accountants|auditors|lawyers|analysts|bankers|consultants|advisers|engineers)\s+from\s+$"
)
# A name that is bought, bid for or held in shares is a firm's: "takeover by Swiss trader
# Brunner Vogt", "a stake in Kellaway Fraser" (a few words may describe it first).
DEAL_BEFORE = re.compile(
    r"\b(?:[Tt]akeover|[Ss]hares|[Ss]take|acquisition|purchase|bid|offer|merger|stake|shares|shareholding|"
    r"shareholders|listing|delisting|buyout|sale)\s+(?:by|for|from|of|with|in)\s+"
    r"(?:(?:the\s+)?[\w’'\-]+\s+){0,3}$"
)
# Firms that advise and audit a deal: "The deal was advised by Clifford Chance and
# Herbert Smith Freehills", "audited by Grant Thornton".
ADVISED_BY = re.compile(
    r"\b(?:advised|audited|underwritten)\s+by\s+(?:(?:the\s+)?[\w’'\-&]+\s+){0,4}$"
)
# What only a firm does: "Brunner Vogt will pay $3.15 a share", "Kellaway Fraser
# shareholders", "Kellaway Fraser agrees to a $1.9b takeover".
DEAL_AFTER = re.compile(
    r"^\s+(?:shareholders|shares|stock|plc|investors|"
    # banks and law firms advise on deals and underwrite them; people advise someone
    r"(?:advised|advises|is\s+advising|are\s+advising)\s+(?:\w+\s+)?on\s+the\s+(?:[\w$€£.\-]+\s+)?"
    r"(?:deal|takeover|merger|sale|listing|acquisition|transaction|offer|bid|IPO|flotation)\b|"
    r"underwrote\b|"
    r"(?:has\s+|have\s+)?(?:agreed|agrees)\s+to\s+"
    r"(?:a|an|the)?\s*(?:[\w$€£.]+\s+){0,2}(?:takeover|merger|buyout|sale|deal)|"
    r"(?:will|would|is\s+to|has\s+agreed\s+to|agreed\s+to)\s+(?:pay\s+\S+\s+a\s+share|"
    # people buy houses; firms buy firms and stakes
    r"(?:buy|acquire)\s+(?:[A-Z]|(?:a\s+)?(?:stake|rival|majority|controlling)\b)))"
)
PERSON_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?\s+$")
AGE_AFTER = re.compile(r"^,\s+\d{1,3},")


@dataclass(frozen=True)
class Firm:
    name: str
    start: int
    end: int
    evidence: str
    person_cue: str | None = None  # also written like a person: "firm or person?"


def firm_evidence(body: str, start: int, end: int) -> str | None:
    """Why the name at body[start:end] is a firm, or None."""
    name = body[start:end]
    before, after = body[max(0, start - 40) : start], body[end : end + 80]
    words = name.replace("&", " & ").split()
    if "&" in words or "+" in words:  # "Ernst & Young", "Gilbert + Tobin"
        return f"an ampersand in '{name}'"
    if words[-1].rstrip(".") in FIRM_SUFFIXES:
        return f"a firm's ending '{words[-1]}'"
    namesake = _club_tail(words)
    if namesake:
        return f"a club's words before a name ('{name[: -len(namesake) - 1]}')"
    opener = CLUB_BEFORE.search(before)
    if opener and len(words) > 1 and words[0] in given_names():  # "CD Juan Aurich"
        return f"a club's words before a name ('{opener.group().strip()}')"
    if FAMILY_FIRM_AFTER.match(after):
        return "a family firm's ending ('et Fils', 'y Hermanos')"
    suffix = re.match(r"^\s+(\S+)", after)
    if suffix and suffix.group(1).rstrip(".,") in FIRM_SUFFIXES - {"Group", "Partners"}:
        return f"a firm's ending '{suffix.group(1).rstrip('.,')}'"
    match = NOUN_BEFORE.search(before)
    if match and words[0].rstrip(".") in PERSON_TITLES and len(words) > 2:
        match = None  # "company President Takashi Irie": the firm's president, a person
    if match and not re.search(
        r"\b(?:former|a|an)\s+" + re.escape(match.group("noun")) + r"\s+$", before
    ):
        return f"'{match.group('noun')}' before the name"
    match = NOUN_AFTER.match(after)
    titled = any(w.rstrip(".") in HONORIFICS for w in words[:2]) or re.search(
        r"\b(?:" + "|".join(HONORIFICS) + r")\.?\s+$", before
    )
    # ("live in Tromsø, the largest foreign group": a place, and its subject's apposition)
    in_place = name in place_names() and re.search(r"\b(?:in|at|near)\s+$", before)
    if match and not titled and not in_place:
        # ("El Hadj Issoufou Mamane, a wholesaler": a pilgrim's title, a person)
        return f"apposition naming a {match.group('noun')}"
    if name in place_names():
        return None  # "Belarus, which borders Ukraine": places take "which" and "at" too
    if WHICH_AFTER.match(after):
        return "'which' after the name"
    match = POSSESSION_AFTER.match(after)
    if match:
        return f"'{name}’s {match.group('noun')}'"
    if (
        re.search(r" (?:and|&) ", name)
        and SINGULAR_AFTER.match(after)
        # ("Demand in Ajman and Ras Al Khaimah is growing": two places, not one firm)
        and not (
            # (nor the end of a list: "in Multan, Bahawalpur and Muzaffargarh was slow",
            # nor a road's ends: "The road between Mzuzu and Karonga was washed away")
            re.search(r"\b(?:in|near|across|around|throughout|between|linking)\s+$|\w,\s+$", before)
            and all(part in place_names() for part in re.split(r" (?:and|&) ", name))
        )
    ):
        return "names joined by 'and' taking a singular verb"
    if len(words) > 1 and DEAL_BEFORE.search(before):
        return f"'{DEAL_BEFORE.search(before).group().strip()}' before the name"
    if len(words) > 1 and ADVISED_BY.search(before) and not PERSON_BEFORE.search(before):
        return f"'{ADVISED_BY.search(before).group().strip()}' before the name"
    if len(words) > 1 and DEAL_AFTER.match(after):
        return f"'{DEAL_AFTER.match(after).group().strip()}' after the name"
    founders = _founders(body, words)
    if founders:
        return f"named for two people of the text ('{founders}')"
    # ("Director of Culture and Tourism Hasan Erdoğdu": an office's portfolios, a person)
    if WORKPLACE_BEFORE.search(before) and not (words[0] in PORTFOLIOS and " and " in name):
        return f"'{WORKPLACE_BEFORE.search(before).group().strip()}' before the name"
    # "accountants from Grant Thornton": not for places ("lawyers from New York").
    match = FROM_BEFORE.search(before)
    if match and len(words) > 1:
        return f"'{match.group().strip()}' before the name"
    return None


# Two people named together by their given names and surnames: "by Everton Hurlstone
# and Lyndon Watler" (an aside may stand after the first: "Roy Ebanks, 84, and ...").
NAMED_PAIR = re.compile(
    r"(?<![\w’'])"
    + UPPER
    + r"[\w’'\-]+ (?P<first>"
    + _WORD
    + r")(?:,[^,\n]{1,40},)? (?:and|&) "
    + UPPER
    + r"[\w’'\-]+ (?P<second>"
    + _WORD
    + r")\b"
)


@functools.lru_cache(maxsize=4)
def _named_pairs(body: str) -> dict[tuple[str, str], str]:
    return {(m.group("first"), m.group("second")): m.group() for m in NAMED_PAIR.finditer(body)}


def _founders(body: str, words: list[str]) -> str | None:
    """ "Hurlstone Watler" where the text names "Everton Hurlstone and Lyndon Watler":
    a firm named for its two founders, each named with a given name of their own.
    (The pairs are found once per text: a pattern per name would be compiled anew
    for every name of every article.)"""
    if len(words) != 2:
        return None
    return _named_pairs(body).get((words[0], words[1]))


def find_firms(body: str, names: list[tuple[int, int]]) -> list[Firm]:
    """Firms among the given name spans and the names joined by 'and'/'&'.

    Once one mention of a name is a firm, every mention of the same name is."""
    spans = list(names)
    for match in JOINED.finditer(body):
        end = match.end() - (2 if match.group().endswith(("’s", "'s")) else 0)
        spans.append((match.start(), end))
    evidence: dict[str, tuple[str, int, int]] = {}
    for start, end in spans:
        name = body[start:end]
        reason = firm_evidence(body, start, end)
        if reason and name not in evidence:
            evidence[name] = (reason, start, end)
    _split_lists_of_firms(evidence)
    for name, (_, start, _end) in list(evidence.items()):
        # "Rault Ng Holdings", then "Rault Ng would invest": the name less its ending
        words = name.split()
        while words and words[-1].rstrip(".,") in FIRM_SUFFIXES:
            words.pop()
        short = _club_tail(words) or " ".join(words)  # "Frederico Klotz" of a club's name
        if len(short.split()) > 1 and short != name and short not in evidence:
            evidence[short] = (f"the short name of '{name}'", start, start + len(short))
    firms = []
    for name, (reason, start, end) in evidence.items():
        person_cue = None
        for match in re.finditer(re.escape(name), body):
            if PERSON_BEFORE.search(body[max(0, match.start() - 6) : match.start()]):
                person_cue = "a title such as 'Mr' or 'Ms' before it"
            elif AGE_AFTER.match(body[match.end() : match.end() + 8]):
                person_cue = "an age after it"
        firms.append(Firm(name, start, end, reason, person_cue))
    # "Marks and Spencer" holds "Spencer": a name inside another firm's is that firm
    # (but "Rault Ng" of "Rault Ng Holdings" is the firm's short name, written alone too).
    return [
        firm
        for firm in firms
        if not any(
            other.name != firm.name
            and re.search(r"(?<!\w)" + re.escape(firm.name) + r"(?!\w)", other.name)
            and not _short_name(firm.name, other.name)
            for other in firms
        )
    ]


def _split_lists_of_firms(evidence: dict[str, tuple[str, int, int]]) -> None:
    """ "advised by Grant Thornton and Ackroyd Hirst", where "the food group Ackroyd
    Hirst" is a firm of its own: two firms in a list, not one firm's name. Each takes
    the list's evidence; the joined name goes. ("Marks and Spencer" stays one firm:
    neither "Marks" nor "Spencer" is a firm on its own in the text, and "Tellei & Sons"
    names one firm.)"""
    for name, (reason, start, end) in list(evidence.items()):
        parts = re.split(r" (?:and|&|\+) ", name, maxsplit=1)
        if len(parts) != 2 or any(len(part.split()) < 2 for part in parts):
            continue
        if not any(part in evidence and not start <= evidence[part][1] < end for part in parts):
            continue
        del evidence[name]
        for part, offset in ((parts[0], start), (parts[1], end - len(parts[1]))):
            if part not in evidence:
                why = f"in a list of firms with the firm named apart ({reason})"
                evidence[part] = (why, offset, offset + len(part))


def _club_tail(words: list[str]) -> str | None:
    """ "Frederico Klotz" of "Clube Atlético Frederico Klotz": a club named after a man,
    written with its club's words first, goes by his name alone too."""
    opening = 0
    while opening < len(words) and words[opening] in CLUB_OPENERS:
        opening += 1
    tail = words[opening:]
    if opening and len(tail) >= 2 and tail[0] in given_names():
        return " ".join(tail)
    return None


def _short_name(name: str, full: str) -> bool:
    """ "Rault Ng" of "Rault Ng Holdings": the full name less its firm's ending; "Frederico
    Klotz" of "Clube Atlético Frederico Klotz"."""
    if _club_tail(full.split()) == name:
        return True
    rest = full.removeprefix(name + " ").split()
    return full.startswith(name + " ") and all(w.rstrip(".,") in FIRM_SUFFIXES for w in rest)


def firm_spans(body: str, firms: list[Firm]) -> list[tuple[int, int]]:
    """Every occurrence of every firm's name (persons are not looked for inside them),
    but not after a given name: "Eduardo Arriaga Velasco" runs "Arriaga Velasco
    Desarrollos", and is a man."""
    return [
        (m.start(), m.end())
        for firm in firms
        if firm.person_cue is None
        for m in re.finditer(r"(?<!\w)" + re.escape(firm.name) + r"(?!\w)", body)
        if not _given_name_before(body, m.start())
    ]


def _given_name_before(body: str, start: int) -> bool:
    before = re.search(r"(\w+) $", body[max(0, start - 30) : start])
    return bool(before) and before.group(1) in given_names()

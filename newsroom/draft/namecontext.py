"""The words around a capitalised run that say what it is: a person's ("who gave
only her first name, Amina", "was sentenced", "his brother Alieu", "45-year-old"),
or something else's ("called", "the Ministry of", "coach" after a club). ``names``
reads them when it decides which runs are people's names.
"""

from __future__ import annotations

import re

from .givennames import given_names
from .text import UPPER
from .wordlists import (
    COMMON_WORDS,
    KIN_NOUNS,
    ORG_WORDS,
    ROLE_BEFORE,
    ROLE_ENDINGS,
    ROLE_NOUNS,
    SPEECH,
)

# A source named by a first name or an alias only: "who gave only her first name,
# Amina,", "identified only as Kofi", "who gave his name as Juan".
FIRST_NAME_ONLY = re.compile(
    r"(?:\b(?:first|given)\s+name(?:\s+as)?|\b(?:identified|named|known)\s+only\s+as|"
    r"\bgave\s+(?:his|her|their)\s+name\s+(?:only\s+)?as)[,:]?\s+$"
)
# What only happens to people, right after a name: "Aliaksandr Kazlou was sentenced",
# "Bakhtiyor Kholmatov was named coach", "Chandrikapersad Santokhi resigned" (not "was
# fined" or "was charged", which firms are too).
PERSON_ONLY_AFTER = re.compile(
    r",?\s+(?:(?:was|were|has\s+been|had\s+been)\s+(?:sentenced|jailed|imprisoned|"
    r"convicted|acquitted|arrested|detained|remanded|elected|re-elected|appointed|sworn\s+in|"
    r"born|killed|injured|wounded|shot|stabbed|kidnapped|abducted|hospitali[sz]ed|buried|"
    r"named\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?(?:head\s+)?(?:coach|captain|manager|minister|"
    r"director|chairman|chairwoman|president|chief|ambassador|governor|mayor))|pleaded|"
    r"testified|resigned|confessed|apologi[sz]ed|died|was\s+born)\b"
)
# "police identified the victim as Ngwa Fon Achu", "the dead man was named as ..."
IDENTIFIED_AS = re.compile(
    r"\b(?:identified|named)\s+(?:(?:the|a|an)\s+)?(?:\w+\s+){0,2}?(?:victim|victims|dead|"
    r"deceased|suspect|suspects|man|woman|boy|girl|driver|attacker|gunman|officer|him|her|them|"
    r"pilot|passenger|worker|miner|fisherman)\s+as\s+$"
    r"|\b(?:victim|victims|deceased|suspect|suspects|man|woman|boy|girl|driver|attacker|gunman|"
    r"officer|pilot|passenger|worker|miner|fisherman|he|she)\s+(?:was|were|has\s+been)\s+"
    r"(?:identified|named)\s+as\s+$"
    # "The victim, named locally as Tevita Fonua,", "a man, identified by police as"
    r"|\b(?:victim|deceased|suspect|man|woman|boy|girl|driver|pilot|passenger),\s+"
    r"(?:identified|named)\s+(?:locally\s+|by\s+(?:police|relatives|family|friends)\s+)?as\s+$"
    # "known as « Tamghart », whose real name is Fadma Azerkane"
    r"|\bwhose\s+(?:real|full|given|birth)\s+name\s+(?:is|was)\s+$"
)
# Speech verbs that make no phrasal verb with "in", "on" or "for" after them.
PLAIN_SPEECH = re.compile(r"\b(?:said|says|told|tells|added|adds|wrote|writes|stated)\s+\w+$")
KNOWN_AS_BEFORE = re.compile(
    r"(?:,|\b(?!(?:was|is|are|were|be|been)\b)[\w’'\-]+)\s+"
    r"(?:known(?:\s+[\w’'\-]+){0,4}\s+as|alias|a\.k\.a\.|aka|nicknamed|dubbed)"
    r"\s+(?:(?:el|la|le|il|o|a)\s+)?[“\"‘]?$"
)
# "his brother Alieu", "her daughter, Aminata,": a possessive and a kin noun
KIN_BEFORE = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)\s+(?:(?:elder|older|younger|late|eldest|"
    r"youngest|twin|step|half)\s+)?(?:" + "|".join(KIN_NOUNS) + r")(?:-in-law)?,?\s+$"
)
# "The teacher, Zarghona, who gave only one name,": the same said after the name
ONE_NAME_AFTER = re.compile(
    r",\s+who\s+(?:gave|uses|goes\s+by|has)\s+only\s+(?:one|a\s+single|(?:his|her)\s+first)"
    r"\s+name\b(?!,?\s+(?:as\s+)?[A-Z])"  # (not "..., who gave only his first name, Josué,")
)
# "Pérez said Real Madrid would appeal": the subject of what was said, not a speaker.
REPORTED_VERB_AFTER = re.compile(
    r"\s+(?:would|will|could|should|must|might|had|has|have|was|were|is|are|did|does)\b"
)
# "The exhibition, called Te Akapapa'anga, runs": a thing's name, not "said X".
NAMING_VERB_BEFORE = re.compile(
    r"\b(?:called|named|dubbed|titled|entitled)\s+$"
    # "UNESCO declared World Heritage in 2000": an object, unless a quote ends just
    # before the verb ("“…,” declared Ana Ruiz")
    r"|(?<![”\"’'],\s)(?<![”\"’']\s)\b(?:declared|announced|proclaimed)\s+$"
)
# "45-year-old Sahr Komba", "the 70-year-old fisherman Ahmed Saleh"
# (not "a 28-year-old from Salelologa": a preposition makes the name a place's)
AGE_BEFORE = re.compile(
    r"\b\d{1,3}-year-old\s+(?:(?!(?:from|in|of|at|near|on|to|for|into|by|with)\s)[a-z][\w\-]*\s+){0,2}$"
)
# Articles of Spanish, French, Italian, German and Dutch names of papers and bands
# ("told Los Tiempos", "Die Zeit"), never the first word of a person's name.
FOREIGN_ARTICLES = {"Los", "Las", "Les", "Gli", "Die", "Der", "Das", "Het", "Il"}
# An office in apposition before a name: "The Minister of Transport, Amélia Cruz
# Tavares,", "the head of the port authority, Ana Ruiz,".
OFFICE_BEFORE = re.compile(
    r"(?<![\w’'])(?P<office>(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+"
    r"(?:[\w’'\-]+\s+){0,2}?(?i:"
    + "|".join(sorted(set(ROLE_NOUNS), key=len, reverse=True))
    + r")(?:\s+(?:of|for|at|from|in)\s+[^,.;:“”\"\n]{1,80})?),\s+$"
)
# An organization's word and "of" or "for" before a run: the run ends its name.
ORG_OF_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(ORG_WORDS)) + r")\s+(?:of|for)\s+(?:the\s+)?"
    # a capitalised word and "of" between ("Office for the Coordination of Humanitarian
    # Affairs")
    r"(?:" + UPPER + r"[\w\-]*\s+(?:of|for)\s+(?:the\s+)?)?"
    # and the rest of a list of portfolios: "Ministry of Agriculture and Rural Development",
    # "Ministry of Water, Land and Resource Stewardship"
    r"(?:(?:" + UPPER + r"[\w\-]*(?:\s+" + UPPER + r"[\w\-]*){0,2},\s+){0,3}"
    r"" + UPPER + r"[\w\-]*(?:\s+" + UPPER + r"[\w\-]*){0,2},?\s+(?:and|&)\s+)?$"
)
# A role noun after a run: "Central coach Ariel Quiroga" (the run is the coach's club).
ROLE_AFTER = re.compile(
    # (one or two words may qualify the role: "Burnt Pine shop owner Tania Nobbs")
    r"\s+(?:[a-z][a-z\-]+\s+){0,2}?(?:"
    + "|".join(sorted(set(ROLE_NOUNS), key=len, reverse=True))
    + r")\s+"
    + UPPER
)

APPOSITION = re.compile(
    r",\s+(?P<age>\d{1,3},\s+)?(?P<role>(?:the|a|an|[a-z][\w’'\-]*)\b[^,;:.“”\"\n]{0,90}?)"
    # (or before a long relative clause: "a Yi farmer from Zhaojue county whose ...")
    r"(?=,|;|\.(?:\s|$)|\s+" + SPEECH + r"\b|\s+(?:who|whose)\b|$)"
)


PLACE_BEFORE = re.compile(r"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Ff]rom|[Oo]utside)\s+$")
# A bracketed aside after a name that is not an age: its form in another script, a
# party, a home town ("Lin Mei-ling (林美玲)", "Ana Ortiz (PRI)").
NAME_ASIDE = re.compile(r"\s+\((?!\d{1,3}\))[^()\n]{1,30}\)")


# Roles a firm or a team can hold too ("its partner, Shell,", "their opponents, Ajax,").
FIRMS_TOO = {
    "partner", "owner", "investor", "trader", "rival", "leader", "challenger", "incumbent",
    "opponent", "candidate", "representative", "delegate", "host", "producer", "publisher",
    "organiser", "organizer", "broker", "auditor", "consultant", "adviser", "advisor",
    "strategist", "designer", "architect", "operator", "player", "head", "chief", "starter",
    "substitute", "forward", "centre", "center", "guard", "setter", "keeper", "opener",
}  # fmt: skip


def role_in_apposition(body: str, start: int, end: int, noun: str) -> bool:
    """ "A herder, Batjargal, disagreed": a role only a person holds, with an article,
    and the name between commas after it: a person's name even of one word."""
    before = body[max(0, start - 40) : start]
    return (
        noun.lower() not in FIRMS_TOO
        and bool(re.search(r"\b(?:[Aa]n?|[Tt]he|[Oo]ne)\s+" + re.escape(noun) + r",\s+$", before))
        and body[end : end + 1] == ","
    )


# A player's part in a match report, which only a person's name takes: "Tavita Lefiti
# scored twice", "Okafor's header", "a cross from João Mendes".
PLAYERS_ACTION_AFTER = re.compile(
    r"[’']s\s+(?:header|goal|penalty|free[ -]kick|strike|shot|cross|brace|hat-trick|"
    r"equali[sz]er|winner|volley|drive)\b|\s+(?:scored|netted|equali[sz]ed|volleyed|curled|"
    r"slotted|tapped\s+in|nodded|converted|headed\s+(?:in|home)|fired\s+(?:in|home)|"
    r"was\s+sent\s+off|was\s+booked|limped\s+off)\b"
)
PLAYERS_ACTION_BEFORE = re.compile(
    r"\b(?:cross|pass|corner|free[ -]kick|header|goals?|strike|penalty|assist|brace|"
    r"double|save|saves|(?:touchdown\s+)?runs?|tries|try|touchdowns?|wickets|catches|"
    r"interceptions?|sacks?)\s+(?:from|by)\s+$"
    # a substitution: "came on for the injured Jaco Kotzé", "was replaced by Sipho Dube"
    r"|\b(?:came|comes|coming)\s+on\s+for\s+(?:the\s+(?:injured\s+)?)?$|\breplaced\s+by\s+$"
)


def players_action(before: str, after: str) -> bool:
    return bool(PLAYERS_ACTION_AFTER.match(after) or PLAYERS_ACTION_BEFORE.search(before))


def a_teams_plural(word: str) -> bool:
    """ "Stars", "Chiefs", "Lions": a team's plural noun, no surname ("Santos", "Jones")."""
    return word.endswith("s") and word[:-1].lower() in COMMON_WORDS


# A person's role in apposition after a name of one word: "Narantuya, an engineer in
# Tumd Left Banner, said" (Mongolian, Indonesian and Burmese papers print one name).
ROLE_IN_APPOSITION_AFTER = re.compile(
    r",\s+an?\s+(?:[a-z][\w-]*\s+){0,2}(?:"
    + "|".join(sorted(set(ROLE_NOUNS), key=len, reverse=True))
    + "|"
    + ROLE_ENDINGS
    + r")(?=[\s,])"
)
# A role noun right after a word: "the 26-year-old Basque striker" (an adjective).
ROLE_NOUN_AFTER = re.compile(
    r"\s+(?:" + "|".join(sorted(set(ROLE_NOUNS), key=len, reverse=True)) + r")\b"
)
# ... or a noun for someone from a town: "a 38-year-old Bayfield man" (his town).
ROLE_OR_TOWNSMAN_AFTER = re.compile(
    ROLE_NOUN_AFTER.pattern + r"|\s+(?:man|woman|men|women|boy|girl|resident)\b"
)


def a_one_word_speakers_role(cues: list[str], after: str, office: re.Match | None) -> bool:
    """A role in apposition to a one-word name that speaks: "Narantuya, an engineer
    in Tumd Left Banner, said"; "The head of the agency, Rusdiansyah, said" (not "An
    official of the council, Kargil, who did not wish to be named": an office's town)."""
    speaks = any("said" in cue for cue in cues)
    the_office = office and re.match(r"(?i)the\s", office.group("office")) and after[:1] == ","
    return speaks and bool(ROLE_IN_APPOSITION_AFTER.match(after) or the_office)


def a_body_saying_it(before: str, after_said: str, first_word: str) -> bool:
    """ "Mercado Libre said it would hire": a body's "it", and no given name; not a
    name in apposition ("One of its organizers, Ayumi Shimabukuro, said it had")."""
    return (
        bool(re.match(r"\s+(?:it|its)\s", after_said))
        and not re.search(r",\s+$", before)
        and first_word not in given_names()
    )


# A word joining the next name to this one: "tries by Tavita Leiataua and lock Faleolo".
LINKED_AFTER = re.compile(r"\s+(?:and|or|&|with|by|as|to|from|for)\b")


def role_holder_after(after: str) -> bool:
    """A role noun right after a name says the name is a team's, a party's or a
    body's: "Ak Bars head coach Ravil Sabirzyanov", "Opposition Congress leader and
    former MLA" (but not "tries by Tavita Leiataua and lock Tomasi Vaka")."""
    return bool(
        (ROLE_AFTER.match(after) and not LINKED_AFTER.match(after))
        or ROLE_NOUN_AFTER.match(after)
        # a team takes a plural verb, a person never does: "one ahead of Gor Mahia, who
        # were held to a goalless draw"
        or re.match(r",\s+who\s+(?:were|are|have)\b", after)
    )


# A team before "host" makes it a verb: "while Racing host Almería at A Malata".
TEAM_BEFORE_HOST = re.compile(r"(?:^|\s)" + UPPER + r"[\w’'\-]*\s+hosts?\s+$")


def role_before(body: str, start: int) -> re.Match | None:
    """The role noun right before the name at ``start`` ("farmer Sukarmi", "the host,
    Ana Ruiz"), matched in the 40 characters before it; not a verb after a team."""
    before = body[max(0, start - 40) : start]
    match = ROLE_BEFORE.search(before)
    if match and TEAM_BEFORE_HOST.search(before):
        return None
    return match


# "Mother-of-three Ana Silva", "Father-of-two": what the person is, before the name
KIN_OF_COUNT = re.compile(
    r"(?:Mother|Father|Mum|Mom|Dad|Grandmother|Grandfather|Grandad)-of-"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)"
)


# "Sutrisno, who heads the association, welcomed": "who" and a verb in the singular
# ("Arsenal, who were" is a club, as British papers write it).
WHO_CLAUSE_AFTER = re.compile(r",\s+who\s+(?:is|was|has|had|[a-z]{2,}[^s\W]s)\b")


# Bylines and credits: "(Reporting by Tom Ellery; Editing by Mark Potter)",
# "Translated from the Polish by Marta Wójcik".
CREDIT = re.compile(
    r"\b(?:[Rr]eporting|[Ee]diting|[Ww]riting|[Tt]ranslated(?:\s+from\s+(?:the\s+)?\w+)?|"
    r"[Tt]ranslation|[Ii]llustrations?|[Aa]dditional\s+reporting|[Cc]ompiled|[Ww]ritten|"
    r"[Ii]nterviews?|[Gg]raphics?|[Vv]ideo)\s+by\s+$"
)

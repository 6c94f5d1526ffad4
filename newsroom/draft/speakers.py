"""Who a pronoun or a description in an attribution stands for, from the text only.

Gender comes from the text (``genders``): a title, a gendered noun written with
the name, or a pronoun already bound to that person with nobody else in reach. A
pronoun resolves only when exactly one person it can stand for is named in the
nearest sentence that names anyone (up to three sentences back, not counting
sentences inside quotations), and no one else in reach fits it better by the
gender of their given name; otherwise the speaker stays unnamed.
"""

from __future__ import annotations

import re

from ..spans import Mention
from .backreference import (
    lone_person_just_before,
    official_just_before,
    only_one_of_that_age,
    role_in_article,
    subject_of_said,
    the_one_from,
)
from .candidates import PersonCandidate, Resolution
from .genders import fits_by_what_the_text_says, gender_of_words, rival_of_the_pronoun
from .quotespans import QuoteSpan
from .roles import (
    POSSESSED_SUBJECT,
    a_teenager,
    describes_a_name,
    named_after_abbreviation,
    names_a_nationality,
    of_another_age,
    of_the_age,
    owner_is_a_person,
    role_has,
    unpossessed,
)
from .speechpatterns import ROLE_SUBJECT, SPEECH_SUBJECT, UNNAMED_SUBJECT
from .subjects import described_subject, stranger_at
from .text import inside_a_relative_clause, sentence_spans
from .wordlists import (
    ANYONE_HEADS,
    GENERIC_PERSON_HEADS,
    PERSON_HEADS,
    PLAIN_MODIFIERS,
    ROLE_NOUNS,
    ROLE_TITLES,
    TEEN_HEADS,
)

PRONOUN_GENDER = {"he": "m", "she": "f", "him": "m", "her": "f"}
SENTENCES_BACK = 2
PRONOUN_SENTENCES_BACK = 3  # a pronoun reaches one further: "He said ... . ... . “…,” he said"
# A statement is often announced, paraphrased for a few sentences, then quoted ("...
# disclosed this in a statement. She said ... . She said ... . “…,” the statement read").
STATEMENT_SENTENCES_BACK = 6
# "“…,” the statement said": a document speaks for whoever issued it.
PARENT_OF_SO_MANY = re.compile(
    r"the\s+(?:mother|father|mum|mom|dad|grandmother|grandfather)[\s-]of[\s-]"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+)",
    re.IGNORECASE,
)
DOCUMENT_HEADS = {"statement", "letter", "release", "communique", "communiqué", "memo", "email"}


PREPOSITION_BEFORE = re.compile(r"\b(?:[Aa]t|[Ii]n|[Oo]n|[Nn]ear|[Oo]utside|[Ff]rom)\s+$")


class Resolver:
    """Pronouns and descriptions, resolved against the people named before them."""

    def __init__(
        self,
        body: str,
        people: list[PersonCandidate],
        mentions: list[Mention],
        quotes: list[QuoteSpan],
        unconfirmed: list[tuple[str, int, int]] = (),
    ):
        """``unconfirmed``: names (name, start, end) with no cue that they are a
        person's. They never become speakers, but one in reach makes a pronoun
        ambiguous: "Tom Reyes disagreed." may be the man "he" points to."""
        self.body = body
        self.by_id = {p.id: p for p in people}
        mentions = list(mentions)
        for name, start, end in unconfirmed:
            key = "?" + name
            self.by_id.setdefault(key, PersonCandidate(key, name))
            mentions.append(Mention("person", key, name, start, end))
        for match in UNNAMED_SUBJECT.finditer(body):
            desc = match.group("desc")
            if describes_a_name(body, match, mentions) or not owner_is_a_person(match, mentions):
                continue  # "Fatima, a 34-year-old worker ..., said"; "Her lawyer, Antoine Besson,"
            if inside_a_relative_clause(body, match.start()):
                continue  # "Nadia Khelifi, who teaches at a lycée in Azazga, said"
            if PREPOSITION_BEFORE.search(body, max(0, match.start() - 8), match.start()) and any(
                match.end("desc") < m.start < match.end() and m.entity_id[:1] not in "?~"
                for m in mentions
            ):
                continue  # "At a state school in Canoas, teacher Juliana Kehl said": a place
            at = PREPOSITION_BEFORE.search(body, max(0, match.start() - 8), match.start())
            if (at and " that " in desc) or desc.split()[-1] in ("he", "she", "they"):
                continue  # "at an earlier hearing that they were told"; "his argument he"
            gender, _ = gender_of_words(desc.split()[1:])
            if re.search(r"\b[a-z]+[^su]s$", re.split(r"\s+(?:for|of|at|from|with|in)\s", desc)[0]):
                gender = "plural"  # "their bare hands, but ..., said": never a "he"
            self.add_unnamed(desc, gender, match, mentions)
        for match in POSSESSED_SUBJECT.finditer(body):
            # ("Her co-author, Associate Professor Tomasz Wierzbicki, called ...": named)
            if describes_a_name(body, match, mentions):
                continue
            if owner_is_a_person(match, mentions) and not any(
                m.entity_id.startswith("~") and m.start == match.start() for m in mentions
            ):
                self.add_unnamed(
                    match.group("desc"),
                    gender_of_words(match.group("desc").split()[-1:])[0],
                    match,
                    mentions,
                )
        self.mentions = [m for m in mentions if not any(q.open < m.start < q.close for q in quotes)]
        # Sentences inside a quotation are no narrative: a "she said" after a long quote
        self.sentences = [
            (s, e)
            for s, e in sentence_spans(body)
            if not any(q.open <= s and e <= q.close + 1 for q in quotes)
        ] or sentence_spans(body)
        self.note_roles_in_narrative(quotes)

    def note_roles_in_narrative(self, quotes: list[QuoteSpan]) -> None:
        """ "The judge said the board erred." outside any quote names the one person
        given that role before it, so that a later "he" can find them. A role that
        names nobody ("the Deemster said", with no Deemster named) is an unnamed
        speaker in its own right: a "he added" after it is that speaker, never a
        defendant named in the sentence before."""
        for match in ROLE_SUBJECT.finditer(self.body):
            if any(q.open < match.start() < q.close for q in quotes):
                continue
            desc = match.group("desc")
            words = desc.split()
            head = words[-1].lower()
            gender, _ = gender_of_words([words[-1]])
            if head in ROLE_TITLES or (words[-1][:1].isupper() and self.a_title_here(head)):
                # a role with a title ("judge", "governor"), or a title of someone named
                # before, which the lists may not know ("Bailie Morag Lindsay")
                result = role_in_article(self, desc, head, gender, match.start(), words[1:-1])
            elif head in PERSON_HEADS:  # "the spokesman", "the official"
                result = self.description(desc, match.start())
            else:
                continue  # "the court", "the ministry": not a person's "he" or "she"
            if result.person is not None:
                self.note(result.person, match.start())
            else:
                self.add_unnamed(desc, gender, match, self.mentions)

    def add_unnamed(self, desc: str, gender, match: re.Match, mentions: list) -> None:
        """An unnamed speaker ("a provincial health official", "the Deemster") as a
        mention a later pronoun can point back to."""
        key = "~" + desc
        unnamed = self.by_id.setdefault(key, PersonCandidate(key, desc))
        unnamed.gender = gender
        mentions.append(Mention("person", key, desc, match.start(), match.end("desc")))

    def a_title_here(self, head: str) -> bool:
        """A person named so far holds this word as a title ("Bailie Morag Lindsay")."""
        return any(role_has(p, head) for k, p in self.by_id.items() if k[:1] not in "?~")

    def sentence_index(self, position: int) -> int:
        return next(
            (i for i, (s, e) in enumerate(self.sentences) if s <= position <= e),
            max((i for i, (s, _) in enumerate(self.sentences) if s <= position), default=0),
        )

    def groups_before(self, position: int, reach: int = SENTENCES_BACK) -> list[list]:
        """People named outside quotes, nearest sentence first: the sentence of
        ``position`` (before it), then up to ``reach`` sentences back."""
        index = self.sentence_index(position)
        groups = []
        for back in range(reach + 1):
            if index - back < 0:
                break
            start, end = self.sentences[index - back]
            end = min(end, position)
            found = [m for m in self.mentions if start <= m.start < end]
            found.sort(key=lambda m: -m.start)  # nearest first
            ids = list(dict.fromkeys(m.entity_id for m in found))
            groups.append([self.by_id[i] for i in ids])
        return groups

    def possessors_before(self, position: int, back: int = SENTENCES_BACK) -> set[str]:
        """People named in the sentences ``groups_before`` reads (the last ``back``
        ones before this) only as possessors ("Carvalhal's lawyer") or inside an
        unnamed speaker's description ("A relative of Sumagaysay")."""
        index = max((i for i, (s, _) in enumerate(self.sentences) if s <= position), default=0)
        start = self.sentences[max(0, index - back)][0]
        unnamed = [(m.start, m.end) for m in self.mentions if m.entity_id.startswith("~")]
        possessive: dict[str, bool] = {}
        for m in self.mentions:
            if start <= m.start < position:
                whose = self.body[m.end : m.end + 2] in ("’s", "'s") or any(
                    s <= m.start and m.end <= e and not m.entity_id.startswith("~")
                    for s, e in unnamed
                )
                possessive[m.entity_id] = possessive.get(m.entity_id, True) and whose
        return {key for key, only in possessive.items() if only}

    def pronoun(self, word: str, position: int) -> Resolution:
        gender = PRONOUN_GENDER.get(word.lower())
        if word.lower() in ("it", "they"):
            subject = self.subject_before(position)
            if subject:
                return Resolution(
                    None,
                    None,
                    f"the pronoun '{word}' pointing back to '{subject}', the subject of the "
                    "last speech verb before it",
                    subject,
                )
        if word.lower() not in PRONOUN_GENDER:
            return Resolution(
                None,
                f"the pronoun '{word}' names nobody: who says this?",
                f"the pronoun '{word}' names nobody",
            )
        groups = self.groups_before(position, PRONOUN_SENTENCES_BACK)
        for back, group in enumerate(groups):
            stranger = not group and stranger_at(self, position, back)  # "But Ulugbek said"
            group = group or ([stranger] if stranger else [])
            described = not group and described_subject(self, position, back)  # "the judge ruled"
            group = group or ([described] if described else [])
            if not group:
                continue
            fits = [p for p in group if p.gender in (None, gender)]
            if len(fits) > 1:
                # "Carvalhal's defence lawyer, João Pedro Vaz, said ... He argued": a name
                # written only as a possessor from its sentence on is not the subject
                possessors = self.possessors_before(position, back)
                plain = [p for p in fits if p.id not in possessors]
                fits = plain if len(plain) == 1 and not plain[0].id.startswith("?") else fits
            fits = fits_by_what_the_text_says(fits, gender) if len(fits) > 1 else fits
            unnamed = [p for p in fits if p.id.startswith("~")]
            if len(unnamed) == 1 and all(p.id[:1] in "?~" for p in fits):
                # "At Kesarbari Tea Estate, a plucker who ... said": the unnamed subject
                # of speech, not a name never confirmed as a person's
                fits = unnamed
            subject = len(fits) > 1 and subject_of_said(self, fits, position, back, gender)
            if subject and subject.id.startswith("~"):
                # "A juror who ... said the panel had seen that Thibodeaux deposited ...":
                # the unnamed subject, not a name inside what she said
                fits = [subject]
            elif subject:
                others = ", ".join(p.name for p in fits if p is not subject)
                return Resolution(
                    subject,
                    f"speaker resolved through the pronoun '{word}' to {subject.name}, who "
                    f"said what the sentence before reports (also named in it: {others})",
                    f"the pronoun '{word}' pointing back to '{subject.name}', the subject of "
                    "the speech verb before it",
                )
            if len(fits) == 1 and fits[0].id.startswith("~"):
                return Resolution(
                    None,
                    None,
                    f"the pronoun '{word}' pointing back to an unnamed speaker ('{fits[0].name}')",
                    fits[0].name,
                )
            if len(fits) == 1 and fits[0].id.startswith("?"):
                return Resolution(
                    None,
                    f"the pronoun '{word}' may be {fits[0].name}, a name not confirmed as a person",
                    f"the pronoun '{word}' points back to '{fits[0].name}', "
                    "not confirmed as a person",
                )
            rival = fits and rival_of_the_pronoun(fits[0], gender, groups)
            if len(fits) == 1 and rival:
                names = f"{fits[0].name} or {rival.name}"
                return Resolution(
                    None,
                    f"ambiguous pronoun '{word}': {names} (the given name of the first reads "
                    "as the other gender); speaker left unnamed",
                    f"the pronoun '{word}' could be {names}",
                )
            if len(fits) == 1:
                person = fits[0]
                note = f" ({person.gender_basis})" if person.gender else ""
                if person.gender is None:
                    person.gender, person.gender_basis = (
                        gender,
                        f"the pronoun '{word}' bound to them",
                    )
                return Resolution(
                    person,
                    f"speaker resolved through the pronoun '{word}' to {person.name}{note}",
                    f"the pronoun '{word}' pointing back to the only person it fits "
                    f"in the nearest sentence naming anyone ('{person.name}')",
                )
            if len(fits) > 1:
                names = " or ".join(p.name for p in fits)
                return Resolution(
                    None,
                    f"ambiguous pronoun '{word}': {names}; speaker left unnamed",
                    f"the pronoun '{word}' could be {names}",
                )
        return Resolution(
            None,
            f"the pronoun '{word}' has no person it fits in the sentences before",
            f"the pronoun '{word}', with nobody it fits named just before",
        )

    def subject_before(self, position: int) -> str | None:
        """The subject of the last speech verb in the sentence before, for "it" and
        "they": "The care home, run by Hollins & Reed, said ..." -> "The care home"."""
        index = max((i for i, (s, _) in enumerate(self.sentences) if s <= position), default=0)
        for back in (0, 1):
            if index - back < 0:
                break
            start, end = self.sentences[index - back]
            text = self.body[start : min(end, position)]
            found = [m.group("subject") for m in SPEECH_SUBJECT.finditer(text)]
            if found:
                return found[-1]
        return None

    def description(self, text: str, position: int) -> Resolution:
        """A definite description ("the judge", "the Russian leader") stands for
        the nearest person named before it whose role it repeats, or anyone for
        a generic head ("the leader", "the official", "the 54-year-old")."""
        core = re.split(r"\s+(?:for|of|at|from|with|in|to)\s+", text)[0]
        words = core.split()
        head = unpossessed(words[-1]).lower() if words else ""
        gender, _ = gender_of_words([head])
        # "the 58-year-old grower": an age makes any trade's noun fit someone of that age
        age = next((w for w in words if re.fullmatch(r"\d+-year-old", w)), "")
        anyone = head in ANYONE_HEADS or names_a_nationality(words) or bool(age)
        # "the mother of four": what anyone of that sex may be, not a role the text gave
        anyone = anyone or bool(PARENT_OF_SO_MANY.fullmatch(text))
        teen = head in TEEN_HEADS  # "the teenager": someone whose age the text gives as 13-19
        generic = head in GENERIC_PERSON_HEADS
        modifiers = [unpossessed(w) for w in words[1:-1] if w[:1].isupper()]
        # "the union leader" is not the minister named last: the word before a bare
        # "leader" must be in the role of anyone who has one
        kinds = [w for w in words[1:-1] if w.islower() and w not in PLAIN_MODIFIERS and w != age]
        acronym = words[-1] if len(words) == 2 and words[-1].isupper() else ""
        spelled = acronym and named_after_abbreviation(self.body, acronym, position, self.mentions)
        if spelled:  # "the SSP said", after "Senior Superintendent of Police (SSP) Mir ..."
            person = self.by_id[spelled]
            return Resolution(
                person,
                f"speaker resolved through '{text}' to {person.name}",
                f"'{text}', the title abbreviated in brackets before {person.name}'s name",
            )

        if age and (older := only_one_of_that_age(self, age, gender, position)):
            return older  # "the 54-year-old", paragraphs after "Kazuhiro Sannomiya, 54,"

        def unroled(p):  # ("the 29-year-old head coach": one of no role only of that age)
            return p.role is None and (not age or of_the_age(p, age, self.body))

        if len(modifiers) == 1 and (
            home := the_one_from(self, modifiers[0], text, gender, position)
        ):
            return home  # "the Tulancingo runner", after "María Hernández, from Tulancingo"
        for group in self.groups_before(position):
            fits = [
                p
                for p in group
                if (gender is None or p.gender in (None, gender))
                and (
                    (anyone and (not kinds or any(role_has(p, k) for k in kinds) or unroled(p)))
                    or role_has(p, head)
                    or (teen and a_teenager(p, self.body))
                    # "the Russian military official": a generic head needs a word of the role.
                    or (generic and any(role_has(p, m) for m in modifiers))
                )
                and not of_another_age(p, age, self.body)  # "the 45-year-old": not Gil, 61
            ]
            if fits and fits[0].id.startswith("?"):
                return Resolution(
                    None,
                    f"'{text}' may be {fits[0].name}, a name not confirmed as a person",
                    f"'{text}' is unnamed (the nearest name it could be, "
                    f"'{fits[0].name}', is not confirmed as a person)",
                )
            if len(fits) > 1 and age:  # "the 22-year-old" after a scorer and his passer
                names = " or ".join(p.name for p in fits)
                return Resolution(None, f"'{text}' could be {names}", f"'{text}' could be {names}")
            if fits:
                person = fits[0]
                others = [p.name for p in group if p is not person]
                also = f"; also named nearby: {', '.join(others)}" if others else ""
                return Resolution(
                    person,
                    f"speaker resolved through the description '{text}' to {person.name}{also}",
                    f"the description '{text}' pointing back to the nearest person it fits "
                    f"('{person.name}')",
                )
        if core == text and not anyone and not generic:
            found = role_in_article(self, text, head, gender, position, words[1:-1])
            if found.person or found.review:  # (else perhaps the one person just before)
                return found
        official = len(words) == 2 and official_just_before(self, text, head, position, gender)
        if official:
            return official  # "The director, Ana Cruz, said ... “…,” the official said"
        if (modifiers and (head in PERSON_HEADS or head in ROLE_NOUNS)) or age:
            # (with what the role is of, "the Harbour boss", or an age, "the 61-year-old
            # grain farmer": a bare "the magistrate" after a defendant is someone else)
            lone = lone_person_just_before(self, position, gender, modifiers=modifiers)
            if lone and not of_another_age(lone, age, self.body):
                return Resolution(
                    lone,
                    f"speaker resolved through '{text}' to {lone.name}, the only person "
                    "named in the sentence before, whose role the text does not give",
                    f"'{text}' pointing back to the only person named in the sentence "
                    f"before ('{lone.name}')",
                )
        return Resolution(None, None, f"'{text}' is an unnamed source")

    def author_of(self, text: str, head: str, position: int) -> Resolution:
        """ "In a statement read outside the court, Mr Meade said ... “…,” the
        statement said": the one person named in the nearest sentence before that
        mentions the statement; a body's statement, or two people's, stays unnamed."""
        index = max((i for i, (s, _) in enumerate(self.sentences) if s < position), default=0)
        back = self.sentences[max(0, index - STATEMENT_SENTENCES_BACK) : index + 1]
        for start, end in reversed(back):
            end = min(end, position)
            if not re.search(r"\b" + head + r"\b", self.body[start:end], re.IGNORECASE):
                continue
            if re.search(
                r"\b(?:the|that|this)\s+" + head + r"\s+(?:said|says|read|reads|added|stated)\b",
                self.body[start:end],
            ):
                continue  # "..., the statement said": what it says, not who issued it
            # (not the statement itself read as an unnamed speaker: "a statement read ...")
            found = [
                m
                for m in self.mentions
                if start <= m.start < end and not re.search(r"\b" + head + r"\b", m.text)
            ]
            named = {m.entity_id for m in found}
            # ("Lawyers for Ana Ruiz issued a statement": her lawyers', not hers)
            objects = any(
                re.search(r"\b(?:for|of|to|by|against|with|about)\s+$", self.body[: m.start][-9:])
                for m in found
            )
            if len(named) == 1 and next(iter(named))[:1] not in "?~" and not objects:
                person = self.by_id[next(iter(named))]
                return Resolution(
                    person,
                    f"speaker resolved through '{text}' to {person.name}, named as issuing it",
                    f"'{text}' pointing back to the one person named with it ('{person.name}')",
                )
            break
        return Resolution(None, None, f"'{text}' is an unnamed source")

    def only_person(self, text: str, position: int) -> Resolution:
        """ "the Belgian said" just after "Cranes coach Luc Vandamme ...": a nationality
        stands for a person only when one person is named in the nearest sentence
        that names anyone."""
        for group in self.groups_before(position):
            if not group:
                continue
            if len(group) == 1 and group[0].id[:1] not in "?~":
                person = group[0]
                return Resolution(
                    person,
                    f"speaker resolved through '{text}' to {person.name}, the only person "
                    "named just before",
                    f"'{text}' pointing back to the only person named just before "
                    f"('{person.name}')",
                )
            break
        return Resolution(None, None, f"'{text}' is an unnamed source")

    def note(self, person: PersonCandidate, position: int) -> None:
        """A speaker resolved from a description counts as named where the
        attribution stands, so a "he" after "the judge said" finds the judge."""
        self.by_id.setdefault(person.id, person)
        self.mentions.append(Mention("person", person.id, person.name, position, position + 1))

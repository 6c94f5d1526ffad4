"""Quotes: quoted spans, their attributions, and the speaker each resolves to.

A speaker is named only when the text names them: in the attribution, through a
pronoun or description that has one person it fits (see ``speakers``), in a quote
that continues one already attributed, or in the lead-in sentence just before
an unattributed quote when that sentence names nobody else. Otherwise the quote
keeps its speaker's description as printed ("a ministry spokesman") and no name.
"""

from __future__ import annotations

import re

from ..spans import Mention
from .attribution import (
    attribution_after,
    find_attribution,
)
from .candidates import PersonCandidate, QuoteCandidate
from .gazetteer import demonyms, gazetteer
from .genders import bind_narrative_pronouns, gender_or_hint, set_gender_evidence
from .givennamecue import named_for_a_country
from .givennames import given_names, surnames
from .leadin import lead_in
from .names import looks_like_name
from .people import person_mentions
from .quotespans import (
    SPEECH_PARTICIPLE_BEFORE,
    QuoteSpan,
    a_label,
    a_name_in_quotation_marks,
    quote_spans,
)
from .roles import holds_a_role_now, printed_with_name, unpossessed
from .speakers import DOCUMENT_HEADS, Resolution, Resolver
from .speechpatterns import FRONTED_PLACE, GROUP_IN, TRAILING_ADVERB, VERB, WHO_GROUP, WHO_PRONOUN
from .subjects import OPENERS, stranger_between
from .text import occurrence_of, paragraph_bounds, sentence_bounds, slugify
from .titles import OFFICE_LEVELS, TITLE_WORDS
from .titlesplit import split_title
from .wordlists import (
    FEMALE_TITLES,
    GENERATIONAL,
    MALE_TITLES,
    ORG_WORDS,
    PERSON_HEADS,
    POST_NOMINALS,
    ROLE_NOUNS,
)

# A description is a person ("the leader", "the 54-year-old") unless its head
# says it is an organization or a document.
NON_PERSON_HEADS = set(
    re.findall(
        r"\S+",
        """company ministry department police club port authority government agency group firm
    council team statement report study court union board committee office bank university
    hospital army military navy city county state school league federation commission kremlin
    website newspaper paper document letter filing survey data figures poll""",
    )
)


def strip_name(who: str) -> list[str]:
    """The words of a name without title, post-nominals or possessive."""
    words = who.split()
    words = words[split_title(words) :]
    while len(words) > 1 and words[-1].rstrip(".,") in POST_NOMINALS:
        words = words[:-1]
    if words and words[-1].endswith(("’s", "'s")):
        words[-1] = words[-1][:-2]
    return words


def resolve_who(who: str, people: list[PersonCandidate]) -> PersonCandidate | None:
    """The person a name in an attribution names: an alias of a known person, after
    dropping a title and post-nominals ("Mayor Ana Ruiz KC" -> "Ana Ruiz"); the longest
    ending of the words that is an alias ("On Tuesday Ana Ruiz" -> "Ana Ruiz")."""
    words = strip_name(who)
    for i in range(len(words)):
        if i and words[i - 1] in ("and", "&") and not any(w in TITLE_WORDS for w in words[i:]):
            # "Rowe and Penrose, which runs 41 bakeries": a firm, not Daniel Penrose (but
            # "Regional Development and EU Funds Minister Ivana Đurić" is the minister)
            break
        candidate = " ".join(words[i:])
        for person in people:
            if candidate in person.aliases:
                return person
    return None


def _is_org(who: str, organizations: set[str]) -> bool:
    words = strip_name(who)
    name = " ".join(words)
    return (
        name in organizations
        or any(name in org for org in organizations if len(name.split()) > 1)
        or any(w.rstrip(".") in ORG_WORDS for w in words)
        or (len(words) == 1 and words[0].isupper() and len(words[0]) > 1)
        or "&" in who
    )


def _non_person(description: str) -> bool:
    core = re.split(r"\s+(?:for|of|at|from|with|in|to)\s+", description)[0]
    return unpossessed(core.split()[-1]).lower() in NON_PERSON_HEADS


def quote_candidates(
    body: str,
    people: list[PersonCandidate],
    organizations: set[str] = frozenset(),
    unconfirmed: list[tuple[str, int, int]] = (),
) -> tuple[list[QuoteCandidate], list[PersonCandidate]]:
    """Quotes with speakers. Returns the quotes, and people first met as the named
    speaker of a quote (e.g. "said Maria Lopes"), to add to the people."""
    spans = quote_spans(body)
    set_gender_evidence(body, people)
    bind_narrative_pronouns(body, people, person_mentions(body, people, organizations), spans)
    new_people: list[PersonCandidate] = []
    taken = {p.id for p in people}
    mentions = person_mentions(body, people, organizations)
    known = {alias for p in people for alias in p.aliases}
    unconfirmed = [u for u in unconfirmed if u[0] not in known]
    titled = _titled_surnames(body, unconfirmed, people)
    mentions += titled
    unconfirmed = [u for u in unconfirmed if not any(m.start == u[1] for m in titled)]
    resolver = Resolver(body, people, mentions, spans, unconfirmed)
    results: list[QuoteCandidate] = []
    previous: tuple[QuoteSpan, QuoteCandidate] | None = None
    for number, span in enumerate(spans):
        text = body[span.start : span.end]
        previous_close = spans[number - 1].close if number else -1
        next_open = spans[number + 1].open if number + 1 < len(spans) else len(body)
        attribution = find_attribution(body, span, previous_close, next_open) or (
            attribution_after(body, span, next_open)
        )
        candidate = QuoteCandidate(text, span.start, span.end, "", partial=text[:1].islower())
        paragraph_start = paragraph_bounds(body, span.open)[0]
        previous_paragraph_start = (
            paragraph_bounds(body, max(0, paragraph_start - 2))[0] if paragraph_start else 0
        )
        previous_end = sentence_bounds(body, previous[0].close + 1)[1] if previous else -1
        if attribution:
            _attributed(
                candidate,
                attribution,
                body,
                span,
                people,
                new_people,
                taken,
                resolver,
                organizations,
            )
        elif (
            previous
            and not a_name_in_quotation_marks(text)  # the ferry "Tumleren"
            and previous[0].close >= previous_paragraph_start
            and not _new_speaker(body, span, previous[0].close)
            # ('“…,” said the 29-year-old assistant head coach of the under-21 side, ...':
            # a speaker after the quote, though no pattern read it, is no continuation)
            and not _unread_attribution(body, span, next_open)
            and not stranger_between(resolver, previous[0].close, span.open)
            and not [
                m
                for m in resolver.mentions
                if previous[0].close < m.start < span.open
                and m.entity_id != previous[1].speaker
                and m.text != previous[1].speaker_description
                # "told The Australian Financial Review": a name that is not a person's in
                # the attribution's own sentence is its audience, not a new speaker.
                and not (m.entity_id.startswith("?") and m.start < previous_end)
                and not (m.start < previous_end and _beside_the_speaker(body, m.start))
            ]
        ):
            # The quote continues the one before it: nobody else is named in between.
            before = previous[1]
            candidate.speaker, candidate.speaker_name = before.speaker, before.speaker_name
            candidate.speaker_description = before.speaker_description
            candidate.attribution, candidate.needs_review = before.attribution, before.needs_review
            candidate.found_by = "continues the previous quote (no other person named in between)"
        else:
            if len(text.split()) < 3 and not SPEECH_PARTICIPLE_BEFORE.search(
                body, paragraph_start, span.open
            ):
                continue  # scare quotes around a word or two, a title, a nickname
            lead = lead_in(resolver, span, previous_paragraph_start)
            if lead is not None and _unread_attribution(body, span, next_open):
                # '“…,” Primorac coach Vladimir "Vlado" Krstajić told reporters': the quote
                # has an attribution the patterns could not read; the lead-in would guess
                candidate.found_by = "an attribution after the quote that could not be read"
                candidate.needs_review = "speaker named after the quote in a form not understood"
                results.append(candidate)
                previous = (span, candidate)
                continue
            if lead is not None and lead.id.startswith("~"):
                candidate.speaker_description = lead.name
                candidate.found_by = (
                    f"no attribution verb; the sentence that leads into it has one unnamed "
                    f"speaker ('{lead.name}')"
                )
            elif lead is not None:
                candidate.speaker, candidate.speaker_name = lead.id, lead.name
                candidate.found_by = (
                    f"no attribution verb; '{lead.name}' is the only person named in the "
                    "sentence that leads into it"
                )
                candidate.needs_review = (
                    f"no attribution verb: speaker taken from the lead-in sentence ({lead.name})"
                )
            elif a_label(body, span.open, text):
                continue  # 'The deductions for “accommodation and transport” totalled'
            else:
                candidate.found_by = "no attribution and no lead-in sentence naming one person"
                candidate.needs_review = "speaker not named in the text: who says this?"
        if len(text.split()) < 3 and "according" in candidate.found_by:
            continue  # scare quotes in a sentence citing a source ("the so-called “peace plan”")
        results.append(candidate)
        previous = (span, candidate)
    for quote in results:
        quote.occurrence = occurrence_of(body, quote.text, quote.start)
    return results, new_people


# "“…,” Stars captain Ludwig Agege said after being presented with the cup by NAFA
# president Roxanne Adeang. “…”": a person after a preposition in the attribution's own
# sentence is part of its story, not the next quote's speaker ("the judge told Hazell").
OBJECT_OF_A_PREPOSITION = re.compile(
    r"\b(?:by|with|to|from|alongside|beside|against|told)\s+(?:[\w’'\-.]+\s+){0,3}$"
)


def _beside_the_speaker(body: str, start: int) -> bool:
    return bool(OBJECT_OF_A_PREPOSITION.search(body, max(0, start - 50), start))


def _unread_attribution(body: str, span: QuoteSpan, next_open: int) -> bool:
    """A speech verb in the quote's own sentence after it ('“…,” X "Y" Z told
    reporters'): the quote is attributed there, though no pattern read it."""
    after = body[span.close + 1 : sentence_bounds(body, span.close + 1)[1]]
    # (a nickname in quotation marks is no new quote: 'Vladimir "Vlado" Krstajić')
    after = re.sub(r"[\"“”‘’'][^\"“”‘’'\s]{1,20}[\"“”‘’']", "", after)
    after = re.split(r"[\"“‘]", after)[0]  # up to the next quotation
    comma = re.match(r"\s*,", after) or body[span.close - 1 : span.close] == ","
    return bool(comma) and bool(re.search(r"\b" + VERB + r"\b", after))


def _new_speaker(body: str, span: QuoteSpan, previous_close: int) -> bool:
    """A speech verb before the quote in its own sentence ("His daughter, who asked not
    to be named, said in a statement: ...") introduces someone new, even unparsed."""
    sentence_start = sentence_bounds(body, span.open)[0]
    lead = body[max(sentence_start, previous_close + 1) : span.open]
    if re.match(r"[\s,]*(?:but|and|yet|then)\s+(?:also\s+|later\s+)?" + VERB + r"\b", lead):
        return False  # "said it was “…” but warned that troupes had “…”": the same subject
    return bool(re.search(r"\b" + VERB + r"\b", lead))


def _attributed(candidate, attribution, body, span, people, new_people, taken, resolver, orgs):
    who, verb, how = attribution.who, attribution.verb, attribution.how
    who = re.sub(r"^(?:" + "|".join(OPENERS) + r")\s+", "", who)  # "But Ulugbek disagreed:"
    without_adverb = TRAILING_ADVERB.sub("", who)  # "the company eventually said"
    who = without_adverb if " " in without_adverb else who
    # "In his closing argument he described": a fronted phrase with no comma, then the subject
    who = re.sub(r"^(?:[a-z]+\s+)?(?:his|her|their|its)\s.*\s(he|she|they)$", r"\1", who)
    candidate.attribution = _attribution_text(body, span, who, verb)
    position = span.open if "before" in how else span.close
    named = attribution.named
    if named:
        result = _named(named, how, span, people, new_people, taken, orgs, body, apposed=True)
        if result.person is not None:
            candidate.speaker, candidate.speaker_name = result.person.id, result.person.name
            candidate.found_by = f"{how} ('{who}, {named}')"
            return
    around = body[max(0, span.open - 80) : span.close + 80]
    if how.startswith("'X read'") and not (
        re.match(r"(?:the|The)\s", who) and who.split()[-1].lower() in DOCUMENT_HEADS
    ):
        # a sign, a banner, "a statement from the firm": no one in particular
        result = Resolution(None, None, f"'{who}' is an unnamed source")
    elif re.fullmatch(WHO_PRONOUN, who):
        result = resolver.pronoun(who, position)
    elif who in demonyms() and re.search(r"\b[Tt]he\s+" + re.escape(who) + r"\b", around):
        result = resolver.only_person(f"the {who}", position)
        role_words = re.findall(r"[A-Z][\w-]+", (result.person and result.person.role) or "")
        other = next((w for w in role_words if w in demonyms() and w != who), None)
        if other:  # ("the Sicilian said" after "the Slovenian Luka Zupančič")
            result = Resolution(None, None, f"'the {who}' is not the {other} just named")
        result.description = None if result.person else f"the {who}"
    elif re.match(r"(?:the|The)\s", who) and who.split()[-1].lower() in DOCUMENT_HEADS:
        result = resolver.author_of(who, who.split()[-1].lower(), position)
    elif re.match(r"(?:the|The)\s", who) and not _non_person(who):
        result = resolver.description(who, position)
    elif (
        re.match(r"(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s", who)
        or re.search(r"[’']s\s+[a-z]", who)
        or re.fullmatch(WHO_GROUP, who)
        or re.match(GROUP_IN, who)  # "Pharmacists in Port Harcourt", as attribution reads it
    ):
        result = Resolution(None, None, f"'{who}' is an unnamed source")
    else:
        result = _named(who, how, span, people, new_people, taken, orgs, body)
        if result.person is None and re.search(r"\b[Tt]he\s+" + re.escape(who) + r"\s", around):
            # "the Khamba Lama said": a title with "the" is a description of someone, and
            # so is a town before a person's noun ("said the Tulancingo runner")
            noun = re.search(r"\b[Tt]he\s+" + re.escape(who) + r"\s+([a-z]+)\b", around)
            noun = noun and noun.group(1) in {*ROLE_NOUNS, *PERSON_HEADS} and f" {noun.group(1)}"
            result = resolver.description(f"the {who}{noun or ''}", position)
        elif (
            result.person is None
            # "Deputy Commissioner", "District Collector"
            and all(w in TITLE_WORDS | OFFICE_LEVELS for w in who.split())
            and who.split()[-1] in TITLE_WORDS
            and "before" not in how
        ):
            # "said Director of Health Services Dr Mohammad Firdaus": the title's holder,
            # named after its portfolio in the same clause
            holder = _named_after_title(body, span, resolver, people + new_people)
            result = Resolution(holder, None, "") if holder else result
    if result.person is None and result.description is None and _definite(who):
        result = printed_with_name(body, who, people + new_people) or result
    if result.person is not None:
        candidate.speaker, candidate.speaker_name = result.person.id, result.person.name
        if not re.match(r"[A-Z]", who) or re.match(r"The\s", who):
            resolver.note(result.person, span.open - 1 if "before" in how else span.close + 1)
    else:
        candidate.speaker_description = result.description or who
    candidate.found_by = f"{how}: {result.how}" if result.how else f"{how} ('{who}')"
    candidate.needs_review = result.review


def _named_after_title(body: str, span, resolver, people) -> PersonCandidate | None:
    """The first person named after a quote's attribution, before the clause ends."""
    clause_end = re.search(r"[,.;:!?\n]", body[span.close + 1 :])
    limit = span.close + 1 + (clause_end.start() if clause_end else 120)
    first = next(
        (
            m
            for m in sorted(resolver.mentions, key=lambda m: m.start)
            if span.close < m.start < min(limit, span.close + 120) and m.entity_id[:1] not in "?~"
        ),
        None,
    )
    return next((p for p in people if first and p.id == first.entity_id), None)


def _definite(who: str) -> bool:
    return bool(re.match(r"(?:[Tt]he)\s", who) or re.search(r"^\S+[’']s\s+[a-z]", who))


# A person's name, then the body they belong to.
MEMBER_OF_BODY = re.compile(r"(?P<name>\S+(?:\s+\S+){0,3}?)\s+(?:of|from)\s+(?:the\s+)?\S.*")


def _named(who, how, span, people, new_people, taken, orgs, body, apposed=False) -> Resolution:
    if re.search(r"\s(?:and|&)\s", who) and not _is_org(who, orgs):
        first, last = re.split(r"\s(?:and|&)\s", who, maxsplit=1)
        person = resolve_who(last, people + new_people)
        if person is None or resolve_who(first, people + new_people) is not None:
            return Resolution(
                None, "several people named as one speaker", f"'{who}' names more than one person"
            )
        # "Tourism and Youth Ch.Nomin": the end of a list of portfolios, then the name
        return Resolution(person, None, "")
    person = resolve_who(who, people + new_people)
    if person is not None:
        return Resolution(person, None, "")
    member = MEMBER_OF_BODY.fullmatch(who)
    person = member and resolve_who(member.group("name"), people + new_people)
    if person:  # "Sønderby of the Socialist People’s Party said": the member, not the party
        return Resolution(person, None, "")
    if member and len(strip_name(member.group("name"))) > 1 and not _is_org(member.group(1), orgs):
        who = member.group("name")  # "Seán Kelly of the Donegal Fishers’ Association said"
    family = shared_surname(who, people, body)
    if family is not None:
        return family
    if FRONTED_PLACE.match(who):
        return Resolution(None, None, f"'{who}' says where, not who")
    if _is_org(who, orgs) or named_for_a_country(who):
        return Resolution(None, None, f"'{who}' is an organization, not a person")
    words = strip_name(who)
    bare = [w for w in words if w.rstrip(".") not in GENERATIONAL]
    # "according to X" alone does not make X a person (outlets and reports are cited
    # that way too), unless only a person's name has X's shape; a speech verb does.
    # ("Another driver, Yusuf, agreed:": a given name alone in apposition is a person)
    alone = apposed and len(bare) == 1 and bare[0] in given_names()
    cited = "according" in how and not _only_a_persons_name(bare)
    if not cited and looks_like_name(bare) and (len(bare) >= 2 or alone):
        name = " ".join(words)
        person_id = slugify(name)
        while person_id in taken:
            person_id += "-2"
        taken.add(person_id)
        person = PersonCandidate(
            person_id,
            name,
            [f"named as the speaker of a quote ({how})"],
            aliases=[name],
            first_seen=span.start,
        )
        new_people.append(person)
        return Resolution(person, None, "")
    return Resolution(None, None, f"'{who}' is not a known person (an organization?)")


def _titled_surnames(body: str, unconfirmed, people: list[PersonCandidate]) -> list[Mention]:
    """ "Mrs. Brin, who opened the hotel ..., said she would ...": a surname two
    people of the article share, after an honorific that fits only one of them, is a
    mention of that one (so a "she" after it finds her)."""
    found = []
    for name, start, end in unconfirmed:
        title = re.search(r"\b(\w+)\.?\s+$", body[max(0, start - 12) : start])
        if " " in name or not title or title.group(1) not in FEMALE_TITLES | MALE_TITLES:
            continue
        result = shared_surname(f"{title.group(1)} {name}", people, body)
        if result is not None and result.person is not None:
            found.append(Mention("person", result.person.id, name, start, end))
    return found


def shared_surname(who: str, people: list[PersonCandidate], body: str) -> Resolution | None:
    """ "Ebanks said" (or "Ms Trott said") when several people of the article bear
    that surname, as a family firm's story names founder and heir: the one the
    honorific's gender fits (the text's, else the given name's), or the one with a
    role held now; otherwise nobody."""
    words = strip_name(who)
    if len(words) != 1:
        return None
    fits = [p for p in people if words[0] in p.name.split()[1:]]
    if len(fits) < 2:
        return None
    honorific = who.split()[0].rstrip(".") if len(who.split()) > 1 else ""  # "Ms." as US papers
    gender = "f" if honorific in FEMALE_TITLES else "m" if honorific in MALE_TITLES else None
    if gender:
        known = [p for p in fits if gender_or_hint(p) == gender]
        fits = (
            known if len(known) == 1 else [p for p in fits if gender_or_hint(p) in (None, gender)]
        )
    if len(fits) > 1:
        current = [p for p in fits if holds_a_role_now(body, p)]
        fits = current if len(current) == 1 else fits
    if len(fits) == 1:
        person = fits[0]
        return Resolution(
            person,
            f"speaker '{who}' resolved to {person.name} among people sharing the surname "
            f"({person.gender_basis or person.role or 'the only one it fits'})",
            f"'{who}', a surname several people share, pointing to {person.name}",
        )
    names = " or ".join(p.name for p in fits)
    return Resolution(
        None, f"'{who}' could be {names}; speaker left unnamed", f"'{who}' could be {names}"
    )


def _attribution_text(body: str, span: QuoteSpan, who: str, verb: str) -> str:
    sentence_start, sentence_end = sentence_bounds(body, span.open)
    sentence = body[sentence_start:sentence_end]
    for text in (f"{who} {verb}", f"{verb} {who}"):
        if text in sentence:
            return text
    return f"{who} {verb}"


# Particles no outlet's, body's or place's name has ("Jimbun anak Tawai", "Ahmad bin
# Ismail", "Máire Ní Bhaoill", "Rhys ap Gwilym"), unlike "Al", "Le", "de" or "van".
PERSON_ONLY_PARTICLES = {
    "bin", "binti", "bint", "ibn", "anak", "ap", "ab", "ferch", "zu", "y", "ould", "ní",
    "nic", "ó", "uí", "dit", "í", "við", "undir", "úr",
}  # fmt: skip


def _only_a_persons_name(words: list[str]) -> bool:
    """ "According to Jimbun anak Tawai, “…”": a name only a person has, by a particle
    inside it or by a surname Faker lists for a non-English locale ("According to
    Fatou Ndiaye Sall"), where "According to Al Jazeera" may be an outlet's."""
    if len(words) < 2 or not all(w[:1].isupper() for w in (words[0], words[-1])):
        return False
    if any(w.lower() in PERSON_ONLY_PARTICLES for w in words[1:-1]):
        return True
    return words[-1] in surnames() and not any(gazetteer().get(w) for w in words)

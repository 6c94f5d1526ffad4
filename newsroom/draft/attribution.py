"""Attributions: the words around a quote that say who speaks ("said X", "X told
reporters:", "according to X"), found in the quote's sentence, after it first.

Who may be a name ("Ana Costa"), a pronoun ("she"), or a description ("a ministry
spokesman", "the finance minister, Ana Costa", "His daughter", "Brennan & Holt's
chairman"); ``quotes`` decides which person, if any, that is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .names import looks_like_name
from .quotespans import CALLED_BY_AGENT, CALLED_BY_SUBJECT, QuoteSpan
from .reported import FINITE_VERB_INSIDE, REPORTED_CLAUSE, said_about
from .speechpatterns import (
    AFTER_ACCORDING,
    AFTER_DOCUMENT_READ,
    AFTER_HOW_X_PUT_IT,
    AFTER_NAME_OF_SAID,
    AFTER_READ_DOCUMENT,
    AFTER_SAID_DESCRIPTION_NAME,
    AFTER_SAID_X,
    AFTER_X_SAID,
    APPOSED_NAME,
    BEFORE_DOCUMENT_READ,
    BEFORE_SAID_X,
    BEFORE_X_SAID,
    CALL_IT,
    CONJUNCTION_END,
    COORDINATED_SUBJECT,
    DESCRIBED,
    DESCRIPTION_THEN_NAME,
    DETERMINER_BEFORE,
    FRONTED_PLACE,
    GAVE_NAME_AS,
    GROUP_IN_PLACE,
    MEMBER_OF,
    NAME_GIVEN_AFTER,
    NAME_OPENING,
    NAME_THEN_WHO,
    NEXT_SENTENCE,
    OWNER_BEFORE,
    PREPOSITION_BEFORE,
    ROLE_THEN_NAME,
    SENTENCE_SUBJECT,
    VERB,
    WHO_ROLE_NAME,
)
from .text import (
    SENTENCE_END,
    ends_sentence,
    paragraph_bounds,
    sentence_bounds,
)
from .wordlists import COMMON_WORDS, ORG_WORDS


@dataclass
class Attribution:
    who: str
    verb: str
    how: str
    named: str | None = None  # a name in apposition to a description


def find_attribution(body: str, span: QuoteSpan, previous_close: int, next_open: int):
    """The attribution in the quote's sentence: after the quote, else before it."""
    paragraph_start, paragraph_end = paragraph_bounds(body, span.close)
    after_text = body[span.close + 1 : min(next_open, paragraph_end)]
    end_match = next(
        (m for m in SENTENCE_END.finditer(after_text) if ends_sentence(body, m, span.close + 1)),
        None,
    )
    if end_match:
        after_text = after_text[: end_match.start()]
    # Not after a quote that ended its sentence ("….” Bakker said more…" starts a new one).
    if not body[span.start : span.close].rstrip().endswith("."):
        for how, pattern in (
            ("'X said' pattern", AFTER_X_SAID),
            ("'X of Y said' pattern", AFTER_NAME_OF_SAID),
            ("'said X' pattern", AFTER_SAID_DESCRIPTION_NAME),
            ("'said X' pattern", AFTER_SAID_X),
            ("'according to X' pattern", AFTER_ACCORDING),
            ("'was how X put it' pattern", AFTER_HOW_X_PUT_IT),
            ("'X read' pattern", AFTER_DOCUMENT_READ),
            ("'X read' pattern", AFTER_READ_DOCUMENT),
        ):
            match = pattern.match(after_text)
            if match:
                named = _apposed(match, after_text)
                return Attribution(match.group("who"), match.group("verb"), how, named)
    sentence_start = sentence_bounds(body, span.open)[0]
    floor = max(sentence_start, previous_close + 1, paragraph_bounds(body, span.open)[0])
    before = body[floor : span.open]
    lead = body[: span.open].rstrip()
    if not before.strip() and lead.endswith(":") and len(lead) > previous_close + 1:
        # "He said:" closing the paragraph before a quote that opens its own
        floor = max(sentence_bounds(body, len(lead) - 1)[0], previous_close + 1)
        before = body[floor : len(lead)] + " "
    document = BEFORE_DOCUMENT_READ.search(before)
    if document:  # "One placard read: “…”"
        return Attribution(document.group("who"), "read", "'X read' pattern before the quote")
    agent = CALLED_BY_AGENT.search(before)
    if agent:  # "described by opposition leader Ana Costa as “…”" (or "by Ana Costa, the ...,")
        who, _, apposed = (part.strip() for part in agent.group("who").partition(","))
        named = apposed if apposed[:1].isupper() else None  # ("by the leader, Ana Costa,")
        return Attribution(who, agent.group("verb"), "'called by X' pattern", named)
    called = CALLED_BY_SUBJECT.search(before)
    if called:  # "a measure the union called “a provocation”", "which it described as “…”"
        who = called.group("who")
        if who in ("it", "they"):  # the sentence's subject: "The opposition voted ..., which it"
            subject = SENTENCE_SUBJECT.match(body, sentence_start)
            who = subject.group("who") if subject else who
        return Attribution(who, called.group("verb"), "'X called' pattern before the quote")
    verbs = [
        verb
        for verb in re.finditer(r"\b(?:" + VERB + r"|[Aa]ccording to|" + CALL_IT + r")\b", before)
        # ("with the accused", "his promises": a noun after its determiner)
        if not DETERMINER_BEFORE.search(before, max(0, verb.start() - 8), verb.start())
    ]
    for verb in reversed(verbs):  # the attribution nearest the quote
        if re.search(r"[“”\"]", before[verb.end() :]):
            continue
        said_x = BEFORE_SAID_X.match(before[verb.end() :])
        if said_x and verb.group().lower() in DESCRIBED and re.search(r"\sas\s*$", before):
            said_x = None  # "He described the witness ... as “…”": the one described
        if said_x and (
            REPORTED_CLAUSE.search(before[verb.end() :][said_x.end("who") :])
            or FINITE_VERB_INSIDE.search(said_x.group("who"))
        ):
            # "Rolle said the dock, built in the 1970s, was “…”"; "Al Ketbi said the
            # purchase would give the group a “…”": what was said, not who said it
            said_x = None
        if (
            said_x
            and not before[verb.end() :][said_x.end("who") :].strip()
            and body[span.start : span.start + 1].islower()
            and BEFORE_X_SAID.search(before[: verb.start()])
        ):
            # "Al-Sayed, speaking through an interpreter, said Egypt “welcomes” the step":
            # the quote's verb is Egypt's, in what Al-Sayed said
            said_x = None
        first = said_x.group("who").split()[0] if said_x else ""
        if said_x and (first.lower() not in COMMON_WORDS or re.fullmatch(r"[Tt]he|[Aa]n?", first)):
            named = _apposed_before(said_x)
            how = "'according to X'" if verb.group().lower() == "according to" else "'said X'"
            return Attribution(
                said_x.group("who"), verb.group(), how + " pattern before the quote", named
            )
        relative = NAME_THEN_WHO.search(before[: verb.start()])
        if relative and verb.group().lower() != "according to":
            how = "'X, who said' pattern before the quote"
            return Attribution(relative.group("who"), verb.group(), how)
        x_said = BEFORE_X_SAID.search(before[: verb.start()])
        if x_said and CONJUNCTION_END.search(x_said.group("who")):
            # "Coach Zoran Perišić praised the teenager but said ...": the speaker is the
            # subject of the first verb, not "the teenager but"
            subject = COORDINATED_SUBJECT.search(before[: x_said.start("who")])
            if subject:
                how = "'X ... but said' pattern before the quote"
                role_then_name = ROLE_THEN_NAME.search(" " + subject.group("who"))
                # ("The president of the Union of Pensioners of Macedonia, Krste
                # Gjurčinovski, welcomed ...": the name in apposition, not Macedonia)
                named = _apposed(subject, "") or (role_then_name and role_then_name.group("name"))
                return Attribution(subject.group("who"), verb.group(), how, named)
            continue
        if x_said and FINITE_VERB_INSIDE.search(x_said.group("who")):
            continue  # "the burden was much higher than reported": a clause, not a speaker
        if x_said and re.search(r"\s(?:said|says|told)\s", x_said.group("who")):
            continue  # "The Finn said he had told his players ‘…’": "he" is what was said
        if x_said and said_about(before[: x_said.start("who")], x_said.group("who")):
            continue  # "Ponnusamy said the union had asked for “…”": the union is what he said
        if x_said and verb.group().lower() != "according to":
            named = _apposed(x_said, "")
            if not named and PREPOSITION_BEFORE.search(before[: x_said.start("who")]):
                # "Writing on X, the president, Gabriel Boric, said": X is where he wrote
                named = _apposed(x_said, "", fronted=True)
                subject = (x_said.group("paren") or ",").strip(",").split(",")[0].strip()
                if (
                    not named
                    and FRONTED_PARTICIPLE.match(before.lstrip())
                    and re.match(r"(?:[Tt]he|[Hh]is|[Hh]er)\s", subject)
                ):  # "Speaking at the ceremony, the 46-year-old engineer, who ..., said"
                    return Attribution(subject, verb.group(), "'X said' pattern before the quote")
            group = GROUP_IN_PLACE.search(before[: x_said.start("who")])
            if group and not named:  # "Pharmacists in Port Harcourt, who ..., said"
                who = group.group() + x_said.group("who")
                return Attribution(who, verb.group(), "'X said' pattern before the quote")
            # "Prof. Mateus Carvalho of the University of São Paulo, who ..., said":
            # the speaker is the person before "of", not the university.
            owner = OWNER_BEFORE.search(before[: x_said.start("who")])
            if owner and FRONTED_PARTICIPLE.fullmatch(owner.group("who")):
                owner = None  # "Speaking at the ceremony, the engineer said": no owner
            if not owner and x_said.group("who").split()[-1] in ORG_WORDS:
                owner = MEMBER_OF.search(before[: x_said.start("who")])
            if (
                owner
                and not named
                and (
                    re.match(r"(?:[Tt]he)\s", x_said.group("who"))
                    or x_said.group("who").split()[-1] in ORG_WORDS
                    or " " not in x_said.group("who")  # "Chief Willie Bule of Melsisi, ..., said"
                )
            ):
                return Attribution(
                    owner.group("who"), verb.group(), "'X said' pattern before the quote"
                )
            who = x_said.group("who")
            opening = NAME_OPENING.search(before[: x_said.start("who")])
            if (
                opening
                and re.match(r"\S+\s+(?:of|for)\s", who)
                and looks_like_name((opening.group("name") + who.split()[0]).split())
            ):
                # "Máire Ní Bhaoill of the Donegal Inshore Fishers’ Association said": the
                # office-like "Bhaoill of the ..." is the end of a longer name
                who = opening.group("name") + who
            return Attribution(who, verb.group(), "'X said' pattern before the quote", named)
    return None


# A participle opening the sentence: "Speaking at the ceremony, the engineer ... said".
FRONTED_PARTICIPLE = re.compile(r"(?:[A-Z][a-z]{2,}ing|Asked|Interviewed|Questioned)")


def attribution_after(body: str, span: QuoteSpan, next_open: int) -> Attribution | None:
    """A speaker named in the sentence after a quote that has no attribution of its own."""
    after = body[span.close + 1 : next_open]
    match = NEXT_SENTENCE.match(after)
    if not match:
        return None
    named = _apposed(match, after)
    return Attribution(
        match.group("who"), match.group("verb"), "speaker named in the sentence after", named
    )


def _apposed(match: re.Match, text: str, fronted: bool = False) -> str | None:
    """The name after a description: "the finance minister, Ana Costa"; ``fronted``
    when the words before the commas are not the subject ("In Houndé, ...")."""
    paren = match.groupdict().get("paren")
    if paren:
        inner = APPOSED_NAME.match(paren[:-1])
        parts = paren[:-1].rsplit(",", 1)
        last = APPOSED_NAME.match("," + parts[-1]) if parts[0].strip() else None
        if last and (
            re.match(r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s", match.group("who"))
            or FRONTED_PLACE.match(match.group("who"))
            or fronted
        ):
            # a role with commas of its own before the name: "The ... Secretary of Tourism,
            # Culture and Transportation, Kwesi Roberts-Bascombe, described ..."
            inner = last
        # AP's party-and-home tag ("Rep. Ana Ortiz, D-El Paso, said") names no one.
        if inner and not re.match(r"[DRIL]-[A-Z]", inner.group("name")):
            return inner.group("name")
    who = match.group("who")
    gave = GAVE_NAME_AS.match(who)
    if gave:
        return gave.group("name")  # "A man who gave his name as Juan said"
    described = DESCRIPTION_THEN_NAME.match(who)
    if described and len(described.group("name").split()) > 1:
        return described.group("name")  # "Her husband Ben Okoye added"
    role_then_name = ROLE_THEN_NAME.search(who)
    if role_then_name and re.fullmatch(WHO_ROLE_NAME, who):
        return role_then_name.group("name")
    description = re.match(
        r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ne|[Aa]nother)\b", who
    ) or re.search(r"[’']s\s+[a-z]", who)
    if text and description:
        after = APPOSED_NAME.match(text[match.end("who") :]) or NAME_GIVEN_AFTER.match(
            text[match.end("who") :]
        )
        if after:
            return after.group("name")
    return None


def _apposed_before(match: re.Match) -> str | None:
    paren = match.group("paren")
    if paren:
        return paren.lstrip(", ").strip()
    return _apposed(match, "")

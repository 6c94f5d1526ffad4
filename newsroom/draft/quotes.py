"""Quotes: quoted spans, their attributions, and the speaker each resolves to."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..spans import Mention
from .candidates import PersonCandidate, QuoteCandidate
from .people import looks_like_name, person_index, split_title
from .text import (
    SENTENCE_END,
    ends_sentence,
    occurrence_of,
    paragraph_bounds,
    sentence_bounds,
    slugify,
)
from .wordlists import DOUBLE_QUOTES, OPENING_MARKS, SPEECH


@dataclass(frozen=True)
class QuoteSpan:
    open: int  # index of the opening mark
    close: int  # index of the closing mark (or paragraph end for an unclosed quote)
    start: int  # inner text span, trimmed
    end: int


def quote_spans(body: str) -> list[QuoteSpan]:
    """Texts between quotation marks: curly or straight double quotes, and curly
    single quotes (‘…’) that are not inside a double-quoted text."""
    spans: list[QuoteSpan] = []
    position = 0
    for paragraph in body.split("\n"):
        offset = position
        position += len(paragraph) + 1
        doubles: list[tuple[int, int]] = []
        index = 0
        while index < len(paragraph):
            char = paragraph[index]
            if char in DOUBLE_QUOTES:
                closing = paragraph.find(DOUBLE_QUOTES[char], index + 1)
                # A quote running on into the next paragraph is closed at the
                # paragraph end: news style reopens it on the next one.
                close = closing if closing != -1 else len(paragraph)
                doubles.append((index, close))
                index = close + 1
            elif char == '"':
                closing = paragraph.find('"', index + 1)
                close = closing if closing != -1 else len(paragraph)
                doubles.append((index, close))
                index = close + 1
            else:
                index += 1
        singles = []
        for match in re.finditer(r"(?:(?<=^)|(?<=[\s(\[—–-]))‘", paragraph):
            closing = re.search(r"’(?!\w)", paragraph[match.end() :])
            if closing:
                close = match.end() + closing.start()
                if not any(o < match.start() < c for o, c in doubles):
                    singles.append((match.start(), close))
        for open_, close in sorted(doubles + singles):
            inner_start, inner_end = open_ + 1, close
            text = paragraph[inner_start:inner_end]
            stripped = text.strip()
            # The comma before the closing mark belongs to the sentence, not the quote.
            while stripped.endswith((",", " ")):
                stripped = stripped[:-1].rstrip()
            if not stripped:
                continue
            lead = len(text) - len(text.lstrip())
            s = offset + inner_start + lead
            spans.append(QuoteSpan(offset + open_, offset + close, s, s + len(stripped)))
    return spans


WHO_NAME = (
    r"[A-Z][\w’'.\-]*(?:\s+(?:(?:van|de|der|von|da|di|du|del|bin|al)\s+)?[A-Z][\w’'.\-]*){0,4}"
)
WHO_PRONOUN = r"(?:he|she|they|He|She|They|I|we|We)"
WHO_DESCRIPTION = r"(?:the|The|a|A|an|An)\s+[\w’'\-]+(?:\s+[\w’'\-]+){0,4}?"
ATTRIBUTION_AFTER = [
    (
        "'X said' pattern",
        re.compile(
            r"^\s*,?\s*(?:(?:[a-z][\w’'\-]*\s+){1,3}(?=[A-Z]))?(?P<who>"
            + WHO_PRONOUN
            + r"|"
            + WHO_NAME
            + r"|"
            + WHO_DESCRIPTION
            + r")"
            r"(?:,[^,“”\"]{1,160},)?\s+(?:also\s+|then\s+|later\s+|has\s+|had\s+)?(?P<verb>"
            + SPEECH
            + r")\b"
        ),
    ),
    (
        "'said X' pattern",
        re.compile(
            r"^\s*,?\s*(?P<verb>"
            + SPEECH
            + r")\s+(?:(?:[a-z][\w’'\-]*\s+){1,3}(?=[A-Z]))?(?P<who>"
            + WHO_PRONOUN
            + r"\b|"
            + WHO_NAME
            + r"|"
            + WHO_DESCRIPTION
            + r"(?=[,.]|$))"
        ),
    ),
    (
        "'according to X' pattern",
        re.compile(
            r"^\s*,?\s*(?P<verb>according to)\s+(?P<who>"
            + WHO_NAME
            + r"|"
            + WHO_DESCRIPTION
            + r"(?=[,.]|$))"
        ),
    ),
]
ATTRIBUTION_BEFORE = [
    (
        "'X said' pattern",
        re.compile(
            r"(?P<who>\b"
            + WHO_PRONOUN
            + r"|"
            + WHO_NAME
            + r")(?:,[^,“”\"]{1,160},)?\s+(?:also\s+|then\s+|later\s+|has\s+|had\s+)?"
            r"(?P<verb>" + SPEECH + r")\b(?P<tail>[^“”\"]*)$"
        ),
    ),
    (
        "'said X' pattern",
        re.compile(
            r"\b(?P<verb>" + SPEECH + r")\s+(?P<who>" + WHO_NAME + r")(?P<tail>(?:,[^“”\"]*)?)$"
        ),
    ),
    (
        "'according to X' pattern",
        re.compile(r"\b(?P<verb>[Aa]ccording to)\s+(?P<who>" + WHO_NAME + r")(?P<tail>[^“”\"]*)$"),
    ),
]
# A description is a person ("the leader", "the 54-year-old") unless its head
# says it is an organization or a document.
NON_PERSON_HEADS = {
    "company",
    "ministry",
    "department",
    "police",
    "club",
    "port",
    "authority",
    "government",
    "agency",
    "group",
    "firm",
    "council",
    "team",
    "statement",
    "report",
    "study",
    "court",
    "union",
    "board",
    "committee",
    "office",
    "bank",
    "university",
    "hospital",
    "army",
    "military",
    "navy",
    "city",
    "county",
    "state",
    "school",
    "league",
    "federation",
    "commission",
    "kremlin",
    "website",
    "newspaper",
    "paper",
    "document",
}


def find_attribution(
    body: str, span: QuoteSpan, previous_close: int
) -> tuple[str, str, str] | None:
    """(who, verb, how) from the words around the quote, within its sentence."""
    after_end = len(body)
    paragraph_end = paragraph_bounds(body, span.close)[1]
    after_end = min(after_end, paragraph_end)
    next_open = next(
        (i for i in range(span.close + 1, paragraph_end) if body[i] in OPENING_MARKS), paragraph_end
    )
    after_text = body[span.close + 1 : next_open]
    end_match = next(
        (
            m
            for m in SENTENCE_END.finditer(after_text)
            if ends_sentence(body[: span.close + 1] + after_text, _shift(m, span.close + 1))
        ),
        None,
    )
    if end_match:
        after_text = after_text[: end_match.start()]
    # An attribution after the quote only counts if it is right after it, and
    # not when the quote ended its sentence with a full stop ("….” Bakker said
    # more…" starts a new sentence about something else).
    closes_sentence = body[span.start : span.close].rstrip().endswith(".")
    for how, pattern in [] if closes_sentence else ATTRIBUTION_AFTER:
        match = pattern.match(after_text)
        if match:
            return match.group("who"), match.group("verb"), how
    sentence_start = sentence_bounds(body, span.open)[0]
    before_text = body[
        max(sentence_start, previous_close + 1, paragraph_bounds(body, span.open)[0]) : span.open
    ]
    for how, pattern in ATTRIBUTION_BEFORE:
        match = pattern.search(before_text)
        if match:
            return match.group("who"), match.group("verb"), how + " before the quote"
    return None


def _shift(match: re.Match, offset: int):
    class Shifted:
        def start(self_inner):
            return match.start() + offset

        def group(self_inner):
            return match.group()

    return Shifted()


def resolve_who(who: str, people: list[PersonCandidate]) -> PersonCandidate | None:
    """The person a name in an attribution names: an alias of a known person,
    after dropping a title ("Mayor Ana Ruiz" -> "Ana Ruiz")."""
    words = who.split()
    cut = split_title(words)
    candidates = [" ".join(words[cut:]), who]
    for candidate in candidates:
        candidate = candidate.rstrip(".’'s") if candidate.endswith(("’s", "'s")) else candidate
        for person in people:
            if candidate in person.aliases:
                return person
    return None


def last_person_before(
    mentions: list[Mention], position: int, floor: int, quotes: list[QuoteSpan]
) -> Mention | None:
    """The last person named before ``position`` (and after ``floor``), outside quotation marks."""
    best = None
    for mention in mentions:
        if floor <= mention.start < position and not any(
            q.open < mention.start < q.close for q in quotes
        ):
            best = mention
    return best


def quote_candidates(
    body: str, people: list[PersonCandidate]
) -> tuple[list[QuoteCandidate], list[PersonCandidate]]:
    """Quotes with speakers. Returns the quotes, and people first met as the named
    speaker of a quote (e.g. "according to Maria Lopes"), to add to the people."""
    spans = quote_spans(body)
    new_people: list[PersonCandidate] = []
    taken = {p.id for p in people}
    index = person_index(people)
    mentions = index.find(body)
    by_id = {p.id: p for p in people}
    results: list[QuoteCandidate] = []
    previous: tuple[QuoteSpan, QuoteCandidate] | None = None
    for number, span in enumerate(spans):
        text = body[span.start : span.end]
        previous_close = spans[number - 1].close if number else -1
        attribution = find_attribution(body, span, previous_close)
        candidate = QuoteCandidate(
            text, span.start, span.end, found_by="", partial=text[:1].islower()
        )
        paragraph_start = paragraph_bounds(body, span.open)[0]
        previous_paragraph_start = (
            paragraph_bounds(body, max(0, paragraph_start - 2))[0] if paragraph_start else 0
        )
        if attribution:
            who, verb, how = attribution
            candidate.attribution = _attribution_text(body, span, who, verb)
            if re.fullmatch(WHO_PRONOUN, who) or (
                re.match(r"(?i)(?:the)\s", who) and not _non_person(who)
            ):
                mention = last_person_before(mentions, span.open, previous_paragraph_start, spans)
                if mention:
                    person = by_id[mention.entity_id]
                    candidate.speaker, candidate.speaker_name = person.id, person.name
                    candidate.found_by = f"{how} with '{who}', pointing back to the last named person ('{mention.text}')"
                else:
                    candidate.speaker_description = who
                    candidate.found_by = f"{how} with '{who}', but no person is named before it"
            elif re.match(r"(?i)(?:the|a|an)\s", who) or re.fullmatch(WHO_PRONOUN, who):
                candidate.speaker_description = who
                candidate.found_by = f"{how}: an unnamed source"
            else:
                person = resolve_who(who, people + new_people)
                # "according to X" alone does not make X a person (outlets and reports
                # are cited that way too); a speech verb does.
                if (
                    person is None
                    and "according" not in how
                    and looks_like_name(who.split()[split_title(who.split()) :])
                    and len(who.split()) - split_title(who.split()) >= 2
                ):
                    name = " ".join(who.split()[split_title(who.split()) :])
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
                if person is not None:
                    candidate.speaker, candidate.speaker_name = person.id, person.name
                    candidate.found_by = f"{how} ('{who}')"
                else:
                    candidate.speaker_description = who
                    candidate.found_by = f"{how}; '{who}' is not a known person (an organization?)"
        elif (
            previous
            and previous[1].speaker
            and previous[0].close >= previous_paragraph_start
            and getattr(
                last_person_before(mentions, span.open, previous[0].close, spans),
                "entity_id",
                previous[1].speaker,
            )
            == previous[1].speaker
        ):
            # The quote continues the one before it: nobody else is named in between.
            candidate.speaker, candidate.speaker_name = (
                previous[1].speaker,
                previous[1].speaker_name,
            )
            candidate.found_by = "continues the previous quote (no other person named in between)"
            candidate.attribution = previous[1].attribution
        else:
            mention = last_person_before(mentions, span.open, previous_paragraph_start, spans)
            if mention is None:
                continue  # a title, a nickname or scare quotes: not a quotation
            person = by_id[mention.entity_id]
            candidate.speaker, candidate.speaker_name = person.id, person.name
            candidate.found_by = f"no attribution verb; speaker is the last person named before it ('{mention.text}')"
            if len(text.split()) < 3:
                continue  # scare quotes around a word or two
        if len(text.split()) < 3 and "according" in candidate.found_by:
            continue  # scare quotes in a sentence citing a source ("the so-called “peace plan”")
        results.append(candidate)
        previous = (span, candidate)
    for quote in results:
        quote.occurrence = occurrence_of(body, quote.text, quote.start)
    return results, new_people


def _non_person(description: str) -> bool:
    return any(word.lower().strip("’'s") in NON_PERSON_HEADS for word in description.split()[1:])


def _attribution_text(body: str, span: QuoteSpan, who: str, verb: str) -> str:
    sentence_start, sentence_end = sentence_bounds(body, span.open)
    sentence = body[sentence_start:sentence_end]
    for text in (f"{who} {verb}", f"{verb} {who}"):
        if text in sentence:
            return text
    return f"{who} {verb}"

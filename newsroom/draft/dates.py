"""Dates: printed dates resolved to ISO when the text gives the year."""

from __future__ import annotations

import datetime
import re

from .candidates import DateCandidate
from .text import occurrence_of, sentence_bounds
from .wordlists import MONTHS, WEEKDAYS

MONTH_NAMES = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|"
    r"Dec\.|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?=\s+\d))"
)
DATE_MONTH_DAY = re.compile(
    r"\b(?P<month>"
    + MONTH_NAMES
    + r")\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,\s+(?P<year>\d{4})\b)?"
)
DATE_DAY_MONTH = re.compile(
    r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>"
    + MONTH_NAMES
    + r")(?:,?\s+(?P<year>\d{4})\b)?"
)
DATE_RELATIVE = re.compile(
    r"\b(?:"
    + "|".join(w.capitalize() for w in WEEKDAYS)
    + r")\b|\b(?:today|yesterday|tomorrow|tonight)\b"
)


def date_candidates(
    body: str, year: int | None = None, published: datetime.date | None = None
) -> tuple[list[DateCandidate], list[DateCandidate]]:
    """Dates with month and day. The year is the one printed, else ``year``, else
    the one year printed in the article's full dates; otherwise the date is left
    unresolved (listed in the notes), never guessed. Weekdays and "today" need the
    publication date (``published``, which the text rarely prints): without it they
    are listed, not resolved."""
    found: list[tuple[int, int, int | None, int, int, bool]] = []
    covered: list[tuple[int, int]] = []
    for pattern in (DATE_MONTH_DAY, DATE_DAY_MONTH):
        for match in pattern.finditer(body):
            if any(match.start() < e and s < match.end() for s, e in covered):
                continue
            month = MONTHS[match.group("month").rstrip(".").lower()]
            printed = int(match.group("year")) if match.group("year") else None
            found.append(
                (
                    match.start(),
                    match.end(),
                    printed,
                    month,
                    int(match.group("day")),
                    printed is not None,
                )
            )
            covered.append((match.start(), match.end()))
    printed_years = {y for _, _, y, _, _, _ in found if y}
    article_year, year_basis = year, "the year given with --year"
    if article_year is None and len(printed_years) == 1:
        article_year = next(iter(printed_years))
        year_basis = f"the only year printed in the article's dates ({article_year})"
    dates, unresolved = [], []
    for start, end, printed, month, day, has_year in sorted(found):
        text = body[start:end]
        clause = clause_around(body, start, end)
        the_year = printed or article_year
        candidate = DateCandidate(
            text, start, end, found_by="a month-and-day date", event=clause, basis=None
        )
        try:
            iso = datetime.date(the_year, month, day).isoformat() if the_year else None
        except ValueError:
            iso = None
        if iso is None:
            candidate.found_by += "; the year is not printed and not known, so it is not resolved"
            unresolved.append(candidate)
            continue
        candidate.date = iso
        if not has_year:
            candidate.inferred, candidate.basis = True, clause
            candidate.found_by += f"; year from {year_basis}"
        dates.append(candidate)
    for match in DATE_RELATIVE.finditer(body):
        if any(match.start() < e and s < match.end() for s, e in covered):
            continue
        candidate = DateCandidate(
            match.group(),
            match.start(),
            match.end(),
            found_by="a weekday or relative day: needs the publication date (--published)",
            event=clause_around(body, match.start(), match.end()),
        )
        if published is None:
            unresolved.append(candidate)
            continue
        resolve_relative(candidate, body, published)
        dates.append(candidate)
    for item in dates + unresolved:
        item.occurrence = occurrence_of(body, item.text, item.start)
    dates.sort(key=lambda d: d.start)
    unresolved.sort(key=lambda d: d.start)
    return dates, unresolved


RELATIVE_OFFSETS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
# A weekday in a clause about what is still to come is the next one ("will vote on
# Tuesday"); otherwise the last one, as news reports what happened. Only the
# clause the weekday stands in counts, and not words as common in the past tense
# as in the future ("cut sailings from six a day to four", "open until 10pm").
FUTURE = re.compile(
    r"\b(?:will|shall|is\s+to|are\s+to|to\s+be|is\s+due|are\s+due|due\s+to|next|plans?|"
    r"planned|scheduled|expected|set\s+to|going\s+to|'ll|’ll)\b",
    re.IGNORECASE,
)


def resolve_relative(candidate: DateCandidate, body: str, published: datetime.date) -> None:
    """A weekday or "yesterday" as a date, counted from the publication date."""
    word = candidate.text.lower()
    if word in RELATIVE_OFFSETS:
        day = published + datetime.timedelta(days=RELATIVE_OFFSETS[word])
        how = f"'{candidate.text}' counted from the publication date {published.isoformat()}"
    else:
        clause = clause_around(body, candidate.start, candidate.end, limit=len(body))
        ahead = bool(FUTURE.search(clause))
        gap = (WEEKDAYS.index(word) - published.weekday()) % 7
        # "will vote on Tuesday" printed on a Tuesday would say "today": the next one.
        day = published + datetime.timedelta(days=(gap or 7) if ahead else gap - 7 if gap else 0)
        how = (
            f"the {'next' if ahead else 'last'} {candidate.text} "
            f"{'after' if ahead else 'on or before'} the publication date {published.isoformat()}"
        )
        candidate.needs_review = f"weekday resolved as {how}: check it is not the other week"
    candidate.date, candidate.inferred, candidate.basis = day.isoformat(), True, candidate.event
    candidate.found_by = f"a weekday or relative day; {how}"


def clause_around(body: str, start: int, end: int, limit: int = 110) -> str:
    """The clause a span stands in (between commas, semicolons and sentence ends),
    verbatim and trimmed, for subjects, events and bases."""
    sentence_start, sentence_end = sentence_bounds(body, start)
    left = sentence_start
    for match in re.finditer(r"[;:“”\"]\s*|,\s+|\s[—–]\s", body[sentence_start:start]):
        left = sentence_start + match.end()
    right_match = re.search(r"[;:“”\"]|,\s|\s[—–]\s|[.!?](?=\s|$)", body[end:sentence_end])
    right = end + right_match.start() if right_match else sentence_end
    clause = body[left:right].strip()
    if len(clause) > limit:
        # Keep the words nearest the span.
        clause = body[max(left, start - limit // 2) : min(right, end + limit // 2)]
        clause = re.sub(r"^\S*\s", "", clause) if not clause.startswith(body[start:end]) else clause
        clause = re.sub(r"\s\S*$", "", clause) if not clause.endswith(body[start:end]) else clause
    return clause.strip() or body[start:end]

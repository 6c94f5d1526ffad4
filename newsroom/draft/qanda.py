"""Answers in a question-and-answer passage: quotes an interview prints as answers.

Papers print an interview as paragraphs that open with "Q:" and answers that open
with "A:" or with the speaker's name ("Múnera: Not at all."), or as bare questions
("Why a barn and not a theatre?") each followed by its answer in quotation marks.
An answer is the interviewee's words, verbatim. Who answers is the name before the
colon or else the one person that the paragraph before the first question names
("Two questions for Magali Ferrand-Arnaud"), or the one it says was asked ("Frontier
asked Kyaw Zin Htet whether Green Lotus would ..."); where it names no one, or
several and asks none, the answer is drafted with no speaker rather than a guess.
"""

from __future__ import annotations

import re

from .candidates import PersonCandidate, QuoteCandidate

QUESTION = re.compile(r"(?:Q|Question)\s?[:.]\s+\S")
ANSWER = re.compile(r"(?P<label>A|Answer|[^\W\d_][\w’'\-.]*(?: [^\W\d_][\w’'\-.]*){0,3}):\s+\S")
ANONYMOUS_LABELS = {"A", "Answer"}
ASKER = re.compile(r"[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}:\s+\S")
OPENING_MARKS = "“\"‘'«„"
QUOTE_MARKS = '“”"‘’«»„'
# The one an interview's lead-in asks: "asked Kusimova", "met Lidén", "questions for".
INTERVIEWED = re.compile(
    r"\b(?:asked|interviewed|met|questions?\s+for|spoke\s+(?:to|with)|talked\s+to)\s+$"
)


def answer_quotes(body: str, people: list[PersonCandidate]) -> list[QuoteCandidate]:
    """Each answer after a question, as a quote with its speaker where the text says."""
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", body)]
    answers = []
    for index in range(1, len(paragraphs)):
        start, end = paragraphs[index]
        found = _answer(body, paragraphs[index - 1], paragraphs[index])
        if found is None:
            continue
        label, text_start = found
        text_start += len(body[text_start:end]) - len(body[text_start:end].lstrip())
        text_end = start + len(body[start:end].rstrip())
        quote = QuoteCandidate(
            body[text_start:text_end],
            text_start,
            text_end,
            "an answer in a question-and-answer passage",
            attribution=f"{label}:",
        )
        anonymous = label in ANONYMOUS_LABELS
        speaker = (
            _named_by_the_lead(body, paragraphs, index - 1, people)
            if anonymous
            else _person_called(label, people)
        )
        if speaker is not None:
            quote.speaker, quote.speaker_name = speaker.id, speaker.name
            if anonymous:
                quote.needs_review = "speaker from the interview's lead-in (answers unlabelled)"
        answers.append(quote)
    return answers


def _answer(body: str, question: tuple[int, int], paragraph: tuple[int, int]):
    """(the answer's label, where its words start) for ``paragraph`` when the paragraph
    before is a question, else None."""
    start = paragraph[0]
    if _a_bare_question(body, question) and body[start] in OPENING_MARKS:
        return "A", start  # "Isn't it cold?", then “In June, no. ...”
    answer = ANSWER.match(body, start)
    if not _a_question(body, question) or not answer or _a_question(body, paragraph):
        return None
    label = answer.group("label")
    if label not in ANONYMOUS_LABELS and not label[0].isupper():
        return None
    return label, answer.end("label") + 1


def _a_question(body: str, paragraph: tuple[int, int]) -> bool:
    """ "Q: ...", or a question after its asker's label ("AA: Why a whole museum?")."""
    text = body[slice(*paragraph)].rstrip()
    return bool(QUESTION.match(text)) or bool(ASKER.match(text) and text.endswith("?"))


def _a_bare_question(body: str, paragraph: tuple[int, int]) -> bool:
    """ "Why a barn and not a theatre?": a short paragraph that only asks, unquoted."""
    text = body[slice(*paragraph)].strip()
    return text.endswith("?") and len(text) < 160 and not any(m in text for m in QUOTE_MARKS)


def _person_called(label: str, people: list[PersonCandidate]) -> PersonCandidate | None:
    """The one person whose name or alias the answer's label is ("Múnera")."""
    found = [
        p for p in people if label in p.aliases or label == p.name or p.name.endswith(" " + label)
    ]
    return found[0] if len(found) == 1 else None


def _named_by_the_lead(body, paragraphs, question, people) -> PersonCandidate | None:
    """The one person named in the paragraph before the passage's first question, or
    the one of several that it says was asked."""
    while question >= 2 and (
        _a_question(body, paragraphs[question - 2])
        or _a_bare_question(body, paragraphs[question - 2])
    ):
        question -= 2
    if question == 0:
        return None
    lead = body[slice(*paragraphs[question - 1])]
    named: dict[str, tuple[PersonCandidate, int]] = {}
    for person in people:
        for alias in person.aliases or [person.name]:
            for match in re.finditer(r"(?<!\w)" + re.escape(alias) + r"(?!\w)", lead):
                named.setdefault(person.id, (person, match.start()))
    if len(named) > 1:
        named = {k: v for k, v in named.items() if INTERVIEWED.search(lead[: v[1]])}
    return next(iter(named.values()))[0] if len(named) == 1 else None


def with_answers(quotes: list[QuoteCandidate], answers: list[QuoteCandidate]) -> list:
    """The quotes and the answers they lack; a quoted answer the quote rules found with
    no one to attribute it to takes the answer's speaker."""
    added = []
    for answer in answers:
        inside = [q for q in quotes if answer.start < q.end and q.start < answer.end]
        if not inside:
            added.append(answer)
        for quote in inside:
            if answer.speaker and quote.speaker is None and quote.speaker_description is None:
                quote.speaker, quote.speaker_name = answer.speaker, answer.speaker_name
                quote.found_by, quote.needs_review = answer.found_by, answer.needs_review
    return sorted(quotes + added, key=lambda q: q.start)

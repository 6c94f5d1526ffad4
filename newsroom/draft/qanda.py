"""Answers in a question-and-answer passage: quotes printed without quotation marks.

Papers print an interview as paragraphs that open with "Q:" and answers that open
with "A:" or with the speaker's name ("Múnera: Not at all."). An answer is the
interviewee's words, verbatim, as much a quote as one in quotation marks. Who
answers is the name before the colon or, after "A:", the one person that the
paragraph before the first question names ("Two questions for Magali
Ferrand-Arnaud"); where that paragraph names no one, or several, the answer is
drafted with no speaker rather than a guess.
"""

from __future__ import annotations

import re

from .candidates import PersonCandidate, QuoteCandidate

QUESTION = re.compile(r"(?:Q|Question)\s?[:.]\s+\S")
ANSWER = re.compile(r"(?P<label>A|Answer|[^\W\d_][\w’'\-.]*(?: [^\W\d_][\w’'\-.]*){0,3}):\s+\S")
ANONYMOUS_LABELS = {"A", "Answer"}


def answer_quotes(body: str, people: list[PersonCandidate]) -> list[QuoteCandidate]:
    """Each answer after a question, as a quote with its speaker where the text says."""
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", body)]
    answers = []
    for index in range(1, len(paragraphs)):
        start, end = paragraphs[index]
        answer = ANSWER.match(body, start)
        if (
            not _a_question(body, paragraphs[index - 1])
            or not answer
            or _a_question(body, paragraphs[index])
        ):
            continue
        label = answer.group("label")
        if label not in ANONYMOUS_LABELS and not label[0].isupper():
            continue
        text_start = answer.end("label") + 1
        text_start += len(body[text_start:end]) - len(body[text_start:end].lstrip())
        text_end = start + len(body[start:end].rstrip())
        quote = QuoteCandidate(
            body[text_start:text_end],
            text_start,
            text_end,
            "an answer in a question-and-answer passage",
            attribution=f"{label}:",
        )
        speaker = (
            _named_by_the_lead(body, paragraphs, index - 1, people)
            if label in ANONYMOUS_LABELS
            else _person_called(label, people)
        )
        if speaker is not None:
            quote.speaker, quote.speaker_name = speaker.id, speaker.name
            if label in ANONYMOUS_LABELS:
                quote.needs_review = "speaker from the interview's lead-in (answers marked 'A:')"
        answers.append(quote)
    return answers


def _a_question(body: str, paragraph: tuple[int, int]) -> bool:
    return bool(QUESTION.match(body, paragraph[0]))


def _person_called(label: str, people: list[PersonCandidate]) -> PersonCandidate | None:
    """The one person whose name or alias the answer's label is ("Múnera")."""
    found = [
        p for p in people if label in p.aliases or label == p.name or p.name.endswith(" " + label)
    ]
    return found[0] if len(found) == 1 else None


def _named_by_the_lead(body, paragraphs, question, people) -> PersonCandidate | None:
    """The one person named in the paragraph before the passage's first question."""
    while question >= 2 and _a_question(body, paragraphs[question - 2]):
        question -= 2
    if question == 0:
        return None
    lead = body[slice(*paragraphs[question - 1])]
    named = [
        p
        for p in people
        if any(
            re.search(r"(?<!\w)" + re.escape(a) + r"(?!\w)", lead) for a in p.aliases or [p.name]
        )
    ]
    return named[0] if len(named) == 1 else None

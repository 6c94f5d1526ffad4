"""Quoted spans: double quotes, and British single quotes whose text holds apostrophes."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import NICKNAME
from .wordlists import DOUBLE_QUOTES


@dataclass(frozen=True)
class QuoteSpan:
    open: int  # index of the opening mark
    close: int  # index of the closing mark (or paragraph end for an unclosed quote)
    start: int  # inner text span, trimmed
    end: int


# A single opening mark: at the start of a paragraph or after a space, a bracket or a dash.
SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))(?P<mark>[‘'])(?=[^\W\d_]|[“\"…(\[])")


def _single_close(paragraph: str, mark: str, start: int) -> int | None:
    """Where a single quote opened before ``start`` closes. A closing mark is not
    followed by a letter ("don’t" is a word); one after an "s" and before a
    lowercase word is a plural possessive ("the workers’ union"), not the end."""
    closing = "’" if mark == "‘" else "'"
    possessive = None
    for match in re.finditer(re.escape(closing) + r"(?![\w])", paragraph[start:]):
        index = start + match.start()
        before, after = paragraph[:index], paragraph[index + 1 :]
        if not before.strip() or before.endswith(" "):
            continue
        if before.endswith(("s", "S")) and re.match(r"\s+[a-z]", after):
            possessive = index if possessive is None else possessive
            continue
        return index
    # Only possessive-looking marks: the first one closes ("was 'ashamed beyond words' and").
    return possessive


def quote_spans(body: str) -> list[QuoteSpan]:
    """Texts between quotation marks, per paragraph: curly or straight double
    quotes, curly or straight single quotes. A quotation inside another one
    belongs to it; a nickname in quotes between two names is not a quotation."""
    nicknames = {m.start("open") for m in NICKNAME.finditer(body)}
    spans: list[QuoteSpan] = []
    position = 0
    paragraphs = body.split("\n")
    for number, paragraph in enumerate(paragraphs):
        following = paragraphs[number + 1] if number + 1 < len(paragraphs) else ""
        offset = position
        position += len(paragraph) + 1
        found: list[tuple[int, int]] = []
        index = 0
        while index < len(paragraph):
            char = paragraph[index]
            if char in DOUBLE_QUOTES or char == '"':
                closing_mark = DOUBLE_QUOTES.get(char, '"')
                closing = paragraph.find(closing_mark, index + 1)
                # A quote running on into the next paragraph is closed at the
                # paragraph end: news style reopens it on the next one.
                close = closing if closing != -1 else len(paragraph)
                found.append((index, close))
                index = close + 1
            else:
                index += 1
        for match in SINGLE_OPEN.finditer(paragraph):
            if any(o < match.start() < c for o, c in found):
                continue
            close = _single_close(paragraph, match.group("mark"), match.end())
            # (left open, and reopened on the next paragraph: a quote that opens the
            # paragraph or a sentence of it, "..., she said. ‘These thieves had been ...")
            opens_a_sentence = match.start() == 0 or re.search(
                r"[.!?]\s+$", paragraph[: match.start()]
            )
            if close is None and opens_a_sentence and following.startswith(match.group("mark")):
                close = len(paragraph)
            if close is not None:
                found.append((match.start(), close))
        outer = [
            (o, c)
            for o, c in found
            if not any((o2 < o and c <= c2) or (o2 <= o and c < c2) for o2, c2 in found)
        ]
        for open_, close in sorted(set(outer)):
            if offset + open_ in nicknames:
                continue
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
            if is_epithet(body, offset + open_, offset + close, stripped):
                continue
            spans.append(QuoteSpan(offset + open_, offset + close, s, s + len(stripped)))
    return spans


# Words that introduce a name or an epithet, not someone's words: "known as ‘the
# Iron Lady’", "a tree whose name means “lord of the forest”". "called" only where
# it names ("a street called ..."), not where someone called something something
# ("what he called “a betrayal”", "unions call it ‘a pay cut’").
EPITHET_CUE = re.compile(
    r"(?:\b(?:known(?:\s+[\w’'\-]+){0,4}|referred\s+to|billed|described|translated|"
    r"translates)\s+as|\bdubbed|"
    r"\bnicknamed|\bnamed|\bmeans|\bmeaning|\bso-called|"
    # ("a forged registration under the name “Pudding River Farms”", "the slogan")
    r"\b(?:under|with|using)\s+the\s+(?:name|title|brand|slogan|label|banner|hashtag)|"
    # "a teacher whom her pupils call ‘Maman Thérèse’"
    r"\bwhom?\s+(?:[\w’'\-]+\s+){0,3}call(?:s|ed)?|"
    r"(?<!\bwhat\s)(?<!\bhe\s)(?<!\bshe\s)(?<!\bthey\s)(?<!\bwe\s)(?<!\bI\s)\bcalled"
    # ("the walled town that travellers have called the 'Manhattan of the desert'")
    r"(?:\s+the)?)\s*$"
)
EPITHET_WORDS = 6
# Someone's words after all: a subject in a relative clause before "called" or
# "described as" ("a measure the union called “a provocation”", "what the education
# department calls “administrative errors”", "which it described as “a ...”").
CALLED_BY_SUBJECT = re.compile(
    r"(?:\b(?:what|which|that)|,\s+an?\s+[\w’'\-]+)\s+(?P<who>(?:the|its|their|his|her)\s+"
    r"[^,.;:“”\"‘’]{1,60}?|it|they|he|she|we)\s+(?P<verb>call(?:s|ed)?|describe[sd]\s+as|"
    r"term(?:s|ed)|brand(?:s|ed))\s*$"
)

# The passive's agent: "The budget was described by opposition leader Ana Costa as “…”".
CALLED_BY_AGENT = re.compile(
    r"\b(?P<verb>described|called|branded|labell?ed|termed|dismissed|denounced|condemned|"
    r"hailed|critici[sz]ed|slammed|praised)\s+by\s+(?P<who>[^.;:“”\"‘’]{2,80}?),?\s+as\s*$"
)


def is_epithet(body: str, open_: int, close: int, text: str) -> bool:
    """A short quoted name or epithet: after "known as", "dubbed", "nicknamed",
    "called", "means", or in apposition to a name ("Tane Mahuta, “lord of the
    forest”, is ..."). Not a quotation of anyone's words."""
    before = body[max(0, open_ - 40) : open_]
    if LAW_BEFORE.search(before) and text[:1].isupper() and not re.search(r"[.!?]$", text):
        return True  # the Law of Turkmenistan "On the State Budget of Turkmenistan for 2026"
    if len(text.split()) > EPITHET_WORDS or re.search(r"[.!?]$", text):
        return False
    if CALLED_BY_SUBJECT.search(body, max(0, open_ - 120), open_):
        return False
    if EPITHET_CUE.search(before) or title_cased_name(text, before):
        return True
    if WORK_BEFORE.search(before) or WORK_AFTER.match(body, close + 1):
        return True  # a work's title: "went to “The Orchard”, a production by ..."
    after = body[close + 1 : close + 3]
    return bool(re.search(r"[A-Z][\w’'\-]*,\s*$", before) and after.startswith(","))


# A law's or a decree's title in quotation marks, as translated state media print it:
# 'the Law "On pension provision"', 'the Law of Turkmenistan "On the State Budget"'.
LAW_BEFORE = re.compile(
    r"\b(?:[Ll]aw|[Dd]ecree|[Rr]esolution|[Bb]ill|[Cc]ode|[Oo]rdinance|[Rr]egulation|"
    r"[Ss]tatute|[Tt]reaty|[Cc]onvention)(?:\s+of\s+(?:the\s+)?[A-Z][\w’'\-]*"
    r"(?:\s+[A-Z][\w’'\-]*)*)?,?\s*$"
)


# The title of a work, named by what it is before or after it: "the exhibition, “Hilos
# de la tierra” (Threads of the earth)", "“The Orchard”, a production by ...".
WORKS = (
    r"(?:production|film|play|book|novel|album|song|single|exhibition|show|series|opera|"
    r"documentary|musical|collection|poem|painting|installation|report|campaign|programme)"
)
# and the name of a body after what it is: 'the municipal company "Rīgas satiksme"'
NAMED_BODIES = (
    r"(?:company|firm|operator|group|party|movement|association|club|newspaper|magazine|"
    r"daily|weekly|portal|agency|brand|band|ship|vessel|operation|initiative|charity)"
)
WORK_BEFORE = re.compile(r"\b(?:" + WORKS + r"|" + NAMED_BODIES + r"|titled|entitled),?\s*$")
WORK_AFTER = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w’'\-]+\s+){0,3}?" + WORKS + r"\b|\s*\([A-Z][^()]{0,60}\)"
)


# Small words a name in title case leaves in lower case: "Ring of Fire".
NAME_SMALL_WORDS = {"of", "the", "and", "in", "on", "at", "for", "to", "a", "an", "de", "la"}


def title_cased_name(text: str, before: str) -> bool:
    """A quoted name of two words or more in title case after a capitalised word or
    "the" ("the Pacific “Ring of Fire”", "its “Green Corridor” plan"): a name or a
    title, not someone's words, which seldom capitalise every word."""
    words = text.split()
    if len(words) < 2 or words[0][:1].islower():
        return False
    if not all(w[:1].isupper() or w in NAME_SMALL_WORDS for w in words):
        return False
    line = before.rsplit("\n", 1)[-1].split()
    if len(line) >= 2 and all(w[:1].isupper() for w in line[-3:]):
        return False  # a headline capitalises every word: "Biden Promises To ‘Rally The World’"
    return bool(re.search(r"(?:\b(?:the|its|their|his|her)|[A-Z][\w’'\-]*)\s*$", before))


# A preposition right before a few quoted words that end no sentence: a label or a
# term in quotation marks, not anyone's words.
# (an article may stand between: 'under a "state of siege"')
LABEL_BEFORE = re.compile(
    r"\b(?:for|of|on|into|under|labelled|labeled|marked)\s+(?:(?:a|an|the)\s+)?$"
)


def a_label(body: str, open_: int, text: str) -> bool:
    return (
        len(text.split()) <= 4
        and not re.search(r"[.!?]$", text)
        and bool(LABEL_BEFORE.search(body[max(0, open_ - 15) : open_]))
    )


# Words of two after a participle of speech keep their quote: "defended the plan,
# arguing it would “save lives”".
SPEECH_PARTICIPLE_BEFORE = re.compile(
    r",\s+(?:saying|adding|arguing|insisting|claiming|stressing|warning|declaring)\b"
    r"[^.!?“”\"‘’]{0,60}$"
)


# A name in quotation marks: a ship, a film, a nickname ("the diesel ferry “Tumleren”").
NAME_IN_MARKS = re.compile(r"[A-ZÀ-ÖØ-Þ][\w’'\-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w’'\-]*){0,2}")


def a_name_in_quotation_marks(text: str) -> bool:
    """Up to three capitalised words and nothing else: no one's words to continue."""
    return bool(NAME_IN_MARKS.fullmatch(text))

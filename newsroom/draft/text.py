"""Text primitives: slugs, tokens, capitalised word runs, sentences, paragraphs."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..spans import occurrences
from .wordlists import ABBREVIATIONS, PARTICLES


def slugify(text: str, max_words: int = 10) -> str:
    """An id slug: ASCII lowercase words joined by hyphens, at most ``max_words``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", ascii_text.lower().replace("'", ""))
    slug = "-".join(words[:max_words])
    return slug or "untitled"


def title_of(text: str) -> str:
    """The first non-empty line: plain-text articles start with their headline."""
    for line in text.split("\n"):
        if line.strip():
            return line.strip()
    return "Untitled"


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


TOKEN = re.compile(r"\w+(?:[-’'.]\w+)*")


def tokens(body: str) -> list[Token]:
    # Apostrophes and hyphens stay inside a word ("O’Brien", "Secretary-General");
    # dots too when a letter follows ("U.S" of "U.S.").
    return [Token(m.group(), m.start(), m.end()) for m in TOKEN.finditer(body)]


def strip_possessive(token: Token) -> Token:
    for suffix in ("’s", "'s", "’", "'"):
        if token.text.endswith(suffix) and len(token.text) > len(suffix):
            return Token(token.text[: -len(suffix)], token.start, token.end - len(suffix))
    return token


def is_abbreviation(word: str) -> bool:
    return word in ABBREVIATIONS or (len(word) == 1 and word.isupper())


@dataclass(frozen=True)
class Run:
    """Capitalised words in a row, joined by single spaces (or ". " after an initial)."""

    tokens: tuple[Token, ...]

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end

    def text(self, body: str) -> str:
        return body[self.start : self.end]

    def words(self) -> list[str]:
        return [t.text for t in self.tokens]


def capitalised_runs(body: str) -> list[Run]:
    runs: list[Run] = []
    current: list[Token] = []
    particles: list[Token] = []  # "van", "de": kept only between capitalised words
    last_end = 0

    def flush() -> None:
        if current:
            runs.append(Run(tuple(current)))
        current.clear()
        particles.clear()

    for raw in tokens(body):
        token = strip_possessive(raw)
        if current:
            gap = body[last_end : raw.start]
            previous = (particles or current)[-1]
            if not (
                gap == " " or (gap == ". " and not particles and is_abbreviation(previous.text))
            ):
                flush()
        if raw.capitalised:
            current.extend(particles)
            particles.clear()
            current.append(token)
            last_end = raw.end
            if token is not raw:  # a possessive ends the name ("Russia's President")
                flush()
        elif current and raw.text in PARTICLES and not particles:
            particles.append(raw)
            last_end = raw.end
        else:
            flush()
    flush()
    return runs


SENTENCE_END = re.compile(r"[.!?…][”\"’)]*(?=\s|$)|\n")


def sentence_bounds(body: str, position: int) -> tuple[int, int]:
    """The sentence around ``position``: from after the last sentence end before it
    to the next sentence end after it. Abbreviations ("Maj.", "Feb.") do not end one."""
    start = 0
    for match in SENTENCE_END.finditer(body, 0, position):
        if ends_sentence(body, match):
            start = match.end()
    end = len(body)
    for match in SENTENCE_END.finditer(body, position):
        if ends_sentence(body, match):
            end = match.end()
            break
    while start < end and body[start].isspace():
        start += 1
    return start, end


def ends_sentence(body: str, match: re.Match) -> bool:
    if match.group() == "\n":
        return True
    word = re.search(r"[\w.]+$", body[: match.start()])
    if (
        word
        and body[match.start()] == "."
        and is_abbreviation(
            word.group().rstrip(".").split(".")[-1] if "." in word.group() else word.group()
        )
    ):
        # "Maj. Gen." and "Feb. 19" continue; "in the U.S. The" is rare enough to accept.
        return False
    return True


def paragraph_bounds(body: str, position: int) -> tuple[int, int]:
    start = body.rfind("\n", 0, position) + 1
    end = body.find("\n", position)
    return start, len(body) if end == -1 else end


def occurrence_of(body: str, text: str, start: int) -> int | None:
    """The 1-based occurrence to write, or None when the text is unique."""
    starts = occurrences(body, text)
    if len(starts) <= 1:
        return None
    return starts.index(start) + 1 if start in starts else body.count(text, 0, start) + 1

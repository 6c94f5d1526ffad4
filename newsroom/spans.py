"""Character spans: where annotated words stand in an article body.

Offsets are 0-based indexes into the body string (Python str, so characters,
not bytes), end exclusive: ``body[start:end] == text`` always holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

WORD = re.compile(r"\w+")


class SpanError(ValueError):
    def __init__(self, message: str, hint: str):
        super().__init__(message)
        self.hint = hint


def occurrences(body: str, text: str) -> list[int]:
    """Start offsets of every (non-overlapping) occurrence of ``text``."""
    starts, position = [], body.find(text)
    while position != -1:
        starts.append(position)
        position = body.find(text, position + len(text))
    return starts


def locate(body: str, text: str, occurrence: int | None = None) -> tuple[int, int]:
    """The (start, end) of ``text`` in ``body``.

    ``occurrence`` (1-based) picks one when the text appears more than once;
    without it, a repeated text is an error rather than a guess.
    """
    starts = occurrences(body, text)
    if not starts:
        raise SpanError(
            f"the text {preview(text)!r} is not in the article body",
            "copy the words exactly from the body: same spelling, punctuation and quote "
            "marks (’ and ' differ)",
        )
    if occurrence is None:
        if len(starts) > 1:
            raise SpanError(
                f"the text {preview(text)!r} appears {len(starts)} times in the body",
                "add 'occurrence: N' (1 for the first) to say which one is meant",
            )
        occurrence = 1
    if occurrence > len(starts):
        raise SpanError(
            f"occurrence {occurrence} asked for, but {preview(text)!r} appears only "
            f"{len(starts)} time(s)",
            f"use an occurrence between 1 and {len(starts)}",
        )
    start = starts[occurrence - 1]
    return start, start + len(text)


def preview(text: str, limit: int = 60) -> str:
    """``text``, cut to ``limit`` characters with an ellipsis: for messages."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True)
class AliasTarget:
    kind: str  # "person", "organization" or "location"
    entity_id: str
    alias: str


@dataclass(frozen=True)
class Mention:
    kind: str
    entity_id: str
    text: str
    start: int
    end: int


class AliasIndex:
    """Finds registry names in a body, leftmost and longest first, whole words only.

    Aliases are keyed on their first two words as written ("Olaf Scholz",
    "U.S" for "U.S.") or, with one word, on that word. A body is scanned word by
    word, visiting only words that begin with a character some alias begins
    with, and each visit is a dict lookup or two: the cost grows with the body,
    not with the size of the registries (10,000 people share a few hundred
    first names, so keying on the first word alone would try dozens each time).
    """

    def __init__(self, targets: list[AliasTarget]):
        by_two_words: dict[str, list[AliasTarget]] = {}
        by_one_word: dict[str, list[AliasTarget]] = {}
        first_words: set[str] = set()
        for target in targets:
            words = list(WORD.finditer(target.alias))[:2]
            if not words:
                continue
            # (an alias may open with a mark that is no word character: "ʻEua", "'Eua")
            first_words.add(words[0].group())
            if len(words) == 2:
                by_two_words.setdefault(target.alias[: words[1].end()], []).append(target)
            else:
                by_one_word.setdefault(words[0].group(), []).append(target)
        for candidates in (*by_two_words.values(), *by_one_word.values()):
            # Longest first: at one position "Obuz-Lesnovsky training ground"
            # must win over "Obuz-Lesnovsky". (An alias that starts earlier, such
            # as "Grand Kremlin Palace" over "Kremlin", wins by being met first.)
            candidates.sort(key=lambda target: (-len(target.alias), target.alias))
        self._by_two_words = by_two_words
        self._by_one_word = by_one_word
        self._first_words = first_words
        first_characters = sorted({word[0] for word in self._first_words})
        # The same words as WORD.finditer would give, less those no alias can start.
        self._candidate_words = (
            re.compile(
                r"(?<!\w)["
                + "".join(re.escape(character) for character in first_characters)
                + r"]\w*"
            )
            if first_characters
            else None
        )

    def _match_at(self, body: str, word: re.Match) -> AliasTarget | None:
        start = word.start()
        following = WORD.search(body, word.end())
        if following is not None:
            for target in self._by_two_words.get(body[start : following.end()], ()):
                if body.startswith(target.alias, start) and not _is_word_char(
                    body, start + len(target.alias)
                ):
                    return target
        for target in self._by_one_word.get(word.group(), ()):
            if body.startswith(target.alias, start) and not _is_word_char(
                body, start + len(target.alias)
            ):
                return target
        return None

    def find(self, body: str) -> list[Mention]:
        mentions: list[Mention] = []
        if self._candidate_words is None:
            return mentions
        resume_at = 0
        for word in self._candidate_words.finditer(body):
            if word.start() < resume_at or word.group() not in self._first_words:
                continue
            target = self._match_at(body, word)
            if target is not None:
                end = word.start() + len(target.alias)
                mentions.append(
                    Mention(target.kind, target.entity_id, target.alias, word.start(), end)
                )
                resume_at = end
        return mentions


def _is_word_char(body: str, index: int) -> bool:
    # "$" too: a name glued to it is a currency's symbol ("US$2m", "HK$40"),
    # not a mention of the country or the city.
    return index < len(body) and (body[index].isalnum() or body[index] in "_$")

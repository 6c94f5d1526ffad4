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
            f"the text {_preview(text)!r} is not in the article body",
            "copy the words exactly from the body: same spelling, punctuation and quote marks (’ and ' differ)",
        )
    if occurrence is None:
        if len(starts) > 1:
            raise SpanError(
                f"the text {_preview(text)!r} appears {len(starts)} times in the body",
                "add 'occurrence: N' (1 for the first) to say which one is meant",
            )
        occurrence = 1
    if occurrence > len(starts):
        raise SpanError(
            f"occurrence {occurrence} asked for, but {_preview(text)!r} appears only {len(starts)} time(s)",
            f"use an occurrence between 1 and {len(starts)}",
        )
    start = starts[occurrence - 1]
    return start, start + len(text)


def _preview(text: str, limit: int = 60) -> str:
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

    Aliases are grouped by their first word, so a body is scanned word by word
    with a dict lookup each, rather than trying every alias at every position:
    the cost grows with the body, not with the size of the registries.
    """

    def __init__(self, targets: list[AliasTarget]):
        by_first_word: dict[str, list[AliasTarget]] = {}
        for target in targets:
            first = WORD.match(target.alias)
            if first is None:
                continue
            by_first_word.setdefault(first.group(), []).append(target)
        for candidates in by_first_word.values():
            # Longest first: at one position "Obuz-Lesnovsky training ground"
            # must win over "Obuz-Lesnovsky". (An alias that starts earlier, such
            # as "Grand Kremlin Palace" over "Kremlin", wins by being met first.)
            candidates.sort(key=lambda target: (-len(target.alias), target.alias))
        self._by_first_word = by_first_word

    def find(self, body: str) -> list[Mention]:
        mentions: list[Mention] = []
        resume_at = 0
        for word in WORD.finditer(body):
            start = word.start()
            if start < resume_at:
                continue
            for target in self._by_first_word.get(word.group(), ()):
                end = start + len(target.alias)
                if body.startswith(target.alias, start) and not _is_word_char(body, end):
                    mentions.append(Mention(target.kind, target.entity_id, target.alias, start, end))
                    resume_at = end
                    break
        return mentions


def _is_word_char(body: str, index: int) -> bool:
    return index < len(body) and (body[index].isalnum() or body[index] == "_")

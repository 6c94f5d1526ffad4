"""The speaker of a quote with no attribution verb, from the sentence leading into it."""

from __future__ import annotations

import re

from .quotespans import QuoteSpan
from .speakers import Resolver
from .subjects import stranger_at
from .text import sentence_bounds

# The quote's own sentence opens with a pronoun, or with a description or a body,
# as its subject: the person named later in it is not the one speaking.
SUBJECT_PRONOUN = re.compile(r"\s*(?:But\s+|And\s+)?(?P<word>He|She)\s+[a-z]")
DESCRIBED_SUBJECT = re.compile(r"\s*(?:The|A|An|Its|Their)\s")


def _opens(own: str, person) -> bool:
    """The person is named among the first words of the sentence (its subject)."""
    return person.name in own[:60] or any(alias in own[:60] for alias in person.aliases)


def lead_in(resolver: Resolver, span: QuoteSpan, floor: int):
    """The one person named in the sentence leading into an unattributed quote:
    the quote's own sentence before it, else the sentence just before; none when
    that sentence names several, or opens with someone the rules did not confirm
    ("Ulugbek was less sure." before "“Nobody has money.”"), or lies before
    ``floor`` (the paragraph before the quote's)."""
    sentence_start = sentence_bounds(resolver.body, span.open)[0]
    own = resolver.body[sentence_start : span.open]
    opener = SUBJECT_PRONOUN.match(own)
    if opener:  # "She ordered Mackintosh to pay ..., but said it was “...”": she said it
        return resolver.pronoun(opener.group("word"), sentence_start + opener.start("word")).person
    groups = resolver.groups_before(span.open)[:2]
    if DESCRIBED_SUBJECT.match(own) and not (groups and any(_opens(own, p) for p in groups[0])):
        return None  # "The Chamber of Commerce ... warned against “...”": not a person's
    for back, group in enumerate(groups):
        if len(group) > 1 or (not group and stranger_at(resolver, span.open, back)):
            return None
        if group and group[0].id.startswith("?"):
            return None
        if group:
            mention = max(
                (
                    m
                    for m in resolver.mentions
                    if m.entity_id == group[0].id and m.start < span.open
                ),
                key=lambda m: m.start,
            )
            return group[0] if mention.start >= floor else None
    return None

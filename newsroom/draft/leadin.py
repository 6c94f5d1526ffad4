"""The speaker of a quote with no attribution verb, from the sentence leading into it."""

from __future__ import annotations

from .quotespans import QuoteSpan
from .speakers import Resolver
from .subjects import stranger_at


def lead_in(resolver: Resolver, span: QuoteSpan, floor: int):
    """The one person named in the sentence leading into an unattributed quote:
    the quote's own sentence before it, else the sentence just before; none when
    that sentence names several, or opens with someone the rules did not confirm
    ("Ulugbek was less sure." before "“Nobody has money.”"), or lies before
    ``floor`` (the paragraph before the quote's)."""
    groups = resolver.groups_before(span.open)[:2]
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

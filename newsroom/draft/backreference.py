"""A role or a description that points back to the one person just named, though
the text never gives that person the role: sports reports and features write a
second reference this way ("His opposite number, Paul Mulligan, was less happy.
“…,” the Harbour boss said")."""

from __future__ import annotations

import re

from .candidates import PersonCandidate


def lone_person_just_before(resolver, position: int, gender) -> PersonCandidate | None:
    """ "His opposite number, Paul Mulligan, was less happy. “…,” the Harbour boss
    said": the one person the sentence before names, confirmed, of no role the text
    gives and not of the other gender, when the quote's own sentence names nobody."""
    groups = resolver.groups_before(position)
    if len(groups) < 2 or groups[0] or len(groups[1]) != 1:
        return None
    person, (start, end) = groups[1][0], resolver.sentences[resolver.sentence_index(position) - 1]
    # (not after a quote: in "“We won,” said Ana Costa. “…,” the coach said" the
    # coach is someone new)
    quoted = re.search(r"[“”\"‘’]", resolver.body[start:end])
    if person.id[:1] in "?~" or person.role is not None or quoted:
        return None
    return person if gender is None or person.gender in (None, gender) else None

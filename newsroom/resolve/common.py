"""What every resolving step shares: stable ids, the registry index, the rows of
one article, and the wording of an unknown-reference problem."""

from __future__ import annotations

import difflib
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from ..problems import FieldPath, ProblemList
from ..spans import AliasIndex

# Mention kind -> (table, column naming the entity).
MENTION_TABLES = {
    "person": ("person_mentions", "person_id"),
    "organization": ("organization_mentions", "organization_id"),
    "location": ("location_mentions", "location_id"),
}
# The tables one article's annotations fill, besides its own row.
ARTICLE_TABLES = (
    "quotes",
    "figures",
    "event_dates",
    "photos",
    "photo_agencies",
    "person_mentions",
    "organization_mentions",
    "location_mentions",
)


def stable_id(prefix: str, *parts: object) -> str:
    """A short id derived from content, identical on every rebuild."""
    digest = hashlib.sha1("\x1f".join(str(part) for part in parts).encode("utf-8")).hexdigest()
    return f"{prefix}-{digest[:12]}"


@dataclass
class RegistryIndex:
    people: dict[str, str]  # id -> name
    organizations: set[str]
    locations: set[str]
    aliases: AliasIndex
    # Person id -> role_basis, to be found in an article that mentions the person.
    role_bases: dict[str, str]
    # "people", "organizations", "locations" that could not be read at all.
    unreadable: frozenset[str] = frozenset()

    def unknown(self, registry: str, value: str | None) -> bool:
        """Is ``value`` a reference to an entry that does not exist? Never said
        of an unreadable registry: its own problem is reported instead."""
        return (
            value is not None
            and registry not in self.unreadable
            and value not in getattr(self, registry)
        )


@dataclass
class ArticleRows:
    article: dict
    tables: dict[str, list[dict]] = field(default_factory=dict)
    # People whose role_basis this article's body contains.
    roles_confirmed: set[str] = field(default_factory=set)


def reference_problem(
    problems: ProblemList,
    file: Path,
    path: FieldPath,
    kind: str,
    value: str,
    known: set[str],
    registry_file: str,
) -> None:
    close = difflib.get_close_matches(value, sorted(known), n=1)
    hint = (f"did you mean {close[0]!r}? " if close else "") + (
        f"use an id from {registry_file} in the corpus, or add the {kind} there"
    )
    problems.add(file, path, f"unknown {kind} {value!r}", hint)

"""What the drafter proposes: one dataclass per kind of candidate, and the Draft.

Also ``DraftError``, the one exception the drafter raises for the command line to
turn into a message.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class PersonCandidate:
    id: str
    name: str
    found_by: list[str] = field(default_factory=list)
    in_registry: bool = False
    role: str | None = None
    role_basis: str | None = None
    aliases: list[str] = field(default_factory=list)
    first_seen: int = 0
    needs_review: str | None = None
    gender: str | None = None  # "m"/"f", only from the text (title, gendered noun, pronoun)
    gender_basis: str | None = None


@dataclass
class OrganizationCandidate:
    name: str
    found_by: str
    id: str | None = None
    in_registry: bool = False
    first_seen: int = 0
    needs_review: str | None = None
    kind: str = "organization"  # the registry's kind; "news outlet" for a page's outlet


@dataclass
class LocationCandidate:
    name: str
    found_by: str
    id: str | None = None
    in_registry: bool = False
    kind: str | None = None
    country_code: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    coordinates_source: str | None = None
    flagged: str | None = None
    first_seen: int = 0
    needs_review: str | None = None


@dataclass
class QuoteCandidate:
    text: str
    start: int
    end: int
    found_by: str
    speaker: str | None = None  # a person id (registry or proposed)
    speaker_name: str | None = None
    speaker_description: str | None = None
    attribution: str | None = None
    partial: bool = False
    occurrence: int | None = None
    needs_review: str | None = None


@dataclass
class FigureCandidate:
    text: str
    start: int
    end: int
    value: float
    unit: str
    found_by: str
    qualifier: str | None = None
    subject: str = ""
    stated_by: str | None = None
    occurrence: int | None = None
    needs_review: str | None = None


@dataclass
class DateCandidate:
    text: str
    start: int
    end: int
    found_by: str
    date: str | None = None  # ISO; None when the year is not known
    inferred: bool = False
    basis: str | None = None
    event: str = ""
    occurrence: int | None = None
    needs_review: str | None = None


@dataclass
class Draft:
    id: str
    title: str
    body: str
    people: list[PersonCandidate]
    organizations: list[OrganizationCandidate]
    quotes: list[QuoteCandidate]
    locations: list[LocationCandidate]
    figures: list[FigureCandidate]
    dates: list[DateCandidate]
    unresolved_dates: list[DateCandidate]
    # Places proposed without coordinates (not in the registry or the packaged
    # gazetteer): kept apart from ``locations``, which all have coordinates.
    unlocated: list[LocationCandidate] = field(default_factory=list)
    # Front matter the source itself states (a saved page's byline, URL, date).
    metadata: dict = field(default_factory=dict)
    # Where that metadata was found, for the editor (the schema has no field for it).
    source_notes: list[str] = field(default_factory=list)


class DraftError(Exception):
    """A draft that cannot be made or written; the message says what to do."""


@dataclass
class Resolution:
    """Who a pronoun or a description stands for, and why (``speakers``)."""

    person: PersonCandidate | None
    review: str | None
    how: str
    description: str | None = None  # an unnamed speaker the pronoun stands for

"""The schema of every corpus file, as pydantic models.

These models check shape only: which keys exist, their types and formats. Checks
that need more than one field or file (references, spans, duplicate ids) live in
``resolve``, where the problem can point at the exact field.

Every model forbids unknown keys, so a typo such as ``speakr:`` is an error
rather than a silently dropped annotation.
"""

from __future__ import annotations

import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN)]
Text = Annotated[str, StringConstraints(min_length=1)]
# Aliases are matched as whole words, so they must start with a letter or digit.
Alias = Annotated[str, StringConstraints(pattern=r"^\w")]
# A figure's value must be a YAML number: "150,000" or "many" is an error, not a
# string quietly coerced (or not) by the loader.
Number = Annotated[float, Field(strict=True, allow_inf_nan=False)]
Latitude = Annotated[float, Field(strict=True, ge=-90, le=90)]
Longitude = Annotated[float, Field(strict=True, ge=-180, le=180)]
Precision = Literal["exact", "approximate", "centroid"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TextRef(Strict):
    """Words copied verbatim from the article body; ``occurrence`` (1-based) says
    which one when the words appear more than once."""

    text: Text
    occurrence: Annotated[int, Field(strict=True, ge=1)] | None = None


def _text_ref_from_string(value):
    # Most spans are unambiguous, so a plain string is accepted as shorthand.
    return {"text": value} if isinstance(value, str) else value


Span = Annotated[TextRef, BeforeValidator(_text_ref_from_string)]


# --- Registries (corpus/people.yml, organizations.yml, locations.yml) -----------


class Person(Strict):
    id: Slug
    name: Text
    aliases: list[Alias] = []
    role: Text | None = None
    role_basis: Text | None = None
    affiliation: Slug | None = None
    source_note: Text | None = None
    notes: Text | None = None


class Organization(Strict):
    id: Slug
    name: Text
    aliases: list[Alias] = []
    kind: Text
    country: Slug | None = None
    description: Text | None = None
    source_note: Text | None = None
    notes: Text | None = None


class Location(Strict):
    id: Slug
    name: Text
    aliases: list[Alias] = []
    kind: Text
    country: Slug | None = None
    latitude: Latitude | None = None
    longitude: Longitude | None = None
    precision: Precision | None = None
    coordinates_source: Text | None = None
    notes: Text | None = None


# --- Article annotations (front matter of corpus/articles/<id>.md) ----------------


class Quote(Strict):
    text: Text
    occurrence: Annotated[int, Field(strict=True, ge=1)] | None = None
    speaker: Slug | None = None
    # For an unnamed source ("a US official"), in place of a registry id.
    speaker_description: Text | None = None
    attribution: Text | None = None
    partial: bool = False
    notes: Text | None = None


class Figure(Strict):
    text: Text
    occurrence: Annotated[int, Field(strict=True, ge=1)] | None = None
    value: Number
    unit: Text
    qualifier: Text | None = None
    subject: Text
    stated_by: Slug | None = None
    notes: Text | None = None


class EventDate(Strict):
    text: Text
    occurrence: Annotated[int, Field(strict=True, ge=1)] | None = None
    date: datetime.date
    event: Text
    inferred: bool = False
    basis: Text | None = None
    notes: Text | None = None


class Photo(Strict):
    title: Span | None = None
    caption: Span | None = None
    credit: Span | None = None
    photographer: Slug | None = None
    agencies: list[Slug] = []
    notes: Text | None = None


class Article(Strict):
    id: Slug
    title: Text
    title_inferred: bool = False
    title_basis: Text | None = None
    outlet: Slug | None = None
    outlet_basis: Text | None = None
    # Where the outlet was found outside the body (a saved page's metadata):
    # a fact from outside the text carries its source.
    outlet_source: Text | None = None
    distributor: Slug | None = None
    distributor_basis: Text | None = None
    published: datetime.date | None = None
    byline: Text | None = None
    url: Annotated[str, StringConstraints(pattern=r"^https?://\S+$")] | None = None
    rights: Text | None = None
    events_date: datetime.date | None = None
    events_date_inferred: bool = False
    events_date_basis: Text | None = None
    events_date_note: Text | None = None
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2}$")] = "en"
    source_file: Text | None = None
    body_sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")] | None = None
    # Written by `build_db.py draft`: the build refuses drafts unless asked.
    draft: bool = False
    quotes: list[Quote] = []
    figures: list[Figure] = []
    dates: list[EventDate] = []
    photos: list[Photo] = []
    notes: Text | None = None

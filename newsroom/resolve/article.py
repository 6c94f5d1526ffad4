"""One article: check it against the registries and turn its annotations into
rows with character spans, one function per annotation kind.

Every function adds what is wrong to the article's ``ProblemList`` and returns
the rows it could resolve; ``resolve_article`` returns rows only when nothing
was wrong.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from ..corpus import ParsedArticle
from ..problems import FieldPath, ProblemList
from ..spans import SpanError, locate
from .common import (
    ARTICLE_TABLES,
    MENTION_TABLES,
    ArticleRows,
    RegistryIndex,
    reference_problem,
    stable_id,
)


@dataclass
class ArticleText:
    """The body being resolved, where problems go, and the span helper all
    annotation kinds share."""

    article_id: str
    body: str
    path: Path
    problems: ProblemList = field(default_factory=ProblemList)

    def add(self, field_path: FieldPath, message: str, hint: str) -> None:
        self.problems.add(self.path, field_path, message, hint)

    def span(self, field_path: FieldPath, text: str, occurrence: int | None):
        """(start, end) of ``text`` in the body, or None with a problem added."""
        try:
            return locate(self.body, text, occurrence)
        except SpanError as error:
            self.add(field_path, str(error), error.hint)
            return None

    def must_contain(self, field_path: FieldPath, text: str | None, what: str) -> None:
        if text is not None and text not in self.body:
            self.add(
                field_path,
                f"the {what} is not in the article body verbatim",
                "copy the words exactly from the body: same spelling, punctuation and quote marks",
            )

    def span_id(self, prefix: str, text: str, start: int) -> str:
        # Which occurrence a span is goes into its id, so that an id does not
        # change when unrelated text is edited elsewhere in the body.
        occurrence = self.body.count(text, 0, start) + 1 if text else 0
        return stable_id(prefix, self.article_id, text, occurrence)

    def unknown(self, index: RegistryIndex, registry: str, value, where: FieldPath) -> None:
        if index.unknown(registry, value):
            kind = {"people": "person", "organizations": "organization"}[registry]
            known = index.people if registry == "people" else index.organizations
            reference_problem(
                self.problems, self.path, where, kind, value, known, f"{registry}.yml"
            )


def check_article_fields(text: ArticleText, article, index: RegistryIndex) -> None:
    """Fields of the article itself: inferred values need their basis, and
    every basis stands in the body."""
    if article.title_inferred and not article.title_basis:
        text.add(
            ("title_basis",),
            "title_inferred is true but title_basis is missing",
            "quote the sentence of the body that the title rests on",
        )
    text.must_contain(("title_basis",), article.title_basis, "title_basis")
    for role in ("outlet", "distributor"):
        text.unknown(index, "organizations", getattr(article, role), (role,))
        text.must_contain((f"{role}_basis",), getattr(article, f"{role}_basis"), f"{role}_basis")
    text.must_contain(("rights",), article.rights, "rights line")
    if article.events_date_inferred and not article.events_date_basis:
        text.add(
            ("events_date_basis",),
            "events_date_inferred is true but events_date_basis is missing",
            "quote the sentence of the body the date rests on",
        )
    if article.events_date_basis and article.events_date is None:
        text.add(
            ("events_date",),
            "events_date_basis is given without events_date",
            "add the date as YYYY-MM-DD, or remove the basis",
        )
    text.must_contain(("events_date_basis",), article.events_date_basis, "events_date_basis")


def feed_date(article) -> str | None:
    """The date the Atom feeds give an article's entries: its publication date,
    else the date of the events it reports; None (left out of the feeds) when
    it has neither or is a draft."""
    if article.draft:
        return None
    return _iso(article.published if article.published is not None else article.events_date)


def resolve_quotes(
    text: ArticleText, quotes, index: RegistryIndex, dated: str | None
) -> list[dict]:
    rows = []
    for number, quote in enumerate(quotes):
        where = ("quotes", number)
        if quote.speaker is None and quote.speaker_description is None:
            text.add(
                (*where, "speaker"),
                "the quote has no speaker",
                "add 'speaker:' with a person id, or 'speaker_description:' for an unnamed source",
            )
        text.unknown(index, "people", quote.speaker, (*where, "speaker"))
        found = text.span((*where, "text"), quote.text, quote.occurrence)
        if found:
            rows.append(
                {
                    "id": text.span_id("q", quote.text, found[0]),
                    "article_id": text.article_id,
                    "person_id": quote.speaker,
                    "speaker_description": quote.speaker_description,
                    "speaker_name": index.people.get(quote.speaker) or quote.speaker_description,
                    "text": quote.text,
                    "start": found[0],
                    "end": found[1],
                    "partial": int(quote.partial),
                    "attribution": quote.attribution,
                    "feed_date": dated,
                    "notes": quote.notes,
                }
            )
    return rows


def resolve_figures(text: ArticleText, figures, index: RegistryIndex) -> list[dict]:
    rows = []
    for number, figure in enumerate(figures):
        where = ("figures", number)
        text.unknown(index, "people", figure.stated_by, (*where, "stated_by"))
        found = text.span((*where, "text"), figure.text, figure.occurrence)
        if found:
            rows.append(
                {
                    "id": text.span_id("f", figure.text, found[0]),
                    "article_id": text.article_id,
                    "text": figure.text,
                    "start": found[0],
                    "end": found[1],
                    "value": float(figure.value),
                    "unit": figure.unit,
                    "qualifier": figure.qualifier,
                    "subject": figure.subject,
                    "stated_by": figure.stated_by,
                    "notes": figure.notes,
                }
            )
    return rows


def resolve_dates(text: ArticleText, dates) -> list[dict]:
    rows = []
    for number, event in enumerate(dates):
        where = ("dates", number)
        if event.inferred and not event.basis:
            text.add(
                (*where, "basis"),
                "the date is inferred but its basis is missing",
                "quote the words of the body the date rests on",
            )
        text.must_contain((*where, "basis"), event.basis, "basis")
        found = text.span((*where, "text"), event.text, event.occurrence)
        if found:
            rows.append(
                {
                    "id": text.span_id("d", event.text, found[0]),
                    "article_id": text.article_id,
                    "date": event.date.isoformat(),
                    "event": event.event,
                    "text": event.text,
                    "start": found[0],
                    "end": found[1],
                    "inferred": int(event.inferred),
                    "basis": event.basis,
                    "notes": event.notes,
                }
            )
    return rows


def resolve_photos(text: ArticleText, photos, index: RegistryIndex) -> tuple[list, list]:
    """(photos rows, photo_agencies rows). A photo's id comes from its first
    located part (title, caption or credit)."""
    photo_rows, agency_rows = [], []
    for number, photo in enumerate(photos):
        where = ("photos", number)
        text.unknown(index, "people", photo.photographer, (*where, "photographer"))
        for agency_number, agency in enumerate(photo.agencies):
            text.unknown(index, "organizations", agency, (*where, "agencies", agency_number))
        if photo.caption is None and photo.credit is None:
            text.add(
                where,
                "the photo has neither caption nor credit",
                "add the caption or credit text from the body",
            )
        row: dict = {"article_id": text.article_id}
        anchor = None
        for part in ("title", "caption", "credit"):
            ref = getattr(photo, part)
            row[part] = row[f"{part}_start"] = row[f"{part}_end"] = None
            if ref is None:
                continue
            found = text.span((*where, part), ref.text, ref.occurrence)
            if found:
                row[part], (row[f"{part}_start"], row[f"{part}_end"]) = ref.text, found
                anchor = anchor or (ref.text, found[0])
        if anchor is None:
            continue
        row["id"] = text.span_id("p", *anchor)
        row["photographer_id"], row["notes"] = photo.photographer, photo.notes
        photo_rows.append(row)
        agency_rows += [
            {"photo_id": row["id"], "organization_id": agency, "position": position}
            for position, agency in enumerate(photo.agencies, start=1)
        ]
    return photo_rows, agency_rows


def resolve_mentions(text: ArticleText, index: RegistryIndex) -> tuple[dict, set[str]]:
    """Mention rows per table, and the people whose role_basis this body holds."""
    tables: dict[str, list[dict]] = {table: [] for table, _ in MENTION_TABLES.values()}
    roles_confirmed = set()
    for mention in index.aliases.find(text.body):
        table, column = MENTION_TABLES[mention.kind]
        tables[table].append(
            {
                "id": stable_id("m", text.article_id, mention.start),
                "article_id": text.article_id,
                column: mention.entity_id,
                "text": mention.text,
                "start": mention.start,
                "end": mention.end,
            }
        )
        basis = index.role_bases.get(mention.entity_id) if mention.kind == "person" else None
        if basis and basis in text.body:
            roles_confirmed.add(mention.entity_id)
    return tables, roles_confirmed


def article_row(parsed: ParsedArticle, body_sha256: str) -> dict:
    article, body = parsed.article, parsed.body
    return {
        "id": article.id,
        "title": article.title,
        "title_inferred": int(article.title_inferred),
        "title_basis": article.title_basis,
        "outlet_id": article.outlet,
        "outlet_basis": article.outlet_basis,
        "outlet_source": article.outlet_source,
        "distributor_id": article.distributor,
        "distributor_basis": article.distributor_basis,
        "published": _iso(article.published),
        "byline": article.byline,
        "url": article.url,
        "rights": article.rights,
        "events_date": _iso(article.events_date),
        "events_date_inferred": int(article.events_date_inferred),
        "events_date_basis": article.events_date_basis,
        "events_date_note": article.events_date_note,
        "language": article.language,
        "body": body,
        "body_length": len(body),
        "body_sha256": body_sha256,
        "source_file": article.source_file,
        "corpus_file": f"articles/{parsed.path.name}",
        "draft": int(article.draft),
        "notes": article.notes,
    }


def resolve_article(
    parsed: ParsedArticle, index: RegistryIndex, allow_drafts: bool = False
) -> tuple[ArticleRows | None, ProblemList]:
    """Check one article against the registries and compute all of its spans."""
    article, body = parsed.article, parsed.body
    text = ArticleText(article.id, body, parsed.path)
    problems = text.problems
    if article.draft and not allow_drafts:
        text.add(
            ("draft",),
            "this article is a draft: its annotations have not been reviewed",
            "check every annotation against the text, then run "
            f"`build_db.py accept {parsed.path} --publish` (it adds the proposed registry "
            "entries you kept and removes 'draft: true' once every check passes), "
            f"or move it out of {parsed.path.parent} until then",
        )
    if not body.strip():
        problems.add(
            parsed.path,
            (),
            "the article body is empty",
            "paste the article text after the closing '---' line",
            line=parsed.body_first_line,
        )
        problems.attach_yaml(parsed.front_matter, parsed.front_matter_first_line)
        return None, problems

    body_sha256 = hashlib.sha256(body.encode("utf-8")).hexdigest()
    if article.body_sha256 and article.body_sha256 != body_sha256:
        text.add(
            ("body_sha256",),
            "the body is not the text this checksum was taken from",
            "the body must stay verbatim: undo the accidental edit (an editor may have changed "
            "quotes or trailing spaces); if the change is deliberate, set "
            f"body_sha256: {body_sha256}",
        )
    check_article_fields(text, article, index)
    tables = dict.fromkeys(ARTICLE_TABLES)
    tables["quotes"] = resolve_quotes(text, article.quotes, index, feed_date(article))
    tables["figures"] = resolve_figures(text, article.figures, index)
    tables["event_dates"] = resolve_dates(text, article.dates)
    tables["photos"], tables["photo_agencies"] = resolve_photos(text, article.photos, index)
    mentions, roles_confirmed = resolve_mentions(text, index)
    tables.update(mentions)

    problems.attach_yaml(parsed.front_matter, parsed.front_matter_first_line)
    if problems:
        return None, problems
    return ArticleRows(article_row(parsed, body_sha256), tables, roles_confirmed), problems


def _iso(value) -> str | None:
    return value.isoformat() if value is not None else None

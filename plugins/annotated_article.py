"""The annotated article page: /-/articles/<id>.

Shows an article's body with its structure highlighted at the exact stored
spans: quotes (coloured by speaker) and photo lines as containers, and inside
them people, organizations, places, figures and dates. Each highlight links to
its row. Every piece of text is escaped; the body is never trusted as HTML.

When the body is withheld for rights reasons (see articles.body_published),
the page degrades to a list of the annotations, which are published anyway.

The functions that lay out highlights are pure and live here, not in the
newsroom package, because a published bundle ships plugins/ but not the build.
"""

import hashlib
from typing import NamedTuple
from urllib.parse import quote as url_quote

from datasette import hookimpl
from datasette.utils.asgi import NotFound, Response
from markupsafe import Markup, escape

DATABASE = "corpus"
INLINE_PRIORITY = {"figure": 0, "date": 1, "person": 2, "organization": 3, "location": 4}


# A NamedTuple, not a dataclass: Datasette loads plugin files without
# registering them in sys.modules, which dataclasses need.
class Highlight(NamedTuple):
    start: int
    end: int
    kind: str  # quote, photo, figure, date, person, organization, location
    url: str
    label: str  # shown on hover, and read by screen readers
    anchor: str = ""  # element id, so other pages can link to #anchor
    color: str = ""


def speaker_color(person_id: str | None) -> str:
    """A stable pastel colour per speaker: the same person is the same colour on
    every page and every rebuild."""
    if not person_id:
        return "hsl(0, 0%, 88%)"
    hue = int(hashlib.sha1(person_id.encode("utf-8")).hexdigest()[:6], 16) % 360
    return f"hsl({hue}, 75%, 84%)"


def without_overlaps(highlights, priority=lambda h: 0):
    """Keep highlights that do not overlap an earlier (or higher-priority) kept one.
    Returns (kept, dropped) so the page can list what it could not draw."""
    kept: list[Highlight] = []
    dropped: list[Highlight] = []
    for highlight in sorted(highlights, key=lambda h: (h.start, priority(h), -h.end)):
        if kept and highlight.start < kept[-1].end:
            dropped.append(highlight)
        else:
            kept.append(highlight)
    return kept, dropped


def layout(containers, inlines):
    """Choose what to draw: containers (quotes, photo lines) may hold inline
    highlights; an inline one that straddles a container's edge cannot nest
    properly in HTML, so it is dropped (and listed) rather than drawn wrongly."""
    containers, dropped_containers = without_overlaps(containers)
    inlines, dropped_inlines = without_overlaps(
        inlines, priority=lambda h: INLINE_PRIORITY.get(h.kind, 9)
    )
    edges = [(c.start, c.end) for c in containers]
    straddling = [
        h for h in inlines if any(h.start < s < h.end or h.start < e < h.end for s, e in edges)
    ]
    inlines = [h for h in inlines if h not in straddling]
    return containers, inlines, dropped_containers + dropped_inlines + straddling


def _inline_html(body: str, start: int, end: int, inlines: list[Highlight]) -> list[str]:
    out, position = [], start
    for highlight in inlines:
        if highlight.start < start or highlight.end > end:
            continue
        out.append(str(escape(body[position : highlight.start])))
        out.append(
            f'<a class="hl hl-{escape(highlight.kind)}" href="{escape(highlight.url)}" '
            f'title="{escape(highlight.label)}" data-start="{highlight.start}" data-end="{highlight.end}">'
            f"{escape(body[highlight.start : highlight.end])}</a>"
        )
        position = highlight.end
    out.append(str(escape(body[position:end])))
    return out


def render_body(body: str, containers: list[Highlight], inlines: list[Highlight]) -> Markup:
    """The body as HTML with highlights; the visible text is exactly the body."""
    out, position = [], 0
    for container in containers:
        out += _inline_html(body, position, container.start, inlines)
        style = f' style="--speaker: {escape(container.color)}"' if container.color else ""
        out.append(
            f'<span class="hl-{escape(container.kind)}" id="{escape(container.anchor)}"{style} '
            f'data-start="{container.start}" data-end="{container.end}" title="{escape(container.label)}">'
        )
        out += _inline_html(body, container.start, container.end, inlines)
        out.append(
            f'</span><a class="hl-ref hl-ref-{escape(container.kind)}" href="{escape(container.url)}" '
            f'aria-label="{escape(container.label)}">\u2197</a>'
        )
        position = container.end
    out += _inline_html(body, position, len(body), inlines)
    return Markup("".join(out))


def row_url(datasette, table: str, row_id: str) -> str:
    return datasette.urls.table(DATABASE, table) + "/" + url_quote(str(row_id), safe="")


async def _rows(db, sql: str, params: dict) -> list[dict]:
    return [dict(row) for row in (await db.execute(sql, params)).rows]


async def load_article(datasette, article_id: str) -> dict:
    db = datasette.get_database(DATABASE)
    articles = await _rows(
        db,
        """
        select articles.*, outlets.name as outlet_name, distributors.name as distributor_name
        from articles
          left join organizations as outlets on outlets.id = articles.outlet_id
          left join organizations as distributors on distributors.id = articles.distributor_id
        where articles.id = :id""",
        {"id": article_id},
    )
    if not articles:
        raise NotFound(f"No article with id {article_id!r}")
    params = {"id": article_id}
    return {
        "article": articles[0],
        "quotes": await _rows(
            db,
            """
            select quotes.*, people.name as person_name, people.role as person_role
            from quotes left join people on people.id = quotes.person_id
            where article_id = :id order by start""",
            params,
        ),
        "figures": await _rows(
            db, "select * from figures where article_id = :id order by start", params
        ),
        "dates": await _rows(
            db, "select * from event_dates where article_id = :id order by start", params
        ),
        "photos": await _rows(
            db,
            "select * from photos where article_id = :id order by coalesce(title_start, caption_start, credit_start)",
            params,
        ),
        "mentions": await _rows(
            db,
            """
            select 'person' as kind, person_id as entity_id, people.name as entity_name, text, start, "end"
              from person_mentions join people on people.id = person_id where article_id = :id
            union all
            select 'organization', organization_id, organizations.name, text, start, "end"
              from organization_mentions join organizations on organizations.id = organization_id where article_id = :id
            union all
            select 'location', location_id, locations.name, text, start, "end"
              from location_mentions join locations on locations.id = location_id where article_id = :id
            order by start""",
            params,
        ),
    }


ENTITY_TABLES = {"person": "people", "organization": "organizations", "location": "locations"}


def highlights_for(datasette, data: dict) -> tuple[list[Highlight], list[Highlight]]:
    containers = [
        Highlight(
            q["start"],
            q["end"],
            "quote",
            row_url(datasette, "quotes", q["id"]),
            f"Quote: {q['person_name'] or q['speaker_description'] or 'unknown speaker'}",
            anchor=q["id"],
            color=speaker_color(q["person_id"]),
        )
        for q in data["quotes"]
    ]
    for photo in data["photos"]:
        for part in ("title", "caption", "credit"):
            if photo[part] is not None:
                containers.append(
                    Highlight(
                        photo[f"{part}_start"],
                        photo[f"{part}_end"],
                        "photo",
                        row_url(datasette, "photos", photo["id"]),
                        f"Photo {part}",
                        anchor=f"{photo['id']}-{part}",
                    )
                )
    inlines = (
        [
            Highlight(
                f["start"],
                f["end"],
                "figure",
                row_url(datasette, "figures", f["id"]),
                f"Figure: {f['value']:g} {f['unit']} ({f['subject']})",
                anchor=f["id"],
            )
            for f in data["figures"]
        ]
        + [
            Highlight(
                d["start"],
                d["end"],
                "date",
                row_url(datasette, "event_dates", d["id"]),
                f"Date: {d['date']}: {d['event']}",
                anchor=d["id"],
            )
            for d in data["dates"]
        ]
        + [
            Highlight(
                m["start"],
                m["end"],
                m["kind"],
                row_url(datasette, ENTITY_TABLES[m["kind"]], m["entity_id"]),
                f"{m['kind'].title()}: {m['entity_name']}",
            )
            for m in data["mentions"]
        ]
    )
    return containers, inlines


async def annotated_article(datasette, request):
    data = await load_article(datasette, request.url_vars["article_id"])
    article = data["article"]
    body = article.get("body")
    containers, inlines = highlights_for(datasette, data)
    body_html, dropped = None, []
    if body is not None:
        containers, inlines, dropped = layout(containers, inlines)
        body_html = render_body(body, containers, inlines)
    speakers = {}
    for quote in data["quotes"]:
        name = quote["person_name"] or quote["speaker_description"] or "unknown"
        speakers.setdefault(name, (speaker_color(quote["person_id"]), quote["person_id"]))
    html = await datasette.render_template(
        "annotated_article.html",
        {
            **data,
            "body_html": body_html,
            "dropped": dropped,
            "speakers": speakers,
            "row_url": lambda table, row_id: row_url(datasette, table, row_id),
            "speaker_color": speaker_color,
            "entity_tables": ENTITY_TABLES,
        },
        request=request,
    )
    return Response.html(html)


@hookimpl
def register_routes():
    return [(r"^/-/articles/(?P<article_id>[a-z0-9-]+)$", annotated_article)]

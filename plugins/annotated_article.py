"""The annotated article page: /-/articles/<id>.

Shows an article's body with its structure highlighted at the exact stored
spans: quotes (framed in their speaker's colour) and photo lines as containers,
and inside them people, organizations, places, figures and dates. Each highlight
links to its row. Every piece of text is escaped; the body is never trusted as HTML.

Why anchors: every page that shows a quote, figure, date, mention or photo line
links back to its words here. Each highlight carries the stable id of its row
as its element id (photo lines: "<photo id>-caption" and so on), so
/-/articles/<id>#<row id> lands on it, and ?at=<row id> marks it (class
"current", aria-current) without any script. /-/articles/<id>/span/<start>-<end>
finds the highlight at those offsets, for rows that carry offsets but no id.

When the body is withheld for rights reasons (see articles.body_published),
the page degrades to a list of the annotations, which are published anyway.

The functions that lay out highlights are pure and live here, not in the
newsroom package, because a published bundle ships plugins/ but not the build.
"""

import hashlib
import re
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
    extra_class: str = ""  # e.g. "hl-inferred" for an inferred date


# A line break between two lines of text (not a blank line, which already
# separates paragraphs): drawn with a gap after it, so that a text whose
# paragraphs are separated by single line breaks still reads in paragraphs.
# The newline itself stays in the text, so the page's text is exactly the body.
LONE_NEWLINE = re.compile(r"(?<!\n)\n(?!\n)")


def _text(body: str, start: int, end: int) -> str:
    """body[start:end], escaped, with lone line breaks marked as paragraph gaps."""
    out, position = [], start
    for match in LONE_NEWLINE.finditer(body, start, end):
        # The lookarounds see only [start, end): check the neighbours in the whole body.
        at = match.start()
        if (at > 0 and body[at - 1] == "\n") or (at + 1 < len(body) and body[at + 1] == "\n"):
            continue
        out.append(str(escape(body[position:at])))
        out.append('<span class="para-gap">\n</span>')
        position = at + 1
    out.append(str(escape(body[position:end])))
    return "".join(out)


def _id_attributes(highlight: "Highlight", current: str) -> str:
    if not highlight.anchor:
        return ""
    attributes = f' id="{escape(highlight.anchor)}"'
    if highlight.anchor == current:
        attributes += ' aria-current="location"'
    return attributes


def _classes(*names: str) -> str:
    return " ".join(str(escape(name)) for name in names if name)


def speaker_color(person_id: str | None) -> str:
    """A stable, dark colour per speaker, for the frame around their quotes: the
    same person is the same colour on every page and every rebuild. Quotes are
    framed, never filled, so that they cannot be mistaken for the filled
    highlights of people, organizations and places."""
    if not person_id:
        return "hsl(0, 0%, 40%)"
    hue = int(hashlib.sha1(person_id.encode("utf-8")).hexdigest()[:6], 16) % 360
    return f"hsl({hue}, 70%, 36%)"


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


def _inline_html(
    body: str, start: int, end: int, inlines: list[Highlight], current: str = ""
) -> list[str]:
    out, position = [], start
    for highlight in inlines:
        if highlight.start < start or highlight.end > end:
            continue
        out.append(_text(body, position, highlight.start))
        classes = _classes(
            "hl",
            f"hl-{highlight.kind}",
            highlight.extra_class,
            "current" if highlight.anchor and highlight.anchor == current else "",
        )
        out.append(
            f'<a class="{classes}"{_id_attributes(highlight, current)} '
            f'href="{escape(highlight.url)}" title="{escape(highlight.label)}" '
            f'data-start="{highlight.start}" data-end="{highlight.end}">'
            f"{_text(body, highlight.start, highlight.end)}</a>"
        )
        position = highlight.end
    out.append(_text(body, position, end))
    return out


def render_body(
    body: str, containers: list[Highlight], inlines: list[Highlight], current: str = ""
) -> Markup:
    """The body as HTML with highlights; the visible text is exactly the body.
    ``current`` is the anchor of the highlight a link pointed to: it is marked."""
    out, position = [], 0
    for container in containers:
        out += _inline_html(body, position, container.start, inlines, current)
        style = f' style="--speaker: {escape(container.color)}"' if container.color else ""
        classes = _classes(
            f"hl-{container.kind}",
            container.extra_class,
            "current" if container.anchor and container.anchor == current else "",
        )
        out.append(
            f'<span class="{classes}"{_id_attributes(container, current)}{style} '
            f'data-start="{container.start}" data-end="{container.end}" '
            f'title="{escape(container.label)}">'
        )
        out += _inline_html(body, container.start, container.end, inlines, current)
        out.append(
            f'</span><a class="hl-ref hl-ref-{escape(container.kind)}" '
            f'href="{escape(container.url)}" aria-label="{escape(container.label)}: open its row" '
            f'title="Open its row">\u2197</a>'
        )
        position = container.end
    out += _inline_html(body, position, len(body), inlines, current)
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
            "select * from photos where article_id = :id "
            "order by coalesce(title_start, caption_start, credit_start)",
            params,
        ),
        "mentions": await _rows(
            db,
            """
            select id, kind, entity_id, entity_name, text, start, "end"
              from all_mentions where article_id = :id
            order by start""",
            params,
        ),
    }


ENTITY_TABLES = {"person": "people", "organization": "organizations", "location": "locations"}


def format_value(value) -> str:
    """150000.0 -> "150,000"; 2.5 -> "2.5": a number as a reader writes it."""
    if value is None:
        return ""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,g}"


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
                        anchor=photo_anchor(photo["id"], part),
                    )
                )
    inlines = (
        [
            Highlight(
                f["start"],
                f["end"],
                "figure",
                row_url(datasette, "figures", f["id"]),
                f"Figure: {format_value(f['value'])} {f['unit']} ({f['subject']})",
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
                f"Date{' (inferred)' if d['inferred'] else ''}: {d['date']}: {d['event']}",
                anchor=d["id"],
                extra_class="hl-inferred" if d["inferred"] else "",
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
                anchor=m["id"],
            )
            for m in data["mentions"]
        ]
    )
    return containers, inlines


def photo_anchor(photo_id: str, part: str) -> str:
    """The anchor of one printed line of a photo: title, caption or credit."""
    return f"{photo_id}-{part}"


async def annotated_article(datasette, request):
    data = await load_article(datasette, request.url_vars["article_id"])
    article = data["article"]
    body = article.get("body")
    current = request.args.get("at") or ""
    containers, inlines = highlights_for(datasette, data)
    marked = next((h for h in containers + inlines if h.anchor and h.anchor == current), None)
    body_html, dropped = None, []
    if body is not None:
        containers, inlines, dropped = layout(containers, inlines)
        body_html = render_body(body, containers, inlines, current)
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
            "marked": marked,
            "current": current,
            "speakers": speakers,
            "row_url": lambda table, row_id: row_url(datasette, table, row_id),
            "speaker_color": speaker_color,
            "format_value": format_value,
            "photo_anchor": photo_anchor,
            "entity_tables": ENTITY_TABLES,
        },
        request=request,
    )
    return Response.html(html)


async def span_redirect(datasette, request):
    """/-/articles/<id>/span/<start>-<end>: the highlight at exactly these
    offsets, for rows that have offsets but no id of their own (all_mentions)."""
    article_id = request.url_vars["article_id"]
    start, end = int(request.url_vars["start"]), int(request.url_vars["end"])
    data = await load_article(datasette, article_id)
    containers, inlines = highlights_for(datasette, data)
    # Mentions first: a view without ids is most likely listing a name.
    order = {"person": 0, "organization": 0, "location": 0}
    candidates = sorted(
        (h for h in inlines + containers if (h.start, h.end) == (start, end) and h.anchor),
        key=lambda h: order.get(h.kind, 1),
    )
    if not candidates:
        raise NotFound(f"No annotation of {article_id!r} spans {start}-{end}")
    anchor = url_quote(candidates[0].anchor, safe="")
    base = datasette.urls.path("/-/articles/" + url_quote(article_id, safe=""))
    return Response.redirect(f"{base}?at={anchor}#{anchor}")


@hookimpl
def register_routes():
    return [
        (r"^/-/articles/(?P<article_id>[a-z0-9-]+)$", annotated_article),
        (
            r"^/-/articles/(?P<article_id>[a-z0-9-]+)/span/(?P<start>[0-9]{1,9})-(?P<end>[0-9]{1,9})$",
            span_redirect,
        ),
    ]

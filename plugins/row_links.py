"""Links from rows to their words in the annotated article page.

Why: a journalist checks a fact against the sentence it comes from. So every
quote, figure, date, mention, photo line, timeline entry and comparison side,
on table pages, row pages and canned-query pages alike, carries an
"[in article]" link to /-/articles/<article>?at=<row id>#<row id>: the article
page scrolls to that span and marks it. An article's title links to the article
page. Rows with offsets but no id of their own link to
/-/articles/<article>/span/<start>-<end>, which finds the span.
"""

from urllib.parse import quote as url_quote

from datasette import hookimpl
from markupsafe import Markup, escape

DATABASE = "corpus"


class Link:
    """Where a cell links to: the columns holding the article id and the anchor
    (or the offsets), and how the anchor is built from them."""

    def __init__(self, article, anchor=None, suffix="", kind_column=None, offsets=None):
        self.article = article
        self.anchor = anchor
        self.suffix = suffix  # photos: "<photo id>-caption"
        self.kind_column = kind_column  # span_checks: "photo caption" -> "-caption"
        self.offsets = offsets  # (start column, end column)

    def columns(self):
        named = [self.article, self.anchor, self.kind_column, *(self.offsets or ())]
        return [name for name in named if name]


# table (or view) -> {column whose cell gets the link: Link}
TABLE_LINKS = {
    "articles": {"title": Link("id")},
    "quotes": {"text": Link("article_id", "id")},
    "figures": {"text": Link("article_id", "id")},
    "event_dates": {"text": Link("article_id", "id")},
    "person_mentions": {"text": Link("article_id", "id")},
    "organization_mentions": {"text": Link("article_id", "id")},
    "location_mentions": {"text": Link("article_id", "id")},
    "photos": {
        part: Link("article_id", "id", suffix=f"-{part}") for part in ("title", "caption", "credit")
    },
    "quote_attributions": {"quote": Link("article_id", "quote_id")},
    "timeline_entries": {"as_printed": Link("article_id", "source_id")},
    "span_checks": {"text": Link("article_id", "id", kind_column="kind")},
    "all_mentions": {"text": Link("article_id", "id")},
    "figures_by_subject": {"text": Link("article_id", "figure_id")},
}

# Canned queries have no table: a column links when the row also has the
# columns its link needs. One list serves every query, so the queries name
# their columns alike (metadata.yml).
QUERY_LINKS = {
    "quote": Link("article_id", "quote_id"),
    "as_printed": Link("article_id", "source_id"),
    "figure_a": Link("article_a", "figure_a_id"),
    "figure_b": Link("article_b", "figure_b_id"),
    "figure": Link("article_id", "figure_id"),
    "text": Link("article_id", "id", kind_column="kind"),
    "article_title": Link("article_id"),
    "name_as_written": Link("article_id", "mention_id"),
}


def helper_columns(columns) -> list[str]:
    """On a canned-query page, the id columns whose only job for a reader is to
    build a link that another column now shows: hidden from the HTML table
    (templates/query.html), kept in JSON and CSV."""
    present = set(columns or ())
    hidden = []
    for column, link in QUERY_LINKS.items():
        if column in present and set(link.columns()) <= present:
            hidden += [
                name
                for name in link.columns()
                if (name.endswith("_id") or name.startswith("article_")) and name not in hidden
            ]
    return [name for name in hidden if name not in QUERY_LINKS]


def article_page_url(datasette, article_id: str, anchor: str | None = None) -> str:
    """The annotated page of an article, scrolled to and marking ``anchor``."""
    url = datasette.urls.path("/-/articles/" + url_quote(str(article_id), safe=""))
    if not anchor:
        return url
    anchor = url_quote(str(anchor), safe="")
    return f"{url}?at={anchor}#{anchor}"


def span_url(datasette, article_id: str, start: int, end: int) -> str:
    return datasette.urls.path(
        f"/-/articles/{url_quote(str(article_id), safe='')}/span/{int(start)}-{int(end)}"
    )


def _plain(value):
    # On table pages a foreign key arrives expanded as {"value": ..., "label": ...}.
    return value.get("value") if isinstance(value, dict) else value


def link_for(datasette, link: Link, row) -> str | None:
    try:
        values = {name: _plain(row[name]) for name in link.columns()}
    except (KeyError, IndexError):  # a column was hidden with ?_col= / ?_nocol=
        return None
    article_id = values[link.article]
    if article_id is None:
        return None
    if link.offsets:
        start, end = (values[name] for name in link.offsets)
        if start is None or end is None:
            return None
        return span_url(datasette, article_id, start, end)
    if not link.anchor:
        return article_page_url(datasette, article_id)
    anchor = values[link.anchor]
    if anchor is None:
        return None
    suffix = link.suffix
    if link.kind_column and str(values[link.kind_column]).startswith("photo "):
        suffix = "-" + str(values[link.kind_column]).split(" ", 1)[1]
    return article_page_url(datasette, article_id, f"{anchor}{suffix}")


def has_columns(row, names) -> bool:
    keys = row.keys()
    return all(name in keys for name in names)


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if database != DATABASE or value is None:
        return None
    if table is None:
        link = QUERY_LINKS.get(column)
        if link is None or not has_columns(row, link.columns()):
            return None
    else:
        link = TABLE_LINKS.get(table, {}).get(column)
        if link is None:
            return None
    url = link_for(datasette, link, row)
    if url is None:
        return None
    if table is None and column == "article_title":
        return Markup(f'<a class="article-link" href="{escape(url)}">{escape(value)}</a>')
    return Markup(
        f'{escape(value)} <a class="to-article" href="{escape(url)}" '
        f'title="Show these words, marked, in the annotated article">[in article]</a>'
    )


@hookimpl
def extra_template_vars(template, database, columns):
    if database != DATABASE or not template or not template.startswith("query"):
        return {}
    return {"reader_helper_columns": helper_columns(columns)}

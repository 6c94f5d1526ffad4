"""Links from rows to the annotated article page.

An article's title, and the text of every quote and figure, link to the
article page with that span highlighted, on table pages and row pages alike.
"""

from urllib.parse import quote as url_quote

from datasette import hookimpl
from markupsafe import Markup, escape

DATABASE = "corpus"
# table -> (column whose cell becomes a link, column holding the article id,
#           column holding the anchor on the article page, or None)
LINKED_CELLS = {
    "articles": ("title", "id", None),
    "quotes": ("text", "article_id", "id"),
    "figures": ("text", "article_id", "id"),
    "event_dates": ("text", "article_id", "id"),
    "quote_attributions": ("quote", "article_id", "quote_id"),
}


def article_page_url(datasette, article_id: str, anchor: str | None = None) -> str:
    url = datasette.urls.path("/-/articles/" + url_quote(str(article_id), safe=""))
    return url + ("#" + url_quote(str(anchor), safe="") if anchor else "")


# On canned-query pages there is no table: a "quote" column links when the
# query also returns quote_id and article_id (who_said_what, search_quotes, ...).
QUERY_LINK = ("quote", "article_id", "quote_id")


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if database != DATABASE or value is None:
        return None
    if table is None:
        if column != QUERY_LINK[0] or not all(name in row.keys() for name in QUERY_LINK[1:]):
            return None
        link_column, article_column, anchor_column = QUERY_LINK
    elif table in LINKED_CELLS:
        link_column, article_column, anchor_column = LINKED_CELLS[table]
    else:
        return None
    if column != link_column:
        return None
    try:
        article_id = row[article_column]
        anchor = row[anchor_column] if anchor_column else None
    except (KeyError, IndexError):  # the column was hidden with ?_col= / ?_nocol=
        return None
    # On table pages a foreign key arrives expanded as {"value": ..., "label": ...}.
    if isinstance(article_id, dict):
        article_id = article_id.get("value")
    if article_id is None:
        return None
    url = article_page_url(datasette, article_id, anchor)
    return Markup(
        f'{escape(value)} <a class="to-article" href="{escape(url)}" title="Show in the annotated article">'
        f"[in article]</a>"
    )

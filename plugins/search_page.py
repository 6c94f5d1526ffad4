"""Site search (/-/search) that reads like search.

Why: datasette-search-all's page fetched every table's rows in the browser and
showed them whole (article bodies in a narrow column, a 12,000-pixel page), in
whatever order the requests came back, with links to nothing it found. This
plugin runs the searches on the server for templates/search_all.html, which
overrides that plugin's page at the same address:

- each kind of row in a fixed order (articles, quotes, people, organizations,
  places, figures, photos), with how many match (up to COUNT_CAP; beyond it
  the hits are the first stored, not the best, since ranking them all would
  take too long, and the page says so);
- each hit as its matching snippet with the words found marked (FTS5
  snippet()), a link to its row and a link to its words in the article;
- the query read by the same rule as every search box here: the SQL
  function fts_query() of plugins/sql_functions.py, which the page explains.

?in=<section> lists one section's hits, a page at a time (&page=2, ...).
Every value reaches SQL as a bound parameter; every snippet is escaped before
the markers of the words found become <mark>.
"""

from urllib.parse import quote as url_quote
from urllib.parse import urlencode

from datasette import hookimpl
from markupsafe import Markup, escape

DATABASE = "corpus"
PREVIEW = 5  # hits per section on the overview
PAGE = 25  # hits per page of one section
COUNT_CAP = 1000  # counts stop here ("1,000+"): exact counts of common words cost too much
SNIPPET_TOKENS = 24
# Private-use characters that no article contains mark the words found in a
# snippet until it is escaped; then they become <mark> and </mark>.
OPEN, CLOSE = "\ue000", "\ue001"


class Section:
    def __init__(self, key, title, table, select, joins="", snippet_column=-1):
        self.key, self.title, self.table = key, title, table
        self.select, self.joins, self.snippet_column = select, joins, snippet_column

    def sql(self, ranked: bool = True) -> str:
        """The hits, best first; or, when too many match to rank them all
        quickly (ranked=False), in the order they were stored."""
        fts = f"{self.table}_fts"
        order = f"{fts}.rank, {self.table}.rowid" if ranked else f"{fts}.rowid"
        return f"""
            select {self.select},
                   snippet({fts}, {self.snippet_column}, :open, :close, '…', {SNIPPET_TOKENS})
                     as snippet
            from {fts} join {self.table} on {self.table}.rowid = {fts}.rowid {self.joins}
            where {fts} match fts_query(:q)
            order by {order}
            limit :limit offset :offset"""

    def count_sql(self) -> str:
        fts = f"{self.table}_fts"
        return (
            f"select count(*) from (select 1 from {fts} where {fts} match fts_query(:q) "
            f"limit {COUNT_CAP + 1})"
        )


ARTICLE = "join articles on articles.id = {table}.article_id"
SECTIONS = [
    Section(
        "articles",
        "Articles",
        "articles",
        "articles.id, articles.title, articles.id as article_id, articles.title as article_title",
    ),
    Section(
        "quotes",
        "Quotes",
        "quotes",
        "quotes.id, quotes.speaker_name as title, quotes.article_id, "
        "articles.title as article_title",
        ARTICLE.format(table="quotes"),
    ),
    Section(
        "people",
        "People",
        "people",
        "people.id, people.name as title, people.role as detail, "
        "(select article_id from person_mentions where person_id = people.id limit 1) "
        "  as article_id, "
        "(select id from person_mentions where person_id = people.id limit 1) as mention_id",
    ),
    Section(
        "organizations",
        "Organizations",
        "organizations",
        "organizations.id, organizations.name as title, organizations.kind as detail, "
        "(select article_id from organization_mentions "
        "  where organization_id = organizations.id limit 1) as article_id, "
        "(select id from organization_mentions "
        "  where organization_id = organizations.id limit 1) as mention_id",
    ),
    Section(
        "locations",
        "Places",
        "locations",
        "locations.id, locations.name as title, locations.kind as detail, "
        "(select article_id from location_mentions where location_id = locations.id limit 1) "
        "  as article_id, "
        "(select id from location_mentions where location_id = locations.id limit 1) "
        "  as mention_id",
    ),
    Section(
        "figures",
        "Figures",
        "figures",
        "figures.id, figures.subject as title, figures.article_id, articles.title as article_title",
        ARTICLE.format(table="figures"),
    ),
    Section(
        "photos",
        "Photos",
        "photos",
        "photos.id, coalesce(photos.title, 'Photo') as title, photos.article_id, "
        "articles.title as article_title, "
        "case when photos.caption is not null then 'caption' "
        "     when photos.title is not null then 'title' else 'credit' end as part",
        ARTICLE.format(table="photos"),
    ),
]
SECTIONS_BY_KEY = {section.key: section for section in SECTIONS}


def marked(snippet: str | None) -> Markup:
    """The snippet, escaped, with the words found in <mark>."""
    text = str(escape(snippet or ""))
    if text.count(OPEN) != text.count(CLOSE):  # should not happen; never emit broken tags
        return Markup(text.replace(OPEN, "").replace(CLOSE, ""))
    return Markup(text.replace(OPEN, "<mark>").replace(CLOSE, "</mark>"))


def _row_url(datasette, table, row_id):
    return datasette.urls.table(DATABASE, table) + "/" + url_quote(str(row_id), safe="")


def _words_url(datasette, article_id, anchor=None):
    url = datasette.urls.path("/-/articles/" + url_quote(str(article_id), safe=""))
    if anchor:
        anchor = url_quote(str(anchor), safe="")
        url += f"?at={anchor}#{anchor}"
    return url


def hit(datasette, section: Section, row: dict) -> dict:
    """One result: what it is, its snippet, its row and its words."""
    anchor = None
    if section.key in ("quotes", "figures"):
        anchor = row["id"]
    elif section.key == "photos":
        anchor = f"{row['id']}-{row['part']}"
    elif section.key in ("people", "organizations", "locations"):
        anchor = row.get("mention_id")
    words = None
    if row.get("article_id"):
        words = _words_url(datasette, row["article_id"], anchor)
    snippet = row.get("snippet") or ""
    if section.key in ("people", "organizations", "locations") and snippet.startswith("["):
        # The aliases column is a JSON list: show its names, not its brackets.
        snippet = snippet.strip("[]").replace('"', "")
    return {
        "title": row.get("title"),
        "detail": row.get("detail"),
        "article_title": row.get("article_title") if section.key != "articles" else None,
        "snippet": marked(snippet),
        "row_url": _row_url(datasette, section.table, row["id"]),
        # An article's title opens it to read; anything else's opens its row or profile.
        "title_url": words if section.key == "articles" and words else None,
        "words_url": words,
    }


async def search(datasette, q: str, only: str | None, page: int) -> dict:
    db = datasette.get_database(DATABASE)
    read_as = (await db.execute("select fts_describe(:q)", {"q": q})).first()[0]
    nothing = (await db.execute("select fts_query(:q) = '\"\"'", {"q": q})).first()[0]
    sections = []
    if not nothing:
        chosen = [SECTIONS_BY_KEY[only]] if only in SECTIONS_BY_KEY else SECTIONS
        limit = PAGE if only in SECTIONS_BY_KEY else PREVIEW
        for section in chosen:
            count = (await db.execute(section.count_sql(), {"q": q})).first()[0]
            rows = []
            if count:
                params = {
                    "q": q,
                    "open": OPEN,
                    "close": CLOSE,
                    "limit": limit,
                    "offset": (page - 1) * limit if only else 0,
                }
                ranked = count <= COUNT_CAP
                sql = section.sql(ranked=ranked)
                rows = [dict(row) for row in (await db.execute(sql, params)).rows]
            shown_until = (page - 1) * limit + len(rows) if only else len(rows)
            sections.append(
                {
                    "key": section.key,
                    "title": section.title,
                    "count": count,
                    "count_label": f"{COUNT_CAP:,}+" if count > COUNT_CAP else f"{count:,}",
                    "ranked": count <= COUNT_CAP,
                    "hits": [hit(datasette, section, row) for row in rows],
                    "more_url": (
                        search_url(datasette, q, section.key)
                        if not only and count > len(rows)
                        else None
                    ),
                    "next_url": (
                        search_url(datasette, q, section.key, page + 1)
                        if only and count > shown_until
                        else None
                    ),
                    "previous_url": (
                        search_url(datasette, q, section.key, page - 1)
                        if only and page > 1
                        else None
                    ),
                }
            )
    return {
        "read_as": read_as,
        "nothing_to_search": bool(nothing),
        "sections": sections,
        "only": SECTIONS_BY_KEY[only].title if only in SECTIONS_BY_KEY else None,
        "all_url": search_url(datasette, q),
    }


def search_url(datasette, q, only=None, page=1) -> str:
    params = {"q": q}
    if only:
        params["in"] = only
    if page > 1:
        params["page"] = str(page)
    return datasette.urls.path("/-/search") + "?" + urlencode(params)


@hookimpl
def extra_template_vars(template, request, datasette):
    if template != "search_all.html" or request is None:
        return {}

    async def inner():
        q = (request.args.get("q") or "").strip()
        if not q:
            return {"search": None}
        try:
            page = max(1, min(int(request.args.get("page") or 1), 10_000))
        except ValueError:
            page = 1
        return {"search": await search(datasette, q, request.args.get("in"), page)}

    return inner

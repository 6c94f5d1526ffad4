"""Profiles: the row pages of people, organizations and places read like a page
about them, not like a database row.

Why: a journalist opening Igor Konashenkov wants his role and what it rests on,
who he speaks for, what he said and where he is named, each one click from
its words; not `affiliation_id = russian-defense-ministry`, a JSON list of
aliases and "4 rows from person_id in quotes". This plugin gathers that for
templates/row.html (which shows it instead of the raw row, keeping the stored
row in a collapsed table); the row's JSON (`.json`) is untouched.

Every query is bounded (indexed lookups, LIMIT), so a profile stays fast when a
person is named in a hundred thousand articles: counts come from the
build-time summaries, lists show the first rows and link to the rest.
"""

from urllib.parse import quote as url_quote

from datasette import hookimpl
from datasette.utils import urlsafe_components

DATABASE = "corpus"
LIST_LIMIT = 50  # quotes, mentions, photos shown on a profile; the rest are linked
CONTEXT = 60  # characters of text shown either side of a mention

# table -> (kind, mention table, its column naming the entity)
PROFILED = {
    "people": ("person", "person_mentions", "person_id"),
    "organizations": ("organization", "organization_mentions", "organization_id"),
    "locations": ("location", "location_mentions", "location_id"),
}


def article_url(datasette, article_id, anchor=None):
    url = datasette.urls.path("/-/articles/" + url_quote(str(article_id), safe=""))
    if anchor:
        anchor = url_quote(str(anchor), safe="")
        url += f"?at={anchor}#{anchor}"
    return url


def row_url(datasette, table, row_id):
    return datasette.urls.table(DATABASE, table) + "/" + url_quote(str(row_id), safe="")


def table_url(datasette, table, **filters):
    from urllib.parse import urlencode

    return datasette.urls.table(DATABASE, table) + ("?" + urlencode(filters) if filters else "")


async def rows(db, sql, params):
    return [dict(row) for row in (await db.execute(sql, params)).rows]


async def first(db, sql, params):
    found = await rows(db, sql, params)
    return found[0] if found else None


def aliases_of(value) -> list[str]:
    import json

    try:
        aliases = json.loads(value or "[]")
    except ValueError:
        return [value]
    return [str(alias) for alias in aliases] if isinstance(aliases, list) else [str(aliases)]


def context_before(text):
    """The words before a mention, cut at a word and at a line break."""
    if not text:
        return ""
    text = text.rsplit("\n", 1)[-1]
    if len(text) >= CONTEXT and " " in text:
        text = "…" + text.split(" ", 1)[1]
    return text


def context_after(text):
    if not text:
        return ""
    text = text.split("\n", 1)[0]
    if len(text) >= CONTEXT and " " in text:
        text = text.rsplit(" ", 1)[0] + "…"
    return text


async def mentions(datasette, db, table, column, entity_id):
    """The first mentions, grouped by article in reading order, each linked to its words."""
    found = await rows(
        db,
        f"""
        select mentions.id, mentions.article_id, mentions.text, mentions.start,
               articles.title as article_title,
               substr(articles.body, max(mentions.start - :context, 0) + 1,
                      mentions.start - max(mentions.start - :context, 0)) as before,
               substr(articles.body, mentions."end" + 1, :context) as after
        from (select * from {table} where {column} = :id order by rowid limit :limit) as mentions
          join articles on articles.id = mentions.article_id
        order by mentions.article_id, mentions.start""",
        {"id": entity_id, "limit": LIST_LIMIT, "context": CONTEXT},
    )
    by_article: dict[str, dict] = {}
    for mention in found:
        group = by_article.setdefault(
            mention["article_id"],
            {
                "title": mention["article_title"],
                "url": article_url(datasette, mention["article_id"]),
                "mentions": [],
            },
        )
        group["mentions"].append(
            {
                "text": mention["text"],
                "before": context_before(mention["before"]),
                "after": context_after(mention["after"]),
                "url": article_url(datasette, mention["article_id"], mention["id"]),
            }
        )
    return list(by_article.values()), len(found) == LIST_LIMIT


async def basis_link(datasette, db, mention_table, column, entity_id, basis):
    """Where a role's basis stands: the mention of the entity inside those words,
    in the first article (of those naming the entity) that prints them."""
    if not basis:
        return None
    found = await first(
        db,
        f"""
        select articles.id as article_id, articles.title, instr(articles.body, :basis) - 1 as at
        from articles
        where articles.id in (select article_id from {mention_table} where {column} = :id limit 200)
          and instr(articles.body, :basis) > 0
        order by articles.id limit 1""",
        {"id": entity_id, "basis": basis},
    )
    if found is None:
        return None
    mention = await first(
        db,
        f"""select id from {mention_table}
        where article_id = :article and {column} = :id and start >= :at and "end" <= :until
        order by start limit 1""",
        {
            "article": found["article_id"],
            "id": entity_id,
            "at": found["at"],
            "until": found["at"] + len(basis),
        },
    )
    return {
        "title": found["title"],
        "url": article_url(datasette, found["article_id"], mention["id"] if mention else None),
    }


def quote_items(datasette, quotes):
    return [
        {
            "text": quote["text"],
            "partial": quote["partial"],
            "speaker": quote.get("speaker"),
            "speaker_url": row_url(datasette, "people", quote["person_id"])
            if quote.get("person_id")
            else None,
            "article_title": quote["article_title"],
            "article_url": article_url(datasette, quote["article_id"]),
            "url": article_url(datasette, quote["article_id"], quote["id"]),
        }
        for quote in quotes
    ]


async def person_profile(datasette, db, person):
    person_id = person["id"]
    stats = await first(db, "select * from person_stats where person_id = :id", {"id": person_id})
    affiliation = None
    if person["affiliation_id"]:
        organization = await first(
            db,
            "select id, name from organizations where id = :id",
            {"id": person["affiliation_id"]},
        )
        if organization:
            affiliation = {
                "name": organization["name"],
                "url": row_url(datasette, "organizations", organization["id"]),
            }
    quotes = await rows(
        db,
        """
        select quotes.id, quotes.text, quotes.partial, quotes.article_id,
               articles.title as article_title
        from (select * from quotes where person_id = :id order by rowid limit :limit) as quotes
          join articles on articles.id = quotes.article_id
        order by quotes.article_id, quotes.start""",
        {"id": person_id, "limit": LIST_LIMIT},
    )
    figures = await rows(
        db,
        """
        select figures.id, figures.text, figures.article_id, articles.title as article_title
        from (select * from figures where stated_by = :id order by rowid limit :limit) as figures
          join articles on articles.id = figures.article_id""",
        {"id": person_id, "limit": LIST_LIMIT},
    )
    photos = await rows(
        db,
        """
        select photos.id, photos.article_id, coalesce(photos.caption, photos.title) as line,
               case when photos.caption is not null then 'caption' else 'title' end as part,
               articles.title as article_title
        from (select * from photos where photographer_id = :id
              order by rowid limit :limit) as photos
          join articles on articles.id = photos.article_id""",
        {"id": person_id, "limit": LIST_LIMIT},
    )
    named, more = await mentions(datasette, db, "person_mentions", "person_id", person_id)
    return {
        "kind": "person",
        "kind_label": "Person",
        "name": person["name"],
        "role": person["role"],
        "role_basis": person["role_basis"],
        "role_basis_at": await basis_link(
            datasette, db, "person_mentions", "person_id", person_id, person["role_basis"]
        ),
        "affiliation": affiliation,
        "aliases": aliases_of(person["aliases"]),
        "source_note": person["source_note"],
        "notes": person["notes"],
        "stats": stats,
        "quotes": quote_items(datasette, quotes),
        "quotes_count": stats["quotes"] if stats else len(quotes),
        "all_quotes_url": table_url(datasette, "quotes", person_id=person_id),
        "figures": [
            {
                "text": figure["text"],
                "article_title": figure["article_title"],
                "article_url": article_url(datasette, figure["article_id"]),
                "url": article_url(datasette, figure["article_id"], figure["id"]),
            }
            for figure in figures
        ],
        "photos": [
            {
                "line": photo["line"],
                "article_title": photo["article_title"],
                "article_url": article_url(datasette, photo["article_id"]),
                "url": article_url(
                    datasette, photo["article_id"], f"{photo['id']}-{photo['part']}"
                ),
            }
            for photo in photos
        ],
        "photos_heading": "Photos credited to them",
        "mentions": named,
        "more_mentions": more,
        "all_mentions_url": table_url(datasette, "person_mentions", person_id=person_id),
    }


async def organization_profile(datasette, db, organization):
    organization_id = organization["id"]
    country = None
    if organization["country_id"]:
        place = await first(
            db, "select id, name from locations where id = :id", {"id": organization["country_id"]}
        )
        if place:
            country = {"name": place["name"], "url": row_url(datasette, "locations", place["id"])}
    people = await rows(
        db,
        "select id, name, role from people where affiliation_id = :id order by name limit :limit",
        {"id": organization_id, "limit": LIST_LIMIT},
    )
    published = await rows(
        db,
        """
        select id, title, case when outlet_id = :id then 'outlet' else 'distributor' end as as_what
        from articles where outlet_id = :id or distributor_id = :id
        order by id limit :limit""",
        {"id": organization_id, "limit": LIST_LIMIT},
    )
    photos = await rows(
        db,
        """
        select photos.id, photos.article_id, photos.credit as line, 'credit' as part,
               articles.title as article_title
        from (select photo_id from photo_agencies where organization_id = :id
              order by rowid limit :limit) as credited
          join photos on photos.id = credited.photo_id
          join articles on articles.id = photos.article_id""",
        {"id": organization_id, "limit": LIST_LIMIT},
    )
    named, more = await mentions(
        datasette, db, "organization_mentions", "organization_id", organization_id
    )
    return {
        "kind": "organization",
        "kind_label": "Organization",
        "name": organization["name"],
        "what": organization["kind"],
        "description": organization["description"],
        "country": country,
        "aliases": aliases_of(organization["aliases"]),
        "source_note": organization["source_note"],
        "notes": organization["notes"],
        "people": [
            {"name": p["name"], "role": p["role"], "url": row_url(datasette, "people", p["id"])}
            for p in people
        ],
        "published": [
            {"title": a["title"], "as_what": a["as_what"], "url": article_url(datasette, a["id"])}
            for a in published
        ],
        "photos": [
            {
                "line": photo["line"],
                "article_title": photo["article_title"],
                "article_url": article_url(datasette, photo["article_id"]),
                "url": article_url(datasette, photo["article_id"], f"{photo['id']}-credit"),
            }
            for photo in photos
        ],
        "photos_heading": "Photos it is credited for",
        "mentions": named,
        "more_mentions": more,
        "all_mentions_url": table_url(
            datasette, "organization_mentions", organization_id=organization_id
        ),
    }


async def location_profile(datasette, db, location):
    location_id = location["id"]
    country = None
    if location["country_id"] and location["country_id"] != location_id:
        place = await first(
            db, "select id, name from locations where id = :id", {"id": location["country_id"]}
        )
        if place:
            country = {"name": place["name"], "url": row_url(datasette, "locations", place["id"])}
    stats = await first(
        db, "select * from location_stats where location_id = :id", {"id": location_id}
    )
    within = await rows(
        db,
        """select id, name, kind from locations
        where country_id = :id and id != :id order by name limit :limit""",
        {"id": location_id, "limit": LIST_LIMIT},
    )
    named, more = await mentions(datasette, db, "location_mentions", "location_id", location_id)
    return {
        "kind": "location",
        "kind_label": "Place",
        "name": location["name"],
        "what": location["kind"],
        "country": country,
        "coordinates": (
            {
                "latitude": location["latitude"],
                "longitude": location["longitude"],
                "precision": location["precision"],
                "source": location["coordinates_source"],
                "map_url": table_url(datasette, "locations", id=location_id),
            }
            if location["latitude"] is not None
            else None
        ),
        "aliases": aliases_of(location["aliases"]),
        "notes": location["notes"],
        "stats": stats,
        "within": [
            {"name": p["name"], "kind": p["kind"], "url": row_url(datasette, "locations", p["id"])}
            for p in within
        ],
        "mentions": named,
        "more_mentions": more,
        "all_mentions_url": table_url(datasette, "location_mentions", location_id=location_id),
    }


BUILDERS = {
    "people": person_profile,
    "organizations": organization_profile,
    "locations": location_profile,
}


@hookimpl
def extra_template_vars(database, table, view_name, request, datasette):
    if view_name != "row" or database != DATABASE or table not in BUILDERS or request is None:
        return {}

    async def inner():
        pks = urlsafe_components(request.url_vars.get("pks", ""))
        if len(pks) != 1:
            return {}
        db = datasette.get_database(DATABASE)
        row = await first(db, f"select * from [{table}] where id = :id", {"id": pks[0]})
        if row is None:
            return {}
        return {"profile": await BUILDERS[table](datasette, db, row)}

    return inner

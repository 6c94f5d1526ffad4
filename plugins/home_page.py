"""The home page leads with what a journalist reads.

Why: the home page listed the corpus's tables by size (location_mentions,
person_mentions, ...) and the map's basemap database beside them, under the
articles' licence. templates/index.html now lists, first, the tables a
journalist wants (articles, quotes, people, places, figures, ...) with what
each holds and how many rows, then the whole database, and the basemap only
as the map's tiles, with their own licence (metadata.yml: databases.basemap).
"""

from datasette import hookimpl

DATABASE = "corpus"
# (table, label, what a reader finds there)
START_HERE = (
    ("articles", "Articles", "each one readable with its quotes, names, figures and dates marked"),
    ("quotes", "Quotes", "every quotation with its speaker"),
    ("people", "People", "who is named and quoted, with their roles"),
    ("locations", "Places", "every place named, on a map"),
    ("figures", "Figures", "every number reported, with what it counts"),
    ("organizations", "Organizations", "outlets, agencies, governments and armed forces"),
    ("event_dates", "Dates", "the dates of events, inferred ones flagged"),
    ("photos", "Photos", "captions, credits and photographers"),
)


@hookimpl
def extra_template_vars(template, view_name, datasette):
    if view_name != "index" or template != "index.html":
        return {}

    async def inner():
        try:
            db = datasette.get_database(DATABASE)
        except KeyError:
            return {}
        counts = await db.table_counts(limit=50)
        return {
            "start_here": [
                {
                    "url": datasette.urls.table(DATABASE, table),
                    "label": label,
                    "what": what,
                    "count": counts.get(table),
                }
                for table, label, what in START_HERE
            ],
            "corpus_url": datasette.urls.database(DATABASE),
        }

    return inner

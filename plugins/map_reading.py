"""The map, made readable: names on hover, no clusters when there are few
places, and popups that name the articles with links to the words.

Why: with eleven places, datasette-cluster-map still grouped most of them into
numbered clusters, showed no names until clicked, and its popups said "named 1
time(s) in 1 article(s)" without saying which. datasette-cluster-map still
draws the map (and its tiles come from this server); static/map-reading.js
adjusts it as Leaflet loads:

- a page of at most FEW places (and no further pages) is drawn without clusters;
- each marker shows its place's name on hover;
- opening a popup lists the articles that name the place, each linked to the
  place's first mention in it (its words, marked), from the JSON API.

Every name is set as text, never as HTML.
"""

import json

from datasette import hookimpl

DATABASE = "corpus"
FEW = 100


def has_map(database, columns) -> bool:
    names = {column.lower() for column in columns or ()}
    return database == DATABASE and {"latitude", "longitude"} <= names


@hookimpl
def extra_js_urls(database, columns, datasette):
    if not has_map(database, columns):
        return []
    # A classic script in <head>: it must run before Leaflet is loaded.
    return [{"url": datasette.urls.path("/static/map-reading.js")}]


@hookimpl
def extra_body_script(database, columns, datasette):
    if not has_map(database, columns):
        return ""
    config = {
        "few": FEW,
        "mentions_url": datasette.urls.table(DATABASE, "location_mentions", format="json"),
        "articles_url": datasette.urls.path("/-/articles/"),
        "locations_url": datasette.urls.table(DATABASE, "locations") + "/",
    }
    return f"window.READING_MAP = {json.dumps(config)};"

"""Long and technical columns hidden from HTML tables, kept in JSON and CSV.

Why: a table page is read by people. Whole article bodies, verbatim bases,
offsets, hashes and the map's popup JSON turn a list of quotes into a wall of
text; they are for checking and for programs. templates/_table.html leaves
these columns out of table pages (not row pages), says which are hidden and
links to the page with every column (?_all_columns=1). The JSON and CSV of
every page keep all columns.
"""

from datasette import hookimpl

DATABASE = "corpus"
SHOW_ALL = "_all_columns"
OFFSETS = ("start", "end")

HIDDEN = {
    "articles": (
        "title_basis",
        "outlet_basis",
        "outlet_source",
        "distributor_basis",
        "events_date_basis",
        "events_date_note",
        "body",
        "body_note",
        "body_sha256",
        "source_file",
        "corpus_file",
    ),
    "people": ("role_basis", "source_note"),
    "organizations": ("source_note",),
    "locations": ("coordinates_source", "popup"),
    "quotes": ("speaker_name", *OFFSETS),
    "figures": OFFSETS,
    "event_dates": ("basis", *OFFSETS),
    "photos": tuple(
        f"{part}_{edge}" for part in ("title", "caption", "credit") for edge in OFFSETS
    ),
    "person_mentions": OFFSETS,
    "organization_mentions": OFFSETS,
    "location_mentions": OFFSETS,
    "quote_attributions": OFFSETS,
    "all_mentions": OFFSETS,
    "location_mention_counts": ("popup",),
    "figures_by_subject": ("subject_and_outlet",),
}


def hidden_columns(table: str | None, columns, show_all: bool) -> list[str]:
    if show_all or not table:
        return []
    present = set(columns or ())
    return [column for column in HIDDEN.get(table, ()) if column in present]


@hookimpl
def extra_template_vars(database, table, columns, view_name, request):
    if view_name != "table" or database != DATABASE:
        return {}
    show_all = bool(request and request.args.get(SHOW_ALL))
    return {
        "reader_hidden_columns": hidden_columns(table, columns, show_all),
        "reader_show_all_arg": SHOW_ALL,
    }

"""Names, not ids; lists, not JSON; numbers as a reader writes them.

Why: readers of the HTML pages should not have to decode the storage format.
On every HTML page of the corpus (the JSON and CSV are untouched):

- aliases, stored as a JSON list, show as a list of names;
- a foreign key shown raw (row pages, where Datasette does not expand them)
  shows its label, linked to its row: "Russian Defense Ministry", not
  "russian-defense-ministry";
- figure values show as printed numbers: 150,000, not 150000.0.
"""

import json
from urllib.parse import quote as url_quote

from datasette import hookimpl
from markupsafe import Markup, escape

DATABASE = "corpus"
ALIAS_COLUMNS = {"aliases"}
# Number columns shown with thousands separators, by table (None: canned queries).
NUMBER_COLUMNS = {
    "figures": {"value"},
    "figures_by_subject": {"value"},
    "figure_comparisons": {"high", "low", "difference"},
    None: {"value", "value_a", "value_b", "difference", "high", "low"},
}
# The database is served immutable: foreign keys and labels, once read, stay true.
# Keyed by the database file too: one process may serve several (the tests do).
_foreign_keys: dict[tuple[str, str], dict[str, dict]] = {}  # (file, table) -> column -> key
_labels: dict[tuple[str, str, str], str | None] = {}  # (file, table, id) -> label


def format_number(value) -> str:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"


def alias_list(value: str) -> Markup | None:
    try:
        aliases = json.loads(value)
    except (TypeError, ValueError):
        return None
    if not isinstance(aliases, list):
        return None
    items = "".join(f"<li>{escape(str(alias))}</li>" for alias in aliases)
    return Markup(f'<ul class="alias-list">{items}</ul>')


async def foreign_key_label(datasette, table: str, column: str, value: str) -> Markup | None:
    db = datasette.get_database(DATABASE)
    if (db.path, table) not in _foreign_keys:
        _foreign_keys[(db.path, table)] = {
            fk["column"]: fk for fk in await db.foreign_keys_for_table(table)
        }
    target = _foreign_keys[(db.path, table)].get(column)
    if target is None:
        return None
    other_table, other_column = target["other_table"], target["other_column"]
    key = (db.path, other_table, value)
    if key not in _labels:
        label_column = await db.label_column_for_table(other_table)
        label = None
        if label_column:
            rows = await db.execute(
                f"select [{label_column}] from [{other_table}] where [{other_column}] = :value",
                {"value": value},
            )
            label = rows.first()[0] if rows.rows else None
        _labels[key] = label
    label = _labels[key]
    if label is None:
        return None
    url = datasette.urls.table(DATABASE, other_table) + "/" + url_quote(str(value), safe="")
    return Markup(f'<a href="{escape(url)}">{escape(label)}</a>')


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if database != DATABASE or value is None:
        return None
    if column in ALIAS_COLUMNS and isinstance(value, str):
        return alias_list(value)
    if column in NUMBER_COLUMNS.get(table, ()) and isinstance(value, int | float):
        return Markup(f'<span class="number">{escape(format_number(value))}</span>')
    if table is not None and isinstance(value, str) and column.endswith("_id"):

        async def label():
            return await foreign_key_label(datasette, table, column, value)

        return label()
    return None

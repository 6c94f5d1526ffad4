"""What the newsroom's tools need beyond the format plugins' own columns.

Atom (datasette-atom) wants every entry's id to be a permanent, absolute IRI
that feed readers use to tell entries apart. The ids in this database are
stable slugs (a quote's id is derived from its article, text and occurrence),
but not IRIs; atom_id() turns one into a name-based UUID URN, the same on
every host and every rebuild, so moving the publication to a new address does
not make every feed reader show every entry again.
"""

import uuid

from datasette import hookimpl

# A fixed namespace for this publication's ids: changing it would change
# every entry id and make feed readers show old entries as new.
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "newsroom-corpus")


def atom_id(kind, id_):
    if kind is None or id_ is None:
        return None
    return "urn:uuid:" + str(uuid.uuid5(NAMESPACE, f"{kind}/{id_}"))


@hookimpl
def prepare_connection(conn):
    conn.create_function("atom_id", 2, atom_id, deterministic=True)


# datasette-atom takes the feed's <updated> from the newest entry, and fails
# (max() of nothing) when a query matches no entry: a person never quoted, or
# a name that is nobody's. That is "nothing here", not a server error.
NO_ENTRIES = (
    "This feed has no entries: no quote or article matches that has a publication "
    "date or an events date (an Atom feed is dated by its newest entry)."
)


@hookimpl
def handle_exception(datasette, request, exception):
    if not (
        request.path.endswith(".atom")
        and isinstance(exception, ValueError)
        and "empty" in str(exception)
    ):
        return None
    from datasette.handle_exception import handle_exception as default_handler
    from datasette.utils.asgi import NotFound

    return default_handler(datasette, request, NotFound(NO_ENTRIES))

"""Newsroom corpus: verified article annotations, from corpus files to SQLite.

The build is a line of small pure steps, each in its own module:

- ``corpus``: read files (front matter, YAML registries) into validated ``models``;
- ``resolve``: check references and turn annotated text into character spans;
- ``checking``: read and resolve every article, in worker processes when large;
- ``schema``: the tables, indexes, full-text search and views, spelled out;
- ``build``: write the rows into SQLite and swap the file in, all or nothing.

``problems`` is how any step reports what is wrong with the input, ``draft``
proposes annotations for a new article, ``serving`` runs Datasette, and
``cli`` is the one command line over all of them.
"""

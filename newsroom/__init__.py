"""Newsroom corpus: verified article annotations, from corpus files to SQLite.

The modules follow the build's three steps, each a set of small pure functions:

- ``corpus``: read files (front matter, YAML registries) into validated models;
- ``resolve``: check references and turn annotated text into character spans;
- ``load``: write the resolved rows into SQLite with an explicit schema.

``build`` ties them together atomically; ``problems`` is how any step reports
what is wrong with the input.
"""

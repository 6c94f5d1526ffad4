"""The command group and the options several commands share."""

from __future__ import annotations

from pathlib import Path

import click
from click_default_group import DefaultGroup

CORPUS_OPTION = click.option(
    "--corpus",
    "corpus_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("corpus"),
    show_default=True,
    help="Corpus directory: people.yml, organizations.yml, locations.yml, articles/*.md",
)
EXISTING_DB = click.Path(exists=True, dir_okay=False, path_type=Path)


@click.group(cls=DefaultGroup, default="build", default_if_no_args=True)
def main():
    """Newsroom corpus: verified article annotations, published with Datasette.

    With no command, builds the database: `build` (marked *) is the default.
    The daily loop: draft a new article, review it, accept it, build, serve,
    publish. Each command has --help.
    """

"""The one command line: ``python build_db.py COMMAND``; with no command, ``build``.

Every command is defined in this package and nowhere else, one module per part
of the work: ``building`` (build), ``drafting`` (draft, accept) and
``publishing`` (serve, publish, bundle, serve-bundle). Library modules raise
their own errors (``CorpusInvalid``, ``DraftError``, ``AcceptRefused``,
``ServingError``); these modules turn them into messages and exit statuses.

The heavier modules (the build, the drafter, page extraction, YAML round trips)
are imported inside the command that needs them: `build` should not wait for
trafilatura to load.
"""

from . import building, drafting, publishing  # noqa: F401  (each adds its commands)
from .base import main
from .drafting import draft_command

__all__ = ["draft_command", "main"]

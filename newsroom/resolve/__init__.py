"""Cross-checks and spans: from validated models to the rows the database holds.

Everything that needs more than one field or file is checked here: references
between files, duplicate ids, alias clashes, and that every annotated text
stands verbatim in its article body. Each function returns rows and problems;
none touches the database.

- ``common``: stable ids, the registry index, an article's rows;
- ``registries``: checks across registry entries, the alias index, their rows;
- ``article``: one article, one function per annotation kind;
- ``across``: checks across articles (unique ids, confirmed roles).
"""

from .across import CorpusChecks
from .article import resolve_article
from .common import ArticleRows, RegistryIndex, stable_id
from .registries import location_popup, resolve_registries

__all__ = [
    "ArticleRows",
    "CorpusChecks",
    "RegistryIndex",
    "location_popup",
    "resolve_article",
    "resolve_registries",
    "stable_id",
]

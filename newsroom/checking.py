"""Read and resolve every article file, in worker processes on a large corpus.

Each article is read, validated and resolved on its own (``check_article``);
``checked_articles`` yields them in file-name order, so what is written does
not depend on the number of workers.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from dataclasses import dataclass
from pathlib import Path

from tqdm import tqdm

from .corpus import read_article, read_registries
from .problems import ProblemList
from .resolve import (
    ArticleRows,
    CorpusChecks,
    RegistryIndex,
    resolve_article,
    resolve_registries,
)
from .resolve.across import unconfirmed_roles
from .rights import body_publication

# Below this many articles, starting worker processes costs more than it saves.
PARALLEL_FROM = 200


@dataclass
class CheckedArticle:
    """One article file, read, validated and resolved: its rows or its problems."""

    path: Path
    article_id: str | None
    front_matter: str | None
    front_matter_first_line: int
    rows: ArticleRows | None
    problems: ProblemList


def check_article(
    path: Path, index: RegistryIndex, allow_drafts: bool, withhold_bodies: bool
) -> CheckedArticle:
    parsed, problems = read_article(path)
    if parsed is None:
        return CheckedArticle(path, None, None, 1, None, problems)
    rows, found = resolve_article(parsed, index, allow_drafts=allow_drafts)
    problems.extend(found)
    if rows is not None:
        rows.article = body_publication(rows.article, withhold_bodies)
    return CheckedArticle(
        path,
        parsed.article.id,
        parsed.front_matter,
        parsed.front_matter_first_line,
        rows,
        problems,
    )


# Set in the parent before the worker processes fork, so each worker inherits
# the registry index instead of reading the registries again.
_WORKER_ARGUMENTS: tuple = ()


def _check_in_worker(path: Path) -> CheckedArticle:
    return check_article(path, *_WORKER_ARGUMENTS)


def _start_worker() -> None:
    # Checking an article allocates many short-lived objects and no cycles
    # worth collecting early; a higher threshold saves about a tenth of the time.
    gc.set_threshold(100_000, 50, 100)


def checked_articles(
    paths: list[Path], index: RegistryIndex, allow_drafts: bool, withhold_bodies: bool
):
    """Check articles in file-name order; on a large corpus, in worker processes
    (one per core) while this process writes rows. imap keeps the order, so
    the database is the same whatever the number of workers."""
    workers = os.cpu_count() or 1
    if (
        len(paths) < PARALLEL_FROM
        or workers < 2
        or "fork" not in multiprocessing.get_all_start_methods()
    ):
        for path in paths:
            yield check_article(path, index, allow_drafts, withhold_bodies)
        return
    global _WORKER_ARGUMENTS
    _WORKER_ARGUMENTS = (index, allow_drafts, withhold_bodies)
    with multiprocessing.get_context("fork").Pool(workers, initializer=_start_worker) as pool:
        yield from pool.imap(_check_in_worker, paths, chunksize=32)


def admitted_rows(
    paths: list[Path],
    index: RegistryIndex,
    checks: CorpusChecks,
    allow_drafts: bool,
    withhold_bodies: bool,
    progress_disabled: bool | None,
    description: str = "Building",
):
    """Check every article with a progress bar; problems go to ``checks``'s list,
    and the rows of each article that may be written are yielded."""
    checked = checked_articles(paths, index, allow_drafts, withhold_bodies)
    for result in tqdm(checked, total=len(paths), desc=description, unit="article",
                       disable=progress_disabled):  # fmt: skip
        checks.problems.extend(result.problems)
        admitted = checks.admit(
            result.path,
            result.article_id,
            result.rows,
            result.front_matter,
            result.front_matter_first_line,
        )
        if admitted:
            yield result.rows


def check_with_registries(corpus_dir: Path, path: Path, new_people: set[str]) -> ProblemList:
    """The build's checks of the registries and of one article against them,
    without reading the other articles: what `accept` runs. Other articles
    cannot break by registry entries being added (a clash of ids, names or
    aliases is a registry problem), and their ids cannot clash with this one's
    (an id is its file's name). The roles of ``new_people`` must stand in this
    article, which is where the draft found them."""
    registries, problems = read_registries(corpus_dir)
    index, _rows, found = resolve_registries(registries)
    problems.extend(found)
    if problems:  # an article checked against a broken registry says nothing more
        return problems
    checked = check_article(path, index, allow_drafts=True, withhold_bodies=False)
    problems.extend(checked.problems)
    if checked.rows is not None:
        bases = {
            person: basis
            for person, basis in index.role_bases.items()
            if person in new_people and person not in checked.rows.roles_confirmed
        }
        problems.extend(unconfirmed_roles(registries, bases, set()))
    return problems

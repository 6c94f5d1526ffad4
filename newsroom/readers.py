"""Who reads a database, so that a build knows whether it may patch it in place.

Every server of a database (newsroom/workers.py, in `make serve` and in the
bundle) holds a shared lock on a file beside it for as long as it runs. A
build patches the database in place only when it can lock that file
exclusively (newsroom/build.py); otherwise it patches a copy and swaps it in,
and the servers keep reading the file they opened. Standard library only: the
bundle ships this file beside workers.py.
"""

from __future__ import annotations

import fcntl
import os
import sys


def readers_lock_path(database: str) -> str:
    """The file beside a database that its servers hold a shared lock on."""
    folder, name = os.path.split(os.path.abspath(database))
    return os.path.join(folder, f".{name}.readers")


def hold_readers_lock(database: str) -> int | None:
    """Take the shared readers lock on ``database`` and return its descriptor,
    kept open (and so locked) for as long as this process and the workers it
    forks live. Waits while a build is patching the file. None where the lock
    file cannot be made (a read-only file system, where no build writes)."""
    path = readers_lock_path(database)
    try:
        descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        try:
            descriptor = os.open(path, os.O_RDONLY)
        except OSError:
            return None
    try:
        fcntl.flock(descriptor, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        print(f"A build is writing {database}: waiting for it to finish", file=sys.stderr)
        fcntl.flock(descriptor, fcntl.LOCK_SH)
    return descriptor


def undo_interrupted_patch(database: str) -> None:
    """A build killed while patching the database in place leaves its rollback
    journal beside it. An immutable open would ignore the journal and read a
    half-written file, so open the database normally once: SQLite then puts
    every page back as it was before that build."""
    if os.path.exists(f"{database}-journal"):
        import sqlite3

        connection = sqlite3.connect(database)
        try:
            connection.execute("select count(*) from sqlite_master").fetchone()
        finally:
            connection.close()


def try_exclusive(descriptor: int) -> bool:
    """Lock the readers file exclusively if no server holds it (non-blocking)."""
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True

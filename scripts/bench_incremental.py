#!/usr/bin/env python3
"""Time an incremental build: one article edited in a built corpus (issue 12).

The corpus and its database must have been built already (a full build). The
script edits one article's title, times `build_db.py build` (which rebuilds
only that article), then puts the title back, rebuilds incrementally again, and
checks that every table is identical to the original full build's: a round
trip through two incremental builds that must end where the full build was.

    .venv/bin/python scripts/bench_incremental.py --corpus CORPUS --database DB
"""

from __future__ import annotations

import argparse
import itertools
import json
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FTS_SHADOWS = ("_fts_data", "_fts_idx", "_fts_docsize", "_fts_config")


def timed_build(corpus: Path, database: Path) -> tuple[float, str]:
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, str(ROOT / "build_db.py"), "build", "--corpus", str(corpus),
         "--output", str(database), "--no-progress"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return time.perf_counter() - started, result.stderr.strip().splitlines()[-1]


def tables_identical(first: Path, second: Path) -> bool:
    """Same rows in every table, read side by side in primary-key order (views
    are queries over the tables; full-text indexes are checked for integrity)."""
    connections = [sqlite3.connect(path) for path in (first, second)]
    try:
        names = [
            name
            for (name,) in connections[0].execute(
                "select name from sqlite_master where type = 'table' and name not like 'sqlite_%'"
            )
            if not name.endswith(FTS_SHADOWS)
        ]
        for name in names:
            if name.endswith("_fts"):
                for connection in connections:
                    connection.execute(
                        f'insert into "{name}"("{name}") values (\'integrity-check\')'
                    )
                continue
            keys = [
                row[1] for row in connections[0].execute(f'pragma table_info("{name}")') if row[5]
            ]
            order = ", ".join(f'"{key}"' for key in keys) or "rowid"
            cursors = [c.execute(f'select * from "{name}" order by {order}') for c in connections]
            for left, right in itertools.zip_longest(*cursors):
                if left != right:
                    return False
        return True
    finally:
        for connection in connections:
            connection.close()


def measure(corpus: Path, database: Path) -> dict:
    article = sorted((corpus / "articles").glob("*.md"))[
        len(list((corpus / "articles").glob("*.md"))) // 2
    ]
    original_text = article.read_text(encoding="utf-8")
    reference = database.with_name(database.name + ".full-reference")
    shutil.copyfile(database, reference)
    try:
        lines = original_text.split("\n")
        number = next(i for i, line in enumerate(lines) if line.startswith("title: "))
        lines[number] = "title: Edited for the incremental benchmark"
        article.write_text("\n".join(lines), encoding="utf-8")
        seconds, said = timed_build(corpus, database)
        article.write_text(original_text, encoding="utf-8")
        back_seconds, back_said = timed_build(corpus, database)
        identical = tables_identical(database, reference)
    finally:
        article.write_text(original_text, encoding="utf-8")
        reference.unlink(missing_ok=True)
    return {
        "seconds": round(seconds, 2),
        # The timed build must have patched, not rebuilt everything.
        "was_incremental": "(incremental: 1 changed" in said,
        "identical": identical,
        "article": article.name,
        "build_said": said,
        "revert_seconds": round(back_seconds, 2),
        "revert_build_said": back_said,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, required=True, help="a built corpus directory")
    parser.add_argument("--database", type=Path, required=True, help="its database (full build)")
    args = parser.parse_args(argv)
    print(json.dumps(measure(args.corpus, args.database), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

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
    """Same rows in every table and view (rowids aside), compared inside SQLite."""
    connection = sqlite3.connect(first)
    connection.execute("attach database ? as other", [str(second)])
    names = [
        name
        for (name,) in connection.execute(
            "select name from main.sqlite_master where type in ('table', 'view') "
            "and name not like 'sqlite_%'"
        )
        if not name.endswith(FTS_SHADOWS) and not name.endswith("_fts")
    ]
    for name in names:
        for a, b in (("main", "other"), ("other", "main")):
            (differing,) = connection.execute(
                f'select count(*) from (select * from {a}."{name}" '
                f'except select * from {b}."{name}")'
            ).fetchone()
            if differing:
                connection.close()
                return False
    connection.close()
    return True


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

"""From an article file on disk to a draft corpus file: read, draft, check, write.

The command line calls these; they raise ``DraftError`` with a message naming the
file and what to do, never a click error.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..models import SLUG_PATTERN
from .assemble import draft_article, load_registries
from .candidates import Draft, DraftError
from .render import check_rendered, render


def read_plain_text(path: Path) -> str:
    """The article text of a .txt file, as the corpus stores it (LF line endings,
    no final newline)."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise DraftError(
            f"{path} is not UTF-8 (byte at offset {error.start}); save it as UTF-8"
        ) from None
    # The corpus stores LF line endings only; converting CRLF changes nothing a reader sees.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):
        text = text[:-1]  # the file's final newline is not part of the article
    if not text.strip():
        raise DraftError(f"{path} is empty")
    return text


def draft_text_file(path: Path, corpus_dir: Path | None, year: int | None = None) -> Draft:
    """The draft of one plain-text article, names resolved against ``corpus_dir``."""
    return draft_article(read_plain_text(path), load_registries(corpus_dir), year=year)


def write_draft(draft: Draft, target: Path, source_file: str, force: bool = False) -> Path:
    """Write ``draft`` to ``target`` as a corpus file marked ``draft: true``.

    The build requires an article's id to match its file name, so a target named
    otherwise gives the draft that id. The file is checked to load before it is
    written, and an existing file is kept unless ``force``."""
    if target.name != f"{draft.id}.md":
        stem = target.name.removesuffix(".md")
        if not target.name.endswith(".md") or not re.fullmatch(SLUG_PATTERN, stem):
            raise DraftError(f"{target.name} is not <slug>.md: choose another --output")
        draft.id = stem
    rendered = render(draft, source_file=source_file)
    check_rendered(rendered, draft.body, target)
    if target.exists() and not force:
        raise DraftError(
            f"{target} exists: if it is an article already reviewed, draft to another file "
            "with --output; --force overwrites it with this new draft"
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(rendered, encoding="utf-8")
    return target

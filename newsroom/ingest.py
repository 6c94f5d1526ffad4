"""New articles in: a plain-text file or a saved web page, one file or a folder.

A saved page gives its body, and the title, byline, URL, date and outlet it
states (``webpage``); a text file gives its body, headline first. Either way
the drafter proposes the annotations. A folder is drafted file by file: one
that fails is reported and the others still draft.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path

from .draft import Draft, DraftError, draft_article, load_registries, read_plain_text, to_json
from .draft.candidates import OrganizationCandidate
from .draft.text import slugify
from .webpage import PageError, WebPage, read_web_page

PAGE_SUFFIXES = (".html", ".htm")
TEXT_SUFFIXES = (".txt",)
METADATA_KEYS = ("title", "byline", "url", "published", "outlet")


@dataclass
class Drafted:
    draft: Draft
    page: WebPage | None  # None for a text file


def draft_page(
    page: WebPage, registries, year: int | None, published: datetime.date | None = None
) -> Draft:
    """The draft of a saved page: annotations from its body, front matter from
    what the page states (never more), and where each value was found."""
    if page.published:  # what the page states wins over --published
        published = _iso_date(page.published) or published
    if year is None and page.published:
        year = int(page.published[:4])
    draft = draft_article(page.body, registries, year=year, published=published)
    if page.title:
        draft.title, draft.id = page.title, slugify(page.title)
    # byline, url and published go straight into the front matter: the page
    # states them. The outlet is a registry id, with where the page names it.
    for key in ("byline", "url", "published"):
        if getattr(page, key):
            draft.metadata[key] = getattr(page, key)
    if page.outlet:
        draft.metadata["outlet"] = outlet_id(page, registries, draft)
        draft.metadata["outlet_source"] = f"saved page {page.source_file}: {page.outlet_basis}"
    draft.source_notes.append(f"Saved page {page.source_file}, SHA-256 {page.source_sha256}.")
    for key in METADATA_KEYS:
        value, basis = getattr(page, key), getattr(page, f"{key}_basis")
        stated = f"{value!r}, from {basis}" if value else "not stated by the page (left empty)"
        draft.source_notes.append(f"- {key}: {stated}.")
    return draft


def _iso_date(text: str) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(text[:10])
    except ValueError:
        return None  # a page's date without a day: the year is still used


def draft_file(
    path: Path,
    corpus_dir: Path | None,
    year: int | None = None,
    published: datetime.date | None = None,
) -> Drafted:
    """Draft one .txt or .html file; raise DraftError naming the file and what to do."""
    registries = load_registries(corpus_dir)
    suffix = path.suffix.lower()
    if suffix in PAGE_SUFFIXES:
        try:
            page = read_web_page(path)
        except PageError as error:
            raise DraftError(str(error)) from None
        return Drafted(draft_page(page, registries, year, published), page)
    raw = path.read_bytes()[:4096]
    if b"\0" in raw:
        raise DraftError(f"{path} is a binary file, not an article: give a .txt or a saved .html")
    if raw.startswith(b"\xef\xbb\xbf"):
        raise DraftError(
            f"{path} starts with a byte-order mark (BOM); save it as UTF-8 without BOM"
        )
    text = read_plain_text(path)
    draft = draft_article(text, registries, year=year, published=published)
    if published is not None:  # the editor states it (--published); the text may not
        draft.metadata["published"] = published.isoformat()
    return Drafted(draft, None)


def outlet_id(page: WebPage, registries, draft: Draft) -> str:
    """The registry id of the outlet the page names: the organization with that
    name or alias, else a new entry proposed to the editor (kind: news outlet),
    which `accept` adds to organizations.yml with the others."""
    wanted = _outlet_key(page.outlet)
    for organization in registries.organizations:
        if wanted in {_outlet_key(name) for name in [organization.name, *organization.aliases]}:
            return organization.id
    proposed = slugify(page.outlet)
    if all(candidate.id != proposed for candidate in draft.organizations):
        draft.organizations.append(
            OrganizationCandidate(
                name=page.outlet,
                found_by=f"the outlet the saved page names ({page.outlet_basis})",
                id=proposed,
                kind="news outlet",
            )
        )
    return proposed


def _outlet_key(name: str) -> str:
    # Pages name an outlet with and without its article ("The Northern Ledger",
    # og:site_name "Northern Ledger"): one outlet.
    folded = name.casefold().strip()
    return folded.removeprefix("the ").strip()


def json_of(drafted: Drafted) -> dict:
    """``draft --json``: the annotations, and the top-level fields the source
    states (null where it does not)."""
    data = to_json(drafted.draft)
    page = drafted.page
    if page is None:
        stated = drafted.draft.metadata.get("published")  # by the editor, with --published
        data.update({"byline": None, "url": None, "published": stated, "outlet": None})
        data["body"] = drafted.draft.body
        return data
    data.update(page.json_fields())
    data["title"] = drafted.draft.title
    for key in METADATA_KEYS:
        data[f"{key}_basis"] = getattr(page, f"{key}_basis")
    data.update({"source_file": page.source_file, "source_sha256": page.source_sha256})
    return data


def files_to_draft(folder: Path) -> list[Path]:
    return sorted(
        path
        for path in folder.iterdir()
        if path.is_file() and path.suffix.lower() in PAGE_SUFFIXES + TEXT_SUFFIXES
    )

"""A web page saved from a browser -> article text and the metadata the page states.

The body comes from trafilatura (run offline: it is only handed a string, never a
URL). The metadata is parsed here with lxml rather than taken from trafilatura,
because trafilatura cannot say where it found a value, and every value we keep
must carry a `*_basis` naming exactly where the page states it. What the page
does not state stays None: nothing is guessed.

Precedence, first found wins:
  title:     JSON-LD headline > og:title > twitter:title > the page's only <h1> > <title>
  byline:    JSON-LD author > <meta name="author"> > article:author (unless a link) > a visible
             "By ..." line before the prose
  url:       <link rel="canonical"> > JSON-LD url / mainEntityOfPage > og:url > the browser's
             "saved from url" comment. Canonical comes first because naming the page's
             authoritative address is its only job; og:url and JSON-LD are often share links
             with tracking parameters or point at an AMP copy.
  published: JSON-LD datePublished > article:published_time > itemprop="datePublished" (on a
             <meta>, then on another element) > <meta name="pubdate"> > <meta name="date">;
             ISO 8601, or a date with its month in English words; never a numeric guess
  outlet:    JSON-LD publisher.name > og:site_name
A site name the page states is cut from either end of a title ("Headline | The Bugle"), and
the basis says so; a <title> still holding a separator is not used, as it may end in a site
name the page does not state.

The body is trafilatura's text in precision mode, without comments or tables; a headline,
byline or copyright line it keeps at either end is dropped. Under 40 words is no article.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

import lxml.html
from lxml import etree

from .page_metadata import (
    _byline_names,
    _text,
    find_metadata,
)

ADVICE = (
    "save the full page (Save Page As → Web Page, complete) or paste the article into a .txt file"
)
MIN_WORDS = 40  # fewer words than this is a teaser or a paywall, not an article

# Browsers treat a page labelled Latin-1 or ASCII as windows-1252 (WHATWG encoding
# standard); a <meta> can't truly declare UTF-16 (the bytes would be unreadable to it).
CHARSET_ALIASES = dict.fromkeys(["iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii"], "cp1252")
CHARSET_ALIASES |= dict.fromkeys(["utf-16", "utf-16le", "utf-16be"], "utf-8")
META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)
BOMS = {codecs.BOM_UTF8: "utf-8-sig", codecs.BOM_UTF16_LE: "utf-16", codecs.BOM_UTF16_BE: "utf-16"}

# A footer's copyright line that trafilatura sometimes keeps at the end of the text.
COPYRIGHT = re.compile(r"(©|\(c\)|copyright\b|all rights reserved)", re.I)


class PageError(ValueError):
    """A saved page that cannot be read as an article; the message names the file and
    says what to do."""


@dataclass(frozen=True)
class WebPage:
    body: str
    title: str | None
    title_basis: str | None
    byline: str | None
    byline_basis: str | None
    url: str | None
    url_basis: str | None
    published: str | None  # ISO date, YYYY-MM-DD
    published_basis: str | None
    outlet: str | None
    outlet_basis: str | None
    source_file: str
    source_sha256: str

    def json_fields(self) -> dict[str, str | None]:
        """The top-level fields `draft --json` prints beside the annotations."""
        keys = ("title", "byline", "url", "published", "outlet", "body")
        return {key: getattr(self, key) for key in keys}


def read_web_page(path: Path) -> WebPage:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise PageError(f"{path}: cannot be read ({error.strerror}); check the path") from None
    if not data.strip():
        raise PageError(f"{path.name}: is empty; {ADVICE}")
    html = decode(data, path.name)
    return extract_web_page(html, path.name, hashlib.sha256(data).hexdigest())


def decode(data: bytes, name: str) -> str:
    """Bytes -> text as a browser would: a byte-order mark, else a declared <meta
    charset>, else UTF-8. Anything that does not decode cleanly is refused rather
    than read with replacement characters, which would corrupt names and quotes."""
    resave = "open it in the browser and save it again (Save Page As → Web Page, complete)"
    encoding = next((enc for bom, enc in BOMS.items() if data.startswith(bom)), None)
    if encoding is None:
        if b"\x00" in data:
            raise PageError(f"{name}: is a binary file, not a web page; {resave}")
        declared = META_CHARSET.search(data[:4096])
        encoding = declared[1].decode("ascii").lower() if declared else "utf-8"
        encoding = CHARSET_ALIASES.get(encoding, encoding)
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise PageError(
                f"{name}: declares an unknown encoding {encoding!r}; {resave}"
            ) from None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise PageError(
            f"{name}: byte {error.start} is not valid {encoding} text; "
            f"{resave}, or declare its encoding with <meta charset>"
        ) from None


def extract_web_page(html: str, source_file: str, source_sha256: str) -> WebPage:
    if re.match(r"(From|MIME-Version|Content-Type):", html) and "multipart/related" in html[:4096]:
        raise PageError(
            f"{source_file}: is a single-file web archive (MHTML), not a web page; "
            "save the page again as 'Web Page, complete' or 'Web Page, HTML only'"
        )
    if not re.search(r"<\s*(html|head|body|article|main|div|p)\b", html, re.I):
        raise PageError(f"{source_file}: is not an HTML page; if it is article text, {ADVICE}")
    # lxml refuses a str that still carries an XML encoding declaration.
    markup = re.sub(r"^\s*<\?xml[^>]*\?>", "", html)
    try:
        tree = lxml.html.document_fromstring(markup)
    except (ValueError, etree.ParserError):
        raise PageError(f"{source_file}: cannot be parsed as HTML; {ADVICE}") from None
    title, byline, url, published, outlet = find_metadata(tree, html)
    # Lines to drop from the body's top: the headline in any form the page gives it, and
    # the byline's names standing alone (a "By ..." line is recognised by itself).
    heading = {_text(h1).casefold() for h1 in tree.iter("h1")}
    heading |= {found[0].casefold() for found in (title, byline) if found}
    body = article_body(markup, heading)
    if len(body.split()) < MIN_WORDS:
        raise PageError(f"{source_file}: has no article text (a paywall or index page?); {ADVICE}")
    pairs = [
        value
        for found in (title, byline, url, published, outlet)
        for value in found or (None, None)
    ]
    return WebPage(body, *pairs, source_file, source_sha256)


def article_body(html: str, heading: set[str]) -> str:
    """The article's paragraphs, one a line, as in the corpus texts."""
    # Imported here: it costs a quarter of a second, which drafting a .txt need not pay.
    import trafilatura

    text = trafilatura.extract(
        html,
        favor_precision=True,  # a missed paragraph is better than a newsletter prompt
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        with_metadata=False,  # metadata is parsed above, with its basis
        deduplicate=False,
    )
    lines = [" ".join(line.split()) for line in (text or "").splitlines()]
    lines = [line for line in lines if line]
    # Drop the headline and byline when trafilatura keeps them: they are not article text.
    while lines and (lines[0].casefold() in heading or _byline_names(lines[0])):
        lines.pop(0)
    while lines and COPYRIGHT.match(lines[-1]):
        lines.pop()
    return "\n".join(lines)

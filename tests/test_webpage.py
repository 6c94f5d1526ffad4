"""A saved web page in (issue 12): article text only, metadata only where the page
states it (each value with its basis), and clear words for pages that can't be read."""

from __future__ import annotations

import codecs
import hashlib
import json
import socket
import time
from pathlib import Path

import pytest

from newsroom.webpage import PageError, WebPage, extract_web_page, read_web_page

PAGES = Path(__file__).parent / "fixtures" / "pages"
FIELDS = ("title", "byline", "url", "published", "outlet")

# Text from a page's navigation, consent banner, sign-in and newsletter prompts, share
# buttons, related links and footer: none of it may reach the body.
BOILERPLATE = [
    "cookies",
    "Accept all",
    "Manage preferences",
    "Sign in",
    "Sign up",
    "Subscribe",
    "newsletter",
    "Morning Briefing",
    "Share on",
    "Share this",
    "Tweet",
    "Copy link",
    "Related stories",
    "Flood warnings issued",
    "Most read",
    "Read next",
    "Naira slides",
    "©",
    "Copyright",
    "rights reserved",
    "Privacy",
    "Puzzles",
    "Join us",
    "Portada",
    "Learn more",
]

FIXTURES = [
    # Full schema.org JSON-LD (@graph, authors and publisher by @id) wins over the Open
    # Graph tags that disagree with it; canonical wins over a share link with utm_source.
    (
        "full_jsonld.html",
        {
            "title": (
                "Harbour board approves £40m flood barrier for Kingsport",
                "JSON-LD NewsArticle.headline",
            ),
            "byline": ("Jane Doe and John Roe", "JSON-LD NewsArticle.author.name"),
            "url": (
                "https://www.northernledger.example/news/2024/03/12/kingsport-flood-barrier-approved",
                '<link rel="canonical">',
            ),
            "published": ("2024-03-12", "JSON-LD NewsArticle.datePublished"),
            "outlet": ("The Northern Ledger", "JSON-LD NewsArticle.publisher.name"),
        },
        [
            "KINGSPORT — The Kingsport Harbour Board on Monday approved",
            "The barrier, a pair of steel gates",
            "“We have asked these families to wait long enough,” said Margaret Ellison",
            "Construction is due to start in September",
            "Not everyone is convinced. Tom Haworth",
            "The board said it would publish a maintenance plan",
        ],
    ),
    # Only Open Graph / article: tags, and a visible "By ..." line for the byline.
    (
        "opengraph_byline.html",
        {
            "title": ("Lagos rail link opens after six-year delay", '<meta property="og:title">'),
            "byline": ("Amara Okafor", "byline line: 'By Amara Okafor'"),
            "url": (
                "https://coastlinereview.example/africa/lagos-rail-link-opens",
                '<meta property="og:url">',
            ),
            "published": ("2023-11-05", '<meta property="article:published_time">'),
            "outlet": ("Coastline Review", '<meta property="og:site_name">'),
        },
        [
            "LAGOS — The first passenger trains ran on Sunday",
            "Commuters who had queued since dawn",
            "“I have been waiting for this since my daughter was born",
            "The state government said the line would carry 500,000",
            "Critics said the cost, put at $1.2 billion",
        ],
    ),
    # A page that states no date, byline, address or outlet: those stay null, and the
    # headline comes from its only <h1> (its line is not repeated in the body).
    (
        "unstated.html",
        {
            "title": ("Allotment society wins fight over water charges", "<h1>"),
            "byline": (None, None),
            "url": (None, None),
            "published": (None, None),
            "outlet": (None, None),
        },
        [
            "Members of the Millbrook Allotment Society",
            "The society had argued that the charge",
            "“It was never about the money so much as the principle,”",
            "The council said the change would cost it about £2,700",
        ],
    ),
    # Declared windows-1252 (http-equiv form): accented names, € and curly quotes decode.
    (
        "windows1252.html",
        {
            "title": ("Bilbao port strike ends after pay deal", '<meta property="og:title">'),
            "byline": ("Zoë Brontë-Müller", '<meta name="author">'),
            "url": (None, None),
            "published": ("2022-06-30", '<meta property="article:published_time">'),
            "outlet": ("Diario del Norte – English edition", '<meta property="og:site_name">'),
        },
        [
            "BILBAO, Spain — Dockers at the port of Bilbao",
            "The strike had left more than 40 container ships waiting off the coast and cost "
            "exporters an estimated €2.5 million a day",
            "“Nobody wins a strike like this, but the workers have been heard,” said José Álvarez "
            "Ibáñez",
            "Søren Ødegaard, chief executive of the Nordic shipping line Fjordlast",
        ],
    ),
]


def metadata(page: WebPage) -> dict[str, tuple[str | None, str | None]]:
    return {field: (getattr(page, field), getattr(page, f"{field}_basis")) for field in FIELDS}


@pytest.mark.parametrize("name, expected, paragraphs", FIXTURES, ids=[f[0] for f in FIXTURES])
def test_saved_page(name, expected, paragraphs):
    path = PAGES / name
    page = read_web_page(path)
    assert metadata(page) == expected
    lines = page.body.split("\n")
    assert len(lines) == len(paragraphs)
    for line, start in zip(lines, paragraphs, strict=True):
        assert line.startswith(start)
    for text in BOILERPLATE:
        assert text not in page.body, text
    assert page.source_file == name
    assert page.source_sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_json_fields_are_the_top_level_draft_fields():
    page = read_web_page(PAGES / "unstated.html")
    assert page.json_fields() == {
        "title": "Allotment society wins fight over water charges",
        "byline": None,
        "url": None,
        "published": None,
        "outlet": None,
        "body": page.body,
    }


PAPER = (PAGES / "opengraph_byline.html").read_bytes()

ENCODINGS = [
    # A UTF-8 byte-order mark (Windows editors add one) is honoured and not kept as text.
    ("bom.html", codecs.BOM_UTF8 + PAPER),
    # A UTF-16 page announces itself only by its byte-order mark; its NULs are not binary.
    ("utf16.html", PAPER.decode("utf-8").encode("utf-16")),
]


@pytest.mark.parametrize("name, data", ENCODINGS, ids=[e[0] for e in ENCODINGS])
def test_byte_order_marks_are_honoured(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    page = read_web_page(path)
    plain = read_web_page(PAGES / "opengraph_byline.html")
    assert (page.body, metadata(page)) == (plain.body, metadata(plain))
    assert page.source_sha256 == hashlib.sha256(data).hexdigest()


def test_a_page_labelled_latin_1_is_read_as_windows_1252(tmp_path):
    # Browsers read "iso-8859-1" as windows-1252, so 0x93/0x94 are curly quotes there.
    html = (PAGES / "unstated.html").read_text().replace("utf-8", "iso-8859-1")
    path = tmp_path / "latin1.html"
    path.write_bytes(html.encode("cp1252"))
    assert "\u201cIt was never about the money" in read_web_page(path).body


PROSE = (
    "<p>The harbour board on Monday approved a £40 million tidal barrier across the mouth of "
    "the river, ending a decade of argument over how to protect the town from storm surges.</p>"
    "<p>Construction is due to start in September and to take 30 months, the board said, with "
    "most of the cost met by the Environment Agency and the rest by the county council.</p>"
)


def article(head: str = "", top: str = "", after: str = "") -> str:
    return (
        f"<!DOCTYPE html><html><head>{head}</head><body><article>{top}{PROSE}{after}"
        "</article></body></html>"
    )


OG_URL = '<meta property="og:url" content="https://a.example/story">'
SITE = '<meta property="og:site_name" content="The Daily Bugle">'


def ld(body: str) -> str:
    return f'<script type="application/ld+json">{body}</script>'


def news(**fields) -> str:
    """A JSON-LD NewsArticle block stating these fields."""
    return ld(json.dumps({"@type": "NewsArticle", **fields}))


def rule(field, html, value, basis, reason):
    return pytest.param(field, html, (value, basis), id=reason)


# Each case: the field, the page, the value and basis expected, and why (the test's id).
RULES = [
    rule(
        "url",
        article(OG_URL + '<link rel="canonical" href="/story">'),
        "https://a.example/story",
        '<meta property="og:url">',
        "a relative canonical needs a base the page does not give: og:url is used",
    ),
    rule(
        "url",
        "<!-- saved from url=(0025)https://b.example/story -->\n" + article(),
        "https://b.example/story",
        "the browser's <!-- saved from url=… --> comment",
        "Chrome records where a page was saved from: the last resort for the address",
    ),
    rule(
        "title",
        article(ld('[{"@type": "WebSite"}, {"@type": "ReportageNewsArticle", "headline": "B"}]')),
        "B",
        "JSON-LD ReportageNewsArticle.headline",
        "JSON-LD as a top-level list, with a NewsArticle subtype the basis names",
    ),
    rule(
        "title",
        article(ld('{"@type": "https://schema.org/NewsArticle", "headline": "B"}')),
        "B",
        "JSON-LD NewsArticle.headline",
        "a type written as a full schema.org address is the same type",
    ),
    rule(
        "title",
        article(
            ld('{"@type": "NewsArticle", "headline": "B",}')
            + '<meta property="og:title" content="C">'
        ),
        "C",
        '<meta property="og:title">',
        "a broken JSON-LD block states nothing: the next source is used",
    ),
    rule(
        "title",
        article("<title>Barrier approved | The Daily Bugle</title>" + SITE),
        "Barrier approved",
        "<title>, less the site name ' | The Daily Bugle'",
        "the <title> less a site name the page states elsewhere, and the basis says so",
    ),
    rule(
        "title",
        article("<title>Barrier approved | Bugle</title>"),
        None,
        None,
        "a <title> with a separator but no stated site name may end in one: not used",
    ),
    rule(
        "title",
        article("<title>Barrier approved</title>", "<h1>Bugle</h1><h1>Barrier</h1>"),
        "Barrier approved",
        "<title>",
        "two <h1>s (a logo and a headline, say): which is the headline is unknown",
    ),
    rule(
        "byline",
        article(news(author=["A Bee", "C Dee", "E Eff"])),
        "A Bee, C Dee and E Eff",
        "JSON-LD NewsArticle.author",
        "three JSON-LD authors given as plain strings",
    ),
    rule(
        "byline",
        article(news(author={"name": "Lindsey O&#039;Donnell"})),
        "Lindsey O'Donnell",
        "JSON-LD NewsArticle.author.name",
        "some sites HTML-escape the strings inside their JSON-LD",
    ),
    rule(
        "byline",
        article('<meta property="article:author" content="https://a.example/jane">'),
        None,
        None,
        "article:author is usually a profile link, which names no one",
    ),
    rule(
        "byline",
        article(top="<p>By Tuesday, the board will decide.</p>"),
        None,
        None,
        "prose that starts with 'By' is not a byline",
    ),
    rule(
        "byline",
        article(after="<p>By Jane Doe</p>"),
        None,
        None,
        "a 'By' line after the prose has begun is not the byline (a photo credit, say)",
    ),
    rule(
        "byline",
        article(top="<footer>By Jane Doe</footer>"),
        None,
        None,
        "nor is one in a footer or the navigation",
    ),
    rule(
        "byline",
        article(top='<p>By <a href="/jane">Jane Doe</a> and <a href="/john">John Roe</a></p>'),
        "Jane Doe and John Roe",
        "byline line: 'By Jane Doe and John Roe'",
        "a byline line whose names are links to the writers' pages",
    ),
    rule(
        "byline",
        article(top="<div>BY JANE DOE in Kingsport | 12 March 2024</div>"),
        "JANE DOE in Kingsport",
        "byline line: 'BY JANE DOE in Kingsport | 12 March 2024'",
        "a byline line with a place, and a date after a separator: the names are kept",
    ),
    rule(
        "published",
        article(news(datePublished="2024-03-12T00:30+01:00")),
        "2024-03-12",
        "JSON-LD NewsArticle.datePublished",
        "the stated local date is kept, not converted to UTC (the day before)",
    ),
    rule(
        "published",
        article('<meta name="date" content="12/03/2024">'),
        None,
        None,
        "a numeric date that is not ISO 8601 is not guessed at: March or December?",
    ),
    rule(
        "published",
        article('<meta property="article:published_time" content="2024-02-30">'),
        None,
        None,
        "an impossible date is not a date",
    ),
    rule(
        "published",
        article(news(datePublished="Tue Jan 28 15:28:56 CET 2020")),
        "2020-01-28",
        "JSON-LD NewsArticle.datePublished",
        "a month in words can't be misread; '56 CET 2020' inside the time is not a date",
    ),
    rule(
        "published",
        article('<meta itemprop="datePublished" content="2019-09-23">'),
        "2019-09-23",
        '<meta itemprop="datePublished">',
        "microdata in a <meta>; the basis keeps the page's spelling of the property",
    ),
    rule(
        "published",
        article(top='<time itemprop="datePublished">24 September 2019</time>'),
        "2019-09-24",
        '<time itemprop="datePublished">',
        "microdata on a visible <time> states the date, here only in its text",
    ),
    rule(
        "published",
        article(top='<time itemprop="datePublished" datetime="2021-07-04">4 July</time>'),
        "2021-07-04",
        '<time itemprop="datePublished">',
        "microdata's datetime attribute is the machine-readable date",
    ),
]


@pytest.mark.parametrize("field, html, expected", RULES)
def test_metadata_rules(field, html, expected):
    page = extract_web_page(html, "page.html", "0" * 64)
    assert (getattr(page, field), getattr(page, f"{field}_basis")) == expected


def test_body_drops_the_headline_byline_and_copyright_lines():
    html = article(top="<h1>Barrier approved</h1><p>By Jane Doe</p>", after="<p>© Bugle 2024</p>")
    page = extract_web_page(html, "page.html", "0" * 64)
    assert page.body.startswith("The harbour board on Monday")
    assert len(page.body.split("\n")) == 2


def test_body_drops_the_stated_byline_standing_alone_above_the_text():
    html = article(news(author={"name": "Jane Doe"}), top="<p>Jane Doe</p>")
    page = extract_web_page(html, "page.html", "0" * 64)
    assert page.byline == "Jane Doe"
    assert page.body.startswith("The harbour board on Monday")


MHTML = (
    b"From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\r\n"
    b"<html><body><p>Hi</p></body></html>"
)


def bad(name, data, words, reason):
    return pytest.param(name, data, words, id=reason)


# Each case: the file, its bytes, what the message must say, and why (the test's id).
BAD = [
    bad(
        "no_article.html",
        (PAGES / "no_article.html").read_bytes(),
        ["no_article.html: has no article text", "Save Page As", "paste the article into a .txt"],
        "a paywall page: metadata but no article; advice: save it whole or paste the text",
    ),
    bad(
        "photo.html",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
        ["photo.html: is a binary file", "save it again"],
        "an image renamed .html",
    ),
    bad(
        "latin.html",
        b"<html><body><p>" + b"x" * 45 + b"caf\xe9</p></body></html>",
        ["latin.html: byte 63 is not valid utf-8 text", "<meta charset>"],
        "no declared encoding, and a Latin-1 byte that is not UTF-8",
    ),
    bad(
        "cp.html",
        b'<meta charset="windows-1252"><p>\x81</p>',
        ["cp.html: byte 32 is not valid windows-1252 text"],
        "declared windows-1252 but holding a byte windows-1252 leaves undefined",
    ),
    bad(
        "odd.html",
        b'<meta charset="klingon-8"><p>Hi</p>',
        ["odd.html: declares an unknown encoding 'klingon-8'"],
        "an encoding label no browser knows",
    ),
    bad("empty.html", b"  \n", ["empty.html: is empty"], "an empty file"),
    bad(
        "page.mhtml",
        MHTML,
        ["page.mhtml: is a single-file web archive", "'Web Page, complete'"],
        "Save Page As, Web Page, Single File writes MHTML: a MIME archive, not HTML",
    ),
    bad(
        "notes.html",
        b"Council votes to close the library.\n",
        ["notes.html: is not an HTML page", ".txt"],
        "plain text saved with a .html name: advice: make it a .txt",
    ),
]


@pytest.mark.parametrize("name, data, words", BAD)
def test_bad_pages_get_one_clear_message(tmp_path, name, data, words):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(PageError) as raised:
        read_web_page(path)
    message = str(raised.value)
    for word in words:
        assert word in message
    # One message, not a chained traceback of the decoding or parsing error behind it.
    assert raised.value.__cause__ is None
    assert raised.value.__context__ is None or raised.value.__suppress_context__


def test_a_missing_file_is_a_page_error(tmp_path):
    with pytest.raises(PageError, match="missing.html: cannot be read"):
        read_web_page(tmp_path / "missing.html")


def test_extraction_never_touches_the_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("network used")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    for name, *_ in FIXTURES:
        read_web_page(PAGES / name)


def test_extraction_is_fast():
    # The first page in a process pays once (~0.5 s) for loading justext's word lists.
    for name, *_ in FIXTURES:
        read_web_page(PAGES / name)
    for name, *_ in FIXTURES:
        start = time.perf_counter()
        read_web_page(PAGES / name)
        assert time.perf_counter() - start < 0.5, name

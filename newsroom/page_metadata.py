"""What a saved page states about its article: title, byline, canonical URL,
publication date and outlet, each with the basis it was found in (JSON-LD,
Open Graph and meta tags, <link rel="canonical">, a visible byline line).
Never a guess: what the page does not state is None."""

from __future__ import annotations

import html as entities
import json
import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

import lxml.html

# schema.org Article, NewsArticle and NewsArticle's subtypes.
NEWS_KINDS = ("", "Reportage", "Analysis", "Opinion", "Background", "Review", "AskPublic")

Found = tuple[str, str]  # (value, basis)


ARTICLE_TYPES = {"Article", "BlogPosting"} | {kind + "NewsArticle" for kind in NEWS_KINDS}


# Titles often end (or start) with the outlet's name: "Headline | The Daily Bugle".
TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ")


# A byline line: "By Jane Doe and John Roe", "By Jane Doe in Kingsport | 12 March".
BYLINE = re.compile(r"(?i:by)\s+(?P<names>[^|·•]{2,80}?)\s*(?:[|·•].*)?", re.DOTALL)


BYLINE_LOWER_WORDS = {"and", "&", "in", "de", "da", "del", "van", "von", "der", "la", "le", "al"}


CHROME_TAGS = {"nav", "footer", "aside", "form", "script", "style", "noscript", "template"}


SAVED_FROM = re.compile(r"<!-- saved from url=\(\d+\)(\S+?) -->")


MONTHS = "january february march april may june july august september october november december"


# Dates with the month written out can't be misread (unlike 03/04/2024): "24 September
# 2019", "September 24, 2019", "Tue Jan 28 15:28:56 CET 2020".
WORDY_DATES = [
    re.compile(r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\.? (?P<m>[A-Za-z]{3,9})\.?,? (?P<y>\d{4})\b"),
    re.compile(
        r"(?P<m>[A-Za-z]{3,9})\.? (?P<d>\d{1,2})(?:st|nd|rd|th)?,? (?:[\d:]+ \w+ )?(?P<y>\d{4})\b"
    ),
]


@dataclass
class Sources:
    """Everything on a page that can state metadata, gathered once."""

    tree: lxml.html.HtmlElement
    html: str
    article: dict | None  # the JSON-LD Article-like node
    kind: str  # its @type, for the basis: "NewsArticle"
    ids: dict[str, dict]  # JSON-LD nodes by @id
    meta: dict[str, Found]  # <meta> content by property / name / itemprop

    def ld(self, key: str) -> Found | None:
        value = self.article.get(key) if self.article else None
        # Some sites HTML-escape inside JSON-LD: "O&#039;Donnell".
        value = entities.unescape(value) if isinstance(value, str) else value
        return (value, f"JSON-LD {self.kind}.{key}") if value else None


def find_metadata(tree, html: str) -> tuple[Found | None, ...]:
    """(title, byline, url, published, outlet), each (value, basis) or None."""
    sources = Sources(tree, html, *_jsonld_article(tree), _meta_tags(tree))
    outlets = [_ld_names(sources.ld("publisher"), sources.ids), sources.meta.get("og:site_name")]
    outlet_names = {found[0].casefold() for found in outlets if found}
    return (
        _title(sources, outlet_names),
        _byline(sources),
        _url(sources),
        _published(sources),
        _first(outlets),
    )


def _title(sources: Sources, outlet_names: set[str]) -> Found | None:
    h1s = [_text(h1) for h1 in sources.tree.iter("h1")]
    candidates = [
        sources.ld("headline"),
        sources.meta.get("og:title"),
        sources.meta.get("twitter:title"),
        (h1s[0], "<h1>") if len(h1s) == 1 else None,  # several <h1>s: which one is ambiguous
        _title_tag(sources.tree),
    ]
    return _first(_strip_site_name(c, outlet_names) for c in candidates if _is_text(c))


def _byline(sources: Sources) -> Found | None:
    # article:author is usually a profile link, which names no one: such values are skipped.
    tags = [sources.meta.get("author"), sources.meta.get("article:author")]
    tags = [found for found in tags if found and not _is_web_address(found[0])]
    ld = _ld_names(sources.ld("author"), sources.ids)
    return _first([ld, *tags, _byline_line(sources.tree)])


def _url(sources: Sources) -> Found | None:
    links = [link for link in sources.tree.iter("link") if "canonical" in _rels(link)]
    canonical = (links[0].get("href", "").strip(), '<link rel="canonical">') if links else None
    main_entity = sources.ld("mainEntityOfPage")
    if main_entity and isinstance(main_entity[0], dict):  # {"@id": "https://..."}
        main_entity = (main_entity[0].get("@id") or main_entity[0].get("url"), main_entity[1])
    saved = SAVED_FROM.search(sources.html[:2000])
    candidates = [
        canonical,
        sources.ld("url"),
        main_entity,
        sources.meta.get("og:url"),
        (saved[1], "the browser's <!-- saved from url=… --> comment") if saved else None,
    ]
    # A relative address would need a base we were not told: only absolute ones count.
    return _first(c for c in candidates if _is_text(c) and _is_web_address(c[0]))


def _published(sources: Sources) -> Found | None:
    candidates = [
        sources.ld("datePublished"),
        sources.meta.get("article:published_time"),
        sources.meta.get("datepublished"),  # <meta itemprop="datePublished">
        _microdata_date(sources.tree),
        sources.meta.get("pubdate"),
        sources.meta.get("date"),
    ]
    return _first((_iso_date(c[0]), c[1]) for c in candidates if _is_text(c))


def _rels(link) -> set[str]:
    return set((link.get("rel") or "").lower().split())


def _is_text(found) -> bool:
    return bool(found) and isinstance(found[0], str)


def _first(candidates) -> Found | None:
    return next((c for c in candidates if c and c[0]), None)


def _text(element) -> str:
    return " ".join(element.text_content().split())


def _clean(value) -> str | None:
    return (" ".join(value.split()) or None) if isinstance(value, str) else None


def _jsonld_article(tree) -> tuple[dict | None, str, dict[str, dict]]:
    """The first Article-like JSON-LD node (at top level, in a list or in @graph), its
    type name, and every node by @id (so that "author": {"@id": ...} can be followed)."""
    nodes: list[dict] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").split(";")[0].strip().lower() != "application/ld+json":
            continue
        try:
            _collect(json.loads(script.text or "", strict=False), nodes)
        except ValueError:
            continue  # a broken block states nothing we can rely on
    ids = {node["@id"]: node for node in nodes if isinstance(node.get("@id"), str)}
    for node in nodes:
        types = node.get("@type")
        for kind in types if isinstance(types, list) else [types]:
            # "schema:NewsArticle" and "https://schema.org/NewsArticle" name the same type.
            short = re.split(r"[/:]", kind)[-1] if isinstance(kind, str) else None
            if short in ARTICLE_TYPES:
                return node, short, ids
    return None, "", ids


def _collect(data, nodes: list[dict]) -> None:
    if isinstance(data, list):
        for item in data:
            _collect(item, nodes)
    elif isinstance(data, dict):
        nodes.append(data)
        _collect(data.get("@graph"), nodes)


def _ld_names(found: Found | None, ids: dict[str, dict]) -> Found | None:
    """JSON-LD author or publisher -> "A", "A and B", "A, B and C"; people given as a
    string, an object with a name, an @id reference, or a list of these."""
    if not found:
        return None
    names, suffix = [], ""
    for item in found[0] if isinstance(found[0], list) else [found[0]]:
        if isinstance(item, dict):
            suffix = ".name"
            reference = item.get("@id")
            if "name" not in item and isinstance(reference, str):
                item = ids.get(reference, item)
        name = _clean(item.get("name") if isinstance(item, dict) else item)
        name = entities.unescape(name) if name else None
        if name and not _is_web_address(name):  # a profile link is not a name
            names.append(name)
    if not names:
        return None
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return joined, found[1] + suffix


def _meta_tags(tree) -> dict[str, Found]:
    """<meta property|name|itemprop="Key" content="..."> -> {key: (content, basis)}, keyed
    in lower case (sites vary) while the basis keeps the page's own spelling."""
    found: dict[str, Found] = {}
    for meta in tree.iter("meta"):
        content = _clean(meta.get("content"))
        for attribute in ("property", "name", "itemprop"):
            key = (meta.get(attribute) or "").strip()
            if key and content:
                found.setdefault(key.lower(), (content, f'<meta {attribute}="{key}">'))
    return found


def _microdata_date(tree) -> Found | None:
    for element in tree.xpath('//*[@itemprop="datePublished"][not(self::meta)]'):
        value = _clean(element.get("datetime") or element.get("content") or _text(element))
        if value:
            return value, f'<{element.tag} itemprop="datePublished">'
    return None


def _title_tag(tree) -> Found | None:
    title = tree.find(".//title")
    text = _text(title) if title is not None else ""
    return (text, "<title>") if text else None


def _strip_site_name(found: Found, outlets: set[str]) -> Found | None:
    """Drop a stated outlet name from either end of a title. A <title> that still
    has a separator may carry a site name we were not told, so it is not used."""
    title, basis = found
    for separator in TITLE_SEPARATORS:
        head, _, tail = title.rpartition(separator)
        if head and tail.casefold() in outlets:
            return head, f"{basis}, less the site name {separator + tail!r}"
        head, _, tail = title.partition(separator)
        if tail and head.casefold() in outlets:
            return tail, f"{basis}, less the site name {head + separator!r}"
    if basis == "<title>" and any(s in title for s in TITLE_SEPARATORS):
        return None
    return found


def _byline_line(tree) -> Found | None:
    """A short "By Jane Doe" line before the article's prose starts."""
    body = tree.find("body")
    for element in (body if body is not None else tree).iter():
        if not isinstance(element.tag, str) or element.tag in CHROME_TAGS:
            continue
        if any(a.tag in CHROME_TAGS for a in element.iterancestors()):
            continue
        text = _text(element)
        if element.tag == "p" and len(text.split()) >= 25:
            return None  # the prose has begun; a later "By ..." is not the byline
        names = _byline_names(text) if len(text) <= 120 else None
        if names:
            return names, f"byline line: {text!r}"
    return None


def _byline_names(line: str) -> str | None:
    """ "By Jane Doe and John Roe" -> "Jane Doe and John Roe"; None for prose such as
    "By Tuesday, the board..." (every word must be capitalised or a name connector)."""
    match = BYLINE.fullmatch(line)
    if not match:
        return None
    names = match["names"].strip(" ,")
    words = names.replace(",", " ").split()
    ok = all(w[0].isupper() or w in BYLINE_LOWER_WORDS for w in words)
    return names if ok and 1 <= len(words) <= 12 and words[0][0].isupper() else None


def _iso_date(value: str) -> str | None:
    """The calendar date the page states, from ISO 8601 or a date with the month in
    English words; None for anything else. The stated local date is kept: converting
    "2024-03-12T00:30+01:00" to UTC would change the day."""
    iso = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T ])", value)
    matches = [iso] if iso else [m for p in WORDY_DATES for m in p.finditer(value)]
    for match in matches:
        try:
            if match is iso:
                return date(*map(int, match.groups())).isoformat()
            if month := _month(match["m"]):  # "56 CET 2020" in a time is not a date
                return date(int(match["y"]), month, int(match["d"])).isoformat()
        except ValueError:  # no such day: 2024-02-30
            return None
    return None


def _month(word: str) -> int | None:
    """ "September", "Sep" or "Sept" -> 9; None for a word that is not a month."""
    word = word.lower()
    for number, name in enumerate(MONTHS.split(), start=1):
        if word in (name, name[:3]) or (word == "sept" and number == 9):
            return number
    return None


def _is_web_address(value: str) -> bool:
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.netloc)

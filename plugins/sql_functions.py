"""SQL functions for reading spans and searching, usable in any query.

Offsets in this database are 0-based and end-exclusive, as in Python, while
SQLite's substr() is 1-based: span_text() spares readers that off-by-one.

fts_query() is the one rule by which every search box turns what a reader typed
into a full-text query (the site search at /-/search and the "search the
quotes" query alike), so the same words find the same rows everywhere:

- words: every word is required (troops withdrawal);
- "quotation marks": the words in this order (an unbalanced mark closes at the end);
- a word or quotation with a minus in front: rows without it (NATO -Russia);
- OR between two terms: either of them (Kuleba OR Stoltenberg);
- a star after a word: words that start so (escalat*).

Anything else, FTS5's own syntax included (AND, NOT, NEAR, parentheses, column
filters, ^), is read as plain words and can never cause a syntax error. A
hyphenated word ("de-escalation") is searched as the phrase it is.
fts_describe() says in words how a query was read, for the search pages.

sentence_at(), figure_scope(), article_source() and format_number() serve the
figures comparison: the sentence a figure stands in, what its own text counts,
who gives it as the article states it, and a value as a reader writes it.
"""

import re

from datasette import hookimpl


def span_text(body, start, end):
    if body is None or start is None or end is None:
        return None
    return body[int(start) : int(end)]


# FTS5 operators a reader may type: AND and NOT are dropped (every word is
# required anyway; a minus excludes), NEAR too. OR is kept, between two terms.
DROPPED_OPERATORS = {"AND", "NOT", "NEAR"}
TOKEN = re.compile(r'(-?)"([^"]*)"?|([^\s"()]+)')
WORD = re.compile(r"\w+")


class Term:
    def __init__(self, words: list[str], prefix: bool = False, negated: bool = False):
        self.words, self.prefix, self.negated = words, prefix, negated

    def fts(self) -> str:
        return '"' + " ".join(self.words) + '"' + (" *" if self.prefix else "")

    def text(self) -> str:
        return " ".join(self.words) + ("…" if self.prefix else "")


def parse_search(text: str) -> tuple[list[list[Term]], list[Term]]:
    """(groups of alternatives that are all required, excluded terms)."""
    items: list[Term | str] = []
    for match in TOKEN.finditer(text or ""):
        minus, phrase, bare = match.groups()
        if phrase is not None:
            words = WORD.findall(phrase)
            if words:
                items.append(Term(words, negated=bool(minus)))
            continue
        if bare in ("OR", "|"):
            items.append("OR")
            continue
        if bare in DROPPED_OPERATORS:
            continue
        negated = bare.startswith("-") and len(bare) > 1
        words = WORD.findall(bare)
        if words:
            prefix = bare.rstrip(")\"'.,;:!?").endswith("*")
            items.append(Term(words, prefix=prefix, negated=negated))
    groups: list[list[Term]] = []
    excluded: list[Term] = []
    join_next = False
    for item in items:
        if item == "OR":
            join_next = bool(groups)
            continue
        if item.negated:
            excluded.append(item)
            join_next = False
            continue
        if join_next:
            groups[-1].append(item)
        else:
            groups.append([item])
        join_next = False
    return groups, excluded


def fts_query(text):
    """Whatever a reader typed, as a valid FTS5 query (see the module docstring).
    With nothing to look for (no word, or only excluded ones) it is '""',
    which matches nothing."""
    groups, excluded = parse_search(text)
    if not groups:
        return '""'
    parts = [
        group[0].fts() if len(group) == 1 else "(" + " OR ".join(t.fts() for t in group) + ")"
        for group in groups
    ]
    query = " ".join(parts)
    if excluded:
        query = f"({query})" + "".join(f" NOT {term.fts()}" for term in excluded)
    return query


def fts_describe(text):
    """How fts_query() reads the text, in words: 'NATO; not Russia'."""
    groups, excluded = parse_search(text)
    if not groups:
        if excluded:
            return "nothing: give at least one word to look for, not only words to leave out"
        return "nothing: no words given"
    said = "; ".join(" or ".join(f"“{t.text()}”" for t in group) for group in groups)
    if excluded:
        said += "; without " + " or ".join(f"“{t.text()}”" for t in excluded)
    return said


def figure_scope(subject):
    """What a figure's own text counts: the part of its subject after ': ', or
    the whole subject ("Russian troops massed near Ukraine: around Ukraine" ->
    "around Ukraine")."""
    if subject is None:
        return None
    topic, colon, scope = str(subject).partition(": ")
    return scope if colon and topic else str(subject)


def article_source(outlet, distributor):
    """Who gives an article's figure, as the article states it."""
    if outlet and distributor:
        return f"{outlet} (outlet), distributed by {distributor}"
    if outlet:
        return f"{outlet} (outlet)"
    if distributor:
        return f"{distributor} (distributor; the article names no outlet)"
    return "outlet not stated"


def format_number(value):
    """150000.0 -> '150,000'; 2.5 -> '2.5'."""
    if value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return str(value)
    return f"{number:,.0f}" if number.is_integer() else f"{number:,}"


SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s+|\n")
# A full stop that ends an abbreviation, not a sentence: "U.S.", "Maj. Gen.", "Feb. 19".
ABBREVIATION = re.compile(
    r"(?:\b(?:[A-Z]\.)+|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Maj|Col|Lt|Sgt|Gov|Sen|Rep|Jan|Feb|Mar|Apr|Jun|"
    r"Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|vs|etc)\.)$"
)


def _sentence_ends(body: str, start: int = 0, end: int | None = None):
    for match in SENTENCE_END.finditer(body, start, len(body) if end is None else end):
        # Only the few characters before the full stop matter (\b still sees
        # the character before the window).
        window = max(0, match.start() - 12)
        if match.group().startswith(".") and ABBREVIATION.search(body, window, match.start() + 1):
            continue
        yield match


def sentence_at(body, start, end):
    """The sentence of body around [start, end): from after the previous
    sentence end (or line break) to the next one. Null when the body is withheld."""
    if body is None or start is None or end is None:
        return None
    start, end = int(start), int(end)
    # The last sentence end before the span: look back a little, then further.
    begin, window = None, 400
    while begin is None:
        low = max(0, start - window)
        for match in _sentence_ends(body, low, start):
            begin = match.end()
        if low == 0:
            begin = begin or 0
        window *= 4
    found = next(_sentence_ends(body, end), None)
    return body[begin : found.end() if found else len(body)].strip()


@hookimpl
def prepare_connection(conn):
    # deterministic=True lets SQLite use the function in indexes and views.
    conn.create_function("span_text", 3, span_text, deterministic=True)
    conn.create_function("fts_query", 1, fts_query, deterministic=True)
    conn.create_function("fts_describe", 1, fts_describe, deterministic=True)
    conn.create_function("format_number", 1, format_number, deterministic=True)
    conn.create_function("sentence_at", 3, sentence_at, deterministic=True)
    conn.create_function("figure_scope", 1, figure_scope, deterministic=True)
    conn.create_function("article_source", 2, article_source, deterministic=True)

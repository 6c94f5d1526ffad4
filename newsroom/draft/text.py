"""Text primitives: slugs, tokens, capitalised word runs, sentences, paragraphs."""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from dataclasses import dataclass

from ..spans import occurrences
from .givennames import given_names
from .titles import ABBREVIATIONS, TITLE_ABBREVIATIONS, TITLE_WORDS
from .wordlists import PARTICLES, SPEECH_VERBS

# Capital and small letters of every Latin, Greek and Cyrillic alphabet, for
# regular expressions: "[A-Z]" misses "Łukasz", "Öztürk" and "Đorđe".
_LETTERS = [chr(c) for c in [*range(0x41, 0x530), *range(0x1E00, 0x1F00)]]
UPPER = "[" + re.escape("".join(ch for ch in _LETTERS if ch.isupper())) + "]"
LOWER = "[" + re.escape("".join(ch for ch in _LETTERS if ch.islower())) + "]"
# A nickname in quotation marks between a first name and a surname:
# 'João “Jota” Silva', 'Facundo "el Gato" Arévalo'. The marks do not end the name.
NICKNAME = re.compile(
    r"(?<=\w) (?P<open>[“\"‘'])(?P<nick>(?:(?:el|la|il|le|lo|o|a|os|as|the|de|da) )?"
    + UPPER
    + r"[\w’'\-]*(?: "
    + UPPER
    + r"[\w’'\-]*)?)"
    r"(?P<close>[”\"’']) (?=" + UPPER + r")"
)


def slugify(text: str, max_words: int = 10) -> str:
    """An id slug: ASCII lowercase words joined by hyphens, at most ``max_words``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", ascii_text.lower().replace("'", ""))
    slug = "-".join(words[:max_words])
    return slug or "untitled"


def title_of(text: str) -> str:
    """The first non-empty line: plain-text articles start with their headline."""
    for line in text.split("\n"):
        if line.strip():
            return line.strip()
    return "Untitled"


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


# ‘ and ʻ (the Polynesian ʻokina) inside a word: "Nuku‘alofa", "Hawaiʻi"
TOKEN = re.compile(r"\w+(?:[-’'.‘ʻ]\w+)*")


# Central Asian and Azerbaijani names end in "son of" or "daughter of", in lower case:
# "Kanybek Toktogul uulu", "Aizada Nurlan kyzy", "Ilham Aliyev oglu".
PATRONYMIC_ENDINGS = {"uulu", "kyzy", "uly", "qyzy", "qizi", "kizi", "ogly", "oglu", "ugli"}
# A surname joined to its lowercase article: "al-Rashid", "el-Sisi", "bin-Laden".
ARABIC_ARTICLE = r"(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu|bint)-"
JOINED_ARTICLE = re.compile(ARABIC_ARTICLE + UPPER + r"\w*")
# A French or Italian elided "de" inside a name: "Côte d'Ivoire", "Giscard d’Estaing".
ELIDED = r"(?:d|dell|dall)['’]"
ELIDED_PARTICLE = re.compile(ELIDED + UPPER + r"\w*")
# Either lower-case article a surname may open with: "al-Rashid", "d’Estaing".
LOWER_ARTICLE = r"(?:" + ARABIC_ARTICLE + "|" + ELIDED + ")"
PATRONYMIC_ENDING = r"(?:" + "|".join(sorted(PATRONYMIC_ENDINGS)) + r")"


def tokens(body: str) -> list[Token]:
    # Apostrophes and hyphens stay inside a word ("O’Brien", "Secretary-General");
    # dots too when a letter follows ("U.S" of "U.S.").
    return [Token(m.group(), m.start(), m.end()) for m in TOKEN.finditer(body)]


def is_sentence_initial(body: str, start: int) -> bool:
    before = body[:start].rstrip(' “"‘(')
    return not before or before[-1] in ".!?\n:"


def strip_possessive(token: Token) -> Token:
    for suffix in ("’s", "'s", "’", "'"):
        if token.text.endswith(suffix) and len(token.text) > len(suffix):
            return Token(token.text[: -len(suffix)], token.start, token.end - len(suffix))
    return token


def is_abbreviation(word: str) -> bool:
    """A title or other abbreviation, or initials ("J", "A.J")."""
    return word in ABBREVIATIONS or bool(re.fullmatch(r"(?:[A-Z]\.)*[A-Z]", word))


@dataclass(frozen=True)
class Run:
    """Capitalised words in a row, joined by single spaces (or ". " after an initial)."""

    tokens: tuple[Token, ...]

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end

    def text(self, body: str) -> str:
        return body[self.start : self.end]

    def words(self) -> list[str]:
        return [t.text for t in self.tokens]


def capitalised_runs(body: str) -> list[Run]:
    runs: list[Run] = []
    current: list[Token] = []
    particles: list[Token] = []  # "van", "de": kept only between capitalised words
    last_end = 0

    def flush() -> None:
        if current:
            runs.append(Run(tuple(current)))
        current.clear()
        particles.clear()

    nickname_gaps = set()
    nicknames = []  # a lowercase "el" of "el Gato" stays in the name's run
    for match in NICKNAME.finditer(body):
        nickname_gaps.add((match.start(), match.start("nick")))
        nickname_gaps.add((match.end("nick"), match.end()))
        nicknames.append((match.start("nick"), match.end("nick")))
    for raw in tokens(body):
        token = strip_possessive(raw)
        if current:
            gap = body[last_end : raw.start]
            previous = (particles or current)[-1]
            if not (
                gap == " "
                or (gap == ". " and not particles and is_abbreviation(previous.text))
                or (gap == ". " and not particles and _given_name_abbreviated(current, raw.text))
                or (last_end, raw.start) in nickname_gaps
            ):
                flush()
        if raw.capitalised or (current and any(a <= raw.start < b for a, b in nicknames)):
            current.extend(particles)
            particles.clear()
            current.append(token)
            last_end = raw.end
            if token is not raw:  # a possessive ends the name ("Russia's President")
                flush()
        elif current and (
            JOINED_ARTICLE.fullmatch(token.text)
            or ELIDED_PARTICLE.fullmatch(token.text)
            or token.text in PATRONYMIC_ENDINGS
        ):
            # "Mohammed al-Rashid": an Arabic surname with its article goes on the name
            current.extend(particles)
            particles.clear()
            current.append(token)
            last_end = raw.end
            if token is not raw:
                flush()
        elif current and raw.text == "the" and _honourable_after(body, raw.end, current):
            particles.append(raw)  # "Dr the Hon. Terrance Drew", as the Caribbean writes it
            last_end = raw.end
        elif current and raw.text in PARTICLES and len(particles) < 2:  # "von der"
            particles.append(raw)
            last_end = raw.end
        else:
            flush()
    flush()
    return runs


def _honourable_after(body: str, end: int, current: list[Token]) -> bool:
    return current[-1].text in ("Dr", "Prof", "Rev", "Senator", "Sen") and bool(
        re.match(r" (?:Hon\b|Honourable\b|Honorable\b|Rt\b|Right Hon)", body[end : end + 16])
    )


# Given names abbreviated after a title: "Gov. Ma. Theresa Baldemor" (Maria), "Wm." and
# "Jos." in older styles. Only after a title: "Jack Ma." ends a sentence.
GIVEN_ABBREVIATIONS = {"Ma", "Wm", "Jos", "Chas", "Thos", "Geo"}


def _given_name_abbreviated(current: list[Token], following: str) -> bool:
    """ "Ma." (María) or "Wm." stays in the name it opens: after a title ("Engr. Ma.
    Theresa", "Councilor Ma. Teresa"), or first in a run before a known given name
    ("Ma. Luisa Santos"); but "Jack Ma." ends a sentence before "Teresa"."""
    if not current or current[-1].text not in GIVEN_ABBREVIATIONS:
        return False
    if len(current) == 1:
        return following in given_names()
    return current[-2].text in TITLE_ABBREVIATIONS or current[-2].text in TITLE_WORDS


SENTENCE_END = re.compile(r"[.!?…][”\"’)]*(?=\s|$)|\n")


def sentence_bounds(body: str, position: int) -> tuple[int, int]:
    """The sentence around ``position``, from the sentence list of its paragraph."""
    spans = sentence_spans(body)
    index = bisect.bisect_right([start for start, _ in spans], position) - 1
    if index < 0:
        return spans[0] if spans else (0, len(body))
    start, end = spans[index]
    if position > end and index + 1 < len(spans):
        return spans[index + 1]
    return start, end


@functools.lru_cache(maxsize=16)
def sentence_spans(body: str) -> tuple[tuple[int, int], ...]:
    """Sentences as (start, end) offsets: paragraphs split by pySBD, a rule-based
    segmenter that knows abbreviations ("Maj. Gen.", "Feb. 19", "U.S.") and
    quotations. A line break always ends a sentence."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for paragraph in body.split("\n"):
        if paragraph.strip():
            for part in _segmenter().segment(paragraph):
                start = offset + part.start
                end = offset + part.start + len(part.sent.rstrip())
                while start < end and body[start].isspace():
                    start += 1
                if start < end:
                    if spans and _after_title(body, spans[-1], start):
                        start = spans.pop()[0]  # "Det. Insp." | "Jane Smith said": one sentence
                    spans.append((start, end))
        offset += len(paragraph) + 1
    return tuple(spans)


def _after_title(body: str, span: tuple[int, int], next_start: int) -> bool:
    """Whether a sentence pySBD ended really ends with an abbreviated title ("said
    Atty." before "Gen. Tom Reyes"): pySBD does not know every newsroom's ranks. Or
    with a given name abbreviated after a title, before a given name: "said Engr.
    Ma." | "Theresa Ocampo" (Maria), but "said Mr. Ma." | "Then he left"."""
    match = re.search(
        r"(?:^|\s)(?:([A-Z][a-z]{0,4})\.\s)?([A-Z][a-z]{0,4})\.$", body[span[0] : span[1]]
    )
    if match and match.group(2) in GIVEN_ABBREVIATIONS:
        after = re.match(r"\s*([^\W\d_]+)", body[next_start : next_start + 30])
        before = re.search(r"(?:^|\s)([A-Z][\w-]*)\s+\S+$", body[span[0] : span[1]])
        title = match.group(1) in TITLE_ABBREVIATIONS or bool(
            before and before.group(1) in TITLE_WORDS  # "Councilor Ma." | "Teresa"
        )
        # or a role noun in lower case: "tourism officer Ma." | "Cristina" (not "said Ma.")
        role = re.search(r"(?:^|\s)([a-z]+)\s+\S+$", body[span[0] : span[1]])
        title = title or bool(role and role.group(1) not in SPEECH_VERBS)
        return title and bool(after) and after.group(1) in given_names()
    return bool(match) and match.group(2) in TITLE_ABBREVIATIONS


@functools.lru_cache(maxsize=1)
def _segmenter():
    import pysbd

    # pySBD builds a regular expression per abbreviation for every text it splits,
    # more than the 512 that Python's ``re`` keeps compiled, so each article compiled
    # them all again: a third of the drafting time. A larger cache (a private
    # setting of CPython's ``re``, read at each call; harmless where it is absent)
    # took drafting from 115 to 82 ms per 1,000 words on the eval sets.
    if getattr(re, "_MAXCACHE", 0) < RE_CACHE_SIZE:
        re._MAXCACHE = RE_CACHE_SIZE
    return pysbd.Segmenter(language="en", clean=False, char_span=True)


RE_CACHE_SIZE = 8192


def ends_sentence(body: str, match: re.Match, offset: int = 0) -> bool:
    """Whether a sentence-end match (of a text that starts at ``offset`` in the
    body) ends a sentence: "Maj. Gen." and "Feb. 19" do not; "in the U.S. The" is
    rare enough to accept."""
    if match.group() == "\n":
        return True
    stop = match.start() + offset
    word = re.search(r"[\w.]+$", body[max(0, stop - 40) : stop])
    if not word or body[stop] != ".":
        return True
    text = word.group()
    if text in GIVEN_ABBREVIATIONS and _after_title(body, (max(0, stop - 40), stop + 1), stop + 1):
        return False  # "said Engr. Ma. Theresa Ocampo"
    return not is_abbreviation(text.rstrip(".").split(".")[-1] if "." in text else text)


def paragraph_bounds(body: str, position: int) -> tuple[int, int]:
    start = body.rfind("\n", 0, position) + 1
    end = body.find("\n", position)
    return start, len(body) if end == -1 else end


def occurrence_of(body: str, text: str, start: int) -> int | None:
    """The 1-based occurrence to write, or None when the text is unique."""
    starts = occurrences(body, text)
    if len(starts) <= 1:
        return None
    return starts.index(start) + 1 if start in starts else body.count(text, 0, start) + 1


# An open relative clause: ", who farms 32,000 acres near " (a number's comma or
# point stays inside it).
OPEN_RELATIVE_CLAUSE = re.compile(
    r",\s+(?:who|whose|which|where)\b(?:[^,.“”\"\n]|(?<=\d)[,.](?=\d))*$"
)


def inside_a_relative_clause(body: str, position: int) -> bool:
    """ "Kirsty McKay, who farms near Hill Cove, said": words inside a relative
    clause are not the subject of the verb that closes it."""
    return bool(OPEN_RELATIVE_CLAUSE.search(body[max(0, position - 160) : position]))


# Gaelic surname prefixes, capitalised: "Ní Chonaill", "Mac Mathúna", "Ó Dálaigh".
# Arabic ones: "Abu Hammour" of "Mohammad Abu Hammour", "Al Mansoori", "Ould Cheikh".
SURNAME_PREFIXES = {
    "Ní", "Nic", "Mac", "Mc", "Ó", "Ua", "Uí", "Mhic", "Ap", "Abu", "Abou", "Al", "El", "Bin",
    "Ould",
    # Saint Lucian and Haitian compound surnames: "Jn Baptiste" (Jean-Baptiste), "St Rose"
    "Jn", "St", "Ste",
}  # fmt: skip


# A place opening its sentence before a comma ("At Kesarbari Tea Estate, a plucker
# who ... said"): what follows the comma is the sentence's subject, not an apposition.
OPENING_PLACE = re.compile(r"(?:^|[.\n]\s*)(?:At|In|Near|Outside|On)\s+$")


def without_nickname(body: str, plain: list) -> str:
    """The name's words less its nickname, joined as printed where they touch
    ('Ma. Teresa "Tess" Ybañez-Cuizon': "Ma. Teresa Ybañez-Cuizon")."""
    parts = [plain[0].text]
    for before, token in zip(plain, plain[1:], strict=False):
        gap = body[before.end : token.start]
        parts.append((gap if gap in (" ", ". ") else " ") + token.text)
    return "".join(parts)

"""Other spellings of a small town's own name that newsrooms print.

GeoNames lists many alternate names for every town, and for a town of a few
thousand people most are other places' names, old names or other languages'
names, too risky to look up. A few are the town's own name spelled another way:
a transliteration with or without an apostrophe ("Medvezh'yegorsk",
"Medvezhyegorsk"), a doubled letter ("Lokichogio", "Lokichoggio"), a hyphen or a
space ("Dek'emhare", "Dekemhare"), or one letter more or less. Only those are
kept (``gazetteer`` indexes them). ``fold``, the diacritics taken off, is here
for the same comparison and for every lookup of the gazetteer."""

from __future__ import annotations

import re
import unicodedata

# Letters that carry no combining mark to drop: "Đồng Nai" is written "Dong Nai",
# "Łódź" "Lodz", "Tálknafjörður" "Talknafjordur".
_PLAIN_LETTERS = str.maketrans(
    {"Đ": "D", "đ": "d", "Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Æ": "Ae", "æ": "ae",
     "ß": "ss", "Þ": "Th", "þ": "th", "Ð": "D", "ð": "d", "ı": "i", "Œ": "Oe", "œ": "oe",
     "Ħ": "H", "ħ": "h"}
)  # fmt: skip


def fold(text: str) -> str:
    """Text without diacritics: "Gdańsk" -> "Gdansk", "Đồng Nai" -> "Dong Nai"."""
    return "".join(
        ch
        for ch in unicodedata.normalize("NFKD", text.translate(_PLAIN_LETTERS))
        if not unicodedata.combining(ch)
    )


_MARKS = re.compile(r"[’'ʼʻ‘`\-\s.]")
_DOUBLED = re.compile(r"(.)\1+")


def loose(name: str) -> str:
    """A key that ignores what transliterations disagree on: diacritics, case,
    apostrophes, hyphens, spaces and doubled letters."""
    return _DOUBLED.sub(r"\1", _MARKS.sub("", fold(name).lower()))


def _initial(name: str) -> str:
    return fold(name[:1])[:1].lower()


def one_edit_apart(a: str, b: str) -> bool:
    """One letter inserted, dropped or changed (not zero)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    rest_a, rest_b = a[i:], b[i:]
    if len(a) == len(b):
        return rest_a[1:] == rest_b[1:]
    return rest_a == rest_b[1:]


def own_name_variants(own: str, alternates) -> list[str]:
    """The alternates that are ``own`` spelled another way, not another name: the
    same loose key, or (for names of seven letters or more, where one letter cannot
    make another word) one letter apart with the same first letter, but for an "s"
    at the end."""
    key, initial = loose(own), _initial(own)
    if not key:
        return []
    found = []
    for alternate in alternates:
        if abs(len(alternate) - len(own)) > 4 or _initial(alternate) != initial:
            continue  # (cheap tests first: most alternates are other names entirely)
        other = loose(alternate)
        if other == key or (
            min(len(key), len(other)) >= 7
            and other[:1] == key[:1]
            and one_edit_apart(key, other)
            # ("Saint George's" is another place than Saint George, in Bermuda)
            and key + "s" != other
            and other + "s" != key
        ):
            found.append(alternate)
    return found


def without_apostrophes(name: str) -> str | None:
    """ "Medvezh’yegorsk" -> "Medvezhyegorsk", "Kāneʻohe" -> "Kāneohe": the marks
    of a transliteration newsrooms often drop; None when there are none."""
    plain = re.sub(r"(?<=\w)[’'ʼʻ‘`](?=\w)", "", name)
    return plain if plain != name else None

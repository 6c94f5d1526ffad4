"""Given names in Cyrillic, Greek, Georgian and Armenian letters, in the Latin
spellings newsrooms print.

Faker lists Russian, Ukrainian, Bulgarian, Macedonian, Greek, Georgian and
Armenian given names in their own scripts, so "Kirill", "Yevgeny", "Dmytro",
"Giorgi", "Tigran" and "Dimitris" were unknown to the drafter, and a name with
no other cue around it was not found. Papers romanize the same name in more
than one way (Yevgeny and Evgeny, Dmitry and Dmitriy, Alexei and Aleksey), so
each name gives the few spellings the common systems produce (BGN/PCGN, the
Ukrainian national system, ELOT for Greek, the Georgian national system).
"""

from __future__ import annotations

import itertools
import re
import unicodedata

# one letter -> its spellings, the most common first
_CYRILLIC = {
    "а": ["a"],
    "б": ["b"],
    "в": ["v"],
    "г": ["g"],
    "д": ["d"],
    "е": ["e"],
    "ё": ["yo", "e"],
    "ж": ["zh"],
    "з": ["z"],
    "и": ["i"],
    "й": ["y", "i"],
    "к": ["k"],
    "л": ["l"],
    "м": ["m"],
    "н": ["n"],
    "о": ["o"],
    "п": ["p"],
    "р": ["r"],
    "с": ["s"],
    "т": ["t"],
    "у": ["u"],
    "ф": ["f"],
    "х": ["kh", "h"],
    "ц": ["ts"],
    "ч": ["ch"],
    "ш": ["sh"],
    "щ": ["shch"],
    "ъ": [""],
    "ы": ["y"],
    "ь": [""],
    "э": ["e"],
    "ю": ["yu"],
    "я": ["ya"],
    "і": ["i"],
    "ї": ["yi", "i"],
    "є": ["ye", "ie"],
    "ґ": ["g"],
    "ј": ["j"],
    "љ": ["lj"],
    "њ": ["nj"],
    "ѓ": ["gj"],
    "ќ": ["kj"],
    "џ": ["dzh"],
    "ѕ": ["dz"],
}
# spelled differently by letters around them (checked before single letters)
_CYRILLIC_GROUPS = {
    "ий": ["y", "iy", "i"],
    "ей": ["ei", "ey"],
    "ия": ["ia", "iya"],
    "ья": ["ya", "ia"],
    "кс": ["ks", "x"],
    "ие": ["ie", "iye"],
}
_UKRAINIAN = {"г": ["h"], "и": ["y"], "ий": ["yi", "iy", "y"], "ій": ["ii", "iy"]}
_FIRST_LETTER = {"е": ["ye", "e"], "ю": ["yu"], "я": ["ya"]}

_GREEK = {
    "α": ["a"],
    "β": ["v"],
    "γ": ["g"],
    "δ": ["d"],
    "ε": ["e"],
    "ζ": ["z"],
    "η": ["i"],
    "θ": ["th"],
    "ι": ["i"],
    "κ": ["k"],
    "λ": ["l"],
    "μ": ["m"],
    "ν": ["n"],
    "ξ": ["x"],
    "ο": ["o"],
    "π": ["p"],
    "ρ": ["r"],
    "σ": ["s"],
    "ς": ["s"],
    "τ": ["t"],
    "υ": ["y", "i"],
    "φ": ["f"],
    "χ": ["ch", "h"],
    "ψ": ["ps"],
    "ω": ["o"],
}
_GREEK_GROUPS = {
    "ου": ["ou"],
    "αι": ["ai", "e"],
    "ει": ["ei", "i"],
    "οι": ["oi", "i"],
    "αυ": ["av", "af"],
    "ευ": ["ev", "ef"],
    "μπ": ["b", "mp"],
    "ντ": ["nt", "d"],
    "γκ": ["gk", "g"],
    "γγ": ["ng"],
}

_GEORGIAN_LATIN = "a b g d e v z t i k l m n o p zh r s t u p k gh q sh ch ts dz ts ch kh j h"
_GEORGIAN = {
    letter: [latin]
    for letter, latin in zip(
        "აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ", _GEORGIAN_LATIN.split(), strict=True
    )
}

_ARMENIAN = {
    "ա": ["a"],
    "բ": ["b"],
    "գ": ["g"],
    "դ": ["d"],
    "ե": ["e"],
    "զ": ["z"],
    "է": ["e"],
    "ը": ["y", "e"],
    "թ": ["t"],
    "ժ": ["zh"],
    "ի": ["i"],
    "լ": ["l"],
    "խ": ["kh"],
    "ծ": ["ts"],
    "կ": ["k"],
    "հ": ["h"],
    "ձ": ["dz"],
    "ղ": ["gh"],
    "ճ": ["ch"],
    "մ": ["m"],
    "յ": ["y"],
    "ն": ["n"],
    "շ": ["sh"],
    "ո": ["o"],
    "չ": ["ch"],
    "պ": ["p"],
    "ջ": ["j"],
    "ռ": ["r"],
    "ս": ["s"],
    "վ": ["v"],
    "տ": ["t"],
    "ր": ["r"],
    "ց": ["ts"],
    "ւ": ["v"],
    "փ": ["p"],
    "ք": ["k"],
    "օ": ["o"],
    "ֆ": ["f"],
    "և": ["ev"],
}
_ARMENIAN_GROUPS = {"ու": ["u"]}
_ARMENIAN_FIRST = {"ե": ["ye", "e"], "ո": ["o", "vo"]}

_MOST_SPELLINGS = 6
# Faker's Bulgarian list is alphabetical and full of rare names ("Katakomb",
# "Cherno", "Venda") that read as words of clubs and places; the Macedonian one
# has the common South Slavic names (Dimitar, Kiril, Todor).
_SKIPPED_LOCALES = ("bg",)


def romanized(name: str, locale: str) -> list[str]:
    """The Latin spellings of a given name in a non-Latin script ("Кирилл" ->
    ["Kirill"]; "Евгений" -> ["Yevgeny", "Yevgeniy", ...]); [] for a name in
    the Latin alphabet or a script not covered."""
    letters, groups, first = _tables(name, locale)
    if not letters or locale.startswith(_SKIPPED_LOCALES):
        return []
    word = name.lower()
    if letters is _GREEK:
        # Greek accents (ή, ά) are no letters of their own; Cyrillic й and ё are
        word = unicodedata.normalize(
            "NFC",
            "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c)),
        )
    pieces: list[list[str]] = []
    at = 0
    while at < len(word):
        two = word[at : at + 2]
        if at == 0 and word[0] in first:
            pieces.append(first[word[0]])
            at += 1
        elif two in groups:
            pieces.append(groups[two])
            at += 2
        elif word[at] in letters:
            pieces.append(letters[word[at]])
            at += 1
        else:
            return []  # a letter of another script, a mark or an accent we do not know
    spellings = []
    for combination in itertools.islice(itertools.product(*pieces), _MOST_SPELLINGS):
        latin = "".join(combination)
        if len(latin) > 1 and latin not in spellings:
            spellings.append(latin[:1].upper() + latin[1:])
    return spellings


def _tables(name: str, locale: str) -> tuple[dict, dict, dict]:
    if re.search("[\u0400-\u04ff]", name):
        letters = dict(_CYRILLIC)
        groups = dict(_CYRILLIC_GROUPS)
        if locale.startswith("uk"):
            letters |= {k: v for k, v in _UKRAINIAN.items() if len(k) == 1}
            groups |= {k: v for k, v in _UKRAINIAN.items() if len(k) == 2}
        return letters, groups, dict(_FIRST_LETTER)
    if re.search("[\u0370-\u03ff\u1f00-\u1fff]", name):
        return _GREEK, _GREEK_GROUPS, {}
    if re.search("[\u10d0-\u10ff]", name):
        return _GEORGIAN, {}, {}
    if re.search("[\u0531-\u058f]", name):
        return _ARMENIAN, _ARMENIAN_GROUPS, _ARMENIAN_FIRST
    return {}, {}, {}

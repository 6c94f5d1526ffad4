"""Given names of many countries, from the Faker package's name lists.

Faker (MIT) ships, for each of its 80-odd locales, the given names it draws
from: Lucas and Matías, Kwaku and Akosua, Siti, Viktor, Ibrahim; those it lists
in Cyrillic, Greek, Georgian or Armenian letters are read in the Latin spellings
papers print (``romanize.py``), and so are those in Devanagari, Bengali, Gujarati
and Odia (``indicnames.py``). A run of
capitals that opens with one of them and ends in a surname is a person's name
even where nothing around it says so ("saved penalties from Lucas Zárate and
Matías Benítez"). Read once, kept in the drafter's disk cache.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
import re
import unicodedata
from pathlib import Path

from . import diskcache
from .indicnames import indic_spellings
from .romanize import romanized
from .wordlists import ORG_WORDS, WEEKDAYS

_NAME_LISTS = ("first_names", "first_names_male", "first_names_female")
# (their surnames are English words as often as not: "Street", "Hill", "Waters")
_ENGLISH_LOCALES = {"en", "en_US", "en_GB", "en_IE", "en_NZ", "en_CA", "en_AU", "en_TH"}
_SOURCES = [
    Path(__file__),
    Path(__file__).with_name("romanize.py"),
    Path(__file__).with_name("indicnames.py"),
]


@functools.lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Given names in the Latin alphabet, as Faker's locales list them, and those
    opening with I also with the Turkish dotted İ ("İsmail", "İbrahim")."""
    names = _name_lists()["first_names"]
    return frozenset([*names, *("İ" + name[1:] for name in names if name.startswith("I"))])


def given_name_gender(name: str) -> str | None:
    """ "f" or "m" for a given name that Faker lists only as a woman's or only as a
    man's in every locale ("Priya", "Ricardo"); None for one it lists as both
    ("Andrea", "Jean") or does not know."""
    women, men = _genders()
    if name not in women and name not in men:  # "Siobhán", which the lists spell "Siobhan"
        name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return "f" if name in women and name not in men else "m" if name in men - women else None


@functools.lru_cache(maxsize=1)
def _genders() -> tuple[frozenset[str], frozenset[str]]:
    lists = _name_lists()
    return frozenset(lists["first_names_female"]), frozenset(lists["first_names_male"])


@functools.lru_cache(maxsize=1)
def _name_lists() -> dict[str, list[str]]:
    cached = diskcache.load("givennames", _SOURCES)
    if isinstance(cached, dict):
        return cached
    lists = {attribute: sorted(names) for attribute, names in _read_faker().items()}
    lists["first_names"] = sorted({n for names in lists.values() for n in names})
    lists["surnames"] = sorted(_read_faker_surnames())
    diskcache.save("givennames", _SOURCES, lists)
    return lists


@functools.lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """Surnames Faker lists for the locales whose surnames are rarely English words
    ("Ndlovu", "Adeyemi", "Beridze"; not en_US's "Street" or "Hill")."""
    return frozenset(_name_lists()["surnames"])


def _read_faker_surnames() -> set[str]:
    import faker.providers.lorem.en_US as lorem
    import faker.providers.person as person_providers

    english_words = {word.capitalize() for word in lorem.Provider.word_list}
    found: set[str] = set()
    for module_info in pkgutil.iter_modules(person_providers.__path__):
        if module_info.name in _ENGLISH_LOCALES:
            continue
        module = importlib.import_module(f"{person_providers.__name__}.{module_info.name}")
        provider = getattr(module, "Provider", None)
        value = next(
            (
                k.__dict__["last_names"]
                for k in getattr(provider, "__mro__", ())
                if "last_names" in k.__dict__
            ),
            None,
        )
        if isinstance(value, (tuple, list, set, frozenset, dict)) or hasattr(value, "keys"):
            found.update(
                n for n in value if _latin_name(n) and len(n) > 3 and n not in english_words
            )
    return found


def _read_faker() -> dict[str, set[str]]:
    import faker.providers.person as person_providers

    found: dict[str, set[str]] = {attribute: set() for attribute in _NAME_LISTS}
    for module_info in pkgutil.iter_modules(person_providers.__path__):
        module = importlib.import_module(f"{person_providers.__name__}.{module_info.name}")
        provider = getattr(module, "Provider", None)
        locale = _read_locale(provider, module_info.name)
        # A name a locale lists as a man's and as a woman's says nothing of either
        # there (Faker's Odia lists put "Priya" among men's names too).
        both = locale["first_names_male"] & locale["first_names_female"]
        found["first_names"] |= locale["first_names"] | both
        found["first_names_male"] |= locale["first_names_male"] - both
        found["first_names_female"] |= locale["first_names_female"] - both
    return found


def _read_locale(provider, locale: str) -> dict[str, set[str]]:
    """One locale's lists, with the Latin spellings of names in other scripts."""
    found: dict[str, set[str]] = {attribute: set() for attribute in _NAME_LISTS}
    if provider is not None:
        for attribute in _NAME_LISTS:
            # a class attribute (a tuple, or a dict of names and weights), looked up
            # without instantiating the provider
            value = next(
                (
                    k.__dict__[attribute]
                    for k in getattr(provider, "__mro__", ())
                    if attribute in k.__dict__
                ),
                None,
            )
            if isinstance(value, (tuple, list, set, frozenset, dict)) or hasattr(value, "keys"):
                found[attribute].update(n for n in value if _latin_name(n))
                found[attribute].update(
                    latin
                    for n in value
                    if isinstance(n, str)
                    for latin in [*romanized(n, locale), *indic_spellings(n)]
                )
    return found


def _latin_name(name: object) -> bool:
    return (
        isinstance(name, str)
        and name[:1].isupper()
        and " " not in name
        and all(ch.isalpha() or ch in "-'’" for ch in name)
        and all(ord(ch) < 0x250 or ch in "’" for ch in name)
    )


# What follows a weekday in a paper's or an event's name, not a surname: "Sunday Mail".
WEEKDAY_THINGS = {
    "Mail",
    "Star",
    "Independent",
    "Sun",
    "Night",
    "Market",
    "Mass",
    "Morning",
    "Edition",
    "Special",
    "Best",
    "Trading",
    "Service",
    "Times",
    "World",
    "Sport",
}


def weekday_as_given_name(words: list[str], position: int) -> bool:
    """West Africa's day names are given names: "Sunday Adeleke", "Monday Okpebholo"."""
    return (
        position == 0
        and len(words) > 1
        and words[1] not in ORG_WORDS | WEEKDAY_THINGS
        and words[1].lower() not in WEEKDAYS
    )


def a_day_after_its_preposition(word: str, body: str, start: int) -> bool:
    """ "On Sunday Taygetos climbed to first": a weekday after "on", "last", "since" is the
    day, however West Africa's day names may open a name ("Sunday Adeleke")."""
    return word.lower() in WEEKDAYS and bool(DAY_PREPOSITION.search(body, max(0, start - 8), start))


DAY_PREPOSITION = re.compile(r"\b(?i:on|last|this|next|since|until|till|by|every|from|that)\s+$")


def said_as_given_name(words: list[str], index: int, sentence_initial: bool) -> bool:
    """ "goalkeeper Said Omar Bakari": Said, capitalised inside a sentence and before
    more of a name, is the Arabic given name, not the verb."""
    return words[index] == "Said" and not sentence_initial and index < len(words) - 1

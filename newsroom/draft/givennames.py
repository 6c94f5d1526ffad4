"""Given names of many countries, from the Faker package's name lists.

Faker (MIT) ships, for each of its 80-odd locales, the given names it draws
from: Lucas and Matías, Kwaku and Akosua, Siti, Viktor, Ibrahim. A run of
capitals that opens with one of them and ends in a surname is a person's name
even where nothing around it says so ("saved penalties from Lucas Zárate and
Matías Benítez"). Read once, kept in the drafter's disk cache.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
from pathlib import Path

from . import diskcache

_NAME_LISTS = ("first_names", "first_names_male", "first_names_female")


@functools.lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Given names in the Latin alphabet, as Faker's locales list them."""
    cached = diskcache.load("givennames", [Path(__file__)])
    if isinstance(cached, list):
        return frozenset(cached)
    names = _read_faker()
    diskcache.save("givennames", [Path(__file__)], sorted(names))
    return frozenset(names)


def _read_faker() -> set[str]:
    import faker.providers.person as person_providers

    names: set[str] = set()
    for module_info in pkgutil.iter_modules(person_providers.__path__):
        module = importlib.import_module(f"{person_providers.__name__}.{module_info.name}")
        provider = getattr(module, "Provider", None)
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
                names.update(n for n in value if _latin_name(n))
    return names


def _latin_name(name: object) -> bool:
    return (
        isinstance(name, str)
        and name[:1].isupper()
        and " " not in name
        and all(ch.isalpha() or ch in "-'’" for ch in name)
        and all(ord(ch) < 0x250 or ch in "’" for ch in name)
    )

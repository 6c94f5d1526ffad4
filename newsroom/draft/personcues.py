"""The cues that make a capitalised run a person's name: strong ones, enough with a
name of two words, and those only a person's name takes, enough for one word."""

from __future__ import annotations

STRONG_CUE = (
    "a couple sharing a surname",
    "given only by a first name",
    "age before",
    "post-nominal",
    "generational suffix",
    "credit",
    "surname",
    "title",
    "role noun",
    "'X said'",
    "'said X'",
    "apposition",
    "age apposition",
    "age in brackets",
    "photo credit",
    "given name",
    "what only a person",
    "kin '",
    "a relative clause with 'who'",
    "a player's action",
)
# Cues only a person's name takes, enough for a name of one word ("Ngatemin, 61, a
# farmer", "Mr Gumbo") when no fuller name in the text ends with it.
PERSON_ONLY_CUE = (
    "given only by a first name",
    "age before",
    "age apposition",
    "age in brackets",
    "title 'M",
    "title 'Dr",
    "title 'Madam",
    # Judges go by their surname after the title ("Judge Rakoff", "Lady Justice
    # Carr", "Justice Chandrachud"), as court reports everywhere write them.
    "title 'Judge'",
    "title 'Justice'",
    "title 'Lady Justice'",
    "title 'Lord Justice'",
    "title 'Magistrate'",
    "generational suffix",
    "kin '",
    "a relative clause with 'who'",
    "a person's role in apposition",
)

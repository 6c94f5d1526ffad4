"""Assembling a draft: every candidate kind, in the order each needs the others."""

from __future__ import annotations

import datetime
import functools
import re
from pathlib import Path

from ..corpus import Registries, read_registries
from .candidates import Draft
from .dates import date_candidates
from .figures import figure_candidates
from .firms import find_firms, firm_spans
from .gazetteer import gazetteer
from .givennamecue import named_for_a_country
from .namecontext import ROLE_AFTER, ROLE_NOUN_AFTER
from .names import name_occurrences
from .notfigures import not_figure_spans
from .organizations import organization_candidates
from .people import not_people, person_candidates, person_index
from .physical import features_at_home
from .places import location_candidates
from .qanda import answer_quotes, with_answers
from .quotes import quote_candidates
from .roles import roles_given_in_the_passive
from .text import capitalised_runs, slugify, title_of
from .wordlists import ORG_WORDS

# A settlement noun after a name makes it a place's: "from Curah Kobokan hamlet".
SETTLEMENT_AFTER = re.compile(
    r" (?:village|hamlet|town|township|city|suburb|district|sub-district|regency|province|"
    r"region|county|municipality|neighbourhood|neighborhood|settlement|island)\b"
)


# After these a name is a place's, a language's or an organization's, never a "he" or a "she".
PLACE_PREPOSITION = re.compile(r"\b(?:in|at|into|across|near|from)\s+$")
# Where a person lives, or what a role is of: a place or a body, not a "he" or "she".
HOME_OR_CHARGE_OF = re.compile(r"(?:,\s+\d{1,3},|\b(?:priest|vicar|pastor|rector|mayor))\s+of\s+$")
# The second of two places after a preposition: "the lycées of Akbou and Sidi Aïch".
PLACE_PAIR = re.compile(
    r"\b(?:in|at|into|across|near|from|to|of)\s+[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?\s+(?:and|or)\s+$"
)

# The tail of an Italian or French body's name: "the Opificio delle Pietre Dure".
ROMANCE_OF = re.compile(r"[A-Z][\w’'\-]+\s+(?:delle|della|dello|degli|dei|des|du)\s+$")


def inside_an_organizations_name(body: str, start: int, end: int) -> bool:
    """ "Regional Development" of "the Ministry for Regional Development", "Tobago
    House" of "the Tobago House of Assembly": words of an organization's name."""
    before = re.search(r"\b(\w+) (?:of|for) (?:the )?$", body[max(0, start - 40) : start])
    after = re.match(r" of (?:the )?([A-Z]\w*)", body[end : end + 40])
    return bool(
        (before and before.group(1) in ORG_WORDS) or (after and after.group(1) in ORG_WORDS)
    )


def draft_article(
    text: str,
    registries: Registries | None = None,
    year: int | None = None,
    published: datetime.date | None = None,
) -> Draft:
    """Every candidate annotation for one plain-text article. ``published`` (the
    publication date) resolves weekdays and "yesterday", and gives the year."""
    if year is None and published is not None:
        year = published.year
    registries = registries or Registries()
    body = text
    runs = capitalised_runs(body)
    names = name_occurrences(body, runs)
    # A run that opens with a title before a name ("Public Prosecutions Ruth Okello"
    # after "Director of") is a title and a person, not a firm to look for.
    titled = [
        (n.start, n.end) for n in names if n.role and any(c.startswith("title") for c in n.cues)
    ]
    firms = find_firms(
        body,
        [(n.start, n.end) for n in names]
        + [
            (r.start, r.end) for r in runs if not any(r.start < s and e <= r.end for s, e in titled)
        ],
    )
    registry_places = {a for loc in registries.locations for a in [loc.name, *loc.aliases]}
    place_names = PlaceNames(gazetteer(), registry_places)
    people = person_candidates(body, registries, names, place_names, firm_spans(body, firms))
    org_names = {f.name for f in firms} | {
        a for o in registries.organizations for a in [o.name, *o.aliases]
    }
    for firm in firms:
        for person in people:
            if firm.person_cue and firm.name in person.aliases:
                person.needs_review = f"firm or person? '{firm.name}': {firm.evidence}"
    blocked = firm_spans(body, firms)
    things = not_people(names)
    unconfirmed = [
        (n.name, n.start, n.end)
        for n in names
        # (or a surname after a courtesy title: "Mrs. Brin" when two Brins are named)
        if (len(n.name.split()) > 1 or any(c.startswith("title '") for c in n.cues))
        and n.name not in place_names
        and n.name not in things  # "Te Roroa, the local iwi": not a "he" or "she"
        and not named_for_a_country(n.name)  # a party: "(Progressive Slovakia)"
        and not PLACE_PREPOSITION.search(body, max(0, n.start - 8), n.start)  # "in Tok Pisin",
        # "Glenys Williams-Parry, 78, of Amlwch Port", "parish priest of Santa Maria della Neve"
        and not HOME_OR_CHARGE_OF.search(body, max(0, n.start - 30), n.start)
        # "a mother of two from Novo Sarajevo"
        and not PLACE_PAIR.search(body, max(0, n.start - 50), n.start)
        and not SETTLEMENT_AFTER.match(body, n.end)  # "Curah Kobokan hamlet": a place
        and not inside_an_organizations_name(body, n.start, n.end)
        and not ROMANCE_OF.search(body, max(0, n.start - 30), n.start)
        and not ROLE_AFTER.match(body, n.end)  # "Sabah Education director Dr Norhayati"
        and not ROLE_NOUN_AFTER.match(body, n.end)  # "Opposition Congress leader and ..."
        and not _an_aside(body, n.start, n.end)  # "Cllr Siobhán Ní Mhurchú (Sinn Féin) said"
        and not any(s < n.end and n.start < e for s, e in blocked)
    ]
    roles_given_in_the_passive(body, people)  # "the team coached by Cláudio Hasegawa"
    quotes, speakers = quote_candidates(body, people, org_names, unconfirmed)
    if speakers:
        people = sorted(people + speakers, key=lambda p: (p.first_seen, p.id))
        quotes, _ = quote_candidates(body, people, org_names, unconfirmed)
    quotes = with_answers(quotes, answer_quotes(body, people))
    mentions = person_index(people).find(body)
    person_spans = [(m.start, m.end) for m in mentions]
    located = location_candidates(body, registries, runs, person_spans, blocked)
    located = features_at_home(located)  # "Orkney" in a Kirkwall story: the islands
    locations = [loc for loc in located if loc.latitude is not None or loc.in_registry]
    unlocated = [loc for loc in located if loc not in locations]
    dates, unresolved = date_candidates(body, year, published)
    location_spans = [
        (loc.first_seen, loc.first_seen + len(loc.name))
        for loc in located
        if "inside the organization name" not in loc.found_by  # the organization stays one
    ]
    organizations = organization_candidates(
        body, registries, runs, person_spans + location_spans, firms
    )
    skip = [(d.start, d.end) for d in dates + unresolved] + not_figure_spans(body)
    figures = figure_candidates(body, skip, quotes)
    title = title_of(text)
    return Draft(
        slugify(title),
        title,
        body,
        people,
        organizations,
        quotes,
        locations,
        figures,
        dates,
        unresolved,
        unlocated,
    )


class PlaceNames:
    """Names of places in the gazetteer or the registry, for ``in`` tests (without
    copying the gazetteer's 300,000 names into a new set for each article)."""

    def __init__(self, gazetteer_: dict, registry: set[str]):
        self.gazetteer, self.registry = gazetteer_, registry

    def __contains__(self, name: object) -> bool:
        return name in self.gazetteer or name in self.registry


def load_registries(corpus_dir: Path | None) -> Registries:
    """The registries in ``corpus_dir``, or empty ones. A broken registry entry is
    skipped (the build reports it); the draft still uses the rest. Parsed once per
    process while the files stay as they are: drafting a folder of articles reads a
    large corpus's registries (seconds of YAML) once, not once per article."""
    if corpus_dir is None or not Path(corpus_dir).is_dir():
        return Registries()
    directory = Path(corpus_dir).resolve()
    stamps = tuple(
        (file.name, file.stat().st_mtime_ns, file.stat().st_size)
        for file in sorted(directory.glob("*.yml"))
    )
    return _registries_as_of(directory, stamps)


@functools.lru_cache(maxsize=4)
def _registries_as_of(directory: Path, stamps: tuple) -> Registries:
    registries, _problems = read_registries(directory)
    return registries


def _an_aside(body: str, start: int, end: int) -> bool:
    """A name alone in brackets straight after another name is its party, seat or
    home town, never a person a later "he" or "she" may mean."""
    return body[start - 2 : start] == " (" and body[end : end + 1] == ")"

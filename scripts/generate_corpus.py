#!/usr/bin/env python3
"""Generate a synthetic corpus in the real format, for the scale benchmark.

    python scripts/generate_corpus.py --articles 1000 --output /tmp/corpus-1k [--seed 1]

The output is a directory like corpus/: people.yml, organizations.yml,
locations.yml and articles/<id>.md (YAML front matter + verbatim body), which
`build_db.py --corpus DIR` accepts. Everything is drawn from one
``random.Random(seed)`` and nothing reads the clock, so the same arguments
always write the same bytes.

The shape follows what the newsroom expects at scale (issue 6): bodies of
3-5 KB of English-like prose, about 10 quotes, 5 figures, 2 dates, 1 photo and
20 registry mentions per article; about 10,000 people, 5,000 locations and 1,000
organizations (scaled down for tiny corpora so that most entities are used).

Names are made of invented capitalised syllables, unique across all three
registries, and the filler prose is lower-case English, so the only registry
mentions the build finds are the ones placed on purpose: the mention count per
article is known in advance.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import itertools
import random
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

try:  # libyaml's dumper is ~10x faster; both write the same YAML for our data.
    _Dumper = yaml.CSafeDumper
except AttributeError:  # pragma: no cover
    _Dumper = yaml.SafeDumper

# --- Targets (per article) and registry sizes -----------------------------------

QUOTES_PER_ARTICLE = 10
FIGURES_PER_ARTICLE = 5
DATES_PER_ARTICLE = 2
LOCATION_MENTIONS = 5
ORGANIZATION_MENTIONS = 3  # besides the outlet named in the rights line
BODY_BYTES = (3300, 4700)  # inside 3-5 KB with room for the last sentence
FULL_PEOPLE, FULL_LOCATIONS, FULL_ORGANIZATIONS = 10_000, 5_000, 1_000
COUNTRIES = 60  # the first locations are countries; the others lie in one

# --- Vocabulary ------------------------------------------------------------------

FIRST_NAMES = (
    "Anna Boris Clara Daniel Elena Farid Greta Hassan Irina Jonas Karim Lena Marco Nadia Oleg "
    "Petra Rafael Sofia Tomas Ulla Viktor Wanda Yusuf Zofia Adam Beatriz Carlos Dana Emil Fatima "
    "Georg Hana Ivan Julia Kenji Lucia Mikhail Nina Omar Paula Quentin Rosa Stefan Tanya Uwe Vera "
    "Walter Xenia Yara Zeynep Alina Bruno Chiara David Eva Felix Gloria Henrik Ines Jakub Katarina "
    "Leon Maria Nikolai Olga Pavel Rania Samuel Teresa Valentin Wiktor Amir Bianca Dmitri Erik "
    "Frida Gustav Helena Igor Jana Kurt Laila Milan Noor Oskar Pia Ruben Sara Timur Ursula Vasyl"
).split()
ONSETS = "b c d f g h k l m n p r s t v z br dr gr kr st tr vl sh ch zh".split()
VOWELS = "a e i o u ai ei ou ia".split()
CODAS = ["", "", "", "n", "r", "s", "k", "v", "sk", "nko", "vich", "ra", "lo"]

ORG_KINDS = (
    ("news outlet", "Times"),
    ("news outlet", "Herald"),
    ("news agency", "Press Agency"),
    ("ministry", "Ministry"),
    ("government", "Council"),
    ("armed forces", "Guard"),
    ("photo agency", "Images"),
    ("alliance", "Union"),
)
LOCATION_KINDS = ("city", "city", "city", "region", "town", "port", "military site")
ROLES = (
    "spokesperson",
    "minister",
    "analyst",
    "mayor",
    "commander",
    "economist",
    "ambassador",
    "professor",
    "senator",
    "negotiator",
)
UNITS = (
    "troops",
    "tonnes",
    "people",
    "kilometres",
    "tanks",
    "dollars",
    "refugees",
    "ships",
    "homes",
    "villages",
    "votes",
    "barrels",
)
QUALIFIERS = (None, None, "more than", "about", "nearly", "at least", "over", "up to")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

NOUNS = (
    "government officials talks ceasefire border region economy prices market shipment grain fuel "
    "energy supplies convoy soldiers negotiations agreement sanctions parliament election budget "
    "reform report investigation court ruling statement crisis harbour bridge railway airport "
    "hospital school village residents families workers farmers union strike protest meeting "
    "summit "
    "delegation proposal plan policy deadline inflation exports imports pipeline reservoir network "
    "drills exercises deployment withdrawal frontline shelling damage repairs aid package loan"
).split()
ADJECTIVES = (
    "new fresh senior local regional national foreign military economic political public key "
    "major recent early late heavy limited fragile lengthy urgent careful broad narrow official "
    "unexpected gradual modest steady sharp"
).split()
VERBS_PAST = (
    "announced discussed rejected approved delayed expanded reviewed criticised welcomed proposed "
    "reported confirmed questioned blocked extended suspended resumed restored reduced increased"
).split()
ADVERBS = "quietly openly again sharply slowly quickly formally briefly repeatedly largely".split()
PREPOSITIONS = ("after", "before", "during", "despite", "amid", "following", "ahead of", "under")
QUOTE_OPENERS = (
    "We",
    "They",
    "People",
    "Our partners",
    "Our forces",
    "Many families",
    "Ministers",
    "Investors",
)
QUOTE_VERBS = (
    "will",
    "cannot",
    "must",
    "should",
    "have to",
    "are ready to",
    "do not want to",
    "intend to",
    "hope to",
    "will not",
)
QUOTE_ACTIONS = (
    "accept",
    "support",
    "discuss",
    "delay",
    "ignore",
    "protect",
    "rebuild",
    "review",
    "defend",
    "finish",
)

VOCABULARY = {
    word.lower()
    for group in (
        NOUNS,
        ADJECTIVES,
        VERBS_PAST,
        ADVERBS,
        PREPOSITIONS,
        QUOTE_OPENERS,
        QUOTE_ACTIONS,
        UNITS,
        MONTHS,
    )
    for phrase in group
    for word in phrase.split()
}


# --- Registries ----------------------------------------------------------------------


@dataclass(frozen=True)
class Entity:
    id: str
    name: str


@dataclass(frozen=True)
class World:
    """The registries an article draws on, with cumulative weights so that a few
    entities are named often and most rarely, as in real news."""

    people: list[Entity]
    people_weights: list[float]
    locations: list[Entity]
    locations_weights: list[float]
    outlets: list[Entity]
    organizations: list[Entity]
    organizations_weights: list[float]
    photo_agencies: list[Entity]


def registry_sizes(articles: int) -> tuple[int, int, int]:
    """(people, locations, organizations): full size from 100 articles up, scaled
    down below so that a tiny corpus still names most of its entities."""
    return (
        min(FULL_PEOPLE, 100 * articles),
        min(FULL_LOCATIONS, 50 * articles),
        min(FULL_ORGANIZATIONS, max(len(ORG_KINDS), 10 * articles)),
    )


def slug(text: str) -> str:
    return "-".join("".join(ch for ch in word.lower() if ch.isalnum()) for word in text.split())


def invented_words(rng: random.Random):
    """Endless unique capitalised words ("Drakovich", "Zhelora"), never an English
    word of the prose: registry aliases then match only where they are placed."""
    seen: set[str] = set()
    while True:
        syllables = rng.randint(2, 3)
        word = "".join(
            rng.choice(ONSETS) + rng.choice(VOWELS) for _ in range(syllables)
        ) + rng.choice(CODAS)
        word = word.capitalize()
        if word not in seen and word.lower() not in VOCABULARY and len(word) >= 5:
            seen.add(word)
            yield word


def zipf_cumulative(count: int, exponent: float = 0.8) -> list[float]:
    return list(itertools.accumulate(1.0 / (rank + 1) ** exponent for rank in range(count)))


def make_locations(rng: random.Random, words, count: int) -> list[dict]:
    records = []
    for index in range(count):
        name = next(words)
        is_country = index < min(COUNTRIES, count)
        country = slug(name) if is_country else records[rng.randrange(min(COUNTRIES, count))]["id"]
        records.append(
            {
                "id": slug(name),
                "name": name,
                "aliases": [name],
                "kind": "country" if is_country else rng.choice(LOCATION_KINDS),
                "country": country,
                "latitude": round(rng.uniform(-60, 70), 4),
                "longitude": round(rng.uniform(-180, 180), 4),
                "precision": "centroid"
                if is_country
                else rng.choice(("centroid", "approximate", "exact")),
                "coordinates_source": "synthetic benchmark data (scripts/generate_corpus.py)",
            }
        )
    return records


def make_organizations(rng: random.Random, words, count: int, countries: list[str]) -> list[dict]:
    records = []
    for index in range(count):
        # Cycle through the kinds first so that every kind (outlets, photo
        # agencies) exists even in a tiny corpus.
        kind, suffix = (
            ORG_KINDS[index % len(ORG_KINDS)] if index < len(ORG_KINDS) else rng.choice(ORG_KINDS)
        )
        name = f"{next(words)} {suffix}"
        records.append(
            {
                "id": slug(name),
                "name": name,
                "aliases": [name],
                "kind": kind,
                "country": rng.choice(countries),
            }
        )
    return records


def make_people(rng: random.Random, words, count: int, organization_ids: list[str]) -> list[dict]:
    records = []
    for _ in range(count):
        name = f"{rng.choice(FIRST_NAMES)} {next(words)}"
        record = {"id": slug(name), "name": name, "aliases": [name]}
        if (
            rng.random() < 0.6
        ):  # a role without role_basis: the build checks a basis against articles
            record["role"] = rng.choice(ROLES)
        if rng.random() < 0.5:
            record["affiliation"] = rng.choice(organization_ids)
        records.append(record)
    return records


def write_registry(path: Path, header: str, records: list[dict]) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        handle.write(
            f"# {header}\n# Generated by scripts/generate_corpus.py: synthetic, for "
            "benchmarks only.\n"
        )
        for record in records:
            handle.write("\n")
            handle.write(
                yaml.dump([record], Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=1000)
            )


def make_world(rng: random.Random, articles: int, output: Path) -> World:
    people_count, locations_count, organizations_count = registry_sizes(articles)
    words = invented_words(rng)
    locations = make_locations(rng, words, locations_count)
    countries = [record["id"] for record in locations[:COUNTRIES]]
    organizations = make_organizations(rng, words, organizations_count, countries)
    people = make_people(rng, words, people_count, [record["id"] for record in organizations])
    write_registry(output / "locations.yml", "Places (synthetic).", locations)
    write_registry(output / "organizations.yml", "Organizations (synthetic).", organizations)
    write_registry(output / "people.yml", "People (synthetic).", people)

    def entities(records):
        return [Entity(record["id"], record["name"]) for record in records]

    others = [
        record for record in organizations if record["kind"] not in ("news outlet", "photo agency")
    ]
    return World(
        people=entities(people),
        people_weights=zipf_cumulative(len(people)),
        locations=entities(locations),
        locations_weights=zipf_cumulative(len(locations)),
        outlets=entities(record for record in organizations if record["kind"] == "news outlet"),
        organizations=entities(others),
        organizations_weights=zipf_cumulative(len(others)),
        photo_agencies=entities(
            record for record in organizations if record["kind"] == "photo agency"
        ),
    )


# --- Prose -----------------------------------------------------------------------------


def filler_sentence(rng: random.Random) -> str:
    """One sentence of lower-case English-like news prose, free of registry names."""
    pattern = rng.randrange(4)
    a, b, c = (rng.choice(NOUNS) for _ in range(3))
    if pattern == 0:
        text = (
            f"the {rng.choice(ADJECTIVES)} {a} {rng.choice(VERBS_PAST)} the {b} "
            f"{rng.choice(PREPOSITIONS)} the {c}"
        )
    elif pattern == 1:
        text = (
            f"{rng.choice(ADJECTIVES)} {a} {rng.choice(ADVERBS)} {rng.choice(VERBS_PAST)} "
            "plans for "
            f"the {rng.choice(ADJECTIVES)} {b}, and the {c} was expected to follow"
        )
    elif pattern == 2:
        text = (
            f"{rng.choice(PREPOSITIONS)} the {a}, the {b} {rng.choice(VERBS_PAST)} "
            f"a {rng.choice(ADJECTIVES)} {c} that had been {rng.choice(VERBS_PAST)} "
            f"{rng.choice(ADVERBS)}"
        )
    else:
        text = (
            f"the {a} and the {b} were {rng.choice(ADVERBS)} {rng.choice(VERBS_PAST)}, "
            f"while the {rng.choice(ADJECTIVES)} {c} remained uncertain"
        )
    return text[0].upper() + text[1:] + "."


def quote_text(rng: random.Random) -> str:
    """A quotation of 10-20 words: long and random enough to be unique in the body."""
    clauses = [
        f"{rng.choice(QUOTE_OPENERS)} {rng.choice(QUOTE_VERBS)} {rng.choice(QUOTE_ACTIONS)} "
        f"the {rng.choice(ADJECTIVES)} {rng.choice(NOUNS)}"
    ]
    words = rng.randint(10, 20)
    while len(" ".join(clauses).split()) < words:
        clauses.append(
            f"{rng.choice(PREPOSITIONS)} the {rng.choice(NOUNS)} {rng.choice(VERBS_PAST)} "
            f"the {rng.choice(NOUNS)} {rng.choice(ADVERBS)}"
        )
    return ", ".join(clauses)


def figure(rng: random.Random) -> dict:
    value = rng.choice((rng.randint(2, 99), rng.randint(100, 9999), rng.randint(10, 999) * 1000))
    unit, qualifier = rng.choice(UNITS), rng.choice(QUALIFIERS)
    text = f"{value:,} {unit}" if qualifier is None else f"{qualifier} {value:,} {unit}"
    record = {"text": text, "value": value, "unit": unit}
    if qualifier is not None:
        record["qualifier"] = qualifier
    record["subject"] = f"{unit} reported in connection with the {rng.choice(NOUNS)}"
    return record


def occurrence_of(body: str, text: str, start: int) -> int | None:
    """The 1-based occurrence of ``text`` starting at ``start``, counted the way the
    build counts (non-overlapping, left to right); None if the build would not
    find a span starting there."""
    position, number = body.find(text), 1
    while position != -1:
        if position == start:
            return number
        if position > start:
            return None
        position, number = body.find(text, position + len(text)), number + 1
    return None


class BodyWriter:
    """Builds a body from pieces while recording where annotated words start."""

    def __init__(self):
        self.pieces: list[str] = []
        self.length = 0
        self.size = 0  # UTF-8 bytes

    def add(self, text: str) -> int:
        start = self.length
        self.pieces.append(text)
        self.length += len(text)
        self.size += len(text.encode("utf-8"))
        return start

    def text(self) -> str:
        return "".join(self.pieces)


def spans_with_occurrence(body: str, items: list[tuple[dict, int]]) -> list[dict]:
    """Annotations whose words the build will find: `occurrence:` is added where
    the words repeat; an item the build could not pin to its place is dropped."""
    kept = []
    for record, start in items:
        number = occurrence_of(body, record["text"], start)
        if number is None:
            continue
        if body.count(record["text"]) > 1:
            record = {**record, "occurrence": number}
        kept.append(record)
    return kept


def pick(rng: random.Random, population: list[Entity], cumulative: list[float]) -> Entity:
    return rng.choices(population, cum_weights=cumulative)[0]


def make_article(rng: random.Random, world: World, number: int) -> tuple[str, str]:
    """(article id, full file text) for article ``number``."""
    article_id = f"article-{number:06d}"
    target_size = rng.randint(*BODY_BYTES)
    outlet = rng.choice(world.outlets)
    events = datetime.date(2020, 1, 1) + datetime.timedelta(days=rng.randrange(1500))
    place = pick(rng, world.locations, world.locations_weights)
    title = (
        f"{rng.choice(ADJECTIVES).capitalize()} {rng.choice(NOUNS)} "
        f"{rng.choice(VERBS_PAST)} in {place.name}"
    )

    # Paragraphs, each a list of (kind, payload); filler is spread between them.
    paragraphs: list[list[tuple[str, object]]] = []
    for _ in range(QUOTES_PER_ARTICLE):
        speaker = pick(rng, world.people, world.people_weights)
        paragraphs.append([("quote", (speaker, quote_text(rng)))])
    for _ in range(FIGURES_PER_ARTICLE):
        paragraphs.append([("figure", figure(rng))])
    for _ in range(DATES_PER_ARTICLE):
        paragraphs.append([("date", events + datetime.timedelta(days=rng.randrange(-20, 20)))])
    for _ in range(LOCATION_MENTIONS - 1):  # the title names one place already
        paragraphs.append([("place", pick(rng, world.locations, world.locations_weights))])
    for _ in range(ORGANIZATION_MENTIONS):
        paragraphs.append(
            [("organization", pick(rng, world.organizations, world.organizations_weights))]
        )
    rng.shuffle(paragraphs)

    photographer = pick(rng, world.people, world.people_weights)
    agency = rng.choice(world.photo_agencies)
    caption = f"A view of {place.name} on {events.strftime('%B')} {events.day}."
    credit = f"Photo by {photographer.name}/{agency.name}"
    rights = f"© {events.year} {outlet.name}. All rights reserved."

    body = BodyWriter()
    body.add(title + "\n")
    caption_start = body.add(caption)
    body.add(" (")
    credit_start = body.add(credit)
    body.add(")\n")
    quotes, figures, dates = [], [], []
    for paragraph in paragraphs:
        for kind, payload in paragraph:
            if kind == "quote":
                speaker, text = payload
                body.add("“")
                start = body.add(text)
                attribution = f"said {speaker.name}"
                body.add(f",” {attribution}. ")
                quotes.append(
                    ({"speaker": speaker.id, "text": text, "attribution": attribution}, start)
                )
            elif kind == "figure":
                when = rng.choice(("that", "on Monday that", "late on Friday that"))
                body.add(f"Officials said {when} ")
                start = body.add(payload["text"])
                body.add(f" were affected by the {rng.choice(NOUNS)}. ")
                figures.append((payload, start))
            elif kind == "date":
                text = f"{MONTHS[payload.month - 1]} {payload.day}, {payload.year}"
                body.add(f"The {rng.choice(NOUNS)} is scheduled for ")
                start = body.add(text)
                body.add(", according to the statement. ")
                dates.append(
                    (
                        {"text": text, "date": payload, "event": f"scheduled {rng.choice(NOUNS)}"},
                        start,
                    )
                )
            elif kind == "place":
                sentence = filler_sentence(rng)
                body.add(f"In {payload.name}, {sentence[0].lower()}{sentence[1:]} ")
            else:
                body.add(
                    f"A statement from the {payload.name} said the {rng.choice(NOUNS)} was "
                    f"{rng.choice(VERBS_PAST)}. "
                )
        if rng.random() < 0.3:  # some filler between, the rest at the end: sizes stay within range
            body.add(filler_sentence(rng) + " ")
    # Filler until the body reaches its target size, one sentence per line break
    # every few sentences so that the text has paragraphs.
    while body.size < target_size:
        body.add(filler_sentence(rng) + (" " if rng.random() < 0.75 else "\n"))
    body.add("\n" + rights)
    text = body.text()

    front = {
        "id": article_id,
        "title": title,
        "outlet": outlet.id,
        "outlet_basis": rights,
        "published": events + datetime.timedelta(days=1),
        "byline": None,
        "url": f"https://example.org/news/{article_id}",
        "rights": rights,
        "events_date": events,
        "body_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "quotes": spans_with_occurrence(text, quotes),
        "figures": spans_with_occurrence(text, figures),
        "dates": spans_with_occurrence(text, dates),
        "photos": [
            {
                "caption": _span_ref(text, caption, caption_start),
                "credit": _span_ref(text, credit, credit_start),
                "photographer": photographer.id,
                "agencies": [agency.id],
            }
        ],
    }
    dumped = yaml.dump(front, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)
    return article_id, f"---\n{dumped}---\n{text}\n"


def _span_ref(body: str, text: str, start: int):
    # The caption comes first in the body, so its words are its first occurrence.
    number = occurrence_of(body, text, start) or 1
    return text if body.count(text) == 1 else {"text": text, "occurrence": number}


# --- Command line ---------------------------------------------------------------------


def generate(articles: int, output: Path, seed: int = 1, progress: bool | None = None) -> None:
    """Write the corpus. Articles are written one by one and never kept."""
    rng = random.Random(seed)
    output.mkdir(parents=True, exist_ok=True)
    (output / "articles").mkdir(exist_ok=True)
    world = make_world(rng, articles, output)
    numbers = range(1, articles + 1)
    if progress is not False:
        from tqdm import tqdm

        numbers = tqdm(
            numbers, desc="Generating", unit="article", disable=None if progress is None else False
        )
    for number in numbers:
        article_id, text = make_article(rng, world, number)
        (output / "articles" / f"{article_id}.md").write_text(text, encoding="utf-8", newline="\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0] + " (issue 6).",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="Same arguments, same bytes: the generator uses only random.Random(seed).",
    )
    parser.add_argument("--articles", type=int, required=True, help="number of articles to write")
    parser.add_argument(
        "--output",
        type=Path,
        required=True,
        help="corpus directory to write (created; existing article files are overwritten)",
    )
    parser.add_argument("--seed", type=int, default=1, help="random seed (default: 1)")
    parser.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show a progress bar (default: only on a terminal)",
    )
    args = parser.parse_args(argv)
    if args.articles < 1:
        parser.error("--articles must be at least 1")
    if (args.output / "articles").is_dir() and any((args.output / "articles").iterdir()):
        # Stale files from a bigger run would silently join the corpus.
        parser.error(f"{args.output}/articles is not empty; choose a new directory")
    generate(args.articles, args.output, args.seed, args.progress)
    print(f"Wrote {args.articles} articles to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Places: registry names, the gazetteer and feature words (organizations: ``organizations``)."""

from __future__ import annotations

import dataclasses
import re

from ..corpus import Registries
from ..spans import AliasIndex, AliasTarget
from .candidates import LocationCandidate
from .gazetteer import BIG_CITY, LOCATION_CUE, Place, demonyms, fold
from .givennames import given_names
from .physical import centre_of
from .placeforms import dateline_agencies, place_names, printed_forms
from .placenear import (
    anchors,
    in_the_storys_region,
    nearest_namesake,
    region_at_home,
    story_regions,
)
from .placestory import (
    HOME_TOWN,
    REGION_NOUN_AFTER,
    STORY_TOWN_ABROAD,
    a_seat,
    abroad_only,
    countries_of_villages,
    country_of_its_list,
    foreign_namesake,
    gazetteer_evidence,
    generic_region,
    home_countries,
    its_capital,
    named_only_by_itself,
    pick_in_story,
    placed_by_what_follows,
    read_otherwise,
    region_noun,
    story_countries,
    story_first,
    the_feature_not_the_place,
    town_of_the_story,
)
from .placevariants import bare_place, too_short, unknown_place
from .placewords import (
    BODY_OF_BEFORE,
    CELESTIAL,
    CUED_LIST_BEFORE,
    FEATURE_OF,
    FEATURE_OF_BEFORE,
    INSTITUTION_WORD,
    INSTITUTION_WORDS,
    PLACE_POSSESSION,
    RACE_NAMES,
    a_namesake_of_a_town,
    a_persons_name_in_an_institution,
    after_acronyms,
    demonym_after,
    english_word,
    inner_word_of_a_name,
    inside_organization,
    landmark,
    located,
    looks_like_place_name,
    not_a_place,
    outlet_before,
    party_homes,
    saint_of_a_church,
    shorter_form,
    unknown_place_cue,
    unlocated,
)
from .text import Run, slugify
from .titles import PORTFOLIOS, TITLE_WORDS
from .wordlists import (
    COMMON_WORDS,
    COMPASS,
    COUNTRY_ABBREVIATIONS,
    MONTHS,
    ORG_WORDS,
    PARTICLES,
    PLACE_WORDS,
    WEEKDAYS,
)


def location_candidates(
    body: str,
    registries: Registries,
    runs: list[Run],
    person_spans: list[tuple[int, int]],
    firm_spans: list[tuple[int, int]] = (),
) -> list[LocationCandidate]:
    """Places: 1. registry aliases; 2. the gazetteer; 3. names with a place cue
    that neither knows, proposed without coordinates and flagged. Nothing inside a
    firm's name is a place ("Whitfield" of "Whitfield Barker")."""
    found: dict[str, LocationCandidate] = {}
    taken: list[tuple[int, int]] = list(person_spans)

    def overlaps(start: int, end: int, kind: str = "") -> bool:
        # A country may end a firm's name ("Farm Credit Canada") and counts as named; a town may
        # not ("Whitfield Barker"), unless it is an institution's ("Aalborg University Hospital")
        firm = kind != "country" and any(
            start < e and s < end and not INSTITUTION_WORD.search(body[s:e]) for s, e in firm_spans
        )
        return firm or any(start < e and s < end for s, e in taken)

    registry = {loc.id: loc for loc in registries.locations}
    index = AliasIndex(
        [
            AliasTarget("location", loc.id, alias)
            for loc in registries.locations
            for alias in dict.fromkeys([loc.name, *loc.aliases])
        ]
    )
    for mention in index.find(body):
        if overlaps(mention.start, mention.end):
            continue
        taken.append((mention.start, mention.end))
        loc = registry[mention.entity_id]
        if loc.name not in found:
            found[loc.name] = LocationCandidate(
                loc.name,
                f"registry alias '{mention.text}'",
                loc.id,
                True,
                loc.kind,
                None,
                loc.latitude,
                loc.longitude,
                loc.coordinates_source,
                first_seen=mention.start,
            )

    places = place_names()
    lowercase_words = {w for w in re.findall(r"\b[a-z][\w’'\-]*\b", body)}
    countries_named = set()
    article_countries = home_countries(body, runs, places, lowercase_words)  # (towns need no cue)
    matches: list[tuple[int, int, str, list[Place], str]] = []
    deferred: list[tuple[int, int, str, list[Place], str]] = []
    matches += printed_forms(body, places, overlaps, taken)
    dateline_countries = {m[3][0].country_code for m in matches if m[4] == "dateline"}
    demonym_words = demonyms()
    for span, name in party_homes(body, places):
        if not overlaps(*span):
            matches.append((*span, name, places[name], "AP party-and-home tag"))
            taken.append(span)
    # "Brightwater’s parent" after "Brightwater Foods": the firm, not a town called Brightwater.
    org_heads = dateline_agencies(body) | {
        run.words()[0]
        for run in runs
        if len(run.tokens) > 1 and any(w.rstrip(".") in ORG_WORDS for w in run.words()[1:])
    }
    for run in runs:
        words = list(run.tokens)
        run_words = [t.text.rstrip(".") for t in words]
        feature = landmark(run_words)
        i = 0
        while i < len(words):
            # Longest sub-run first, left to right.
            for j in range(len(words), i, -1):
                start, end = words[i].start, words[j - 1].end
                name = body[start:end]
                if not name.endswith(".") and body[end : end + 1] == "." and name + "." in places:
                    name, end = name + ".", end + 1  # "U.S."
                if body[end : end + 2] in ("’s", "'s") and name + body[end : end + 2] in places:
                    name, end = name + body[end : end + 2], end + 2  # "St John’s", not "St John"
                if name not in places or (
                    # (a nationality written as its country's name: "Djibouti"; not "Thai")
                    name in demonym_words
                    and (
                        places[name][0].kind != "country"
                        or fold(places[name][0].name) != fold(name)
                    )
                ):
                    continue
                if overlaps(start, end, places[name][0].kind):
                    continue
                if inner_word_of_a_name(run_words, feature, i, j):
                    continue  # "Mount Kenya", "Doncaster Road": not Kenya, not Doncaster
                if a_seat(run_words, j):
                    continue  # "Laikipia East MP", "Bristol West": a seat, not the region
                if j < len(words) and run_words[j] in PARTICLES:
                    continue  # "Triunfo de la Cruz": a word of a longer name, not Triunfo
                single = j - i == 1
                if (
                    single
                    and not name.isupper()
                    and name.lower()
                    in (COMMON_WORDS | lowercase_words | set(MONTHS) | set(WEEKDAYS))
                ):
                    continue
                if single and name in ORG_WORDS | PLACE_WORDS | TITLE_WORDS | PORTFOLIOS:
                    continue  # "University", "Capital": a word of a longer name
                if run_words[i] in ORG_WORDS and j < len(words):
                    continue  # "Banco Nacional" of "Banco Nacional Ultramarino", a bank
                if body[end : end + 4] == " of " and (
                    (single and (name in RACE_NAMES or name in FEATURE_OF))
                    or name.split()[-1] in ("Department", "Ministry", "Office")  # a body's
                ):
                    continue  # "the Tour of Eritrea", "Horn of Africa": not Tour, nor Horn
                feature_of = FEATURE_OF_BEFORE.search(body, max(0, start - 12), start)
                if feature_of and places[name][0].kind != "country":
                    continue  # nor Aden, the city, nor the continent of Africa
                best = read_otherwise(name, places, body, end)
                if the_feature_not_the_place(
                    body, start, end, best, run_words[i:j], article_countries
                ):
                    continue  # "the Red Sea" is the sea; "the Central River region" a region
                if (
                    region_noun(body, end)
                    and best[0].kind == "region"
                    and article_countries
                    and not any(
                        p.kind == "region" and p.country_code in article_countries for p in best
                    )
                ):
                    continue  # "Isabela provinces" in the Philippines: not Puerto Rico's region
                if saint_of_a_church(body, start, name):
                    continue  # "the Church of São Francisco de Assis": the saint, not the town
                if single and not_a_place(body, start, end):
                    continue  # "Mr Gilbert", "Tokyo 2020", "said in Sango, through an interpreter"
                alone = len(words) == 1
                if single and (name in CELESTIAL or (alone and outlet_before(body, start))):
                    continue  # "life on Earth"; "told Dawn" is the newspaper
                if single and too_short(name, body, start, best, article_countries):
                    continue  # "Al" of "Al Jazeera"
                cue = (
                    bool(LOCATION_CUE.search(body[max(0, start - 30) : start]))
                    or bool(PLACE_POSSESSION.match(body, end))
                    # "in Beira and Dondo": a list of places shares its cue
                    or any(
                        body[m[1] : start] in (" and ", ", ", ", and ", " or ")
                        for m in matches
                        if m[1] <= start
                    )
                    # even when the data lacks its first name ("in Galmi, Madaoua"), at home
                    or (
                        bool(CUED_LIST_BEFORE.search(body, max(0, start - 120), start))
                        and any(
                            p.country_code in {m[3][0].country_code for m in matches}
                            for p in places[name]
                        )
                    )
                )
                if (
                    cue
                    and j < len(words)
                    and BODY_OF_BEFORE.search(body[max(0, start - 30) : start])
                    # ("The City of Edinburgh Council" names Edinburgh)
                    and not any(w in INSTITUTION_WORDS for w in run_words[j:])
                ):
                    continue  # "Ministry of Home Affairs": a word of a portfolio, not a town
                if (
                    single
                    and name in org_heads
                    and best[0].population < BIG_CITY
                    and (not cue or body[end : end + 1] in "’'")
                    and not region_noun(body, end)  # ("the Volta Region")
                ):
                    continue  # "Shares in Brightwater’s parent" (but "in Conwy" of "Conwy Council")
                if a_namesake_of_a_town(body, start, end, best[0], single):
                    continue  # "crossed the Elbe", "the Campo Grande neighbourhood"
                if foreign_namesake(best, article_countries, cue):
                    if j == len(words):  # decided with the story's towns ("17 Samoan
                        # fruit pickers" in a Hawke's Bay story: "A Hastings contractor")
                        deferred.append((start, end, name, best, STORY_TOWN_ABROAD))
                        i = j - 1
                        break
                    continue  # "Gilbert" (Arizona) of a law firm in an Australian story
                inside = inside_organization(body, run_words, i, j, start)
                if a_persons_name_in_an_institution(run_words, i, j):
                    continue
                home_institution = any(w in INSTITUTION_WORDS for w in run_words[j:]) and any(
                    p.kind == "city" and p.country_code in article_countries for p in best
                )  # "Mankweng Hospital" in a South African story: the town is named
                if inside and not (
                    best[0].kind != "city"
                    and i == 0
                    or best[0].population >= BIG_CITY
                    or home_institution
                ):
                    if any(w in INSTITUTION_WORDS for w in run_words[j:]):  # decided with the
                        how = f"inside the organization name '{inside}'"  # story's towns
                        deferred.append((start, end, name, best, how))  # ("Letterkenny Court")
                    continue  # "Meridian Capital": a small town's name in a firm's
                local = next(
                    (p for p in best if p.kind == "city" and p.country_code in article_countries),
                    None,
                )
                if (
                    not inside
                    and single
                    and i == 0
                    and j < len(words)
                    and best[0].kind == "city"
                    and best[0].population < BIG_CITY
                    and (article_countries or name in given_names())
                    and local is None
                ):
                    # "Red Light", a Monrovia market, not Red in India; "Cecilia Valdés", an opera
                    continue
                if not (i == 0 and j == len(words)):
                    local = None  # "Lewis" of "John Lewis": part of a longer name
                small_uncued = (
                    not inside
                    and best[0].kind == "city"
                    and best[0].population < BIG_CITY
                    and not cue
                    # a town of the country the article is about ("beat Molde" in Norway)
                    and not (
                        local
                        and local.population >= HOME_TOWN
                        and name.lower() not in lowercase_words
                    )
                )
                if small_uncued and not (
                    after_acronyms(run_words, i, j) and name.lower() not in lowercase_words
                ):
                    continue  # a capitalised word naming only a small town is an ordinary word
                opening = (
                    not body[:start].rstrip(" “\"‘'(")
                    or body[:start].rstrip(" “\"‘'(")[-1] in ".!?\n"
                )
                if (
                    single
                    and best[0].kind == "region"
                    and not cue
                    # an English word opening a sentence ("Rivers burst ..."), or a region
                    # abroad; a home region, or one of the dateline's country, is the region
                    and (
                        (opening and english_word(name, lowercase_words))
                        or best[0].country_code not in article_countries | dateline_countries
                    )
                    and not region_noun(body, end)
                ):
                    continue  # "Rivers burst their banks" in Italy is not Nigeria's Rivers State
                party_tag = re.search(r"\b[DRIL]-$", body[max(0, start - 3) : start])
                # ("Bordeaux-based" is one token: placeforms.printed_forms finds it)
                if body[end : end + 1] == "-" or (
                    start and body[start - 1] == "-" and not party_tag
                ):
                    continue  # part of a compound ("Russian-Belarusian" is not a place)
                if re.match(r" ?\$", body[end : end + 2]):
                    continue  # "US$ 9.7 million", "NZ$340m": a currency
                if name.lower() in COMPASS and demonym_after(body, end, demonym_words):
                    continue  # "South African ...", "North Korean": an adjective
                if not inside and any(start < e and s < end for s, e in firm_spans):
                    inside = next(body[s:e] for s, e in firm_spans if start < e and s < end)
                how = f"inside the organization name '{inside}'" if inside else "gazetteer"
                if small_uncued:
                    # decided once the story's countries are known from its other towns
                    # ("Osijek climb to fifth" in a story that names Rijeka and Zagreb)
                    deferred.append((start, end, name, best, "gazetteer, a town of the story"))
                    i = j - 1
                    break
                matches.append((start, end, name, best, how))
                if not inside:
                    taken.append((start, end))
                regions_of = {p.country_code for p in best if p.kind == "region"}
                if best[0].kind == "country" or (
                    best[0].kind == "region" and len(regions_of) == 1 and not generic_region(name)
                ):
                    # ("Eastern Region" is Ghana's, Uganda's and others': it names none)
                    countries_named.add(best[0].country_code)
                i = j - 1
                break
            i += 1
    story = story_countries(article_countries | countries_named, matches)
    matches += [
        (*m[:3], story_first(m[3], story), "gazetteer, a town of the story")
        for m in deferred
        if town_of_the_story(m[3], story, m[4] == STORY_TOWN_ABROAD)
    ]
    seen: dict[Place, str] = {}  # each place, under the name it is drafted as
    villages = countries_of_villages(matches)
    sure = anchors(matches, [(n.casefold(), c.latitude, c.longitude) for n, c in found.items()])
    regions = story_regions(matches)
    for start, end, name, options, how in sorted(matches):
        # Among cities of one name, prefer one in a country the article names, or in
        # the region or country printed after the town ("Ashbourne, Derbyshire").
        options, printed_in, code = placed_by_what_follows(body, end, options, places)
        if code:
            countries_named.add(code)
        # (a town of a size to be news next to the most populous: not Brussels, Wisconsin)
        place = (
            next(
                (
                    p
                    for p in options
                    if p.country_code in countries_named
                    and (p is options[0] or p.population >= max(15_000, options[0].population / 50))
                ),
                options[0],
            )
            if options[0].kind == "city"
            # a region of a country the article names or is set in, before a namesake
            # abroad ("St James" in a Jamaican story is the parish, not Barbados's)
            else next(
                (p for p in options if p.country_code in countries_named),
                next((p for p in options if p.country_code in story), options[0]),
            )
            if options[0].kind != "continent"
            else options[0]  # "Asia" the continent, not a town of that name at home
        )
        place = named_only_by_itself(place, options, name, matches)
        listed_in = country_of_its_list(start, end, matches, body)
        if (
            options[0].kind == "city"
            and not printed_in
            and listed_in
            and options[0].population < BIG_CITY
        ):
            # "lots at Jennings, Liberta and Parham": the town of the list's country
            place = next((p for p in options if p.country_code == listed_in), place)
            printed_in = place.country_code == listed_in and name
        if options[0].kind in ("city", "region") and not printed_in:
            cued = bool(LOCATION_CUE.search(body[max(0, start - 30) : start]))
            why = abroad_only(options, story, body, end, countries_named | villages, cued)
            if why:  # (unless Natural Earth has an island or a river of that name)
                bare = bare_place(body, name, start, story, None, lowercase_words)
                if name not in found:
                    found[name] = bare or unlocated(name, f"gazetteer: {why}", start)
                continue
            if options[0].kind == "city":
                place = pick_in_story(options, story) or place  # the story's country wins
        near = not printed_in and (
            in_the_storys_region(options, place, regions)
            or nearest_namesake(options, place, name, sure, story)
            or region_at_home(options, place, name, matches)
        )
        place = its_capital(near or place, options, body, start, end)
        canonical = COUNTRY_ABBREVIATIONS.get(name) and place.name
        key = canonical or name
        noun = REGION_NOUN_AFTER.match(body[end : end + 24])
        if noun and place.kind == "region":
            key = name + noun.group()  # "Sofala province", as printed
        if place in seen and shorter_form(found.get(seen[place]), key):
            # "Slovenia" after "the Republic of Slovenia": the place goes by its short name
            old = found.pop(seen[place])
            found[key] = dataclasses.replace(old, name=key, id=slugify(key))
            seen[place] = key
            continue
        first = fold(seen.get(place, key))  # "St. Thomas", then its town "Charlotte Amalie"
        town_by_own_name = place.kind == "city" and fold(key) == fold(place.name) != first
        if key in found or (place in seen and not town_by_own_name):
            continue  # "Malmo" after "Malmö": one place
        seen[place] = key
        rivals = [
            p for p in options if p.kind == place.kind and p is not place and p.name == place.name
        ]
        review = place.review
        if (
            rivals
            and not printed_in
            and place.kind == "city"
            and rivals[0].population * 5 > place.population
        ):
            review = (
                f"two gazetteer matches: {place.name} ({place.country_code}, "
                f"population {place.population:,}) or {rivals[0].name} "
                f"({rivals[0].country_code}, population {rivals[0].population:,})"
            )
        found[key] = located(
            key,
            gazetteer_evidence(
                place, name, how, len(rivals), printed_in, place is not options[0], bool(near)
            ),
            place,
            start,
            flagged=None
            if place.latitude is not None
            else "no coordinates in the packaged data for this place; add them by hand",
            needs_review=review,
        )

    # Names the gazetteer does not know: with a place cue, or a feature Natural Earth has.
    near = centre_of(found.values())
    for run in runs:
        words = run.words()
        start, end = run.start, run.end
        if words[0] == "The" and len(words) > 1:  # "The Mekong burst its banks"
            words, start = words[1:], run.tokens[1].start
        if overlaps(start, end) or not looks_like_place_name(words):
            continue
        how, end = unknown_place_cue(body, words, start, end)
        name = body[start:end]
        if name in found:
            continue
        if how is None:
            bare = bare_place(body, name, start, story, near, lowercase_words)
            again = any(f.startswith(name + " ") or f.endswith(" " + name) for f in found)
            if bare is not None and not again:  # "Java", "the Mekong" (not after "Lena River")
                found[name] = bare
            continue
        taken.append((start, end))
        found[name] = unknown_place(name, how, start, places, story, near)
    return sorted(found.values(), key=lambda loc: (loc.first_seen, loc.name))

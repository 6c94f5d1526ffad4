"""Loading and validation as pure functions: no database is opened here."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsroom.corpus import Registries, parse_article, parse_registry
from newsroom.models import Location, Person
from newsroom.resolve import resolve_article, resolve_registries
from newsroom.spans import AliasIndex, AliasTarget, SpanError, locate
from newsroom.yamltext import FrontMatterError, split_front_matter

from .conftest import (
    MINIMAL_BODY,
    MINIMAL_LOCATIONS,
    MINIMAL_ORGANIZATIONS,
    MINIMAL_PEOPLE,
    article_text,
    minimal_article,
)

ARTICLE_PATH = Path("corpus/articles/port-record.md")


def registries() -> Registries:
    from newsroom.models import Organization

    return Registries(
        people=[Person.model_validate(p) for p in MINIMAL_PEOPLE],
        organizations=[Organization.model_validate(o) for o in MINIMAL_ORGANIZATIONS],
        locations=[Location.model_validate(place) for place in MINIMAL_LOCATIONS],
    )


def resolved(front_matter: dict, body: str = MINIMAL_BODY):
    parsed, problems = parse_article(article_text(front_matter, body), ARTICLE_PATH)
    assert not problems, [p.finish() for p in problems.items]
    index, _, registry_problems = resolve_registries(registries())
    assert not registry_problems
    return resolve_article(parsed, index)


# --- Front matter ---------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "plain",
        "\n\nstarts with blank lines",  # the closing fence must not swallow them
        "ends with blank lines\n\n",
        "has a line of dashes\n---\nin the middle",
        "trailing spaces   ",
    ],
)
def test_body_survives_byte_for_byte(body):
    document = split_front_matter(f"---\nid: x\n---\n{body}\n")
    assert document.body == body


def test_body_without_final_newline_is_kept_as_is():
    assert split_front_matter("---\nid: x\n---\nno newline at end").body == "no newline at end"


def test_body_first_line_counts_front_matter():
    document = split_front_matter("---\nid: x\ntitle: y\n---\nbody")
    assert (document.front_matter_first_line, document.body_first_line) == (2, 5)


@pytest.mark.parametrize(
    "text, message",
    [
        ("id: x\n---\nbody", "does not start"),  # no opening fence
        ("---\nid: x\nbody", "never closed"),  # no closing fence
    ],
)
def test_front_matter_fences_are_required(text, message):
    with pytest.raises(FrontMatterError, match=message):
        split_front_matter(text)


# --- Models: shape errors carry a field path and a line -------------------------------


def finished(problems):
    return [p.finish() for p in problems.items]


def test_unknown_key_names_the_key_suggests_the_right_one_and_its_line():
    text = article_text(minimal_article()).replace("speaker: jan-bakker", "speakr: jan-bakker")
    parsed, problems = parse_article(text, ARTICLE_PATH)
    assert parsed is None
    messages = finished(problems)
    unknown = [p for p in messages if "unknown key 'speakr'" in p.message]
    assert unknown and "did you mean 'speaker'" in unknown[0].hint
    assert unknown[0].field == "quotes[0].speakr"
    assert text.splitlines()[unknown[0].line - 1].strip().startswith("- speakr:")


def test_every_shape_error_is_listed_at_once():
    front_matter = minimal_article()
    front_matter["figures"][0]["value"] = "2.6 million"  # not a number
    front_matter["figures"][1]["speakr"] = "x"  # unknown key
    del front_matter["title"]  # missing
    _, problems = parse_article(article_text(front_matter), ARTICLE_PATH)
    fields = {p.field for p in finished(problems)}
    assert {"figures[0].value", "figures[1].speakr", "title"} <= fields


def test_figure_value_must_be_a_number_not_a_string_of_digits():
    # "150,000" must not be quietly read as 150 or 150000.
    front_matter = minimal_article()
    front_matter["figures"][0]["value"] = "150,000"
    _, problems = parse_article(article_text(front_matter), ARTICLE_PATH)
    [problem] = finished(problems)
    assert problem.field == "figures[0].value" and "not a number" in problem.message


def test_yaml_syntax_error_gives_the_file_line():
    text = "---\nid: port-record\ntitle: [unclosed\n---\nbody\n"
    _, problems = parse_article(text, ARTICLE_PATH)
    [problem] = finished(problems)
    assert "YAML syntax error" in problem.message and problem.line in (3, 4)


def test_duplicate_yaml_key_is_an_error_not_a_silent_overwrite():
    text = "---\nid: port-record\ntitle: One\ntitle: Two\n---\nbody\n"
    _, problems = parse_article(text, ARTICLE_PATH)
    [problem] = finished(problems)
    assert "duplicate key 'title'" in problem.message and problem.line == 4


@pytest.mark.parametrize(
    "latitude, longitude, bad", [(91.0, 0.0, "latitude"), (0.0, -180.5, "longitude")]
)
def test_coordinates_out_of_range(latitude, longitude, bad):
    record = dict(MINIMAL_LOCATIONS[1], latitude=latitude, longitude=longitude)
    import yaml

    _, problems = parse_registry(yaml.safe_dump([record]), Path("locations.yml"), Location)
    [problem] = finished(problems)
    assert problem.field == f"[0].{bad}" and "out of range" in problem.message


def test_invalid_id_is_explained():
    import yaml

    _, problems = parse_registry(
        yaml.safe_dump([{"id": "Jan Bakker", "name": "Jan"}]), Path("people.yml"), Person
    )
    [problem] = finished(problems)
    assert "not a valid id" in problem.message and "lowercase" in problem.hint


# --- Resolution: references, spans, mentions ---------------------------------------


def test_valid_article_resolves_to_rows_whose_spans_hold():
    rows, problems = resolved(minimal_article())
    assert not problems
    body = rows.article["body"]
    for table in (
        "quotes",
        "figures",
        "person_mentions",
        "organization_mentions",
        "location_mentions",
    ):
        assert rows.tables[table], table
        for row in rows.tables[table]:
            assert body[row["start"] : row["end"]] == row["text"]


def test_quote_text_not_in_body():
    front_matter = minimal_article(
        quotes=[{"speaker": "jan-bakker", "text": "We were never busier"}]
    )
    rows, problems = resolved(front_matter)
    [problem] = finished(problems)
    assert (
        rows is None
        and problem.field == "quotes[0].text"
        and "not in the article body" in problem.message
    )


def test_ambiguous_figure_needs_an_occurrence():
    body = MINIMAL_BODY + " Rotterdam again."
    front_matter = minimal_article(
        figures=[{"text": "Rotterdam", "value": 1, "unit": "x", "subject": "y"}]
    )
    _, problems = resolved(front_matter, body)
    [problem] = finished(problems)
    assert "appears 3 times" in problem.message and "occurrence" in problem.hint


def test_occurrence_picks_the_nth():
    body = MINIMAL_BODY + " Rotterdam again."
    front_matter = minimal_article(
        figures=[{"text": "Rotterdam", "occurrence": 3, "value": 1, "unit": "x", "subject": "y"}]
    )
    rows, problems = resolved(front_matter, body)
    assert not problems
    assert rows.tables["figures"][0]["start"] == body.rindex("Rotterdam")


def test_unknown_speaker_suggests_the_closest_id():
    rows, problems = resolved(
        minimal_article(quotes=[{"speaker": "jan-baker", "text": "We have never been busier"}])
    )
    [problem] = finished(problems)
    assert "unknown person 'jan-baker'" in problem.message and "'jan-bakker'" in problem.hint


def test_inferred_title_needs_a_basis_from_the_body():
    _, problems = resolved(minimal_article(title_inferred=True))
    assert [p.field for p in finished(problems)] == ["title_basis"]
    _, problems = resolved(
        minimal_article(title_inferred=True, title_basis="words not in the body")
    )
    assert "not in the article body" in finished(problems)[0].message


def test_empty_body():
    _, problems = resolved(minimal_article(), body="  \n")
    [problem] = finished(problems)
    assert "body is empty" in problem.message


def test_body_checksum_catches_an_accidental_edit():
    import hashlib

    checksum = hashlib.sha256(MINIMAL_BODY.encode()).hexdigest()
    rows, problems = resolved(minimal_article(body_sha256=checksum))
    assert not problems
    _, problems = resolved(
        minimal_article(body_sha256=checksum), MINIMAL_BODY.replace("\u201c", '"')
    )
    assert "body_sha256" in finished(problems)[0].field


def test_drafts_are_refused_unless_allowed():
    parsed, _ = parse_article(article_text(minimal_article(draft=True)), ARTICLE_PATH)
    index, _, _ = resolve_registries(registries())
    _, problems = resolve_article(parsed, index)
    assert "draft" in finished(problems)[0].message
    rows, problems = resolve_article(parsed, index, allow_drafts=True)
    assert rows is not None and not problems


def test_ids_are_content_derived_and_stable():
    first, _ = resolved(minimal_article())
    second, _ = resolved(minimal_article())
    assert [q["id"] for q in first.tables["quotes"]] == [q["id"] for q in second.tables["quotes"]]
    # Editing text elsewhere in the body moves offsets but keeps the quote's id.
    moved, _ = resolved(minimal_article(), "Extra first line.\n" + MINIMAL_BODY)
    assert moved.tables["quotes"][0]["id"] == first.tables["quotes"][0]["id"]
    assert moved.tables["quotes"][0]["start"] != first.tables["quotes"][0]["start"]


def test_alias_clash_between_registries_is_an_error():
    clashing = registries()
    clashing.people.append(Person(id="rotterdam-fan", name="R", aliases=["Rotterdam"]))
    _, _, problems = resolve_registries(clashing)
    assert any("also belongs to" in p.message for p in finished(problems))


# --- Spans and mentions -------------------------------------------------------------


@pytest.mark.parametrize(
    "body, text, occurrence, expected",
    [
        ("abc abc", "abc", 2, (4, 7)),  # second occurrence
        ("x “quoted” y", "quoted", None, (3, 9)),  # curly quotes are single characters
        ("naïve café", "café", None, (6, 10)),  # offsets count characters, not bytes
    ],
)
def test_locate(body, text, occurrence, expected):
    assert locate(body, text, occurrence) == expected


def test_locate_refuses_to_guess():
    with pytest.raises(SpanError, match="appears 2 times"):
        locate("abc abc", "abc")
    with pytest.raises(SpanError, match="only 2 time"):
        locate("abc abc", "abc", 3)


def test_alias_index_a_name_glued_to_a_dollar_sign_is_a_currency_not_a_mention():
    index = AliasIndex(
        [
            AliasTarget("location", "us", "US"),
            AliasTarget("location", "hong-kong", "HK"),
        ]
    )
    body = "It cost US$2m (HK$15m), the US said; HK officials agreed."
    found = [(m.entity_id, m.start) for m in index.find(body)]
    assert found == [("us", body.index("US said")), ("hong-kong", body.index("HK officials"))]


def test_alias_index_longest_leftmost_whole_words():
    index = AliasIndex(
        [
            AliasTarget("organization", "kremlin", "Kremlin"),
            AliasTarget("location", "palace", "Grand Kremlin Palace"),
            AliasTarget("location", "us", "U.S."),
            AliasTarget("person", "putin", "Putin"),
            AliasTarget("location", "site", "Obuz-Lesnovsky"),
            AliasTarget("location", "site-long", "Obuz-Lesnovsky training ground"),
        ]
    )
    body = (
        "The Grand Kremlin Palace and the Kremlin. U.S. officials. Putin’s Putinism. "
        "Obuz-Lesnovsky training ground"
    )
    found = [(m.entity_id, m.text) for m in index.find(body)]
    assert found == [
        ("palace", "Grand Kremlin Palace"),
        ("kremlin", "Kremlin"),
        ("us", "U.S."),
        ("putin", "Putin"),
        ("site-long", "Obuz-Lesnovsky training ground"),
    ]

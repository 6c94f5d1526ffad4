"""The draft annotator (issue 7): rules on small texts, and the command end to end."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from newsroom.build import build
from newsroom.cli import draft_command
from newsroom.corpus import Registries, read_article
from newsroom.draft import draft_article, to_json
from newsroom.draft.text import slugify
from newsroom.models import Location, Person
from newsroom.problems import CorpusInvalid

ROOT = Path(__file__).resolve().parent.parent

PORT = (
    "Port of Rotterdam handles record cargo\n"
    "Rotterdam handled 2.6 million tonnes more cargo than last year, "
    "the port said on Feb. 19, 2024.\n"
    "\u201cWe have never been busier,\u201d said Jan Bakker, the port\u2019s chief executive. "
    "\u201cAnd we expect more.\u201d\n"
    "Bakker said more than 300 ships docked in the Netherlands last week."
)


def speakers(draft) -> list[tuple[str | None, str]]:
    return [(q.speaker_name, q.text) for q in draft.quotes]


def test_said_x_with_apposition_role_and_continued_quote():
    draft = draft_article(PORT)
    assert speakers(draft) == [
        ("Jan Bakker", "We have never been busier"),
        ("Jan Bakker", "And we expect more."),
    ]
    [bakker] = draft.people
    assert bakker.role == "the port\u2019s chief executive"
    assert bakker.role_basis in PORT and "Bakker" in bakker.aliases


@pytest.mark.parametrize(
    "text, speaker, quote",
    [
        ('"We will appeal," Maria Lopes said.', "Maria Lopes", "We will appeal"),
        ("\u201cWe will appeal,\u201d said Mayor Maria Lopes.", "Maria Lopes", "We will appeal"),
        (
            "Defense lawyer Maria Lopes told reporters: \u201cWe will appeal the ruling.\u201d",
            "Maria Lopes",
            "We will appeal the ruling.",
        ),
        (
            "\u201cThe ruling is wrong,\u201d according to Maria Lopes, a defense lawyer.",
            "Maria Lopes",
            "The ruling is wrong",
        ),
        (
            "Judge Tom Reyes spoke after the hearing. \u201cThe law is clear here,\u201d he said.",
            "Tom Reyes",
            "The law is clear here",
        ),
        (
            "Judge Tom Reyes spoke after the hearing.\n"
            "\u201cThe law is clear here,\u201d the judge said.",
            "Tom Reyes",
            "The law is clear here",
        ),
    ],
)
def test_attribution_patterns(text, speaker, quote):
    assert speakers(draft_article("Headline\n" + text)) == [(speaker, quote)]


def test_quote_split_around_its_attribution():
    text = "Headline\n\u201cWe lost,\u201d said coach Lena Brekke, \u201cbut we played well.\u201d"
    assert speakers(draft_article(text)) == [
        ("Lena Brekke", "We lost"),
        ("Lena Brekke", "but we played well."),
    ]
    assert draft_article(text).quotes[1].partial is True


def test_speaker_named_in_previous_sentence_and_pronoun_to_last_named_person():
    text = (
        "Headline\nCouncilor Dev Mahajan voted against the plan. "
        '"We are asking visitors to pay for a bridge that carries freight," he said.\n'
        "Mayor Carla Benson disagreed.\n"
        "\u201cThe bridge is the heart of this city and we will fix it now.\u201d"
    )
    assert speakers(draft_article(text)) == [
        ("Dev Mahajan", "We are asking visitors to pay for a bridge that carries freight"),
        ("Carla Benson", "The bridge is the heart of this city and we will fix it now."),
    ]


def test_names_resolve_to_the_registry_through_aliases():
    registries = Registries(
        people=[Person(id="jb", name="Jan Bakker", aliases=["Jan Bakker", "Bakker"])]
    )
    text = "Headline\n\u201cWe are full,\u201d Bakker told reporters."
    draft = draft_article(text, registries)
    assert [(q.speaker, q.found_by.startswith("'X said'")) for q in draft.quotes] == [("jb", True)]
    assert [(p.id, p.in_registry) for p in draft.people] == [("jb", True)]


def test_scare_quotes_and_organizations_are_not_people():
    text = (
        "Headline\nAccording to Al Jazeera, the so-called \u201cpeace plan\u201d failed. "
        "Brightwater Foods said it would cut jobs at the Port Authority."
    )
    draft = draft_article(text)
    assert draft.people == [] and draft.quotes == []


def test_places_registry_then_gazetteer_then_flagged_proposal():
    registries = Registries(
        locations=[Location(id="rdam", name="Rotterdam", aliases=["Rotterdam"], kind="city")]
    )
    text = "Headline\nShips left Rotterdam for Oslo and the Ross Sea, docking near Kleinvlietdam."
    result = draft_article(text, registries)
    places = {loc.name: loc for loc in result.locations + result.unlocated}
    # Places without coordinates are listed apart from those with (issue 11).
    assert {loc.name for loc in result.unlocated} == {"Ross Sea", "Kleinvlietdam"}
    assert places["Rotterdam"].in_registry and places["Rotterdam"].id == "rdam"
    assert (
        places["Oslo"].latitude == pytest.approx(59.91, abs=0.1)
        and "GeoNames" in places["Oslo"].coordinates_source
    )
    for proposed in ("Ross Sea", "Kleinvlietdam"):
        assert places[proposed].latitude is None and places[proposed].flagged  # never guessed


def test_country_abbreviations_and_datelines():
    places = {
        loc.name
        for loc in draft_article("Headline\nDULUTH, Minnesota \u2014 U.S. officials met.").locations
    }
    assert places == {"Duluth", "Minnesota", "United States"}


@pytest.mark.parametrize(
    "sentence, text, value, unit, qualifier",
    [
        (
            "Russia has over 150,000 troops near the border.",
            "over 150,000 troops",
            150000,
            "troops",
            "over",
        ),
        ("Prices rose 3.5 percent in May.", "3.5 percent", 3.5, "percent", None),
        (
            "The port moved 2.6 million tonnes of grain.",
            "2.6 million tonnes",
            2.6e6,
            "tonnes",
            None,
        ),
        ("The deal is worth $3.8 billion to the group.", "$3.8 billion", 3.8e9, "US dollars", None),
        ("The strike lasted two weeks in all.", "two weeks", 2, "weeks", None),
        ("Thirty ships waited outside.", "Thirty ships", 30, "ships", None),
        ("Talks went into a twelfth day on Monday.", "twelfth day", 12, "day", None),
        ("NATO has 30 member countries.", "30 member countries", 30, "countries", None),
    ],
)
def test_figures(sentence, text, value, unit, qualifier):
    [figure] = draft_article("Headline\n" + sentence).figures
    assert (figure.text, figure.value, figure.unit, figure.qualifier) == (
        text,
        value,
        unit,
        qualifier,
    )


def test_years_scores_and_dates_are_not_figures():
    draft = draft_article("Headline\nIn 2022 the team won 3-1 on Feb. 19 at the Tokyo 2020 Games.")
    assert draft.figures == []


def test_dates_use_the_article_year_and_say_when_inferred():
    draft = draft_article(
        "Headline\nThe vote was on September 13, 2021. A drill is scheduled for Feb. 19."
    )
    assert [(d.text, d.date, d.inferred) for d in draft.dates] == [
        ("September 13, 2021", "2021-09-13", False),
        ("Feb. 19", "2021-02-19", True),
    ]
    assert draft.dates[1].basis in draft.body
    undated = draft_article(
        "Headline\nA drill is scheduled for Feb. 19, officials said on Tuesday."
    )
    assert undated.dates == [] and [d.text for d in undated.unresolved_dates] == [
        "Feb. 19",
        "Tuesday",
    ]


def test_slug_and_determinism():
    # At most ten words: ids stay short.
    assert (
        slugify("Putin ready to talk with NATO; says some Russian troops leaving Ukraine")
        == "putin-ready-to-talk-with-nato-says-some-russian-troops"
    )
    assert slugify("Café Zürich’s record") == "cafe-zurichs-record"
    assert json.dumps(to_json(draft_article(PORT))) == json.dumps(to_json(draft_article(PORT)))


def test_seed_articles_with_empty_registries_find_every_quote_and_speaker():
    expected = {
        "latin-times-putin-open-to-talks": [
            "Joe Biden",
            "Vladimir Putin",
            "Jens Stoltenberg",
            "Dmytro Kuleba",
        ],
        "tns-putin-ready-to-talk-with-nato": ["Sergei Shoigu"] + ["Igor Konashenkov"] * 4,
    }
    for article_id, names in expected.items():
        parsed, _ = read_article(ROOT / "corpus" / "articles" / f"{article_id}.md")
        assert [q.speaker_name for q in draft_article(parsed.body).quotes] == names


# --- The command ------------------------------------------------------------------


def empty_corpus(root: Path) -> Path:
    (root / "articles").mkdir(parents=True)
    for name in ("people.yml", "organizations.yml", "locations.yml"):
        (root / name).write_text("[]\n", encoding="utf-8")
    return root


def test_command_writes_a_valid_draft_that_builds_once_reviewed(tmp_path):
    corpus = empty_corpus(tmp_path / "corpus")
    source = tmp_path / "port.txt"
    source.write_text(PORT + "\n", encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(draft_command, [str(source), "--corpus", str(corpus)])
    assert result.exit_code == 0, result.output
    path = corpus / "articles" / "port-of-rotterdam-handles-record-cargo.md"
    parsed, problems = read_article(path)
    assert not problems and parsed.article.draft and parsed.body == PORT
    assert "found by:" in parsed.article.quotes[0].notes and "Jan Bakker" in parsed.article.notes

    # Refuses to overwrite without --force.
    again = runner.invoke(draft_command, [str(source), "--corpus", str(corpus)])
    assert again.exit_code != 0 and "--force" in again.output
    assert (
        runner.invoke(draft_command, [str(source), "--corpus", str(corpus), "--force"]).exit_code
        == 0
    )

    # The build refuses the draft...
    with pytest.raises(CorpusInvalid, match="draft"):
        build(corpus, tmp_path / "out.db", progress=False)
    # ...and builds once the proposed people are registered and 'draft: true' is removed.
    data = json.loads(
        runner.invoke(draft_command, [str(source), "--corpus", str(corpus), "--json"]).output
    )
    people = [{"id": p["id"], "name": p["name"], "aliases": p["aliases"]} for p in data["people"]]
    (corpus / "people.yml").write_text(yaml.safe_dump(people), encoding="utf-8")
    path.write_text(
        re.sub(r"(?m)^draft: true\n", "", path.read_text(encoding="utf-8")), encoding="utf-8"
    )
    report = build(corpus, tmp_path / "out.db", progress=False)
    assert (
        report.counts["quotes"] == 2
        and report.counts["figures"] == 2
        and report.counts["event_dates"] == 1
    )


def test_command_json_shape(tmp_path):
    source = tmp_path / "port.txt"
    source.write_text(PORT, encoding="utf-8")
    result = CliRunner().invoke(
        draft_command, [str(source), "--corpus", str(tmp_path / "none"), "--json"]
    )
    data = json.loads(result.output)
    assert {"people", "quotes", "locations", "figures"} <= set(data)
    assert data["people"][0]["name"] == "Jan Bakker"
    assert data["quotes"][0] == {
        **data["quotes"][0],
        "speaker": "Jan Bakker",
        "text": "We have never been busier",
    }
    assert {"name", "latitude", "longitude"} <= set(data["locations"][0])
    assert {"value", "unit", "text"} <= set(data["figures"][0])


@pytest.mark.parametrize("name", ["dev", "holdout"])
def test_eval_set_builds_and_every_eval_text_drafts_cleanly(tmp_path, name):
    """Each evaluation set (eval/dev, eval/holdout): its corpus builds, it has an
    annotated article for every text, and every text drafts to a valid file."""
    corpus = tmp_path / name
    shutil.copytree(ROOT / "eval" / name / "corpus", corpus)
    report = build(corpus, tmp_path / f"{name}.db", progress=False)
    texts = sorted((ROOT / "eval" / name / "texts").glob("*.txt"))
    assert len(texts) >= 6
    assert report.counts["articles"] == len(texts)
    assert {path.stem for path in (corpus / "articles").glob("*.md")} == {t.stem for t in texts}
    for text in texts:
        out = tmp_path / "drafts" / f"{text.stem}.md"
        result = CliRunner().invoke(
            draft_command, [str(text), "--corpus", str(corpus), "--output", str(out)]
        )
        assert result.exit_code == 0, result.output
        parsed, problems = read_article(out)
        assert not problems and parsed.article.draft


def test_proposed_registry_entries_paste_straight_into_the_registries(tmp_path):
    """What a journalist does with the comment block: remove '# ' and paste."""
    corpus = empty_corpus(tmp_path / "corpus")
    source = tmp_path / "port.txt"
    source.write_text(PORT + "\n", encoding="utf-8")
    assert CliRunner().invoke(draft_command, [str(source), "--corpus", str(corpus)]).exit_code == 0
    path = corpus / "articles" / "port-of-rotterdam-handles-record-cargo.md"
    text = path.read_text(encoding="utf-8")
    sections, current = {}, None
    from newsroom.yamltext import split_front_matter

    for line in split_front_matter(text).front_matter.splitlines():
        heading = re.match(r"# ---- (\w+\.yml)", line)
        if heading:
            current = heading.group(1)
        elif current and line.startswith("# "):
            sections.setdefault(current, []).append(line[2:])
        elif not line.startswith("#"):
            break
    assert "people.yml" in sections
    for name, lines in sections.items():
        entries = yaml.safe_load("\n".join(lines))
        assert isinstance(entries, list) and all("id" in entry for entry in entries), name
        (corpus / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    path.write_text(re.sub(r"(?m)^draft: true\n", "", text), encoding="utf-8")
    report = build(corpus, tmp_path / "out.db", progress=False)
    assert report.counts["people"] >= 1 and report.counts["quotes"] == 2


def test_registries_are_read_once_and_again_when_a_file_changes(tmp_path):
    """Drafting a folder reads a large corpus's registries once; an editor's accepted
    entry (a changed file) is read the next time."""
    import os

    from newsroom.draft import load_registries

    corpus = empty_corpus(tmp_path / "corpus")
    first = load_registries(corpus)
    assert load_registries(corpus) is first  # parsed once
    people = corpus / "people.yml"
    people.write_text(
        "- id: ana-ruiz\n  name: Ana Ruiz\n  aliases:\n  - Ana Ruiz\n", encoding="utf-8"
    )
    stat = people.stat()
    os.utime(people, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert [p.id for p in load_registries(corpus).people] == ["ana-ruiz"]

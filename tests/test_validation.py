"""A broken corpus fails the build with file, line, field, what is wrong and how
to fix it; every problem at once; the previous corpus.db untouched."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from newsroom.build import build
from newsroom.problems import CorpusInvalid

from .conftest import (
    MINIMAL_LOCATIONS,
    MINIMAL_PEOPLE,
    ROOT,
    article_text,
    minimal_article,
    write_corpus,
)


def problems_of(corpus: Path, tmp_path: Path):
    with pytest.raises(CorpusInvalid) as raised:
        build(corpus, tmp_path / "out.db", progress=False)
    return raised.value.problems


def article_file(front_matter=None, body=None) -> dict[str, str]:
    front_matter = front_matter or minimal_article()
    text = article_text(front_matter) if body is None else article_text(front_matter, body)
    return {f"{front_matter.get('id', 'port-record')}.md": text}


def line_containing(path: Path, fragment: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if fragment in line:
            return number
    raise AssertionError(f"{fragment!r} not in {path}")


# Each case: how to break the minimal corpus, then the file, the text on the
# expected line, the field and a fragment of the message.
CASES = {
    "malformed YAML in front matter": (
        dict(
            articles={
                "port-record.md": '---\nid: port-record\ntitle: "unclosed\nbody: x\n---\nBody\n'
            }
        ),
        "articles/port-record.md",
        None,
        "",
        "YAML syntax error",
    ),
    "malformed registry YAML": (
        dict(people="- id: a\n  name: [x\n"),
        "people.yml",
        None,
        "",
        "YAML syntax error",
    ),
    "missing required field": (
        dict(articles=article_file({k: v for k, v in minimal_article().items() if k != "title"})),
        "articles/port-record.md",
        "id: port-record",
        "title",
        "required field is missing",
    ),
    "unknown key (typo)": (
        dict(
            articles={
                "port-record.md": article_text(minimal_article()).replace("speaker:", "speakr:")
            }
        ),
        "articles/port-record.md",
        "speakr:",
        "quotes[0].speakr",
        "unknown key 'speakr'",
    ),
    "unknown person reference": (
        dict(
            articles=article_file(
                minimal_article(
                    quotes=[{"speaker": "jan-baker", "text": "We have never been busier"}]
                )
            )
        ),
        "articles/port-record.md",
        "speaker: jan-baker",
        "quotes[0].speaker",
        "unknown person 'jan-baker'",
    ),
    "unknown organization reference": (
        dict(articles=article_file(minimal_article(outlet="daily-planet"))),
        "articles/port-record.md",
        "outlet: daily-planet",
        "outlet",
        "unknown organization",
    ),
    "unknown location reference": (
        dict(locations=[dict(MINIMAL_LOCATIONS[1], country="holland")]),
        "locations.yml",
        "country: holland",
        "[0].country",
        "unknown location 'holland'",
    ),
    "quote not in the body": (
        dict(
            articles=article_file(
                minimal_article(quotes=[{"speaker": "jan-bakker", "text": "We are busy"}])
            )
        ),
        "articles/port-record.md",
        "text: We are busy",
        "quotes[0].text",
        "not in the article body",
    ),
    "ambiguous figure": (
        dict(
            articles=article_file(
                minimal_article(
                    figures=[{"text": "Rotterdam", "value": 1, "unit": "u", "subject": "s"}]
                )
            )
        ),
        "articles/port-record.md",
        "text: Rotterdam",
        "figures[0].text",
        "appears 2 times",
    ),
    "latitude out of range": (
        dict(locations=[dict(MINIMAL_LOCATIONS[0], latitude=95.5)]),
        "locations.yml",
        "latitude: 95.5",
        "[0].latitude",
        "out of range",
    ),
    "non-numeric figure value": (
        dict(
            articles=article_file(
                minimal_article(
                    figures=[
                        {
                            "text": "2.6 million tonnes",
                            "value": "lots",
                            "unit": "tonnes",
                            "subject": "s",
                        }
                    ]
                )
            )
        ),
        "articles/port-record.md",
        "value: lots",
        "figures[0].value",
        "not a number",
    ),
    "empty body": (
        dict(articles=article_file(minimal_article(quotes=[], figures=[]), body="")),
        "articles/port-record.md",
        "---",
        "",
        "body is empty",
    ),
    "file name does not match id": (
        dict(articles={"port.md": article_text(minimal_article())}),
        "articles/port.md",
        "id: port-record",
        "id",
        "does not match the file name",
    ),
    "coordinates without a source": (
        dict(
            locations=[{k: v for k, v in MINIMAL_LOCATIONS[0].items() if k != "coordinates_source"}]
        ),
        "locations.yml",
        "- id: netherlands",
        "[0].coordinates_source",
        "without coordinates_source",
    ),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_problem_names_file_line_field_and_fix(case, tmp_path):
    changes, file, line_text, field, message = CASES[case]
    corpus = write_corpus(tmp_path / "corpus", **changes)
    problems = problems_of(corpus, tmp_path)
    matching = [p for p in problems if p.file == str(corpus / file) and message in p.message]
    assert matching, "\n".join(map(str, problems))
    problem = matching[0]
    assert problem.field == field
    assert problem.hint, "every problem says how to fix it"
    if line_text is not None:
        path = corpus / file
        if line_text == "---":  # the empty body starts after the closing fence
            assert problem.line == path.read_text().splitlines().index("---", 1) + 2
        else:
            assert problem.line == line_containing(path, line_text), str(problem)
    else:
        assert problem.line is not None


def test_not_utf8(tmp_path):
    corpus = write_corpus(tmp_path / "corpus")
    path = corpus / "articles" / "port-record.md"
    path.write_bytes(
        path.read_bytes().replace(b"Rotterdam handled", "Rotterdam h\xe4ndled".encode("latin-1"))
    )
    [problem] = problems_of(corpus, tmp_path)
    lines = path.read_bytes().split(b"\n")
    expected = next(n for n, line in enumerate(lines, start=1) if b"ndled 2.6" in line)
    assert "not valid UTF-8" in problem.message and problem.line == expected


def test_duplicate_ids_across_files(tmp_path):
    text = article_text(minimal_article())
    corpus = write_corpus(
        tmp_path / "corpus", articles={"port-record.md": text, "zz-copy.md": text}
    )
    problems = problems_of(corpus, tmp_path)
    messages = [(Path(p.file).name, p.message) for p in problems]
    assert (
        "zz-copy.md",
        "the id 'port-record' does not match the file name 'zz-copy.md'",
    ) in messages
    assert any(name == "zz-copy.md" and "also used by" in message for name, message in messages)


def test_duplicate_ids_in_a_registry(tmp_path):
    corpus = write_corpus(tmp_path / "corpus", people=MINIMAL_PEOPLE + MINIMAL_PEOPLE)
    problems = problems_of(corpus, tmp_path)
    assert any("used twice" in p.message and p.field == "[1].id" for p in problems)


def test_all_problems_in_all_files_are_listed_at_once(tmp_path):
    bad_article = minimal_article(quotes=[{"speakr": "jan-bakker", "text": "x"}])
    corpus = write_corpus(
        tmp_path / "corpus",
        articles={
            "port-record.md": article_text(bad_article),
            "other.md": article_text(minimal_article(id="other", outlet="nope")),
        },
        locations=[dict(MINIMAL_LOCATIONS[0], latitude=100.0), MINIMAL_LOCATIONS[1]],
    )
    problems = problems_of(corpus, tmp_path)
    files = {Path(p.file).name for p in problems}
    assert files == {"port-record.md", "other.md", "locations.yml"}


def run_cli(*args, cwd=ROOT):
    return subprocess.run(
        [sys.executable, str(ROOT / "build_db.py"), *args], cwd=cwd, capture_output=True, text=True
    )


def test_cli_exits_non_zero_lists_problems_and_keeps_the_old_database(tmp_path):
    corpus = write_corpus(tmp_path / "corpus")
    output = tmp_path / "corpus.db"
    assert (
        run_cli("--corpus", str(corpus), "--output", str(output), "--no-progress").returncode == 0
    )
    before = hashlib.sha256(output.read_bytes()).hexdigest()
    path = corpus / "articles" / "port-record.md"
    path.write_text(
        path.read_text().replace("speaker:", "speakr:").replace("value: 300", "value: lots")
    )
    result = run_cli("--corpus", str(corpus), "--output", str(output))
    assert result.returncode == 1
    assert (
        "2 problems" in result.stderr
        and "speakr" in result.stderr
        and "not a number" in result.stderr
    )
    assert f"{path}:{line_containing(path, 'speakr')}: quotes[0].speakr" in result.stderr
    assert "Traceback" not in result.stderr
    assert hashlib.sha256(output.read_bytes()).hexdigest() == before


def test_cli_help():
    result = run_cli("--help")
    assert result.returncode == 0 and "build" in result.stdout
    result = run_cli("build", "--help")
    assert (
        "--corpus" in result.stdout and "--output" in result.stdout and "--drafts" in result.stdout
    )


@pytest.mark.parametrize(
    "field, value", [("events_date", "2022-02-31"), ("published", "2022-13-15")]
)
def test_impossible_unquoted_date_is_a_problem_not_a_traceback(tmp_path, field, value):
    text = article_text(minimal_article()).replace("published: null", f"{field}: {value}")
    corpus = write_corpus(tmp_path / "corpus", articles={"port-record.md": text})
    [problem] = problems_of(corpus, tmp_path)
    assert problem.field == field and "YYYY-MM-DD" in problem.hint
    assert problem.line == line_containing(corpus / "articles" / "port-record.md", value)


def test_a_broken_registry_is_reported_first_and_alone(tmp_path):
    corpus = write_corpus(tmp_path / "corpus", people="- id: jan-bakker\n  name: [Jan\n")
    problems = problems_of(corpus, tmp_path)
    assert (
        Path(problems[0].file).name == "people.yml" and "YAML syntax error" in problems[0].message
    )
    assert not any("unknown person" in p.message for p in problems), problems


def test_one_typo_gives_one_problem_not_a_cascade(tmp_path):
    people = [dict(MINIMAL_PEOPLE[0], role_basis="the port’s chief executive")]
    text = article_text(minimal_article()).replace("attribution:", "atribution:")
    corpus = write_corpus(tmp_path / "corpus", people=people, articles={"port-record.md": text})
    problems = problems_of(corpus, tmp_path)
    assert [p.field for p in problems] == ["quotes[0].atribution"]

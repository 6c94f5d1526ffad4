"""New articles in through the command line: a saved page, a folder, accept."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsroom.build import build
from newsroom.cli import main

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "tests" / "fixtures" / "pages"


@pytest.fixture
def corpus(tmp_path) -> Path:
    shutil.copytree(ROOT / "corpus", tmp_path / "corpus")
    return tmp_path / "corpus"


def run(*args: str):
    return CliRunner().invoke(main, [str(arg) for arg in args])


def test_a_saved_page_drafts_with_only_the_metadata_it_states(corpus):
    result = run("draft", PAGES / "full_jsonld.html", "--corpus", corpus, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["published"] == "2024-03-12"
    assert data["published_basis"] == "JSON-LD NewsArticle.datePublished"
    assert data["byline"] and data["url"].startswith("https://") and data["outlet"]
    assert "Accept all cookies" not in data["body"] and data["body"].startswith("KINGSPORT")
    # The annotations keep their shape beside the page's fields.
    assert {"people", "quotes", "locations", "figures"} <= set(data)
    unstated = json.loads(run("draft", PAGES / "unstated.html", "--json").output)
    # The page states none of these: null, never a guess.
    assert [unstated[key] for key in ("byline", "url", "published", "outlet")] == [None] * 4


def test_a_drafted_page_is_a_corpus_file_that_builds_once_accepted(corpus, tmp_path):
    result = run("draft", PAGES / "opengraph_byline.html", "--corpus", corpus)
    assert result.exit_code == 0, result.output
    (written,) = [p for p in (corpus / "articles").glob("*.md") if "lagos" in p.name]
    text = written.read_text(encoding="utf-8")
    assert "draft: true" in text and "byline: " in text and "SHA-256" in text
    accepted = run("accept", written, "--corpus", corpus, "--publish")
    assert accepted.exit_code == 0, accepted.output
    assert "\ndraft: true\n" not in written.read_text(encoding="utf-8")
    build(corpus, tmp_path / "out.db", progress=False)
    # The outlet the page names is proposed as a news outlet, accepted into
    # organizations.yml, and the article points to it with where it was found.
    db = sqlite3.connect(tmp_path / "out.db")
    outlet, source, name, kind = db.execute(
        "select outlet_id, outlet_source, organizations.name, organizations.kind from articles"
        " join organizations on organizations.id = articles.outlet_id where articles.id = ?",
        [written.stem],
    ).fetchone()
    assert (outlet, name, kind) == ("coastline-review", "Coastline Review", "news outlet")
    assert source == 'saved page opengraph_byline.html: <meta property="og:site_name">'


def test_an_outlet_already_in_the_registry_is_used_not_proposed(corpus, tmp_path):
    page = (PAGES / "opengraph_byline.html").read_text(encoding="utf-8")
    saved = tmp_path / "latin.html"
    saved.write_text(page.replace('content="Coastline Review"', 'content="Latin Times"'))
    data = json.loads(run("draft", saved, "--corpus", corpus, "--json").output)
    assert data["outlet"] == "Latin Times"
    assert "Latin Times" not in [o["name"] for o in data["organizations"] if not o["in_registry"]]
    result = run("draft", saved, "--corpus", corpus)
    assert result.exit_code == 0, result.output
    (written,) = [p for p in (corpus / "articles").glob("*.md") if "lagos" in p.name]
    text = written.read_text(encoding="utf-8")
    assert "\noutlet: latin-times\n" in text and "id: latin-times" not in text
    # With or without its article, one outlet: "The Latin Times" is latin-times too.
    saved.write_text(page.replace('content="Coastline Review"', 'content="The Latin Times"'))
    data = json.loads(run("draft", saved, "--corpus", corpus, "--json").output)
    assert all(o["name"] != "The Latin Times" for o in data["organizations"])


def test_a_folder_drafts_every_file_and_reports_the_one_that_fails(corpus, tmp_path):
    folder = tmp_path / "incoming"
    folder.mkdir()
    for name in ("full_jsonld.html", "no_article.html", "windows1252.html"):
        shutil.copy(PAGES / name, folder / name)
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")  # not a .txt or .html: left alone
    result = run("draft", folder, "--corpus", corpus)
    assert result.exit_code == 1
    assert "no_article.html" in result.output and "no article text" in result.output
    assert "needs review" in result.output  # the summary table's header
    written = sorted(p.name for p in (corpus / "articles").glob("*.md"))
    assert any("kingsport" in name for name in written)
    assert any("bilbao" in name for name in written)


@pytest.mark.parametrize(
    "name, content, expected",
    [
        ("binary.txt", b"\x00\x01\x02 not text", "binary file"),  # a file saved wrongly
        ("bom.txt", b"\xef\xbb\xbfHeadline\nBody text.", "byte-order mark"),  # Windows editors
        ("latin.txt", "Łódź café".encode("cp1250"), "not UTF-8"),  # an old encoding
    ],
)
def test_bad_input_files_get_one_clear_message(corpus, tmp_path, name, content, expected):
    path = tmp_path / name
    path.write_bytes(content)
    before = sorted((corpus / "articles").iterdir())
    result = run("draft", path, "--corpus", corpus)
    assert result.exit_code == 1
    assert expected in result.output and name in result.output
    assert "Traceback" not in result.output
    assert sorted((corpus / "articles").iterdir()) == before


def test_accept_refuses_a_clash_and_changes_nothing(corpus):
    result = run("draft", PAGES / "full_jsonld.html", "--corpus", corpus)
    assert result.exit_code == 0, result.output
    (written,) = [p for p in (corpus / "articles").glob("*.md") if "kingsport" in p.name]
    # An editor's proposal that reuses an existing person's id.
    text = written.read_text(encoding="utf-8").replace(
        "# - id: margaret-ellison", "# - id: igor-konashenkov", 1
    )
    written.write_text(text, encoding="utf-8")
    registries = {p.name: p.read_bytes() for p in corpus.glob("*.yml")}
    refused = run("accept", written, "--corpus", corpus)
    assert refused.exit_code == 1
    assert "igor-konashenkov" in refused.output and "Traceback" not in refused.output
    assert {p.name: p.read_bytes() for p in corpus.glob("*.yml")} == registries
    assert written.read_text(encoding="utf-8") == text


def test_a_folder_named_like_an_article_is_a_clear_problem(corpus, tmp_path):
    (corpus / "articles" / "x.md").mkdir()
    result = run("build", "--corpus", corpus, "--output", tmp_path / "out.db")
    assert result.exit_code == 1
    assert "folder named like an article" in result.output
    assert "Traceback" not in result.output


def test_the_summary_counts_what_needs_review(corpus, tmp_path):
    # Two women named, then "she": the drafter cannot tell which one spoke.
    text = tmp_path / "pronoun.txt"
    text.write_text(
        "Council agrees budget\nMayor Ann Reyes met Judge Jane Smith on Monday. "
        "“We will appeal the ruling,” she said.",
        encoding="utf-8",
    )
    result = run("draft", text, "--corpus", corpus)
    assert result.exit_code == 0, result.output
    assert "1 to review" in result.output

"""A draft under review, as an editor sees it in an editor with YAML colouring:
the draft a saved page becomes, rendered and screenshot for the README's daily
loop (`make screenshots`)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import TextLexer, YamlLexer

from newsroom.cli import main

from .test_browser import browser, offline, screenshot  # noqa: F401, F811  (fixtures)

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parent.parent


def as_editor_page(draft_text: str) -> str:
    """The draft file as an editor window shows it: front matter coloured as YAML."""
    # The front matter runs from the first line to the next line that is only '---'.
    front_matter, _, body = draft_text[len("---\n") :].partition("\n---\n")
    formatter = HtmlFormatter(style="friendly", linenos="inline", noclasses=True)
    coloured = highlight(f"---\n{front_matter}\n---\n", YamlLexer(), formatter)
    text = highlight(body, TextLexer(), HtmlFormatter(noclasses=True))
    return (
        "<!doctype html><meta charset=utf-8><title>Draft under review</title>"
        "<body style='font:13px/1.45 monospace;margin:16px;max-width:1200px'>"
        f"{coloured}{text}</body>"
    )


def test_a_drafted_page_reads_as_a_reviewable_file(offline, tmp_path):  # noqa: F811
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "corpus", corpus)
    page_file = ROOT / "tests" / "fixtures" / "pages" / "full_jsonld.html"
    result = CliRunner().invoke(main, ["draft", str(page_file), "--corpus", str(corpus)])
    assert result.exit_code == 0, result.output
    (draft,) = [p for p in (corpus / "articles").glob("*.md") if "kingsport" in p.name]
    page = offline.page
    page.set_content(as_editor_page(draft.read_text(encoding="utf-8")))
    shown = page.inner_text("body")
    # What the editor must see to review it: the proposals to keep or delete,
    # the draft flag, the metadata the page stated and where it was found.
    for expected in ("Proposed registry entries", "draft: true", "byline:", "JSON-LD"):
        assert expected in shown, expected
    screenshot(page, "draft-review")

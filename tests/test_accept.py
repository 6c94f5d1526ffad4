"""Accepting a draft's registry proposals (issue 12): what is kept, what is refused,
and that a refusal leaves every file byte for byte as it was."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

import newsroom.accept as accept_module
from newsroom.accept import AcceptRefused, accept, proposals_in
from newsroom.build import build
from newsroom.corpus import read_article, read_registries
from newsroom.draft import draft_article, render
from newsroom.problems import CorpusInvalid
from newsroom.registry_append import append_entries
from newsroom.yamltext import split_front_matter

ROOT = Path(__file__).resolve().parent.parent

# Invented: a new person (quoted), a new company, a gazetteer city and an unknown village.
FERRY = (
    "Ferry returns to Kelvarra\n"
    "Harwick Shipping Lines will restart the ferry from Glasgow to the Kelvarra village pier "
    "next month, the company said.\n"
    "\u201cThe island has waited long enough,\u201d said Mara Lindqvist, "
    "the company\u2019s operations director.\n"
    "Lindqvist said 40 crossings a week were planned."
)
REGISTRIES = ("people.yml", "organizations.yml", "locations.yml")


@pytest.fixture
def corpus(tmp_path) -> Path:
    root = tmp_path / "corpus"
    shutil.copytree(ROOT / "corpus", root)
    return root


def write_draft(corpus: Path, *edits) -> Path:
    """Draft FERRY into ``corpus`` as the draft command does, then apply the
    editor's ``edits`` (functions from text to text)."""
    registries, _ = read_registries(corpus)
    draft = draft_article(FERRY, registries)
    text = render(draft)
    for edit in edits:
        text = edit(text)
    path = corpus / "articles" / f"{draft.id}.md"
    path.write_text(text, encoding="utf-8")
    return path


def delete_entry(entry_id: str):
    """What an editor does to reject a proposal: delete its lines."""
    return lambda text: re.sub(rf"(?m)^# - id: {entry_id}\n(?:#   .*\n)*", "", text)


def replace(old: str, new: str):
    def edit(text: str) -> str:
        assert old in text, old
        return text.replace(old, new, 1)

    return edit


def snapshot(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


def test_kept_entries_are_appended_and_everything_else_is_kept(corpus, tmp_path):
    path = write_draft(
        corpus,
        delete_entry("kelvarra-village"),  # rejected by the editor
        replace("#   kind: organization", "#   kind: company"),  # edited in place
    )
    kept = proposals_in(path.read_text(encoding="utf-8"), str(path))
    # The front matter alone reads the same as the whole file.
    assert proposals_in(split_front_matter(path.read_text()).front_matter) == kept
    assert [e["id"] for e in kept["locations.yml"]] == ["glasgow"]
    before = {name: (corpus / name).read_text(encoding="utf-8") for name in REGISTRIES}
    body = read_article(path)[0].body

    report = accept(path, corpus)

    assert report.added == {
        "people.yml": ["mara-lindqvist"],
        "organizations.yml": ["harwick-shipping-lines"],
        "locations.yml": ["glasgow"],
    }
    assert not report.published and "still a draft" in report.message
    for name in REGISTRIES:
        after = (corpus / name).read_text(encoding="utf-8")
        # Old comments, order and formatting untouched: the old text is a prefix.
        assert after.startswith(before[name]), name
        old_count = len(yaml.safe_load(before[name]))
        assert yaml.safe_load(after)[old_count:] == kept[name], name
    assert "  aliases: [Mara Lindqvist, Lindqvist]\n" in (corpus / "people.yml").read_text()
    assert "kind: company" in (corpus / "organizations.yml").read_text()
    assert "kelvarra-village" not in (corpus / "locations.yml").read_text()

    parsed, problems = read_article(path)
    assert not problems and parsed.article.draft and parsed.body == body
    assert "# ----" not in path.read_text(encoding="utf-8")
    report = build(corpus, tmp_path / "drafts.db", allow_drafts=True, progress=False)
    assert report.counts["people"] == len(yaml.safe_load(before["people.yml"])) + 1
    with pytest.raises(CorpusInvalid, match="draft"):  # still refused without --drafts
        build(corpus, tmp_path / "out.db", progress=False)


def test_accepting_twice_is_a_no_op_then_publish_removes_draft(corpus, tmp_path):
    path = write_draft(corpus, delete_entry("kelvarra-village"))
    accept(path, corpus)
    accepted = snapshot(corpus)

    again = accept(path, corpus)
    assert again.added == {} and "nothing to accept" in again.message
    assert snapshot(corpus) == accepted

    published = accept(path, corpus, publish=True)
    assert published.published and published.added == {}
    assert not read_article(path)[0].article.draft
    assert not re.search(r"(?m)^draft:", path.read_text(encoding="utf-8"))
    build(corpus, tmp_path / "out.db", progress=False)  # builds without --drafts


def test_publish_at_once(corpus, tmp_path):
    path = write_draft(corpus, delete_entry("kelvarra-village"))
    assert "\n# DRAFT written by" in path.read_text(encoding="utf-8")
    report = accept(path, corpus, publish=True)
    assert report.published and "removed 'draft: true'" in report.message
    # The drafter's instructions to the editor go with 'draft: true'; the
    # published notes never held them.
    published = path.read_text(encoding="utf-8")
    assert "# DRAFT" not in published and "DRAFT written" not in published
    build(corpus, tmp_path / "out.db", progress=False)


@pytest.mark.parametrize("publish", [True, False])
def test_failing_check_refuses_and_restores_every_file(corpus, publish):
    # The quote no longer matches the body: the build's span check fails.
    broken = replace("- text: The island has waited long enough", "- text: The island waited")
    path = write_draft(corpus, delete_entry("kelvarra-village"), broken)
    before = snapshot(corpus)
    with pytest.raises(AcceptRefused) as refused:
        accept(path, corpus, publish=publish)
    assert any(path.name in problem and "quotes" in problem for problem in refused.value.problems)
    assert snapshot(corpus) == before


@pytest.mark.parametrize(
    "edit, expected",
    [
        # Id clash: the proposed id is another person's in people.yml.
        (replace("# - id: mara-lindqvist", "# - id: vladimir-putin"), "already used by"),
        # Alias clash with the registries: 'Putin' already names vladimir-putin.
        (replace("#   - Lindqvist", "#   - Putin"), "alias 'Putin' already names"),
        # Alias clash inside the proposals: a place proposed with the person's alias.
        (replace("#   - Glasgow", "#   - Glasgow\n#   - Lindqvist"), "already names the proposal"),
        # Id clash inside the proposals: the same id proposed twice, differently.
        (
            replace("#   kind: city", "#   kind: city\n# - id: glasgow\n#   name: G\n#   kind: x"),
            "the id is already used by the proposal",
        ),
        # A name already registered under another id in the same registry.
        (replace("#   name: Glasgow", "#   name: Moscow"), "name 'Moscow' already names"),
        # Malformed block: a YAML syntax error inside a kept entry.
        (replace("#   name: Mara Lindqvist", "#   name: [Mara Lindqvist"), "not valid YAML"),
        # Malformed block: the editor uncommented a line instead of keeping '# '.
        (replace("#   name: Mara Lindqvist", "  name: Mara Lindqvist"), "not a comment"),
        # Malformed block: a key the registry's schema does not have.
        (replace("#   role:", "#   rol:"), "unknown key 'rol'"),
        # Malformed block: a heading naming a file that is no registry.
        (replace("# ---- people.yml", "# ---- persons.yml"), "'persons.yml' is not a registry"),
        # Malformed block: an entry left without its heading.
        (lambda t: re.sub(r"(?m)^# ---- people\.yml ----\n", "", t), "no '# ---- <registry>"),
    ],
)
def test_clashes_and_malformed_blocks_are_refused(corpus, edit, expected):
    path = write_draft(corpus, edit)
    before = snapshot(corpus)
    with pytest.raises(AcceptRefused) as refused:
        accept(path, corpus)
    assert any(path.name in p and expected in p for p in refused.value.problems), refused.value
    assert snapshot(corpus) == before


def test_an_exception_in_the_middle_restores_every_file(corpus, monkeypatch):
    path = write_draft(corpus)
    before = snapshot(corpus)
    real_write = accept_module.write_atomic
    calls = []

    def failing_write(target, data):
        calls.append(target)
        if len(calls) == 3:  # two files written, the third fails
            raise OSError("disk full")
        real_write(target, data)

    monkeypatch.setattr(accept_module, "write_atomic", failing_write)
    with pytest.raises(OSError, match="disk full"):
        accept(path, corpus)
    assert snapshot(corpus) == before

    monkeypatch.setattr(accept_module, "write_atomic", real_write)
    monkeypatch.setattr(accept_module, "check_accepted", lambda *_: 1 / 0)  # the checks crash
    with pytest.raises(ZeroDivisionError):
        accept(path, corpus)
    assert snapshot(corpus) == before


def test_another_draft_waiting_in_the_corpus_does_not_block_this_one(corpus, tmp_path):
    """Drafting a folder leaves several drafts, each with people the registries
    do not have yet: each is accepted on its own, in any order."""
    other = write_draft(corpus, replace("speaker: mara-lindqvist", "speaker: ines-okafor"))
    other = other.rename(other.with_name("other-draft.md"))
    other.write_text(
        other.read_text(encoding="utf-8").replace(
            "id: ferry-returns-to-kelvarra", "id: other-draft"
        ),
        encoding="utf-8",
    )
    path = write_draft(corpus, delete_entry("kelvarra-village"))
    report = accept(path, corpus, publish=True)
    assert report.published and "mara-lindqvist" in report.added["people.yml"]
    # The other draft still waits, unaccepted, and a build with drafts refuses
    # only it, for the people it proposes but nobody has accepted yet.
    with pytest.raises(CorpusInvalid) as refused:
        build(corpus, tmp_path / "out.db", progress=False, allow_drafts=True)
    assert {Path(problem.file).name for problem in refused.value.problems} == {"other-draft.md"}


def test_a_new_persons_role_must_stand_in_this_article(corpus):
    path = write_draft(
        corpus,
        delete_entry("kelvarra-village"),
        replace("#   role_basis: Mara Lindqvist, the company", "#   role_basis: Mara Lindqvist, a"),
    )
    before = snapshot(corpus)
    with pytest.raises(AcceptRefused) as refused:
        accept(path, corpus)
    assert any("role_basis of 'mara-lindqvist'" in p for p in refused.value.problems), refused.value
    assert snapshot(corpus) == before


def test_entry_already_pasted_by_hand_is_not_a_clash(corpus):
    path = write_draft(corpus, delete_entry("kelvarra-village"))
    [person] = proposals_in(path.read_text(encoding="utf-8"))["people.yml"]
    people = corpus / "people.yml"
    people.write_text(append_entries(people.read_text(encoding="utf-8"), [person]))
    pasted = people.read_bytes()
    report = accept(path, corpus)
    assert report.already_present == ["mara-lindqvist"] and "people.yml" not in report.added
    assert people.read_bytes() == pasted


def test_a_draft_outside_the_corpus_is_refused(corpus, tmp_path):
    path = write_draft(corpus)
    outside = tmp_path / path.name
    path.rename(outside)
    before = snapshot(corpus)
    with pytest.raises(AcceptRefused, match="move it into"):
        accept(outside, corpus)
    assert snapshot(corpus) == before


@pytest.mark.parametrize(
    "registry, expected",
    [
        # An empty registry: the bare '[]' goes, its comments stay, entries follow a blank line.
        ("# People.\n[]\n", "# People.\n\n- id: a\n  name: A\n  aliases: [A, 'yes']\n"),
        # Block-style alias lists and no blank lines between entries: the file's style is kept.
        (
            "- id: b\n  name: B\n  aliases:\n  - B\n- id: c\n  name: C\n",
            "- id: b\n  name: B\n  aliases:\n  - B\n- id: c\n  name: C\n"
            "- id: a\n  name: A\n  aliases:\n  - A\n  - 'yes'\n",
        ),
        # No final newline: one is added, the old text stays a prefix.
        (
            "- id: b\n  name: B\n  aliases: [ B ]",
            "- id: b\n  name: B\n  aliases: [ B ]\n\n- id: a\n  name: A\n  aliases: [A, 'yes']\n",
        ),
    ],
)
def test_append_entries_follows_the_file_style(registry, expected):
    # 'yes' is quoted: the build's YAML 1.1 reader would read it as true.
    assert append_entries(registry, [{"id": "a", "name": "A", "aliases": ["A", "yes"]}]) == expected


def test_an_append_that_would_change_the_last_entry_is_refused(corpus):
    # A keep-chomped block scalar ('|+') would take the blank line before the new
    # entries into its value: reading the result back catches it.
    people = corpus / "people.yml"
    people.write_text(people.read_text(encoding="utf-8") + "  notes: |+\n    Checked.\n")
    path = write_draft(corpus)
    before = snapshot(corpus)
    with pytest.raises(AcceptRefused, match="cannot be appended") as refused:
        accept(path, corpus)
    assert "people.yml" in str(refused.value)
    assert snapshot(corpus) == before

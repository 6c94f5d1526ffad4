"""Accepting a draft's registry proposals (issue 12): ``build_db.py accept ARTICLE``.

A draft written by ``build_db.py draft`` starts its front matter with commented
registry entries under "# ---- people.yml ----", "# ---- organizations.yml ...",
"# ---- locations.yml ..." headings. The editor's rule: **every entry still in
the block is kept**. Delete an entry's lines to reject it; edit its values in
place, keeping the leading "# " on every line (an uncommented line would be read
as the article's own front matter; accept refuses it). The block starts at the
"# Proposed registry entries" line or the first heading and ends at the first
line that is not a comment; each section, with "#" and one space removed from
its lines, is read as a YAML list of entries.

Accepting appends the kept entries to the registries, removes the block from the
draft (so accepting again has nothing to do), with ``publish`` removes
``draft: true``, then runs the build's checks. A clash, a malformed block or a
failing check puts every touched file back byte for byte and raises
AcceptRefused listing every problem.

Registries are appended to as text, not re-dumped whole: a ruamel.yaml round
trip re-emits the whole file and normalises what it cannot keep (spaces inside
flow lists, the comments of a file with no entries yet). Only the new entries
are dumped by ruamel, in the file's style (flow or block alias lists, blank
lines between entries or not), and the result is read back with the build's
YAML reader to check that the old entries are unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pydantic

from .checking import check_with_registries
from .corpus import (
    DRAFT_COMMENT,
    REGISTRY_FILES,
    article_paths,
    decode_utf8,
    pydantic_problems,
    read_article,
    read_registries,
)
from .problems import Problem, ProblemList
from .registry_append import (
    append_checked,
    write_atomic,
)
from .yamltext import YamlSyntaxError, line_of, load_yaml

MODELS = {filename: model for filename, model in REGISTRY_FILES.values()}
INTRO = "# Proposed registry entries"
HEADING = re.compile(r"# -{2,} (\S+\.yml)(?:\s|$)")
BLOCK = "proposed registry entries"  # the field label of problems with the block itself
# The spellings PyYAML (the build's reader) takes for true; "draft: false" stays.
DRAFT_TRUE = re.compile(r"draft:[ \t]*(?:true|True|TRUE|yes|Yes|YES|on|On|ON)[ \t]*(?:#.*)?")


class AcceptRefused(Exception):
    """Nothing was changed; ``problems`` says, one string each, what to fix where."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        count = f"{len(self.problems)} problem{'s' if len(self.problems) != 1 else ''}"
        super().__init__(
            "\n".join([f"Accept refused ({count}); no file was changed.", *self.problems])
        )


@dataclass
class AcceptReport:
    article: Path
    added: dict[str, list[str]] = field(default_factory=dict)  # registry file -> ids appended
    already_present: list[str] = field(default_factory=list)  # ids identical to an entry
    published: bool = False  # 'draft: true' was removed
    message: str = ""


@dataclass(frozen=True)
class Proposal:
    registry: str  # "people.yml"
    entry: dict
    line: int  # the file line of its "# - id:"


@dataclass
class Block:
    start: int  # index in text.split("\n") of the block's first line
    stop: int  # index after its last line (start == stop: no block)
    proposals: list[Proposal]
    problems: list[str]


def _problem(where, line: int | None, label: str, message: str, hint: str) -> str:
    # The build's own format, so that accept and build problems read alike.
    return str(Problem(str(where), line, label, message, hint))


def _appended_checked(path: Path, text: str, entries: list[dict]) -> tuple[str, list[str]]:
    new_text = append_checked(text, entries)
    if new_text is not None:
        return new_text, []
    message = "the new entries cannot be appended without changing the entries before them"
    hint = "end the file with a plain '- id: ...' block list and a final newline, then accept"
    return text, [_problem(path, None, "", message, hint)]


def _front_matter_range(lines: list[str]) -> tuple[int, int]:
    """Indexes of the front matter's first line and of its closing fence (or the
    end, for text that is front matter only)."""
    if lines and lines[0].rstrip() == "---":
        return 1, next((i for i in range(1, len(lines)) if lines[i].rstrip() == "---"), len(lines))
    return 0, len(lines)


def read_block(text: str, where: str) -> Block:
    """The proposal block of a draft's text (or front matter), parsed and validated."""
    lines = text.split("\n")
    first, end = _front_matter_range(lines)
    marks = (i for i in range(first, end) if lines[i].startswith(INTRO) or HEADING.match(lines[i]))
    start = next(marks, end)
    stop = next((i for i in range(start, end) if not lines[i].startswith("#")), end)
    if start < stop < end and lines[stop].startswith((" ", "\t", "- ")):
        # An uncommented line cuts an entry in two: report only that, not the halves.
        hint = "keep the leading '# ' on every proposal line (accept removes the block itself)"
        message = "this line continues the proposed entries but is not a comment"
        return Block(start, stop, [], [_problem(where, stop + 1, BLOCK, message, hint)])
    sections: list[tuple[str, int, list[str]]] = []  # registry, file line of its YAML, YAML
    problems = []
    for i in range(start, stop):
        if heading := HEADING.match(lines[i]):
            sections.append((heading.group(1), i + 2, []))
        elif sections:
            sections[-1][2].append(re.sub(r"^# ?", "", lines[i]))
        elif lines[i].startswith(("# -", "#  ")):  # an entry whose heading was deleted
            message = "this proposal has no '# ---- <registry>.yml ----' heading above it"
            hint = "put back the heading of the registry it belongs to, or delete the entry"
            problems.append(_problem(where, i + 1, BLOCK, message, hint))
    proposals = []
    for registry, first_line, yaml_lines in sections:
        if registry in MODELS:
            found, wrong = _parse_section(registry, "\n".join(yaml_lines), first_line, where)
            proposals, problems = proposals + found, problems + wrong
        else:
            hint = "name one of " + ", ".join(MODELS) + " in the '# ---- ... ----' heading"
            message = f"{registry!r} is not a registry file"
            problems.append(_problem(where, first_line - 1, BLOCK, message, hint))
    return Block(start, stop, proposals, problems)


def _parse_section(registry: str, text: str, first_line: int, where: str):
    """One section's entries, each checked against its registry's schema."""
    label = f"proposed {registry} entries"
    try:
        data = load_yaml(text)
    except YamlSyntaxError as error:
        line = first_line + error.line - 1 if error.line else first_line
        hint = "fix the indentation or quoting on this line, keeping the leading '# '"
        return [], [_problem(where, line, label, f"not valid YAML: {error}", hint)]
    if data is None:
        return [], []  # the editor deleted every entry of this section
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        hint = "start each entry with '# - id: ...' and indent its other keys under it"
        return [], [_problem(where, first_line, label, "this is not a list of entries", hint)]
    proposals, problems = [], ProblemList()
    for index, item in enumerate(data):
        try:
            MODELS[registry].model_validate(item)
        except pydantic.ValidationError as error:
            problems.extend(pydantic_problems(error, Path(where), MODELS[registry], (index,)))
            continue
        proposals.append(Proposal(registry, item, first_line - 1 + (line_of(text, (index,)) or 1)))
    problems.attach_yaml(text, first_line)
    return proposals, [
        str(Problem(p.file, p.line, f"{label}{p.field}", p.message, p.hint))
        for p in problems.finish()
    ]


def proposals_in(text: str, where: str = "<draft>") -> dict[str, list[dict]]:
    """The entries the editor kept, by registry file name; AcceptRefused if malformed."""
    block = read_block(text, where)
    if block.problems:
        raise AcceptRefused(block.problems)
    kept: dict[str, list[dict]] = {}
    for proposal in block.proposals:
        kept.setdefault(proposal.registry, []).append(proposal.entry)
    return kept


def _registry_owners(registries) -> tuple[dict, dict]:
    """Who has each id, as (registry, id) -> (entry, who), and each alias and name,
    as alias or (registry, name) -> ((registry, id), who): an alias names one
    entity in all registries (the build checks this), a name one in its registry."""
    entries, owners = {}, {}
    for attribute, (registry, _) in REGISTRY_FILES.items():
        path, text = registries.sources[attribute]
        for index, record in enumerate(getattr(registries, attribute)):
            who = f"{path}:{line_of(text, (index,))} ({record.id!r})"
            entries[(registry, record.id)] = (record, who)
            for label in [*record.aliases, (registry, record.name)]:
                owners.setdefault(label, ((registry, record.id), who))
    return entries, owners


def sort_proposals(proposals: list[Proposal], registries, where: str):
    """(new, already present, problems). An id, alias or name that already belongs
    to another entry, in the registries or among the proposals, is a clash."""
    entries, owners = _registry_owners(registries)
    new, present, problems = [], [], []
    for proposal in proposals:
        key, entry = (proposal.registry, proposal.entry["id"]), proposal.entry
        label = f"proposed {proposal.registry} entry {key[1]!r}"
        if key in entries:
            if entries[key][0] == MODELS[proposal.registry].model_validate(entry):
                present.append(proposal)  # pasted by hand already: nothing to add
                continue
            hint = "if it is the same entry, delete the proposal; if not, change its id here "
            hint += "and wherever the draft uses it"
            message = f"the id is already used by {entries[key][1]}"
            problems.append(_problem(where, proposal.line, label, message, hint))
            continue
        who = f"the proposal at {where}:{proposal.line}"
        entries[key] = (entry, who)
        clashes = []
        for name in [*entry.get("aliases", []), (proposal.registry, entry["name"])]:
            owner = owners.setdefault(name, (key, who))
            if owner[0] != key:
                what = f"the alias {name!r}" if isinstance(name, str) else f"the name {name[1]!r}"
                hint = "use a longer form for one of them, or delete the proposal if it is the same"
                message = f"{what} already names {owner[1]}"
                clashes.append(_problem(where, proposal.line, label, message, hint))
        problems += clashes
        new += [] if clashes else [proposal]
    return new, present, problems


def edited_draft(text: str, block: Block, publish: bool) -> tuple[str, bool]:
    """The draft without its proposal block and, with ``publish``, its 'draft: true'
    line; and whether that line was removed. Only whole front matter lines are
    dropped, so the body stays byte for byte."""
    lines = text.split("\n")
    first, end = _front_matter_range(lines)
    drop = set(range(block.start, block.stop))
    if publish:
        drop |= {i for i in range(first, end) if DRAFT_TRUE.fullmatch(lines[i])}
        # The drafter's instructions to the editor (render.DRAFT_COMMENT) go too.
        drop |= {i for i in range(first, end) if lines[i].startswith(DRAFT_COMMENT)}
    kept = "\n".join(line for i, line in enumerate(lines) if i not in drop)
    removed_draft_true = any(DRAFT_TRUE.fullmatch(lines[i]) for i in drop)
    return kept, removed_draft_true


def check_accepted(corpus_dir: Path, article: Path, new_people: set[str]) -> list[str]:
    """Every problem the build's checks find in the registries and in this
    article, as text; [] when they pass. Only this article is read: a whole-
    corpus build would take minutes at 100,000 articles, and other drafts
    waiting in the corpus, with people not yet accepted, must not block this
    one. Whether this one is still a draft is checked on the article itself."""
    return [
        str(problem) for problem in check_with_registries(corpus_dir, article, new_people).finish()
    ]


def _restore(originals: dict[Path, bytes]) -> list[str]:
    failed = []
    for path, data in originals.items():
        try:
            write_atomic(path, data)
        except OSError as error:
            failed.append(_problem(path, None, "", f"not restored: {error}", "git checkout it"))
    return failed


def _apply(
    changes: dict[Path, str], corpus_dir: Path, article: Path, publish: bool, new_people: set[str]
) -> None:
    """Write ``changes`` and check the corpus; on a problem or an exception, write
    every file back as it was (its original bytes, kept in memory)."""
    originals = {path: path.read_bytes() for path in changes}
    try:
        for path, text in changes.items():
            write_atomic(path, text.encode("utf-8"))
        problems = check_accepted(corpus_dir, article, new_people)
        parsed = read_article(article)[0] if publish and not problems else None
        if parsed is not None and parsed.article.draft:  # written in a form DRAFT_TRUE missed
            problems = [_problem(article, None, "draft", "still set", "delete it by hand")]
    except BaseException as error:
        if failed := _restore(originals):
            raise AcceptRefused([f"accept failed: {error!r}", *failed]) from error
        raise
    if problems:
        raise AcceptRefused(problems + _restore(originals))


def accept(article_path: Path, corpus_dir: Path, publish: bool = False) -> AcceptReport:
    """Append the proposals kept in the draft at ``article_path`` to the registries
    of ``corpus_dir``, remove them from the draft (with ``publish``, 'draft: true'
    too) and check the corpus; if anything fails, AcceptRefused and no change."""
    article, corpus_dir = Path(article_path), Path(corpus_dir)
    where = str(article)
    if article.resolve() not in {p.resolve() for p in article_paths(corpus_dir)}:
        articles = corpus_dir / "articles"
        message = f"the draft is not an article of {articles}, so the build would not check it"
        raise AcceptRefused([_problem(where, None, "", message, f"move it into {articles}")])
    found = ProblemList()
    text = decode_utf8(article.read_bytes(), article, found)
    registries, problems = read_registries(corpus_dir)
    found.extend(problems)
    if found:  # clashes with a registry that does not read mean nothing: fix it first
        raise AcceptRefused([str(problem) for problem in found.finish()])
    block = read_block(text, where)
    new, present, problems = sort_proposals(block.proposals, registries, where)
    if block.problems or problems:
        raise AcceptRefused(block.problems + problems)
    draft_text, published = edited_draft(text, block, publish)
    report = AcceptReport(article, published=published)
    report.already_present = [p.entry["id"] for p in present]
    if draft_text == text:
        what = "not a draft" if publish else "nothing was changed"
        report.message = f"{where}: nothing to accept (no proposed registry entries); {what}."
        return report
    changes: dict[Path, str] = {}
    for attribute, (registry, _) in REGISTRY_FILES.items():
        if entries := [p.entry for p in new if p.registry == registry]:
            path, old_text = registries.sources[attribute]
            changes[path], problems = _appended_checked(path, old_text, entries)
            if problems:
                raise AcceptRefused(problems)
            report.added[registry] = [entry["id"] for entry in entries]
    changes[article] = draft_text
    new_people = {p.entry["id"] for p in new if p.registry == "people.yml"}
    _apply(changes, corpus_dir, article, publish, new_people)
    added = [f"{len(ids)} to {name} ({', '.join(ids)})" for name, ids in report.added.items()]
    parts = [f"added {'; '.join(added)}" if added else "no new registry entries"]
    parts += ["already registered: " + ", ".join(report.already_present)] * bool(present)
    parts.append("removed 'draft: true'" if published else "still a draft")
    report.message = (
        f"{where}: " + "; ".join(parts) + "; the build's checks of the registries and of this "
        "article pass (`make build` checks the whole corpus)."
    )
    return report

"""Reading the corpus directory into validated models.

Layout::

    corpus/people.yml           list of Person
    corpus/organizations.yml    list of Organization
    corpus/locations.yml        list of Location
    corpus/articles/<id>.md     YAML front matter (Article) + verbatim body

Every function here returns what it could read together with the problems it
found, so that one run reports every broken file at once.
"""

from __future__ import annotations

import difflib
import os
from dataclasses import dataclass, field
from pathlib import Path

import pydantic

from .models import Article, Location, Organization, Person
from .problems import FieldPath, ProblemList
from .yamltext import FrontMatterError, YamlSyntaxError, load_yaml, split_front_matter

REGISTRY_FILES = {
    "people": ("people.yml", Person),
    "organizations": ("organizations.yml", Organization),
    "locations": ("locations.yml", Location),
}
# A front matter comment line the drafter writes for the editor, which
# `accept --publish` removes (newsroom/draft/render.py, newsroom/accept.py).
DRAFT_COMMENT = "# DRAFT"
ARTICLES_DIR = "articles"
ARTICLE_SUFFIX = ".md"


@dataclass(frozen=True)
class ParsedArticle:
    path: Path
    article: Article
    body: str
    front_matter: str  # kept to look up line numbers if a later check fails
    front_matter_first_line: int
    body_first_line: int


@dataclass
class Registries:
    people: list[Person] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    locations: list[Location] = field(default_factory=list)
    # Each registry's file and text, kept to point later problems at a line.
    sources: dict[str, tuple[Path, str]] = field(default_factory=dict)
    # Ids of entries that failed validation: already reported, so references to
    # them are not reported a second time as "unknown".
    invalid_ids: set[str] = field(default_factory=set)
    # Registries that could not be read at all (missing, or a YAML syntax
    # error): references to them are not checked, as every one would fail.
    unreadable: set[str] = field(default_factory=set)


def decode_utf8(data: bytes, path: Path, problems: ProblemList) -> str | None:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        problems.add(
            path,
            (),
            f"the file is not valid UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start})",
            "save the file as UTF-8 (in most editors: 'Save with encoding' > UTF-8)",
            line=line,
        )
        return None
    if text.startswith("\ufeff"):
        problems.add(
            path,
            (),
            "the file starts with a byte-order mark (BOM), which is not part of the article",
            "save the file as UTF-8 without BOM (in most editors: 'UTF-8', not 'UTF-8 with BOM')",
            line=1,
        )
        return None
    if "\r" in text:
        problems.add(
            path,
            (),
            "the file has Windows (CRLF) or old Mac (CR) line endings",
            "save the file with Unix (LF) line endings; the article body must be stored exactly",
            line=text[: text.index("\r")].count("\n") + 1,
        )
        return None
    return text


def pydantic_problems(
    error: pydantic.ValidationError,
    path: Path,
    model: type[pydantic.BaseModel],
    prefix: FieldPath = (),
) -> ProblemList:
    """Turn pydantic's errors into problems with a plain-language message and fix."""
    problems = ProblemList()
    for item in error.errors(include_url=False):
        location = prefix + tuple(item["loc"])
        kind = item["type"]
        message, hint = item["msg"], ""
        if kind == "extra_forbidden":
            key = location[-1]
            allowed = _allowed_keys(model, location[len(prefix) : -1])
            message = f"unknown key {key!r}"
            close = difflib.get_close_matches(str(key), allowed, n=1)
            hint = (
                (f"did you mean {close[0]!r}? " if close else "")
                + "allowed keys: "
                + ", ".join(allowed)
            )
        elif kind == "missing":
            message = "this required field is missing"
            hint = f"add '{location[-1]}:' here"
        elif kind == "string_pattern_mismatch" and "[a-z0-9]" in str(
            item.get("ctx", {}).get("pattern", "")
        ):
            message = f"{item['input']!r} is not a valid id"
            hint = "ids are lowercase letters, digits and single hyphens, e.g. 'vladimir-putin'"
        elif kind in ("float_type", "int_type", "float_parsing"):
            message = f"{item['input']!r} is not a number"
            hint = "write the number without quotes or thousands separators, e.g. 150000 or 3.5"
        elif kind in ("greater_than_equal", "less_than_equal") and location[-1] in (
            "latitude",
            "longitude",
        ):
            message = f"{location[-1]} {item['input']!r} is out of range"
            hint = (
                "latitude is between -90 and 90, longitude between -180 and 180 (decimal degrees)"
            )
        elif kind == "finite_number":
            hint = "write a finite number"
        elif kind.startswith("date"):
            hint = "write the date as YYYY-MM-DD, e.g. 2022-02-15"
        elif kind == "string_too_short":
            message = "this field is empty"
            hint = "write a value, or remove the key if the source does not say"
        elif kind == "dict_type" or kind == "model_type":
            message = "this should be a mapping of keys to values"
            hint = "write 'key: value' lines indented under it"
        elif kind == "list_type":
            message = "this should be a list"
            hint = "write one '- item' line per entry, indented under it"
        if not hint:
            hint = "see 'The corpus' in README.md for what this field takes"
        problems.add(path, location, message, hint)
    return problems


def _allowed_keys(model: type[pydantic.BaseModel], location: FieldPath) -> list[str]:
    """The keys allowed at ``location`` inside ``model`` (following nested models)."""
    current = model
    for part in location:
        if isinstance(part, int):
            continue
        field_info = current.model_fields.get(part)
        if field_info is None:
            break
        nested = _nested_model(field_info.annotation)
        if nested is None:
            break
        current = nested
    return sorted(current.model_fields)


def _nested_model(annotation):
    import typing

    if isinstance(annotation, type) and issubclass(annotation, pydantic.BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _nested_model(arg)
        if found is not None:
            return found
    return None


def parse_registry(
    text: str, path: Path, model, invalid_ids: set[str] | None = None
) -> tuple[list, ProblemList]:
    """Parse one registry file (a YAML list of records) into models; the ids of
    records that fail are added to ``invalid_ids``."""
    problems = ProblemList()
    try:
        data = load_yaml(text)
    except YamlSyntaxError as error:
        problems.add(
            path,
            (),
            f"YAML syntax error: {error}",
            "check indentation and quoting on this line",
            line=error.line,
        )
        return [], problems
    if data is None:
        return [], problems
    if not isinstance(data, list):
        problems.add(
            path, (), "the file must be a YAML list of entries", "start each entry with '- id: ...'"
        )
        return [], problems
    records = []
    for index, item in enumerate(data):
        try:
            records.append(model.model_validate(item))
        except pydantic.ValidationError as error:
            problems.extend(pydantic_problems(error, path, model, prefix=(index,)))
            if (
                invalid_ids is not None
                and isinstance(item, dict)
                and isinstance(item.get("id"), str)
            ):
                invalid_ids.add(item["id"])
    return records, problems


def parse_article(text: str, path: Path) -> tuple[ParsedArticle | None, ProblemList]:
    """Parse one article file: front matter into an Article, the rest is the body."""
    problems = ProblemList()
    try:
        document = split_front_matter(text)
    except FrontMatterError as error:
        problems.add(path, (), str(error), error.hint, line=error.line)
        return None, problems
    try:
        data = load_yaml(document.front_matter)
    except YamlSyntaxError as error:
        line = error.line + document.front_matter_first_line - 1 if error.line else None
        problems.add(
            path,
            (),
            f"YAML syntax error in the front matter: {error}",
            "check indentation and quoting on this line; quote text that contains ': ' or "
            "starts with a symbol",
            line=line,
        )
        return None, problems
    if not isinstance(data, dict):
        problems.add(
            path,
            (),
            "the front matter must be a YAML mapping of keys to values",
            "write 'id: ...', 'title: ...' and so on, one per line",
            line=document.front_matter_first_line,
        )
        return None, problems
    try:
        article = Article.model_validate(data)
    except pydantic.ValidationError as error:
        problems.extend(pydantic_problems(error, path, Article))
        problems.attach_yaml(document.front_matter, document.front_matter_first_line)
        return None, problems
    return ParsedArticle(
        path,
        article,
        document.body,
        document.front_matter,
        document.front_matter_first_line,
        document.body_first_line,
    ), problems


def _named_like_articles(corpus_dir: Path) -> list[os.DirEntry]:
    # os.scandir reads file types with the names: no stat per file, and sorting
    # plain names, not Path objects (a third of a second for 100,000 articles,
    # against seconds).
    folder = corpus_dir / ARTICLES_DIR
    if not folder.is_dir():
        return []
    with os.scandir(folder) as entries:
        found = [entry for entry in entries if entry.name.endswith(ARTICLE_SUFFIX)]
    return sorted(found, key=lambda entry: entry.name)


def article_files(corpus_dir: Path) -> tuple[list[str], ProblemList]:
    """Article files as path strings in a stable order (by name), so builds
    never depend on the order the file system lists them in; and a problem for
    each folder named like an article file. One listing of the folder, and
    strings: 100,000 Path objects cost a second an incremental build can spare."""
    files, problems = [], ProblemList()
    for entry in _named_like_articles(corpus_dir):
        if entry.is_dir():
            _misplaced_folder(problems, Path(entry.path))
        else:
            files.append(entry.path)
    return files, problems


def article_paths(corpus_dir: Path) -> list[Path]:
    """Article files in a stable order (by name)."""
    return [Path(name) for name in article_files(corpus_dir)[0]]


def _misplaced_folder(problems: ProblemList, folder: Path) -> None:
    """A folder named like an article file (articles/x.md/): a mistake to name,
    not a file to read."""
    problems.add(
        folder,
        (),
        "this is a folder named like an article file",
        f"move what it holds out of {ARTICLES_DIR}/ and remove the folder: "
        f"{ARTICLES_DIR}/ holds one {ARTICLE_SUFFIX} file per article",
    )


def read_registries(corpus_dir: Path) -> tuple[Registries, ProblemList]:
    registries, problems = Registries(), ProblemList()
    for attribute, (filename, model) in REGISTRY_FILES.items():
        path = corpus_dir / filename
        if not path.exists():
            problems.add(
                path,
                (),
                "the registry file is missing",
                f"create {filename} (an empty list '[]' will do)",
            )
            registries.unreadable.add(attribute)
            continue
        text = decode_utf8(path.read_bytes(), path, problems)
        if text is None:
            registries.unreadable.add(attribute)
            continue
        records, found = parse_registry(text, path, model, registries.invalid_ids)
        if any(not item.path for item in found.items):  # a whole-file problem: syntax, not a list
            registries.unreadable.add(attribute)
        found.attach_yaml(text, 1)
        problems.extend(found)
        setattr(registries, attribute, records)
        registries.sources[attribute] = (path, text)
    return registries, problems


def read_article(path: Path) -> tuple[ParsedArticle | None, ProblemList]:
    problems = ProblemList()
    text = decode_utf8(path.read_bytes(), path, problems)
    if text is None:
        return None, problems
    parsed, found = parse_article(text, path)
    problems.extend(found)
    if parsed is not None and parsed.article.id != path.name[: -len(ARTICLE_SUFFIX)]:
        problems.add(
            path,
            ("id",),
            f"the id {parsed.article.id!r} does not match the file name {path.name!r}",
            f"rename the file to {parsed.article.id}{ARTICLE_SUFFIX}, or change the id to match it",
        )
        problems.attach_yaml(parsed.front_matter, parsed.front_matter_first_line)
    return parsed, problems

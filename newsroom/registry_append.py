"""Appending entries to a registry file as text, in the file's own style, keeping
every byte of what is already there (see accept)."""

from __future__ import annotations

import contextlib
import io
import os
import re
import stat
import tempfile
from pathlib import Path

from ruamel.yaml import YAML, YAMLError
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import SingleQuotedScalarString

from .yamltext import YamlSyntaxError, load_yaml

EMPTY_LIST = re.compile(r"(?m)^\[\][ \t]*(?:#.*)?\n?")


def _yaml() -> YAML:
    dumper = YAML()  # round-trip types: a flow or block style per list, key order kept
    dumper.indent(mapping=2, sequence=2, offset=0)  # "- id:" at column 0, as in the corpus
    dumper.width = 4096  # one line per value: never fold a name or a source mid-value
    return dumper


def _styled(value, flow: bool):
    """``value`` for ruamel: lists in the file's style, and strings the build's reader
    would not read back as themselves ("yes", "x #y") quoted: ruamel decides plain
    scalars by YAML 1.2, PyYAML by YAML 1.1."""
    if isinstance(value, list):
        sequence = CommentedSeq(_styled(item, flow) for item in value)
        sequence.fa.set_flow_style() if flow else sequence.fa.set_block_style()
        return sequence
    if isinstance(value, str):
        try:
            same = load_yaml(value) == value
        except YamlSyntaxError:
            same = False
        return value if same else SingleQuotedScalarString(value)
    return value


def append_entries(text: str, entries: list[dict]) -> str:
    """``text`` with ``entries`` appended in the file's own style. ``text`` stays a
    prefix, except a bare "[]" (an empty registry), which the entries replace."""
    existing = list(_yaml().load(text) or [])
    lists = [v for e in existing if isinstance(e, dict) for v in e.values() if isinstance(v, list)]
    flow = bool(lists[0].fa.flow_style()) if lists else True  # the corpus writes [A, B]
    blank = len(existing) < 2 or re.search(r"\n[ \t]*\n- ", text) is not None
    chunks = []
    for entry in entries:
        out = io.StringIO()
        _yaml().dump([CommentedMap((k, _styled(v, flow)) for k, v in entry.items())], out)
        chunks.append(out.getvalue())
    text = text if existing else EMPTY_LIST.sub("", text)
    text += "\n" if text and not text.endswith("\n") else ""
    text += "\n" if text.strip() and blank and not text.endswith("\n\n") else ""
    return text + ("\n" if blank else "").join(chunks)


def append_checked(text: str, entries: list[dict]) -> str | None:
    """The registry with ``entries`` appended, or None if the build's reader
    would not read it as the old entries then the new ones (e.g. the last entry
    ends in a block scalar that would swallow the new lines)."""
    # ruamel reads the file only to learn its style, and may refuse what PyYAML took.
    with contextlib.suppress(YamlSyntaxError, YAMLError):
        new_text = append_entries(text, entries)
        if load_yaml(new_text) == [*(load_yaml(text) or []), *entries]:
            return new_text
    return None


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` in one step (a crash leaves the old or the new file, never
    half of one), keeping its permissions."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".accept", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.chmod(temporary, stat.S_IMODE(path.stat().st_mode))
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise

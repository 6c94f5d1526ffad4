"""YAML and front matter, read with line numbers kept for error messages.

Valid files are parsed once, by libyaml where it is installed. Only when a
problem has to be reported is the file composed again into a node tree, to find
the line of the field the problem is about.
"""

from __future__ import annotations

from dataclasses import dataclass

import yaml

# A location inside a YAML document: keys and list indexes from the root,
# e.g. ("quotes", 2, "speaker").
FieldPath = tuple[str | int, ...]

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

FRONT_MATTER_FENCE = "---"


class YamlSyntaxError(ValueError):
    def __init__(self, message: str, line: int | None):
        super().__init__(message)
        self.line = line  # 1-based, within the YAML text


class _UniqueKeyLoader(_BaseLoader):
    """A safe loader that rejects duplicate keys: PyYAML would keep the last one
    silently, and a second ``speaker:`` would quietly replace the first."""


def _construct_unique_mapping(loader, node, deep=False):
    seen = set()
    for key_node, _ in node.value:
        # Plain scalar keys (all of ours) are compared as written, without
        # constructing each key twice; other keys are constructed.
        if isinstance(key_node, yaml.ScalarNode):
            key = (key_node.tag, key_node.value)
        else:
            key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            shown = key[1] if isinstance(key_node, yaml.ScalarNode) else key
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {shown!r}", key_node.start_mark
            )
        seen.add(key)
    return yaml.constructor.SafeConstructor.construct_mapping(loader, node, deep)


_UniqueKeyLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_unique_mapping
)
# Dates stay strings here, for pydantic to parse: PyYAML would turn 2022-02-31
# into a ValueError with no line or field, pydantic into a problem with both.
_UniqueKeyLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}


def load_yaml(text: str):
    """Parse YAML text; raise YamlSyntaxError with a 1-based line on failure."""
    try:
        return yaml.load(text, Loader=_UniqueKeyLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        message = " ".join(part for part in (error.context, error.problem) if part)
        raise YamlSyntaxError(message or str(error), line) from None
    except yaml.YAMLError as error:  # pragma: no cover - unmarked errors are rare
        raise YamlSyntaxError(str(error), None) from None
    except (ValueError, TypeError, OverflowError, RecursionError) as error:
        # A constructor refused a value (e.g. a huge number); never a traceback.
        raise YamlSyntaxError(f"a value cannot be read: {error}", None) from None


def line_of(text: str, path: FieldPath) -> int | None:
    """The 1-based line, within ``text``, of the node at ``path``.

    Where the path leads to a key that is missing, the line of the deepest
    mapping or list that exists is returned: that is where the key belongs.
    """
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return None
    if node is None:
        return 1
    line = node.start_mark.line + 1
    for part in path:
        child = _child(node, part)
        if child is None:
            break
        node, line = child
    return line


def _child(node, part):
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if key_node.value == part:
                # A scalar's line is the key's line; nested blocks start below it.
                return value_node, key_node.start_mark.line + 1
    elif (
        isinstance(node, yaml.SequenceNode)
        and isinstance(part, int)
        and 0 <= part < len(node.value)
    ):
        item = node.value[part]
        return item, item.start_mark.line + 1
    return None


@dataclass(frozen=True)
class FrontMatterDocument:
    front_matter: str
    body: str
    front_matter_first_line: int  # file line of the first YAML line
    body_first_line: int  # file line of the first body line


class FrontMatterError(ValueError):
    def __init__(self, message: str, line: int, hint: str):
        super().__init__(message)
        self.line = line
        self.hint = hint


def split_front_matter(text: str) -> FrontMatterDocument:
    """Split ``---``-fenced YAML front matter from the article body.

    Written here rather than taken from python-frontmatter because the body must
    survive byte for byte: that library strips the body and lets the closing
    fence swallow blank lines after it. The only change made to the body is the
    one newline that ends the file, which editors add and the seed texts lack.
    """
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != FRONT_MATTER_FENCE:
        raise FrontMatterError(
            "the file does not start with a '---' line",
            1,
            "start the file with a line of three dashes, then the YAML front matter, "
            "then another '---' line, then the article text",
        )
    for index in range(1, len(lines)):
        if lines[index].rstrip() == FRONT_MATTER_FENCE:
            front_matter = "\n".join(lines[1:index]) + "\n"
            body = "\n".join(lines[index + 1 :])
            if body.endswith("\n"):
                body = body[:-1]
            return FrontMatterDocument(front_matter, body, 2, index + 2)
    raise FrontMatterError(
        "the front matter is never closed",
        1,
        "add a line of three dashes between the YAML front matter and the article text",
    )

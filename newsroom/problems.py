"""Problems found in the corpus, reported so that a journalist can fix them.

Every problem names the file, the line, the field, what is wrong and how to fix
it. Steps collect problems instead of raising on the first one, so that one run
of the build lists everything that needs fixing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

# FieldPath is re-exported: every step that reports a problem names its field with it.
from .yamltext import FieldPath, line_of

__all__ = ["CorpusInvalid", "FieldPath", "Problem", "ProblemList", "format_problems"]


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    line: int | None
    field: str
    message: str
    hint: str = ""

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        text = f"{where}: {self.field or '(file)'}: {self.message}"
        if self.hint:
            text += f"\n    how to fix: {self.hint}"
        return text


@dataclass
class PendingProblem:
    """A problem whose line is not known yet: it is looked up from the field path
    only when the problem is reported, so valid files are never parsed twice."""

    file: Path
    path: FieldPath
    message: str
    hint: str = ""
    line: int | None = None
    # The YAML text the path points into, and the file line it starts on.
    yaml_text: str | None = None
    yaml_first_line: int = 1

    def finish(self) -> Problem:
        """Look the line up (only now, for a problem that is being reported)."""
        line = self.line
        if line is None and self.yaml_text is not None:
            found = line_of(self.yaml_text, self.path)
            line = found + self.yaml_first_line - 1 if found else None
        return Problem(str(self.file), line, field_label(self.path), self.message, self.hint)


def field_label(path: FieldPath) -> str:
    """("quotes", 2, "speaker") -> "quotes[2].speaker" (0-based, like the YAML list)."""
    label = ""
    for part in path:
        if isinstance(part, int):
            label += f"[{part}]"
        else:
            label += f".{part}" if label else str(part)
    return label


@dataclass
class ProblemList:
    """Accumulates problems across files; empty means the corpus is valid."""

    items: list[PendingProblem] = field(default_factory=list)

    def add(
        self,
        file: Path,
        path: FieldPath,
        message: str,
        hint: str = "",
        line: int | None = None,
        yaml_text: str | None = None,
        yaml_first_line: int = 1,
    ):
        self.items.append(
            PendingProblem(Path(file), tuple(path), message, hint, line, yaml_text, yaml_first_line)
        )

    def attach_yaml(self, yaml_text: str, first_line: int) -> None:
        """Say which YAML text the problems' field paths point into."""
        for item in self.items:
            if item.yaml_text is None:
                item.yaml_text, item.yaml_first_line = yaml_text, first_line

    def finish(self) -> list[Problem]:
        """Problems with their lines, sorted for reading: the registries first
        (a broken registry explains problems in the articles), then by file and line."""

        def order(problem: Problem):
            registry_first = 0 if problem.file.endswith((".yml", ".yaml")) else 1
            return (registry_first, problem.file, problem.line or 0, problem.field, problem.message)

        return sorted((item.finish() for item in self.items), key=order)

    def extend(self, other: ProblemList):
        self.items.extend(other.items)

    def __bool__(self) -> bool:
        return bool(self.items)


class CorpusInvalid(Exception):
    """Raised by the build when the corpus has problems; carries all of them."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__(format_problems(problems))


def format_problems(problems: list[Problem]) -> str:
    count = len(problems)
    header = f"The corpus has {count} problem{'s' if count != 1 else ''}; nothing was written."
    return "\n".join([header, *(str(p) for p in problems)])

"""No Python module under `app/` grows past 600 lines (issue 13): a module that does is doing
more than one thing and is split along its seams (see README, Architecture)."""

from pathlib import Path

import pytest

APP = Path(__file__).resolve().parents[2] / "app"
MAX_LINES = 600


def _modules():
    for path in sorted(APP.rglob("*.py")):
        name = str(path.relative_to(APP))
        yield pytest.param(path, id=name)


@pytest.mark.parametrize("path", list(_modules()))
def test_module_is_at_most_600_lines(path):
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{path.relative_to(APP)} has {lines} lines; split it"

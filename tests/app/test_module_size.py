"""No Python module under `app/` grows past 600 lines (issue 13): a module that does is doing
more than one thing and is split along its seams (see README, Architecture)."""

from pathlib import Path

import pytest

APP = Path(__file__).resolve().parents[2] / "app"
MAX_LINES = 600
# Modules still over the limit, each with the reason. The test of each is expected to fail
# (strict): once the module is split it passes, and this entry has to go.
OVER_THE_LIMIT = {
    "services/matching_bridge.py": (
        "the matching bridge was being restructured in parallel (re-ranker per call, index per "
        "region) and was left out of issue 13's split; its seams: the index and its cache, the "
        "re-rankers, the match lists per page"
    ),
}


def _modules():
    for path in sorted(APP.rglob("*.py")):
        name = str(path.relative_to(APP))
        marks = ()
        if name in OVER_THE_LIMIT:
            marks = pytest.mark.xfail(strict=True, reason=OVER_THE_LIMIT[name])
        yield pytest.param(path, id=name, marks=marks)


@pytest.mark.parametrize("path", list(_modules()))
def test_module_is_at_most_600_lines(path):
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{path.relative_to(APP)} has {lines} lines; split it"

"""The worked examples in the engine's docstrings are run, so they cannot drift from the code."""

from __future__ import annotations

import doctest

import pytest

import sroi.errors
import sroi.incentives
import sroi.lkv
import sroi.overlap
import sroi.policy
import sroi.valuation
import sroi.wage


@pytest.mark.parametrize(
    "module",
    [
        sroi.errors,
        sroi.valuation,
        sroi.policy,
        sroi.overlap,
        sroi.incentives,
        sroi.lkv,
        sroi.wage,
    ],
)
def test_worked_examples(module):
    result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0
    assert result.failed == 0

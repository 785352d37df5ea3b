"""Model files written in code for the simulate tests."""

from __future__ import annotations

import textwrap

import pytest

EC = """\
issue: EC car emission standards (BDM 1994)
actors:
  - {name: Netherlands, capability: 0.08, position: 4, salience: 0.8}
  - {name: Belgium, capability: 0.08, position: 7, salience: 0.4}
  - {name: Luxembourg, capability: 0.03, position: 4, salience: 0.2}
  - {name: Germany, capability: 0.16, position: 4, salience: 0.8}
  - {name: France, capability: 0.16, position: 10, salience: 0.6}
  - {name: Italy, capability: 0.16, position: 10, salience: 0.6}
  - {name: UK, capability: 0.16, position: 10, salience: 0.9}
  - {name: Ireland, capability: 0.05, position: 7, salience: 0.1}
  - {name: Denmark, capability: 0.05, position: 4, salience: 1.0}
  - {name: Greece, capability: 0.08, position: 7, salience: 0.7}
"""

# the spec's two-descriptor example
TWO = """\
name: Example
descriptors:
  A:
    name: Government
    variants: {A1: Party one, A2: Party two}
  B:
    name: Economy
    variants: {B1: Shrinking, B2: Growing}
impacts:
  A1: {B1: 2, B2: -2}
  A2: {B1: -1, B2: 1}
  B1: {A1: 1, A2: -1}
  B2: {A1: -1, A2: 1}
"""

# two reinforcing loops A1->B1->C1->A1 and A2->B2->C2->A2
THREE = """\
name: Loops
descriptors:
  A: {variants: {A1: a one, A2: a two}}
  B: {variants: {B1: b one, B2: b two}}
  C: {variants: {C1: c one, C2: c two}}
impacts:
  A1: {B1: 1}
  B1: {C1: 2}
  C1: {A1: 1}
  A2: {B2: 1}
  B2: {C2: 1}
  C2: {A2: 1}
"""


@pytest.fixture
def write(tmp_path):
    """write(text, name) -> path of a file holding the dedented text."""

    def _write(text: str, name: str = "model.yaml"):
        p = tmp_path / name
        p.write_text(textwrap.dedent(text), encoding="utf-8")
        return p

    return _write

"""Simulate: expected-utility bargaining (EUM), cross-impact balance scenarios (CIB), what-if.

Plain functions over plain data; the CLI (`balkanscope eum|eum-mc|cib|scenarios`) wraps them.
"""

from .cib import CIBMatrix, analyse, evaluate, load_cib, succession
from .eum import EUMInput, load_eum, run_eum
from .uncertainty import load_eum_uncertain, monte_carlo

__all__ = [
    "CIBMatrix",
    "EUMInput",
    "analyse",
    "evaluate",
    "load_cib",
    "load_eum",
    "load_eum_uncertain",
    "monte_carlo",
    "run_eum",
    "succession",
]

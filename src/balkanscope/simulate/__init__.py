"""Simulate: expected-utility bargaining (EUM), cross-impact balance scenarios (CIB), what-if.

Plain functions over plain data; the CLI (`balkanscope eum|eum-mc|cib|scenarios`) wraps them.
"""

from .cib import CIBMatrix, analyse, evaluate, load_cib, robustness, succession
from .eum import EUMInput, run_eum, simulate
from .uncertainty import EUMIssue, load_issue, monte_carlo

__all__ = [
    "CIBMatrix",
    "EUMInput",
    "EUMIssue",
    "analyse",
    "evaluate",
    "load_cib",
    "load_issue",
    "monte_carlo",
    "robustness",
    "run_eum",
    "simulate",
    "succession",
]

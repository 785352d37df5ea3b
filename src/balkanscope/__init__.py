"""Balkanscope: an evidence-linked model of great-power competition in the Western Balkans."""

__version__ = "0.1.0"

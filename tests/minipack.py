"""A small, valid pack written in code, for tests that need one (and broken variants of it)."""

from __future__ import annotations

from pathlib import Path

PACK_YAML = """\
name: mini
sources:
  s1: {kind: url, title: Test source, url: "https://example.org/s1"}
"""

ACTORS_YAML = """\
actors:
  - id: SRB
    kind: state
    polity: SRB
    name: Serbia
    aliases: {sr_latn: [Srbija], sr_cyrl: [Србија]}
    demonyms: {en: [Serbian]}
    metonyms: {en: [Belgrade]}
  - id: RUS
    kind: state
    polity: RUS
    name: Russia
    aliases: {ru: [Россия]}
  - id: NATO
    kind: alliance
    polity: NATO
    name: North Atlantic Treaty Organization
    aliases: {en: [{text: NATO, kind: abbreviation, inflect: false}]}
  - id: ALB
    kind: state
    polity: ALB
    name: Albania
  - id: HRV
    kind: state
    polity: HRV
    name: Croatia
  - id: vucic
    kind: person
    polity: SRB
    name: Aleksandar Vučić
    roles:
      - {title: President, polity: SRB, start: "2017-05-31", source: s1}
"""

TIES_YAML = """\
ties:
  - id: alb-nato
    kind: membership
    actor: ALB
    partner: NATO
    start: "2009-04-01"
    sources: [s1]
  - id: hrv-nato
    kind: membership
    actor: HRV
    partner: NATO
    start: "2009-04-01"
    sources: [s1]
  - id: rus-srb-gas
    kind: energy_supply
    actor: RUS
    partner: SRB
    start: "2008"
    value: 80
    unit: "%"
    sources:
      - {source: s1, value: 80, unit: "%"}
      - {source: "https://example.org/other", value: 100, unit: "%"}
"""

INDICATORS_YAML = """\
indicators:
  - id: poll
    name: Test poll
    polity: SRB
    unit: "%"
    source: s1
    points:
      - {date: "2020", value: 11}
"""

CAPITALS_YAML = """\
capitals:
  - {polity: SRB, name: Belgrade, lat: 44.8186, lon: 20.4681, aliases: [Beograd, Београд], source: s1}
  - {polity: RUS, name: Moscow, lat: 55.7522, lon: 37.6156, aliases: [Москва], source: s1}
  - {polity: ALB, name: Tirana, lat: 41.3275, lon: 19.8189, source: s1}
  - {polity: HRV, name: Zagreb, lat: 45.8144, lon: 15.978, source: s1}
  - {polity: NATO, name: Brussels, lat: 50.8503, lon: 4.3517, source: s1}
"""

FILES = {
    "pack.yaml": PACK_YAML,
    "actors/a.yaml": ACTORS_YAML,
    "ties/t.yaml": TIES_YAML,
    "indicators/i.yaml": INDICATORS_YAML,
    "geo/capitals.yaml": CAPITALS_YAML,
}


def write_pack(root: Path, replace: dict[str, str] | None = None) -> Path:
    """Write the mini pack under `root`; `replace` maps a file ('actors/a.yaml') to new text."""
    root.mkdir(parents=True, exist_ok=True)
    for rel, text in {**FILES, **(replace or {})}.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    return root

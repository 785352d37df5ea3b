"""A small knowledge pack written in code, so recognition tests do not depend on the bundled
pack's contents (which other engineers are still writing)."""

import textwrap

import pytest

from balkanscope.ingest.recognize import Recognizer
from balkanscope.pack import load_pack

PACK_YAML = "name: testpack\nsources:\n  t1: {kind: document, title: test}\n"

ACTORS_YAML = textwrap.dedent(
    """
    actors:
      - id: SRB
        kind: state
        polity: SRB
        name: Serbia
        aliases:
          sr_latn: [Srbija, {text: SAD-test-unused, inflect: false}]
          sr_cyrl: [Србија]
          hr: [Srbija]
          ru: [Сербия]
          sq: [Serbia]
          tr: [Sırbistan]
          mk: [Србија]
        demonyms:
          en: [Serbian]
          sr_latn: [srpski]
          ru: [сербский]
        metonyms:
          en: [Belgrade]
          sr_latn: [Beograd]
      - id: RUS
        kind: state
        polity: RUS
        name: Russia
        aliases:
          sr_latn: [Rusija]
          ru: [Россия]
          sq: [Rusia]
          tr: [Rusya]
          mk: [Русија]
        demonyms:
          en: [Russian]
          ru: [российский]
          sr_latn: [ruski]
          mk: [руски]
        metonyms:
          en: [Moscow, the Kremlin]
          ru: [Москва, Кремль]
          sr_latn: [Moskva, Kremlj]
      - id: USA
        kind: state
        polity: USA
        name: United States
        aliases:
          en: [{text: US, kind: abbreviation}]
          sr_latn: [{text: SAD, kind: abbreviation}]
        metonyms:
          en: [Washington]
      - id: XKX
        kind: state
        polity: XKX
        name: Kosovo
        aliases:
          sq: [Kosova]
          tr: [Kosova]
      - id: BIH.RS
        kind: entity
        polity: BIH.RS
        name: Republika Srpska
        aliases:
          sr_cyrl: [Република Српска]
        metonyms:
          en: [Banja Luka]
      - id: NATO
        kind: alliance
        polity: NATO
        name: NATO
        aliases:
          tr: [NATO]
          ru: [{text: НАТО, kind: abbreviation}]
      - id: vucic
        kind: person
        polity: SRB
        name: Aleksandar Vučić
        aliases:
          sr_latn: [Vučić, Aleksandar Vučić]
          sr_cyrl: [Вучић]
          sq: [Vuçiq]
          tr: [Vučić]
          ru: [Вучич]
      - id: putin
        kind: person
        polity: RUS
        name: Vladimir Putin
        aliases:
          sr_latn: [Putin]
          ru: [Путин]
      - id: dodik
        kind: person
        polity: BIH.RS
        name: Milorad Dodik
        aliases:
          sr_latn: [Dodik]
          sr_cyrl: [Додик]
        roles:
          - {title: President of Republika Srpska, polity: BIH.RS, start: "2010-11", end: "2018-11"}
          - {title: Member of the Presidency of BiH, polity: BIH, start: "2018-11", end: "2022-11"}
          - {title: President of Republika Srpska, polity: BIH.RS, start: "2022-11"}
      - id: kurti
        kind: person
        polity: XKX
        name: Albin Kurti
        aliases:
          sq: [Kurti]
      - id: milo
        kind: person
        polity: MNE
        name: Milo Đukanović
        aliases:
          sr_latn: [Đukanović, Milo Đukanović]
      - id: ivan_dj
        kind: person
        polity: MNE
        name: Ivan Đukanović
        aliases:
          sr_latn: [Đukanović]
      - id: rama
        kind: person
        polity: ALB
        name: Edi Rama
        aliases:
          sq: [{text: Rama, ambiguous: true}]
    """
)


def write_pack(d):
    (d / "pack.yaml").write_text(PACK_YAML, encoding="utf-8")
    (d / "actors").mkdir()
    (d / "actors" / "x.yaml").write_text(ACTORS_YAML, encoding="utf-8")
    return d


@pytest.fixture(scope="session")
def small_pack_dir(tmp_path_factory):
    return write_pack(tmp_path_factory.mktemp("pack"))


@pytest.fixture(scope="session")
def small_pack(small_pack_dir):
    return load_pack(str(small_pack_dir))


@pytest.fixture(scope="session")
def small_recognizer(small_pack):
    return Recognizer.from_pack(small_pack)

"""Validated shapes of the knowledge-pack files (pydantic).

A pack directory holds `pack.yaml` (name, sources registry), `actors/*.yaml`, `ties/*.yaml`,
`indicators/*.yaml`, `geo/*.yaml`, plus files that other stages read (`lexicons/`,
`scenarios/`). Dates are ISO strings as precise as known: YYYY, YYYY-MM or YYYY-MM-DD.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

LANGS = ("en", "sr_latn", "sr_cyrl", "hr", "bs", "mk", "sq", "ru", "tr")
Lang = Literal["en", "sr_latn", "sr_cyrl", "hr", "bs", "mk", "sq", "ru", "tr"]
DATE_RE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$")

ActorKind = Literal[
    "state",
    "entity",
    "organisation",
    "alliance",
    "person",
    "government",
    "ministry",
    "agency",
    "military",
    "police",
    "parliament",
    "presidency",
    "embassy",
    "mission",
    "party",
    "company",
    "media",
    "court",
    "city",
    "region",
    "church",
    "ngo",
    "group",
    "agreement",
    "other",
]

TieKind = Literal[
    "membership",
    "candidacy",
    "application",
    "accession_talks",
    "partnership",
    "observer",
    "recognition",
    "non_recognition",
    "withdrawn_recognition",
    "agreement",
    "military_presence",
    "base",
    "mission_mandate",
    "energy_supply",
    "energy_dependence",
    "ownership",
    "investment",
    "loan",
    "grant",
    "arms_transfer",
    "sanction",
    "alliance",
    "strategic_partnership",
    "free_trade",
    "diplomatic_relations",
    "military_neutrality",
    "referendum",
    "other",
]


# Polities of spec/actors.yaml that are organisations, not states or entities.
ORGANISATION_POLITIES = frozenset(
    {"NATO", "EU", "UN", "OSCE", "EAEU", "CSTO", "COE", "IMF", "WB", "OHR", "EBRD"}
)


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


def active_between(start: str | None, end: str | None, date: str) -> bool:
    """Whether `date` falls in [start, end], each compared at the precision it has: a role that
    ends "2018" covers all of 2018, and "2015" is inside one that starts "2015-06"."""
    return (start is None or start[: len(date)] <= date) and (
        end is None or date[: len(end)] <= end
    )


def _check_date(v: str | None) -> str | None:
    if v is None:
        return v
    v = str(v)
    if not DATE_RE.match(v):
        raise ValueError(f"'{v}' is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)")
    return v


class Alias(Strict):
    """An alias with flags; a plain string in the files means kind=name, not ambiguous."""

    text: str = Field(min_length=1)
    kind: Literal["name", "demonym", "metonym", "abbreviation"] = "name"
    ambiguous: bool = False
    inflect: bool = True
    note: str | None = None


class Role(Strict):
    title: str
    polity: str
    org: str | None = None
    start: str | None = None
    end: str | None = None
    source: str | None = None

    _d = field_validator("start", "end", mode="before")(classmethod(lambda cls, v: _check_date(v)))


class Actor(Strict):
    id: str
    kind: ActorKind
    polity: str | None = None
    rollup: bool = True  # do this actor's events count for its polity (False for parties, media...)
    name: str
    description: str | None = None
    aliases: dict[Lang, list[str | Alias]] = Field(default_factory=dict)
    demonyms: dict[Lang, list[str]] = Field(default_factory=dict)
    metonyms: dict[Lang, list[str]] = Field(default_factory=dict)
    roles: list[Role] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)

    @field_validator("id")
    @classmethod
    def _id(cls, v: str) -> str:
        if not ID_RE.match(v):
            raise ValueError(f"'{v}' is not a valid id (letters, digits, '_', '.', '-')")
        return v

    def all_aliases(self) -> list[tuple[str, Alias]]:
        """(lang, Alias) for every name, demonym and metonym, English name included."""
        out: list[tuple[str, Alias]] = [("en", Alias(text=self.name))]
        for lang, items in self.aliases.items():
            for a in items:
                out.append((lang, a if isinstance(a, Alias) else Alias(text=a)))
        for lang, items in self.demonyms.items():
            out.extend((lang, Alias(text=t, kind="demonym")) for t in items)
        for lang, items in self.metonyms.items():
            out.extend((lang, Alias(text=t, kind="metonym")) for t in items)
        return out

    def polity_at(self, date: str | None) -> str | None:
        """The polity this actor acts for at `date`: the first role covering it, else its own polity.

        A person whose own polity is an organisation (a NATO Secretary General, an EU
        commissioner) acts for it only while in office: outside every role they act for no
        polity, since their earlier or later national offices are not the organisation's.
        """
        if date and self.roles:
            d = date
            for r in self.roles:
                if active_between(r.start, r.end, d):
                    return r.polity
            if self.kind == "person" and self.polity in ORGANISATION_POLITIES:
                return None
        return self.polity


class SourceRef(Strict):
    """One source behind a tie; value/unit here record what that source says when they differ."""

    source: str
    value: float | None = None
    unit: str | None = None
    quote: str | None = None
    note: str | None = None


class Tie(Strict):
    id: str
    kind: TieKind
    actor: str
    partner: str
    name: str | None = None
    start: str | None = None
    end: str | None = None
    value: float | None = None
    unit: str | None = None
    stance: str | None = None
    note: str | None = None
    sources: list[SourceRef] = Field(min_length=1)

    _d = field_validator("start", "end", mode="before")(classmethod(lambda cls, v: _check_date(v)))

    @field_validator("sources", mode="before")
    @classmethod
    def _src(cls, v):
        if isinstance(v, list):
            return [{"source": s} if isinstance(s, str) else s for s in v]
        return v

    def active_at(self, date: str) -> bool:
        return active_between(self.start, self.end, date)


class Point(Strict):
    date: str
    value: float
    source: str | None = None
    note: str | None = None

    _d = field_validator("date", mode="before")(classmethod(lambda cls, v: _check_date(v)))


class Indicator(Strict):
    id: str
    name: str
    polity: str | None = None
    unit: str | None = None
    source: str | None = None  # default for points without their own
    note: str | None = None
    points: list[Point] = Field(min_length=1)


class Source(Strict):
    kind: Literal["seed", "url", "dataset", "document"] = "url"
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    date: str | None = None
    note: str | None = None


class Capital(Strict):
    polity: str
    name: str
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    aliases: list[str] = Field(default_factory=list)
    source: str


class PackMeta(Strict):
    name: str
    version: str = "0"
    description: str | None = None
    contract_polities: list[str] = Field(default_factory=list)
    sources: dict[str, Source] = Field(default_factory=dict)

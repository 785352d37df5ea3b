"""`pack check`: cross-record validation beyond each record's schema.

The loader already rejects malformed records (first error, with file/line/field). This pass
collects every consistency problem at once: unknown ids, unsourced ties and points, bad date
order, and aliases shared by two actors without being marked ambiguous.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from ..errors import suggest
from ..text import fold
from .loader import Pack


@dataclass(frozen=True)
class Problem:
    file: str
    line: int | None
    field: str
    message: str
    hint: str = ""

    def __str__(self) -> str:
        loc = f"{self.file}:{self.line}" if self.line else self.file
        text = f"{loc}: field '{self.field}': {self.message}"
        return text + (f" (fix: {self.hint})" if self.hint else "")


def is_url(ref: str) -> bool:
    return ref.startswith(("http://", "https://"))


def polity_ids(pack: Pack) -> set[str]:
    """Actors that are polities: their own polity is themselves."""
    return {a.id for a in pack.actors.values() if a.polity == a.id}


def check_pack(pack: Pack) -> list[Problem]:
    problems: list[Problem] = []
    polities = polity_ids(pack)
    sources = set(pack.meta.sources)

    def add(kind: str, key: str, fieldname: str, message: str, hint: str = "") -> None:
        f, line = pack.where(kind, key)
        problems.append(Problem(f, line, fieldname, message, hint))

    def check_id(kind: str, key: str, fieldname: str, value: str | None, known, what: str) -> None:
        if value is not None and value not in known:
            close = suggest(value, known)
            add(
                kind,
                key,
                fieldname,
                f"unknown {what} '{value}'",
                f"did you mean {', '.join(close)}?" if close else f"define the {what} first",
            )

    def check_source(kind: str, key: str, fieldname: str, ref: str | None) -> None:
        if not ref:
            add(kind, key, fieldname, "no source", "cite a URL or a key of pack.yaml's sources")
        elif not is_url(ref) and ref not in sources:
            close = suggest(ref, sources)
            add(
                kind,
                key,
                fieldname,
                f"unknown source '{ref}'",
                f"did you mean {', '.join(close)}?"
                if close
                else "add it to pack.yaml's sources or cite a URL",
            )

    for pid in pack.meta.contract_polities:
        if pid not in polities:
            problems.append(
                Problem(
                    str(pack.dirs[0] / "pack.yaml"),
                    None,
                    "contract_polities",
                    f"'{pid}' is not a polity actor of the pack",
                    "define it in actors/ with polity equal to its id",
                )
            )

    for a in pack.actors.values():
        check_id("actors", a.id, "polity", a.polity, polities, "polity")
        for s in a.sources:
            check_source("actors", a.id, "sources", s)
        for i, r in enumerate(a.roles):
            check_id("actors", a.id, f"roles[{i}].polity", r.polity, polities, "polity")
            check_id("actors", a.id, f"roles[{i}].org", r.org, pack.actors, "actor")
            if r.source is not None:
                check_source("actors", a.id, f"roles[{i}].source", r.source)
            if r.start and r.end and r.end < r.start[: len(r.end)]:
                add(
                    "actors",
                    a.id,
                    f"roles[{i}].end",
                    f"ends ({r.end}) before it starts ({r.start})",
                )
        if a.kind == "person" and not a.roles:
            add(
                "actors",
                a.id,
                "roles",
                "a person needs at least one dated role",
                "add roles with polity and dates",
            )

    for t in pack.ties.values():
        check_id("ties", t.id, "actor", t.actor, pack.actors, "actor")
        check_id("ties", t.id, "partner", t.partner, pack.actors, "actor")
        for i, s in enumerate(t.sources):
            check_source("ties", t.id, f"sources[{i}].source", s.source)
        if t.start and t.end and t.end < t.start[: len(t.end)]:
            add("ties", t.id, "end", f"ends ({t.end}) before it starts ({t.start})")

    for ind in pack.indicators.values():
        check_id("indicators", ind.id, "polity", ind.polity, polities, "polity")
        for i, p in enumerate(ind.points):
            check_source("indicators", ind.id, f"points[{i}].source", p.source or ind.source)

    for pol, cap in pack.capitals.items():
        check_id("geo", pol, "polity", pol, polities, "polity")
        check_source("geo", pol, "source", cap.source)

    problems.extend(alias_collisions(pack))
    return problems


def alias_collisions(pack: Pack) -> list[Problem]:
    """Folded aliases used by two actors where any use is not marked ambiguous."""
    users: dict[str, dict[str, bool]] = defaultdict(dict)
    for a in pack.actors.values():
        for _lang, al in a.all_aliases():
            key = fold(al.text).strip()
            prev = users[key].get(a.id, True)
            users[key][a.id] = prev and al.ambiguous
    out = []
    for key, by_actor in sorted(users.items()):
        if len(by_actor) > 1 and not all(by_actor.values()):
            for actor_id, amb in sorted(by_actor.items()):
                if not amb:
                    f, line = pack.where("actors", actor_id)
                    others = ", ".join(x for x in sorted(by_actor) if x != actor_id)
                    out.append(
                        Problem(
                            f,
                            line,
                            "aliases",
                            f"alias '{key}' is also used by {others}",
                            "mark it {text: ..., ambiguous: true} in every actor that uses it",
                        )
                    )
    return out

"""Extract throughput on synthetic news-length documents in six languages, 2 worker processes.

Documents are generated here (templates written for this benchmark, names from the pack's
languages): ~2,500 characters each, a dateline, a few event sentences among filler. Compared in
the same run with only reading and lower-casing the same files. Memory: resident set size of
the whole process tree sampled as the corpus streams (flat = independent of corpus size).
"""

from __future__ import annotations

import os
import random
import tempfile
import time
from pathlib import Path

import psutil

from balkanscope import _native
from balkanscope.code.extract import extract_paths

N_DOCS = int(os.environ.get("BENCH_EXTRACT_DOCS", "10000"))
WORKERS = 2
TARGET_CHARS = 2500

NAMES = {
    "en": ["Serbia", "Russia", "the United States", "China", "Kosovo", "the European Union", "NATO", "Albania",
           "President Aleksandar Vučić", "Vladimir Putin"],
    "sr": ["Srbija", "Rusija", "SAD", "Kina", "Kosovo", "Evropska unija", "NATO", "Albanija", "Vučić", "Putin"],
    "ru": ["Сербия", "Россия", "США", "Китай", "Косово", "Евросоюз", "НАТО", "Албания", "Вучич", "Путин"],
    "mk": ["Србија", "Русија", "САД", "Кина", "Косово", "Европската унија", "НАТО", "Албанија"],
    "sq": ["Serbia", "Rusia", "SHBA", "Kina", "Kosova", "BE", "NATO", "Shqipëria"],
    "tr": ["Sırbistan", "Rusya", "ABD", "Çin", "Kosova", "AB", "NATO", "Arnavutluk"],
}  # fmt: skip
EVENTS = {
    "en": ["{a} met {b} on Tuesday to discuss energy.", "{a} accused {b} of interfering in the elections.",
           "{a} urged {b} to implement the agreement.", "{a} signed a trade agreement with {b}.",
           "{a} will not impose sanctions on {b}.", "{a} delivered six aircraft to {b} last week."],
    "sr": ["{a} je u utorak razgovarao sa {b} o energetici.", "{a} je optužio {b} za mešanje u izbore.",
           "{a} je pozvao {b} da sprovede sporazum.", "{a} je potpisao trgovinski sporazum sa {b}.",
           "{a} neće uvesti sankcije {b}.", "{a} je isporučila šest aviona {b}."],
    "ru": ["{a} в четверг провёл переговоры с {b} об энергетике.", "{a} обвинил {b} во вмешательстве в выборы.",
           "{a} призвал {b} выполнить соглашение.", "{a} подписал торговое соглашение с {b}.",
           "{a} не будет вводить санкции против {b}.", "{a} поставила шесть самолётов {b}."],
    "mk": ["{a} во вторник разговараше со {b} за енергетиката.", "{a} ја обвини {b} за мешање во изборите.",
           "{a} ја повика {b} да го спроведе договорот.", "{a} потпиша трговски договор со {b}."],
    "sq": ["{a} u takua të martën me {b} për energjinë.", "{a} akuzoi {b} për ndërhyrje në zgjedhje.",
           "{a} i bëri thirrje {b} të zbatojë marrëveshjen.", "{a} nënshkroi një marrëveshje tregtare me {b}."],
    "tr": ["{a} salı günü {b} ile enerji konusunu görüştü.", "{a}, {b} ülkesini seçimlere müdahale etmekle suçladı.",
           "{a}, {b} ile ticaret anlaşması imzaladı.", "{a}, {b} ülkesine altı uçak teslim etti."],
}  # fmt: skip
FILLER = {
    "en": ["Analysts said the talks had been constructive.", "The meeting lasted about three hours.",
           "Markets reacted calmly to the news on Wednesday.", "Officials gave no further details."],
    "sr": ["Analitičari su ocenili da su razgovori bili konstruktivni.", "Sastanak je trajao oko tri sata.",
           "Tržišta su mirno reagovala na vest.", "Zvaničnici nisu dali dodatne detalje."],
    "ru": ["Аналитики назвали переговоры конструктивными.", "Встреча продолжалась около трёх часов.",
           "Рынки спокойно отреагировали на новость.", "Официальные лица не сообщили подробностей."],
    "mk": ["Аналитичарите оценија дека разговорите биле конструктивни.", "Средбата траеше околу три часа.",
           "Пазарите мирно реагираа на веста."],
    "sq": ["Analistët thanë se bisedimet ishin konstruktive.", "Takimi zgjati rreth tre orë.",
           "Tregjet reaguan me qetësi ndaj lajmit."],
    "tr": ["Analistler görüşmelerin yapıcı geçtiğini söyledi.", "Toplantı yaklaşık üç saat sürdü.",
           "Piyasalar habere sakin tepki verdi."],
}  # fmt: skip
DATELINE = {"en": "Belgrade, 5 May 2023", "sr": "Beograd, 5. maj 2023.", "ru": "Москва, 5 мая 2023 г.",
            "mk": "Скопје, 5 мај 2023 година", "sq": "Tiranë, 5 maj 2023", "tr": "Ankara, 5 Mayıs 2023"}  # fmt: skip


def make_corpus(root: Path, n: int, seed: int = 7) -> int:
    rnd = random.Random(seed)
    langs = sorted(NAMES)
    total = 0
    for k in range(n):
        lang = langs[k % len(langs)]
        parts = [DATELINE[lang], ""]
        size = 0
        while size < TARGET_CHARS:
            if rnd.random() < 0.3:
                a, b = rnd.sample(NAMES[lang], 2)
                s = rnd.choice(EVENTS[lang]).format(a=a, b=b)
            else:
                s = rnd.choice(FILLER[lang])
            parts.append(s)
            size += len(s) + 1
        text = parts[0] + "\n\n" + " ".join(parts[2:]) + "\n"
        (root / f"{lang}_{k:05d}.txt").write_text(text, encoding="utf-8")
        total += len(text)
    return total


def _tree_rss() -> int:
    me = psutil.Process()
    procs = [me, *me.children(recursive=True)]
    rss = 0
    for p in procs:
        try:
            rss += p.memory_info().rss
        except psutil.Error:
            pass
    return rss


def main() -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        chars = make_corpus(root, N_DOCS)
        files = sorted(str(p) for p in root.iterdir())
        print(f"corpus: {len(files)} documents, {chars / len(files):.0f} chars avg", flush=True)

        t0 = time.perf_counter()
        n_chars = 0
        for f in files:
            n_chars += len(Path(f).read_text(encoding="utf-8").lower())
        t_read = time.perf_counter() - t0

        t0 = time.perf_counter()
        n_docs = n_events = 0
        rss: list[tuple[int, int]] = []
        first_at = None
        for _doc, events in extract_paths([str(root)], workers=WORKERS, as_json=True):
            if first_at is None:
                first_at = time.perf_counter()  # workers are up: pack and recogniser built
            n_docs += 1
            n_events += len(events)
            if n_docs % max(1, N_DOCS // 4) == 0:
                rss.append((n_docs, _tree_rss() // 2**20))
                print(f"  {n_docs} docs, {n_events} events, RSS {rss[-1][1]} MB", flush=True)
        t_end = time.perf_counter()
    t_total = t_end - t0
    t_steady = t_end - (first_at or t0)
    return {
        "coder": _native.STATE,  # compiled (build_native.py) or the Python sources
        "documents": n_docs,
        "avg_chars": round(chars / max(1, n_docs)),
        "workers": WORKERS,
        "events": n_events,
        "read_lower_docs_per_s": round(n_docs / t_read, 1),
        "extract_docs_per_s_total": round(n_docs / t_total, 1),
        "extract_docs_per_s_steady": round(n_docs / t_steady, 1),
        "startup_s": round((first_at or t0) - t0, 2),
        "extract_vs_read_slowdown": round((n_docs / t_read) / (n_docs / t_total), 1),
        "rss_mb_by_docs": rss,
    }

"""Lexicon loading (validation errors name file, line and field) and term matching."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from balkanscope.code.lexicon import (
    Matcher,
    compile_term,
    load_modality_file,
    load_trigger_file,
    tokenize,
)
from balkanscope.errors import PackError
from balkanscope.text import fold


def _match(term: str, text: str) -> list[str]:
    tokens = tokenize(text)
    return [
        " ".join(tokens.words[i:j]) for i, j, _ in Matcher([compile_term(term)]).find(tokens.words)
    ]


def test_stem_gap_and_suffix_patterns():
    assert _match("posjet*", "Posjetio je Moskvu, posjeta traje") == ["posjetio", "posjeta"]
    assert _match("uvel* .. sankcij*", "uvela je nove oštre sankcije") == [
        "uvela je nove ostre sankcije"
    ]
    assert _match("uvel* .. sankcij*", "uvela je jako mnogo novih oštrih sankcija") == []
    assert _match("*madi", "imzalamadı") == ["imzalamadi"]


def test_terms_are_folded_so_one_file_serves_both_scripts():
    assert _match("састанак", "sastanak u Beogradu") == ["sastanak"]
    assert _match("sastanak", "састанак у Београду") == ["sastanak"]


def test_match_offsets_point_into_the_original_text():
    text = "Вучић је посетио Москву."
    tokens = tokenize(text)
    [(i, j, _)] = Matcher([compile_term("posetio")]).find(tokens.words)
    assert text[tokens.starts[i] : tokens.ends[j - 1]] == "посетио"


@given(st.text(alphabet=st.sampled_from("aZčЋђъ_ 1.,\n'Ё"), max_size=40) | st.text(max_size=40))
def test_tokens_are_the_folded_word_runs_with_their_spans(text):
    tokens = tokenize(text)
    runs = [(fold(m.group()), m.start(), m.end()) for m in re.finditer(r"\w+", text)]
    assert list(zip(tokens.words, tokens.starts, tokens.ends, strict=True)) == [
        r for r in runs if r[0]
    ]
    assert all(
        fold(text[a:b]) == w
        for w, a, b in zip(tokens.words, tokens.starts, tokens.ends, strict=True)
    )


def test_trigger_file_errors_name_file_line_and_field(tmp_path):
    p = tmp_path / "xx.yaml"
    p.write_text(
        "langs: [xx]\ntriggers:\n  - type: CONSULT\n    terms: [meet]\n  - type: MEETUP\n    terms: [a]\n"
    )
    with pytest.raises(PackError) as e:
        load_trigger_file(p)
    assert e.value.file == str(p) and e.value.line == 5 and e.value.field == "triggers[1].type"
    p.write_text("langs: [xx]\ntriggers:\n  - type: CONSULT\n    terms: ['me(e)t']\n")
    with pytest.raises(PackError, match="bad token") as e:
        load_trigger_file(p)
    assert e.value.field == "triggers[0].terms[0]"
    p.write_text("langs: [xx]\ntriggers:\n  - type: CONSULT\n    voice: middle\n    terms: [met]\n")
    with pytest.raises(PackError, match="voice") as e:
        load_trigger_file(p)
    assert e.value.line == 4
    p.write_text("triggers: []\n")
    with pytest.raises(PackError, match="langs"):
        load_trigger_file(p)


def test_modality_file_errors(tmp_path):
    p = tmp_path / "xx.yaml"
    p.write_text("langs: [xx]\nmonths: {januar*: 13}\n")
    with pytest.raises(PackError, match="bad value") as e:
        load_modality_file(p)
    assert e.value.field == "months.januar*"
    p.write_text("langs: [xx]\nnegaton: [ne]\n")
    with pytest.raises(PackError, match="unknown key 'negaton'") as e:
        load_modality_file(p)
    assert e.value.line == 2


def test_bundled_lexicons_load_for_every_served_language(pack):
    from balkanscope.code.lexicon import load_lexicons

    lex = load_lexicons(pack)
    assert "en" in lex.by_lang
    for lang, ll in lex.by_lang.items():
        assert ll.triggers, f"{lang} has no triggers"


@pytest.mark.parametrize(
    ("lang", "text", "not_type"),
    [
        # cyber-security cooperation is no cyber operation (only attacks/operations are COERCE)
        ("sr", "Srbija je sa Hrvatskom razvila sajber zaštitu.", "COERCE"),
        ("mk", "Северна Македонија со Албанија разви сајбер заштита.", "COERCE"),
        ("ru", "Россия вместе с Сербией развивает кибербезопасность.", "COERCE"),
        ("sq", "Shqipëria me Kosovën zhvilloi sigurinë kibernetike.", "COERCE"),
        ("tr", "Türkiye siber güvenlik konusunda Arnavutluk ile çalışıyor.", "COERCE"),
        # the gerund "citing" ('pozivajući se na', 'повикувајќи се на') is no call on anyone
        ("sr", "Srbija se, pozivajući se na rezoluciju 1244, obratila Kosovu.", "REQUEST"),
        ("mk", "Србија, повикувајќи се на резолуцијата 1244, му се обрати на Косово.", "REQUEST"),
    ],
)
def test_words_with_an_unrelated_sense_are_no_trigger(code, lang, text, not_type):
    got = code(text, lang)
    assert not any(t == not_type for t, _a, _r, _m in got), got

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from balkanscope.ingest.sentences import split_sentences


def sents(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dr. Smith met gen. Jones in St. Louis. The U.S. envoy left.",
            ["Dr. Smith met gen. Jones in St. Louis.", "The U.S. envoy left."],
        ),
        (
            "Sastanak je održan 7. mart 2025. u Beogradu. A. Vučić je govorio.",
            ["Sastanak je održan 7. mart 2025. u Beogradu.", "A. Vučić je govorio."],
        ),
        (
            "Rok ističe 30. maja. Tzv. zajednica nije osnovana. Dr. Petrović se oglasio.",
            ["Rok ističe 30. maja.", "Tzv. zajednica nije osnovana.", "Dr. Petrović se oglasio."],
        ),
        (
            "В 2017 г. Россия ответила, т.е. приняла меры. Москва молчит.",
            ["В 2017 г. Россия ответила, т.е. приняла меры.", "Москва молчит."],
        ),
        (
            "Он рекао је: „Идемо даље.“ Затим је отишао. «Нет», ответил он.",
            ["Он рекао је: „Идемо даље.“", "Затим је отишао.", "«Нет», ответил он."],
        ),
        (
            'He said "we will respond." Then he left... And came back?! Yes.',
            ['He said "we will respond."', "Then he left...", "And came back?!", "Yes."],
        ),
        ("Čekali su... i onda otišli.", ["Čekali su... i onda otišli."]),
        (
            "Beograd, 7. mart 2025.\n\nPredsednik je stigao.",
            ["Beograd, 7. mart 2025.", "Predsednik je stigao."],
        ),
        (
            "Stability over transformation\nThe document frames Europe as weak.",
            ["Stability over transformation", "The document frames Europe as weak."],
        ),
        (
            "Points:\n1. First item is here\n2. Second item\n- a bullet",
            ["Points:", "1. First item is here", "2. Second item", "- a bullet"],
        ),
        ("Vidi br. 5 i čl. 3 zakona.", ["Vidi br. 5 i čl. 3 zakona."]),
        (
            "Kryeministri z. Kurti foli. Presidenti p.sh. nuk foli.",
            ["Kryeministri z. Kurti foli.", "Presidenti p.sh. nuk foli."],
        ),
    ],
)
def test_boundaries(text, expected):
    assert sents(text) == expected


def test_hard_wrapped_paragraph_is_not_split_at_line_ends():
    line = "This is a long hard-wrapped line of a paper that continues on the next line and"
    text = f"{line}\nends here. Next sentence."
    assert sents(text) == [f"{line}\nends here.", "Next sentence."]


def test_offsets_are_exact_with_surrounding_whitespace():
    text = "  \n Prva rečenica.   Druga!  \n"
    spans = split_sentences(text)
    assert spans == [(4, 18), (21, 27)]
    assert [text[a:b] for a, b in spans] == ["Prva rečenica.", "Druga!"]


_ALPHABET = st.sampled_from(
    list('ab AZ čЋжД.!?…„“«»"\n\t1 9г') + ["dr.", "7. mart", " A. ", "\n\n"]
)


@settings(deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_spans_are_stripped_ordered_and_cover_all_text(text):
    spans = split_sentences(text)
    covered = set()
    prev_end = 0
    for a, b in spans:
        assert prev_end <= a < b <= len(text)
        assert text[a:b] == text[a:b].strip()
        covered.update(range(a, b))
        prev_end = b
    assert all(c.isspace() for i, c in enumerate(text) if i not in covered)

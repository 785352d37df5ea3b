from hypothesis import given
from hypothesis import strategies as st

from balkanscope.text import fold, fold_map, is_cyrillic


def test_fold_is_script_and_diacritic_insensitive():
    assert fold("Вучић") == fold("Vučić") == fold("Vucic") == "vucic"
    assert fold("Ђукановић") == fold("Đukanović") == "djukanovic"
    assert fold("Москвы") == "moskvy"
    assert fold("Türkiye") == "turkiye"


@given(st.text(alphabet=st.sampled_from("abcčćžšđ ВучићЉЊЏжшщъьыAZİı.,’")))
def test_fold_map_points_back_to_source(text):
    folded, idx = fold_map(text)
    assert folded == fold(text)
    assert len(idx) == len(folded)
    assert idx == sorted(idx)
    for i, src in enumerate(idx):
        assert folded[i] in fold(text[src])


def test_is_cyrillic():
    assert is_cyrillic("Београд, 26. новембар")
    assert not is_cyrillic("Beograd, 26. novembar")

import pytest

from balkanscope import geo
from balkanscope.errors import UnknownIdError
from balkanscope.pack import load_pack
from tests.minipack import write_pack


@pytest.fixture
def pack(tmp_path):
    return load_pack(str(write_pack(tmp_path)))


def test_distance_is_geodesic_and_symmetric(pack):
    bg, mo = geo.resolve_place(pack, "Beograd"), geo.resolve_place(pack, "Москва")
    km = geo.distance_km(bg, mo)
    # Belgrade-Moscow great-circle distance is about 1,710 km.
    assert 1690 < km < 1730
    assert abs(geo.distance_km(mo, bg) - km) < 1e-6


def test_place_resolution_by_id_name_alias_and_polity_name(pack):
    assert geo.resolve_place(pack, "SRB").name == "Belgrade"
    assert geo.resolve_place(pack, "belgrade").name == "Belgrade"
    assert geo.resolve_place(pack, "Srbija").name == "Belgrade"
    with pytest.raises(UnknownIdError, match="Belgrade"):
        geo.resolve_place(pack, "Belgrad")


def test_circle_through_moscow_and_membership_filter(pack):
    c = geo.circle(pack, "Belgrade", through="Moscow")
    assert c["center"]["name"] == "Belgrade"
    inside = {r["name"] for r in c["inside"]}
    assert {"Tirana", "Zagreb", "Brussels", "Moscow"} <= inside
    assert c["outside"] == []
    small = geo.circle(pack, "Belgrade", radius_km=500)
    assert {r["name"] for r in small["inside"]} == {"Tirana", "Zagreb"}
    assert [r["km"] for r in small["outside"]] == sorted(r["km"] for r in small["outside"])
    nato = geo.circle(pack, "Belgrade", radius_km=500, members_of="NATO", at="2020-01-01")
    assert {r["name"] for r in nato["inside"]} == {"Tirana", "Zagreb"}
    assert (
        geo.circle(pack, "Belgrade", radius_km=500, members_of="NATO", at="2005-01-01")["inside"]
        == []
    )

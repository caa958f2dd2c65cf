import csv
import io
import xml.etree.ElementTree as ET

import pytest

from align.terms.export import TBX_NAMESPACE, export_glossary, read_tbx
from align.terms.glossary import load_glossary
from tests.conftest import small_glossary

GLOSSARY = small_glossary()


def entries(glossary):
    return [(t.ko, t.zh_hans, t.zh_hant, t.ko_variants, t.kind, t.note, t.source) for t in glossary.terms]


@pytest.mark.parametrize("direction", ["ko-zh", "zh-ko"])
def test_tbx_parses_and_round_trips(tmp_path, direction: str) -> None:
    text = export_glossary(GLOSSARY, "tbx", direction)
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == f"{{{TBX_NAMESPACE}}}tbx" and root.get("type") == "TBX-Basic"
    concepts = root.findall(f".//{{{TBX_NAMESPACE}}}conceptEntry")
    assert len(concepts) == len(GLOSSARY)
    path = tmp_path / "g.tbx"
    path.write_text(text, encoding="utf-8")
    assert entries(read_tbx(path)) == entries(GLOSSARY)


def test_tsv_round_trips(tmp_path) -> None:
    path = tmp_path / "g.tsv"
    path.write_text(export_glossary(GLOSSARY, "tsv"), encoding="utf-8")
    assert entries(load_glossary(path)) == entries(GLOSSARY)


def test_csv_is_source_target_in_one_direction() -> None:
    rows = list(csv.reader(io.StringIO(export_glossary(GLOSSARY, "csv", "ko-zh"))))
    assert rows[0] == ["source", "target"]
    assert ["사회구역 경찰", "社区民警"] in rows and ["지역사회 경찰", "社区民警"] in rows
    rows = list(csv.reader(io.StringIO(export_glossary(GLOSSARY, "csv", "zh-ko"))))
    assert ["警務室", "경무실"] in rows and ["警务室", "경무실"] in rows


def test_malformed_tbx_names_the_line(tmp_path) -> None:
    path = tmp_path / "bad.tbx"
    path.write_text("<tbx>\n<text>\n</tbx>", encoding="utf-8")
    with pytest.raises(Exception) as error:
        read_tbx(path)
    assert f"{path}:3" in str(error.value)

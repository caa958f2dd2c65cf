"""Lines a scraper cut: hard-wrapped copy and sentences cut at their inline tags."""

from __future__ import annotations

import pytest

from align.text.segment import segment_document


def test_a_sentence_cut_at_its_inline_links_is_one_sentence_again() -> None:
    """Trial 17: a scraper that puts each text node on a line of its own (`get_text("\\n")`) cut
    `…也只有6.3英寸的<a>三星</a> <a>Galaxy</a> Mega与之相近。` into halves, and the linked words went as
    furniture; the sentence is one again, its words taken back."""
    page = (
        "索尼Z Ultra评测\n"
        "瘾科技最新发布的评测当中包含了这些问题的答案：\n"
        "Xperia Z Ultra是我们所评测过的最大的一款智能手机。在屏幕尺寸上，也只有6.3英寸的\n"
        "三星\n"
        "Galaxy\n"
        "Mega与之相近。但从总体尺寸和重量上看，索尼的这款设备无疑是真正的冠军。\n"
        "说完了这些抽象的数字，Z Ultra的尺寸介于舒适的智能手机和小\n"
        "平板\n"
        "之间，我们觉得即便是再大的手掌也无法驾驭得了它。\n"
    )
    document = segment_document(page)
    texts = ["".join(s.clean.split()) for s in document.sentences]
    assert "在屏幕尺寸上，也只有6.3英寸的三星GalaxyMega与之相近。" in texts
    assert "说完了这些抽象的数字，ZUltra的尺寸介于舒适的智能手机和小平板之间，我们觉得即便是再大的手掌也无法驾驭得了它。" in texts
    assert not [d.text for d in document.dropped if d.text in ("三星", "Galaxy", "平板")]


def test_a_sidebar_list_and_a_crosshead_are_not_joined_to_the_body() -> None:
    """Headlines with times between them hold no clause mark (and a time is no linked word); a
    crosshead between two sentences whose cut does not show (遗体 may end one, 关 start one) is no
    linked word: neither is joined to the sentence above it."""
    page = (
        "香港宏福苑大火\n"
        "记者了解到，香港宏福苑大火：死亡数字升至146人，警方指房间、楼梯、天台均找到遗体\n"
        "拯救邻居\n"
        "关上门之后，李先生致电给太太，希望向她了解到底发生了什么事。\n"
        "新iPad Pro來了 效能超強\n"
        "01:16\n"
        "新Mac mini性能更強更好用\n"
    )
    texts = [s.text for s in segment_document(page).sentences]
    assert not any("拯救邻居" in t and "遗体" in t for t in texts)
    assert not any("01:16" in t for t in texts)


def test_names_an_app_between_two_chinese_lines_joins_and_a_list_or_a_box_label_does_not() -> None:
    """Review 101b: any one-to-three-character line after an open line was taken for a link, so a
    box's label (`链接`) and a list of names (`刘某` / `陈某` / `赵某`) were joined to the sentences around
    them; the cut must show (a character no sentence ends or starts with, or a Latin word)."""
    apps = "警方破获特大跨境网络赌博案\n近日，公安机关成功破获一起特大跨境网络赌博案，抓获犯罪嫌疑人56名。\n经查，该团伙通过境外服务器搭建赌博网站，并利用\nTelegram\nWhatsApp\n等即时通讯软件招揽赌客，涉案流水高达30余亿元。\n"
    assert [s.text.replace("\n", " ") for s in segment_document(apps).sentences][2:] == [
        "经查，该团伙通过境外服务器搭建赌博网站，并利用 Telegram WhatsApp 等即时通讯软件招揽赌客，涉案流水高达30余亿元。"
    ]
    label = "法院审理认为，王某违反交通运输管理法规，依法判处其有期徒刑三年\n链接\n根据刑法规定，交通运输肇事后逃逸的，处三年以上七年以下有期徒刑。\n"
    names = "法院经审理查明，该组织长期盘踞当地，主要成员包括\n刘某\n陈某\n赵某\n其中，刘某被判处有期徒刑二十年，并处没收个人全部财产。\n"
    for page in (label, names):
        kept = [s.text for s in segment_document(page).sentences]
        assert not any("根据刑法" in s and "三年" in s.split("根据")[0] for s in kept) and not any("其中，" in s and "包括" in s for s in kept)


@pytest.mark.parametrize(
    "page",
    [
        "受表彰的集体有\n刑警队\n巡警队\n交警队\n会上，局长为受表彰的集体颁发了奖牌。\n",  # a list after 有 (review 101c)
        "依法判处其有期徒刑三年\nVIDEO\n根据刑法规定，交通运输肇事后逃逸的，处三年以上七年以下有期徒刑。\n",  # a label in capitals
    ],
)
def test_a_list_after_a_verb_or_a_label_in_capitals_is_no_sentence_cut_at_its_links(page: str) -> None:
    head = "市公安局表彰一批先进集体和个人\n近日，市公安局召开年度表彰大会，对表现突出的集体和个人进行表彰，"
    kept = [s.text for s in segment_document(head + page).sentences]
    assert not any("会上，" in s and "刑警队" in s for s in kept)  # the list is not joined to the sentence after it
    assert not any("VIDEO" in s for s in kept) and not any("根据刑法" in s and "三年" in s.split("根据")[0] for s in kept)

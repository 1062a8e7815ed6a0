"""JSON-LD reading: broken JSON tolerated, @graph flattened, @id references resolved, article node chosen."""

from __future__ import annotations

from telisik.extract.jsonld import flatten_nodes, parse_jsonld_text, read_jsonld


def test_trailing_commas_and_control_characters_are_repaired():
    text = '{"@type": "NewsArticle", "headline": "Banjir\tdi\nBlora", "keywords": ["a", "b",],}'
    values = parse_jsonld_text(text)
    assert values and values[0]["headline"].split() == ["Banjir", "di", "Blora"]
    assert values[0]["keywords"] == ["a", "b"]


def test_html_comment_and_cdata_wrappers_are_removed():
    assert parse_jsonld_text('<!-- {"@type": "Article", "headline": "X"} -->')[0]["headline"] == "X"
    assert (
        parse_jsonld_text('//<![CDATA[\n{"@type": "Article", "headline": "Y"}\n//]]>')[0]["headline"] == "Y"
    )


def test_concatenated_objects_are_all_read():
    values = parse_jsonld_text('{"@type": "WebSite"} {"@type": "NewsArticle", "headline": "Z"};')
    assert [v["@type"] for v in values] == ["WebSite", "NewsArticle"]


def test_garbage_gives_nothing():
    assert parse_jsonld_text("var x = {not json") == []
    assert parse_jsonld_text("") == []
    assert read_jsonld(["null", "[]", "42", '"text"']) is None


def test_graph_nodes_are_flattened_including_nested_graphs():
    nodes = flatten_nodes([{"@context": "x", "@graph": [{"@type": "A"}, {"@graph": [{"@type": "B"}]}]}])
    assert [n["@type"] for n in nodes] == ["A", "B"]


YOAST = """{"@context":"https://schema.org","@graph":[
 {"@type":"WebPage","@id":"https://s.id/a/","url":"https://s.id/a/","name":"Judul - Situs",
  "datePublished":"2026-01-27T08:28:41+00:00"},
 {"@type":["Article","NewsArticle"],"@id":"https://s.id/a/#article","headline":"Judul Berita",
  "author":{"@id":"https://s.id/#/schema/person/1"},"publisher":{"@id":"https://s.id/#org"},
  "mainEntityOfPage":{"@id":"https://s.id/a/"},"keywords":["Banjir","Blora"],"articleSection":["Peristiwa"],
  "image":{"@id":"https://s.id/a/#img"}},
 {"@type":"Person","@id":"https://s.id/#/schema/person/1","name":"Dheny Window"},
 {"@type":"Organization","@id":"https://s.id/#org","name":"TelisikFakta"},
 {"@type":"ImageObject","@id":"https://s.id/a/#img","url":"https://s.id/img.jpg"}
]}"""


def test_yoast_graph_with_id_references():
    article = read_jsonld([YOAST])
    assert article is not None
    assert article.headline == "Judul Berita"
    assert article.authors == ["Dheny Window"]
    assert article.publisher == "TelisikFakta"
    assert article.image == "https://s.id/img.jpg"
    assert article.section == "Peristiwa"
    assert article.keywords == ["Banjir", "Blora"]
    assert article.url == "https://s.id/a/"
    # The date lives on the WebPage node only: the weaker node fills what the article node lacks.
    assert article.date_published == "2026-01-27T08:28:41+00:00"
    assert not article.is_weak


def test_article_node_beats_webpage_whatever_the_order():
    scripts = [
        '{"@type": "WebPage", "name": "Beranda", "datePublished": "2014-07-13"}',
        '{"@type": "NewsArticle", "headline": "Berita", "datePublished": "2020-07-09 07:26:05"}',
    ]
    article = read_jsonld(scripts)
    assert article.headline == "Berita"
    assert article.date_published == "2020-07-09 07:26:05"


def test_webpage_only_is_a_weak_fallback():
    article = read_jsonld(['{"@type": "WebPage", "name": "Halaman", "datePublished": "2024-01-01"}'])
    assert article is not None and article.is_weak
    assert article.headline == "Halaman"


def test_author_shapes_strings_lists_and_organizations():
    article = read_jsonld(
        [
            '{"@type": "BlogPosting", "author": ["Ayu Lestari", {"@type": "Person", "name": "Budi"},'
            ' {"@type": "Organization", "name": "Redaksi"}, {"name": ""}]}'
        ]
    )
    assert article.authors == ["Ayu Lestari", "Budi", "Redaksi"]


def test_reference_cycles_do_not_loop():
    text = '{"@graph": [{"@type": "NewsArticle", "@id": "#a", "author": {"@id": "#a"}, "headline": "H"}]}'
    article = read_jsonld([text])
    assert article.headline == "H"


def test_main_entity_inside_a_webpage_is_found():
    text = '{"@type": "WebPage", "name": "Situs", "mainEntity": {"@type": "NewsArticle", "headline": "Isi"}}'
    article = read_jsonld([text])
    assert article.headline == "Isi" and not article.is_weak


def test_the_node_describing_this_page_wins_over_related_stories():
    scripts = [
        '{"@type": "NewsArticle", "headline": "Berita Lain", "url": "https://s.id/berita/lain"}',
        '{"@type": "NewsArticle", "headline": "Berita Ini", "mainEntityOfPage": {"@id": "https://www.s.id/berita/ini/"}}',
    ]
    assert read_jsonld(scripts).headline == "Berita Lain"
    assert read_jsonld(scripts, ("http://s.id/berita/ini",)).headline == "Berita Ini"

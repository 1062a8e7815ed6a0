"""Picture captions on pages whose class names say nothing (#10): CSS-module, CSS-in-JS and utility-class
(Tailwind) sites serve `class="css-1x2y3z"` or `class="mt-4 text-sm"`, so no `caption` class and often no
`<figcaption>` marks the line under a picture. The class-free rule: a short lone text that, a few wrappers up,
shares a small block with a picture and nothing else is that picture's caption or credit. It applies only where
no class names the article's block (a page whose classes name its blocks names its captions too, and photo
stories told in captions keep them).

Seen with hashed classes (benchmarks/perturbed_pages.py's `with_hashed_classes`) on the fundus and ScrapingHub
tuning pages of Fox News, Fox Business, Global News, National Post, Die Welt, FAZ, Sportschau, t-online, ZDF,
Tokyo Shimbun, LRT, Daily Star, Metro, CNBC, the Los Angeles Times and detikFinance. Each test serves a complete
page (head metadata and JSON-LD, navigation, the article, related links, a sidebar, comments, footer)."""

from __future__ import annotations

from telisik.extract import extract_article

URL = "https://news.example.com/politics/2024/05/committee-demands-answers-on-overseas-police-posts"
TITLE = "Committee demands answers on overseas police posts"

PARAGRAPHS = (
    "A House committee on Tuesday demanded that the FBI explain how it tracks undeclared police posts run by "
    "foreign governments on American soil, after two residents of New York were charged last month.",
    "The letter, signed by members of both parties, asks the bureau for a briefing within thirty days and for a "
    "list of the cities where agents have found similar offices since the start of last year.",
    "Officials at the bureau declined to comment on the letter on Tuesday, saying only that the investigation "
    "into the New York office was continuing and that more charges could follow in the coming weeks.",
    "Lawmakers said the posts were used to pressure people who had fled abroad to return home, and that the "
    "country's own laws required anyone working for a foreign government to register with the Justice Department.",
)
LEAD_CAPTION = (
    "The director of the bureau listens during a news conference at the Justice Department in Washington, "
    "Jan. 27, 2023. (AP Photo/Jane Doe)"
)
INLINE_CAPTION = "Members of the committee arrive for a hearing on Capitol Hill. (Reuters/John Roe)"
RELATED = ("Senate passes stopgap bill to keep the government open", "Governor signs new budget into law")
COMMENT = (
    "Great reporting, thank you for keeping us informed about what happens in Washington every single day."
)


def _utility_page(lead_caption: str, inline_caption: str, *, body_class: str = "mx-auto max-w-3xl") -> str:
    """A page built with utility classes only: each picture in `div > div > img` with its caption two wrappers
    away in `div > p`, as CSS-module sites render them."""
    figure = (
        '<div class="my-6"><div class="relative aspect-video overflow-hidden">'
        '<img class="w-full object-cover" src="https://cdn.example.com/img/{name}.jpg" width="960" height="540"'
        ' alt=""></div><div class="mt-2 px-1"><p class="text-xs leading-5 opacity-70">{caption}</p></div></div>'
    )
    paragraphs = [f'<p class="mb-4 leading-7">{text}</p>' for text in PARAGRAPHS]
    paragraphs.insert(2, figure.format(name="hearing", caption=inline_caption))
    related = "".join(
        f'<li class="css-1q2w3e"><a class="css-9o8i7u" href="/politics/{i}">{text}</a></li>'
        for i, text in enumerate(RELATED)
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{TITLE} | Example News</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{PARAGRAPHS[0]}">
<meta property="og:type" content="article">
<meta property="og:title" content="{TITLE}">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2024-05-14T16:02:00-04:00">
<link rel="canonical" href="{URL}">
<script type="application/ld+json">
{{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "{TITLE}",
 "datePublished": "2024-05-14T16:02:00-04:00", "author": {{"@type": "Person", "name": "Aaron Miles"}},
 "publisher": {{"@type": "Organization", "name": "Example News"}}}}
</script>
</head>
<body class="css-1x2y3z">
<header class="flex items-center justify-between px-4 py-2">
  <a class="text-2xl font-bold" href="/">Example News</a>
  <nav class="hidden md:flex gap-4"><a href="/politics">Politics</a><a href="/business">Business</a>
    <a href="/world">World</a><a href="/opinion">Opinion</a></nav>
</header>
<main class="grid grid-cols-12 gap-6">
  <div class="col-span-8">
    <h1 class="text-4xl font-extrabold">{TITLE}</h1>
    <div class="flex gap-2 text-sm"><span>By Aaron Miles</span><span>May 14, 2024</span></div>
    <div class="{body_class}">
      {figure.format(name="director", caption=lead_caption)}
      {"".join(paragraphs)}
    </div>
    <div class="css-4r5t6y"><h2 class="css-7u8i9o">More from Politics</h2><ul class="css-0p1a2s">{related}</ul></div>
    <div class="css-3d4f5g"><h3 class="css-6h7j8k">3 comments</h3>
      <div class="css-9l0z1x"><b>reader42</b><p>{COMMENT}</p></div></div>
  </div>
  <div class="col-span-4"><h3 class="font-bold">Trending</h3><ul>
    <li><a href="/t/1">Stocks close higher after a volatile week on Wall Street</a></li>
    <li><a href="/t/2">Storm knocks out power for thousands across the state</a></li></ul></div>
</main>
<footer class="border-t py-8 text-sm">© 2024 Example News. All rights reserved.</footer>
</body>
</html>"""


def test_captions_two_wrappers_from_their_picture_go_on_a_utility_class_page() -> None:
    article = extract_article(_utility_page(LEAD_CAPTION, INLINE_CAPTION), url=URL)
    body = article.body or ""
    for paragraph in PARAGRAPHS:
        assert paragraph in body
    assert "AP Photo" not in body and "director of the bureau listens" not in body
    assert INLINE_CAPTION not in body
    assert body.startswith(PARAGRAPHS[0])
    assert "More from Politics" not in body and COMMENT not in body


def test_a_paragraph_beside_a_picture_stays() -> None:
    """A sentence-long paragraph next to a picture with more text in its block is no caption."""
    long_text = PARAGRAPHS[1] + " " + PARAGRAPHS[2]
    article = extract_article(_utility_page(LEAD_CAPTION, long_text), url=URL)
    assert long_text in (article.body or "")


def test_captions_stay_where_classes_name_the_article_block() -> None:
    """A page whose classes name its blocks (`article-body`) names its captions too: a caption with no caption
    class there is the page's own choice (photo stories told in captions), so the class-free rule stays out."""
    article = extract_article(_utility_page(LEAD_CAPTION, INLINE_CAPTION, body_class="article-body"), url=URL)
    assert INLINE_CAPTION in (article.body or "")

"""The chrome of a WordPress-like site (logo, menu, search, recent-posts sidebar, footer) in five languages, around a
page's own `<head>` metadata and `<main>`: the review pages of tests/test_extract_credits12_review.py and
tests/test_extract_titles12_review.py are built in it."""

from __future__ import annotations

_NAV = {
    "en": ["Home", "News", "Business", "Sport", "Opinion", "Lifestyle", "About us", "Contact"],
    "de": ["Startseite", "Aktuelles", "Lokales", "Sport", "Kultur", "Service", "Über uns", "Kontakt"],
    "fr": ["Accueil", "Actualités", "Économie", "Sports", "Culture", "Opinions", "À propos", "Contact"],
    "es": ["Inicio", "Noticias", "Economía", "Deportes", "Cultura", "Opinión", "Quiénes somos", "Contacto"],
    "id": ["Beranda", "Berita", "Ekonomi", "Olahraga", "Budaya", "Opini", "Tentang Kami", "Kontak"],
}
_SIDE = {
    "en": [
        "Council approves new cycle lanes for the city centre",
        "Local bakery wins national award for sourdough",
        "Weather: storm warning issued for the weekend",
        "Schools prepare for new term with staff shortages",
    ],
    "de": [
        "Gemeinderat beschließt neuen Radweg an der Hauptstraße",
        "Bäckerei Huber gewinnt Landespreis für Brot",
        "Unwetterwarnung für das Wochenende ausgegeben",
        "Schulen starten mit Lehrermangel ins neue Jahr",
    ],
    "fr": [
        "Le conseil municipal vote de nouvelles pistes cyclables",
        "Une boulangerie locale primée pour son pain",
        "Alerte orange aux orages ce week-end",
        "Rentrée scolaire : des postes encore vacants",
    ],
    "es": [
        "El pleno aprueba nuevos carriles bici en el centro",
        "Una panadería local gana el premio nacional",
        "Aviso amarillo por tormentas este fin de semana",
        "Los colegios arrancan el curso con falta de docentes",
    ],
    "id": [
        "DPRD setujui pembangunan jalur sepeda di pusat kota",
        "Toko roti lokal raih penghargaan nasional",
        "BMKG keluarkan peringatan cuaca ekstrem akhir pekan",
        "Sekolah mulai tahun ajaran baru dengan kekurangan guru",
    ],
}
_FOOT = {
    "en": "© 2024 {site}. All rights reserved. Privacy policy · Terms of use · Cookie settings",
    "de": "© 2024 {site}. Alle Rechte vorbehalten. Datenschutz · Impressum · Cookie-Einstellungen",
    "fr": "© 2024 {site}. Tous droits réservés. Mentions légales · Politique de confidentialité · Cookies",
    "es": "© 2024 {site}. Todos los derechos reservados. Aviso legal · Política de privacidad · Cookies",
    "id": "© 2024 {site}. Hak cipta dilindungi. Pedoman Media Siber · Kebijakan Privasi · Disclaimer",
}


def review_page(
    *, lang: str, site: str, title_tag: str, head: str, main: str, url: str, side_title: str = ""
) -> str:
    """The full page: the WordPress-like chrome (logo, menu, search, recent-posts sidebar, footer) around the
    page's own <head> metadata and <main>."""
    nav = "".join(f'<li class="menu-item"><a href="/{i}/">{n}</a></li>' for i, n in enumerate(_NAV[lang]))
    side = "".join(f'<li><a href="/story-{i}/">{s}</a></li>' for i, s in enumerate(_SIDE[lang]))
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title_tag}</title>
{head}
<link rel="stylesheet" href="/assets/css/main.min.css?v=3.2.1">
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-XXXX12');</script>
</head>
<body class="page-template-default wp-theme-x">
<a class="skip-link screen-reader-text" href="#content">Skip</a>
<header id="masthead" class="site-header">
  <div class="site-branding"><a href="/" class="custom-logo-link" rel="home"><img src="/logo.png" alt="{site}"></a>
  <p class="site-title"><a href="/">{site}</a></p></div>
  <nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">{nav}</ul></nav>
  <form role="search" class="search-form"><input type="search" name="s"><button>Search</button></form>
</header>
<div id="content" class="site-content">
{main}
<aside id="secondary" class="widget-area sidebar">
  <section class="widget widget_recent_entries"><h2 class="widget-title">{side_title or _NAV[lang][1]}</h2><ul>{side}</ul></section>
  <section class="widget widget_text"><div class="textwidget"><p>Newsletter: {site}</p></div></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">{_FOOT[lang].format(site=site)}</div>
<ul class="footer-menu">{nav}</ul></footer>
<script src="/assets/js/app.min.js?v=3.2.1"></script>
</body>
</html>"""

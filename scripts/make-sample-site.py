#!/usr/bin/env python3
"""Writes examples/site/: the sample site the README's main command audits.

A small Turkish digital agency ("Kıvılcım Dijital") with an English section. Some
pages are done well, some carry the defects people really ship (see the list in
examples/site/README.md). Images are drawn with Pillow (pip install pillow); the
campaign page is written in windows-1254 on purpose.
"""
import json
import os
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "examples", "site")
BASE = "https://example.com"
CUR = ' aria-current="page"'
GA = """  <script async src="https://www.googletagmanager.com/gtag/js?id=G-KVLCM2024"></script>
  <script>
    window.dataLayer = window.dataLayer || [];
    function gtag(){dataLayer.push(arguments);}
    gtag('js', new Date());
    gtag('config', 'G-KVLCM2024');
  </script>"""


def write(rel, text, encoding="utf-8"):
    path = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(text.encode(encoding))


def nav_tr(current=""):
    items = [("/", "Ana sayfa"), ("/hizmetler/sosyal-medya-danismanligi.html", "Hizmetler"),
             ("/blog/", "Blog"), ("/iletisim.html", "İletişim"), ("/en/", "English")]
    lis = "\n".join(
        f'        <li><a href="{h}"{CUR if h == current else ""}>{t}</a></li>'
        for h, t in items)
    return f"""  <header class="site-header">
    <a class="logo" href="/"><img src="/images/logo-150.png" alt="Kıvılcım Dijital" width="48" height="48"></a>
    <nav class="main-nav" aria-label="Ana menü">
      <ul>
{lis}
      </ul>
    </nav>
    <form class="search" role="search" action="/ara" method="get">
      <label for="q">Sitede ara</label>
      <input type="search" id="q" name="q" placeholder="Ara…">
    </form>
  </header>"""


def nav_en(current=""):
    items = [("/en/", "Home"), ("/en/services.html", "Services"),
             ("/en/blog/social-media-calendar.html", "Blog"), ("/iletisim.html", "Contact"), ("/", "Türkçe")]
    lis = "\n".join(
        f'        <li><a href="{h}"{CUR if h == current else ""}>{t}</a></li>'
        for h, t in items)
    return f"""  <header class="site-header">
    <a class="logo" href="/en/"><img src="/images/logo-150.png" alt="Kivilcim Digital" width="48" height="48"></a>
    <nav class="main-nav" aria-label="Main menu">
      <ul>
{lis}
      </ul>
    </nav>
  </header>"""


NEWSLETTER_TR = """    <section class="newsletter" id="bulten">
      <h2>Bültenimize katılın</h2>
      <p>Her ay bir e-posta: yeni yazılar, kısa ipuçları, hiç reklam yok.</p>
      <form action="https://kivilcim.us21.list-manage.com/subscribe/post?u=4f1c&amp;id=8a2d" method="post" class="mc-embedded-subscribe-form">
        <label for="mce-EMAIL">E-posta adresiniz</label>
        <input type="email" name="EMAIL" id="mce-EMAIL" autocomplete="email" required>
        <button type="submit">Abone ol</button>
      </form>
    </section>"""

NEWSLETTER_EN = NEWSLETTER_TR.replace("Bültenimize katılın", "Join our newsletter").replace(
    "Her ay bir e-posta: yeni yazılar, kısa ipuçları, hiç reklam yok.",
    "One e-mail a month: new posts and short tips, never ads.").replace(
    "E-posta adresiniz", "Your e-mail address").replace("Abone ol", "Subscribe").replace('id="bulten"', 'id="newsletter"')

FOOTER_TR = """  <footer class="site-footer">
    <p>Bizi takip edin:
      <a href="https://www.instagram.com/kivilcimdijital/" rel="me">Instagram</a> ·
      <a href="https://www.linkedin.com/company/kivilcim-dijital/" rel="me">LinkedIn</a> ·
      <a href="https://x.com/kivilcimdijital" rel="me">X</a>
    </p>
    <p>© 2024 Kıvılcım Dijital · <a href="/iletisim.html">İletişim</a> · <a href="/feed.xml">RSS</a></p>
  </footer>"""

FOOTER_EN = FOOTER_TR.replace("Bizi takip edin:", "Follow us:").replace("İletişim", "Contact")


def share_block(url, title, lang="tr"):
    from urllib.parse import quote
    u = quote(url, safe="")
    t = quote(title, safe="")
    label = "Bu yazıyı paylaşın" if lang == "tr" else "Share this post"
    return f"""      <div class="share" aria-label="{label}">
        <span>{label}:</span>
        <a class="share-facebook" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener">Facebook</a>
        <a class="share-x" href="https://twitter.com/intent/tweet?url={u}&amp;text={t}" target="_blank" rel="noopener">X</a>
        <a class="share-linkedin" href="https://www.linkedin.com/sharing/share-offsite/?url={u}" target="_blank" rel="noopener">LinkedIn</a>
        <a class="share-whatsapp" href="https://api.whatsapp.com/send?text={t}%20{u}" target="_blank" rel="noopener">WhatsApp</a>
        <a class="share-mail" href="mailto:?subject={t}&amp;body={u}">E-posta</a>
      </div>"""


def comments_block(lang="tr"):
    if lang == "tr":
        h, name, mail, msg, send = "Yorum yazın", "Adınız", "E-posta (yayınlanmaz)", "Yorumunuz", "Gönder"
    else:
        h, name, mail, msg, send = "Leave a comment", "Your name", "E-mail (not published)", "Your comment", "Post comment"
    return f"""    <section id="comments" class="comments">
      <h2>{h}</h2>
      <form id="commentform" action="/yorum" method="post">
        <label for="author">{name}</label>
        <input id="author" name="author" type="text" autocomplete="name" required>
        <label for="email">{mail}</label>
        <input id="email" name="email" type="email" autocomplete="email" required>
        <label for="comment">{msg}</label>
        <textarea id="comment" name="comment" rows="6" required></textarea>
        <div class="hp-field" aria-hidden="true" style="position:absolute;left:-9999px">
          <label for="website">Website</label>
          <input id="website" name="website" type="text" tabindex="-1" autocomplete="off">
        </div>
        <button type="submit">{send}</button>
      </form>
    </section>"""


def article_ld(url, headline, image, date, desc, lang):
    return json.dumps({
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "Article", "headline": headline, "description": desc, "image": [image],
             "datePublished": date, "dateModified": date, "inLanguage": lang,
             "author": {"@type": "Person", "name": "Elif Yıldırım"},
             "publisher": {"@type": "Organization", "name": "Kıvılcım Dijital",
                           "logo": {"@type": "ImageObject", "url": BASE + "/images/logo-150.png"}},
             "mainEntityOfPage": url},
            {"@type": "BreadcrumbList", "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Ana sayfa" if lang == "tr" else "Home", "item": BASE + ("/" if lang == "tr" else "/en/")},
                {"@type": "ListItem", "position": 2, "name": "Blog", "item": BASE + ("/blog/" if lang == "tr" else "/en/")},
                {"@type": "ListItem", "position": 3, "name": headline}]},
        ]}, ensure_ascii=False, indent=2)


def good_article(rel, lang, title, desc, date, image, image_w, image_h, image_alt, body, related, crumbs):
    url = BASE + "/" + rel.replace("index.html", "")
    locale = "tr_TR" if lang == "tr" else "en_US"
    nav = nav_tr("/blog/") if lang == "tr" else nav_en("/en/blog/social-media-calendar.html")
    rel_h = "İlgili yazılar" if lang == "tr" else "Related posts"
    rel_items = "\n".join(f'          <li><a href="{h}">{t}</a></li>' for h, t in related)
    crumb_items = " ›\n".join(f'        <a href="{h}">{t}</a>' for h, t in crumbs)
    nl = NEWSLETTER_TR if lang == "tr" else NEWSLETTER_EN
    foot = FOOTER_TR if lang == "tr" else FOOTER_EN
    by = "Yazar" if lang == "tr" else "By"
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{title} | Kıvılcım Dijital</title>
  <meta name="description" content="{desc}">
  <link rel="canonical" href="{url}">
  <link rel="icon" href="/favicon.ico" sizes="any">
  <link rel="apple-touch-icon" href="/images/logo-150.png">
  <link rel="alternate" type="application/rss+xml" title="Kıvılcım Dijital Blog" href="/feed.xml">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="Kıvılcım Dijital">
  <meta property="og:locale" content="{locale}">
  <meta property="og:title" content="{title}">
  <meta property="og:description" content="{desc}">
  <meta property="og:url" content="{url}">
  <meta property="og:image" content="{BASE}/images/{image}">
  <meta property="og:image:width" content="{image_w}">
  <meta property="og:image:height" content="{image_h}">
  <meta property="og:image:alt" content="{image_alt}">
  <meta property="article:published_time" content="{date}T09:00:00+03:00">
  <meta name="twitter:card" content="summary_large_image">
  <meta name="twitter:site" content="@kivilcimdijital">
  <meta name="twitter:creator" content="@elifyildirim">
  <script type="application/ld+json">
{article_ld(url, title, BASE + "/images/" + image, date, desc, lang)}
  </script>
{GA}
</head>
<body>
{nav}
  <main id="content">
    <nav class="breadcrumb" aria-label="breadcrumb">
{crumb_items}
    </nav>
    <article class="post">
      <h1>{title}</h1>
      <p class="meta">{by} Elif Yıldırım · <time datetime="{date}">{date}</time></p>
      <img src="/images/{image}" alt="{image_alt}" width="{image_w}" height="{image_h}">
{body}
{share_block(url, title, lang)}
    </article>
    <aside class="related">
      <h2>{rel_h}</h2>
      <ul>
{rel_items}
      </ul>
    </aside>
{comments_block(lang)}
{nl}
  </main>
{foot}
</body>
</html>
"""


def paras(text):
    out = []
    for block in text.strip().split("\n\n"):
        block = block.strip()
        if block.startswith("## "):
            out.append(f"      <h2>{block[3:]}</h2>")
        else:
            out.append(f"      <p>{block}</p>")
    return "\n".join(out)


TAKVIM = """
Sosyal medyada düzenli paylaşım yapmak zor değil. Zor olan, her sabah "bugün ne paylaşsak?" diye düşünmeden ilerlemek. Bir içerik takvimi bu soruyu haftalar öncesinden cevaplar. Ekip ne yapacağını bilir, müşteri ne göreceğini bilir. Biz de her yeni müşteriyle işe takvimle başlıyoruz.

## Önce hedefi yazın

Takvim bir hedefe hizmet eder. Amacınız siteye ziyaretçi çekmek mi, yeni müşteri bulmak mı, yoksa var olan müşterilerle bağ kurmak mı? Hedefi bir cümleyle yazın. Sonra her paylaşımın bu cümleye nasıl katkı verdiğini sorun. Katkı vermeyen fikirleri listeden çıkarın. Bu küçük adım, ayın sonunda sayılara baktığınızda çok işe yarar.

## Konuları sütunlara ayırın

Çoğu marka için üç ya da dört ana konu yeterlidir. Örneğin bir kafe için menü, mutfağın arkası, müşteri hikâyeleri ve etkinlikler olabilir. Her konuya bir renk verin. Takvime baktığınızda hangi konunun ihmal edildiğini hemen görürsünüz. Bir hafta yalnızca kampanya paylaşan hesaplar takipçi kaybeder. Karışık bir akış ise insanları sayfada tutar.

## Formatları karıştırın

Aynı konu farklı biçimlerde anlatılabilir. Bir blog yazısı kısa bir videoya, üç görsellik bir kaydırmalı paylaşıma ya da bir anket sorusuna dönüşebilir. Takvime konuyla birlikte formatı da yazın. Böylece tek bir fikirden bir haftalık içerik çıkar ve ekip her gün sıfırdan başlamaz.

## Sıklığı gerçekçi seçin

Günde üç paylaşım kulağa iyi gelir ama çoğu küçük ekip bunu iki hafta sürdüremez. Haftada üç iyi paylaşım, günde üç aceleci paylaşımdan daha değerlidir. Instagram için haftada üç ya da dört, LinkedIn için haftada iki paylaşım iyi bir başlangıçtır. Sonra verilere bakarak artırın.

## Paylaşılabilir sayfalar hazırlayın

Takvimdeki her bağlantı sitenizde bir sayfaya gider. O sayfa paylaşıldığında düzgün görünmelidir. Başlık, açıklama ve görsel için Open Graph etiketlerini doldurun. Görseli 1200×630 piksel hazırlayın. Sayfanın altına paylaşım düğmeleri ve ilgili yazılar ekleyin. Sosyal medyadan gelen ziyaretçi tek sayfa okuyup çıkmasın, bir sonraki yazıya geçsin.

## Her ay ölçün ve düzeltin

Ay sonunda hangi paylaşımın tıklandığına, hangisinin kaydedildiğine bakın. Bağlantılara UTM etiketi ekleyin ki analitik araçlarınız trafiğin nereden geldiğini doğru göstersin. İyi çalışan konuları artırın, sessiz kalanları değiştirin. Takvim taşa yazılmaz. Her ay biraz daha akıllı hale gelir.

Bu yazıdaki şablonu kendi ekibinize uyarlamak isterseniz <a href="/iletisim.html">bize yazın</a>. İlk görüşme ücretsiz, ayrıca <a href="/hizmetler/sosyal-medya-danismanligi.html">danışmanlık hizmetimizin</a> ayrıntılarını da inceleyebilirsiniz.
"""

LINKEDIN = """
LinkedIn şirket sayfası çoğu işletmede bir kez açılır ve unutulur. Oysa müşteri adaylarınız sizi aradığında ilk gördükleri yerlerden biri burasıdır. Boş bir sayfa, kapısı kapalı bir dükkân gibidir. Birkaç saatlik bir düzenleme bu izlenimi değiştirir.

## Kapak ve logo

Logonuzu kare ve net yükleyin. Kapak görselinde ne yaptığınızı tek cümleyle yazın. Uzun sloganlar telefonda okunmaz. Renkleri sitenizle aynı tutun ki ziyaretçi iki yer arasında geçiş yaptığını hissetmesin.

## Hakkında bölümü

İlk iki cümle en önemli kısımdır. Kime, ne sunduğunuzu ve neden farklı olduğunuzu burada anlatın. Sektörünüzün aradığı kelimeleri doğal biçimde kullanın. Web sitenizin adresini ekleyin ve adresin doğru sayfaya gittiğini kontrol edin.

## Paylaşım düzeni

Haftada iki paylaşım yeterli bir başlangıçtır. Blog yazılarınızı paylaşırken yalnızca bağlantı bırakmayın. İki üç cümleyle yazının neden okunmaya değer olduğunu anlatın. Bağlantının önizlemesi düzgün çıksın diye sayfanızdaki og:image görselini kontrol edin. Küçük bir görsel LinkedIn akışında soluk bir kutu olarak görünür.

## Çalışanlarınızı davet edin

Ekibinizin profillerinde şirket sayfası doğru bağlıysa, her çalışan sayfanın görünürlüğünü artırır. Yeni bir yazı yayınladığınızda ekibe haber verin. Zorlamayın ama paylaşmayı kolaylaştırın.

Daha fazlası için <a href="/blog/sosyal-medya-takvimi-nasil-hazirlanir/">içerik takvimi rehberimize</a> göz atın.
"""

CALENDAR_EN = """
Posting on social media every week is not hard. The hard part is not starting each morning with the question "what do we post today?" A content calendar answers that question weeks ahead. The team knows what to make, and the client knows what to expect. We start every new project with one.

## Write the goal first

A calendar serves a goal. Do you want visits to your site, new customers, or a closer bond with the customers you already have? Write the goal in one sentence. Then ask how each planned post helps it. Drop the ideas that do not. This small step pays off at the end of the month, when you look at the numbers.

## Split topics into pillars

Three or four main topics are enough for most brands. A bakery might use its menu, the kitchen behind the counter, customer stories and events. Give each pillar a colour. One look at the calendar shows which topic you have neglected. Accounts that post nothing but offers for a week lose followers, while a mixed feed keeps people around.

## Pick a rhythm you can keep

Three posts a day sounds great, but most small teams cannot keep it up for two weeks. Three good posts a week beat three rushed posts a day. Start with three or four posts a week on Instagram and two on LinkedIn. Then let the data tell you when to add more.

## Make every link worth sharing

Each link in the calendar lands on a page of your site, and that page must look right when it is shared. Fill in the Open Graph tags for the title, the description and the image. Make the image 1200×630 pixels. Put share buttons and related posts at the end of the page, so a visitor from a social network reads a second post instead of leaving.

## Measure and adjust every month

At the end of the month, see which posts were clicked and which were saved. Tag your links with UTM parameters so your analytics shows where the traffic really came from. Do more of what works and change what stays quiet. A calendar is not carved in stone. It gets a little smarter every month.

Want this template adapted to your team? <a href="/iletisim.html">Write to us</a> or read about our <a href="/en/services.html">consulting services</a>.
"""


def main():
    os.makedirs(ROOT, exist_ok=True)
    # ---- images (known sizes) ----
    from PIL import Image, ImageDraw
    os.makedirs(os.path.join(ROOT, "images"), exist_ok=True)
    def card(w, h, c1, c2, path, fmt):
        im = Image.new("RGB", (w, h), c1)
        d = ImageDraw.Draw(im)
        for y in range(h):
            t = y / max(h - 1, 1)
            col = tuple(int(a + (b - a) * t) for a, b in zip(c1, c2))
            d.line([(0, y), (w, y)], fill=col)
        d.ellipse([w // 10, h // 5, w // 10 + h // 2, h // 5 + h // 2], fill=(255, 196, 0))
        d.rectangle([w // 2, h // 3, w - w // 10, h // 3 + h // 12], fill=(255, 255, 255))
        d.rectangle([w // 2, h // 2, w - w // 5, h // 2 + h // 16], fill=(240, 240, 240))
        im.save(os.path.join(ROOT, "images", path), fmt, **({"quality": 82} if fmt == "JPEG" else {"optimize": True}))
    card(1200, 630, (20, 40, 90), (200, 60, 80), "og-sosyal-medya-takvimi.png", "PNG")
    card(600, 315, (10, 90, 120), (30, 160, 140), "linkedin-sirket-sayfasi.jpg", "JPEG")
    card(150, 150, (200, 60, 80), (255, 140, 0), "logo-150.png", "PNG")
    card(1200, 630, (40, 40, 40), (90, 90, 140), "en-content-calendar.jpg", "JPEG")
    write("favicon.ico", "")  # replaced below with a real icon
    Image.new("RGB", (32, 32), (200, 60, 80)).save(os.path.join(ROOT, "favicon.ico"), "ICO")

    # ---- good Turkish article (clean URL folder) ----
    write("blog/sosyal-medya-takvimi-nasil-hazirlanir/index.html", good_article(
        "blog/sosyal-medya-takvimi-nasil-hazirlanir/index.html", "tr",
        "Sosyal medya takvimi nasıl hazırlanır?",
        "Beş adımda işleyen bir sosyal medya içerik takvimi: hedef, konu sütunları, gerçekçi sıklık, paylaşılabilir sayfalar ve aylık ölçüm.",
        "2024-03-12", "og-sosyal-medya-takvimi.png", 1200, 630,
        "Renkli bölmelerle işaretlenmiş aylık içerik takvimi",
        paras(TAKVIM),
        [("/blog/linkedin-sirket-sayfasi-ipuclari.html", "LinkedIn şirket sayfanızı dört adımda düzenleyin"),
         ("/blog/Sosyal_Medya_Ipuclari.html", "Küçük işletmeler için sosyal medya ipuçları"),
         ("/hizmetler/sosyal-medya-danismanligi.html", "Sosyal medya danışmanlığı hizmetimiz")],
        [("/", "Ana sayfa"), ("/blog/", "Blog")]))

    # ---- Turkish article with a small og:image (600x315) ----
    write("blog/linkedin-sirket-sayfasi-ipuclari.html", good_article(
        "blog/linkedin-sirket-sayfasi-ipuclari.html", "tr",
        "LinkedIn şirket sayfanızı dört adımda düzenleyin",
        "Unutulmuş bir LinkedIn şirket sayfasını birkaç saatte toparlayın: logo ve kapak, hakkında bölümü, paylaşım düzeni ve çalışan desteği.",
        "2024-02-20", "linkedin-sirket-sayfasi.jpg", 600, 315,
        "LinkedIn şirket sayfası düzenleme ekranı",
        paras(LINKEDIN),
        [("/blog/sosyal-medya-takvimi-nasil-hazirlanir/", "Sosyal medya takvimi nasıl hazırlanır?"),
         ("/blog/Sosyal_Medya_Ipuclari.html", "Küçük işletmeler için sosyal medya ipuçları"),
         ("/iletisim.html", "Ücretsiz ön görüşme için bize yazın")],
        [("/", "Ana sayfa"), ("/blog/", "Blog")]))

    # ---- English article ----
    write("en/blog/social-media-calendar.html", good_article(
        "en/blog/social-media-calendar.html", "en",
        "How to build a social media calendar",
        "A social media content calendar in five steps: a goal, topic pillars, a rhythm you can keep, pages worth sharing and a monthly review.",
        "2024-03-14", "en-content-calendar.jpg", 1200, 630,
        "A monthly content calendar with colour-coded topics",
        paras(CALENDAR_EN),
        [("/en/services.html", "Our social media consulting"),
         ("/en/", "Kivilcim Digital in English"),
         ("/blog/sosyal-medya-takvimi-nasil-hazirlanir/", "The same guide in Turkish")],
        [("/en/", "Home"), ("/en/", "Blog")]))

    # ---- Turkish blog index (clean URL) ----
    write("blog/index.html", f"""<!DOCTYPE html>
<html lang="tr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Blog | Kıvılcım Dijital</title>
  <meta name="description" content="Sosyal medya, içerik takvimi, LinkedIn ve Instagram üzerine küçük işletmeler için pratik yazılar.">
  <link rel="canonical" href="{BASE}/blog/">
  <link rel="alternate" type="application/rss+xml" title="Kıvılcım Dijital Blog" href="/feed.xml">
  <meta property="og:type" content="website">
  <meta property="og:site_name" content="Kıvılcım Dijital">
  <meta property="og:locale" content="tr_TR">
  <meta property="og:title" content="Kıvılcım Dijital Blog: sosyal medya yazıları">
  <meta property="og:description" content="Sosyal medya, içerik takvimi, LinkedIn ve Instagram üzerine küçük işletmeler için pratik yazılar.">
  <meta property="og:url" content="{BASE}/blog/">
  <meta property="og:image" content="{BASE}/images/og-sosyal-medya-takvimi.png">
  <meta property="og:image:width" content="1200">
  <meta property="og:image:height" content="630">
  <meta name="twitter:card" content="summary_large_image">
  <meta name="twitter:site" content="@kivilcimdijital">
{GA}
</head>
<body>
{nav_tr("/blog/")}
  <main>
    <h1>Blog</h1>
    <ul class="post-list">
      <li><a href="/blog/sosyal-medya-takvimi-nasil-hazirlanir/">Sosyal medya takvimi nasıl hazırlanır?</a> <time datetime="2024-03-12">12 Mart 2024</time></li>
      <li><a href="/blog/linkedin-sirket-sayfasi-ipuclari.html">LinkedIn şirket sayfanızı dört adımda düzenleyin</a> <time datetime="2024-02-20">20 Şubat 2024</time></li>
      <li><a href="/blog/Sosyal_Medya_Ipuclari.html">Küçük işletmeler için sosyal medya ipuçları</a> <time datetime="2023-11-02">2 Kasım 2023</time></li>
      <li><a href="/eski-blog/yazi.html">Arşiv: 2019 kampanya notları</a></li>
    </ul>
{NEWSLETTER_TR}
  </main>
{FOOTER_TR}
</body>
</html>
""")

    # ---- home page (good) ----
    org = json.dumps({"@context": "https://schema.org", "@type": "Organization", "name": "Kıvılcım Dijital",
                      "url": BASE + "/", "logo": BASE + "/images/logo-150.png",
                      "sameAs": ["https://www.instagram.com/kivilcimdijital/",
                                 "https://www.linkedin.com/company/kivilcim-dijital/",
                                 "https://x.com/kivilcimdijital"]}, ensure_ascii=False, indent=2)
    write("index.html", f"""<!DOCTYPE html>
<html lang="tr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Kıvılcım Dijital | Sosyal medya danışmanlığı</title>
  <meta name="description" content="İstanbul'da küçük işletmeler için sosyal medya danışmanlığı: içerik takvimi, paylaşılabilir sayfalar, reklam ve ölçümleme.">
  <link rel="canonical" href="{BASE}/">
  <link rel="icon" href="/favicon.ico" sizes="any">
  <link rel="apple-touch-icon" href="/images/logo-150.png">
  <link rel="alternate" type="application/rss+xml" title="Kıvılcım Dijital Blog" href="/feed.xml">
  <link rel="alternate" hreflang="en" href="{BASE}/en/">
  <meta property="og:type" content="website">
  <meta property="og:site_name" content="Kıvılcım Dijital">
  <meta property="og:locale" content="tr_TR">
  <meta property="og:title" content="Kıvılcım Dijital: sosyal medya danışmanlığı">
  <meta property="og:description" content="Küçük işletmeler için içerik takvimi, paylaşılabilir sayfalar, reklam ve ölçümleme. İlk görüşme ücretsiz.">
  <meta property="og:url" content="{BASE}/">
  <meta property="og:image" content="{BASE}/images/og-sosyal-medya-takvimi.png">
  <meta property="og:image:width" content="1200">
  <meta property="og:image:height" content="630">
  <meta property="og:image:alt" content="Kıvılcım Dijital içerik takvimi">
  <meta name="twitter:card" content="summary_large_image">
  <meta name="twitter:site" content="@kivilcimdijital">
  <script type="application/ld+json">
{org}
  </script>
{GA}
</head>
<body>
{nav_tr("/")}
  <main>
    <section class="hero">
      <h1>Sosyal medyada konuşulan marka olun</h1>
      <p>Kıvılcım Dijital, İstanbul'da küçük ve orta ölçekli işletmelere sosyal medya danışmanlığı veren beş kişilik bir ekip. Takvimi birlikte kuruyor, sayfalarınızı paylaşıma hazırlıyor ve sonuçları her ay birlikte ölçüyoruz.</p>
      <p><a class="button" href="/hizmetler/sosyal-medya-danismanligi.html">Hizmetlerimizi inceleyin</a></p>
    </section>
    <section class="latest">
      <h2>Son yazılar</h2>
      <ul>
        <li><a href="/blog/sosyal-medya-takvimi-nasil-hazirlanir/">Sosyal medya takvimi nasıl hazırlanır?</a></li>
        <li><a href="/blog/linkedin-sirket-sayfasi-ipuclari.html">LinkedIn şirket sayfanızı dört adımda düzenleyin</a></li>
        <li><a href="/blog/Sosyal_Medya_Ipuclari.html">Küçük işletmeler için sosyal medya ipuçları</a></li>
      </ul>
    </section>
    <section class="app-teaser">
      <h2>Paylaşım planlayıcı</h2>
      <p>Ücretsiz <a href="/uygulama.html">paylaşım planlayıcı uygulamamızı</a> deneyin.</p>
    </section>
{NEWSLETTER_TR}
  </main>
{FOOTER_TR}
</body>
</html>
""")

    # ---- service page: og:image is the 150x150 logo; one broken link ----
    write("hizmetler/sosyal-medya-danismanligi.html", f"""<!DOCTYPE html>
<html lang="tr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Sosyal medya danışmanlığı | Kıvılcım Dijital</title>
  <meta name="description" content="Sosyal medya danışmanlığı paketlerimiz: strateji, içerik takvimi, paylaşılabilir sayfa denetimi, reklam yönetimi ve aylık rapor.">
  <link rel="canonical" href="{BASE}/hizmetler/sosyal-medya-danismanligi.html">
  <meta property="og:type" content="website">
  <meta property="og:site_name" content="Kıvılcım Dijital">
  <meta property="og:locale" content="tr_TR">
  <meta property="og:title" content="Sosyal medya danışmanlığı paketleri">
  <meta property="og:description" content="Strateji, içerik takvimi, paylaşılabilir sayfa denetimi, reklam yönetimi ve aylık rapor: ihtiyacınıza göre seçin.">
  <meta property="og:url" content="{BASE}/hizmetler/sosyal-medya-danismanligi.html">
  <meta property="og:image" content="{BASE}/images/logo-150.png">
  <meta name="twitter:card" content="summary">
  <meta name="twitter:site" content="@kivilcimdijital">
  <script type="application/ld+json">
{json.dumps({"@context": "https://schema.org", "@type": "Service", "name": "Sosyal medya danışmanlığı", "provider": {"@type": "Organization", "name": "Kıvılcım Dijital", "sameAs": ["https://www.instagram.com/kivilcimdijital/"]}, "areaServed": "TR"}, ensure_ascii=False, indent=2)}
  </script>
{GA}
</head>
<body>
{nav_tr("/hizmetler/sosyal-medya-danismanligi.html")}
  <main>
    <nav class="breadcrumb" aria-label="breadcrumb"><a href="/">Ana sayfa</a> › <a href="/hizmetler/sosyal-medya-danismanligi.html">Hizmetler</a></nav>
    <h1>Sosyal medya danışmanlığı</h1>
    <p>Her işletmenin sosyal medya ihtiyacı farklıdır. Bu yüzden sabit paketler yerine üç temel hizmeti ihtiyacınıza göre birleştiriyoruz. Hepsinde aynı ekip, aynı aylık rapor ve aynı açık iletişim var.</p>
    <h2>Strateji ve içerik takvimi</h2>
    <p>Hedefinizi birlikte yazıyoruz, konu sütunlarını belirliyoruz ve üç aylık bir takvim hazırlıyoruz. Takvimin nasıl çalıştığını <a href="/blog/sosyal-medya-takvimi-nasil-hazirlanir/">bu yazıda</a> anlattık.</p>
    <h2>Paylaşılabilir sayfa denetimi</h2>
    <p>Sitenizin her sayfasının paylaşıldığında nasıl göründüğünü kontrol ediyoruz: başlık, açıklama, görsel, paylaşım düğmeleri ve ilgili yazılar. Bulduklarımızı öncelik sırasıyla bir listeye döküyoruz.</p>
    <h2>Reklam ve ölçümleme</h2>
    <p>Küçük bütçeli reklamları kuruyor, bağlantılara UTM etiketleri ekliyor ve sonuçları her ay sade bir raporla paylaşıyoruz. Örnek raporumuzu <a href="/blog/ornek-aylik-rapor.html">buradan</a> inceleyebilirsiniz.</p>
    <p>Fiyat teklifi için <a href="/iletisim.html">iletişim sayfamızdan</a> bize ulaşın.</p>
{NEWSLETTER_TR}
  </main>
{FOOTER_TR}
</body>
</html>
""")

    # ---- the page with many shipped defects ----
    write("blog/Sosyal_Medya_Ipuclari.html", f"""<!DOCTYPE html>
<html lang="tr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sosyal Medya İpuçları | Kıvılcım Dijital</title>
<meta name="description" content="Küçük işletmeler için sosyal medya ipuçları.">
<meta property="og:type" content="article">
<meta property="og:title" content="Sosyal Medya İpuçları">
<meta property="og:description" content="Küçük işletmeler için sosyal medya ipuçları.">
<meta property="og:url" content="/blog/Sosyal_Medya_Ipuclari.html">
<meta name="twitter:card" content="summary_large_image">
<script type="text/javascript" src="//s7.addthis.com/js/300/addthis_widget.js#pubid=ra-5f1c2b3a4d"></script>
</head>
<body>
{nav_tr("/blog/")}
<div id="content">
<div class="post">
<h1>Küçük işletmeler için sosyal medya ipuçları</h1>
<p>Sosyal medyada görünür olmak için büyük bütçeye gerek yok. Düzenli paylaşım, iyi bir görsel ve samimi bir dil çoğu zaman yeterli. Aşağıda yıllar içinde müşterilerimizle denediğimiz kısa ipuçlarını topladık.</p>
<p>Her paylaşımda tek bir mesaj verin. Aynı görselde indirim, yeni ürün ve etkinlik duyurusu birlikte olursa hiçbiri akılda kalmaz. Yorumlara aynı gün cevap verin. Soru soran bir takipçi, cevap alırsa müşteriye dönüşebilir.</p>
<p>Hikâyeleri sadece duyuru için kullanmayın. Dükkânın açılışı, yeni gelen bir ürünün kutusu ya da ekipten kısa bir selam, takipçilerinizle bağ kurar. Profil açıklamanızda ne yaptığınızı ve nerede olduğunuzu yazın.</p>
<p>Tüm ipuçlarının listesi için <a href="/blog/sosyal-medya-takvimi-nasil-hazirlanir/">buraya tıklayın</a>. Fiyatlarımız için <a href="/hizmetler/sosyal-medya-danismanligi.html">tıklayın</a>.</p>
<img src="/images/linkedin-sirket-sayfasi.jpg">
<div class="share-buttons">
  <a href="https://www.facebook.com/sharer/sharer.php?u={{{{url}}}}">Facebook'ta paylaş</a>
  <a href="https://twitter.com/intent/tweet?url={{{{url}}}}&amp;text={{{{title}}}}">Tweetle</a>
  <a class="addthis_button_compact" href="#"></a>
</div>
</div>
</div>
{FOOTER_TR}
</body>
</html>
""")

    # ---- contact page: no viewport ----
    write("iletisim.html", f"""<!DOCTYPE html>
<html lang="tr">
<head>
  <meta charset="utf-8">
  <title>İletişim | Kıvılcım Dijital</title>
  <meta name="description" content="Kıvılcım Dijital ile iletişime geçin: Kadıköy, İstanbul. Telefon, e-posta ve iletişim formu; ilk görüşme ücretsiz.">
  <link rel="canonical" href="{BASE}/iletisim.html">
  <meta property="og:type" content="website">
  <meta property="og:site_name" content="Kıvılcım Dijital">
  <meta property="og:title" content="Kıvılcım Dijital ile iletişime geçin">
  <meta property="og:description" content="Kadıköy'deki ofisimize uğrayın ya da formu doldurun; ilk görüşme ücretsiz.">
  <meta property="og:url" content="{BASE}/iletisim.html">
  <meta property="og:image" content="{BASE}/images/og-sosyal-medya-takvimi.png">
{GA}
</head>
<body>
{nav_tr("/iletisim.html")}
  <main>
    <h1>İletişim</h1>
    <p>Caferağa Mah. Moda Cad. No: 12, Kadıköy / İstanbul · <a href="tel:+902165550123">0216 555 01 23</a> · <a href="mailto:merhaba@example.com">merhaba@example.com</a></p>
    <form action="/iletisim-gonder" method="post" class="contact-form">
      <label for="ad">Adınız</label>
      <input id="ad" name="ad" type="text" autocomplete="name" required>
      <label for="eposta">E-posta</label>
      <input id="eposta" name="eposta" type="email" autocomplete="email" required>
      <label for="mesaj">Mesajınız</label>
      <textarea id="mesaj" name="mesaj" rows="5" required></textarea>
      <button type="submit">Gönder</button>
    </form>
  </main>
{FOOTER_TR}
</body>
</html>
""")

    # ---- an old CMS page whose public address is ?p=123 ----
    write("eski-blog/yazi.html", f"""<!DOCTYPE html>
<html lang="tr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>2019 kampanya notları – Kıvılcım Dijital</title>
<link rel="canonical" href="{BASE}/index.php?p=123">
<meta property="og:url" content="{BASE}/index.php?p=123">
<meta property="og:title" content="2019 kampanya notları">
<meta property="og:image" content="{BASE}/images/kampanya-2019.jpg">
</head>
<body>
{nav_tr("/blog/")}
<div class="entry-content">
<h1>2019 kampanya notları</h1>
<p>Bu yazı eski sitemizden taşındı. 2019 yılında yürüttüğümüz yılbaşı kampanyasında en çok hikâye paylaşımları tıklandı. Ürün fotoğrafları yerine ekibin hazırlık videoları daha çok izlendi.</p>
<p>Devamı için <a href="/blog/">tıklayın</a>.</p>
</div>
</body>
</html>
""")

    # ---- an empty SPA shell ----
    write("uygulama.html", """<!DOCTYPE html>
<html lang="tr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Paylaşım Planlayıcı</title>
  <link rel="stylesheet" href="/assets/index-4f2a9c.css">
  <script type="module" crossorigin src="/assets/index-8b1e3d.js"></script>
</head>
<body>
  <noscript>Bu uygulamayı kullanmak için JavaScript'i etkinleştirin.</noscript>
  <div id="root"></div>
</body>
</html>
""")
    write("assets/index-8b1e3d.js", "import{createRoot as c}from'./vendor.js';c(document.getElementById('root')).render('Planlayıcı');\n")
    write("assets/index-4f2a9c.css", "body{font-family:system-ui,sans-serif;margin:0}#root{min-height:100vh}\n")
    write("assets/vendor.js", "export function createRoot(el){return{render(t){el.textContent=t}}}\n")

    # ---- windows-1254 campaign page, orphan, JSON-LD syntax error ----
    write("kampanya-ilkbahar.html", f"""<!DOCTYPE html>
<html lang="tr">
<head>
<meta charset="windows-1254">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>İlkbahar kampanyası: ilk ay yüzde 20 indirim | Kıvılcım Dijital</title>
<meta name="description" content="İlkbahar kampanyası: sosyal medya danışmanlığında ilk ay yüzde 20 indirim. Teklif için şimdi başvurun, kontenjan sınırlı.">
<meta property="og:title" content="İlkbahar kampanyası: ilk ay yüzde 20 indirim">
<meta property="og:description" content="Sosyal medya danışmanlığında ilk ay yüzde 20 indirim. Kontenjan sınırlı.">
<meta property="og:image" content="{BASE}/images/og-sosyal-medya-takvimi.png">
<meta property="og:url" content="{BASE}/kampanya-ilkbahar.html">
<script type="application/ld+json">
{{
  "@context": "https://schema.org",
  "@type": "Offer",
  "name": "İlkbahar kampanyası",
  "price": "0",
  "priceCurrency": "TRY",
}}
</script>
</head>
<body>
{nav_tr()}
<main>
<h1>İlkbahar kampanyası</h1>
<p>Mart ve nisan aylarında başlayan yeni müşterilerimize ilk ay yüzde 20 indirim uyguluyoruz. Kampanya; strateji, içerik takvimi ve aylık rapor hizmetlerinin tümünü kapsıyor. Çalışmaya başlamadan önce ücretsiz bir ön görüşme yapıyoruz ve şirketinizin ihtiyaçlarını dinliyoruz.</p>
<p>Başvuru için <a href="/iletisim.html">iletişim formunu</a> doldurun ve mesajınıza "ilkbahar" yazın.</p>
</main>
{FOOTER_TR}
</body>
</html>
""", encoding="cp1254")

    # ---- English home and services ----
    write("en/index.html", f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Kivilcim Digital | Social media consulting in Istanbul</title>
  <meta name="description" content="Social media consulting for small businesses in Istanbul: content calendars, pages worth sharing, ads and measurement.">
  <link rel="canonical" href="{BASE}/en/">
  <link rel="alternate" hreflang="tr" href="{BASE}/">
  <meta property="og:type" content="website">
  <meta property="og:site_name" content="Kivilcim Digital">
  <meta property="og:locale" content="en_US">
  <meta property="og:title" content="Kivilcim Digital: social media consulting">
  <meta property="og:description" content="Content calendars, pages worth sharing, ads and measurement for small businesses. The first call is free.">
  <meta property="og:url" content="{BASE}/en/">
  <meta property="og:image" content="{BASE}/images/en-content-calendar.jpg">
  <meta property="og:image:width" content="1200">
  <meta property="og:image:height" content="630">
  <meta name="twitter:card" content="summary_large_image">
  <meta name="twitter:site" content="@kivilcimdijital">
{GA}
</head>
<body>
{nav_en("/en/")}
  <main>
    <h1>Be the brand people talk about</h1>
    <p>Kivilcim Digital is a team of five in Istanbul helping small and medium businesses on social media. We plan the calendar with you, make your pages ready to share and measure the results every month.</p>
    <section class="latest">
      <h2>Latest posts</h2>
      <ul>
        <li><a href="/en/blog/social-media-calendar.html">How to build a social media calendar</a></li>
        <li><a href="/blog/sosyal-medya-takvimi-nasil-hazirlanir/">Sosyal medya takvimi (Turkish)</a></li>
        <li><a href="/blog/linkedin-sirket-sayfasi-ipuclari.html">LinkedIn company pages (Turkish)</a></li>
      </ul>
    </section>
{NEWSLETTER_EN}
  </main>
{FOOTER_EN}
</body>
</html>
""")
    write("en/services.html", f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Social media consulting | Kıvılcım Dijital</title>
  <meta name="description" content="Our social media consulting packages: strategy, content calendar, shareable page audit, ad management and a monthly report.">
  <link rel="canonical" href="{BASE}/en/services.html">
  <meta property="og:type" content="website">
  <meta property="og:title" content="Social media consulting packages">
  <meta property="og:description" content="Strategy, content calendar, shareable page audit, ad management and a monthly report: pick what you need.">
  <meta property="og:url" content="{BASE}/en/services.html">
  <meta property="og:image" content="{BASE}/images/en-content-calendar.jpg">
{GA}
</head>
<body>
{nav_en("/en/services.html")}
  <main>
    <h1>Social media consulting</h1>
    <p>Every business needs something different from social media, so instead of fixed packages we combine three core services to fit you. Each comes with the same team, the same monthly report and plain talk.</p>
    <h2>Strategy and content calendar</h2>
    <p>We write your goal down together, pick topic pillars and plan three months ahead. Read <a href="/en/blog/social-media-calendar.html">how our calendars work</a>.</p>
    <h2>Shareable page audit</h2>
    <p>We check how each page of your site looks when it is shared: title, description, image, share buttons and related posts, and list the fixes by priority.</p>
    <p>For a quote, <a href="/iletisim.html">click here</a>.</p>
  </main>
{FOOTER_EN}
</body>
</html>
""")

    # ---- robots.txt, sitemap, feed ----
    write("robots.txt", f"""# Kıvılcım Dijital
User-agent: *
Disallow: /ara
Disallow: /assets/
Allow: /assets/*.css$

User-agent: facebookexternalhit
User-agent: Twitterbot
User-agent: LinkedInBot
Allow: /

Sitemap: {BASE}/sitemap.xml
""")
    urls = ["/", "/blog/", "/blog/sosyal-medya-takvimi-nasil-hazirlanir/", "/blog/linkedin-sirket-sayfasi-ipuclari.html",
            "/blog/Sosyal_Medya_Ipuclari.html", "/hizmetler/sosyal-medya-danismanligi.html", "/iletisim.html",
            "/en/", "/en/services.html", "/en/blog/social-media-calendar.html"]
    write("sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
          + "".join(f"  <url><loc>{BASE}{u}</loc><lastmod>2024-03-14</lastmod></url>\n" for u in urls) + "</urlset>\n")
    write("feed.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>Kıvılcım Dijital Blog</title>
    <link>{BASE}/blog/</link>
    <description>Küçük işletmeler için sosyal medya yazıları</description>
    <language>tr</language>
    <atom:link href="{BASE}/feed.xml" rel="self" type="application/rss+xml"/>
    <item>
      <title>Sosyal medya takvimi nasıl hazırlanır?</title>
      <link>{BASE}/blog/sosyal-medya-takvimi-nasil-hazirlanir/</link>
      <guid>{BASE}/blog/sosyal-medya-takvimi-nasil-hazirlanir/</guid>
      <pubDate>Tue, 12 Mar 2024 09:00:00 +0300</pubDate>
    </item>
    <item>
      <title>LinkedIn şirket sayfanızı dört adımda düzenleyin</title>
      <link>{BASE}/blog/linkedin-sirket-sayfasi-ipuclari.html</link>
      <guid>{BASE}/blog/linkedin-sirket-sayfasi-ipuclari.html</guid>
      <pubDate>Tue, 20 Feb 2024 09:00:00 +0300</pubDate>
    </item>
  </channel>
</rss>
""")


if __name__ == "__main__":
    main()

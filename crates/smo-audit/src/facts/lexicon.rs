//! Multilingual word lists, kept as data in ONE place: the labels of related /
//! popular / latest content blocks, class/id words for the same blocks, and the
//! link texts that say nothing ("click here", "devamı", "hier klicken", ...).
//!
//! Languages: English, Turkish, German, French, Spanish, Italian, Portuguese,
//! Dutch, Russian, Polish, Japanese, Korean, Chinese (plus a few Nordic empty
//! link phrases). Entries are lower-case; matching lower-cases the page text.
//! To add a language, add one line to each table.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;

/// Which kind of "keep reading" block a label names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(rename_all = "lowercase")]
pub enum MoreKind {
    Related,
    Popular,
    Latest,
}

impl MoreKind {
    pub fn as_str(self) -> &'static str {
        match self {
            MoreKind::Related => "related",
            MoreKind::Popular => "popular",
            MoreKind::Latest => "latest",
        }
    }
}

/// Labels (headings, aria-labels) of related-content blocks, per language.
pub static RELATED: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "related",
            "you may also like",
            "you might also like",
            "more like this",
            "see also",
            "recommended",
            "read next",
            "further reading",
            "similar articles",
            "similar posts",
            "more from",
            "more stories",
            "keep reading",
            "also on",
            "more for you",
            "around the web",
            "promoted links",
            "promoted stories",
            "sponsored stories",
            "from our partners",
        ],
    ),
    (
        "tr",
        &[
            "ilgili yazılar",
            "ilgili haberler",
            "ilgili içerikler",
            "ilgili makaleler",
            "benzer içerikler",
            "benzer yazılar",
            "benzer haberler",
            "ilginizi çekebilir",
            "bunlar da ilginizi",
            "önerilen",
            "bunları da okuyun",
            "bunlara da göz atın",
        ],
    ),
    (
        "de",
        &[
            "ähnliche artikel",
            "ähnliche beiträge",
            "verwandte artikel",
            "verwandte beiträge",
            "das könnte sie auch interessieren",
            "das könnte dich auch interessieren",
            "auch interessant",
            "mehr zum thema",
            "weitere artikel",
            "empfohlen",
            "lesen sie auch",
            "siehe auch",
        ],
    ),
    (
        "fr",
        &[
            "articles similaires",
            "articles connexes",
            "à lire aussi",
            "a lire aussi",
            "lire aussi",
            "vous aimerez aussi",
            "vous aimerez peut-être",
            "sur le même sujet",
            "voir aussi",
            "articles recommandés",
            "à découvrir",
        ],
    ),
    (
        "es",
        &[
            "artículos relacionados",
            "entradas relacionadas",
            "noticias relacionadas",
            "relacionados",
            "relacionadas",
            "también te puede interesar",
            "te puede interesar",
            "te puede gustar",
            "ver también",
            "recomendados",
        ],
    ),
    (
        "it",
        &[
            "articoli correlati",
            "post correlati",
            "correlati",
            "potrebbe interessarti",
            "ti potrebbe interessare",
            "leggi anche",
            "vedi anche",
            "articoli simili",
            "consigliati",
        ],
    ),
    (
        "pt",
        &[
            "artigos relacionados",
            "posts relacionados",
            "notícias relacionadas",
            "relacionados",
            "você também pode gostar",
            "voce tambem pode gostar",
            "leia também",
            "leia tambem",
            "veja também",
            "recomendados",
        ],
    ),
    (
        "nl",
        &[
            "gerelateerde artikelen",
            "gerelateerde berichten",
            "gerelateerd",
            "lees ook",
            "misschien ook interessant",
            "zie ook",
            "vergelijkbare artikelen",
            "aanbevolen",
        ],
    ),
    (
        "ru",
        &[
            "похожие статьи",
            "похожие записи",
            "похожие материалы",
            "похожие",
            "читайте также",
            "вам может понравиться",
            "смотрите также",
            "по теме",
            "связанные",
            "рекомендуем",
        ],
    ),
    (
        "pl",
        &[
            "powiązane artykuły",
            "powiązane wpisy",
            "podobne artykuły",
            "podobne wpisy",
            "zobacz też",
            "zobacz także",
            "czytaj także",
            "czytaj też",
            "polecane",
            "może cię zainteresować",
        ],
    ),
    (
        "ja",
        &[
            "関連記事",
            "関連する記事",
            "関連エントリー",
            "おすすめ記事",
            "こちらもおすすめ",
            "あわせて読みたい",
            "合わせて読みたい",
        ],
    ),
    (
        "ko",
        &[
            "관련 기사",
            "관련 글",
            "관련글",
            "추천 글",
            "추천글",
            "함께 보면 좋은",
            "함께 읽으면 좋은",
        ],
    ),
    (
        "zh",
        &[
            "相关文章",
            "相關文章",
            "相关阅读",
            "相關閱讀",
            "推荐阅读",
            "推薦閱讀",
            "猜你喜欢",
            "相关推荐",
        ],
    ),
];

/// Labels of popular / most-read blocks, per language.
pub static POPULAR: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "popular",
            "most read",
            "most viewed",
            "most shared",
            "trending",
            "top stories",
            "top posts",
            "editor's picks",
            "editors' picks",
            "featured",
        ],
    ),
    (
        "tr",
        &[
            "en çok okunan",
            "çok okunan",
            "en çok okunanlar",
            "popüler",
            "en popüler",
            "en çok izlenen",
            "en çok paylaşılan",
            "öne çıkanlar",
            "gündem",
        ],
    ),
    (
        "de",
        &[
            "beliebt",
            "beliebteste",
            "meistgelesen",
            "meistgelesene",
            "am meisten gelesen",
            "top-artikel",
            "im trend",
        ],
    ),
    (
        "fr",
        &[
            "les plus lus",
            "plus lus",
            "populaire",
            "articles populaires",
            "les plus partagés",
            "tendances",
            "à la une",
        ],
    ),
    (
        "es",
        &[
            "más leídos",
            "mas leidos",
            "lo más leído",
            "populares",
            "lo más visto",
            "más vistos",
            "tendencias",
            "destacados",
        ],
    ),
    (
        "it",
        &[
            "più letti",
            "piu letti",
            "i più letti",
            "popolari",
            "i più visti",
            "di tendenza",
            "in evidenza",
        ],
    ),
    (
        "pt",
        &[
            "mais lidos",
            "mais lidas",
            "populares",
            "mais vistos",
            "em alta",
            "destaques",
        ],
    ),
    (
        "nl",
        &[
            "meest gelezen",
            "populair",
            "populaire",
            "meest bekeken",
            "uitgelicht",
        ],
    ),
    (
        "ru",
        &[
            "популярное",
            "популярные",
            "самое читаемое",
            "самые читаемые",
            "самое популярное",
            "в тренде",
        ],
    ),
    (
        "pl",
        &[
            "najpopularniejsze",
            "najczęściej czytane",
            "popularne",
            "najchętniej czytane",
        ],
    ),
    (
        "ja",
        &[
            "人気記事",
            "人気の記事",
            "ランキング",
            "よく読まれている",
            "アクセスランキング",
        ],
    ),
    (
        "ko",
        &["인기 글", "인기글", "인기 기사", "많이 본", "가장 많이 본"],
    ),
    (
        "zh",
        &["热门", "熱門", "最受欢迎", "热门文章", "熱門文章", "排行榜"],
    ),
];

/// Labels of latest / recent blocks, per language.
pub static LATEST: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "latest",
            "recent posts",
            "recent articles",
            "recent stories",
            "new posts",
            "newest",
            "most recent",
            "what's new",
            "recently",
        ],
    ),
    (
        "tr",
        &[
            "son yazılar",
            "son eklenen",
            "son haberler",
            "yeni yazılar",
            "en yeniler",
            "son gönderiler",
            "son içerikler",
            "en son",
        ],
    ),
    (
        "de",
        &[
            "neueste",
            "neuste",
            "aktuelle artikel",
            "neue beiträge",
            "neueste beiträge",
            "aktuelles",
            "zuletzt",
        ],
    ),
    (
        "fr",
        &[
            "derniers articles",
            "articles récents",
            "dernières actualités",
            "derniers billets",
            "nouveautés",
            "récemment",
        ],
    ),
    (
        "es",
        &[
            "últimas entradas",
            "ultimas entradas",
            "entradas recientes",
            "últimas noticias",
            "lo último",
            "recientes",
            "novedades",
        ],
    ),
    (
        "it",
        &[
            "ultimi articoli",
            "articoli recenti",
            "ultime notizie",
            "ultimi post",
            "recenti",
            "novità",
        ],
    ),
    (
        "pt",
        &[
            "últimos posts",
            "últimos artigos",
            "posts recentes",
            "últimas notícias",
            "ultimas noticias",
            "recentes",
            "novidades",
        ],
    ),
    (
        "nl",
        &[
            "nieuwste",
            "recente berichten",
            "recente artikelen",
            "laatste nieuws",
            "laatste berichten",
        ],
    ),
    (
        "ru",
        &[
            "последние",
            "новые статьи",
            "свежие записи",
            "последние новости",
            "новое",
            "свежее",
        ],
    ),
    (
        "pl",
        &[
            "najnowsze",
            "ostatnie wpisy",
            "najnowsze artykuły",
            "ostatnie artykuły",
            "nowości",
        ],
    ),
    (
        "ja",
        &["最新記事", "新着", "最近の投稿", "最新の記事", "新着記事"],
    ),
    (
        "ko",
        &["최신 글", "최신글", "최근 글", "최근글", "새 글", "최신 기사"],
    ),
    ("zh", &["最新文章", "最新", "最近文章", "最新發布", "最新发布"]),
];

/// Paywall and subscription prompts, per language: a short block that holds one of
/// these is a prompt, not article text.
pub static PAYWALL: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "subscribe to continue reading",
            "subscribe to read",
            "already a subscriber",
            "this article is for subscribers",
            "to continue reading",
            "sign in to continue",
            "log in to continue",
            "create a free account",
            "subscribe now",
            "become a member",
            "support our journalism",
        ],
    ),
    (
        "tr",
        &[
            "abone ol",
            "okumaya devam etmek için",
            "abone olun",
            "zaten abone misiniz",
            "üye girişi yapın",
        ],
    ),
    (
        "de",
        &[
            "jetzt abonnieren",
            "weiterlesen mit",
            "sie sind bereits abonnent",
            "bereits abonnent",
            "dieser artikel ist nur für abonnenten",
            "jetzt testen",
            "zum weiterlesen",
        ],
    ),
    (
        "fr",
        &[
            "abonnez-vous",
            "déjà abonné",
            "pour lire la suite",
            "réservé aux abonnés",
            "cet article est réservé",
        ],
    ),
    (
        "es",
        &[
            "suscríbete",
            "ya eres suscriptor",
            "para seguir leyendo",
            "contenido exclusivo para suscriptores",
        ],
    ),
    (
        "it",
        &[
            "abbonati ora",
            "sei già abbonato",
            "per continuare a leggere",
            "riservato agli abbonati",
        ],
    ),
    (
        "pt",
        &[
            "assine já",
            "assine agora",
            "já é assinante",
            "para continuar lendo",
            "exclusivo para assinantes",
        ],
    ),
    (
        "nl",
        &[
            "word abonnee",
            "al abonnee",
            "lees verder met",
            "alleen voor abonnees",
        ],
    ),
    (
        "pl",
        &[
            "zaloguj się",
            "wykup subskrypcję",
            "czytaj dalej z",
            "masz już subskrypcję",
        ],
    ),
    (
        "ru",
        &[
            "оформите подписку",
            "уже подписаны",
            "чтобы продолжить чтение",
            "только для подписчиков",
        ],
    ),
];

/// Labels that stand alone between article paragraphs and are not text:
/// advertisement markers, "Read more", "Advertisement – scroll to continue".
pub static FURNITURE_LABELS: &[&str] = &[
    "advertisement",
    "advertisement - scroll to continue",
    "ad",
    "sponsored",
    "read more",
    "reklam",
    "anzeige",
    "werbung",
    "publicité",
    "publicidad",
    "pubblicità",
    "publicidade",
    "advertentie",
    "reklama",
    "реклама",
];

/// Whether a text block is page furniture rather than article text: a paywall or
/// subscription prompt (a short block holding a phrase of [`PAYWALL`]) or a lone
/// label of [`FURNITURE_LABELS`].
pub fn is_page_furniture(block: &str) -> bool {
    if block.chars().count() > 300 {
        return false;
    }
    let lower = normalize(block);
    if FURNITURE_LABELS.contains(&lower.as_str()) {
        return true;
    }
    // Every phrase in one pass over the block (a searcher per phrase and block
    // cost about 1 M instructions on a typical page).
    static SET: OnceLock<SubstringSet> = OnceLock::new();
    let set = SET.get_or_init(|| {
        SubstringSet::new(
            PAYWALL
                .iter()
                .flat_map(|(_, ps)| ps.iter().map(|p| p.to_string()))
                .collect(),
        )
    });
    set.any_match(&lower, |i, p| {
        let before = lower[..i].chars().next_back();
        let after = lower[i + p.len()..].chars().next();
        before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
    })
}

/// Class / id words of related, popular and latest widgets (CMS plugins included:
/// YARPP, Jetpack related posts, Contextual Related Posts, WordPress widgets).
pub static BLOCK_CLASS_WORDS: &[(&str, MoreKind)] = &[
    ("related", MoreKind::Related),
    ("yarpp", MoreKind::Related),
    ("crp_related", MoreKind::Related),
    ("jp-relatedposts", MoreKind::Related),
    ("similar", MoreKind::Related),
    ("recommend", MoreKind::Related),
    ("more-stories", MoreKind::Related),
    ("read-next", MoreKind::Related),
    ("readnext", MoreKind::Related),
    ("benzer", MoreKind::Related),
    ("ilgili", MoreKind::Related),
    ("popular", MoreKind::Popular),
    ("most-read", MoreKind::Popular),
    ("mostread", MoreKind::Popular),
    ("most-viewed", MoreKind::Popular),
    ("trending", MoreKind::Popular),
    ("populer", MoreKind::Popular),
    ("top-posts", MoreKind::Popular),
    ("recent-posts", MoreKind::Latest),
    ("recent_posts", MoreKind::Latest),
    ("widget_recent", MoreKind::Latest),
    ("latest", MoreKind::Latest),
    ("recent", MoreKind::Latest),
    ("son-yazilar", MoreKind::Latest),
];

/// Link texts that say nothing about the destination, per language (Lighthouse's
/// list languages plus Turkish, Italian, Dutch, Russian, Polish, Korean and more).
/// Matched against the whole link text after lower-casing and trimming
/// punctuation and arrows.
pub static EMPTY_LINK_TEXT: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "click here",
            "click this",
            "click",
            "go",
            "here",
            "this",
            "this page",
            "this link",
            "link",
            "info",
            "information",
            "learn more",
            "more",
            "more info",
            "more information",
            "more details",
            "details",
            "read more",
            "read on",
            "continue",
            "continue reading",
            "see more",
            "see here",
            "view more",
            "right here",
            "start",
            "tap here",
            "find out more",
            "full story",
        ],
    ),
    (
        "tr",
        &[
            "buraya tıklayın",
            "buraya tıklayınız",
            "buraya tıkla",
            "tıklayın",
            "tıklayınız",
            "tıkla",
            "burada",
            "buraya",
            "buradan",
            "devamı",
            "devamını oku",
            "devamını okuyun",
            "devamı için tıklayın",
            "daha fazla",
            "daha fazlası",
            "daha fazla bilgi",
            "detaylar",
            "detaylı bilgi",
            "ayrıntılar",
            "incele",
            "git",
            "bağlantı",
            "link",
            "bu sayfa",
            "tamamını oku",
            "haberin devamı",
        ],
    ),
    (
        "de",
        &[
            "klicke hier",
            "klicken sie hier",
            "hier klicken",
            "hier",
            "mehr",
            "mehr info",
            "mehr infos",
            "mehr informationen",
            "weiterlesen",
            "weiter",
            "mehr erfahren",
            "mehr lesen",
            "details",
            "link",
            "dieser link",
            "zum artikel",
        ],
    ),
    (
        "fr",
        &[
            "cliquez ici",
            "cliquer ici",
            "clique ici",
            "ici",
            "plus",
            "plus d'infos",
            "plus d'informations",
            "en savoir plus",
            "lire la suite",
            "lire plus",
            "suite",
            "voir plus",
            "détails",
            "lien",
            "ce lien",
        ],
    ),
    (
        "es",
        &[
            "click aquí",
            "clic aquí",
            "haga clic aquí",
            "haz clic aquí",
            "pulse aquí",
            "aquí",
            "más",
            "más información",
            "más info",
            "leer más",
            "seguir leyendo",
            "ver más",
            "detalles",
            "enlace",
            "este enlace",
        ],
    ),
    (
        "it",
        &[
            "clicca qui",
            "fai clic qui",
            "qui",
            "di più",
            "più",
            "altro",
            "maggiori informazioni",
            "più informazioni",
            "leggi di più",
            "leggi tutto",
            "continua a leggere",
            "continua",
            "scopri di più",
            "dettagli",
            "link",
        ],
    ),
    (
        "pt",
        &[
            "clique aqui",
            "clica aqui",
            "aqui",
            "mais",
            "mais informações",
            "mais informação",
            "saiba mais",
            "leia mais",
            "continuar lendo",
            "continue lendo",
            "ver mais",
            "detalhes",
            "link",
            "este link",
        ],
    ),
    (
        "nl",
        &[
            "klik hier",
            "hier",
            "meer",
            "meer info",
            "meer informatie",
            "lees meer",
            "lees verder",
            "verder lezen",
            "bekijk meer",
            "details",
            "link",
            "deze link",
        ],
    ),
    (
        "ru",
        &[
            "нажмите здесь",
            "кликните здесь",
            "нажмите",
            "здесь",
            "тут",
            "сюда",
            "подробнее",
            "читать далее",
            "читать дальше",
            "далее",
            "ещё",
            "еще",
            "больше",
            "узнать больше",
            "ссылка",
            "перейти",
        ],
    ),
    (
        "pl",
        &[
            "kliknij tutaj",
            "kliknij",
            "tutaj",
            "tu",
            "więcej",
            "czytaj więcej",
            "czytaj dalej",
            "dowiedz się więcej",
            "szczegóły",
            "link",
        ],
    ),
    (
        "ja",
        &[
            "ここをクリック",
            "こちらをクリック",
            "こちら",
            "ここ",
            "リンク",
            "続きを読む",
            "続く",
            "全文表示",
            "詳細",
            "詳しくはこちら",
            "もっと見る",
        ],
    ),
    (
        "ko",
        &[
            "여기를 클릭",
            "여기",
            "클릭",
            "더보기",
            "더 보기",
            "자세히",
            "자세히 보기",
            "계속 읽기",
            "링크",
        ],
    ),
    (
        "zh",
        &[
            "点击这里",
            "點擊這裡",
            "点击此处",
            "點擊此處",
            "这里",
            "這裡",
            "更多",
            "了解更多",
            "阅读更多",
            "閱讀更多",
            "详情",
            "詳情",
            "链接",
            "連結",
        ],
    ),
    ("sv", &["klicka här", "här", "mer", "läs mer", "mer information"]),
    ("da", &["klik her", "her", "mere", "læs mere"]),
    ("no", &["klikk her", "her", "mer", "les mer"]),
];

/// Labels and class words of breadcrumb trails, per language (matched as substrings
/// of a lower-cased aria-label, class or id).
pub static BREADCRUMB_LABELS: &[(&str, &[&str])] = &[
    ("en", &["breadcrumb", "crumbs", "you are here"]),
    (
        "tr",
        &["sayfa yolu", "gezinti yolu", "ekmek kırıntısı", "buradasınız"],
    ),
    (
        "de",
        &["brotkrümel", "brotkrumen", "pfadnavigation", "sie sind hier"],
    ),
    ("fr", &["fil d'ariane", "fil-ariane", "ariane", "vous êtes ici"]),
    ("es", &["migas de pan", "miga de pan", "migas", "usted está aquí"]),
    ("it", &["briciole di pane", "briciole", "ti trovi qui", "sei qui"]),
    ("pt", &["trilha de navegação", "migalhas", "você está aqui"]),
    ("nl", &["kruimelpad", "broodkruimel", "u bevindt zich hier"]),
    ("ru", &["хлебные крошки", "навигационная цепочка", "вы здесь"]),
    ("pl", &["okruszki", "ścieżka nawigacji", "jesteś tutaj"]),
    ("ja", &["パンくず", "現在地"]),
    ("ko", &["현재 위치", "빵부스러기"]),
    ("zh", &["面包屑", "麵包屑", "当前位置", "目前位置"]),
];

/// Query parameter names of site-search forms (`?q=`, WordPress `?s=`, ...).
pub static SEARCH_PARAMS: &[&str] = &[
    "q",
    "s",
    "query",
    "search",
    "keyword",
    "keywords",
    "k",
    "term",
    "search_query",
    "searchword",
    "searchterm",
    "text",
    "ara",
    "arama",
    "suche",
    "recherche",
    "buscar",
    "cerca",
    "zoeken",
    "poisk",
];

/// Every phrase of the lists, plus the folded form of those with a Turkish `ı`
/// (they can only match once folded: `fold` maps `ı` to `i`).
fn phrases_with_folded(lists: &[(&str, &[&str])]) -> Vec<String> {
    let mut out = Vec::new();
    for (_, list) in lists {
        for w in *list {
            out.push(w.to_string());
            if w.contains('ı') {
                out.push(fold(w));
            }
        }
    }
    out
}

/// Whether a label, class or id names a breadcrumb trail (any listed language).
pub fn is_breadcrumb_label(s: &str) -> bool {
    static SET: OnceLock<SubstringSet> = OnceLock::new();
    let set = SET.get_or_init(|| SubstringSet::new(phrases_with_folded(BREADCRUMB_LABELS)));
    set.first_match(&fold_cow(s)).is_some()
}

/// Lower-case with the Turkish dotted / dotless i folded to `i`, so "İLGİLİ",
/// "ılgılı" and "ilgili" compare equal.
pub fn fold(s: &str) -> String {
    fold_cow(s).into_owned()
}

/// `fold` without an allocation when the text is already lower-case ASCII
/// (for ASCII, folding is plain ASCII lower-casing: `I` becomes `i` either way).
fn fold_cow(s: &str) -> Cow<'_, str> {
    if s.is_ascii() {
        if s.bytes().any(|b| b.is_ascii_uppercase()) {
            return Cow::Owned(s.to_ascii_lowercase());
        }
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            'İ' | 'I' | 'ı' => out.push('i'),
            '\u{307}' => {}
            c => out.extend(c.to_lowercase()),
        }
    }
    Cow::Owned(out)
}

/// Arrows and punctuation trimmed around a phrase by `normalize`.
pub fn is_trimmed(c: char) -> bool {
    c.is_whitespace()
        || c.is_ascii_punctuation()
        || matches!(
            c,
            '…' | '»'
                | '«'
                | '›'
                | '‹'
                | '→'
                | '←'
                | '➔'
                | '▶'
                | '►'
                | '·'
                | '•'
                | '＞'
                | '。'
                | '！'
        )
}

/// Lower-case, trim white space, punctuation and arrows around a phrase.
pub fn normalize(s: &str) -> String {
    crate::text::squash(&fold_cow(s))
        .trim_matches(is_trimmed)
        .to_string()
}

/// Whether a link text says nothing about where it leads (in any listed language).
pub fn is_empty_link_text(text: &str) -> bool {
    // The longest phrase is well under 40 characters.
    if text.len() > 160 || text.chars().count() > 40 {
        return false;
    }
    // Every phrase (and the folded form of those with a Turkish `ı`), sorted once.
    static PHRASES: OnceLock<Vec<String>> = OnceLock::new();
    let phrases = PHRASES.get_or_init(|| {
        let mut v = phrases_with_folded(EMPTY_LINK_TEXT);
        v.sort();
        v.dedup();
        v
    });
    let squashed = crate::text::squash(&fold_cow(text));
    let n = squashed.trim_matches(is_trimmed);
    !n.is_empty() && phrases.binary_search_by(|p| p.as_str().cmp(n)).is_ok()
}

/// Phrases without spaces between words (CJK, Hangul) match anywhere in a label;
/// the others only at word boundaries.
fn is_cjk_phrase(phrase: &str) -> bool {
    phrase.chars().any(|c| (c as u32) >= 0x3000)
}

/// The leading run of alphanumeric characters.
fn first_word(s: &str) -> &str {
    let end = s.find(|c: char| !c.is_alphanumeric()).unwrap_or(s.len());
    &s[..end]
}

/// The related / popular / latest label tables folded once and indexed so that a
/// label is matched in one pass over its words.
struct LabelIndex {
    /// Word-bounded phrases by their first word: (phrase, kind rank).
    by_word: HashMap<String, Vec<(String, u8)>>,
    /// Phrases that match anywhere: (phrase, kind rank).
    anywhere: Vec<(String, u8)>,
}

/// Kinds in the order they are tried: a label naming two kinds takes the first.
const KINDS: [MoreKind; 3] = [MoreKind::Related, MoreKind::Popular, MoreKind::Latest];

fn label_index() -> &'static LabelIndex {
    static INDEX: OnceLock<LabelIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut ix = LabelIndex {
            by_word: HashMap::new(),
            anywhere: Vec::new(),
        };
        for (rank, table) in [RELATED, POPULAR, LATEST].into_iter().enumerate() {
            for (_, list) in table {
                for w in *list {
                    let f = fold(w);
                    if is_cjk_phrase(&f) {
                        ix.anywhere.push((f, rank as u8));
                    } else {
                        ix.by_word
                            .entry(first_word(&f).to_string())
                            .or_default()
                            .push((f, rank as u8));
                    }
                }
            }
        }
        ix
    })
}

/// Which kind of "keep reading" block a heading or label names, if any.
///
/// A word-bounded phrase can only start where a word starts, and its first word
/// must then be that whole word (the phrase's first word is followed by a
/// non-alphanumeric character or the end, both in the phrase and in the label), so
/// each word of the label is looked up once instead of searching every phrase.
pub fn label_kind(label: &str) -> Option<MoreKind> {
    let lower = crate::text::squash(&fold_cow(label));
    if lower.is_empty() || lower.chars().count() > 80 {
        return None;
    }
    let ix = label_index();
    let mut best = u8::MAX;
    if lower.chars().any(|c| (c as u32) >= 0x3000) {
        for (p, rank) in &ix.anywhere {
            if *rank < best && lower.contains(p.as_str()) {
                best = *rank;
            }
        }
    }
    let mut prev_alnum = false;
    for (start, c) in lower.char_indices() {
        let alnum = c.is_alphanumeric();
        if alnum && !prev_alnum {
            let rest = &lower[start..];
            if let Some(list) = ix.by_word.get(first_word(rest)) {
                for (p, rank) in list {
                    if *rank < best
                        && rest.starts_with(p.as_str())
                        && rest[p.len()..]
                            .chars()
                            .next()
                            .is_none_or(|c| !c.is_alphanumeric())
                    {
                        best = *rank;
                    }
                }
            }
        }
        if best == 0 {
            break;
        }
        prev_alnum = alnum;
    }
    KINDS.get(best as usize).copied()
}

/// Which kind of block a class / id value names, if any.
pub fn class_kind(class_or_id: &str) -> Option<MoreKind> {
    static SET: OnceLock<SubstringSet> = OnceLock::new();
    let set =
        SET.get_or_init(|| SubstringSet::new(BLOCK_CLASS_WORDS.iter().map(|(w, _)| w.to_string()).collect()));
    let lower = if class_or_id.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(class_or_id.to_ascii_lowercase())
    } else {
        Cow::Borrowed(class_or_id)
    };
    set.first_match(&lower)
        .and_then(|i| BLOCK_CLASS_WORDS.get(i))
        .map(|(_, k)| *k)
}

/// A fixed list of substrings, found in one pass over a text: the patterns are
/// bucketed by their first byte, so each position of the text is tried only against
/// the few patterns that can start there.
struct SubstringSet {
    patterns: Vec<String>,
    by_first: Vec<Vec<usize>>,
}

impl SubstringSet {
    fn new(patterns: Vec<String>) -> Self {
        let mut by_first = vec![Vec::new(); 256];
        for (i, p) in patterns.iter().enumerate() {
            if let Some(&b) = p.as_bytes().first() {
                by_first[b as usize].push(i);
            }
        }
        SubstringSet { patterns, by_first }
    }

    /// The lowest index of a pattern occurring in `hay` (list order decides, as
    /// with `patterns.iter().position(|p| hay.contains(p))`).
    fn first_match(&self, hay: &str) -> Option<usize> {
        let b = hay.as_bytes();
        let mut best: Option<usize> = None;
        for i in 0..b.len() {
            for &p in &self.by_first[b[i] as usize] {
                if best.is_none_or(|x| p < x) && b[i..].starts_with(self.patterns[p].as_bytes()) {
                    best = Some(p);
                }
            }
            if best == Some(0) {
                break;
            }
        }
        best
    }

    /// Whether some pattern occurs in `hay` at a byte offset `i` where
    /// `accept(i, pattern)` holds. Every occurrence is tried, overlapping ones
    /// too: the same answer as `str::match_indices` per pattern for patterns that
    /// cannot overlap themselves (no proper prefix equal to a suffix; the
    /// lexicon's tests hold the phrases to that).
    fn any_match(&self, hay: &str, mut accept: impl FnMut(usize, &str) -> bool) -> bool {
        let b = hay.as_bytes();
        (0..b.len()).any(|i| {
            self.by_first[b[i] as usize].iter().any(|&p| {
                let pat = self.patterns[p].as_str();
                b[i..].starts_with(pat.as_bytes()) && accept(i, pat)
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `is_page_furniture` tries every occurrence of a paywall phrase where
    /// `match_indices` tried the non-overlapping ones. An occurrence that
    /// overlaps an earlier one starts `s` bytes into it, where the phrase's
    /// suffix from `s` equals its prefix ("zaten abone misiniz": `s` at the last
    /// "z"); the character before it is then the phrase's own character before
    /// `s`. When that one is a letter or digit, the word-bound test refuses the
    /// overlapping occurrence, so both searches give the same answer.
    #[test]
    fn overlapping_paywall_phrases_never_start_at_a_word_bound() {
        for (_, list) in PAYWALL {
            for p in *list {
                for s in 1..p.len() {
                    let (Some(suffix), Some(prefix)) = (p.get(s..), p.get(..p.len() - s)) else {
                        continue;
                    };
                    if suffix == prefix {
                        let before = p[..s].chars().next_back();
                        assert!(before.is_some_and(char::is_alphanumeric), "{p}");
                    }
                }
            }
        }
    }

    #[test]
    fn page_furniture_phrases_at_word_bounds() {
        assert!(is_page_furniture("Subscribe now!"));
        assert!(is_page_furniture("Already a subscriber? Sign in"));
        assert!(!is_page_furniture("unsubscribe nowhere"));
        assert!(!is_page_furniture("A long article paragraph about gardens."));
    }

    /// The word index finds a phrase only where a word starts, with the phrase's
    /// first word as the whole word there: true when every spaced phrase starts and
    /// ends with a letter or digit.
    #[test]
    fn spaced_label_phrases_start_and_end_with_a_word() {
        for table in [RELATED, POPULAR, LATEST] {
            for (_, list) in table {
                for w in *list {
                    let f = fold(w);
                    if is_cjk_phrase(&f) {
                        continue;
                    }
                    assert!(f.chars().next().is_some_and(char::is_alphanumeric), "{w}");
                    assert!(f.chars().next_back().is_some_and(char::is_alphanumeric), "{w}");
                }
            }
        }
    }

    #[test]
    fn every_language_is_present_in_every_table() {
        let langs = [
            "en", "tr", "de", "fr", "es", "it", "pt", "nl", "ru", "pl", "ja", "ko", "zh",
        ];
        for table in [RELATED, POPULAR, LATEST, EMPTY_LINK_TEXT, BREADCRUMB_LABELS] {
            for l in langs {
                assert!(table.iter().any(|(k, v)| *k == l && !v.is_empty()), "{l} missing");
            }
            for (_, words) in table {
                for w in *words {
                    assert_eq!(*w, w.to_lowercase(), "{w} must be lower-case");
                }
            }
        }
    }

    #[test]
    fn labels_in_many_languages() {
        assert_eq!(label_kind("Related posts"), Some(MoreKind::Related));
        assert_eq!(label_kind("İLGİLİ YAZILAR"), Some(MoreKind::Related));
        assert_eq!(label_kind("Benzer içerikler"), Some(MoreKind::Related));
        assert_eq!(label_kind("En çok okunanlar"), Some(MoreKind::Popular));
        assert_eq!(label_kind("Son yazılar"), Some(MoreKind::Latest));
        assert_eq!(
            label_kind("Das könnte Sie auch interessieren"),
            Some(MoreKind::Related)
        );
        assert_eq!(label_kind("Читайте также"), Some(MoreKind::Related));
        assert_eq!(label_kind("関連記事"), Some(MoreKind::Related));
        assert_eq!(label_kind("Our history"), None);
        // Word boundaries: "popularity" is not "popular".
        assert_eq!(label_kind("The popularity of tea"), None);
    }

    #[test]
    fn empty_link_phrases() {
        for t in [
            "Click here",
            "read more »",
            "Buraya tıklayın",
            "Devamı…",
            "hier klicken",
            "Cliquez ici",
            "Подробнее",
            "続きを読む",
        ] {
            assert!(is_empty_link_text(t), "{t}");
        }
        for t in ["Pricing for small shops", "Read more about our pricing", ""] {
            assert!(!is_empty_link_text(t), "{t}");
        }
    }
}

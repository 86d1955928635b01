// Social previews: the link card of each platform, drawn as that platform draws
// it, from the engine's `facts.previews` only. What each platform reads, where it
// cuts the text, which fields its card shows (`shows`) and how large the card is
// (`card`) are the engine's (crates/smo-audit/src/facts/platforms.rs); this file
// decides only the drawing: layout, colours, line clamps and the image frame.
import { h } from './dom.js';
import { t } from './i18n.js';

// Display names (labels only), in the order the cards are shown. A platform the
// engine adds later is shown after these, by its key, in the generic layout.
const NAMES = {
  facebook: 'Facebook',
  x: 'X (Twitter)',
  linkedin: 'LinkedIn',
  slack: 'Slack',
  discord: 'Discord',
  whatsapp: 'WhatsApp',
  telegram: 'Telegram',
  imessage: 'iMessage',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  threads: 'Threads',
  pinterest: 'Pinterest',
  google: 'Google',
};

/**
 * How each platform lays its card out (drawing only; what is shown is the engine's):
 * - `large` / `small`: `stack` (image above the text), `side` (thumbnail beside the
 *   text), `thumb` (text with a thumbnail at its right, as chat apps attach it),
 *   `below` (text, then the image under it), `overlay` (image only, domain on it);
 * - `text`: the order of the text fields;
 * - `frame`: `box` (a bordered card), `bar` (a coloured bar at the left, chat apps),
 *   `bubble` (inside a message bubble), `bare` (no frame: a search result, a pin);
 * - `noImage`: what the platform draws when there is no image or it fails to load:
 *   `drop` (the card without it) or `icon` (a grey square with a link icon).
 */
const LOOKS = {
  facebook: { large: 'stack', small: 'side', text: ['domain', 'title', 'description'], frame: 'box', noImage: 'drop' },
  threads: { large: 'stack', small: 'side', text: ['domain', 'title', 'description'], frame: 'box', noImage: 'drop' },
  x: { large: 'overlay', small: 'side', text: ['domain', 'title', 'description'], frame: 'box', noImage: 'icon' },
  linkedin: { large: 'stack', small: 'side', text: ['title', 'domain', 'siteName'], frame: 'box', noImage: 'drop' },
  slack: { large: 'below', small: 'thumb', text: ['siteName', 'title', 'description'], frame: 'bar', noImage: 'drop' },
  discord: { large: 'below', small: 'thumb', text: ['siteName', 'title', 'description'], frame: 'bar', noImage: 'drop' },
  whatsapp: { large: 'stack', small: 'side', text: ['title', 'description', 'domain'], frame: 'bubble', noImage: 'drop' },
  telegram: { large: 'below', small: 'thumb', text: ['siteName', 'title', 'description'], frame: 'bubble', noImage: 'drop' },
  imessage: { large: 'stack', small: 'side', text: ['title', 'domain'], frame: 'bubble', noImage: 'icon' },
  bluesky: { large: 'stack', small: 'stack', text: ['title', 'description', 'domain'], frame: 'box', noImage: 'drop' },
  mastodon: { large: 'stack', small: 'side', text: ['siteName', 'title', 'description'], frame: 'box', noImage: 'icon' },
  pinterest: { large: 'stack', small: 'stack', text: ['title', 'description'], frame: 'bare', noImage: 'drop' },
  google: { large: 'stack', small: 'stack', text: ['siteName', 'domain', 'title', 'description'], frame: 'bare', noImage: 'drop' },
};
const GENERIC = { large: 'stack', small: 'side', text: ['siteName', 'title', 'description', 'domain'], frame: 'box', noImage: 'drop' };

const str = (v) => (typeof v === 'string' && v ? v : null);

/** The engine's previews as [id, preview] in display order (`conflicts` left out). */
export function platforms(facts) {
  const pv = facts && facts.previews;
  if (!pv || typeof pv !== 'object') return [];
  const keys = Object.keys(pv).filter((k) => k !== 'conflicts' && pv[k] && typeof pv[k] === 'object' && !Array.isArray(pv[k]));
  const known = Object.keys(NAMES);
  const rank = (k) => (known.includes(k) ? known.indexOf(k) : known.length);
  return keys.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0)).map((k) => [k, pv[k]]);
}

/** Tags that should agree but do not, as the engine found them: one line each. */
export function disagreements(facts) {
  const list = facts && facts.previews && Array.isArray(facts.previews.conflicts) ? facts.previews.conflicts : [];
  return list
    .filter((c) => c && Array.isArray(c.values) && c.values.length)
    .map((c) => {
      const tags = c.values.map((v) => (v.line ? `${v.tag} (${t('line', v.line)})` : v.tag)).join(' ≠ ');
      return `${tags}: ${c.values.map((v) => `“${v.value}”`).join(' / ')}`;
    });
}

function isWebImage(u) {
  return typeof u === 'string' && /^https?:\/\//i.test(u);
}

/** The tooltip of a title or description: the tag it came from, and where the platform cut it. */
function tip(source, truncated, max) {
  const parts = [source ? t('previewFrom', source) : null, truncated ? t('previewCut', max) : null].filter(Boolean);
  return parts.length ? parts.join(' · ') : null;
}

/** A #rgb / #rrggbb colour the engine gives (Discord's theme-color), else null. */
function hexColor(v) {
  return typeof v === 'string' && /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(v) ? v : null;
}

/** A grey square with a link icon: what X, iMessage and Mastodon draw without an image. */
function linkIcon() {
  return h('div', { class: 'pv-img pv-icon', 'aria-hidden': 'true' }, h('span', { class: 'pv-icon-glyph' }, '🔗'));
}

/**
 * The image as the platform frames it (cropped to its frame by `object-fit`). Off
 * by default (privacy): a placeholder in the same frame says so, with the address.
 * When it fails to load, the card is redrawn as the platform draws it without one.
 */
function imagePart(p, ctx) {
  if (!p.image) return ctx.look.noImage === 'icon' ? linkIcon() : null;
  // the reader's own file for this address (a blob: URL, local), else the web image when allowed
  const own = ctx.local && ctx.local[p.image];
  if (own || (ctx.allowImages && isWebImage(p.image))) {
    const img = h('img', { src: own || p.image, alt: '', referrerpolicy: 'no-referrer', loading: 'lazy', decoding: 'async' });
    img.addEventListener('error', () => ctx.onImageFailed(), { once: true });
    return natural(h('div', { class: 'pv-img' }, img), p, ctx);
  }
  return natural(h('div', { class: 'pv-img pv-imgoff' }, h('span', {}, t('previewImageOff')), h('span', { class: 'pv-imgurl' }, p.image)), p, ctx);
}

/** Platforms that show the image at its own ratio (chat attachments, pins): the
 * engine's known size sets the frame; otherwise the platform's usual frame. */
function natural(box, p, ctx) {
  const own = ctx.layout === 'below' || ctx.id === 'pinterest';
  const w = Number(p.imageWidth);
  const hgt = Number(p.imageHeight);
  // (a pin is cut at 1:2.1, Pinterest's tallest; a banner at 4:1)
  // CSSOM, not a style attribute: the page's CSP allows no inline style.
  if (own && w > 0 && hgt > 0) box.style.setProperty('--pv-ratio', Math.min(Math.max(w / hgt, 1 / 2.1), 4).toFixed(4));
  return box;
}

/** The text fields the platform shows, in its order, each with its own class. */
function textPart(id, p, look) {
  const shows = Array.isArray(p.shows) ? p.shows : ['title', 'description', 'image', 'domain', 'siteName'];
  const titleMax = p.titleMaxPx ? `${p.titleMaxPx} px` : p.titleMax;
  const field = {
    siteName: () => (str(p.siteName) ? h('div', { class: 'pv-site' }, p.siteName) : null),
    domain: () => (str(p.domain) ? h('div', { class: 'pv-domain' }, p.domain) : null),
    title: () =>
      str(p.title)
        ? h('div', { class: 'pv-title', title: tip(p.titleSource, p.titleTruncated, titleMax) }, p.title)
        : h('div', { class: 'pv-title pv-missing' }, t('previewNoTitle')),
    description: () =>
      str(p.description) ? h('div', { class: 'pv-desc', title: tip(p.descriptionSource, p.descriptionTruncated, p.descriptionMax) }, p.description) : null,
  };
  // The order is the platform's; a field it shows that its look does not name comes last.
  const order = [...look.text, ...shows.filter((f) => f !== 'image' && !look.text.includes(f))];
  const parts = order.filter((f) => shows.includes(f) && field[f]).map((f) => field[f]());
  // Google prints the site name and the address on one line, above the title.
  if (id === 'google') {
    const site = parts.filter((e) => e && (e.classList.contains('pv-site') || e.classList.contains('pv-domain')));
    const rest = parts.filter((e) => !site.includes(e));
    return h('div', { class: 'pv-text' }, site.length ? h('div', { class: 'pv-serp-site' }, site) : null, rest);
  }
  return h('div', { class: 'pv-text' }, parts);
}

/** The card itself (inside the figure), for a platform's look and the engine's card size. */
function cardBody(id, p, ctx) {
  const size = p.card === 'large' || p.card === 'small' ? p.card : 'none';
  if (size === 'none') return h('div', { class: 'pv-card pv-bare' }, h('div', { class: 'pv-text' }, h('div', { class: 'pv-title pv-missing' }, t('previewNothing'))));
  const shows = Array.isArray(p.shows) ? p.shows : ['image'];
  const layout = ctx.look[size];
  ctx.layout = layout;
  ctx.id = id;
  const image = shows.includes('image') && !ctx.failed ? imagePart(p, ctx) : ctx.failed && ctx.look.noImage === 'icon' ? linkIcon() : null;
  const text = textPart(id, p, ctx.look);
  const bar = id === 'discord' ? hexColor(p.themeColor) : null;
  const attrs = { class: `pv-card pv-l-${layout}${image ? '' : ' pv-noimage'}`, dataset: { layout } };
  const done = (el) => {
    if (bar) el.style.setProperty('--pv-bar', bar);
    return el;
  };
  if (layout === 'overlay') {
    // X's large card: the image alone, the domain on it; "From domain" under the card.
    const dom = text.querySelector('.pv-domain');
    const title = text.querySelector('.pv-title');
    if (image) {
      if (dom) image.appendChild(h('span', { class: 'pv-overlay' }, dom.textContent));
      // (a shown title sits on the image too, should the engine list it)
      if (title) image.appendChild(h('span', { class: 'pv-overlay pv-overlay-title' }, title.textContent));
      return h('div', attrs, image, dom ? h('div', { class: 'pv-from' }, h('span', { class: 'pv-domain' }, dom.textContent)) : null);
    }
    // no image: the small layout with an icon
    return h('div', { ...attrs, class: 'pv-card pv-l-side pv-noimage' }, linkIcon(), text);
  }
  if (layout === 'below' || layout === 'thumb') return done(h('div', attrs, text, image));
  return done(h('div', attrs, image, text));
}

/** One figure: the platform's name and limits, its card, and its warnings. */
function figure(id, p, allowImages, local) {
  const size = p.card === 'large' || p.card === 'small' ? p.card : 'none';
  const look = LOOKS[id] || GENERIC;
  const titleMax = p.titleMaxPx ? `${p.titleMaxPx} px` : p.titleMax;
  const sizeLabel = t(size === 'none' ? 'noCard' : size);
  const warnings = Array.isArray(p.warnings) ? p.warnings.filter((w) => w && typeof w.message === 'string') : [];
  const fig = h('figure', { class: `pv pv-${id} pv-${size} pv-frame-${look.frame}`, dataset: { platform: id, card: size, image: p.image ? 'declared' : 'none' } });
  const ctx = {
    look,
    allowImages,
    local,
    failed: false,
    onImageFailed: () => {
      // Redraw as the platform does without the image, and say why.
      ctx.failed = true;
      fig.dataset.image = 'failed';
      const old = fig.querySelector('.pv-card');
      if (old) old.replaceWith(cardBody(id, p, ctx));
      const note = fig.querySelector('.pv-imgfail');
      if (note) note.hidden = false;
    },
  };
  const parts = [
    h('figcaption', { class: 'pv-platform' }, NAMES[id] || id, h('span', { class: 'pv-meta' }, `${sizeLabel} · ${t('previewLimits', titleMax, p.descriptionMax)}`)),
    cardBody(id, p, ctx),
    h('p', { class: 'pv-imgfail', hidden: true }, t('previewImageFailed', NAMES[id] || id)),
    // The platform's own warnings, as the engine words them.
    warnings.length ? h('ul', { class: 'pv-warnings' }, ...warnings.map((w) => h('li', { dataset: { code: String(w.code) } }, w.message))) : null,
  ];
  fig.append(...parts.filter(Boolean));
  return fig;
}

/** The preview cards of every platform in `facts.previews`. `local` maps an image
 * address to a blob: URL of the reader's own file for it (shown whatever
 * `allowImages` says: nothing is requested from the web). */
export function previewCards(facts, allowImages, local = null) {
  return platforms(facts).map(([id, p]) => figure(id, p, allowImages, local));
}

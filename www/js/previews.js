// Social previews: how the link card looks on each platform. Uses the engine's
// `facts.previews` when it has them, and otherwise follows each platform's
// fallback chain over `facts.og`, `facts.twitter`, `facts.title`, `facts.description`.
import { h } from './dom.js';
import { t } from './i18n.js';

// Approximate characters each platform shows before cutting (desktop feed), and
// the image shape of its card. Sources: the platforms' card docs and observed feeds.
export const PLATFORMS = [
  { id: 'facebook', name: 'Facebook', title: 88, desc: 110, ratio: [1.91, 1], ratioLabel: '1.91:1' },
  { id: 'x', name: 'X (Twitter)', title: 70, desc: 200, ratio: [2, 1], ratioLabel: '2:1' },
  { id: 'linkedin', name: 'LinkedIn', title: 100, desc: 0, ratio: [1.91, 1], ratioLabel: '1.91:1' },
  { id: 'whatsapp', name: 'WhatsApp / Telegram', title: 65, desc: 80, ratio: [1, 1], ratioLabel: '1:1' },
];

const first = (m, k) => {
  const v = m && m[k];
  if (Array.isArray(v)) return v.find((x) => typeof x === 'string' && x.trim()) ?? null;
  return typeof v === 'string' && v.trim() ? v : null;
};
const last = (m, k) => {
  const v = m && m[k];
  if (Array.isArray(v)) {
    const ok = v.filter((x) => typeof x === 'string' && x.trim());
    return ok.length ? ok[ok.length - 1] : null;
  }
  return typeof v === 'string' && v.trim() ? v : null;
};

/** Cut to n characters (code points, not bytes) with an ellipsis. */
export function truncate(text, n) {
  if (!text) return '';
  const clean = String(text).replace(/\s+/g, ' ').trim();
  const cps = Array.from(clean);
  if (!n || cps.length <= n) return clean;
  return cps.slice(0, Math.max(1, n - 1)).join('').trimEnd() + '…';
}

function host(u) {
  try {
    return new URL(u).host;
  } catch {
    return null;
  }
}

/** The card fields per platform, following each platform's fallback chain. */
export function computePreviews(facts) {
  const f = facts || {};
  const og = f.og || {};
  const tw = f.twitter || {};
  const title = typeof f.title === 'string' && f.title.trim() ? f.title : null;
  const desc = typeof f.description === 'string' && f.description.trim() ? f.description : null;
  const url = first(og, 'og:url') || f.pageUrl || (Array.isArray(f.canonicals) ? f.canonicals[0] : null);
  const site = first(og, 'og:site_name');
  const pick = (...c) => c.find((x) => x && x.v) || { v: null, from: null };
  const fb = {
    title: pick({ v: first(og, 'og:title'), from: 'og:title' }, { v: title, from: '<title>' }),
    desc: pick({ v: first(og, 'og:description'), from: 'og:description' }, { v: desc, from: 'meta description' }),
    image: pick({ v: first(og, 'og:image'), from: 'og:image' }),
  };
  const card = first(tw, 'twitter:card');
  const x = {
    title: pick({ v: first(tw, 'twitter:title'), from: 'twitter:title' }, { v: first(og, 'og:title'), from: 'og:title' }, { v: title, from: '<title>' }),
    desc: pick({ v: first(tw, 'twitter:description'), from: 'twitter:description' }, { v: first(og, 'og:description'), from: 'og:description' }),
    image: pick({ v: first(tw, 'twitter:image'), from: 'twitter:image' }, { v: first(tw, 'twitter:image:src'), from: 'twitter:image:src' }, { v: first(og, 'og:image'), from: 'og:image' }),
    large: card === 'summary_large_image',
  };
  const li = {
    title: pick({ v: first(og, 'og:title'), from: 'og:title' }, { v: title, from: '<title>' }),
    desc: { v: null, from: null },
    image: pick({ v: first(og, 'og:image'), from: 'og:image' }),
  };
  const wa = {
    title: pick({ v: first(og, 'og:title'), from: 'og:title' }, { v: title, from: '<title>' }),
    desc: pick({ v: first(og, 'og:description'), from: 'og:description' }, { v: desc, from: 'meta description' }),
    image: pick({ v: last(og, 'og:image'), from: 'og:image (last)' }),
  };
  const by = { facebook: fb, x, linkedin: li, whatsapp: wa };
  return PLATFORMS.map((p) => {
    const d = by[p.id];
    const ratio = p.id === 'x' && !d.large ? [1, 1] : p.ratio;
    const ratioLabel = p.id === 'x' && !d.large ? '1:1' : p.ratioLabel;
    return {
      ...p,
      ratio,
      ratioLabel,
      large: p.id === 'x' ? d.large : p.id !== 'whatsapp',
      fullTitle: d.title.v,
      titleFrom: d.title.from,
      title: truncate(d.title.v, p.title),
      desc: p.desc ? truncate(d.desc.v, p.desc) : '',
      image: d.image.v,
      imageFrom: d.image.from,
      domain: host(url) || '',
      site,
    };
  });
}

/** Differences between tags that should agree (og:url vs canonical vs twitter:url, titles). */
export function disagreements(facts) {
  const f = facts || {};
  const og = f.og || {};
  const tw = f.twitter || {};
  const out = [];
  const canon = Array.isArray(f.canonicals) ? f.canonicals[0] : null;
  const pairs = [
    ['og:url', first(og, 'og:url'), 'canonical', canon],
    ['og:url', first(og, 'og:url'), 'twitter:url', first(tw, 'twitter:url')],
    ['og:title', first(og, 'og:title'), 'twitter:title', first(tw, 'twitter:title')],
    ['og:description', first(og, 'og:description'), 'twitter:description', first(tw, 'twitter:description')],
  ];
  for (const [a, av, b, bv] of pairs) if (av && bv && av.trim() !== bv.trim()) out.push(`${a} ≠ ${b}: “${av}” / “${bv}”`);
  return out;
}

function isWebImage(u) {
  return typeof u === 'string' && /^https?:\/\//i.test(u);
}

function imageBox(p, allowImages) {
  // a class per shape: inline style attributes are blocked by the page's CSP
  const style = `pv-ratio-${String(p.ratio[0]).replace('.', '')}`;
  if (!p.image) return h('div', { class: `pv-img pv-noimg ${style}` }, h('span', {}, t('previewNoImage')));
  if (allowImages && isWebImage(p.image)) {
    const img = h('img', { src: p.image, alt: '', referrerpolicy: 'no-referrer', loading: 'lazy', decoding: 'async' });
    return h('div', { class: `pv-img ${style}` }, img);
  }
  return h(
    'div',
    { class: `pv-img pv-imgoff ${style}` },
    h('span', {}, `${t('previewImageOff')} · ${t('ratio', p.ratioLabel)}`),
    h('span', { class: 'pv-imgurl' }, p.image),
  );
}

/** The preview cards. `enginePreviews` (facts.previews) overrides the computed fields when present. */
export function previewCards(facts, allowImages) {
  const list = computePreviews(facts);
  const eng = facts && facts.previews;
  const merged = list.map((p) => {
    let e = null;
    if (Array.isArray(eng)) e = eng.find((x) => x && String(x.platform || x.id || '').toLowerCase() === p.id);
    else if (eng && typeof eng === 'object') e = eng[p.id] || (p.id === 'x' ? eng.twitter : null);
    if (!e || typeof e !== 'object') return p;
    const str = (v) => (typeof v === 'string' ? v : null);
    // The engine's values are already cut to the platform's limits.
    const large = e.card === 'large' ? true : e.card === 'small' || e.card === 'none' ? false : p.large;
    const ratio = p.id === 'x' && !large ? [1, 1] : p.ratio;
    const ratioLabel = p.id === 'x' && !large ? '1:1' : p.ratioLabel;
    return {
      ...p,
      large,
      ratio,
      ratioLabel,
      title: str(e.title) ?? p.title,
      titleFrom: str(e.titleSource) ?? p.titleFrom,
      desc: str(e.description) ?? p.desc,
      image: str(e.image) ?? (e.image && str(e.image.url)) ?? p.image,
      imageFrom: str(e.imageSource) ?? p.imageFrom,
      domain: str(e.domain) ?? p.domain,
      site: str(e.siteName) ?? p.site,
    };
  });
  return merged.map((p) =>
    h(
      'figure',
      { class: `pv pv-${p.id} ${p.large ? 'pv-large' : 'pv-small'}`, dataset: { platform: p.id } },
      h('figcaption', { class: 'pv-platform' }, p.name, h('span', { class: 'pv-meta' }, `${p.large ? t('large') : t('small')} · ${t('ratio', p.ratioLabel)}`)),
      h(
        'div',
        { class: 'pv-card' },
        imageBox(p, allowImages),
        h(
          'div',
          { class: 'pv-text' },
          p.domain ? h('div', { class: 'pv-domain' }, p.id === 'facebook' ? p.domain.toUpperCase() : p.domain) : null,
          p.title
            ? h('div', { class: 'pv-title', title: p.titleFrom ? t('previewFrom', p.titleFrom) : null }, p.title)
            : h('div', { class: 'pv-title pv-missing' }, t('previewNothing')),
          p.desc ? h('div', { class: 'pv-desc' }, p.desc) : null,
        ),
      ),
    ),
  );
}

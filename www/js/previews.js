// Social previews: the link card of each platform, drawn from the engine's
// `facts.previews` as it gives them. Which tags each platform reads, where it
// cuts the text and how large its card is are the engine's (see
// crates/smo-audit/src/facts/previews.rs): nothing of that is decided here.
import { h } from './dom.js';
import { t } from './i18n.js';

// Display names of the platforms the engine knows (labels only), in the order the
// cards are shown. A platform the engine adds later is shown after these, by its key.
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

function imageBox(p, allowImages) {
  if (!p.image) return h('div', { class: 'pv-img pv-noimg' }, h('span', {}, t('previewNoImage')));
  if (allowImages && isWebImage(p.image)) {
    const img = h('img', { src: p.image, alt: '', referrerpolicy: 'no-referrer', loading: 'lazy', decoding: 'async' });
    return h('div', { class: 'pv-img' }, img);
  }
  return h(
    'div',
    { class: 'pv-img pv-imgoff' },
    h('span', {}, t('previewImageOff')),
    h('span', { class: 'pv-imgurl' }, p.image),
  );
}

/** The tooltip of a title or description: the tag it came from, and where the platform cut it. */
function tip(source, truncated, max) {
  const parts = [source ? t('previewFrom', source) : null, truncated ? t('previewCut', max) : null].filter(Boolean);
  return parts.length ? parts.join(' · ') : null;
}

/** One card: the engine's title, description, image, site name and card size. */
function card(id, p, allowImages) {
  const size = p.card === 'large' || p.card === 'small' ? p.card : 'none';
  const title = str(p.title);
  const desc = str(p.description);
  const site = str(p.siteName);
  const sizeLabel = t(size === 'none' ? 'noCard' : size);
  // Google cuts its title by width in pixels, the others by characters.
  const titleMax = p.titleMaxPx ? `${p.titleMaxPx} px` : p.titleMax;
  const limits = t('previewLimits', titleMax, p.descriptionMax);
  const warnings = Array.isArray(p.warnings) ? p.warnings.filter((w) => w && typeof w.message === 'string') : [];
  return h(
    'figure',
    { class: `pv pv-${id} pv-${size}`, dataset: { platform: id, card: size } },
    h('figcaption', { class: 'pv-platform' }, NAMES[id] || id, h('span', { class: 'pv-meta' }, `${sizeLabel} · ${limits}`)),
    size === 'none'
      ? h('div', { class: 'pv-card pv-bare' }, h('div', { class: 'pv-text' }, h('div', { class: 'pv-title pv-missing' }, t('previewNothing'))))
      : h(
          'div',
          { class: 'pv-card' },
          imageBox(p, allowImages),
          h(
            'div',
            { class: 'pv-text' },
            site ? h('div', { class: 'pv-domain' }, site) : null,
            title
              ? h('div', { class: 'pv-title', title: tip(p.titleSource, p.titleTruncated, titleMax) }, title)
              : h('div', { class: 'pv-title pv-missing' }, t('previewNoTitle')),
            desc
              ? h('div', { class: 'pv-desc', title: tip(p.descriptionSource, p.descriptionTruncated, p.descriptionMax) }, desc)
              : null,
          ),
        ),
    // The platform's own warnings, as the engine words them.
    warnings.length ? h('ul', { class: 'pv-warnings' }, ...warnings.map((w) => h('li', { dataset: { code: String(w.code) } }, w.message))) : null,
  );
}

/** The preview cards of every platform in `facts.previews`. */
export function previewCards(facts, allowImages) {
  return platforms(facts).map(([id, p]) => card(id, p, allowImages));
}

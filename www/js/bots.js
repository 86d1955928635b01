// Bots vs visitors: what social crawlers see (the HTML the server sends: they run
// no JavaScript) next to what a visitor's browser shows (the DOM after scripts
// ran). Both are audited by the engine; this compares the two reports' facts.
import { h } from './dom.js';
import { t } from './i18n.js';

/** The tags of a report as [tag, value] pairs: og:*, twitter:*, the title, the
 * meta description and the canonical address. */
function tags(report) {
  const f = (report && report.facts) || {};
  const out = new Map();
  for (const group of [f.og, f.twitter]) {
    if (!group || typeof group !== 'object') continue;
    for (const [k, vs] of Object.entries(group)) if (Array.isArray(vs) && vs.length) out.set(k, vs.map(String).join(' · '));
  }
  if (typeof f.title === 'string' && f.title) out.set('<title>', f.title);
  if (typeof f.description === 'string' && f.description) out.set('meta description', f.description);
  if (Array.isArray(f.canonicals) && f.canonicals.length) out.set('canonical', f.canonicals.join(' · '));
  return out;
}

/** Counts that scripts often change: links in the menu and the text, share
 * buttons, structured data blocks, words of main text. */
function counts(report) {
  const f = (report && report.facts) || {};
  const n = (v) => (Array.isArray(v) ? v.length : typeof v === 'number' ? v : 0);
  return {
    navMenuLinks: n(f.navMenuLinks),
    internalLinksInMain: n(f.internalLinksInMain),
    shareNetworks: n(f.shareNetworks),
    jsonLd: n(f.jsonLd),
    mainWords: n(f.mainWords),
  };
}

/**
 * The differences between the bots' report (`raw`) and the visitors' (`rendered`):
 * - `added`: tags present only after JavaScript ran (crawlers will not see them);
 * - `changed`: tags JavaScript changed (crawlers see the first value);
 * - `removed`: tags JavaScript removed (crawlers still see them);
 * - `counts`: what grew or shrank ({what, bots, visitors});
 * - `scores`: {bots, visitors}.
 */
export function compare(raw, rendered) {
  const a = tags(raw);
  const b = tags(rendered);
  const added = [];
  const changed = [];
  const removed = [];
  for (const [k, v] of b) {
    if (!a.has(k)) added.push({ tag: k, value: v });
    else if (a.get(k) !== v) changed.push({ tag: k, bots: a.get(k), visitors: v });
  }
  for (const [k, v] of a) if (!b.has(k)) removed.push({ tag: k, value: v });
  const ca = counts(raw);
  const cb = counts(rendered);
  const diff = Object.keys(ca)
    .filter((k) => ca[k] !== cb[k])
    .map((k) => ({ what: k, bots: ca[k], visitors: cb[k] }));
  return { added, changed, removed, counts: diff, scores: { bots: raw?.score ?? null, visitors: rendered?.score ?? null } };
}

/** The "bots vs visitors" section for a comparison from `compare`. */
export function botsSection(c) {
  const same = !c.added.length && !c.changed.length && !c.removed.length && !c.counts.length;
  const list = (items, cls, line) => (items.length ? h('ul', { class: `bots-list ${cls}` }, items.map((x) => h('li', { dataset: { tag: x.tag || x.what } }, line(x)))) : null);
  return h(
    'section',
    { class: 'panel bots', id: 'bots', 'aria-labelledby': 'bots-h' },
    h('h3', { id: 'bots-h' }, t('botsHeading')),
    h('p', { class: 'help' }, t('botsHelp')),
    h(
      'p',
      { class: 'bots-scores' },
      t('botsScores', c.scores.bots ?? '–', c.scores.visitors ?? '–'),
    ),
    same ? h('p', { class: 'nothing-to-add', id: 'bots-same' }, t('botsSame')) : null,
    c.added.length ? h('h4', {}, t('botsAdded')) : null,
    list(c.added, 'bots-added', (x) => [h('code', {}, x.tag), ': ', x.value]),
    c.changed.length ? h('h4', {}, t('botsChanged')) : null,
    list(c.changed, 'bots-changed', (x) => [h('code', {}, x.tag), ': ', t('botsSee', x.bots), ' → ', t('visitorsSee', x.visitors)]),
    c.removed.length ? h('h4', {}, t('botsRemoved')) : null,
    list(c.removed, 'bots-removed', (x) => [h('code', {}, x.tag), ': ', x.value]),
    c.counts.length ? h('h4', {}, t('botsCounts')) : null,
    list(c.counts, 'bots-counts', (x) => [t(`count_${x.what}`), ': ', t('botsSee', x.bots), ' · ', t('visitorsSee', x.visitors)]),
  );
}

// Report rendering: gauges, category scores, the checklist with evidence.
import { h, s } from './dom.js';
import { t } from './i18n.js';

export const ICON = { pass: '✓', warn: '!', fail: '✗', skip: '–' };

export function band(score) {
  if (score === null || score === undefined) return 'none';
  if (score >= 90) return 'good';
  if (score >= 50) return 'average';
  return 'poor';
}

/** A circular gauge (SVG) with the score in the middle. */
export function gauge(score, label, size = 'big') {
  const r = 42;
  const c = 2 * Math.PI * r;
  const has = typeof score === 'number' && Number.isFinite(score);
  const v = has ? Math.max(0, Math.min(100, score)) : 0;
  const svg = s(
    'svg',
    { viewBox: '0 0 100 100', class: 'gauge-svg', 'aria-hidden': 'true', focusable: 'false' },
    s('circle', { cx: 50, cy: 50, r, class: 'gauge-track' }),
    // no score: the track alone (a zero-length round-capped arc would draw a dot)
    has && s('circle', {
      cx: 50,
      cy: 50,
      r,
      class: 'gauge-value',
      'stroke-dasharray': `${(c * v) / 100} ${c}`,
      transform: 'rotate(-90 50 50)',
    }),
  );
  return h(
    'div',
    {
      class: `gauge gauge-${size} band-${band(has ? v : null)}`,
      role: 'img',
      'aria-label': `${label}: ${has ? t('scoreOf', Math.round(v)) : t('noChecks')}`,
    },
    svg,
    h('span', { class: 'gauge-num', 'aria-hidden': 'true' }, has ? String(Math.round(v)) : '–'),
    h('span', { class: 'gauge-label', 'aria-hidden': 'true' }, label),
  );
}

function counts(checks) {
  const n = { pass: 0, warn: 0, fail: 0, skip: 0 };
  for (const c of checks || []) if (n[c.status] !== undefined) n[c.status] += 1;
  return n;
}

export function reportCounts(report) {
  const all = [];
  for (const cat of report.categories || []) all.push(...(cat.checks || []));
  return counts(all);
}

/** The summary: overall gauge, page facts, category gauges. */
export function summary(report, headingId) {
  const partial = typeof report.partial === 'string' && report.partial ? report.partial : null;
  const cats = (report.categories || []).map((cat) => {
    const n = counts(cat.checks);
    const ran = n.pass + n.warn + n.fail > 0;
    return h(
      'li',
      { class: 'cat-score' },
      h(
        'a',
        { href: '#cl-h', class: 'cat-link', dataset: { cat: cat.id } },
        gauge(ran && !partial ? cat.score : null, cat.title || cat.id, 'small'),
        h('span', { class: 'cat-name', 'aria-hidden': 'true' }, cat.title || cat.id),
      ),
      h(
        'span',
        { class: 'cat-counts' },
        statusCount('fail', n.fail),
        statusCount('warn', n.warn),
        statusCount('pass', n.pass),
      ),
    );
  });
  const facts = report.facts || {};
  return h(
    'div',
    { class: 'summary' },
    h(
      'div',
      { class: 'summary-main' },
      partial ? partialBadge() : gauge(report.score, t('overall')),
      h(
        'dl',
        { class: 'page-facts' },
        h('dt', {}, t('page')),
        h('dd', { class: 'page-url' }, report.url || t('pageUnknown')),
        h('dt', {}, t('kind')),
        h('dd', {}, facts.kind || report.kind || '–'),
        h('dt', {}, t('lang')),
        h('dd', {}, report.language || '–'),
      ),
    ),
    partial ? h('p', { class: 'partial-note', id: 'partial-note' }, partial) : null,
    h('h3', { class: 'sr-only', id: headingId }, t('categories')),
    h('ul', { class: 'cat-scores', 'aria-labelledby': headingId }, cats),
    scoredText(facts),
  );
}

/** "The text we scored": the headline and main text the engine read (collapsed;
 * page text, so text nodes only). */
function scoredText(facts) {
  if (typeof facts.mainText !== 'string') return null;
  const words = typeof facts.mainWords === 'number' ? facts.mainWords : 0;
  return h(
    'details',
    { class: 'scored-text' },
    h('summary', {}, t('scoredText'), ` (${t('words').replace('{0}', String(words))})`),
    typeof facts.headline === 'string' && facts.headline
      ? h('p', {}, h('strong', {}, `${t('headline')}: `), facts.headline)
      : null,
    facts.mainText ? h('pre', { class: 'scored-text-body', tabindex: '0' }, facts.mainText) : h('p', {}, t('noMainText')),
  );
}

/** In place of the 0–100 gauge: a partial audit has no score. */
function partialBadge() {
  return h('div', { class: 'gauge gauge-big gauge-partial band-none', id: 'partial-badge' }, h('span', { class: 'partial-word' }, t('partial')), h('span', { class: 'partial-sub' }, t('noScore')));
}

function statusCount(status, n) {
  if (!n) return null;
  return h(
    'span',
    { class: `count st-${status}`, title: `${n} × ${t('status_' + status)}` },
    h('span', { 'aria-hidden': 'true' }, `${ICON[status]} ${n}`),
    h('span', { class: 'sr-only' }, `${n} ${t('status_' + status)}`),
  );
}

export function passesFilter(status, filter) {
  if (filter === 'fail') return status === 'fail';
  if (filter === 'problems') return status === 'fail' || status === 'warn';
  return true;
}

/** The rule's documentation (from the engine's rule reference): why, example, sources. */
function ruleDoc(rule) {
  if (!rule || !(rule.why || rule.what)) return null;
  const fix = typeof rule.fix === 'string' && rule.fix ? rule.fix : null;
  const sources = (Array.isArray(rule.sources) ? rule.sources : []).filter((x) => typeof x === 'string');
  return h(
    'details',
    { class: 'check-doc', id: `doc-${rule.id}` },
    h('summary', {}, t('whyItMatters')),
    rule.what ? h('p', {}, h('strong', {}, `${t('ruleWhat')}: `), rule.what) : null,
    rule.why ? h('p', {}, h('strong', {}, `${t('ruleWhy')}: `), rule.why) : null,
    fix ? h('p', {}, h('strong', {}, `${t('ruleFix')}: `), fix) : null,
    rule.example ? h('pre', { class: 'ev-snippet' }, h('code', {}, rule.example)) : null,
    sources.length
      ? h(
          'ul',
          { class: 'sources' },
          sources.map((src) => {
            const m = /https:\/\/[^\s)]+/.exec(src);
            return h('li', {}, m ? h('a', { href: m[0], rel: 'noopener noreferrer', target: '_blank' }, src) : src);
          }),
        )
      : null,
  );
}

/** One check as a list item: icon, title, message, fix, evidence, details. */
export function checkItem(c, rules, categoryTitle) {
  const st = ['pass', 'warn', 'fail', 'skip'].includes(c.status) ? c.status : 'skip';
  const ev = Array.isArray(c.evidence) ? c.evidence : [];
  const details = c.details && typeof c.details === 'object' ? Object.entries(c.details) : [];
  const showFix = st === 'fail' || st === 'warn';
  return h(
    'li',
    { class: `check st-${st}`, dataset: { status: st, id: String(c.id || '') } },
    h(
      'div',
      { class: 'check-head' },
      h('span', { class: 'st-icon', 'aria-hidden': 'true' }, ICON[st]),
      h('span', { class: 'sr-only' }, `${t('status_' + st)}: `),
      h('span', { class: 'check-title' }, c.title || c.id),
      categoryTitle ? h('span', { class: 'check-cat' }, categoryTitle) : null,
      h('code', { class: 'check-id' }, c.id),
      rules && rules.get && rules.get(c.id)
        ? h('a', { class: 'check-explain', href: `#doc-${c.id}`, 'aria-label': t('explainCheck', c.title || c.id), onclick: (e) => { e.preventDefault(); openDoc(`doc-${c.id}`); } }, t('explain'))
        : null,
    ),
    c.message ? h('p', { class: 'check-msg' }, c.message) : null,
    showFix && c.help
      ? h('p', { class: 'check-fix' }, h('strong', {}, `${t('howToFix')}: `), c.help)
      : null,
    ev.length
      ? h(
          'div',
          { class: 'evidence' },
          h('span', { class: 'ev-label' }, `${t('evidence')}:`),
          h(
            'ul',
            {},
            ev.map((e) =>
              h(
                'li',
                {},
                h(
                  'div',
                  { class: 'ev-where' },
                  e.selector ? h('code', { class: 'ev-sel' }, e.selector) : null,
                  e.line ? h('span', { class: 'ev-line' }, t('line', e.line)) : null,
                ),
                e.snippet ? h('pre', { class: 'ev-snippet' }, h('code', {}, e.snippet)) : null,
              ),
            ),
          ),
        )
      : null,
    ruleDoc(rules && rules.get ? rules.get(c.id) : null),
    details.length
      ? h(
          'details',
          { class: 'check-details' },
          h('summary', {}, t('details')),
          h('pre', {}, JSON.stringify(Object.fromEntries(details), null, 2)),
        )
      : null,
  );
}

/** Opens a rule's explanation when the address points at it (#doc-ID). */
export function openDocFromHash() {
  const id = decodeURIComponent(location.hash.slice(1));
  if (id.startsWith('doc-')) openDoc(id);
}

/** Opens (and focuses) one rule's explanation, with the groups around it. */
export function openDoc(id) {
  const el = document.getElementById(id);
  if (!el) return;
  for (let e = el; e; e = e.parentElement) if (e.tagName === 'DETAILS') e.open = true;
  el.scrollIntoView({ block: 'center' });
  el.querySelector('summary')?.focus();
}

const GROUPS = [
  { status: 'fail', key: 'groupFail', folded: false },
  { status: 'warn', key: 'groupWarn', folded: false },
  { status: 'pass', key: 'groupPass', folded: true },
  { status: 'skip', key: 'groupSkip', folded: true },
];

/**
 * The checklist a marketer reads: failures first, by impact (the check's weight,
 * then its category's), then warnings; passes and not-applicable checks folded
 * (closed <details>). `category` narrows it to one category ('' = all); `open`
 * lists the folded groups to show open (kept across re-renders).
 */
export function checklist(categories, filter, rules, category = '', open = []) {
  const all = [];
  (categories || []).forEach((cat, ci) => {
    if (category && cat.id !== category) return;
    for (const c of cat.checks || []) all.push({ c, cat, ci });
  });
  const out = [];
  for (const g of GROUPS) {
    if (!passesFilter(g.status, filter)) continue;
    const items = all
      .filter((x) => (['pass', 'warn', 'fail', 'skip'].includes(x.c.status) ? x.c.status : 'skip') === g.status)
      .sort((a, b) => (b.c.weight || 0) - (a.c.weight || 0) || (b.cat.weight || 0) - (a.cat.weight || 0) || a.ci - b.ci);
    if (!items.length) continue;
    // each check names its category (the site checks have no category title)
    const list = h('ul', { class: 'checks' }, items.map((x) => checkItem(x.c, rules, x.cat.title || null)));
    const label = [h('span', { class: `st-icon`, 'aria-hidden': 'true' }, ICON[g.status]), ` ${t(g.key)} `, h('span', { class: 'group-n' }, `(${items.length})`)];
    out.push(
      g.folded
        ? h('details', { class: `group st-${g.status}`, dataset: { group: g.status }, open: open.includes(g.status) }, h('summary', { class: 'group-title' }, h('h4', {}, label)), list)
        : h('section', { class: `group st-${g.status}`, dataset: { group: g.status } }, h('h4', { class: 'group-title' }, label), list),
    );
  }
  if (!out.length) out.push(h('p', { class: 'empty' }, t('noneToShow')));
  return out;
}

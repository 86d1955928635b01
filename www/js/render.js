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
    s('circle', {
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
  const cats = (report.categories || []).map((cat) => {
    const n = counts(cat.checks);
    const ran = n.pass + n.warn + n.fail > 0;
    return h(
      'li',
      { class: 'cat-score' },
      h(
        'a',
        { href: `#cat-${cat.id}`, class: 'cat-link' },
        gauge(ran ? cat.score : null, cat.title || cat.id, 'small'),
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
      gauge(report.score, t('overall')),
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
    facts.mainText ? h('pre', { class: 'scored-text-body' }, facts.mainText) : h('p', {}, t('noMainText')),
  );
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
  const sources = (Array.isArray(rule.sources) ? rule.sources : []).filter((x) => typeof x === 'string');
  return h(
    'details',
    { class: 'check-doc' },
    h('summary', {}, t('whyItMatters')),
    rule.what ? h('p', {}, h('strong', {}, `${t('ruleWhat')}: `), rule.what) : null,
    rule.why ? h('p', {}, h('strong', {}, `${t('ruleWhy')}: `), rule.why) : null,
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
export function checkItem(c, rules) {
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
      h('code', { class: 'check-id' }, c.id),
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

/** The checklist grouped by category, filtered. */
export function checklist(categories, filter, rules) {
  const out = [];
  let shown = 0;
  for (const cat of categories || []) {
    const items = (cat.checks || []).filter((c) => passesFilter(c.status, filter));
    shown += items.length;
    if (!items.length) continue;
    const n = counts(cat.checks);
    const ran = n.pass + n.warn + n.fail > 0;
    out.push(
      h(
        'section',
        { class: 'cat', id: `cat-${cat.id}`, 'aria-labelledby': `cat-h-${cat.id}` },
        h(
          'h4',
          { id: `cat-h-${cat.id}`, class: 'cat-title' },
          h('span', {}, cat.title || cat.id),
          h(
            'span',
            { class: `cat-badge band-${band(ran ? cat.score : null)}` },
            ran ? `${cat.score}/100` : t('noChecks'),
          ),
        ),
        h('ul', { class: 'checks' }, items.map((c) => checkItem(c, rules))),
      ),
    );
  }
  if (!shown) out.push(h('p', { class: 'empty' }, t('noneToShow')));
  return out;
}

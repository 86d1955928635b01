// Live editing of a page's sharing tags. The reader changes a tag in the form; the
// page's text is rewritten with it and the engine audits the result again. Which
// tag each platform reads, what it shows and what is missing stay the engine's:
// this file only rewrites tags.
//
// The rewrite works on the text, not on a parsed document: the page keeps its own
// formatting (the corrected head is the reader's head, changed only where a tag
// changed), and no DOM is ever built from page markup (a parsed document would
// still meet the page's inline handlers and styles, which our CSP refuses).

/** The editable fields: the tag written, and the tags that follow it when present
 * (so X and Slack, which read twitter:* first, see the edit too). */
export const FIELDS = {
  title: { tag: 'og:title', follow: ['twitter:title'] },
  description: { tag: 'og:description', follow: ['twitter:description'] },
  image: {
    tag: 'og:image',
    follow: ['twitter:image', 'twitter:image:src', 'og:image:url', 'og:image:secure_url'],
    // the size, type and text declared for the old image no longer hold
    drop: ['og:image:width', 'og:image:height', 'og:image:type', 'og:image:alt', 'twitter:image:alt'],
  },
  siteName: { tag: 'og:site_name', follow: [] },
  card: { tag: 'twitter:card', follow: [] },
};

/** The card types X reads (twitter:card); '' = no tag. */
export const CARD_TYPES = ['', 'summary', 'summary_large_image', 'app', 'player'];

// A start tag with its attributes (quoted values may hold '>').
const TAG = /<(meta|link)\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
// What is not markup in a head: comments, and the text of scripts, styles and the title.
const OPAQUE = /<!--[\s\S]*?(?:-->|$)|<(script|style|title|noscript|template|textarea)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi;

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** An attribute value as the browser reads it (the usual entities and numeric ones). */
function decode(v) {
  return v.replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));?/gi, (m, d, x, n) => {
    if (d || x) {
      const c = parseInt(d || x, d ? 10 : 16);
      return c > 0 && c <= 0x10ffff ? String.fromCodePoint(c) : m;
    }
    return ENTITIES[n.toLowerCase()] ?? m;
  });
}

function escapeAttr(v) {
  return v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attrs(tag) {
  const out = {};
  const inner = tag.replace(/^<\w+/, '').replace(/\/?>$/, '');
  for (const m of inner.matchAll(ATTR)) {
    const k = m[1].toLowerCase();
    if (!(k in out)) out[k] = decode(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return out;
}

/** Where the head is: [start of its content, end of its content, the open tag or null]. */
function headRange(html) {
  const open = /<head\b(?:[^>"']|"[^"]*"|'[^']*')*>/i.exec(html);
  // no <head>: the head starts after <html> or the doctype (never before them)
  const lead = open || /<html\b(?:[^>"']|"[^"]*"|'[^']*')*>/i.exec(html) || /<!doctype[^>]*>/i.exec(html);
  const from = lead ? lead.index + lead[0].length : 0;
  const close = /<\/head\s*>|<body\b/i.exec(html.slice(from));
  return [from, close ? from + close.index : html.length, open ? open[0] : null];
}

/** The head's meta and link tags outside comments and scripts: {start, end, text, key}. */
function headTags(html) {
  const [from, to] = headRange(html);
  const head = html.slice(from, to);
  const skip = [...head.matchAll(OPAQUE)].map((m) => [m.index, m.index + m[0].length]);
  const out = [];
  for (const m of head.matchAll(TAG)) {
    if (skip.some(([a, b]) => m.index >= a && m.index < b)) continue;
    const a = attrs(m[0]);
    const name = m[1].toLowerCase();
    let key = null;
    if (name === 'meta') key = (a.property || a.name || '').trim().toLowerCase() || null;
    else key = `link:${(a.rel || '').trim().toLowerCase()}`;
    out.push({ start: from + m.index, end: from + m.index + m[0].length, text: m[0], key, content: a.content ?? '' });
  }
  return out;
}

/** The current value of each field as the engine read the page (`facts.og`,
 * `facts.twitter`: the first tag of its kind), else ''. */
export function tagValues(facts) {
  const out = {};
  for (const [f, spec] of Object.entries(FIELDS)) {
    const group = spec.tag.startsWith('og:') ? facts && facts.og : facts && facts.twitter;
    const v = group && Array.isArray(group[spec.tag]) ? group[spec.tag][0] : '';
    out[f] = typeof v === 'string' ? v.trim() : '';
  }
  return out;
}

/** A meta tag written as each family is: property= for og:*, name= for twitter:*. */
function metaTag(k, value) {
  return `<meta ${k.startsWith('og:') ? 'property' : 'name'}="${k}" content="${escapeAttr(value)}">`;
}

/** Apply text changes [{start, end, text}] (non-overlapping) from the end. */
function splice(html, changes) {
  let out = html;
  for (const c of [...changes].sort((a, b) => b.start - a.start)) out = out.slice(0, c.start) + c.text + out.slice(c.end);
  return out;
}

/** The same tag with a new content= value (other attributes as written). */
function withContent(tag, value) {
  const v = `content="${escapeAttr(value)}"`;
  const re = /(\scontent\s*=\s*)(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+)/i;
  return re.test(tag.text) ? tag.text.replace(re, ` ${v}`) : tag.text.replace(/\s*\/?>$/, ` ${v}>`);
}

/** Where new head tags go: before </head>, or at the head's start when it has no end. */
function insertAt(html) {
  const [from, to] = headRange(html);
  return to < html.length ? to : from;
}

/**
 * The page with the reader's edits. `edits` maps a field of FIELDS to its new text
 * (a field left out is not touched; '' removes the tag, to see what a platform does
 * without it). Returns the HTML to audit.
 */
export function applyEdits(html, edits) {
  let out = html;
  for (const [f, value] of Object.entries(edits || {})) {
    const spec = FIELDS[f];
    if (!spec || typeof value !== 'string') continue;
    const v = value.trim();
    const tags = headTags(out);
    const own = tags.filter((x) => x.key === spec.tag);
    if (own.length && own[0].content.trim() === v) continue;
    const changes = [];
    if (!v) for (const x of own) changes.push({ ...x, text: '' });
    else if (own.length) changes.push({ ...own[0], text: withContent(own[0], v) });
    else {
      const at = insertAt(out);
      changes.push({ start: at, end: at, text: `${metaTag(spec.tag, v)}\n` });
    }
    for (const x of tags.filter((t) => spec.follow.includes(t.key))) changes.push({ ...x, text: v ? withContent(x, v) : '' });
    for (const x of tags.filter((t) => (spec.drop || []).includes(t.key))) changes.push({ ...x, text: '' });
    out = splice(out, changes);
  }
  return out;
}

/**
 * The whole corrected <head>: the page's head (with the reader's edits) where each
 * tag the engine suggests replaces the first tag of the same kind (the others of
 * that kind go, except more og:image tags, which are more images), or is added at
 * the end. `suggested` is the engine's `facts.suggestedHead` (null: nothing to add).
 */
export function correctedHead(html, suggested) {
  const [from, to, open] = headRange(html);
  const lines = (suggested || '').split('\n').filter((l) => l.trim());
  const tags = headTags(html);
  const changes = [];
  const added = [];
  for (const line of lines) {
    const m = /^\s*<(meta|link)\b/i.exec(line);
    let key = null;
    if (m) {
      const a = attrs(line.trim());
      key = m[1].toLowerCase() === 'meta' ? (a.property || a.name || '').trim().toLowerCase() : `link:${(a.rel || '').trim().toLowerCase()}`;
    }
    const same = key ? tags.filter((x) => x.key === key && !changes.some((c) => c.start === x.start)) : [];
    if (!same.length) {
      added.push(line.trim());
      continue;
    }
    changes.push({ ...same[0], text: line.trim() });
    if (!key.startsWith('og:image')) for (const x of same.slice(1)) changes.push({ ...x, text: '' });
  }
  const page = splice(html, changes);
  // the head's end moved by what the changes added or removed
  const moved = changes.reduce((n, c) => n + c.text.length - (c.end - c.start), 0);
  let body = page.slice(from, to + moved).replace(/\s+$/, '');
  if (added.length) body += `\n${added.join('\n')}`;
  return `${open || '<head>'}${body}\n</head>`;
}

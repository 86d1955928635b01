// Markdown export of a report or a site report, written from the report object
// (used when the engine has no markdown renderer of its own).
const ICON = { pass: '✅', warn: '⚠️', fail: '❌', skip: '➖' };

function esc(s) {
  // Plain text in Markdown: neutralise markup characters and raw HTML.
  return String(s ?? '')
    .replace(/\r?\n/g, ' ')
    .replace(/([\\`*_{}[\]<>()#+!|~])/g, '\\$1');
}

function fence(s) {
  const text = String(s ?? '');
  let ticks = '```';
  while (text.includes(ticks)) ticks += '`';
  return `${ticks}html\n${text}\n${ticks}`;
}

function checkMd(c, L) {
  const out = [`- ${ICON[c.status] || ''} **${esc(c.title || c.id)}** (\`${esc(c.id)}\`, ${c.status}): ${esc(c.message)}`];
  if ((c.status === 'fail' || c.status === 'warn') && c.help) out.push(`  - ${L.fix}: ${esc(c.help)}`);
  for (const e of c.evidence || []) {
    const where = [e.selector ? `\`${String(e.selector).replace(/`/g, "'")}\`` : null, e.line ? `${L.line} ${e.line}` : null].filter(Boolean).join(', ');
    if (where) out.push(`  - ${L.where}: ${where}`);
    if (e.snippet) out.push(fence(e.snippet).replace(/^/gm, '    '));
  }
  return out.join('\n');
}

export function pageMarkdown(r, locale = 'en', heading = '#') {
  const L = LABELS[locale] || LABELS.en;
  const lines = [`${heading} ${L.title}: ${esc(r.url || L.unknown)}`, '', `**${L.score}: ${r.score}/100** · ${L.kind}: ${esc(r.kind)} · ${L.lang}: ${esc(r.language)}`, ''];
  lines.push(`| ${L.category} | ${L.score} |`, '| --- | ---: |');
  for (const c of r.categories || []) lines.push(`| ${esc(c.title || c.id)} | ${c.score} |`);
  lines.push('');
  for (const c of r.categories || []) {
    lines.push(`${heading}# ${esc(c.title || c.id)} — ${c.score}/100`, '');
    for (const ch of c.checks || []) lines.push(checkMd(ch, L));
    lines.push('');
  }
  return lines.join('\n');
}

export function siteMarkdown(site, paths, locale = 'en') {
  const L = LABELS[locale] || LABELS.en;
  const lines = [`# ${L.site}`, '', `**${L.score}: ${site.score}/100** · ${(site.pages || []).length} ${L.pages}`, ''];
  lines.push(`| ${L.page} | ${L.score} |`, '| --- | ---: |');
  (site.pages || []).forEach((p, i) => lines.push(`| ${esc(paths[i] || p.url || i + 1)} | ${p.score} |`));
  lines.push('');
  const sc = (site.site && site.site.checks) || [];
  if (sc.length) {
    lines.push(`## ${L.siteChecks}`, '');
    for (const c of sc) lines.push(checkMd(c, L));
    lines.push('');
  }
  (site.pages || []).forEach((p) => lines.push(pageMarkdown(p, locale, '##')));
  return lines.join('\n');
}

const LABELS = {
  en: { title: 'SMO audit', unknown: 'address unknown', score: 'Score', kind: 'kind', lang: 'language', category: 'Category', fix: 'How to fix', where: 'Where', line: 'line', site: 'SMO audit of a site', pages: 'pages', page: 'Page', siteChecks: 'Whole-site checks' },
  tr: { title: 'SMO denetimi', unknown: 'adres bilinmiyor', score: 'Puan', kind: 'tür', lang: 'dil', category: 'Kategori', fix: 'Nasıl düzeltilir', where: 'Nerede', line: 'satır', site: 'Site SMO denetimi', pages: 'sayfa', page: 'Sayfa', siteChecks: 'Site geneli denetimler' },
};

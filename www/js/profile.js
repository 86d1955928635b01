// The profile card: what the engine read from a social profile page (or from
// its address alone), from report.facts.profile. Every value is page data, so it
// is inserted as text (h() makes text nodes), never as markup.
import { h } from './dom.js';
import { t } from './i18n.js';

function text(v) {
  return typeof v === 'string' && v.length ? v : null;
}

function httpUrl(s) {
  try {
    const u = new URL(s);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

/** The bio limit of the platform, from the profile-bio check's details. */
function bioMax(report) {
  for (const cat of report.categories || []) {
    for (const c of cat.checks || []) {
      if (c.id === 'profile-bio' && c.details && Number.isFinite(c.details.max)) return c.details.max;
    }
  }
  return null;
}

function row(label, value) {
  return [h('dt', {}, label), h('dd', {}, value ?? h('span', { class: 'muted' }, t('profileNone')))];
}

/** Known keys are translated; anything else is shown as the engine wrote it. */
function kindLabel(prefix, v) {
  const key = `${prefix}${v}`;
  const s = t(key);
  return s === key ? String(v) : s;
}

export function profileCard(report, allowImages) {
  const p = (report.facts && report.facts.profile) || {};
  const urlOnly = p.source === 'url';
  const max = bioMax(report);
  const bio = text(p.bio);
  const n = Number.isFinite(p.bioLength) ? p.bioLength : bio ? [...bio].length : 0;
  const over = max !== null && n > max;
  const avatar = text(p.avatar);
  const avatarUrl = avatar ? httpUrl(avatar) : null;
  const websites = Array.isArray(p.websites) ? p.websites : [];
  const followers = p.followers && typeof p.followers === 'object' ? p.followers : null;
  return h(
    'section',
    { class: 'panel profile-card', id: 'profile-card', 'aria-labelledby': 'pc-h' },
    h('h3', { id: 'pc-h' }, t('profileCard')),
    urlOnly ? h('p', { class: 'help' }, t('profileUrlOnly')) : null,
    h(
      'dl',
      { class: 'profile-facts' },
      row(t('profilePlatform'), text(p.platformName) || text(p.platform)),
      row(t('profileHandle'), text(p.handle) ? h('code', { class: 'pc-handle' }, p.handle) : null),
      row(t('profileHandleKind'), text(p.handleKind) ? kindLabel('handleKind_', p.handleKind) : null),
      urlOnly ? null : row(t('profileName'), text(p.displayName)),
      urlOnly
        ? null
        : row(
            t('profileBio'),
            bio || n
              ? [
                  bio ? h('p', { class: 'pc-bio' }, bio) : null,
                  h('span', { class: over ? 'pc-len over' : 'pc-len' }, max !== null ? t('profileBioMax', n, max) : t('profileBioLen', n)),
                ]
              : null,
          ),
      urlOnly
        ? null
        : row(
            t('profileAvatar'),
            avatar
              ? [
                  allowImages && avatarUrl
                    ? h('img', { class: 'pc-avatar', src: avatarUrl, alt: '', width: 64, height: 64, loading: 'lazy', referrerpolicy: 'no-referrer' })
                    : null,
                  h('code', { class: 'pc-url' }, avatar),
                ]
              : null,
          ),
      urlOnly
        ? null
        : row(
            t('profileWebsites'),
            websites.length
              ? h(
                  'ul',
                  { class: 'pc-sites' },
                  websites.map((w) => h('li', {}, h('code', { class: 'pc-url' }, String(w.url ?? '')), ' ', h('span', { class: 'tag' }, kindLabel('websiteKind_', w.kind)))),
                )
              : null,
          ),
      urlOnly ? null : row(t('profileFollowers'), followers ? (text(followers.text) ?? `${followers.value} ${followers.label || ''}`.trim()) : null),
    ),
  );
}
